// Trainer mode end to end: the projector page and the presenter popup, driven by the keyboard alone.
// It serves src/trainer through Vite's dev server with a one-line page of its own, so it runs whether or
// not index.html/main.ts wire trainer mode yet (switch to the shared harness once it exists).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { CHROMIUM_ARGS } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser && process.env.CI === 'true') throw new Error(`trainer browser test: no Chromium at ${CHROMIUM} (required under CI=true)`);

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Séance</title></head>
<body style="margin:0"><div id="app"></div><script type="module">
import { startTrainerFromUrl } from '/src/trainer/index.ts';
startTrainerFromUrl(document.getElementById('app'));
</script></body></html>`;

describe.skipIf(!hasBrowser)(hasBrowser ? 'trainer mode in two windows' : `trainer mode in two windows (skipped: no Chromium at ${CHROMIUM})`, () => {
  let server: ViteDevServer;
  let browser: Browser;
  let context: BrowserContext;
  let base: string;

  beforeAll(async () => {
    const { createServer } = await import('vite');
    const { chromium } = await import('playwright-core');
    const root = path.resolve(__dirname, '../..');
    server = await createServer({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
      plugins: [{
        name: 'trainer-test-page',
        configureServer(s) {
          s.middlewares.use((req, res, next) => {
            if (!req.url?.startsWith('/seance.html')) return next();
            void s.transformIndexHtml(req.url, PAGE).then((html) => {
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              res.end(html);
            });
          });
        },
      }],
    });
    await server.listen();
    base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // SwiftShader's WebGL: the projector draws the game's Phaser phone.
      args: CHROMIUM_ARGS,
    });
    context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'fr-FR' });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** TRAINER_SHOTS=dir saves what the room sees, for a look by eye. */
  const shot = async (page: Page, name: string) => {
    if (process.env.TRAINER_SHOTS) await page.screenshot({ path: path.join(process.env.TRAINER_SHOTS, `${name}.png`) });
  };
  const votesOn = (page: Page, sel: string) => page.$$eval(sel, (els) => els.map((e) => Number((e as HTMLElement).dataset.votes)));
  const phase = (page: Page, sel: string) => page.locator(sel).getAttribute('data-phase');
  /** Every text drawn on the projector's phone now (the phone's own test hook). */
  const phoneTexts = (page: Page) => page.evaluate(() => (window as unknown as { __soignantsPhone?: { texts(): string[] } }).__soignantsPhone?.texts().join('\n') ?? '');

  it('runs a whole session: votes, reveal, black screen, back, reload, summary', async () => {
    const projector = await context.newPage();
    const errors: string[] = [];
    projector.on('pageerror', (e) => errors.push(e.message));
    await projector.goto(`${base}/seance.html?mode=formateur&scenario=demo&role=etudiant`);
    await projector.waitForSelector('.pj-root[data-phase="story"]');
    // The URL now names the session: a reload resumes it.
    expect(projector.url()).toMatch(/mode=formateur&session=[a-z0-9]+/);

    // Readable from the back: body text at least 28 px at 1920×1080.
    const size = await projector.$eval('.tp-title p', (p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);

    // « Vue présentateur » by its key.
    const [presenter] = await Promise.all([context.waitForEvent('page'), projector.keyboard.press('p')]);
    presenter.on('pageerror', (e) => errors.push(e.message));
    await presenter.waitForSelector('.ps-root[data-phase="story"]');

    // The game's phone, drawn large (most of the window's height), hidden from screen readers;
    // the transcript beside it is their copy.
    await projector.waitForSelector('.pj-root[data-display="telephone"] .pj-screen canvas');
    const box = (await projector.locator('.pj-screen canvas').boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(0.8 * 1080);
    expect(box.width).toBeGreaterThanOrEqual(400);
    expect(await projector.locator('.pj-screen canvas').getAttribute('aria-hidden')).toBe('true');
    expect(await projector.locator('.pj-transcript').getAttribute('aria-live')).toBe('polite');

    // Three lines, one key each, from the presenter.
    for (let i = 0; i < 3; i++) await presenter.keyboard.press('ArrowRight');
    await projector.waitForSelector('.pj-root[data-phase="vote"]');
    expect(await projector.locator('.tp-option .tp-num').allTextContents()).toEqual(['1', '2', '3']);
    expect(await projector.locator('.tp-consequence').count()).toBe(0);
    // The phone shows the thread and the decision's replies in the fiction; the mirror has the lines.
    await expect.poll(() => phoneTexts(projector)).toContain('Elle va comment');
    expect(await phoneTexts(projector)).toContain('Que faites-vous');
    expect(await projector.locator('.pj-transcript').textContent()).toContain('Elle va comment');
    // Back one step redraws the phone without the last message; next brings it back with the vote.
    await projector.keyboard.press('PageUp');
    await projector.waitForSelector('.pj-root[data-phase="story"]');
    await expect.poll(() => phoneTexts(projector)).not.toContain('Elle va comment');
    expect(await phoneTexts(projector)).toContain('Coucou');
    await projector.keyboard.press('PageDown');
    await projector.waitForSelector('.pj-root[data-phase="vote"]');
    await expect.poll(() => phoneTexts(projector)).toContain('Que faites-vous');

    // Show of hands: 1 ×3, 2 ×2 then Shift+2 once.
    for (const k of ['Digit1', 'Digit1', 'Digit1', 'Digit2', 'Digit2', 'Shift+Digit2']) await presenter.keyboard.press(k);
    await expect.poll(() => votesOn(presenter, '.ps-count')).toEqual([3, 1, 0]);
    await expect.poll(() => projector.locator('.tp-count').allTextContents()).toEqual(['3 votes', '1 vote', '0 vote']);
    expect(await presenter.locator('.ps-notes').textContent()).toContain('Code pénal, art. 226-13');
    await shot(projector, 'trainer-projecteur-vote');
    await shot(presenter, 'trainer-presentateur-vote');

    // Black screen from the projector's own keys, seen by the presenter; B again brings it back.
    await projector.keyboard.press('b');
    await expect.poll(() => projector.locator('.pj-blank').getAttribute('data-screen')).toBe('black');
    expect(await projector.locator('.pj-blank').isVisible()).toBe(true);
    await expect.poll(() => presenter.locator('.ps-status').textContent()).toContain('ÉCRAN NOIR');
    await projector.keyboard.press('.');
    await expect.poll(() => projector.locator('.pj-blank').isVisible()).toBe(false);

    // Reveal.
    await presenter.keyboard.press('r');
    await projector.waitForSelector('.tp-consequence');
    expect(await projector.locator('.tp-consequence .tp-feedback').textContent()).toContain('confirme l’hospitalisation');
    // The replies leave the phone with the reveal.
    await expect.poll(() => phoneTexts(projector)).not.toContain('Que faites-vous');
    expect(await projector.locator('.tp-consequence .tp-gauge').count()).toBe(4);
    await shot(projector, 'trainer-projecteur-consequence');

    // Back one step: the consequence hides, the counts stay.
    await projector.keyboard.press('PageUp');
    await projector.waitForSelector('.pj-root[data-phase="vote"]');
    await expect.poll(() => votesOn(presenter, '.ps-count')).toEqual([3, 1, 0]);

    // Reload of the projector mid-session: same decision, same counts.
    await projector.reload();
    await projector.waitForSelector('.pj-root[data-phase="vote"]');
    await expect.poll(() => projector.locator('.tp-count').allTextContents()).toEqual(['3 votes', '1 vote', '0 vote']);
    await presenter.keyboard.press('Digit1');
    await expect.poll(() => votesOn(presenter, '.ps-count')).toEqual([4, 1, 0]);

    // F5 must not reload the page (fullscreen instead).
    await projector.evaluate(() => { (window as unknown as { marker: number }).marker = 1; });
    await projector.keyboard.press('F5');
    expect(await projector.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

    // Enter reveals; then four lines to the next decision, voted on the projector's keys.
    await presenter.keyboard.press('Enter');
    await projector.waitForSelector('.pj-root[data-phase="consequence"]');
    for (let i = 0; i < 4; i++) await projector.keyboard.press('PageDown');
    await projector.waitForSelector('.pj-root[data-phase="vote"]');
    for (const k of ['Digit1', 'Digit2', 'Digit2']) await projector.keyboard.press(k);
    // A tie would refuse; here option 2 leads. Space = next = reveal.
    await projector.keyboard.press('Space');
    await projector.waitForSelector('.pj-root[data-phase="consequence"]');
    await projector.keyboard.press('ArrowRight');
    await projector.waitForSelector('.pj-root[data-phase="ending"]');
    expect(await projector.locator('.tp-ending h2').textContent()).toBe('Fin\u00A0: Le déni');
    await presenter.keyboard.press('ArrowRight');
    await projector.waitForSelector('.pj-root[data-phase="summary"]');
    await presenter.waitForSelector('.ts-summary');
    await shot(projector, 'trainer-projecteur-bilan');

    // The summary's figures, in both windows.
    for (const page of [projector, presenter]) {
      expect(await page.locator('tr[data-decision="1"][data-option="1"] .ts-votes').textContent()).toBe('4 (80\u00A0%)');
      expect(await page.locator('tr[data-decision="1"][data-option="2"] .ts-votes').textContent()).toBe('1 (20\u00A0%)');
      expect(await page.locator('tr[data-decision="2"][data-option="2"] .ts-votes').textContent()).toBe('2 (67\u00A0%)');
      expect(await page.locator('.ts-run h3').first().textContent()).toContain('8 votes');
      expect(await page.locator('.ts-run .tp-sanctions').first().textContent()).toContain('Institut de formation\u00A0: blâme');
    }
    // CSV export from the presenter.
    const [csv] = await Promise.all([presenter.waitForEvent('download'), presenter.getByRole('button', { name: 'Exporter en CSV (tableur)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^seance-demo-.*\.csv$/);

    // Esc, then the confirmation by keyboard: both windows leave the session.
    await presenter.keyboard.press('Escape');
    await presenter.waitForSelector('dialog[open]');
    await presenter.keyboard.press('Tab');
    const closed = presenter.waitForEvent('close');
    // The popup closes itself on keydown: there is no page left for the keyup.
    await presenter.keyboard.down('Enter').catch(() => undefined);
    await closed;
    await projector.waitForSelector('.tset-root');
    expect(await projector.evaluate(() => JSON.parse(localStorage.getItem('soignants-reseaux:v1') ?? '{}').trainer?.session ?? null)).toBeNull();
    expect(errors).toEqual([]);
  }, 90_000);
  it('shows the transcript alone, large, when WebGL is missing', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'fr-FR' });
    await ctx.addInitScript(() => {
      const get = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/.test(type) ? null : (get as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof get;
    });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/seance.html?mode=formateur&scenario=demo&role=etudiant`);
    await page.waitForSelector('.pj-root[data-display="texte"][data-phase="story"]');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.pj-transcript').textContent()).toContain('Coucou');
    expect(await page.locator('.pj-transcript').isVisible()).toBe(true);
    expect(await page.locator('canvas').count()).toBe(0);
    const size = await page.$eval('.pj-transcript .tr-text', (p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await shot(page, 'trainer-projecteur-texte');
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
