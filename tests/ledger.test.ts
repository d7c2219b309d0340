// One ledger per path (issue 15): the solo debrief, « Et si… ? » and the trainer (projector and
// end-of-session summary) must show the same sanctions for the same choices. Before pathLedger the
// debrief kept the ending's sanctions only while the others added the choices' risks.
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../src/debrief/model';
import { branchFromHistory, branchFromPath, compareBranches } from '../src/compare/model';
import { pathLedger } from '../src/narrative/ledger';
import { ScenarioRunner } from '../src/narrative/runner';
import type { LedgerLine } from '../src/narrative/scoring';
import type { EndingStep, Role } from '../src/narrative/types';
import { TrainerSession } from '../src/trainer/model/session';
import type { Command } from '../src/trainer/model/types';
import { compiledStories, explorations } from './map-fixtures';
import { compiled } from './helpers';

type Line = { authority: string; level: string | null; by?: string };
/** « authority: level (par …) » for every authority with a level: what a player reads. */
const text = (lines: readonly Line[]) => lines.filter((l) => l.level !== null).map((l) => `${l.authority}: ${l.level}${l.by ? ` (par ${l.by})` : ''}`);

function load(json: string, id: string): ScenarioRunner {
  const r = ScenarioRunner.load(json, id);
  if (!(r instanceof ScenarioRunner)) throw new Error(r.message);
  return r;
}

/** Plays `path` (option indices) solo; returns what the debrief and « Et si… ? » show at its ending. */
function solo(json: string, id: string, role: Role, path: readonly number[]) {
  const runner = load(json, id);
  let stop = runner.start(role).stop;
  for (const i of path) {
    if (stop.kind !== 'decision') throw new Error('path goes past an ending');
    stop = runner.choose(i).batch.stop;
  }
  if (stop.kind !== 'ending') throw new Error('path stops before an ending');
  const ending: EndingStep = stop;
  const history = runner.choicesMade;
  const debrief = buildDebrief({ info: runner.info, role, history, ending });
  const branch = branchFromHistory(history, ending, role);
  return { ending, debrief: text(debrief.ledger), compare: text(compareBranches(branch, branch).left.ledger) };
}

/** Plays the same path on the projector (the trainer follows each option); returns its ledgers. */
function trainer(json: string, id: string, role: Role, path: readonly number[]) {
  const s = TrainerSession.start(load(json, id), role, { id: 'ledger-test' });
  const apply = (c: Command) => {
    const r = s.apply(c);
    if (!r.ok) throw new Error(`${JSON.stringify(c)}: ${r.reason}`);
  };
  let k = 0;
  for (let guard = 0; s.phase !== 'ending'; guard++) {
    if (guard > 5000) throw new Error('trainer session never reached the ending');
    if (s.phase === 'vote') {
      apply({ kind: 'pick', option: path[k++]! });
      apply({ kind: 'reveal' });
    } else apply({ kind: 'next' });
  }
  const v = s.view();
  const run = v.summary!.runs[v.summary!.runs.length - 1]!;
  return { projector: text(v.ledger), summary: text(run.ledger), ending: v.ending!.id };
}

const { ok: stories } = compiledStories();

