// Two-round votes (peer instruction), the exam setting and the short path in the projector session:
// what the room is shown at each step, what the summary keeps, and that a reload keeps all of it.
import { describe, expect, it } from 'vitest';
import { ScenarioRunner } from '../src/narrative/runner';
import { TrainerSession, protectiveOption } from '../src/trainer/model/session';
import { loadTrainerSession, parseTrainerPart, saveTrainerSession } from '../src/trainer/persist';
import { validSessionView } from '../src/trainer/messages';
import { keyAction } from '../src/trainer/model/keys';
import { summaryToCsv } from '../src/trainer/model/export';
import type { Command, SessionSettings } from '../src/trainer/model/types';
import type { KeyValueStorage } from '../src/storage/store';
import { compiled } from './helpers';
import { sessionFigures, sessionFiguresFor } from '../src/learning/sessionFigures';

const demo = compiled('stories/demo.ink');
const runner = () => ScenarioRunner.load(demo, 'demo') as ScenarioRunner;
const T0 = new Date('2026-12-06T14:00:00Z');

function session(settings: Partial<SessionSettings> = {}): TrainerSession {
  return TrainerSession.start(runner(), 'etudiant', { id: 'rounds-1', now: T0, settings });
}
function run(s: TrainerSession, ...cmds: Command[]): void {
  for (const c of cmds) {
    const r = s.apply(c, T0);
    if (!r.ok) throw new Error(`${JSON.stringify(c)}: ${r.reason}`);
  }
}
const next: Command = { kind: 'next' };
const back: Command = { kind: 'back' };
const votes = (...counts: number[]): Command[] => counts.flatMap((n, option) => Array.from({ length: n }, () => ({ kind: 'vote', option, delta: 1 }) as Command));
const toFirstVote = (s: TrainerSession) => run(s, next, next, next);

class MemoryStorage implements KeyValueStorage {
  map = new Map<string, string>();
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
}

/** Saved and read back as the projector does after each command, then put on a fresh runner. */
function reload(s: TrainerSession): TrainerSession {
  const storage = new MemoryStorage();
  saveTrainerSession(storage, s.data());
  const loaded = loadTrainerSession(storage);
  if (!loaded.ok || !loaded.session) throw new Error(`not loaded: ${JSON.stringify(loaded)}`);
  const again = TrainerSession.restore(runner(), loaded.session);
  if (!(again instanceof TrainerSession)) throw new Error(again.kind);
  return again;
}

