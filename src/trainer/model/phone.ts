// The projector's phone, rebuilt from scratch at every step: the same reducer as solo play folds
// the transcript up to the line on screen, with each choice the group made put back at its place.
// Pure (no Phaser, no DOM), so « back one step » always redraws exactly what the room saw.
import type { PhoneFrame } from '../../phone/display';
import { applyChoice, applyStep, decisionInView, decisionPlace, focusDecision, initialPhone } from '../../phone/model/reducer';
import type { PhoneState } from '../../phone/model/state';
import type { DecisionStep, LineStep, ScenarioInfo } from '../../narrative/types';
import type { Phase } from './types';
import { isVisibleLine } from './session';

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
  // The newest line stays up until the next key: a narration or a time skip as the card over
  // the phone, a notification landing over an open app as the heads-up banner.
  const last = lastVisible(p.transcript);
  if (!last) return frame;
  if (last.step.kind === 'narration' || last.step.kind === 'timeskip') return { ...frame, narration: last.step.text };
  // A banner carries the seq of the step that raised it.
  const banner = state.banners[0];
  if (banner && state.screen !== 'lock' && banner.seq === state.seq) return { ...frame, headsUp: banner };
  return frame;
}

/** Chat text in phone units (the messaging app's bubbles). */
const CHAT_TEXT_UNITS = 15;
const PHONE_UNITS_WIDE = 360;

/**
 * Text scale of the projector's phone so its message text is as large as the projector's body
 * text, within the 100–200 % the phone's layouts are made for.
 */
export function phoneTextScale(bodyPx: number, screenCssWidth: number): number {
  if (!(screenCssWidth > 0) || !(bodyPx > 0)) return 1;
  const unitPx = screenCssWidth / PHONE_UNITS_WIDE;
  return Math.min(2, Math.max(1, Math.round((bodyPx / (CHAT_TEXT_UNITS * unitPx)) * 20) / 20));
}
