// The projector's phone, rebuilt from scratch at every step: the same reducer as solo play folds
// the transcript up to the line on screen, with each choice the group made put back at its place.
// Pure (no Phaser, no DOM), so « back one step » always redraws exactly what the room saw.
import type { PhoneFrame } from '../../phone/display';
import { applyChoice, applyStep, decisionInView, decisionPlace, focusDecision, initialPhone, isNewCall, ringCall } from '../../phone/model/reducer';
import type { PhoneState } from '../../phone/model/state';
import type { CallStep, DecisionStep, LineStep, ScenarioInfo } from '../../narrative/types';
import type { Phase } from './types';
import { isVisibleLine } from './lines';

/** A choice made on the current path: the runner's history entries carry exactly this. */
export interface ChoiceAt {
  decision: DecisionStep;
  optionIndex: number;
  /** Transcript length when the choice was made: the lines before it were on screen. */
  transcriptLength: number;
}

export interface PhoneAt {
  info: Pick<ScenarioInfo, 'contacts' | 'threads'>;
  /** The lines on screen, in order (the session view's transcript). */
  transcript: readonly LineStep[];
  choices: readonly ChoiceAt[];
  phase: Phase;
  /** The decision open to the vote (phase 'vote'), drawn inside its app. */
  decision: DecisionStep | null;
  /** The call ringing before its first line is heard (the session's ringing step), if any. */
  ringing?: CallStep | null;
}

/** The phone state after the lines on screen and the choices made among them. */
export function phoneStateAt(p: Omit<PhoneAt, 'phase' | 'decision'>): PhoneState {
  let s = initialPhone(p.info);
  const choices = [...p.choices].sort((a, b) => a.transcriptLength - b.transcriptLength);
  let c = 0;
  const applyChoicesAt = (i: number) => {
    while (c < choices.length && choices[c]!.transcriptLength <= i) {
      const { decision, optionIndex } = choices[c]!;
      const option = decision.options[optionIndex];
      // As in solo play: the decision's place comes to the front, then the option acts on the phone.
      s = focusDecision(s, decision);
      if (option) s = applyChoice(s, decision, option);
      c++;
    }
  };
  p.transcript.forEach((step, i) => {
    applyChoicesAt(i);
    s = applyStep(s, step);
  });
  applyChoicesAt(p.transcript.length);
  return s;
}

/**
 * Whether the line at `index` of `transcript` starts a call, given the lines and choices before it:
 * then, as on the student's phone, the phone rings (caller, « Appel entrant ») before it is heard.
 * The same test as solo play (`isNewCall` on the phone as it is just before the line).
 */
export function ringsAt(p: Omit<PhoneAt, 'phase' | 'decision' | 'ringing'>, index: number): boolean {
  const step = p.transcript[index];
  if (!step || step.kind !== 'call') return false;
  const before = phoneStateAt({ info: p.info, transcript: p.transcript.slice(0, index), choices: p.choices });
  return isNewCall(before, step);
}

/** The last line the room can see (an app opening draws nothing of its own). */
function lastVisible(transcript: readonly LineStep[]): { step: LineStep; index: number } | null {
  for (let i = transcript.length - 1; i >= 0; i--) if (isVisibleLine(transcript[i]!)) return { step: transcript[i]!, index: i };
  return null;
}

/** What the Phaser phone draws at this point of the session. */
export function phoneFrameAt(p: PhoneAt): PhoneFrame {
  let state = phoneStateAt(p);
  const frame: PhoneFrame = { state, decision: null, typing: null, narration: null, headsUp: null, members: false, waiting: null };
  if (p.phase === 'vote' && p.decision) {
    state = focusDecision(state, p.decision);
    const inView = decisionInView(state, p.decision);
    return { ...frame, state, decision: inView ? p.decision : null, waiting: inView ? null : decisionPlace(state, p.decision) };
  }
  if (p.phase !== 'story') return frame;
  // The phone rings over whatever was on screen: caller, « Appel entrant », Accepter / Refuser.
  if (p.ringing) return { ...frame, state: ringCall(state, p.ringing.from, p.ringing.time) };
  // The newest line stays up until the next key: a narration as the card over the phone, a
  // notification landing over an open app as the heads-up banner. A time skip leaves the lock
  // screen at the new time: its text is the transition played over it (timeSkipAt).
  const last = lastVisible(p.transcript);
  if (!last) return frame;
  if (last.step.kind === 'narration') return { ...frame, narration: last.step.text };
  // A banner carries the seq of the step that raised it.
  const banner = state.banners[0];
  if (banner && state.screen !== 'lock' && banner.seq === state.seq) return { ...frame, headsUp: banner };
  return frame;
}

/** The time skip the projector plays as the lock-screen transition, keyed by its transcript line. */
export interface SkipAt {
  /** Index of the `#skip` line in the transcript: the same skip is played once, not at every redraw. */
  index: number;
  text: string;
}

/**
 * The time skip that just came on screen, if the newest line is one. Also at the vote or the
 * ending, when the skip was the last line before them and came with them in the same step.
 */
export function timeSkipAt(p: Pick<PhoneAt, 'transcript' | 'phase' | 'ringing'>): SkipAt | null {
  if (p.ringing || (p.phase !== 'story' && p.phase !== 'vote' && p.phase !== 'ending')) return null;
  const last = lastVisible(p.transcript);
  return last && last.step.kind === 'timeskip' ? { index: last.index, text: last.step.text } : null;
}

/**
 * How long the projector's time skip lasts (fade in, hold, fade out to the lock screen at the new
 * time). The student's phone takes 2.2 s at normal speed; the room reads from the back of the room,
 * so the text holds a little longer. The trainer's next key ends it at once.
 */
export const PROJECTOR_SKIP_MS = 3000;

// The projector's text scale is the phone's own rule (shared with the solo page).
export { phoneTextScale } from '../../phone/model/textScale';
