// The projector's phone is rebuilt from the session at every step: the same reducer as solo play,
// the group's choices put back at their place, so « back one step » redraws exactly what was seen.
import { describe, expect, it } from 'vitest';
import { compiled } from './helpers';
import { ScenarioRunner } from '../src/narrative/runner';
import { applyChoice, applyStep, focusDecision, initialPhone } from '../src/phone/model/reducer';
import { TrainerSession } from '../src/trainer/model/session';
import { phoneFrameAt, phoneStateAt, phoneTextScale, ringsAt, timeSkipAt } from '../src/trainer/model/phone';
import { readFileSync } from 'node:fs';
import type { Command } from '../src/trainer/model/types';

function session(id = 'demo', file = `stories/${id}.ink`): TrainerSession {
  const r = ScenarioRunner.load(compiled(file), id);
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

function phoneAt(s: TrainerSession) {
  const v = s.view();
  const stop = s.runner.currentStop;
  const open = v.phase === 'vote' && stop?.kind === 'decision' ? stop : null;
  return { info: s.runner.info, transcript: v.transcript, choices: s.runner.choicesMade, phase: v.phase, decision: open, ringing: v.ringing };
}
const frameOf = (s: TrainerSession) => phoneFrameAt(phoneAt(s));
const skipOf = (s: TrainerSession) => timeSkipAt(phoneAt(s));

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

  it('keeps the newest narration up as the card over the phone until the next key; a time skip is a transition', () => {
    // The real scenario opens on narration cards and crosses time skips.
    const s = session('demande-ami');
    let cards = 0;
    let skips = 0;
    for (let i = 0; i < 60 && s.phase !== 'ending'; i++) {
      if (s.phase === 'vote') run(s, { kind: 'vote', option: 0, delta: 1 });
      run(s, next);
      const v = s.view();
      const last = [...v.transcript].reverse().find((l) => l.kind !== 'screen' || l.text);
      const f = frameOf(s);
      if (v.phase === 'story' && !v.ringing && last?.kind === 'narration') {
        expect(f.narration).toBe(last.text);
        cards++;
      } else expect(f.narration).toBeNull();
      if (v.phase === 'story' && !v.ringing && last?.kind === 'timeskip') {
        // No card: the lock screen at the new time, with the skip's text played over it.
        expect(f.state.screen).toBe('lock');
        expect(f.state.time).toBe(last.time);
        expect(skipOf(s)).toEqual({ index: v.transcript.lastIndexOf(last), text: last.text });
        skips++;
      } else if (v.phase === 'story') expect(skipOf(s)).toBeNull();
    }
    expect(cards).toBeGreaterThan(1);
    expect(skips).toBeGreaterThan(1);
  });

  it('plays the time skip once it is on screen, and no more after the next line', () => {
    // demo: the time skip follows the first decision's first option.
    const s = session();
    run(s, next, next, next, { kind: 'vote', option: 0, delta: 1 }, { kind: 'reveal' }, next, next);
    expect(skipOf(s)).toBeNull();
    run(s, next);
    expect(skipOf(s)).toEqual({ index: s.view().shown - 1, text: 'Le lendemain matin…' });
    expect(frameOf(s).state).toMatchObject({ screen: 'lock', time: '07:45', date: 'vendredi 10 octobre' });
    // The skip and the vote can come in one step (the last line before a decision): still played.
    expect(timeSkipAt({ transcript: s.view().transcript, phase: 'vote', ringing: null })?.text).toBe('Le lendemain matin…');
    expect(timeSkipAt({ transcript: s.view().transcript, phase: 'consequence', ringing: null })).toBeNull();
    run(s, next);
    expect(skipOf(s)).toBeNull();
    // Back onto it: the room sees it again.
    run(s, back);
    expect(skipOf(s)?.text).toBe('Le lendemain matin…');
  });

  it('draws the ringing phone (caller, « Appel entrant ») before the call is heard, as solo play does', () => {
    const s = session('trainer-call', 'tests/fixtures/trainer-call.ink');
    run(s, next);
    const before = frameOf(s);
    // Karim's message waits on the lock screen as a notification.
    expect(before.state.screen).toBe('lock');
    expect(before.state.banners).toHaveLength(1);
    run(s, next);
    const ringing = frameOf(s);
    expect(ringing.state.screen).toBe('phone');
    expect(ringing.state.call).toMatchObject({ from: 'ines', lines: [], state: 'ringing' });
    expect(ringing.headsUp).toBeNull();
    expect(ringing.narration).toBeNull();
    // Nothing else of the phone changes while it rings: the conversations are as they were.
    expect(ringing.state.threads).toEqual(before.state.threads);
    run(s, next);
    const answered = frameOf(s);
    expect(answered.state.call).toMatchObject({ from: 'ines', state: 'active', lines: [{ from: 'ines' }] });
    run(s, back);
    expect(frameOf(s)).toEqual(ringing);
  });

  it('rings for a call that starts, never for the rest of a call nor the player\'s own lines', () => {
    const s = session('trainer-call', 'tests/fixtures/trainer-call.ink');
    const p = { info: s.runner.info, transcript: s.runner.shown, choices: s.runner.choicesMade };
    const kinds = s.runner.shown.map((l, i) => (l.kind === 'call' ? `${l.from}${ringsAt(p, i) ? ' rings' : ''}` : l.kind));
    // A time skip ends the call in progress: Inès calling again rings again.
    expect(kinds).toEqual(['screen', 'message', 'ines rings', 'ines', 'moi', 'timeskip', 'ines rings']);
  });

  it('rings the real scenarios\' calls: the cadre after her notification, the police after a time skip', () => {
    // groupe-whatsapp, played along its test plan to « La capture qui a fait le tour de Valmont ».
    const plans = JSON.parse(readFileSync('tests/plans/groupe-whatsapp.json', 'utf8')) as { role: string; ending: string; choices: string[] }[];
    const plan = plans.find((x) => x.role === 'etudiant' && x.ending === 'capture-transferee')!;
    const norm = (t: string) => t.replace(/[\u00A0\u202F]/g, ' ').replace(/’/g, "'");
    const s = session('groupe-whatsapp');
    const rang: string[] = [];
    for (let i = 0; i < 300 && s.phase !== 'ending'; i++) {
      if (s.phase === 'vote') {
        const d = s.view().decision!;
        const option = d.options.findIndex((o) => norm(o.text) === norm(plan.choices[d.number - 1]!));
        expect(option).toBeGreaterThanOrEqual(0);
        run(s, { kind: 'vote', option, delta: 1 }, { kind: 'reveal' });
        continue;
      }
      run(s, next);
      const v = s.view();
      if (v.ringing) {
        const f = frameOf(s);
        expect(f.state.call).toMatchObject({ from: v.ringing.from, state: 'ringing', lines: [] });
        rang.push(`${v.ringing.from} after ${v.transcript.at(-1)?.kind}`);
      }
    }
    expect(s.view().ending?.id).toBe('capture-transferee');
    expect(rang).toEqual(['cadre after notification', 'police after timeskip']);
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
