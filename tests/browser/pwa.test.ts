// The site as an installed app: loaded once, then with the server gone and the browser offline, it
// reloads from its service worker and plays a scenario to the debrief, the map and « Et si… ? ».
// Then a new version is deployed: the player is told, and updating keeps the game in progress.
import { appendFileSync, cpSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../tools/package';
import { buildDir, requireBrowserUnderCi, skip, useBrowser } from './context';
import { choiceButtons, nextStop, playToEnding } from './harness';
import { privateOutDir, removeBuild, serveGame } from './server';

requireBrowserUnderCi();

const SETTINGS = { sound: false, volume: 0.7, textScale: 1, animations: false, typingSpeed: 'instantane', feedback: 'immediat' };

async function freshContext(browser: Browser): Promise<{ context: BrowserContext; errors: string[]; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  // The page's requests and the service worker's (precache) alike.
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', (p) => p.on('pageerror', (e) => errors.push(String(e))));
  await context.addInitScript(([s]) => {
    try {
      if (!localStorage.getItem('soignants-reseaux:v1')) {
        localStorage.setItem('soignants-reseaux:v1', JSON.stringify({ version: 1, settings: JSON.parse(s!), progress: {}, games: {}, trainer: null }));
      }
    } catch {
      /* a document without storage (an error page while offline): nothing to set up */
    }
  }, [JSON.stringify(SETTINGS)]);
  return { context, errors, requests };
}

/** Waits until the service worker has precached everything and is active. */
const installed = (page: Page) => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active));

describe.skipIf(skip)('the installable offline web app', () => {
  const web = useBrowser();
  let dir: string;

  beforeAll(() => {
    // A copy of the run's build (global-setup.ts), served by a server of this file's own: the
    // tests stop that server and deploy a « new version » into the copy.
    dir = privateOutDir('pwa');
    cpSync(buildDir, dir, { recursive: true });
  });

  afterAll(() => {
    if (dir) removeBuild(dir);
  });

  it('plays offline after one visit: every file is precached, the manifest and its icons too', async () => {
    const server = await serveGame(dir);
    const { context, errors, requests } = await freshContext(web.browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: /^Jouer : La demande d.ami/ }).waitFor();
    expect(await installed(page)).toBe(true);
    // Every file of the build but the service worker itself is in the precache, lazy chunks included.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname.slice(1));
      return urls;
    });
    const files = listFiles(dir).filter((f) => f !== 'sw.js');
    expect(files.filter((f) => !cached.includes(f))).toEqual([]);

    // The server is gone and the browser is offline.
    server.stop();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: /^Jouer : La demande d.ami/ }).waitFor();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
      const m = (await (await fetch(href)).json()) as { name: string; display: string; start_url: string; icons: { src: string; sizes: string }[] };
      const icons = await Promise.all(m.icons.map(async (i) => {
        const bmp = await createImageBitmap(await (await fetch(new URL(i.src, href))).blob());
        return { sizes: i.sizes, drawn: `${bmp.width}x${bmp.height}` };
      }));
      return { name: m.name, display: m.display, icons };
    });
    expect(manifest.name).toBe('Soignants & réseaux sociaux');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const i of manifest.icons) expect(i.drawn).toBe(i.sizes);

    await page.getByRole('radio', { name: /Étudiant/ }).check();
    await page.getByRole('button', { name: /^Jouer : La demande d.ami/ }).click();
    await playToEnding(page, (names) => names.length - 1);
    await page.locator('article.dbf h1').waitFor();
    await page.click('article.dbf [data-action="map"]');
    await page.waitForSelector('.map svg');
    expect(await page.locator('.map-found').textContent()).toMatch(/Fins découvertes\s: 1 \/ \d+/);
    await page.click('.map [data-action="close"]');
    // Each choice is folded under its summary line (the choice and its four changes): opened first.
    await page.locator('details.dbf-step > summary').first().click();
    await page.locator('.dbf-whatif summary').first().click();
    await page.locator('.dbf-whatif[open] button').first().click();
    await page.waitForSelector('.cmp');
    expect(await page.locator('.cmp-head').count()).toBe(2);
    // Trainer mode's chunk too.
    await page.goto(`${server.url}/?mode=formateur`);
    await page.getByRole('button', { name: 'Commencer la séance' }).waitFor();
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(`${server.url}/`) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    await context.close();
  });

  it('tells the player about a new version, and updating keeps the game in progress', async () => {
    const server = await serveGame(dir);
    try {
      const { context, errors } = await freshContext(web.browser);
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      expect(await installed(page)).toBe(true);
      await page.getByRole('button', { name: /^Jouer : La demande d.ami/ }).click();
      await nextStop(page);
      await choiceButtons(page).first().click();
      expect(await nextStop(page)).toBe('choice');
      const before = await choiceButtons(page).allTextContents();
      // A new version is deployed (its service worker differs), and the browser looks for it.
      appendFileSync(`${dir}/sw.js`, '\n// nouvelle version\n');
      await page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())!.update()));
      const banner = page.getByRole('region', { name: 'Mise à jour du jeu' });
      await banner.waitFor();
      expect(await banner.textContent()).toContain('Une nouvelle version est disponible');
      // Nothing reloads until the player says so: the game is still there.
      expect(await choiceButtons(page).allTextContents()).toEqual(before);
      await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Mettre à jour' }).click()]);
      // After the reload, the game goes on at the same decision, without going through the menu.
      expect(await nextStop(page)).toBe('choice');
      expect(await choiceButtons(page).allTextContents()).toEqual(before);
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      server.stop();
    }
  });
});
