// The settings a student starts with: animations on, messages typed out. Every other browser test
// types instantly or without animation, which once hid a time skip that threw when its fade ended
// and left the story stuck on « Le lendemain… » in a first game.
import { describe, expect, it } from 'vitest';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { choiceButtons, nextStop } from './harness';

requireBrowserUnderCi();

describe.skipIf(skip)('a first game with the settings a student starts with', () => {
  const web = useBrowser();

  it('goes on past a time skip with its animation: the next decision is offered', async () => {
    // Animations on as by default; typing « rapide » only to keep the test short.
    const g = await web.open({ settings: { typingSpeed: 'rapide', animations: true } });
    const { page } = g;
    await page.getByRole('button', { name: /^Jouer : La demande d.ami/ }).click();
    const log = page.locator('.mirror-log');
    let passed = false;
    for (let turn = 0; turn < 8 && !passed; turn++) {
      expect(await nextStop(page, 45_000)).toBe('choice');
      passed = /Le lendemain/.test((await log.textContent()) ?? '');
      if (!passed) await choiceButtons(page).first().click();
    }
    // Choices are offered after the skip: the lock-screen transition ended and the story went on.
    expect(passed).toBe(true);
    expect(await choiceButtons(page).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __soignantsPhone: { view(): Record<string, unknown> } }).__soignantsPhone.view().screen)).not.toBe('lock');
    expect(g.errors).toEqual([]);
    await page.context().close();
  });
});
