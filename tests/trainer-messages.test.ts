// Messages between the trainer's windows (issue 16, item 13): any same-origin page can post on the
// channel. Every field is checked; a message of the wrong shape is ignored and logged, never applied
// or saved (a `pick` of option '1' or a `screen` with markup used to be saved, and the session could
// then not be resumed after a reload).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScenarioRunner } from '../src/narrative/runner';
import { TrainerSession } from '../src/trainer/model/session';
import type { Command, SessionView } from '../src/trainer/model/types';
import { parseTrainerPart, trainerPart } from '../src/trainer/persist';
import { asToPresenter, asToProjector, presenterLink, projectorLink } from '../src/trainer/sync';
import { compiled } from './helpers';
import { compiledStories } from './map-fixtures';

const load = (file: string, id: string) => ScenarioRunner.load(compiled(file), id) as ScenarioRunner;
const fromJson = (json: string, id: string) => ScenarioRunner.load(json, id) as ScenarioRunner;

/** Every view a whole session shows, from the title card to the summary (votes, a tie settled, a replay). */
function sessionViews(runner: ScenarioRunner, role: 'etudiant' | 'infirmier'): SessionView[] {
  const s = TrainerSession.start(runner, role, { id: 'seance-test' });
  const views: SessionView[] = [s.view()];
  const apply = (c: Command) => {
    s.apply(c);
    views.push(s.view());
  };
  for (let guard = 0; s.phase !== 'summary' && guard < 500; guard++) {
    if (s.phase === 'vote') {
      apply({ kind: 'vote', option: 0, delta: 1 });
      apply({ kind: 'vote', option: 1, delta: 1 });
      apply({ kind: 'cyclePick' });
      apply({ kind: 'reveal' });
    } else apply({ kind: 'next' });
    if (s.phase === 'ending' && s.rounds.length > 0 && views.filter((v) => v.phase === 'ending').length === 1) apply({ kind: 'replay', round: 0, option: 1 });
  }
  apply({ kind: 'screen', screen: 'black' });
  return views;
}

describe('what the projector sends passes the presenter’s checks', () => {
  // Every scenario (a step kind or a field only one story uses must pass too), one role each in turn,
  // and the fixture whose calls ring on the projector.
  const sessions = [
    ...compiledStories().ok.map((fx, i) => ({ json: fx.json, id: fx.id, roles: [i % 2 ? 'infirmier' : 'etudiant'] as const })),
    { json: compiled('tests/fixtures/trainer-call.ink'), id: 'trainer-call', roles: ['etudiant', 'infirmier'] as const },
  ];
  for (const { json, id, roles } of sessions) {
    it(`every view of a whole session of ${id} (${roles.join(', ')})`, { timeout: 60_000 }, () => {
      for (const role of roles) {
        const views = sessionViews(fromJson(json, id), role);
        expect(views.some((v) => v.phase === 'summary')).toBe(true);
        for (const v of views) {
          // BroadcastChannel carries a structured clone.
          const msg = structuredClone({ type: 'state', view: v });
          expect(asToPresenter(msg), `${id} ${role} ${v.phase}`).toEqual(msg);
        }
      }
    });
  }
});

