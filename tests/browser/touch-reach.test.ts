// On a small phone, with the largest text as with the default one, every choice must still be
// reachable by touch: a finger at the middle of each option lands on that option, whatever screen
// of the phone the story is on (a conversation, the home screen, a call, a Cercle post, a letter).
// The first screen of each kind met is saved to artifacts/screenshots/ to be looked at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { compiled } from '../helpers';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { choiceButtons, nextStop, phoneAtRest } from './harness';

requireBrowserUnderCi();

const OUT = path.resolve(import.meta.dirname, '../../artifacts/screenshots');

/** Where a finger would tap an option: its centre, if the option is there in full and on top. */
async function tapPoint(page: Page, i: number): Promise<{ x: number; y: number } | null> {
  return page.evaluate((i) => {
    const b = document.querySelectorAll<HTMLButtonElement>('[aria-label="Vos choix"] button')[i];
    if (!b) return null;
    const r = b.getBoundingClientRect();
    // A button the phone has scrolled out of view is kept as a one-pixel strip for the keyboard.
    if (r.width < 8 || r.height < 8 || r.bottom > innerHeight || r.top < 0) return null;
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    return hit === b || b.contains(hit) ? { x, y } : null;
  }, i);
}

/**
 * The options a player cannot reach with a finger: each is looked for as a player would, scrolling
 * the phone's screen (a drag, here the wheel over the canvas) down to the end and up to the top.
 */
async function unreachable(page: Page): Promise<string[]> {
  const names = await choiceButtons(page).allTextContents();
  const canvas = await page.locator('.phone-screen canvas').boundingBox();
  const out: string[] = [];
  for (let i = 0; i < names.length; i++) {
    let found = await tapPoint(page, i);
    // Down first (the answers follow the last message), then all the way up.
    for (const dy of [300, -300]) {
      for (let k = 0; k < 25 && !found; k++) {
        if (canvas) {
          await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height * 0.4);
          await page.mouse.wheel(0, dy);
          await phoneAtRest(page);
        }
        found = await tapPoint(page, i);
      }
    }
    if (!found) out.push(names[i]!);
  }
  return out;
}

/**
 * The buttons are laid for a drawing the size of the phone's screen: the canvas must be shown at
 * that size (stretched, the drawn controls would drift away from the buttons over them).
 */
async function canvasFitsScreen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const c = document.querySelector('.phone-screen canvas')!.getBoundingClientRect();
    const s = document.querySelector('.phone-screen')!.getBoundingClientRect();
    return Math.abs(c.width - s.width) <= 1 && Math.abs(c.height - s.height) <= 1;
  });
}

const screenOf = (page: Page): Promise<string> => page.evaluate(() => (window as unknown as { __soignantsPhone: { view(): { screen: string } } }).__soignantsPhone.view().screen);

/** Plays up to `turns` decisions with key 1, checking at each that every option can be tapped. */
async function playChecking(page: Page, name: string, turns: number): Promise<void> {
  const shot = new Set<string>();
  for (let turn = 0; turn < turns; turn++) {
    if ((await nextStop(page)) === 'ending') break;
    // Let the phone lay the buttons over its controls.
    await phoneAtRest(page);
    const screen = await screenOf(page);
    if (screen !== 'chat' && !shot.has(screen)) {
      shot.add(screen);
      await page.screenshot({ path: path.join(OUT, `touch-${name}-${screen}.png`) });
    }
    expect(await canvasFitsScreen(page)).toBe(true);
    const names = await choiceButtons(page).allTextContents();
    expect({ turn, screen, names, unreachable: await unreachable(page) }).toEqual({ turn, screen, names, unreachable: [] });
    await page.keyboard.press('1');
  }
}

describe.skipIf(skip)('every choice within reach of a finger', () => {
  const web = useBrowser();
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
  });

  for (const textScale of [2, 1]) {
    for (const [title, id] of [['La demande d.ami', 'demande-ami'], ['Le groupe de l.équipe', 'groupe-whatsapp'], ['Les photos', 'photos-patients']] as const) {
      it(`${id}: at 360×640 with ${textScale * 100} % text, each option of the first decisions can be tapped`, async () => {
        const g = await web.open({ width: 360, height: 640, settings: { typingSpeed: 'instantane', textScale } });
        await g.page.getByRole('button', { name: new RegExp(`^Jouer : ${title}`) }).click();
        await playChecking(g.page, `${id}-360x640-${textScale * 100}`, 8);
        expect(g.errors).toEqual([]);
        await g.page.context().close();
      });
    }

    // No scenario answers a letter yet: a story of one letter and its replies stands in for the demo.
    it(`a reply to a letter: at 360×640 with ${textScale * 100} % text, each option can be tapped`, async () => {
      const g = await web.open({ width: 360, height: 640, settings: { typingSpeed: 'instantane', textScale } });
      const story = compiled('tests/fixtures/mail-reply.ink');
      await g.page.route(/\/assets\/demo-[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: `export default ${JSON.stringify(story)}; export const media = [];` }));
      await g.page.getByRole('button', { name: /^Jouer : Démo/ }).click();
      await nextStop(g.page);
      expect(await screenOf(g.page)).toBe('mail');
      expect(await choiceButtons(g.page).count()).toBe(3);
      await playChecking(g.page, `mail-360x640-${textScale * 100}`, 1);
      expect(g.errors).toEqual([]);
      await g.page.context().close();
    });
  }
});
