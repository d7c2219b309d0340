// « Et si… ? »: the comparison must name the decision where two paths part and show each side's
// axes, sanctions and references as the debrief of that ending would.
import { describe, expect, it } from 'vitest';
import {
  branchesForOptions, branchFromHistory, branchFromPath, branchToEnding, compareBranches, firstDivergence, shortestContinuation, withEndingAlong,
} from '../src/compare/model';
import { plain, playByText } from './helpers';
import { ScenarioRunner } from '../src/narrative/runner';
import { compiledStories, explorations, syntheticStory } from './map-fixtures';

const { ok: stories } = compiledStories();
const demo = stories.find((s) => s.id === 'demo')!;
const student = explorations(demo).find((e) => e.role === 'etudiant')!.ex;

describe('first divergence', () => {
  it('two endings after the same first answer part at the cadre', () => {
    const c = compareBranches(branchToEnding(student, 'demo-erreur-reconnue')!, branchToEnding(student, 'demo-deni')!);
    expect(c.divergence).toMatchObject({ index: 1, decisionId: 'demo-cadre' });
    expect(c.divergence!.left).toMatch(/^Oui, c’est moi/);
    expect(c.divergence!.right).toMatch(/^Ce n’est rien, c’était juste une amie/);
  });

  it('two endings reached by different first answers part at the first decision', () => {
    const c = compareBranches(branchToEnding(student, 'demo-secret-garde')!, branchToEnding(student, 'demo-deni')!);
    expect(c.divergence).toMatchObject({ index: 0, decisionId: 'demo-voisine' });
  });

  it('the same path twice has no divergence', () => {
    const b = branchToEnding(student, 'demo-deni')!;
    expect(compareBranches(b, b).divergence).toBeNull();
  });

  it('when one path is the start of the other, they part where the longer one goes on', () => {
    const step = (decisionId: string, optionIndex: number, optionText: string) => ({
      decisionId, prompt: `Que faire à ${decisionId} ?`, optionIndex, optionText,
      consequence: { deltas: { secret: 0, respect: 0, posture: 0, image: 0 }, feedback: '', refs: [], risks: [] },
    });
    const short = [step('d1', 0, 'Répondre'), step('d2', 1, 'Attendre')];
    const long = [...short, step('d3', 2, 'Signaler à la cadre')];
    expect(firstDivergence(short, long)).toEqual({ index: 2, decisionId: 'd3', prompt: 'Que faire à d3 ?', left: null, right: 'Signaler à la cadre' });
    expect(firstDivergence(long, short)).toEqual({ index: 2, decisionId: 'd3', prompt: 'Que faire à d3 ?', left: 'Signaler à la cadre', right: null });
  });

  it('on a generated story, the divergence is the first differing step of the two paths', () => {
    const synth = explorations(syntheticStory(5, 3))[0]!.ex;
    const ends = [...synth.endings.values()];
    for (const a of ends) {
      for (const b of ends) {
        const ba = branchFromPath(synth, a.examplePath)!;
        const bb = branchFromPath(synth, b.examplePath)!;
        const d = firstDivergence(ba.steps, bb.steps);
        const k = a.examplePath.findIndex((x, i) => x !== b.examplePath[i]);
        if (a === b) expect(d).toBeNull();
        else expect(d!.index).toBe(k < 0 ? Math.min(a.examplePath.length, b.examplePath.length) : k);
      }
    }
  });
});

describe('side by side', () => {
  const c = compareBranches(branchToEnding(student, 'demo-secret-garde')!, branchToEnding(student, 'demo-deni')!);

  it('axes of each path', () => {
    expect(c.axes.find((a) => a.axis === 'secret')).toMatchObject({ left: 2, right: -3 });
    expect(c.axes.find((a) => a.axis === 'posture')).toMatchObject({ left: 1, right: -3 });
  });

  it('sanctions by authority, for the role only', () => {
    expect(c.authorities.map((a) => a.authority)).toEqual(['institut', 'stage', 'penal', 'civil']);
    const inst = c.authorities.find((a) => a.authority === 'institut')!;
    expect(inst.left!.level).toBeNull();
    expect(inst.right!.level).toBe('blâme');
  });

  it('references split into both sides / one side only', () => {
    expect(c.refs.both.map((r) => r.id)).toContain('csp-r4312-5');
    expect(c.refs.onlyLeft.map((r) => r.id)).toContain('csp-l1110-4');
    expect(c.refs.onlyRight.map((r) => r.id)).toEqual(expect.arrayContaining(['cp-226-13', 'ifsi-discipline']));
  });
});