describe('two-round vote', () => {
  it('hides the first round, discusses, re-votes, then reveals both distributions and the shift', () => {
    const s = session({ twoRounds: true });
    toFirstVote(s);
    run(s, ...votes(6, 4, 0));
    let d = s.view().decision!;
    expect(d).toMatchObject({ stage: 'first', hidden: true, firstVotes: null });
    expect(s.view().nextLabel).toContain('Discutez avec votre voisin·e');
    // « next » closes the first round: the room discusses, its counts put aside.
    run(s, next);
    d = s.view().decision!;
    expect(d).toMatchObject({ stage: 'discuss', hidden: true, firstVotes: [6, 4, 0], totalVotes: 0 });
    // No counting nor reveal while the room discusses.
    expect(s.apply({ kind: 'vote', option: 0, delta: 1 }).ok).toBe(false);
    expect(s.apply({ kind: 'reveal' }).ok).toBe(false);
    run(s, { kind: 'timer', seconds: 120 });
    expect(s.view().decision!.timer).toEqual({ seconds: 120, startedAt: T0.toISOString() });
    run(s, next, ...votes(2, 8, 0));
    d = s.view().decision!;
    expect(d).toMatchObject({ stage: 'second', hidden: true, firstVotes: [6, 4, 0], timer: null, followed: 1, by: 'majorite' });
    run(s, next);
    const v = s.view();
    expect(v.phase).toBe('consequence');
    expect(v.consequence!.round).toMatchObject({ votes: [2, 8, 0], firstVotes: [6, 4, 0], followed: 1 });
    expect(validSessionView(v)).toBe(true);
  });

  it('records both rounds in the summary, its CSV and after a reload', () => {
    const s = session({ twoRounds: true });
    toFirstVote(s);
    run(s, ...votes(2, 8, 0), { kind: 'discuss' }, { kind: 'discuss' }, ...votes(6, 4, 0), { kind: 'reveal' });
    run(s, next, next, next, next);
    // The second decision is revealed after the first round only: a single round, counts as they were.
    run(s, ...votes(3, 1), { kind: 'reveal' }, next, next);
    expect(s.phase).toBe('summary');
    const check = (t: TrainerSession) => {
      const [d1, d2] = t.summary().runs[0]!.decisions;
      expect(d1!.firstRound).toEqual({ votes: [2, 8, 0], percents: [20, 80, 0], total: 10 });
      expect(d1!.options.map((o) => o.percent)).toEqual([60, 40, 0]);
      expect(d1!.shift).toEqual([40, -40, 0]);
      expect(d1!.followed).toBe(0);
      expect(d2!.firstRound).toBeNull();
      expect(d2!.shift).toBeNull();
    };
    check(s);
    check(reload(s));
    expect(validSessionView(reload(s).view())).toBe(true);
    // CSV: the option's row ends with its first-round votes, share and shift.
    const rows = summaryToCsv(s.summary()).split('\r\n').map((r) => r.split(';'));
    expect(rows.find((r) => r[2] === 'demo-voisine' && r[4] === '1')!.slice(-3)).toEqual(['2', '20', '40']);
    expect(rows.find((r) => r[2] === 'demo-voisine' && r[4] === '2')!.slice(-3)).toEqual(['8', '80', '-40']);
    expect(rows.find((r) => r[2] === 'demo-cadre' && r[4] === '1')!.slice(-3)).toEqual(['', '', '']);
  });

  it('survives a reload in the middle of the discussion, countdown and first round kept', () => {
    const s = session({ twoRounds: true });
    toFirstVote(s);
    run(s, ...votes(5, 0, 5), next, { kind: 'timer', seconds: 60 });
    const again = reload(s);
    expect(again.view()).toEqual(s.view());
    expect(again.view().decision).toMatchObject({ stage: 'discuss', firstVotes: [5, 0, 5], timer: { seconds: 60 } });
    run(again, next, ...votes(0, 0, 7), next);
    expect(again.rounds[0]).toMatchObject({ firstVotes: [5, 0, 5], votes: [0, 0, 7], followed: 2 });
  });

  it('goes back through the rounds without losing a count, and un-reveals to the second round', () => {
    const s = session({ twoRounds: true });
    toFirstVote(s);
    run(s, ...votes(6, 4, 0), next, next, ...votes(2, 8, 0), next);
    run(s, back);
    expect(s.view().decision).toMatchObject({ stage: 'second', firstVotes: [6, 4, 0] });
    expect(s.votes).toEqual([2, 8, 0]);
    run(s, back);
    expect(s.view().decision!.stage).toBe('discuss');
    run(s, next);
    expect(s.votes).toEqual([2, 8, 0]);
    run(s, back, back);
    expect(s.view().decision).toMatchObject({ stage: 'first', firstVotes: null });
    expect(s.votes).toEqual([6, 4, 0]);
  });

  it('runs one decision in two rounds by « D » when the session votes once', () => {
    const s = session();
    toFirstVote(s);
    run(s, ...votes(1, 2, 0));
    expect(s.view().decision).toMatchObject({ stage: 'first', hidden: false });
    const key = keyAction({ key: 'd', code: 'KeyD', shiftKey: false, ctrlKey: false, altKey: false, metaKey: false });
    expect(key).toEqual({ kind: 'command', command: { kind: 'discuss' } });
    run(s, { kind: 'discuss' });
    expect(s.view().decision).toMatchObject({ stage: 'discuss', hidden: true, firstVotes: [1, 2, 0] });
    // T cycles the countdown: 1 min, 2 min, 3 min, none.
    const seen: (number | null)[] = [];
    for (let i = 0; i < 4; i++) {
      run(s, { kind: 'cycleTimer' });
      seen.push(s.view().decision!.timer?.seconds ?? null);
    }
    expect(seen).toEqual([60, 120, 180, null]);
  });
});

describe('saved sessions across versions', () => {
  it('reads a version-1 session as one round, whole scenario, feedback at once', () => {
    const s = session();
    toFirstVote(s);
    run(s, ...votes(2, 1, 0));
    const v1 = JSON.parse(JSON.stringify(s.data()));
    v1.version = 1;
    delete v1.settings;
    delete v1.ballot;
    const parsed = parseTrainerPart({ version: 1, session: v1 });
    expect(parsed.ok).toBe(true);
    const again = TrainerSession.restore(runner(), (parsed as { session: typeof v1 }).session);
    if (!(again instanceof TrainerSession)) throw new Error(again.kind);
    expect(again.settings).toEqual({ twoRounds: false, feedback: 'immediat', shortPath: null });
    expect(again.votes).toEqual([2, 1, 0]);
    // Written back as version 2.
    expect(again.data().version).toBe(2);
  });

  it('refuses a ballot that does not fit the decision, and a round whose first votes do not fit its options', () => {
    const s = session({ twoRounds: true });
    toFirstVote(s);
    run(s, ...votes(1, 1, 1), next);
    const bad = JSON.parse(JSON.stringify(s.data()));
    bad.ballot.first = [1, 1];
    expect(TrainerSession.restore(runner(), bad)).toMatchObject({ kind: 'corrupted' });
    const noSettings = JSON.parse(JSON.stringify(s.data()));
    delete noSettings.settings;
    expect(parseTrainerPart({ version: 1, session: noSettings }).ok).toBe(false);
    run(s, next, ...votes(0, 3, 0), next);
    const badRound = JSON.parse(JSON.stringify(s.data()));
    badRound.rounds[0].firstVotes = [1];
    expect(parseTrainerPart({ version: 1, session: badRound }).ok).toBe(false);
  });
});

