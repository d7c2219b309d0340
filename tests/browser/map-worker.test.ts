// The branch map is prepared in the background (issue 17): in an ES-module worker that imports the
// page's own chunks, started once the player reads the first decision and the browser is idle —
// not at « Jouer ». Where no worker can start (a single inlined HTML file, a strict policy), the
// map is computed on the page instead and still opens.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, requireBrowserUnderCi, skip, useBrowser } from './context';
import { ARMED_CHOICE, choiceButtons, nextStop, playToEnding } from './harness';

requireBrowserUnderCi();

/** Idle callbacks wait until the test runs them (window.__runIdle()). */
async function holdIdle(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    const w = window as unknown as { requestIdleCallback: (cb: () => void) => number; __runIdle: () => number };
    w.requestIdleCallback = (cb) => held.push(cb);
    w.__runIdle = () => {
      const n = held.length;
      for (const cb of held.splice(0)) cb();
      return n;
    };
  });
}

describe.skipIf(skip)('the branch map prepared in the background', () => {
  const web = useBrowser();

  it('starts its worker when the browser is idle after the first decision, importing the page\'s chunks', async () => {
    const g = await web.open({ settings: { typingSpeed: 'instantane' } });
    await g.page.close();
    const page = await g.page.context().newPage();
    await holdIdle(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${baseUrl}/?demo`);
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    // Not nextStop: it waits for the canvas phone, which boots when the browser is idle (held here).
    await page.locator(ARMED_CHOICE).first().waitFor();
    // The first decision is shown; the browser has not been idle yet: no worker.
    expect(workers).toEqual([]);
    expect(await page.evaluate('window.__runIdle()')).toBeGreaterThan(0);
    await expect.poll(() => workers.length).toBe(1);
    expect(workers[0]).toMatch(/^blob:/);
    await choiceButtons(page).nth(1).click();
    await playToEnding(page);
    await page.getByRole('button', { name: /Carte des embranchements/ }).first().click();
    await page.waitForSelector('.map svg');
    // The exploration ran in that worker (it imports the runner chunk without running the page).
    expect(await page.evaluate('window.__soignants.explorations()')).toEqual({ worker: 1, page: 0, lastError: '' });
    // One runner chunk, shared: the worker imports the page's chunks, there is no second bundle.
    expect(new Set(scripts.filter((s) => /\/runner-[^/]*\.js$/.test(s))).size).toBe(1);
    expect(scripts.filter((s) => /worker/i.test(s))).toEqual([]);
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  it('computes the map on the page when no worker can start', async () => {
    const g = await web.open({ settings: { typingSpeed: 'instantane' } });
    await g.page.close();
    const page = await g.page.context().newPage();
    await page.addInitScript(() => {
      (window as unknown as { Worker: unknown }).Worker = class {
        constructor() {
          throw new Error('workers are blocked here');
        }
      };
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${baseUrl}/?demo`);
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    expect(await nextStop(page)).toBe('choice');
    await choiceButtons(page).nth(1).click();
    await playToEnding(page);
    await page.getByRole('button', { name: /Carte des embranchements/ }).first().click();
    await page.waitForSelector('.map svg');
    expect(await page.locator('.map-found').textContent()).toMatch(/Fins découvertes/);
    expect(await page.evaluate('window.__soignants.explorations()')).toMatchObject({ worker: 0, page: 1 });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
