// Screenshots of the phone at a phone, a laptop and a projector size, saved to
// artifacts/screenshots/ (gitignored) for a human to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type {  } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { choiceButtons, nextStop } from './harness';

requireBrowserUnderCi();

const OUT = path.resolve(import.meta.dirname, '../../artifacts/screenshots');

describe.skipIf(skip)('screenshots', () => {
  const web = useBrowser();
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
  });

  for (const [w, h] of [[360, 640], [1280, 720], [1920, 1080], [3840, 2160]] as const) {
    it(`${w}×${h}`, async () => {
      const g = await web.open({ width: w, height: h, settings: { typingSpeed: 'rapide', animations: false } });
      const { page } = g;
      await page.screenshot({ path: path.join(OUT, `${w}x${h}-menu.png`) });
      // The options' colours are the apps' gestures, not grades: the menu says so before the first game.
      expect(await page.locator('.menu-howto').isVisible()).toBe(true);
      expect(await page.locator('.menu-howto').textContent()).toContain('pas une note');
      await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
      await nextStop(page);
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: path.join(OUT, `${w}x${h}-choice.png`) });
      await choiceButtons(page).first().click();
      await nextStop(page);
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: path.join(OUT, `${w}x${h}-consequence.png`) });
      const canvas = await page.locator('.phone-screen canvas').boundingBox();
      expect(canvas!.width).toBeGreaterThan(200);
      if (w === 1280) {
        // A laptop: the phone as tall as the page allows and wide enough to read (it was a 300 px
        // strip with 12 px text), the feedback beside it at a reading width, both in the window.
        expect(canvas!.width).toBeGreaterThanOrEqual(330);
        const side = (await page.locator('.side').boundingBox())!;
        expect(side.width).toBeGreaterThanOrEqual(560);
        expect(side.x).toBeGreaterThan(canvas!.x + canvas!.width);
        expect(side.x + side.width).toBeLessThanOrEqual(w);
      }
      expect(canvas!.y + canvas!.height).toBeLessThanOrEqual(h + 1);
      expect(await page.locator('.phone-screen canvas').getAttribute('aria-hidden')).toBe('true');
      // The page around the phone scales with the window: a projector's top bar and panel are not
      // the laptop's, shrunk (rem-based layout, root size from the viewport).
      const bar = await page.locator('.topbar').boundingBox();
      const title = await page.locator('.panel-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      if (h >= 2000) {
        expect(bar!.height).toBeGreaterThan(h * 0.035);
        expect(title).toBeGreaterThan(36);
      } else {
        expect(bar!.height).toBeLessThan(60);
        expect(title).toBeLessThan(26);
      }
      expect(g.errors).toEqual([]);
      await page.context().close();
    });
  }

  // Each real scenario's first decisions at 1280×720 (to look at the other apps) are saved by
  // layout.test.ts, which walks every scenario at that size anyway, to test-results/screenshots/.
});
