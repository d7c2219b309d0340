import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../tools/ink-compile';
import { ScenarioRunner } from '../src/narrative/runner';
import { TrainerSession } from '../src/trainer/model/session';
import { parseTrainerPart, trainerPart } from '../src/trainer/persist';
import { compiled as compiledFile } from './helpers';
import { followedOption, majority, withVote } from '../src/trainer/model/votes';
import type { Command } from '../src/trainer/model/types';

let compiled: string;
beforeAll(() => {
  const r = compileInk('stories/demo.ink');
  if (!r.json) throw new Error(r.problems.map((p) => p.message).join('\n'));
  compiled = r.json;
});

function runner(): ScenarioRunner {
  const r = ScenarioRunner.load(compiled, 'demo');
  if (!(r instanceof ScenarioRunner)) throw new Error(r.message);
  return r;
}

function newSession(role: 'etudiant' | 'infirmier' = 'etudiant'): TrainerSession {
  return TrainerSession.start(runner(), role, { id: 'test-1', now: new Date('2025-10-09T14:30:00Z') });
}

function run(s: TrainerSession, ...cmds: Command[]): void {
  for (const c of cmds) {
    const r = s.apply(c);
    if (!r.ok) throw new Error(`${JSON.stringify(c)}: ${r.reason}`);
  }
}
const next: Command = { kind: 'next' };
const back: Command = { kind: 'back' };
const vote = (option: number, delta: 1 | -1 = 1): Command => ({ kind: 'vote', option, delta });

/** Title card → the three visible lines before the first decision. */
function toFirstVote(s: TrainerSession): void {
  run(s, next, next, next);
  expect(s.phase).toBe('vote');
}

describe('show-of-hands arithmetic', () => {
  it('never goes below zero', () => {
    expect(withVote([0, 2], 0, -1)).toEqual([0, 2]);
    expect(withVote([0, 2], 1, -1)).toEqual([0, 1]);
  });
  it('finds a single majority, and none on a tie', () => {
    expect(majority([3, 5, 1])).toBe(1);
    expect(majority([4, 4, 1])).toBeNull();
    expect(majority([0, 0, 0])).toBeNull();
    expect(majority([0])).toBe(0);
  });
  it('lets the trainer pick any option, majority or not', () => {
    expect(followedOption([4, 4, 0], null)).toEqual({ option: null, by: null, tie: true });
    expect(followedOption([4, 4, 0], 2)).toEqual({ option: 2, by: 'formateur', tie: true });
    expect(followedOption([1, 6, 0], null)).toEqual({ option: 1, by: 'majorite', tie: false });
  });
});