describe('building branches', () => {
  it('from the player history, identical to the explorer path with the same choices', () => {
    const runner = ScenarioRunner.load(demo.json, 'demo') as ScenarioRunner;
    runner.start('etudiant');
    runner.choose(0);
    const end = runner.choose(1).batch.stop;
    if (end.kind !== 'ending') throw new Error('expected an ending');
    const fromHistory = branchFromHistory(runner.choicesMade, end, 'etudiant');
    const fromPath = branchFromPath(student, [0, 1])!;
    expect(fromHistory.steps.map((s) => [s.decisionId, s.optionIndex])).toEqual(fromPath.steps.map((s) => [s.decisionId, s.optionIndex]));
    expect(fromHistory.ending.id).toBe(fromPath.ending.id);
  });

  it('prefers the path the player really took to an ending, when it still leads there', () => {
    expect(branchToEnding(student, 'demo-deni', [0, 1])!.steps).toHaveLength(2);
    // A stale stored path (leads elsewhere) falls back to the explorer's shortest.
    expect(branchToEnding(student, 'demo-secret-garde', [0, 1])!.steps.map((s) => s.optionIndex)).toEqual([1]);
    expect(branchToEnding(student, 'nope')).toBeNull();
  });

  it('two options of one decision: same way in, then the shortest continuation to an ending', () => {
    const pair = branchesForOptions(student, [], 0, 2, 'suite la plus courte')!;
    expect(pair[0].steps.map((s) => s.optionIndex)).toEqual([0, 0]);
    expect(pair[0].note).toBe('suite la plus courte');
    expect(pair[1].steps.map((s) => s.optionIndex)).toEqual([2]);
    expect(pair[1].note).toBeUndefined();
    expect(compareBranches(pair[0], pair[1]).divergence).toMatchObject({ index: 0, decisionId: 'demo-voisine' });
    expect(shortestContinuation(student, student.root)).toEqual([1]);
  });
});

describe('each column shows the ending its own path reaches', () => {
  // « Le merci qui en dit trop » (La page pro) tells whichever patient the nurse named in public:
  // the explorer keeps one version of it, the comparison must show the path's own.
  const pagePro = stories.find((s) => s.id === 'page-pro')!;
  const nurseEx = explorations(pagePro).find((e) => e.role === 'infirmier')!.ex;
  const good = [
    'Refuser : « Merci, mais un cabinet infirmier ne fait pas de partenariat commercial. »',
    "Aucun hashtag : l'adresse, les horaires, le téléphone, et « conventionné »",
    'Ne rien publier sur le sujet',
    "Refuser, sans rien publier d'autre",
    'Garder le nom du cabinet et le vôtre',
    'Ne rien publier ce soir',
  ];
  const lemaireGood = "« Nous sommes désolés de lire cela. Nous ne parlons jamais de la situation d'une personne en public : appelez le cabinet au 06 12 34 56 78, nous prendrons le temps d'en parler. »";
  const lemaireBad = '« Madame, nous avons eu jeudi une urgence chez un autre patient. Votre mère n\'a jamais été en danger : 1,10 g de glycémie, injection faite à 10 h 05. »';
  const bousquet = "« Appelez le cabinet au 06 12 34 56 78 pour en parler, et n'envoyez pas votre ordonnance ici. Pensez aussi à prévenir M. Marchetti, pour la suite de vos soins. »";
  const pathOf = (choices: string[]) => playByText('page-pro', 'infirmier', 'm', choices).runner.choicesMade.map((h) => h.optionIndex);
  const fresh = (genre: 'f' | 'm') => {
    const r = ScenarioRunner.load(pagePro.json, 'page-pro') as ScenarioRunner;
    r.genre = genre;
    return r;
  };

  it('Mme Rolland on the path that answered her, Mme Lemaire on the one that answered her daughter', () => {
    const rolland = pathOf(["Répondre sous l'avis : « Merci Madame Rolland, ravi que votre ulcère soit refermé, à jeudi pour le dernier pansement ! »", ...good, lemaireGood, bousquet]);
    const lemaire = pathOf(["Masquer l'avis, et remercier Mme Rolland de vive voix jeudi", ...good, lemaireBad, bousquet]);
    const a = withEndingAlong(branchToEnding(nurseEx, 'pp-secret-public', rolland)!, fresh('f'));
    const b = withEndingAlong(branchToEnding(nurseEx, 'pp-secret-public', lemaire)!, fresh('f'));
    const text = (x: typeof a) => x.ending.debrief.map(plain).join(' ');
    expect(text(a)).toContain('Mme Rolland avait parlé de son ulcère');
    expect(text(a)).not.toContain('Lemaire');
    expect(text(b)).toContain('La fille de Mme Lemaire avait donné son nom');
    expect(text(b)).not.toContain('Rolland');
    expect(a.ending.sanctions.find((s) => s.level === 'plainte au conseil départemental')!.by).toBe('Paulette Rolland');
    expect(b.ending.sanctions.find((s) => s.level === 'plainte au conseil départemental')!.by).toBe('Josiane Lemaire');
  });

  it('keeps the branch as it is when the path no longer reaches that ending', () => {
    const branch = branchToEnding(student, 'demo-deni')!;
    const edited = { ...branch, steps: branch.steps.slice(0, 1) };
    expect(withEndingAlong(edited, ScenarioRunner.load(demo.json, 'demo') as ScenarioRunner)).toBe(edited);
  });
});
