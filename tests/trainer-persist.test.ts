import { describe, expect, it } from 'vitest';
import { compileInk } from '../tools/ink-compile';
import { ScenarioRunner } from '../src/narrative/runner';
import { TrainerSession } from '../src/trainer/model/session';
import { loadTrainerSession, parseTrainerPart, saveTrainerSession } from '../src/trainer/persist';
import { STORAGE_KEY } from '../src/storage/schema';
import { trainerRestoreText } from '../src/ui/labels/storage';
import type { KeyValueStorage } from '../src/storage/store';

class MemoryStorage implements KeyValueStorage {
  map = new Map<string, string>();
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
}

const json = compileInk('stories/demo.ink').json!;
const runner = () => ScenarioRunner.load(json, 'demo') as ScenarioRunner;

function midSession(): TrainerSession {
  const s = TrainerSession.start(runner(), 'infirmier', { id: 'abc-123' });
  for (let i = 0; i < 3; i++) s.apply({ kind: 'next' });
  s.apply({ kind: 'vote', option: 2, delta: 1 });
  s.apply({ kind: 'vote', option: 2, delta: 1 });
  s.apply({ kind: 'vote', option: 0, delta: 1 });
  return s;
}

describe('trainer persistence', () => {
  it('round-trips a session through localStorage, beside the other parts', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, settings: { sound: false, volume: 0.5, textScale: 1, animations: true, typingSpeed: 'normal', feedback: 'immediat' }, progress: {}, games: {}, trainer: null }));
    const s = midSession();
    expect(saveTrainerSession(storage, s.data())).toEqual({ kind: 'ok' });
    const loaded = loadTrainerSession(storage);
    if (!loaded.ok || !loaded.session) throw new Error('not loaded');
    const again = TrainerSession.restore(runner(), loaded.session);
    if (!(again instanceof TrainerSession)) throw new Error(again.kind);
    expect(again.votes).toEqual([1, 0, 2]);
    expect(again.view()).toEqual(s.view());
    // The player's settings were not touched.
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).settings.sound).toBe(false);
    saveTrainerSession(storage, null);
    expect(loadTrainerSession(storage)).toEqual({ ok: true, session: null });
  });

  it('turns damaged or foreign data into a French message, never a throw', () => {
    const good = JSON.parse(JSON.stringify(midSession().data()));
    expect(parseTrainerPart(undefined)).toEqual({ ok: true, session: null });
    expect(parseTrainerPart('nope')).toMatchObject({ ok: false, problem: 'damaged' });
    expect(trainerRestoreText('damaged')).toContain('abîmée');
    expect(parseTrainerPart({ version: 9, session: good })).toMatchObject({ ok: false, problem: 'old-version' });
    expect(parseTrainerPart({ version: 1, session: { ...good, version: 3 } })).toMatchObject({ ok: false, problem: 'old-version' });
    expect(trainerRestoreText('old-version')).toContain('autre version');
    for (const broken of [
      { ...good, votes: [1, -1, 0] },
      { ...good, phase: 'dance' },
      { ...good, id: '<script>' },
      { ...good, rounds: [{ decisionId: 'x' }] },
      { ...good, snapshot: null },
    ]) {
      expect(parseTrainerPart({ version: 1, session: broken }).ok).toBe(false);
    }
    expect(parseTrainerPart({ version: 1, session: good })).toMatchObject({ ok: true });
  });

  it('survives unreadable storage text and a snapshot whose choices do not fit the story', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"version":1,"trainer":{"vers');
    expect(loadTrainerSession(storage)).toEqual({ ok: true, session: null });
    const data = JSON.parse(JSON.stringify(midSession().data()));
    data.snapshot.choices = [{ decision: 'autre-decision', option: 0, text: 'Une réponse' }];
    const r = TrainerSession.restore(runner(), data);
    expect(r).toMatchObject({ kind: 'corrupted' });
  });
});
