// A whole game with the keyboard alone: Tab to the controls, Enter, digits for choices,
// Escape for the menu.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, requireBrowserUnderCi, skip } from './context';
import { choiceButtons, launch, nextStop, openGame } from './harness';

requireBrowserUnderCi();

describe.skipIf(skip)('keyboard only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays the demo to an ending without a mouse (Tab, Shift+Tab, Enter, digits, Escape)', async () => {
    const g = await openGame(browser, baseUrl, { settings: { typingSpeed: 'instantane' } });
    const { page } = g;
    // Tab until the play button has focus, then Enter.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate('document.activeElement && document.activeElement.getAttribute("aria-label")');
      if (typeof name === 'string' && name.startsWith('Jouer : Démo')) break;
    }
    await page.keyboard.press('Enter');
    expect(await nextStop(page)).toBe('choice');
    // Focus lands on the first choice, whose accessible name is the choice text.
    const focused = await page.evaluate('document.activeElement.textContent');
    expect(focused).toBe(await choiceButtons(page).first().textContent());
    // Escape opens the pause menu and Escape closes it again.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Pause' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Pause' }).waitFor({ state: 'detached' });
    // First decision with the digit 1, then Tab + Enter for the next ones.
    await page.keyboard.press('1');
    let turns = 1;
    while ((await nextStop(page)) === 'choice') {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      const isChoice = await page.evaluate('document.activeElement.classList.contains("choice")');
      if (isChoice) await page.keyboard.press('Enter');
      else await page.keyboard.press('2');
      turns++;
      expect(turns).toBeLessThan(30);
    }
    await expect.poll(() => page.evaluate('document.activeElement.tagName')).toBe('H1');
    // The debrief's title has focus, and its buttons are reachable by Tab.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate('document.activeElement.textContent')) === 'Menu') break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
    await page.context().close();
  });
});
