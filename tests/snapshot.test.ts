import { describe, expect, it } from 'vitest';
import { ScenarioRunner } from '../src/narrative/runner';
import { parseSnapshot, restoreSnapshot, takeSnapshot, SAVE_VERSION, type Snapshot } from '../src/narrative/snapshot';
import { compiled } from './helpers';

const load = (file = 'tests/fixtures/graph.ink') => ScenarioRunner.load(compiled(file), 'graph') as ScenarioRunner;

function midGame() {
  const r = load();
  r.start('infirmier');
  r.choose(2); // « Aller en C »: a penal risk on the ledger
  return r;
}

describe('save and restore', () => {
  it('round-trips a game in progress: same decision, same score, same ledger, same next steps', () => {
    const a = midGame();
    const snap = takeSnapshot(a);
    expect(snap.version).toBe(SAVE_VERSION);
    expect(snap.score.secret).toBe(-1);
    expect(snap.ledger.map((l) => l.authority)).toEqual(['penal']);
    const parsed = parseSnapshot(JSON.stringify(snap), { scenarioId: 'graph', fingerprint: a.fingerprint });
    if ('kind' in parsed && !('format' in parsed)) throw new Error(parsed.message);
    const b = load();
    expect(restoreSnapshot(b, parsed as Snapshot)).toBeNull();
    expect(b.currentStop).toMatchObject({ kind: 'decision', id: 'c' });
    expect(b.shown).toEqual(a.shown);
    expect(b.choose(0).batch.stop).toEqual(a.choose(0).batch.stop);
  });

  it('can rewind after a restore, to a decision made before the save', () => {
    const b = load();
    restoreSnapshot(b, takeSnapshot(midGame()));
    expect(b.rewindTo(0).id).toBe('a');
    expect(b.choose(0).batch.stop).toMatchObject({ kind: 'decision', id: 'b' });
  });

  const expectFor = (r: ScenarioRunner) => ({ scenarioId: 'graph', fingerprint: r.fingerprint });

  it('calls a cut-off save truncated, in French', () => {
    const r = midGame();
    const text = JSON.stringify(takeSnapshot(r));
    const res = parseSnapshot(text.slice(0, text.length / 2), expectFor(r));
    expect(res).toMatchObject({ kind: 'truncated' });
    expect((res as { message: string }).message).toMatch(/incomplète.*recommence au début/);
  });

  it('calls garbage corrupted', () => {
    const r = midGame();
    expect(parseSnapshot('ceci n\'est pas une sauvegarde', expectFor(r))).toMatchObject({ kind: 'corrupted' });
    expect(parseSnapshot('{"format":"autre"}', expectFor(r))).toMatchObject({ kind: 'corrupted' });
    const snap = takeSnapshot(r) as unknown as Record<string, unknown>;
    expect(parseSnapshot({ ...snap, history: 'x' }, expectFor(r))).toMatchObject({ kind: 'corrupted' });
  });

  it('notices a score edited by hand', () => {
    const r = midGame();
    const snap = takeSnapshot(r);
    expect(parseSnapshot({ ...snap, score: { ...snap.score, secret: 10 } }, expectFor(r))).toMatchObject({ kind: 'corrupted' });
  });

  it('refuses an older format version, another scenario and a changed story', () => {
    const r = midGame();
    const snap = takeSnapshot(r);
    expect(parseSnapshot({ ...snap, version: 0 }, expectFor(r))).toMatchObject({ kind: 'version' });
    expect(parseSnapshot(snap, { scenarioId: 'autre', fingerprint: r.fingerprint })).toMatchObject({ kind: 'other-scenario' });
    expect(parseSnapshot(snap, { scenarioId: 'graph', fingerprint: 'deadbeef' })).toMatchObject({ kind: 'story-changed' });
  });

  it('reports an ink state that does not load instead of throwing', () => {
    const r = midGame();
    const snap = takeSnapshot(r);
    const b = load();
    expect(restoreSnapshot(b, { ...snap, ink: '{"flows":' })).toMatchObject({ kind: 'corrupted' });
  });
});
