// Which lines of the story count as a step of the projector session. Its own module so the
// session and the phone model (which import each other's helpers) share it without a cycle.
import type { LineStep } from '../../narrative/types';

/** Lines that draw nothing on a transcript (an app opening) are skipped by « next ». */
export function isVisibleLine(step: LineStep): boolean {
  return !(step.kind === 'screen' && !step.text);
}
