// The Content-Security-Policy written into the built pages (tools/vite-plugin-csp.ts), issue 16 item
// 16: the site and the single file each go through every screen (settings, a game to its debrief,
// the branch map, « Et si… ? », « Résultats de la classe » with its bars and the trainer's sheet, the trainer's
// projector and presenter through a vote) with no `securitypolicyviolation`, and the policy is
// really there and strict: no 'unsafe-inline' for scripts nor for styles, so an injected script,
// style attribute or <style> is refused (a policy that blocked nothing because it was missing or
// allowed everything would pass the first check alone). The game's own computed styles (severity
// colours, gauge and bar widths, the map's strokes) are set through the CSSOM: they still show.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEVERITY_COLORS } from '../../src/debrief/labels';
import { makeClass, storySources } from '../../tools/class-codes';
import { baseUrl, requireBrowserUnderCi, skip, useBrowser } from './context';
import { playToEnding } from './harness';
import { openSingleFile } from './single-file-copy';

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

/** What the policy must say in every build: only the game's own files, no inline script or style but by hash. */
function expectStrict(csp: string): void {
  expect(csp).toMatch(/default-src 'self'/);
  expect(csp).not.toMatch(/unsafe-eval/);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-hashes/);
  expect(csp).toMatch(/(^|; )style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*(;|$)/);
}

