// The gauges of the panel, the projector and the debrief draw with one rule (src/ui/gauge.ts):
// a loss grows from the centre to the left in the loss colour, a gain to the right.
import { describe, expect, it } from 'vitest';
import { AXIS_MAX, AXIS_MIN } from '../src/narrative/scoring';
import { gaugeFill } from '../src/ui/gauge';

describe('gauge fill', () => {
  it('draws a loss left of the centre, as a loss', () => {
    // -5 on -10..+10: from 25 % to the centre.
    expect(gaugeFill(-5)).toEqual({ left: 25, width: 25, side: 'neg' });
  });
  it('draws a gain right of the centre, as a gain', () => {
    expect(gaugeFill(3)).toEqual({ left: 50, width: 15, side: 'pos' });
  });
  it('draws nothing at 0, and stays on the track at the ends and beyond', () => {
    expect(gaugeFill(0)).toMatchObject({ left: 50, width: 0 });
    expect(gaugeFill(AXIS_MIN)).toEqual({ left: 0, width: 50, side: 'neg' });
    expect(gaugeFill(AXIS_MAX)).toEqual({ left: 50, width: 50, side: 'pos' });
    expect(gaugeFill(AXIS_MIN - 4)).toEqual(gaugeFill(AXIS_MIN));
    expect(gaugeFill(AXIS_MAX + 4)).toEqual(gaugeFill(AXIS_MAX));
  });
});
