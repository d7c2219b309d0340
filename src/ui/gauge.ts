// The geometry of an axis gauge, one rule for the three places that draw one (the panel beside the
// phone, the projector, the debrief): the bar grows from the centre (0) to the left for a loss,
// to the right for a gain. Pure, so a test can hold it without a page.
import { AXIS_MAX, AXIS_MIN } from '../narrative/scoring';

export interface GaugeFill {
  /** Where the bar starts, in % of the track from its left end. */
  left: number;
  /** Its length, in % of the track. */
  width: number;
  /** A loss is drawn (and coloured) as a loss. */
  side: 'neg' | 'pos';
}

export function gaugeFill(value: number): GaugeFill {
  const v = Math.max(AXIS_MIN, Math.min(AXIS_MAX, value));
  const span = AXIS_MAX - AXIS_MIN;
  return {
    left: ((Math.min(0, v) - AXIS_MIN) / span) * 100,
    width: (Math.abs(v) / span) * 100,
    side: v < 0 ? 'neg' : 'pos',
  };
}