/** The severity colours as the browser computes them (`rgb(…)`). */
const SEVERITY_RGB = Object.values(SEVERITY_COLORS).map((hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`);

/** A few codes of students who played « La demande d'ami », for « Résultats de la classe ». */
let classCodes = '';

/**
 * Every screen, from the menu (opened by `open(query)`), each step's violations listed under its
 * name. Checks along the way that the styles the game computes show: they were style attributes,
 * which the strict policy refuses.
 */
async function tour(page: Page, open: (query: string) => Promise<void>): Promise<Record<string, string[]>> {
  const seen: Record<string, string[]> = {};
  const step = async (name: string) => {
    seen[name] = await violations(page);
    await page.evaluate(() => ((window as unknown as { __csp: string[] }).__csp.length = 0));
  };

  await open('?demo');
  // Each scenario's card has its own colour (without its --hue, all would take the accent).
  expect(new Set(await page.locator('li.scenario').evaluateAll((lis) => lis.map((li) => getComputedStyle(li).borderTopColor))).size).toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await step('menu and settings');

  // A game to its debrief, sounds on (data: URIs, allowed by media-src).
  await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
  await playToEnding(page);
  await page.locator('article.dbf h1').waitFor();
  // The ending's severity badge has its colour, the gauges their fill.
  expect(SEVERITY_RGB).toContain(await page.locator('.dbf-severity').first().evaluate((b) => getComputedStyle(b).backgroundColor));
  expect(await page.locator('.dbf-gauge-fill').evaluateAll((fills) => fills.some((f) => f.getBoundingClientRect().width > 0))).toBe(true);
  await step('game and debrief');

  await page.getByRole('button', { name: 'Carte des embranchements' }).click();
  await page.locator('.map-svg g[data-node]').first().waitFor();
  // Each ending's card is outlined in its severity's colour.
  const strokes = await page.locator('.map-ending:not(:hover):not(:focus-visible) .map-card').evaluateAll((cards) => cards.map((c) => getComputedStyle(c).stroke));
  expect(strokes.length).toBeGreaterThan(0);
  for (const stroke of strokes) expect(SEVERITY_RGB).toContain(stroke);
  await step('branch map');

  // « Et si… ? » between two endings: each with its severity's colour.
  await page.getByRole('checkbox').nth(0).check();
  await page.getByRole('checkbox').nth(1).check();
  await page.locator('[data-action="compare"]').click();
  await page.locator('.cmp').waitFor();
  const badges = await page.locator('.cmp .dbf-severity').evaluateAll((bs) => bs.map((b) => getComputedStyle(b).backgroundColor));
  expect(badges).toHaveLength(2);
  for (const badge of badges) expect(SEVERITY_RGB).toContain(badge);
  await step('compare');

  // « Résultats de la classe », its bars, then the trainer's sheet with the class's figures.
  await open('');
  await page.getByRole('button', { name: 'Résultats de la classe' }).click();
  const cls = page.locator('[data-classroom]');
  await cls.getByLabel('Codes de résultat').fill(classCodes);
  await cls.getByRole('button', { name: 'Lire les codes' }).click();
  await cls.locator('.cls-scenario').first().waitFor();
  expect(await cls.locator('.cls-bar-fill').evaluateAll((fills) => fills.some((f) => f.getBoundingClientRect().width > 0))).toBe(true);
  await cls.getByRole('button', { name: 'Fiche formateur avec ces chiffres' }).first().click();
  await page.locator('[data-sheet] [data-class-figures]').waitFor();
  await step('class results and sheet');

  // The trainer's projector and presenter, through a vote to its consequence: the vote's chart and the gauges.
  await open('?demo');
  await page.getByRole('button', { name: 'Animer une séance' }).click();
  await page.getByRole('radio', { name: /Retour immédiat/ }).check();
  await page.getByRole('button', { name: 'Commencer la séance' }).click();
  await page.locator('.pj-root[data-phase="story"]').waitFor();
  const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('p')]);
  await presenter.locator('.ps-root[data-phase]').waitFor();
  /** What the projector shows, which each → changes (a line more, or the vote). */
  const shown = () => page.evaluate(() => `${document.querySelector('.pj-root')?.getAttribute('data-phase')} ${document.querySelector('.pj-root')?.textContent}`);
  for (let i = 0; i < 20 && (await page.locator('.pj-root[data-phase="vote"]').count()) === 0; i++) {
    const before = await shown();
    await presenter.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => `${document.querySelector('.pj-root')?.getAttribute('data-phase')} ${document.querySelector('.pj-root')?.textContent}` !== b, before, { timeout: 30_000 });
  }
  await page.locator('.pj-root[data-phase="vote"]').waitFor();
  for (const key of ['Digit1', 'Digit2', 'Digit1']) await presenter.keyboard.press(key);
  await presenter.locator('.ps-votes h2', { hasText: '3 votes' }).waitFor();
  await presenter.keyboard.press('Enter');
  await page.locator('.pj-root[data-phase="consequence"]').waitFor();
  // The vote's chart and the gauges are drawn to scale.
  expect(await page.locator('.tp-cbar').evaluateAll((bars) => bars.some((b) => b.getBoundingClientRect().width > 0))).toBe(true);
  expect(await page.locator('.tp-gauge-fill').evaluateAll((fills) => fills.some((f) => f.getBoundingClientRect().width > 0))).toBe(true);
  seen['presenter'] = await violations(presenter);
  await presenter.close();
  await step('projector');
  return seen;
}

const CLEAN = { 'menu and settings': [], 'game and debrief': [], 'branch map': [], compare: [], 'class results and sheet': [], projector: [], presenter: [] };

/** The policy holds for real: a script, a style attribute and a <style> the page did not ship are refused and reported. */
async function expectInjectionsRefused(page: Page): Promise<void> {
  const injected = await page.evaluate(() => new Promise<{ script: boolean; attribute: string; element: string }>((resolve) => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.append(s);
    const p = document.createElement('p');
    p.textContent = 'injecté';
    p.setAttribute('style', 'color: rgb(255, 0, 0)');
    const st = document.createElement('style');
    st.textContent = '.injected-by-test { color: rgb(0, 255, 0) }';
    const q = document.createElement('p');
    q.className = 'injected-by-test';
    document.head.append(st);
    document.body.append(p, q);
    setTimeout(() => resolve({
      script: (window as unknown as { __injected?: boolean }).__injected === true,
      attribute: getComputedStyle(p).color,
      element: getComputedStyle(q).color,
    }), 0);
  }));
  expect(injected.script).toBe(false);
  expect(injected.attribute).not.toBe('rgb(255, 0, 0)');
  expect(injected.element).not.toBe('rgb(0, 255, 0)');
  const reported = (await violations(page)).join('\n');
  expect(reported).toMatch(/script-src/);
  expect(reported).toMatch(/style-src-attr/);
  expect(reported).toMatch(/style-src-elem/);
}

/**
 * A page in a context of its own that records CSP violations from its first script, and the page's
 * uncaught errors; the context is closed after `fn`, passed or failed.
 */
async function withWatchedPage(browser: Browser, fn: (page: Page, errors: string[]) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await watchViolations(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await fn(page, errors);
  } finally {
    await context.close();
  }
}

describe.skipIf(skip)('Content-Security-Policy', () => {
  const web = useBrowser();
  beforeAll(() => {
    classCodes = makeClass(storySources(['demande-ami']), 6, 3).map((s) => s.code).join('\n');
  });

  it('the site: every screen (settings, a game to its debrief, the map, « Et si… ? », class results, the sheet, projector and presenter) without a violation', async () => {
    await withWatchedPage(web.browser, async (page, errors) => {
      const seen = await tour(page, async (query) => {
        await page.goto(`${baseUrl}/${query}`);
        await page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
        expectStrict(await policy(page));
      });
      expect(seen).toEqual(CLEAN);
      expect(errors).toEqual([]);
      await expectInjectionsRefused(page);
    });
  });

  it('the site: the branch map is explored in its blob: module worker, which the policy allows', async () => {
    await withWatchedPage(web.browser, async (page) => {
      await page.goto(`${baseUrl}/?demo`);
      await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
      await playToEnding(page);
      await page.getByRole('button', { name: 'Carte des embranchements' }).click();
      await page.locator('.map-svg g[data-node]').first().waitFor();
      // Not on the page after the worker was refused.
      expect(await page.evaluate('window.__soignants.explorations()')).toMatchObject({ worker: 1, page: 0 });
      expect(await violations(page)).toEqual([]);
    });
  });

  describe('the single file, opened from disk', () => {
    const single = openSingleFile('csp');

    it('its inline script and its inlined stylesheet are allowed by their hashes: every screen without a violation', async () => {
      await withWatchedPage(web.browser, async (page, errors) => {
        const seen = await tour(page, async (query) => {
          await page.goto(`${single.fileUrl}${query}`);
          await page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
          const csp = await policy(page);
          expectStrict(csp);
          expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
          expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
        });
        expect(seen).toEqual(CLEAN);
        expect(errors).toEqual([]);
        await expectInjectionsRefused(page);
      });
    });
  });
});
