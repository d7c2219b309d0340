// The projector's phone is rebuilt from the session at every step: the same reducer as solo play,
// the group's choices put back at their place, so « back one step » redraws exactly what was seen.
import { describe, expect, it } from 'vitest';
import { compiled } from './helpers';
import { ScenarioRunner } from '../src/narrative/runner';
import { applyChoice, applyStep, focusDecision, initialPhone } from '../src/phone/model/reducer';
import { TrainerSession } from '../src/trainer/model/session';
import { phoneFrameAt, phoneStateAt, phoneTextScale } from '../src/trainer/model/phone';
import type { Command } from '../src/trainer/model/types';

function session(id = 'demo'): TrainerSession {
  const r = ScenarioRunner.load(compiled(`stories/${id}.ink`), id);
  if (!(r instanceof ScenarioRunner)) throw new Error(r.message);
  return TrainerSession.start(r, 'etudiant', { id: 'test-phone', now: new Date('2025-10-09T14:30:00Z') });
}

/** Applies commands; each must be accepted. */
const run = (s: TrainerSession, ...cmds: Command[]) => cmds.forEach((c) => {
  const r = s.apply(c);
  if (!r.ok) throw new Error(`${JSON.stringify(c)}: ${r.reason}`);
});
const next: Command = { kind: 'next' };
const back: Command = { kind: 'back' };

function frameOf(s: TrainerSession) {
  const v = s.view();
  const stop = s.runner.currentStop;
  const open = v.phase === 'vote' && stop?.kind === 'decision' ? stop : null;
  return phoneFrameAt({ info: s.runner.info, transcript: v.transcript, choices: s.runner.choicesMade, phase: v.phase, decision: open });
}

const chatTexts = (f: ReturnType<typeof frameOf>) => Object.values(f.state.threads).flatMap((t) => t.items.map((i) => i.text));

describe('the projector phone', () => {
  it('starts on the lock screen, then folds each line shown', () => {
    const s = session();
    expect(frameOf(s).state.screen).toBe('lock');
    expect(chatTexts(frameOf(s))).toEqual([]);
    run(s, next, next);
    const f = frameOf(s);
    expect(chatTexts(f)).toHaveLength(1);
    expect(f.decision).toBeNull();
  });

  it('draws the decision inside its app at the vote, and hides it once revealed', () => {
    const s = session();
    run(s, next, next, next);
    expect(s.phase).toBe('vote');
    const f = frameOf(s);
    expect(f.decision?.id).toBe(s.runner.currentStop?.id);
    expect(f.waiting).toBeNull();
    expect(f.state.screen).not.toBe('lock');
    run(s, { kind: 'vote', option: 0, delta: 1 }, { kind: 'reveal' });
    expect(s.phase).toBe('consequence');
    expect(frameOf(s).decision).toBeNull();
  });

  it('is the same after back one step as when the line was first shown', () => {
    const s = session();
    run(s, next, next);
    const first = frameOf(s);
    run(s, next, back);
    expect(s.phase).toBe('story');
    expect(frameOf(s)).toEqual(first);
    // And after an un-reveal: the vote's frame again, the choice taken back.
    run(s, next);
    const atVote = frameOf(s);
    run(s, { kind: 'vote', option: 1, delta: 1 }, { kind: 'reveal' }, back);
    expect(s.phase).toBe('vote');
    expect(frameOf(s)).toEqual(atVote);
  });

  it('puts the group\'s choices back where they were made, as solo play does', () => {
    const s = session();
    run(s, next, next, next, { kind: 'vote', option: 0, delta: 1 }, { kind: 'reveal' });
    for (let i = 0; i < 10 && s.phase !== 'vote' && s.phase !== 'ending'; i++) run(s, next);
    const T = s.runner.shown;
    const [choice] = s.runner.choicesMade;
    // Solo play: lines, then the decision's place in front and the option applied, then the rest.
    let solo = initialPhone(s.runner.info);
    T.slice(0, choice!.transcriptLength).forEach((st) => (solo = applyStep(solo, st)));
    solo = applyChoice(focusDecision(solo, choice!.decision), choice!.decision, choice!.decision.options[0]!);
    T.slice(choice!.transcriptLength, s.view().shown).forEach((st) => (solo = applyStep(solo, st)));
    expect(phoneStateAt({ info: s.runner.info, transcript: s.view().transcript, choices: s.runner.choicesMade })).toEqual(solo);
  });

  it('keeps the newest narration up as the card over the phone until the next key', () => {
    // The real scenario opens on narration cards and crosses time skips.
    const s = session('demande-ami');
    let cards = 0;
    for (let i = 0; i < 60 && s.phase !== 'ending'; i++) {
      if (s.phase === 'vote') run(s, { kind: 'vote', option: 0, delta: 1 });
      run(s, next);
      const v = s.view();
      const last = [...v.transcript].reverse().find((l) => l.kind !== 'screen' || l.text);
      const f = frameOf(s);
      if (v.phase === 'story' && last && (last.kind === 'narration' || last.kind === 'timeskip')) {
        expect(f.narration).toBe(last.text);
        cards++;
      } else expect(f.narration).toBeNull();
    }
    expect(cards).toBeGreaterThan(1);
  });

  it('scales its text to the projector\'s body size, within the phone\'s 100–200 %', () => {
    // 1920×1080: 28 px body text beside a phone screen about 470 px wide.
    expect(phoneTextScale(28, 470)).toBeCloseTo(1.45, 2);
    // 3840×2160: everything doubles, the scale stays.
    expect(phoneTextScale(56, 940)).toBeCloseTo(1.45, 2);
    expect(phoneTextScale(18, 900)).toBe(1);
    expect(phoneTextScale(40, 200)).toBe(2);
    expect(phoneTextScale(28, 0)).toBe(1);
  });
});
