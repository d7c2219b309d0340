// Accessibility on every screen (issue 16, items 10, 11, 12 and 18): axe-core (WCAG 2.2 AA) finds
// nothing, each screen has one <main> and one h1, the focus lands on the new screen's heading (or
// goes back to what opened a dialog), the projector's transcript announces new lines only, the map
// has one box per ending named after it, nothing scrolls sideways at 320 px, and the presenter
// notices a closed projector window.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, requireBrowserUnderCi, skip, useBrowser } from './context';
import { ARMED_CHOICE, nextStop, playToEnding } from './harness';

requireBrowserUnderCi();

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const STORAGE_KEY = 'soignants-reseaux:v1';
const FAST = { typingSpeed: 'instantane', animations: false, sound: false } as const;

/**
 * axe-core's WCAG 2.0–2.2 A and AA rules on the page as it is; `id: element` for each violation.
 * Run through the DevTools protocol (page.evaluate), which the page's own CSP does not govern.
 */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

/** What a screen-reader user meets: the main landmarks and h1s shown, and where the focus is. */
function screen(page: Page) {
  return page.evaluate(() => {
    const shown = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.checkVisibility());
    // French spacing puts no-break spaces before « ? » and « : »: compared as plain spaces.
    const text = (el: Element) => (el.textContent ?? '').replace(/[\u00A0\u202F]/g, ' ').trim();
    const a = document.activeElement;
    return {
      mains: shown('main').length,
      h1: shown('h1').map(text),
      focus: a && a !== document.body ? `${a.tagName.toLowerCase()}: ${text(a).slice(0, 60)}` : 'body',
    };
  });
}

/** The screen after `h1` became its title: one main, that one h1, and the focus on it. */
async function expectScreen(page: Page, h1: string): Promise<void> {
  await page.waitForFunction((t) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent?.replace(/[\u00A0\u202F]/g, ' ').trim() === t, h1, { timeout: 30_000 }).catch(() => undefined);
  expect(await screen(page)).toEqual({ mains: 1, h1: [h1], focus: `h1: ${h1}` });
}

/** A browser without WebGL: the game and the projector run as text. */
function noWebGL(): void {
  const real = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    if (/webgl/i.test(type)) return null;
    return (real as (...a: unknown[]) => unknown).call(this, type, ...rest);
  } as typeof real;
}