describe('projector session', () => {
  it('starts on the title card and shows one visible line per « next »', () => {
    const s = newSession();
    let v = s.view();
    expect(v.phase).toBe('story');
    expect(v.shown).toBe(0);
    expect(v.remainingLines).toBe(3);
    expect(v.canBack).toBe(false);
    expect(v.nextLine?.kind).toBe('notification');
    run(s, next);
    v = s.view();
    // The lock-screen opening is skipped: the first press shows the notification.
    expect(v.transcript.map((l) => l.kind)).toEqual(['screen', 'notification']);
    run(s, next, next);
    v = s.view();
    expect(v.phase).toBe('vote');
    expect(v.decision?.id).toBe('demo-voisine');
    expect(v.decision?.options.map((o) => o.number)).toEqual([1, 2, 3]);
    expect(v.decision?.note.refs).toEqual(['csp-r4312-5', 'cp-226-13']);
  });

  it('counts votes per option, never below zero, only while a decision is open', () => {
    const s = newSession();
    expect(s.apply(vote(0)).ok).toBe(false);
    toFirstVote(s);
    run(s, vote(0), vote(0), vote(0), vote(1), vote(1, -1), vote(1, -1), vote(2));
    expect(s.votes).toEqual([3, 0, 1]);
    expect(s.apply(vote(5)).ok).toBe(false);
    run(s, { kind: 'setVotes', option: 1, count: 12 });
    expect(s.view().decision?.options.map((o) => o.percent)).toEqual([19, 75, 6]);
    expect(s.view().decision?.totalVotes).toBe(16);
  });

  it('hides consequences until the reveal, and reveals the majority by default', () => {
    const s = newSession();
    toFirstVote(s);
    run(s, vote(0), vote(0), vote(1));
    expect(s.view().consequence).toBeNull();
    expect(s.view().nextLabel).toBe('Révéler le choix suivi (option 1)');
    run(s, { kind: 'reveal' });
    const v = s.view();
    expect(v.phase).toBe('consequence');
    expect(v.consequence?.round.followed).toBe(0);
    expect(v.consequence?.round.by).toBe('majorite');
    expect(v.consequence?.round.votes).toEqual([2, 1, 0]);
    expect(v.consequence?.score).toEqual({ secret: -3, respect: -1, posture: -1, image: 0 });
    expect(v.consequence?.risks.map((r) => r.authority)).toEqual(['penal']);
    expect(s.apply({ kind: 'reveal' }).ok).toBe(false);
  });

  it('says « no votes yet », not « Égalité », before any hand is counted', () => {
    const s = newSession();
    toFirstVote(s);
    expect(s.view().decision?.totalVotes).toBe(0);
    expect(s.view().nextLabel).toBe('Comptez les votes, puis révélez le choix suivi');
    const r = s.apply({ kind: 'reveal' });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(/^Aucun vote/);
  });

  it('refuses to reveal a tie until the trainer picks an option', () => {
    const s = newSession();
    toFirstVote(s);
    run(s, vote(0), vote(1));
    const r = s.apply({ kind: 'reveal' });
    expect(r).toEqual({ ok: false, reason: 'Égalité : choisissez l’option à suivre avant de révéler.' });
    expect(s.view().decision?.tie).toBe(true);
    // The keyboard way: S moves the pick along the options.
    run(s, { kind: 'cyclePick' });
    expect(s.view().decision?.followed).toBe(0);
    run(s, { kind: 'cyclePick' }, { kind: 'cyclePick' });
    expect(s.view().decision?.followed).toBe(2);
    run(s, next); // « next » on a vote reveals
    expect(s.rounds[0]).toMatchObject({ followed: 2, by: 'formateur', votes: [1, 1, 0] });
    expect(s.phase).toBe('consequence');
  });

  it('goes back one step: un-reveals with the counts kept, then line by line', () => {
    const s = newSession();
    toFirstVote(s);
    run(s, vote(0), vote(0), vote(2), { kind: 'reveal' });
    expect(s.runner.choicesMade).toHaveLength(1);
    run(s, back);
    expect(s.phase).toBe('vote');
    expect(s.runner.choicesMade).toHaveLength(0);
    expect(s.votes).toEqual([2, 0, 1]);
    expect(s.rounds).toHaveLength(0);
    run(s, back);
    expect(s.phase).toBe('story');
    expect(s.view().transcript.filter((l) => l.kind === 'message')).toHaveLength(1);
    run(s, back, back);
    expect(s.view().shown).toBe(0);
    expect(s.apply(back).ok).toBe(false);
    // And forward again, to the same counts.
    run(s, next, next, next);
    expect(s.votes).toEqual([2, 0, 1]);
  });

  it('un-reveals a tie the trainer settled with the same pick still chosen, so revealing again follows it', () => {
    const s = newSession();
    toFirstVote(s);
    // A tie between options 1 and 3: the trainer follows the third option.
    run(s, vote(0), vote(2), { kind: 'pick', option: 2 }, { kind: 'reveal' });
    expect(s.rounds[0]).toMatchObject({ followed: 2, by: 'formateur' });
    run(s, back);
    expect(s.phase).toBe('vote');
    expect(s.votes).toEqual([1, 0, 1]);
    expect(s.view().decision).toMatchObject({ followed: 2, by: 'formateur', tie: true });
    // Revealing again needs no new pick: the same option, still the trainer's.
    run(s, { kind: 'reveal' });
    expect(s.rounds[0]).toMatchObject({ followed: 2, by: 'formateur' });
  });

  it('goes back from the first line after a choice to the consequence card', () => {
    const s = newSession();
    toFirstVote(s);
    run(s, vote(0), { kind: 'reveal' }, next);
    expect(s.phase).toBe('story');
    expect(s.view().transcript.at(-1)).toMatchObject({ kind: 'message', from: 'moi' });
    run(s, back);
    expect(s.phase).toBe('consequence');
    expect(s.view().consequence?.round.followed).toBe(0);
  });

  it('blanks the screen; the first key after a blank only brings the picture back', () => {
    const s = newSession();
    run(s, { kind: 'screen', screen: 'black' });
    expect(s.screen).toBe('black');
    run(s, { kind: 'screen', screen: 'white' });
    expect(s.screen).toBe('white');
    run(s, next);
    expect(s.screen).toBe('normal');
    expect(s.view().shown).toBe(0);
    run(s, { kind: 'screen', screen: 'black' }, { kind: 'screen', screen: 'black' });
    expect(s.screen).toBe('normal');
  });

  it('plays a whole session and sums it up', () => {
    const s = newSession();
    toFirstVote(s);
    run(s, vote(0), vote(0), vote(0), vote(0), vote(0), vote(1), vote(1), vote(1), vote(2), { kind: 'reveal' });
    run(s, next, next, next, next);
    expect(s.phase).toBe('vote');
    expect(s.view().decision?.id).toBe('demo-cadre');
    expect(s.view().decision?.number).toBe(2);
    run(s, vote(0), vote(0), vote(1), vote(1), vote(1), vote(1), vote(1), vote(1));
    // The trainer follows the minority: allowed.
    // The last line and the ending come together, as the last line and the options do.
    run(s, { kind: 'pick', option: 0 }, { kind: 'reveal' }, next);
    expect(s.phase).toBe('ending');
    expect(s.view().ending?.id).toBe('demo-erreur-reconnue');
    run(s, next);
    expect(s.phase).toBe('summary');
    const sum = s.summary();
    expect(sum.runs).toHaveLength(1);
    const run1 = sum.runs[0]!;
    expect(run1.decisions.map((d) => d.options.map((o) => o.votes))).toEqual([[5, 3, 1], [2, 6]]);
    expect(run1.decisions.map((d) => d.followed)).toEqual([0, 0]);
    expect(run1.decisions.map((d) => d.by)).toEqual(['majorite', 'formateur']);
    expect(run1.decisions.map((d) => d.majorityFollowed)).toEqual([true, false]);
    expect(run1.decisions[0]!.options.map((o) => o.percent)).toEqual([56, 33, 11]);
    expect(run1.totalVotes).toBe(17);
    expect(run1.score).toEqual({ secret: -3, respect: 0, posture: 1, image: 1 });
    // Student role: the institute and the ward, never the Ordre nor the employer.
    expect(run1.ledger.map((l) => `${l.authority}:${l.level}`)).toEqual(['institut:avertissement', "stage:signalement au directeur de l'institut", 'penal:signalement au procureur']);
    expect(run1.ending?.title).toBe('Une erreur reconnue');
    expect(s.apply(next).ok).toBe(false);
  });

  it('replays a branch the group did not take, keeping the first path in the summary', () => {
    const s = newSession('infirmier');
    toFirstVote(s);
    run(s, vote(1), { kind: 'reveal' }, next, next);
    expect(s.phase).toBe('ending');
    expect(s.apply({ kind: 'replay', round: 0, option: 1 }).ok).toBe(false);
    run(s, { kind: 'replay', round: 0, option: 0 });
    expect(s.phase).toBe('vote');
    expect(s.view().decision?.followed).toBe(0);
    expect(s.votes).toEqual([0, 1, 0]);
    run(s, { kind: 'reveal' }, next, next, next, next, vote(1), { kind: 'reveal' }, next, next);
    expect(s.phase).toBe('summary');
    const sum = s.summary();
    expect(sum.runs.map((r) => r.ending?.id)).toEqual(['demo-secret-garde', 'demo-deni']);
    expect(sum.runs.map((r) => r.current)).toEqual([false, true]);
    expect(sum.runs[1]!.decisions[0]!.by).toBe('formateur');
    // Nurse role: the Ordre and the employer appear.
    expect(sum.runs[1]!.ledger.map((l) => l.authority)).toEqual(['ordre', 'employeur', 'penal']);
  });

  it('round-trips through its data, mid-vote, counts kept', () => {
    const s = newSession();
    toFirstVote(s);
    run(s, vote(0), { kind: 'reveal' }, next, next, next, next, vote(1), vote(1), vote(0), { kind: 'screen', screen: 'black' });
    const data = JSON.parse(JSON.stringify(s.data()));
    const again = TrainerSession.restore(runner(), data);
    if (!(again instanceof TrainerSession)) throw new Error(again.kind);
    expect(again.view()).toEqual(s.view());
    expect(again.votes).toEqual([1, 2]);
    expect(again.screen).toBe('black');
    run(again, next);
    expect(again.screen).toBe('normal');
    expect(again.phase).toBe('vote');
    expect(again.votes).toEqual([1, 2]);
    run(again, back, back, back);
    expect(again.phase).toBe('story');
    run(again, back);
    expect(again.phase).toBe('consequence');
    run(again, back);
    expect(again.votes).toEqual([1, 0, 0]);
  });

  it('refuses a saved session that disagrees with the story', () => {
    const s = newSession();
    toFirstVote(s);
    run(s, vote(0), { kind: 'reveal' });
    const data = JSON.parse(JSON.stringify(s.data()));
    data.rounds = [];
    expect(TrainerSession.restore(runner(), data)).toMatchObject({ kind: 'corrupted' });
    const other = JSON.parse(JSON.stringify(s.data()));
    other.snapshot.fingerprint = 'nope';
    expect(TrainerSession.restore(runner(), other)).toMatchObject({ kind: 'story-changed' });
  });
});

