// A save made before a trainer edited the story: its choices are replayed on the new version.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseChoiceText, replaySavedChoices, resumeSave } from '../src/narrative/migrate';
import { migrationText } from '../src/ui/labels/storage';
import { ScenarioRunner } from '../src/narrative/runner';
import { consequencesOf, parseSnapshot, takeSnapshot, type Snapshot } from '../src/narrative/snapshot';
import { scoreOf } from '../src/narrative/scoring';
import { compileInk, formatProblem } from '../tools/ink-compile';

const dir = mkdtempSync(path.join(os.tmpdir(), 'save-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Edit {
  /** The #decision id of the first decision. */
  d1?: string;
  /** The text of the option the saves take at the second decision. */
  secret?: string;
  /** The text of the option the saves take at the first decision. */
  polite?: string;
  /** A line the trainer added before the first question. */
  added?: string;
}

/** The same little scenario, as a trainer might have left it on two different days. */
function story(e: Edit = {}): string {
  return `# title: Migration
# contact: lea; Léa; Collègue
# thread: equipe; chat; Équipe; moi, lea

VAR role = ""

-> d1

=== d1 ===
{role == "infirmier":Vous êtes infirmier·e.|Vous êtes étudiant·e.}
${e.added ?? ''}
Première question ? #from: lea #in: equipe #time: 08:00
#decision: ${e.d1 ?? 'd1'} #note: Question 1 ? #expect: Réponse 1.
+ [${e.polite ?? "Répondre poliment à l'équipe"} #score: secret 0, respect 1, posture 0, image 0 #fb: Poli.]
    -> d2
+ [Ignorer #score: secret 0, respect -1, posture 0, image 0 #fb: Impoli.]
    -> d2

=== d2 ===
Deuxième question ? #from: lea
#decision: d2 #note: Question 2 ? #expect: Réponse 2.
+ [${e.secret ?? 'Garder le secret'} #score: secret 2, respect 0, posture 0, image 0 #fb: Discret.]
    -> d3
+ [Tout raconter #score: secret -2, respect 0, posture 0, image 0 #fb: Bavard.]
    -> d3

=== d3 ===
Troisième question ? #from: lea
#decision: d3 #note: Question 3 ? #expect: Réponse 3.
+ [Finir #score: secret 0, respect 0, posture 1, image 0 #fb: Fini.]
    -> fin
+ [Finir autrement #score: secret 0, respect 0, posture -1, image 0 #fb: Fini aussi.]
    -> fin

=== fin ===
#ending: fin #title: Fin #severity: minor
#sanction: aucune
Un. #debrief
Une question ? #question
-> END
`;
}

let files = 0;
function load(e: Edit = {}): ScenarioRunner {
  const file = path.join(dir, `v${++files}.ink`);
  writeFileSync(file, story(e));
  const r = compileInk(file);
  if (!r.json) throw new Error(r.problems.map(formatProblem).join('\n'));
  const runner = ScenarioRunner.load(r.json, 'migration');
  if (!(runner instanceof ScenarioRunner)) throw new Error(runner.message);
  return runner;
}

/** A game saved at the third decision, after « poliment » then « secret », as an infirmier·e. */
function oldSave(): Snapshot {
  const r = load();
  r.start('infirmier');
  r.choose(0);
  r.choose(0);
  expect(r.currentStop).toMatchObject({ kind: 'decision', id: 'd3' });
  return JSON.parse(JSON.stringify(takeSnapshot(r))) as Snapshot;
}

const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');
const expectFor = (r: ScenarioRunner) => ({ scenarioId: 'migration', fingerprint: r.fingerprint });

function resumed(r: ScenarioRunner, save: unknown) {
  const res = resumeSave(r, save, expectFor(r));
  if (!res.ok) throw new Error(res.error.kind);
  if (!res.migration) throw new Error('expected a replay');
  return res.migration;
}

describe('resuming a save made against another version of the scenario', () => {
  it('replays every choice when the edit did not touch them', () => {
    const save = oldSave();
    const r = load({ added: 'Une ligne ajoutée par la formatrice.' });
    expect(r.fingerprint).not.toBe(save.fingerprint);
    const m = resumed(r, save);
    expect(m).toMatchObject({ replayed: 2, total: 2, role: 'infirmier' });
    expect(plain(migrationText(m))).toBe('Le scénario a été modifié depuis votre dernière partie : vos 2 choix ont été rejoués dans la nouvelle version.');
    expect(r.currentStop).toMatchObject({ kind: 'decision', id: 'd3' });
    expect(r.currentRole).toBe('infirmier');
    expect(r.choicesMade.map((h) => h.decision.options[h.optionIndex]!.text)).toEqual(['Répondre poliment à l’équipe', 'Garder le secret']);
    // The phone is rebuilt from the new version's lines, in the saved role.
    const texts = r.shown.map((l) => ('text' in l ? l.text : ''));
    expect(texts).toContain('Une ligne ajoutée par la formatrice.');
    expect(texts).toContain('Vous êtes infirmier·e.');
    expect(texts).toContain('Deuxième question ?'.replace(' ?', '\u202F?'));
  });

  it('matches an answer whose case, spaces or apostrophe were retouched', () => {
    const save = oldSave();
    const m = resumed(load({ polite: 'Répondre  Poliment à l’équipe' }), save);
    expect(m.replayed).toBe(2);
    expect(normaliseChoiceText('Oui ! C\'est « ça »...')).toBe(normaliseChoiceText('oui! c’est «ça»…'));
    expect(normaliseChoiceText('Garder le secret')).not.toBe(normaliseChoiceText('Garder un secret'));
  });

  it('stops at the second decision when its answer was rewritten', () => {
    const save = oldSave();
    const r = load({ secret: 'Ne rien dire' });
    const m = resumed(r, save);
    expect(m).toMatchObject({ replayed: 1, total: 2, role: 'infirmier' });
    expect(plain(migrationText(m))).toBe('Le scénario a été modifié depuis votre dernière partie : votre premier choix (sur 2) a pu être rejoué ; la partie reprend à la décision suivante.');
    expect(r.currentStop).toMatchObject({ kind: 'decision', id: 'd2' });
    expect(r.choicesMade).toHaveLength(1);
    // The score is the new version's, for the one choice kept.
    expect(scoreOf(consequencesOf(r.choicesMade))).toEqual({ secret: 0, respect: 1, posture: 0, image: 0 });
  });

  it('starts over, in the same role, when the first decision was renamed', () => {
    const save = oldSave();
    const r = load({ d1: 'd1-bis' });
    const m = resumed(r, save);
    expect(m).toMatchObject({ replayed: 0, total: 2, role: 'infirmier' });
    expect(plain(migrationText(m))).toBe('Le scénario a été modifié depuis votre dernière partie : vos choix n’ont pas pu être rejoués dans la nouvelle version. La partie recommence au début, dans le même rôle.');
    expect(r.currentStop).toMatchObject({ kind: 'decision', id: 'd1-bis' });
    expect(r.choicesMade).toHaveLength(0);
    expect(r.currentRole).toBe('infirmier');
    expect(r.shown.map((l) => ('text' in l ? l.text : ''))).toContain('Vous êtes infirmier·e.');
  });

  it('is saved again in the new version, and that save resumes without replaying', () => {
    const r = load({ secret: 'Ne rien dire' });
    resumed(r, oldSave());
    const again = load({ secret: 'Ne rien dire' });
    const res = resumeSave(again, JSON.stringify(takeSnapshot(r)), expectFor(again));
    expect(res).toEqual({ ok: true, migration: null });
    expect(again.currentStop).toMatchObject({ kind: 'decision', id: 'd2' });
    expect(again.shown).toEqual(r.shown);
  });

  it('replays straight from the snapshot too, whatever the fingerprint says', () => {
    const r = load();
    expect(replaySavedChoices(r, oldSave())).toMatchObject({ replayed: 2, total: 2 });
  });

  it('restores a save of this very version as it was', () => {
    const save = oldSave();
    const r = load();
    expect(r.fingerprint).toBe(save.fingerprint);
    expect(resumeSave(r, save, expectFor(r))).toEqual({ ok: true, migration: null });
    expect(r.currentStop).toMatchObject({ kind: 'decision', id: 'd3' });
  });

  it('keeps refusing damaged, cut off, other-format and other-scenario saves', () => {
    const save = oldSave();
    const r = load({ added: 'Autre version.' });
    const text = JSON.stringify(save);
    expect(resumeSave(r, text.slice(0, text.length / 2), expectFor(r))).toMatchObject({ ok: false, error: { kind: 'truncated' } });
    expect(resumeSave(r, 'pas une sauvegarde', expectFor(r))).toMatchObject({ ok: false, error: { kind: 'corrupted' } });
    expect(resumeSave(r, { ...save, choices: 'x' }, expectFor(r))).toMatchObject({ ok: false, error: { kind: 'corrupted' } });
    expect(resumeSave(r, { ...save, choices: [{ decision: 'd1', option: '0', text: 'x' }] }, expectFor(r))).toMatchObject({ ok: false, error: { kind: 'corrupted' } });
    expect(resumeSave(r, { ...save, role: 'aide-soignant' }, expectFor(r))).toMatchObject({ ok: false, error: { kind: 'corrupted' } });
    expect(resumeSave(r, { ...save, version: 0 }, expectFor(r))).toMatchObject({ ok: false, error: { kind: 'version' } });
    expect(resumeSave(r, save, { scenarioId: 'autre', fingerprint: r.fingerprint })).toMatchObject({ ok: false, error: { kind: 'other-scenario' } });
    // Whoever needs the exact build (the trainer's session file) still hears « story-changed ».
    expect(parseSnapshot(save, expectFor(r))).toMatchObject({ kind: 'story-changed' });
  });
});

describe('the message after a replay', () => {
  const m = (k: number, n: number, ending = false) => plain(migrationText({ replayed: k, total: n, stoppedAtEnding: ending })).replace('Le scénario a été modifié depuis votre dernière partie : ', '');
  it('agrees in number', () => {
    expect(m(1, 1)).toBe('votre choix a été rejoué dans la nouvelle version.');
    expect(m(3, 3)).toBe('vos 3 choix ont été rejoués dans la nouvelle version.');
    expect(m(1, 3)).toBe('votre premier choix (sur 3) a pu être rejoué ; la partie reprend à la décision suivante.');
    expect(m(2, 3)).toBe('vos 2 premiers choix (sur 3) ont pu être rejoués ; la partie reprend à la décision suivante.');
    expect(m(2, 3, true)).toBe('vos 2 premiers choix (sur 3) ont pu être rejoués ; ils mènent maintenant à une fin.');
    expect(m(0, 1)).toBe('votre choix n’a pas pu être rejoué dans la nouvelle version. La partie recommence au début, dans le même rôle.');
    expect(m(0, 0)).toBe('la partie reprend dans la nouvelle version.');
  });

  it('comes with French spacing', () => {
    expect(migrationText({ replayed: 2, total: 3, stoppedAtEnding: false })).toMatch(/partie\u00A0: vos 2 premiers choix \(sur 3\) ont pu être rejoués\u202F; la partie/);
  });
});
