// The first minute (issue 14): a story's opening plays within a time budget whatever its length,
// and a tap (or Space/Enter) ends the wait in progress.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INTRO_MS, PhoneView, type PhoneViewDeps } from '../src/app/PhoneView';
import type { DecisionStep, LineStep, ScenarioInfo } from '../src/narrative/types';
import type { PhoneFrame, PhoneNav } from '../src/phone/display';
import { DEFAULT_SETTINGS } from '../src/storage/schema';

const info = { id: 't', title: 'T', theme: '', durationMinutes: 5, statut: null, contacts: [], threads: [] } as unknown as ScenarioInfo;

function makeView(speed: 'normal' | 'rapide') {
  const frames: PhoneFrame[] = [];
  let nav: ((n: PhoneNav) => void) | null = null;
  const display = {
    render: (f: PhoneFrame) => frames.push(f),
    onNav: (cb: (n: PhoneNav) => void) => {
      nav = cb;
      return () => {};
    },
    timeSkip: async () => {},
    clear: () => {},
  };
  const mirror = { say: () => {}, setAway: () => {}, onReturn: () => () => {}, showChoices: () => {}, focusFirst: () => {}, clearChoices: () => {}, rebuild: () => {} };
  const deps = {
    info, display, mirror, panel: {}, bus: { emit: () => {} },
    settings: () => ({ ...DEFAULT_SETTINGS, typingSpeed: speed, animations: true }),
  } as unknown as PhoneViewDeps;
  return { view: new PhoneView(deps), frames, tap: () => nav?.({ kind: 'advance' }) };
}

/** A long opening: twelve paragraphs of narration (photos-patients has thirteen before its first choice). */
const opening: LineStep[] = Array.from({ length: 12 }, (_, i) => ({ kind: 'narration', text: `Paragraphe ${i} : ${'une phrase assez longue pour se lire. '.repeat(8)}` }));

describe('the opening', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('plays within its budget at normal speed, then the first decision comes', async () => {
    const { view } = makeView('normal');
    const start = performance.now();
    for (const step of opening) {
      const p = view.present(step, false);
      await vi.runOnlyPendingTimersAsync();
      await p;
    }
    expect(performance.now() - start).toBeLessThanOrEqual(INTRO_MS.normal);
    expect(INTRO_MS.normal).toBeLessThan(10_000);
  });

  it('gives the reader each card in full after the first decision', async () => {
    const { view } = makeView('normal');
    view.choose({ kind: 'decision', id: 'd', options: [{ index: 0, text: 'a' }] } as unknown as DecisionStep, {} as never);
    const start = performance.now();
    const p = view.present(opening[0]!, false);
    await vi.runOnlyPendingTimersAsync();
    await p;
    expect(performance.now() - start).toBeGreaterThan(3000);
  });

  it('moves on at a tap on the phone', async () => {
    const { view, tap } = makeView('normal');
    let done = false;
    const p = view.present(opening[0]!, false).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(false);
    tap();
    await p;
    expect(done).toBe(true);
    expect(performance.now()).toBeLessThan(200);
  });
});
