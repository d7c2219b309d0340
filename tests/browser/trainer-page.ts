// Trainer mode's browser tests (trainer.test.ts, trainer-rounds.test.ts) serve src/trainer through
// Vite's dev server with a one-line page of their own at /seance.html, so they run whatever
// index.html/main.ts wire, and open the projector and its presenter popup in one 1920×1080 context.
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { useBrowser } from './context';
import { PAGE_BUDGET_MS } from './harness';
import { privateOutDir, removeBuild } from './server';

export interface TrainerWindows {
  /** The dev server's origin, e.g. http://127.0.0.1:5173 (the page is `${base}/seance.html?…`). */
  readonly base: string;
  /** The projector's context: its popups (the presenter view) open in it. */
  readonly context: BrowserContext;
  /** For a test that needs a context of its own (another window size, reduced motion). */
  readonly browser: Browser;
}

/**
 * Starts the dev server serving `page` at /seance.html and Chromium (SwiftShader's WebGL: the
 * projector draws the game's Phaser phone) before the block's tests, and stops both after them.
 */
export function openTrainerWindows(page: string): TrainerWindows {
  const web = useBrowser();
  let server: ViteDevServer | undefined;
  let context: BrowserContext | undefined;
  let base = '';
  // Its own dependency cache: browser files run two at a time, and debrief-map.test.ts starts a dev
  // server too; two servers optimizing into one node_modules/.vite at once could serve a half-written one.
  const cacheDir = privateOutDir('vite-cache');
  beforeAll(async () => {
    const { createServer } = await import('vite');
    const root = path.resolve(__dirname, '../..');
    server = await createServer({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      cacheDir,
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
      plugins: [{
        name: 'trainer-test-page',
        configureServer(s) {
          s.middlewares.use((req, res, next) => {
            if (!req.url?.startsWith('/seance.html')) return next();
            void s.transformIndexHtml(req.url, page).then((html) => {
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              res.end(html);
            });
          });
        },
      }],
    });
    await server.listen();
    base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    context = await web.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'fr-FR' });
    // A cold dev server transforms every module on the first load: under load that took over 30 s.
    context.setDefaultTimeout(PAGE_BUDGET_MS);
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeBuild(cacheDir);
  });
  return {
    get base() {
      return base;
    },
    get browser() {
      return web.browser;
    },
    get context() {
      if (!context) throw new Error('openTrainerWindows: the context opens in beforeAll, use it inside a test');
      return context;
    },
  };
}
