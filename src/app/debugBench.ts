// The bench's hooks (?bench only), a chunk of their own: a player's page never downloads them.
// See ./debug.ts, which installs them when the page is opened with ?bench.
import { PLAYER_ID, type LineStep } from '../narrative/types';
import { applyStep, initialPhone, openThread } from '../phone/model/reducer';
import type { PhoneState } from '../phone/model/state';
import type { PhoneFrame } from '../phone/display';
import type { App } from './App';

/** A group thread of `n` messages, opened, as the bench draws it. */
function syntheticThread(n: number): PhoneState {
  let s = initialPhone({ contacts: [{ id: 'lea', name: 'Léa Martin', description: '' }, { id: 'hugo', name: 'Hugo Petit', description: '' }], threads: [{ id: 'g', app: 'chat', title: 'Équipe 3B nuit', members: ['moi', 'lea', 'hugo'] }] });
  s = openThread({ ...s, screen: 'chat' }, 'g');
  for (let i = 0; i < n; i++) s = addMessage(s, i, n);
  return s;
}

function addMessage(s: PhoneState, i: number, n: number): PhoneState {
  const step: LineStep = { kind: 'message', app: 'chat', thread: 'g', from: [PLAYER_ID, 'lea', 'hugo'][i % 3]!, text: `Message ${i + 1} : ${'on se retrouve en salle de pause après la relève '.slice(0, 10 + (i * 7) % 40)}`, photo: null, time: '21:00', date: i < n / 2 ? 'lundi 3 mars' : 'mardi 4 mars' };
  return applyStep(s, step);
}

const frameOf = (state: PhoneState, typing: string | null = null): PhoneFrame => ({ state, decision: null, typing, narration: null, headsUp: null, members: false });

function frameTimes(ms: number, onFrame?: () => void): Promise<number[]> {
  return new Promise((resolve) => {
    const times: number[] = [];
    let last = performance.now();
    const end = last + ms;
    const tick = (now: number) => {
      times.push(now - last);
      last = now;
      onFrame?.();
      if (now < end) requestAnimationFrame(tick);
      else resolve(times.slice(2));
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Time spent in each of Phaser's steps (update + render) while `run` runs: unlike frame intervals,
 * which snap to multiples of the display's period (16.7 ms, 33.3 ms…), it grows smoothly with
 * the work, so a small change of load does not flip a ratio from 1.00× to 2.00×.
 */
async function stepWork<T>(game: { events: { on(e: string, f: () => void): unknown; off(e: string, f: () => void): unknown } }, run: () => Promise<T>): Promise<{ value: T; work: number[] }> {
  const work: number[] = [];
  let t0 = 0;
  const pre = () => (t0 = performance.now());
  const post = () => work.push(performance.now() - t0);
  game.events.on('prestep', pre);
  game.events.on('postrender', post);
  try {
    return { value: await run(), work };
  } finally {
    game.events.off('prestep', pre);
    game.events.off('postrender', post);
  }
}

let lastWork: number[] = [];

/** Bench: the phone's scrolling and message bursts, timed frame by frame. */
function motionBench(app: App) {
  return {
    /** Draws a thread of `n` messages on the phone and scrolls it for `ms`; returns frame times. */
    async scrollThread(n: number, ms: number): Promise<number[]> {
      const p = app.debug().phone;
      if (!p) return [];
      p.game.scene.stop('EmptyScene');
      p.game.scene.wake('PhoneScene');
      p.scene.render(frameOf(syntheticThread(n)));
      let dir = -1;
      let y = 0;
      p.keepAwake(true);
      try {
        const r = await stepWork(p.game, () => frameTimes(ms, () => {
          y += dir * 40;
          if (y < -12000 || y > 0) dir = -dir;
          p.scene.scrollBy(dir * 40);
        }));
        lastWork = r.work;
        return r.value;
      } finally {
        p.keepAwake(false);
      }
    },
    /**
     * A message burst as the game plays it: a thread of `n` messages, then `count` more, each
     * announced by the typing dots for half the interval, one every `everyMs`. Returns frame
     * times (rAF intervals) and the drawing stats of the last message.
     */
    async burst(n: number, count: number, everyMs: number): Promise<{ frames: number[]; last: { fresh: number; total: number; ms: number } | null }> {
      const p = app.debug().phone;
      if (!p) return { frames: [], last: null };
      let s = syntheticThread(n);
      p.scene.render(frameOf(s));
      let i = 0;
      const timers: ReturnType<typeof setTimeout>[] = [];
      for (let k = 0; k < count; k++) {
        timers.push(setTimeout(() => p.scene.render(frameOf(s, ['lea', 'hugo'][k % 2]!)), k * everyMs));
        timers.push(setTimeout(() => {
          s = addMessage(s, n + i++, n + count);
          p.scene.render(frameOf(s));
        }, k * everyMs + everyMs / 2));
      }
      const r = await stepWork(p.game, () => frameTimes(count * everyMs + 200));
      lastWork = r.work;
      timers.forEach(clearTimeout);
      return { frames: r.value, last: p.scene.renderStats() };
    },
  };
}

/** Bench: what one more message costs to draw, and the same measure with an empty scene. */
function drawBench(app: App) {
  return {
    /** Draws a thread of `n` messages, then the same thread with one more: what the second drawing made. */
    appendOne(n: number, typing = false): { fresh: number; total: number; ms: number } | null {
      const p = app.debug().phone;
      if (!p) return null;
      const s = syntheticThread(n);
      p.scene.trackRenders();
      p.scene.render(frameOf(s));
      p.scene.render(typing ? frameOf(s, 'lea') : frameOf(addMessage(s, n, n + 1)));
      return p.scene.renderStats();
    },
    /** The same measure with a scene that draws nothing. */
    async emptyScene(ms: number): Promise<number[]> {
      const p = app.debug().phone;
      if (!p) return [];
      p.game.scene.sleep('PhoneScene');
      p.game.scene.run('EmptyScene');
      p.keepAwake(true);
      const r = await stepWork(p.game, () => frameTimes(ms));
      lastWork = r.work;
      const t = r.value;
      p.keepAwake(false);
      p.game.scene.stop('EmptyScene');
      p.game.scene.wake('PhoneScene');
      return t;
    },
    /** Time in each Phaser step during the last scrollThread / emptyScene / burst (ms). */
    lastWork(): number[] {
      return lastWork;
    },
  };
}

/** Bench: waiting for the background work, and the heap. */
function memoryBench(app: App) {
  return {
    /** Resolves once the branch maps being prepared in the background are ready (the heap bench reads after it). */
    async settled(): Promise<void> {
      const d = app.debug();
      await Promise.allSettled([...d.explorations, d.phoneShown]);
    },
    heap(): number | null {
      const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return m ? m.usedJSHeapSize : null;
    },
  };
}

/** Every bench hook, by name. */
export function benchHooks(app: App): Record<string, (...args: never[]) => unknown> {
  return { ...motionBench(app), ...drawBench(app), ...memoryBench(app) };
}
