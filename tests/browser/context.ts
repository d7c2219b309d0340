// What each browser test file needs: the served game's URL, or why the tests are skipped.
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject, it } from 'vitest';
import { launch, openGame, PAGE_BUDGET_MS, TEST_CHROMIUM_ARGS, type GamePage, type OpenOptions } from './harness';

export const baseUrl = inject('baseUrl');
/** The folder of the game built for this run (the site, default mode), served at `baseUrl`: read it, do not change it. */
export const buildDir = inject('buildDir');
const reason = inject('skipReason');
export const skip = !baseUrl;

/** Under CI the browser tests must run: a missing browser is a failure, not a skip. */
export function requireBrowserUnderCi(): void {
  if (!skip) return;
  if (process.env.CI === 'true') {
    it('has a browser to run the browser tests', () => {
      throw new Error(reason);
    });
  } else {
    it.skip(reason, () => {});
  }
}

/** One Chromium for the tests of the describe block that calls it (see `useBrowser`). */
export interface BrowserUse {
  /** The launched browser (only once the block's first hook has run). */
  readonly browser: Browser;
  /** Opens the served game in a new context; `o` keeps each test's window size and settings in view. */
  open(o?: OpenOptions): Promise<GamePage>;
  /** A context with no game opened in it (a test that routes or seeds it first), closed after its test too. */
  newContext(o?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * Launches Chromium before the block's tests and closes it after them; every context opened with
 * `open` is closed after its test, passed or failed (a failed test no longer leaves its page
 * running beside the next ones). Replaces the launch/close copy each browser file had.
 */
export function useBrowser(): BrowserUse {
  let browser: Browser | null = null;
  const opened: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launch({ extraArgs: TEST_CHROMIUM_ARGS });
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close().catch(() => {})));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('useBrowser: the browser is launched in beforeAll, use it inside a hook or a test');
      return browser;
    },
    async open(o: OpenOptions = {}) {
      if (!browser) throw new Error('useBrowser: the browser is launched in beforeAll, use it inside a hook or a test');
      const g = await openGame(browser, baseUrl, o);
      opened.push(g.page.context());
      return g;
    },
    async newContext(o: BrowserContextOptions = {}) {
      if (!browser) throw new Error('useBrowser: the browser is launched in beforeAll, use it inside a hook or a test');
      const c = await browser.newContext(o);
      c.setDefaultTimeout(PAGE_BUDGET_MS);
      opened.push(c);
      return c;
    },
  };
}
