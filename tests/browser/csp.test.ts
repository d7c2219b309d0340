// The Content-Security-Policy written into the built pages (tools/vite-plugin-csp.ts), issue 16 item
// 16: the site and the single file each play a scenario to its debrief and open the branch map
// (explored in the blob: module worker on the site, on the page in the single file) with no
// `securitypolicyviolation`, and the policy is really there and strict (a policy that blocked
// nothing because it was missing or allowed everything would pass the first check alone).
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, requireBrowserUnderCi, skip, useBrowser } from './context';
import { playToEnding } from './harness';
import { buildGame, privateOutDir, removeBuild } from './server';

requireBrowserUnderCi();

const STORAGE_KEY = 'soignants-reseaux:v1';

/** Records every CSP violation of the page (and of the popups it opens) before any script runs. */
async function watchViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(([key]) => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()));
    try {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, JSON.stringify({ version: 1, settings: { sound: true, volume: 0.7, textScale: 1, animations: false, typingSpeed: 'instantane', feedback: 'immediat' }, progress: {}, games: {}, trainer: null }));
    } catch {
      // about:blank of a popup has no storage of its own.
    }
  }, [STORAGE_KEY]);
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/** The policy the page runs under, as its <meta> says. */
const policy = (page: Page) => page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');

/** Plays the demo to its debrief (sounds on: they are data: URIs), then opens the branch map. */
async function playAndOpenMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
  await playToEnding(page);
  await page.getByRole('button', { name: 'Carte des embranchements' }).click();
  await page.locator('.map-svg g[data-node]').first().waitFor();
}

describe.skipIf(skip)('Content-Security-Policy', () => {
  const web = useBrowser();

  it('the site: a game to its debrief and the branch map (in its worker) without a violation', async () => {
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      await watchViolations(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${baseUrl}/?demo`);
      const csp = await policy(page);
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      await playAndOpenMap(page);
      // The map was explored in the blob: module worker, not on the page after the worker was refused.
      expect(await page.evaluate('window.__soignants.explorations()')).toMatchObject({ worker: 1, page: 0 });
      // The game's sounds played (synthesised into data: URIs, allowed by media-src).
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);

      // The policy holds for real: a script the page did not ship is refused and reported.
      const injected = await page.evaluate(() => new Promise<boolean>((resolve) => {
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true';
        document.head.append(s);
        setTimeout(() => resolve((window as unknown as { __injected?: boolean }).__injected === true), 0);
      }));
      expect(injected).toBe(false);
      expect((await violations(page)).join('\n')).toMatch(/script-src/);
    } finally {
      await context.close();
    }
  });

  describe('the single file, opened from disk', () => {
    let dir = '';
    let fileUrl = '';
    beforeAll(() => {
      const build = privateOutDir('csp-single');
      buildGame(build, 'singlefile');
      dir = privateOutDir('csp-usb');
      mkdirSync(dir);
      const file = path.join(dir, 'soignants-reseaux-sociaux.html');
      copyFileSync(path.join(build, 'index.html'), file);
      removeBuild(build);
      fileUrl = pathToFileURL(file).href;
    });
    afterAll(() => {
      if (dir) removeBuild(dir);
    });

    it('its inline script is allowed by its hash: a game to its debrief and the map without a violation', async () => {
      const context = await web.browser.newContext({ viewport: { width: 1280, height: 720 } });
      try {
        await watchViolations(context);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(`${fileUrl}?demo`);
        await page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
        const csp = await policy(page);
        expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
        expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
        await playAndOpenMap(page);
        expect(await violations(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