describe('hostile or broken messages are ignored', () => {
  const good: Command[] = [
    { kind: 'next' }, { kind: 'back' }, { kind: 'cyclePick' }, { kind: 'reveal' },
    { kind: 'vote', option: 2, delta: 1 }, { kind: 'vote', option: 0, delta: -1 },
    { kind: 'setVotes', option: 1, count: 12 }, { kind: 'pick', option: null }, { kind: 'pick', option: 0 },
    { kind: 'screen', screen: 'black' }, { kind: 'screen', screen: 'white' }, { kind: 'replay', round: 0, option: 1 },
  ];
  it('every command of the right shape reaches the projector', () => {
    for (const command of good) expect(asToProjector({ type: 'command', command })).toEqual({ type: 'command', command });
    expect(asToProjector({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(asToProjector({ type: 'leave' })).toEqual({ type: 'leave' });
    // The heartbeat: the presenter's ping, the projector's pong, and the projector's « going away ».
    expect(asToProjector({ type: 'ping' })).toEqual({ type: 'ping' });
    expect(asToPresenter({ type: 'pong' })).toEqual({ type: 'pong' });
    expect(asToPresenter({ type: 'gone' })).toEqual({ type: 'gone' });
    expect(asToPresenter({ type: 'gone', extra: 1 })).toBeNull();
    expect(asToProjector({ type: 'ping', html: '<b>' })).toBeNull();
  });

  it('a command with any field out of shape does not', () => {
    const bad: unknown[] = [
      { kind: 'pick', option: '1' },
      { kind: 'screen', screen: '<img src=x onerror=alert(1)>' },
      { kind: 'screen', screen: 'normal' },
      { kind: 'vote', option: 1, delta: 2 },
      { kind: 'vote', option: -1, delta: 1 },
      { kind: 'vote', option: 1.5, delta: 1 },
      { kind: 'vote', option: 1 },
      { kind: 'setVotes', option: 0, count: 1e9 },
      { kind: 'setVotes', option: 0, count: '3' },
      { kind: 'replay', round: 'x', option: 0 },
      { kind: 'replay', round: 0 },
      { kind: 'next', extra: '<b>' },
      { kind: 'reset' },
      { kind: '__proto__' },
      { kind: 'toString' },
      'next',
      null,
      [{ kind: 'next' }],
    ];
    for (const command of bad) expect(asToProjector({ type: 'command', command }), JSON.stringify(command)).toBeNull();
    expect(asToProjector({ type: 'hello', session: 'autre' })).toBeNull();
    expect(asToProjector({ type: 'command' })).toBeNull();
    expect(asToProjector({ type: 'other' })).toBeNull();
  });

  it('a view with any field out of shape is not drawn by the presenter', () => {
    const view = structuredClone(sessionViews(load('stories/demo.ink', 'demo'), 'etudiant').find((v) => v.phase === 'vote')!);
    expect(asToPresenter({ type: 'state', view })).not.toBeNull();
    const broken: ((v: Record<string, unknown>) => void)[] = [
      (v) => { v.phase = '<script>'; },
      (v) => { v.screen = 'gris'; },
      (v) => { v.role = 'medecin'; },
      (v) => { v.id = 'Bad Id!'; },
      (v) => { delete v.nextLabel; },
      (v) => { v.transcript = [{ kind: 'message', text: 'sans expéditeur' }]; },
      (v) => { v.transcript = [{ kind: 'html', html: '<b>' }]; },
      (v) => { (v.decision as { options: { votes: unknown }[] }).options[0]!.votes = -3; },
      (v) => { (v.score as Record<string, unknown>).secret = 'beaucoup'; },
      (v) => { v.contacts = { a: 3 }; },
      (v) => { v.extra = true; },
    ];
    for (const breakIt of broken) {
      const v = structuredClone(view) as unknown as Record<string, unknown>;
      breakIt(v);
      expect(asToPresenter({ type: 'state', view: v }), breakIt.toString()).toBeNull();
    }
    expect(asToPresenter({ type: 'refused', reason: 42 })).toBeNull();
    expect(asToPresenter({ type: 'closed', by: 'x' })).toBeNull();
  });

  it('the session itself refuses a screen it could not restore, so a saved session always resumes', () => {
    const s = TrainerSession.start(load('stories/demo.ink', 'demo'), 'etudiant', { id: 'seance-ecran' });
    expect(s.apply({ kind: 'screen', screen: '<b>' as 'black' })).toMatchObject({ ok: false });
    expect(parseTrainerPart(structuredClone(trainerPart(s.data())))).toMatchObject({ ok: true });
  });
});

describe('on the channel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('an invalid message is logged and skipped; the next valid one arrives', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const projector = projectorLink('canal-test');
    const presenter = presenterLink('canal-test');
    const got: unknown[] = [];
    const done = new Promise<void>((resolve) => {
      projector.onMessage = (m) => {
        got.push(m);
        resolve();
      };
    });
    presenter.post({ type: 'command', command: { kind: 'pick', option: '1' } as unknown as Command });
    presenter.post({ type: 'command', command: { kind: 'next' } });
    await done;
    expect(got).toEqual([{ type: 'command', command: { kind: 'next' } }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('message ignoré'), { type: 'command', command: { kind: 'pick', option: '1' } });
    projector.close();
    presenter.close();
  });
});