describe('projector session: back one step', () => {
  it('comes back to the step as « next » left it, an app opening after the line still to come', () => {
    // demo: the lock screen's notification, then « #open: chat » (invisible) with the first message.
    const s = newSession();
    run(s, next);
    const notification = s.view();
    run(s, next, back);
    expect(s.view()).toEqual(notification);
    expect(s.view().transcript.at(-1)?.kind).toBe('notification');
  });
});

describe('projector session: a call rings before it is heard', () => {
  // Fixture: a message, a call from Inès (three lines, the last one the player's), a time skip,
  // a new call from Inès that holds the decision, then after the choice a call from the police.
  const callRunner = (): ScenarioRunner => {
    const r = ScenarioRunner.load(compiledFile('tests/fixtures/trainer-call.ink'), 'trainer-call');
    if (!(r instanceof ScenarioRunner)) throw new Error(r.message);
    return r;
  };
  const callSession = () => TrainerSession.start(callRunner(), 'etudiant', { id: 'test-call', now: new Date('2025-10-09T14:30:00Z') });
  const last = (s: TrainerSession) => s.view().transcript.at(-1);

  it('rings on its own step (caller, nothing heard yet), then « next » answers with the first line', () => {
    const s = callSession();
    run(s, next);
    expect(last(s)).toMatchObject({ kind: 'message', from: 'karim' });
    expect(s.view().nextLabel).toBe('Faire sonner le téléphone\u00A0: Inès Morel appelle');
    run(s, next);
    let v = s.view();
    expect(v.phase).toBe('story');
    expect(v.ringing).toMatchObject({ kind: 'call', from: 'ines', text: 'Allô\u202F? C’est Inès.' });
    expect(v.transcript.some((l) => l.kind === 'call')).toBe(false);
    expect(v.nextLine).toBe(v.ringing);
    expect(v.nextLabel).toBe('Décrocher\u00A0: Inès Morel parle');
    expect(v.canBack).toBe(true);
    run(s, next);
    v = s.view();
    expect(v.ringing).toBeNull();
    expect(last(s)).toMatchObject({ kind: 'call', from: 'ines', text: 'Allô\u202F? C’est Inès.' });
    // The rest of the call, the player's own line included, does not ring again.
    run(s, next, next);
    expect(s.view().ringing).toBeNull();
    expect(last(s)).toMatchObject({ kind: 'call', from: 'moi' });
  });

  it('goes back through the ringing: the ringing, then the screen before the call', () => {
    const s = callSession();
    run(s, next, next, next);
    const answered = s.view();
    run(s, back);
    expect(s.view().ringing?.from).toBe('ines');
    run(s, back);
    expect(s.view().ringing).toBeNull();
    expect(last(s)).toMatchObject({ kind: 'message', from: 'karim' });
    run(s, next, next);
    expect(s.view()).toEqual(answered);
    // Down to the title card, and no further.
    run(s, back, back, back);
    expect(s.view().shown).toBe(0);
    expect(s.apply(back).ok).toBe(false);
  });

  it('rings a new call after a time skip; the call holding a decision rings before the vote', () => {
    const s = callSession();
    run(s, next, next, next, next, next, next);
    expect(last(s)).toMatchObject({ kind: 'timeskip', text: 'Trois jours plus tard…' });
    run(s, next);
    expect(s.view().ringing?.from).toBe('ines');
    expect(s.phase).toBe('story');
    // Answering shows the last line before the decision: the vote opens with it.
    run(s, next);
    expect(s.phase).toBe('vote');
    expect(s.view().ringing).toBeNull();
    expect(s.view().decision?.id).toBe('d1');
    run(s, back);
    expect(s.view().ringing?.from).toBe('ines');
    run(s, next, vote(0), vote(0), vote(1));
    expect(s.phase).toBe('vote');
    run(s, { kind: 'reveal' });
    expect(s.phase).toBe('consequence');
  });

  it('rings as the first line after a choice, and back from that ringing is the consequence card', () => {
    const s = callSession();
    for (let i = 0; i < 8; i++) run(s, next);
    expect(s.phase).toBe('vote');
    run(s, vote(1), { kind: 'reveal' });
    expect(s.view().nextLabel).toBe('Faire sonner le téléphone\u00A0: Commissariat de Valmont appelle');
    run(s, next);
    expect(s.phase).toBe('story');
    expect(s.view().ringing?.from).toBe('police');
    run(s, back);
    expect(s.phase).toBe('consequence');
    expect(s.view().ringing).toBeNull();
    run(s, next, next, next);
    expect(s.phase).toBe('ending');
    // After the other option the player's own line continues Inès's call: the police still ring.
    run(s, { kind: 'replay', round: 0, option: 0 }, { kind: 'reveal' }, next);
    expect(s.view().ringing).toBeNull();
    expect(last(s)).toMatchObject({ kind: 'call', from: 'moi' });
    run(s, next);
    expect(s.view().ringing?.from).toBe('police');
  });

  it('keeps a blank screen in front of the ringing: the first key only brings the picture back', () => {
    const s = callSession();
    run(s, next, next, { kind: 'screen', screen: 'black' }, next);
    expect(s.screen).toBe('normal');
    expect(s.view().ringing?.from).toBe('ines');
  });

  it('round-trips while ringing, reads saves made before the ringing step, refuses a ringing with no call', () => {
    const s = callSession();
    run(s, next, next);
    const data = JSON.parse(JSON.stringify(s.data()));
    expect(data.ringing).toBe(true);
    expect(parseTrainerPart(trainerPart(data))).toEqual({ ok: true, session: data });
    const again = TrainerSession.restore(callRunner(), data);
    if (!(again instanceof TrainerSession)) throw new Error(again.kind);
    expect(again.view()).toEqual(s.view());
    run(again, next);
    expect(again.view().transcript.at(-1)).toMatchObject({ kind: 'call', from: 'ines' });

    const older = JSON.parse(JSON.stringify(s.data()));
    run(s, back);
    const before = JSON.parse(JSON.stringify(s.data()));
    delete before.ringing;
    const restored = TrainerSession.restore(callRunner(), before);
    expect(restored).toBeInstanceOf(TrainerSession);
    expect((restored as TrainerSession).view().ringing).toBeNull();

    expect(parseTrainerPart(trainerPart({ ...older, ringing: 'oui' })).ok).toBe(false);
    expect(TrainerSession.restore(callRunner(), { ...before, shown: 1, ringing: true })).toMatchObject({ kind: 'corrupted' });
  });
});
