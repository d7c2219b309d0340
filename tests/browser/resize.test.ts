// A window resized in the middle of a game (a laptop docked to a projector, a phone turned): the
// phone settles at the size of the new window and its choices stay where a click lands.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { choiceButtons, nextStop, passQuizBefore, phoneAtRest } from './harness';

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
  const web = useBrowser();

  it('settles after a quick narrow-then-wide resize, where it was, and the choice still takes a click', async () => {
    const g = await web.open({ width: 1280, height: 720, settings: { typingSpeed: 'instantane' } });
    const { page } = g;
    await page.getByRole('button', { name: /^Jouer : La demande d.ami/ }).click();
    await passQuizBefore(page);
    await choiceButtons(page).first().waitFor();
    await phoneAtRest(page);
    const before = await boxes(page);
    // Narrow, and wide again as soon as the phone has taken the narrow size (not after a pause).
    await page.setViewportSize({ width: 390, height: 720 });
    await expect.poll(() => boxes(page)).not.toBe(before);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => boxes(page)).toBe(before);
    await phoneAtRest(page);
    // Once settled, nothing moves any more (it used to flip between two sizes forever): the loop
    // stays asleep, and the boxes stay where they were, over the next frames.
    const frames = await page.evaluate(() => (window as unknown as { __soignantsPhone: { frames(): number } }).__soignantsPhone.frames());
    const samples: string[] = [];
    for (let i = 0; i < 10; i++) {
      samples.push(await boxes(page));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(0))));
    }
    expect(new Set(samples)).toEqual(new Set([before]));
    expect(await page.evaluate(() => (window as unknown as { __soignantsPhone: { frames(): number } }).__soignantsPhone.frames())).toBe(frames);
    const name = await choiceButtons(page).first().textContent();
    await choiceButtons(page).first().click();
    expect(await nextStop(page)).toBe('choice');
    expect(await page.locator('.mirror-log').textContent()).toContain(name!.trim().slice(0, 20));
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  it('fills a narrow window with the phone, and its choices are under the finger there too', async () => {
    const g = await web.open({ width: 1280, height: 720, settings: { typingSpeed: 'instantane' } });
    const { page } = g;
    await page.getByRole('button', { name: /^Jouer : La demande d.ami/ }).click();
    await passQuizBefore(page);
    await choiceButtons(page).first().waitFor();
    await page.setViewportSize({ width: 390, height: 760 });
    await expect.poll(async () => (await page.locator('.phone-bezel').boundingBox())!.width).toBeGreaterThan(380);
    await phoneAtRest(page);
    const bezel = (await page.locator('.phone-bezel').boundingBox())!;
    expect(bezel.width).toBeGreaterThan(380);
    const b = (await choiceButtons(page).first().boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(bezel.x);
    expect(b.x + b.width).toBeLessThanOrEqual(bezel.x + bezel.width + 1);
    await choiceButtons(page).first().click();
    expect(await nextStop(page)).toBe('choice');
    expect(g.errors).toEqual([]);
    await page.context().close();
  });
});
