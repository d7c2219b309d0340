// window.__soignants: read-only hooks for the browser tests and the bench. Nothing here
// changes the story; the bench hooks (?bench) draw a synthetic thread on the phone.
import type { App } from './App';
import { loadedChunks } from './lazy';

/** What tests read of the app: its screens, lazy chunks, explorations and sounds. */
function stateHooks(app: App) {
  return {
    get screen() {
      return app.debug().screen;
    },
    get phoneScreen() {
      return app.debug().phoneScreen;
    },
    get textMode() {
      return app.debug().textMode;
    },
    /** The game opened as text and the canvas phone has not taken over yet (it boots after the first choice is offered). */
    get phonePending() {
      return app.debug().phonePending;
    },
    /** The lazy chunks loaded so far (app/chunks.ts): the debrief's are fetched during the game. */
    get chunks() {
      return [...loadedChunks];
    },
    /** How many branch-map explorations ran in a worker and on the page (and the last worker error). */
    async explorations() {
      const { explorationLog } = await import('../map/exploreAsync');
      return { ...explorationLog };
    },
    /** The audio context's state and the sounds played (synthesised on first use, nothing downloaded). */
    audio() {
      return app.audio.report();
    },
  };
}

/** The bench's hooks, each of which resolves with its result: a page's evaluate awaits it anyway. */
const BENCH_HOOKS = ['scrollThread', 'burst', 'appendOne', 'emptyScene', 'lastWork', 'settled', 'heap'] as const;

function benchProxies(app: App): Record<string, (...args: unknown[]) => Promise<unknown>> {
  // Their code (./debugBench.ts) is fetched at the first call, not with the page (issue 17: bytes to the first choice).
  let loaded: Promise<Record<string, (...args: never[]) => unknown>> | null = null;
  const out: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of BENCH_HOOKS) {
    out[name] = async (...args: unknown[]) => {
      loaded ??= import('./debugBench').then((m) => m.benchHooks(app));
      return ((await loaded)[name] as (...a: unknown[]) => unknown)(...args);
    };
  }
  return out;
}

export function installDebug(app: App): void {
  const bench = new URLSearchParams(location.search).has('bench');
  // The bench's hooks only with ?bench: a player's page offers no way to drive the phone.
  // Descriptors, not a spread: a spread would read the getters once and freeze the screen's name.
  const parts = [stateHooks(app), ...(bench ? [benchProxies(app)] : [])];
  const hooks = Object.defineProperties({}, Object.assign({}, ...parts.map((p) => Object.getOwnPropertyDescriptors(p))) as PropertyDescriptorMap);
  Object.defineProperty(window, '__soignants', { value: Object.freeze(hooks), configurable: false });
}
