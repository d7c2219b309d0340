// The first minute (issue 14): a story's opening plays within a time budget whatever its length,
// and a tap (or Space/Enter) ends the wait in progress.
// Also the heads-up banners the view lays over an open app.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INTRO_MS, PhoneView, type PhoneViewDeps } from '../src/app/PhoneView';
import type { DecisionStep, LineStep, ScenarioInfo } from '../src/narrative/types';
import type { PhoneFrame, PhoneNav } from '../src/phone/display';
import { beatMs } from '../src/phone/model/typing';
import { DEFAULT_SETTINGS } from '../src/storage/schema';

const info = { id: 't', title: 'T', theme: '', durationMinutes: 5, statut: null, contacts: [], threads: [] } as unknown as ScenarioInfo;

function makeView(speed: 'normal' | 'rapide', story: ScenarioInfo = info) {
  const frames: PhoneFrame[] = [];
  let nav: ((n: PhoneNav) => void) | null = null;
  const display = {
    render: (f: PhoneFrame) => frames.push(f),
    // Every app's code is there: the opening never waits for it.
    prepare: () => Promise.resolve(),
    onNav: (cb: (n: PhoneNav) => void) => {
      nav = cb;
      return () => {};
    },
    timeSkip: async () => {},
    clear: () => {},
  };
  const mirror = { say: () => {}, setAway: () => {}, onReturn: () => () => {}, showChoices: () => {}, focusFirst: () => {}, clearChoices: () => {}, rebuild: () => {} };
  const deps = {
    info: story, display, mirror, panel: {}, bus: { emit: () => {} },
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

describe('heads-up banners', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  });
  afterEach(() => vi.useRealTimers());

  const group = {
    ...info,
    contacts: [{ id: 'chloe', name: 'Chloé Vidal', description: '' }, { id: 'sabrina', name: 'Sabrina Lopez', description: '' }],
    threads: [
      { id: 'equipe', app: 'chat', title: 'Équipe', members: ['moi', 'chloe', 'sabrina'] },
      { id: 'dm', app: 'chat', title: 'Sabrina Lopez', members: ['moi', 'sabrina'] },
    ],
  } as unknown as ScenarioInfo;
  const T = { time: '14:22', date: null };
  const says = (thread: string, from: string, text: string): LineStep => ({ kind: 'message', app: 'chat', thread, from, text, photo: null, ...T }) as LineStep;

  it('a message of another conversation slides in; once the decision opens that conversation, its banner no longer covers it', async () => {
    const { view, frames } = makeView('rapide', group);
    for (const step of [says('dm', 'moi', 'Tu peux retirer le message ?'), says('equipe', 'chloe', 'Ça me rappelle des souvenirs')]) {
      const p = view.present(step, false);
      // Two beats at this speed (before and after the message), well within the banner's time on screen.
      await vi.advanceTimersByTimeAsync(2 * beatMs('rapide'));
      await p;
    }
    // In the private conversation, the group's message comes as a banner.
    expect(frames.at(-1)!.state.thread).toBe('dm');
    expect(frames.at(-1)!.headsUp?.text).toBe('Chloé Vidal : Ça me rappelle des souvenirs');
    // The decision is the group's: the group opens, and shows that message itself.
    void view.choose({ kind: 'decision', id: 'd', app: 'chat', thread: 'equipe', options: [{ index: 0, text: 'a', action: 'reply' }] } as unknown as DecisionStep, {} as never);
    expect(frames.at(-1)!.state.thread).toBe('equipe');
    expect(frames.at(-1)!.headsUp).toBeNull();
  });
});
