// A window resized in the middle of a game (a laptop docked to a projector, a phone turned): the
// phone settles at the size of the new window and its choices stay where a click lands.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, requireBrowserUnderCi, skip } from './context';
import { choiceButtons, launch, nextStop, openGame, passQuizBefore } from './harness';

requireBrowserUnderCi();

/** The first choice's box and the phone's, rounded to the pixel. */
function boxes(page: Page): Promise<string> {
  return page.evaluate(() => {
    const r = (el: Element | null) => {
      const b = el!.getBoundingClientRect();
      return [b.x, b.y, b.width, b.height].map(Math.round).join(',');
    };
    return `${r(document.querySelector('[aria-label="Vos choix"] button'))} / ${r(document.querySelector('.phone-bezel'))}`;
  });
}

describe.skipIf(skip)('resizing the window during a game', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('settles after a quick narrow-then-wide resize, where it was, and the choice still takes a click', async () => {
    const g = await openGame(browser, baseUrl, { width: 1280, height: 720, settings: { typingSpeed: 'instantane' } });
    const { page } = g;
    await page.getByRole('button', { name: /^Jouer : La demande d.ami/ }).click();
    await passQuizBefore(page);
    await choiceButtons(page).first().waitFor();
    await page.waitForTimeout(300);
    const before = await boxes(page);
    await page.setViewportSize({ width: 390, height: 720 });
    await page.waitForTimeout(120);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForTimeout(400);
    // Once settled, nothing moves any more (it used to flip between two sizes forever).
    const samples: string[] = [];
    for (let i = 0; i < 6; i++) {
      samples.push(await boxes(page));
      await page.waitForTimeout(150);
    }
    expect(new Set(samples)).toEqual(new Set([before]));
    const name = await choiceButtons(page).first().textContent();
    await choiceButtons(page).first().click({ timeout: 5_000 });
    expect(await nextStop(page)).toBe('choice');
    expect(await page.locator('.mirror-log').textContent()).toContain(name!.trim().slice(0, 20));
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  it('fills a narrow window with the phone, and its choices are under the finger there too', async () => {
    const g = await openGame(browser, baseUrl, { width: 1280, height: 720, settings: { typingSpeed: 'instantane' } });
    const { page } = g;
    await page.getByRole('button', { name: /^Jouer : La demande d.ami/ }).click();
    await passQuizBefore(page);
    await choiceButtons(page).first().waitFor();
    await page.setViewportSize({ width: 390, height: 760 });
    await page.waitForTimeout(500);
    const bezel = (await page.locator('.phone-bezel').boundingBox())!;
    expect(bezel.width).toBeGreaterThan(380);
    const b = (await choiceButtons(page).first().boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(bezel.x);
    expect(b.x + b.width).toBeLessThanOrEqual(bezel.x + bezel.width + 1);
    await choiceButtons(page).first().click({ timeout: 5_000 });
    expect(await nextStop(page)).toBe('choice');
    expect(g.errors).toEqual([]);
    await page.context().close();
  });
});
