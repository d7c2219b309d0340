// Bad conditions a player can meet, in the built game: no WebGL, a damaged save, damaged stored
// data. Each gets a French message and the player loses nothing else.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/storage/schema';
import { baseUrl, requireBrowserUnderCi, skip, useBrowser } from './context';
import { choiceButtons, playToEnding } from './harness';

requireBrowserUnderCi();

async function open(browser: Browser, init: (key: string) => void): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(init, STORAGE_KEY);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${baseUrl}/?demo`);
  await page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
  return { context, page, errors };
}

describe.skipIf(skip)('fallbacks', () => {
  const web = useBrowser();

  it('without WebGL, says so in French and still plays the whole story as text', async () => {
    const { context, page, errors } = await open(web.browser, (key) => {
      // What a browser without WebGL answers.
      const real = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/i.test(type)) return null;
        return (real as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof real;
      if (!localStorage.getItem(key)) {
        localStorage.setItem(key, JSON.stringify({ version: 1, settings: { sound: false, volume: 0.7, textScale: 1, animations: false, typingSpeed: 'instantane', feedback: 'immediat' }, progress: {}, games: {}, trainer: null }));
      }
    });
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    await page.getByText('WebGL indisponible').waitFor();
    expect(await page.locator('canvas').count()).toBe(0);
    await choiceButtons(page).first().waitFor();
    await playToEnding(page);
    expect(await page.locator('article.dbf h1').textContent()).toBeTruthy();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a damaged save: a French message, a clean start, and the endings already found are kept', async () => {
    const { context, page, errors } = await open(web.browser, (key) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, JSON.stringify({
        version: 1,
        settings: { sound: false, volume: 0.7, textScale: 1, animations: false, typingSpeed: 'instantane', feedback: 'immediat' },
        progress: { 'demo:etudiant': { endings: ['demo-silence'], options: ['demo-voisine:2'], plays: 1 } },
        games: { demo: { format: 'soignants-reseaux-save', version: 1, scenarioId: 'demo', role: 'etudiant', savedAt: '2026-11-29T10:00:00Z', ink: '{"flows":', history: 'abîmé' } },
        trainer: null,
      }));
    });
    await page.getByRole('button', { name: /^Reprendre : Démo/ }).click();
    // Said beside the phone, and the game really starts again (it used to leave the player on the menu).
    await page.getByRole('region', { name: 'Information sur votre partie' }).getByText(/abîmée.*recommence au début/).waitFor();
    await choiceButtons(page).first().waitFor();
    // The broken save is gone: the new game's own save replaced it.
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).games.demo, STORAGE_KEY);
    expect(saved).toMatchObject({ version: 2, role: 'etudiant', choices: [] });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Retour au menu' }).click();
    await page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
    expect(await page.locator('.menu .found').textContent()).toContain('1 en étudiant·e');
    // Resuming now resumes the new game, without the message again.
    await page.getByRole('button', { name: /^Reprendre : Démo/ }).click();
    await choiceButtons(page).first().waitFor();
    expect(await page.getByRole('region', { name: 'Information sur votre partie' }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('damaged stored data: a French notice, that part reset, the game starts', async () => {
    const { context, page, errors } = await open(web.browser, (key) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, '{"version":1,"settings":{"sound":"oui"},"progress":{"demo:etudiant":{"endings":["demo-silence"],"options":[],"plays":1}},"games":{}}');
    });
    await page.getByText('Vos réglages étaient abîmés').waitFor();
    expect(await page.locator('.menu .found').textContent()).toContain('1 en étudiant·e');
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    await choiceButtons(page).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