describe('exam setting and short path', () => {
  it('defaults to the exam setting', () => {
    const s = TrainerSession.start(runner(), 'etudiant', { id: 'exam-1' });
    expect(s.settings.feedback).toBe('examen');
    expect(s.view().settings.feedback).toBe('examen');
  });

  it('passes a decision outside the short path on its protective answer, without a vote', () => {
    const s = session({ shortPath: ['demo-voisine'] });
    toFirstVote(s);
    // The sheet's decision is voted on as usual.
    expect(s.view().decision).toMatchObject({ id: 'demo-voisine', by: null });
    run(s, ...votes(3, 0, 0), next);
    while (s.phase !== 'vote') run(s, next);
    const d = s.view().decision!;
    expect(d.id).toBe('demo-cadre');
    expect(d).toMatchObject({ by: 'parcours', hidden: false });
    expect(s.view().nextLabel).toContain('hors du parcours court');
    expect(s.apply({ kind: 'vote', option: 0, delta: 1 }).ok).toBe(false);
    expect(s.apply({ kind: 'discuss' }).ok).toBe(false);
    const stop = s.runner.currentStop!;
    if (stop.kind !== 'decision') throw new Error('no decision');
    const best = protectiveOption(stop);
    // The protective answer is the one with the highest sum of the four axes.
    const sums = stop.options.map((o) => Object.values(o.consequence.deltas).reduce((a, b) => a + b, 0));
    expect(sums[best]).toBe(Math.max(...sums));
    expect(reload(s).view()).toEqual(s.view());
    run(s, next);
    expect(s.rounds[1]).toMatchObject({ by: 'parcours', followed: best, votes: [0, 0] });
    expect(s.summary().runs[0]!.decisions.map((x) => x.by)).toEqual(['majorite', 'parcours']);
  });
});

describe('the sheet filled with a session\'s figures', () => {
  it('writes « N % ont choisi … » per decision voted, with the first round after two, once per decision', () => {
    const s = session({ twoRounds: true });
    toFirstVote(s);
    run(s, ...votes(2, 8, 0), next, next, ...votes(5, 3, 0), next, next, next, next, next);
    run(s, ...votes(1, 3), { kind: 'reveal' }, next, next);
    expect(s.phase).toBe('summary');
    // A replayed branch repeats the room's counts: not a second vote.
    run(s, { kind: 'replay', round: 1, option: 0 }, { kind: 'reveal' });
    const f = sessionFigures(JSON.parse(JSON.stringify(s.data())))!;
    expect(f.decisions.map((d) => [d.id, d.total, d.firstTotal])).toEqual([['demo-voisine', 8, 10], ['demo-cadre', 4, null]]);
    const plain = (t: string) => t.replace(/[\u00A0\u202F]/g, ' ');
    expect(sessionFiguresFor(f, 'demo-voisine').map(plain)).toEqual([
      '63 % ont choisi « Elle va mieux, ne t’inquiète pas. » (5 mains sur 8 ; 20 % au premier vote, avant la discussion).',
      '38 % ont choisi « Je ne peux rien te dire, même pas si elle est là. Le mieux, c’est d’appeler sa famille. » (3 mains sur 8 ; 80 % au premier vote, avant la discussion).',
    ]);
    expect(sessionFiguresFor(f, 'demo-cadre').map(plain)).toEqual([
      '75 % ont choisi « Ce n’est rien, c’était juste une amie : elle ne le répétera pas. » (3 mains sur 4).',
      '25 % ont choisi « Oui, c’est moi. J’ai répondu à une amie hier soir, je n’aurais pas dû. » (1 main sur 4).',
    ]);
  });

  it('leaves out passed decisions and decisions nobody voted on', () => {
    const s = session({ shortPath: ['demo-voisine'] });
    toFirstVote(s);
    run(s, ...votes(3, 0, 0), next);
    while (s.phase !== 'vote') run(s, next);
    run(s, next);
    const f = sessionFigures(s.data())!;
    expect(f.decisions.map((d) => d.id)).toEqual(['demo-voisine']);
    expect(sessionFigures(session().data())).toBeNull();
  });
});