describe.skipIf(skip)('accessibility on every screen', () => {
  const web = useBrowser();

  it('a solo game: menu, settings, decision, pause, consequence, debrief, map and « Et si… ? » pass axe, each with one main and one h1, the focus on the new screen', async () => {
    const { page, errors } = await web.open({ settings: FAST });
    await expectScreen(page, 'Soignants & réseaux sociaux');
    expect(await axeViolations(page), 'menu').toEqual([]);

    await page.getByRole('button', { name: 'Réglages' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page), 'settings').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    expect(await nextStop(page)).toBe('choice');
    await page.locator(ARMED_CHOICE).first().waitFor();
    expect(await axeViolations(page), 'decision').toEqual([]);
    expect((await screen(page)).mains).toBe(1);

    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page), 'pause').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.locator(ARMED_CHOICE).first().click();
    // The consequence card of that choice, beside the phone.
    await page.locator('.side .choice-card, .side [class*="consequence"], .side article').first().waitFor();
    expect(await axeViolations(page), 'consequence').toEqual([]);

    await playToEnding(page);
    const ending = (await page.locator('article.dbf h1').textContent())!.trim();
    await expectScreen(page, ending);
    expect(await axeViolations(page), 'debrief').toEqual([]);

    // Debrief → « Votre code de résultat » (the demo has no quiz), a step of its own: its title takes
    // the focus, the debrief's is gone; back, the focus returns to the button that led there.
    await page.locator('article.dbf .dbf-header').getByRole('button', { name: 'Votre code de résultat' }).click();
    await expectScreen(page, 'Votre code de résultat');
    expect(await axeViolations(page), 'result code').toEqual([]);
    await page.locator('[data-learning-step]').getByRole('button', { name: /Retour au débriefing/ }).first().click();
    await expect.poll(() => screen(page)).toEqual({ mains: 1, h1: [ending], focus: 'button: Votre code de résultat' });

    // Debrief → map: the map's title takes the focus (it fell to <body>).
    await page.getByRole('button', { name: 'Carte des embranchements' }).click();
    await page.locator('.map-svg g[data-node]').first().waitFor();
    await expectScreen(page, 'Carte des embranchements');
    expect(await axeViolations(page), 'map').toEqual([]);

    // One box per ending, each named after its ending (there was one per option leading to an
    // ending, all called « Choisir pour « Et si… ? » »).
    const endings = await page.locator('.map-svg g[data-ending]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-ending')));
    const boxes = page.getByRole('checkbox');
    expect(await boxes.evaluateAll((els) => els.map((e) => e.getAttribute('data-ending')).sort())).toEqual([...endings].sort());
    const names = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    const titles = await page.locator('.map-list-ending strong').allTextContents();
    expect(new Set(names).size).toBe(endings.length);
    for (const name of names) expect(titles.some((t) => name.includes(t.replace(/^Fin\s*:\s*/, '').trim()))).toBe(true);

    // Map → « Et si… ? » → close → map: the focus follows each time.
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.locator('[data-action="compare"]').click();
    await page.locator('.cmp').waitFor();
    await expectScreen(page, 'Et si… ?');
    expect(await axeViolations(page), 'compare').toEqual([]);
    await page.getByRole('button', { name: 'Fermer la comparaison' }).click();
    await page.locator('.map-svg g[data-node]').first().waitFor();
    await expectScreen(page, 'Carte des embranchements');
    expect(errors).toEqual([]);
  });

  it('trainer mode: setup, projector and presenter pass axe; focus on each new screen and back after « Quitter la séance ? »; the transcript announces new lines only', async () => {
    const { page } = await web.open({ settings: FAST });
    await page.getByRole('button', { name: 'Animer une séance' }).click();
    await page.getByRole('heading', { name: 'Animer une séance' }).waitFor();
    await expectScreen(page, 'Animer une séance');
    expect(await axeViolations(page), 'trainer setup').toEqual([]);

    await page.getByRole('button', { name: 'Commencer la séance' }).click();
    await page.locator('.pj-root').waitFor();
    const title = (await page.locator('.pj-header h1').textContent())!.trim();
    await expectScreen(page, title);
    expect(await axeViolations(page), 'projector').toEqual([]);

    const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.locator('.ps-root[data-phase]').waitFor();
    expect(await screen(presenter)).toMatchObject({ mains: 1, h1: ['Vue présentateur'] });

    // Counts what the live region would announce: nodes added to or removed from the transcript.
    await page.evaluate(() => {
      const w = window as unknown as { __tr: { added: number; removed: number } };
      w.__tr = { added: 0, removed: 0 };
      new MutationObserver((records) => {
        for (const r of records) {
          w.__tr.added += r.addedNodes.length;
          w.__tr.removed += r.removedNodes.length;
        }
      }).observe(document.querySelector('.pj-transcript')!, { childList: true, subtree: true, characterData: true });
    });
    const changes = () => page.evaluate(() => {
      const w = window as unknown as { __tr: { added: number; removed: number } };
      const now = { ...w.__tr };
      w.__tr = { added: 0, removed: 0 };
      return now;
    });
    for (let i = 0; i < 12 && (await page.locator('.pj-root[data-phase="vote"]').count()) === 0; i++) {
      const lines = await page.locator('.pj-transcript > *').count();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(([n]) => document.querySelector('.pj-root[data-phase="vote"]') || document.querySelectorAll('.pj-transcript > *').length !== n, [lines], { timeout: 30_000 });
    }
    await page.locator('.pj-root[data-phase="vote"]').waitFor();
    await presenter.locator('.ps-root[data-phase="vote"]').waitFor();
    await changes();
    // Three votes: the transcript does not change, so nothing is read again.
    for (const key of ['1', '2', '1']) await page.keyboard.press(key);
    await presenter.locator('.ps-votes h2', { hasText: '3 votes' }).waitFor();
    expect(await changes()).toEqual({ added: 0, removed: 0 });

    expect(await axeViolations(page), 'projector (vote)').toEqual([]);
    expect(await axeViolations(presenter), 'presenter (vote)').toEqual([]);

    // Escape, then Escape on « Quitter la séance ? »: the focus comes back to the window (it fell to <body>).
    await page.locator('.pj-header h1').focus();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect((await screen(page)).focus).toBe(`h1: ${title}`);
  });

  it('the presenter notices a closed projector window and offers « Rouvrir la projection », which resumes the session', async () => {
    const context = await web.browser.newContext({ viewport: { width: 1024, height: 700 } });
    try {
      await context.addInitScript(([key]) => {
        if (!localStorage.getItem(key!)) localStorage.setItem(key!, JSON.stringify({ version: 1, settings: { sound: false, volume: 0.7, textScale: 1, animations: false, typingSpeed: 'instantane', feedback: 'immediat' }, progress: {}, games: {}, trainer: null }));
      }, [STORAGE_KEY]);
      const projector = await context.newPage();
      await projector.goto(`${baseUrl}/?mode=formateur&scenario=demo&role=etudiant`);
      await projector.locator('.pj-root[data-phase="story"]').waitFor();
      await projector.keyboard.press('ArrowRight');
      const [presenter] = await Promise.all([context.waitForEvent('page'), projector.keyboard.press('p')]);
      await presenter.locator('.ps-root[data-phase]').waitFor();
      const reopen = presenter.getByRole('button', { name: 'Rouvrir la projection' });
      expect(await reopen.isVisible()).toBe(false);

      await projector.close();
      await reopen.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await presenter.getByRole('alert').filter({ hasText: 'fenêtre de projection est fermée' }).isVisible()).toBe(true);
      expect(await axeViolations(presenter), 'presenter, projector closed').toEqual([]);

      const [again] = await Promise.all([context.waitForEvent('page'), reopen.click()]);
      await again.locator('.pj-root[data-phase]').waitFor();
      // The same session, where it was: one step shown, and the notice gone.
      expect(new URL(again.url()).searchParams.get('mode')).toBe('formateur');
      await reopen.waitFor({ state: 'hidden', timeout: 30_000 });
      expect(await presenter.locator('.ps-root').getAttribute('data-phase')).toBe('story');
    } finally {
      await context.close();
    }
  });

  it('text mode (no WebGL): the game and the projector pass axe', async () => {
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      await context.addInitScript(noWebGL);
      await context.addInitScript(([key]) => {
        if (!localStorage.getItem(key!)) localStorage.setItem(key!, JSON.stringify({ version: 1, settings: { sound: false, volume: 0.7, textScale: 1, animations: false, typingSpeed: 'instantane', feedback: 'immediat' }, progress: {}, games: {}, trainer: null }));
      }, [STORAGE_KEY]);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/?demo`);
      await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
      await page.getByText('WebGL indisponible').waitFor();
      await nextStop(page);
      await page.locator(ARMED_CHOICE).first().waitFor();
      expect(await axeViolations(page), 'text-mode game').toEqual([]);

      const projector = await context.newPage();
      await projector.goto(`${baseUrl}/?mode=formateur&scenario=demo&role=etudiant`);
      await projector.locator('.pj-root[data-display="texte"]').waitFor();
      for (let i = 0; i < 3; i++) await projector.keyboard.press('ArrowRight');
      await projector.locator('.pj-transcript > *').first().waitFor();
      expect(await axeViolations(projector), 'text-mode projector').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('at 320 px wide nothing scrolls sideways: the menu at 200 % text, the projector and the presenter', async () => {
    const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const { page } = await web.open({ width: 320, height: 640, settings: { ...FAST, textScale: 2 } });
    await page.locator('#menu').waitFor();
    expect(await sideways(page), 'menu').toBeLessThanOrEqual(0);

    const context = await web.browser.newContext({ viewport: { width: 320, height: 640 } });
    try {
      const projector = await context.newPage();
      await projector.goto(`${baseUrl}/?mode=formateur&scenario=demo&role=etudiant`);
      await projector.locator('.pj-root[data-phase="story"]').waitFor();
      const [presenter] = await Promise.all([context.waitForEvent('page'), projector.keyboard.press('p')]);
      await presenter.setViewportSize({ width: 320, height: 640 });
      for (let i = 0; i < 12 && (await projector.locator('.pj-root[data-phase="vote"]').count()) === 0; i++) await projector.keyboard.press('ArrowRight');
      await projector.locator('.pj-root[data-phase="vote"]').waitFor();
      await presenter.locator('.ps-root[data-phase="vote"]').waitFor();
      expect(await sideways(projector), 'projector').toBeLessThanOrEqual(0);
      expect(await sideways(presenter), 'presenter').toBeLessThanOrEqual(0);
      // The projector's options are whole inside the window, not cut at its right edge.
      const cut = await projector.locator('.pj-panel li, .pj-panel [data-option]').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().right > innerWidth + 1).length);
      expect(cut, 'projector options past the right edge').toBe(0);
    } finally {
      await context.close();
    }
  });
});
