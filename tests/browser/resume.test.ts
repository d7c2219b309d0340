// Reload in the middle of a game and pick it up with « Reprendre ».
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, requireBrowserUnderCi, skip } from './context';
import { choiceButtons, launch, nextStop, openGame, playToEnding } from './harness';

requireBrowserUnderCi();

describe.skipIf(skip)('autosave and resume', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('resumes the demo at the same decision after a reload', async () => {
    const g = await openGame(browser, baseUrl, { settings: { typingSpeed: 'instantane' } });
    const { page } = g;
    await page.getByRole('radio', { name: /Infirmier/ }).check();
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    await nextStop(page);
    await choiceButtons(page).first().click();
    expect(await nextStop(page)).toBe('choice');
    const before = await choiceButtons(page).allTextContents();
    await page.reload();
    await page.getByRole('button', { name: /^Reprendre : Démo/ }).click();
    expect(await nextStop(page)).toBe('choice');
    expect(await choiceButtons(page).allTextContents()).toEqual(before);
    // The phone and the mirror were rebuilt from the save, and the role was kept.
    expect(await page.getByRole('log').textContent()).toContain('Elle va mieux');
    await playToEnding(page);
    expect(await page.locator('article.dbf').getByText(/infirmier·e diplômé·e/i).count()).toBeGreaterThan(0);
    // A finished game is no longer offered for resuming.
    await page.locator('article.dbf').getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
    expect(await page.getByRole('button', { name: /^Reprendre : Démo/ }).count()).toBe(0);
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
    await page.context().close();
  });
});
