// The phone's opening, read from what it drew (window.__soignantsPhone.textBoxes, a debug hook):
// at normal typing speed, the lock screen's clock, date and notifications and the narrator's card,
// at a phone, a laptop, a 1920 screen and 200 % text, with no drawn text over another of its layer
// or out of its box. The phone at every decision of every scenario is checked by layout.test.ts,
// on the walks it makes anyway (tests/browser/phone-problems.ts). Screenshots go to
// test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/content/scenarios';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { skipQuizBefore } from './harness';
import { boxes, layoutProblems } from './phone-problems';

requireBrowserUnderCi();

const OUT = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const SIZES = [
  { name: '360x640', width: 360, height: 640, textScale: 1 },
  { name: '1280x720', width: 1280, height: 720, textScale: 1 },
  { name: '1920x1080', width: 1920, height: 1080, textScale: 1 },
  { name: '1280x720-200pc', width: 1280, height: 720, textScale: 2 },
] as const;
describe.skipIf(skip)('phone layout: no text collides or leaves its box', () => {
  const web = useBrowser();
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
  });

  // The opening at normal speed: the lock screen's clock, date and notifications, the narrator's card.
  for (const size of SIZES) {
    it(`the opening's lock screen and narrator's card at ${size.name}`, async () => {
      const g = await web.open({ width: size.width, height: size.height, settings: { typingSpeed: 'normal', animations: false, textScale: size.textScale } });
      const { page } = g;
      await page.locator('.scenario').nth(SCENARIOS.findIndex((s) => s.id === 'photos-patients')).getByRole('button', { name: /^Jouer/ }).click();
      const narrating = () => page.waitForFunction(() => !!document.querySelector('[data-quiz="before"] [data-action="quiz-skip"]') || (window as unknown as { __soignantsPhone?: { textBoxes(): { layer: string }[] } }).__soignantsPhone?.textBoxes().some((b) => b.layer === 'narration'), null, { timeout: 60_000 });
      await narrating();
      // « Testez-vous » first: skipped.
      if (await skipQuizBefore(page)) await narrating();
      const drawn = await boxes(page);
      await page.locator('.phone-screen').screenshot({ path: path.join(OUT, `phone-opening-${size.name}.png`) });
      // The clock, the date and a notification are drawn under the card, apart from each other.
      expect(drawn.some((b) => /^\d\d:\d\d$/.test(b.text))).toBe(true);
      expect(layoutProblems(drawn)).toEqual([]);
      expect(g.errors).toEqual([]);
      await page.context().close();
    });
  }
});