describe('every ending of every story, both roles: one ledger', () => {
  it('finds the stories', () => expect(stories.map((s) => s.id)).toEqual(expect.arrayContaining(['demande-ami', 'groupe-whatsapp', 'photos-patients'])));
  // ~2 s per scenario on an idle core (explore both roles, then play each ending solo and on the
  // projector): the budget holds with the whole unit suite running beside it.
  for (const fx of stories) {
    it(fx.id, { timeout: 300_000 }, () => {
      let checked = 0;
      for (const { role, ex } of explorations(fx)) {
        for (const [endingId, node] of ex.endings) {
          const path = node.examplePath;
          const s = solo(fx.json, fx.id, role, path);
          const t = trainer(fx.json, fx.id, role, path);
          const where = `${fx.id} ${role} → ${endingId} by [${path.join(',')}]`;
          expect(s.ending.id, where).toBe(endingId);
          expect(t.ending, where).toBe(endingId);
          expect(s.compare, `${where}: « Et si… ? » vs debrief`).toEqual(s.debrief);
          expect(t.summary, `${where}: trainer summary vs debrief`).toEqual(s.debrief);
          expect(t.projector, `${where}: projector vs debrief`).toEqual(s.debrief);
          // The explorer's branch (what « Et si… ? » compares when the player did not play it) too.
          const b = branchFromPath(ex, path)!;
          expect(text(compareBranches(b, b).left.ledger), where).toEqual(s.debrief);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});

describe('the reported case (issue 15): photos-patients, nurse, « amis-pas-prive »', () => {
  // The path of the report: the ending declares an employer's « avertissement », but denying
  // everything on the way (« rien vu et rien fait ») risked a « blâme ».
  const choices = [
    'Sortir votre téléphone et photographier la plaie tout de suite : il a dit « faites ce que vous avez à faire »',
    '😂 Elle nous a tous eus cette nuit !',
    'Prendre la photo tout de suite, là, dans le couloir',
    'La publier telle quelle, mais en « Amis » : ça reste entre nous',
    'Écrire à Nadia en privé : « On voit M. Joubert derrière Théo. Tu peux la retirer ? »',
    'Publier la version recadrée dans le groupe : « Ulcère veineux, 74 ans, 12 cm. Vos avis ? »',
    'Écrire à Théo : « Ta story tourne. Supprime-la, vite. »',
    'Répondre que vous n’avez rien vu et rien fait',
    'Vous excuser, et l’orienter vers la cadre et la direction',
  ];
  const json = compiled('stories/photos-patients.ink');
  const norm = (t: string) => t.replace(/[\u00A0\u202F]/g, ' ').replace(/’/g, "'");

  it('the debrief shows the blâme a choice exposed the nurse to, as compare and the trainer do', () => {
    const runner = load(json, 'photos-patients');
    let stop = runner.start('infirmier').stop;
    const path: number[] = [];
    for (const wanted of choices) {
      if (stop.kind !== 'decision') break;
      const i = stop.options.findIndex((o) => norm(o.text) === norm(wanted));
      expect(i, `« ${wanted} » among ${stop.options.map((o) => o.text).join(' / ')}`).toBeGreaterThanOrEqual(0);
      path.push(i);
      stop = runner.choose(i).batch.stop;
    }
    const s = solo(json, 'photos-patients', 'infirmier', path);
    expect(s.ending.id).toBe('amis-pas-prive');
    expect(s.ending.sanctions.find((x) => x.authority === 'employeur')?.level).toBe('avertissement');
    expect(s.debrief).toContain('employeur: blâme');
    expect(s.compare).toEqual(s.debrief);
    expect(trainer(json, 'photos-patients', 'infirmier', path).summary).toEqual(s.debrief);
  });
});

describe('pathLedger, the rule', () => {
  const sanction = (authority: 'employeur' | 'penal' | 'ordre', level: string, rank: number, refs: string[], by?: string) => ({ authority, level, rank, refs, ...(by ? { by } : {}) });
  const step = (...risks: ReturnType<typeof sanction>[]) => ({ risks });

  it('keeps, per authority, the heaviest of the risks taken and the ending, with every ref', () => {
    const lines = pathLedger(
      [step(sanction('employeur', 'blâme', 2, ['a'])), step(sanction('ordre', 'avertissement', 1, ['b']))],
      { sanctions: [sanction('employeur', 'avertissement', 1, ['c']), sanction('ordre', 'blâme', 2, ['d'])] },
      'infirmier',
    );
    expect(lines).toEqual<LedgerLine[]>([
      { authority: 'ordre', level: 'blâme', rank: 2, refs: ['b', 'd'] },
      { authority: 'employeur', level: 'blâme', rank: 2, refs: ['a', 'c'] },
    ]);
  });

  it('keeps who acts for the level shown, and the first met on equal ranks', () => {
    const lines = pathLedger(
      [step(sanction('penal', 'plainte', 1, ['cp-226-1'], 'Lucienne Pernin'))],
      { sanctions: [sanction('penal', 'plainte', 1, ['cp-226-6'], 'Manon Pernin')] },
      'etudiant',
    );
    expect(lines).toEqual([{ authority: 'penal', level: 'plainte', rank: 1, refs: ['cp-226-1', 'cp-226-6'], by: 'Lucienne Pernin' }]);
    const heavier = pathLedger([step(sanction('penal', 'plainte', 1, [], 'Lucienne Pernin'))], { sanctions: [sanction('penal', 'poursuites', 3, [])] }, 'etudiant');
    expect(heavier[0]).toEqual({ authority: 'penal', level: 'poursuites', rank: 3, refs: [] });
  });

  it('during play (no ending yet) it is the risks taken so far, for the role only', () => {
    expect(pathLedger([step(sanction('ordre', 'blâme', 2, []), sanction('penal', 'plainte', 1, []))], null, 'etudiant').map((l) => l.authority)).toEqual(['penal']);
  });
});

// A story made for this rule, independent of the scenarios' wording: the first option's risk is
// heavier than the ending's sanction for the same authority.
describe('a risk heavier than the ending, on a story of its own', () => {
  const json = compiled('tests/fixtures/ledger.ink');

  it('the debrief, compare and the trainer all say blâme after the risky option', () => {
    const s = solo(json, 'ledger', 'infirmier', [0]);
    expect(s.debrief).toEqual(['employeur: blâme']);
    expect(s.compare).toEqual(s.debrief);
    const t = trainer(json, 'ledger', 'infirmier', [0]);
    expect(t.summary).toEqual(s.debrief);
    expect(t.projector).toEqual(s.debrief);
  });

  it('and the ending’s own avertissement after the other', () => {
    expect(solo(json, 'ledger', 'infirmier', [1]).debrief).toEqual(['employeur: avertissement']);
  });
});
