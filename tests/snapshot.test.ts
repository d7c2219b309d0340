import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resumeSave } from '../src/narrative/migrate';
import { ScenarioRunner } from '../src/narrative/runner';
import { pathLedger } from '../src/narrative/ledger';
import { scoreOf } from '../src/narrative/scoring';
import { consequencesOf, parseSnapshot, restoreSnapshot, takeSnapshot, SAVE_VERSION, type RestoreError, type Snapshot } from '../src/narrative/snapshot';
import { gameRestoreText } from '../src/ui/labels/storage';
import { compiled } from './helpers';

const load = (file = 'tests/fixtures/graph.ink') => ScenarioRunner.load(compiled(file), 'graph') as ScenarioRunner;

function midGame() {
  const r = load();
  r.start('infirmier');
  r.choose(2); // « Aller en C »: a penal risk on the ledger
  return r;
}

const expectFor = (r: ScenarioRunner) => ({ scenarioId: 'graph', fingerprint: r.fingerprint });

function parsed(text: string, r: ScenarioRunner): Snapshot {
  const p = parseSnapshot(text, expectFor(r));
  if ('kind' in p && !('format' in p)) throw new Error(p.kind);
  return p as Snapshot;
}

describe('save and restore', () => {
  it('keeps the choices only: decision id, option index and text', () => {
    const snap = takeSnapshot(midGame());
    expect(snap.version).toBe(SAVE_VERSION);
    expect(snap.choices).toEqual([{ decision: 'a', option: 2, text: 'Aller en C' }]);
    expect(Object.keys(snap).sort()).toEqual(['choices', 'fingerprint', 'format', 'genre', 'role', 'savedAt', 'scenarioId', 'version']);
  });

  it('keeps Camille\'s gender, so a resumed game still says « il » or « elle » as chosen', () => {
    const a = load();
    a.genre = 'm';
    a.start('etudiant');
    const snap = takeSnapshot(a);
    expect(snap.genre).toBe('m');
    const b = load();
    expect(restoreSnapshot(b, parsed(JSON.stringify(snap), a))).toBeNull();
    expect(b.genre).toBe('m');
  });

  it('round-trips a game in progress: same decision, same phone, same score and ledger, same next steps', () => {
    const a = midGame();
    const b = load();
    expect(restoreSnapshot(b, parsed(JSON.stringify(takeSnapshot(a)), a))).toBeNull();
    expect(b.currentStop).toEqual(a.currentStop);
    expect(b.currentRole).toBe('infirmier');
    expect(b.shown).toEqual(a.shown);
    expect(scoreOf(consequencesOf(b.choicesMade)).secret).toBe(-1);
    expect(pathLedger(consequencesOf(b.choicesMade), null, 'infirmier').map((l) => l.authority)).toEqual(['penal']);
    expect(b.choose(0).batch.stop).toEqual(a.choose(0).batch.stop);
  });

  it('can rewind after a restore, to a decision made before the save', () => {
    const b = load();
    restoreSnapshot(b, takeSnapshot(midGame()));
    expect(b.rewindTo(0).id).toBe('a');
    expect(b.choose(0).batch.stop).toMatchObject({ kind: 'decision', id: 'b' });
  });

  it('calls a cut-off save truncated, in French', () => {
    const r = midGame();
    const text = JSON.stringify(takeSnapshot(r));
    const res = parseSnapshot(text.slice(0, text.length / 2), expectFor(r));
    expect(res).toMatchObject({ kind: 'truncated' });
    expect(gameRestoreText(res as RestoreError)).toMatch(/incomplète.*recommence au début/);
  });

  it('calls garbage corrupted', () => {
    const r = midGame();
    expect(parseSnapshot('ceci n\'est pas une sauvegarde', expectFor(r))).toMatchObject({ kind: 'corrupted' });
    expect(parseSnapshot('{"format":"autre"}', expectFor(r))).toMatchObject({ kind: 'corrupted' });
    const snap = takeSnapshot(r) as unknown as Record<string, unknown>;
    expect(parseSnapshot({ ...snap, choices: 'x' }, expectFor(r))).toMatchObject({ kind: 'corrupted' });
    expect(parseSnapshot({ ...snap, choices: [{ decision: 'a', option: -1, text: 'Aller en C' }] }, expectFor(r))).toMatchObject({ kind: 'corrupted' });
    expect(parseSnapshot({ ...snap, role: 'aide-soignant' }, expectFor(r))).toMatchObject({ kind: 'corrupted' });
  });

  it('refuses a saved choice that does not match the decision the story is at', () => {
    const r = midGame();
    const snap = takeSnapshot(r);
    // Another decision id, another option's text, an option that does not exist: each refused whole.
    for (const choices of [
      [{ decision: 'b', option: 2, text: 'Aller en C' }],
      [{ decision: 'a', option: 2, text: 'Aller en B par la gauche' }],
      [{ decision: 'a', option: 7, text: 'Aller en C' }],
      [...snap.choices, { decision: 'c', option: 0, text: 'Finir mal' }, { decision: 'x', option: 0, text: 'après la fin' }],
    ]) {
      expect(restoreSnapshot(load(), { ...snap, choices }), JSON.stringify(choices)).toMatchObject({ kind: 'corrupted' });
    }
  });

  it('refuses an unknown format version, another scenario and a changed story', () => {
    const r = midGame();
    const snap = takeSnapshot(r);
    expect(parseSnapshot({ ...snap, version: 0 }, expectFor(r))).toMatchObject({ kind: 'version' });
    expect(parseSnapshot({ ...snap, version: SAVE_VERSION + 1 }, expectFor(r))).toMatchObject({ kind: 'version' });
    expect(parseSnapshot(snap, { scenarioId: 'autre', fingerprint: r.fingerprint })).toMatchObject({ kind: 'other-scenario' });
    expect(parseSnapshot(snap, { scenarioId: 'graph', fingerprint: 'deadbeef' })).toMatchObject({ kind: 'story-changed' });
  });
});

describe('a save of the previous format (version 1: ink state and every decision whole)', () => {
  // Written by the build before this format changed: a game at decision c after « Aller en C ».
  const v1 = readFileSync('tests/fixtures/save-v1-graph.json', 'utf8');

  it('still resumes, at the same decision with the same choices', () => {
    const r = load();
    const res = resumeSave(r, v1, expectFor(r));
    expect(res.ok).toBe(true);
    expect(r.currentStop).toMatchObject({ kind: 'decision', id: 'c' });
    expect(r.currentRole).toBe('infirmier');
    expect(r.choicesMade.map((h) => h.decision.options[h.optionIndex]!.text)).toEqual(['Aller en C']);
    // Saved again, it is written in the new format.
    expect(takeSnapshot(r).choices).toEqual([{ decision: 'a', option: 2, text: 'Aller en C' }]);
  });

  it('is refused when damaged, as before', () => {
    const r = load();
    const data = JSON.parse(v1) as Record<string, unknown>;
    expect(resumeSave(r, { ...data, history: 'x' }, expectFor(r))).toMatchObject({ ok: false, error: { kind: 'corrupted' } });
    expect(resumeSave(r, { ...data, history: [{ decision: {}, optionIndex: 0 }] }, expectFor(r))).toMatchObject({ ok: false, error: { kind: 'corrupted' } });
  });
});
