// A whole game with the keyboard alone: Tab to the controls, Enter, digits for choices,
// Escape for the menu.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compiled } from '../helpers';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { choiceButtons, nextStop, phoneAtRest } from './harness';

requireBrowserUnderCi();

interface Seen {
  index: number;
  ok: boolean;
  rect: { top: number; left: number; width: number; height: number };
}

/** The focused choice: which option it is, and whether it is in full view and on top where it is. */
async function focusedChoice(page: Page): Promise<Seen | null> {
  return page.evaluate(() => {
    const b = document.activeElement;
    if (!(b instanceof HTMLButtonElement) || !b.classList.contains('choice')) return null;
    const r = b.getBoundingClientRect();
    const inside = r.width >= 8 && r.height >= 8 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { index: Number(b.dataset.index), ok: inside && (hit === b || b.contains(hit)), rect: { top: r.top, left: r.left, width: r.width, height: r.height } };
  });
}

/** How many options are, before any focus, kept as a strip (their control scrolled out of view). */
async function strips(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('[aria-label="Vos choix"] button')].filter((b) => b.getBoundingClientRect().height < 8).length);
}

/**
 * Tab from the first option to the last, then Shift+Tab back to the first (focus is on the first
 * when the decision opens): each focused option must be seen. Returns the options not seen.
 */
async function tabThrough(page: Page): Promise<Seen[]> {
  const n = await choiceButtons(page).count();
  const bad: Seen[] = [];
  const check = async (expected: number) => {
    let f = await focusedChoice(page);
    // The phone scrolls the focused option into view and lays its button there on its next frames:
    // waited for, frame by frame (beside two CPU burners the first read came before that frame).
    for (const until = Date.now() + 15_000; f && f.index === expected && !f.ok && Date.now() < until;) {
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(0)))');
      f = await focusedChoice(page);
    }
    expect(f?.index).toBe(expected);
    if (!f!.ok) bad.push(f!);
  };
  for (let i = 1; i < n; i++) {
    await page.keyboard.press('Tab');
    await check(i);
  }
  for (let i = n - 2; i >= 0; i--) {
    await page.keyboard.press('Shift+Tab');
    await check(i);
  }
  return bad;
}

describe.skipIf(skip)('keyboard only', () => {
  const web = useBrowser();

  it('plays the demo to an ending without a mouse (Tab, Shift+Tab, Enter, digits, Escape)', async () => {
    const g = await web.open({ settings: { typingSpeed: 'instantane' } });
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

  describe('focus on a choice is always in view (360×640, text at 200 %)', () => {
    // Options met as a strip before their focus: the stories must have some, or nothing was tested.
    let hidden = 0;
    for (const [title, id] of [['La demande d.ami', 'demande-ami'], ['Le groupe de l.équipe', 'groupe-whatsapp'], ['Les photos', 'photos-patients']] as const) {
      it(`${id}: Tab onto an option scrolled out of view brings it back under the focus`, async () => {
        const g = await web.open({ width: 360, height: 640, settings: { typingSpeed: 'instantane', textScale: 2 } });
        const { page } = g;
        await page.getByRole('button', { name: new RegExp(`^Jouer : ${title}`) }).click();
        for (let turn = 0; turn < 6; turn++) {
          if ((await nextStop(page)) === 'ending') break;
          await phoneAtRest(page);
          hidden += await strips(page);
          expect({ turn, bad: await tabThrough(page) }).toEqual({ turn, bad: [] });
          await page.keyboard.press('1');
        }
        expect(g.errors).toEqual([]);
        await page.context().close();
      });
    }
    it('met options scrolled out of view', () => {
      expect(hidden).toBeGreaterThan(0);
    });

    /** Opens « Qui peut lire ? » from the keyboard, then Tabs through every option under the open sheet. */
    async function membersOpenTabThrough(page: Page): Promise<void> {
      const sheetOpen = async () => (await page.evaluate(() => (window as unknown as { __soignantsPhone: { texts(): string[] } }).__soignantsPhone.texts())).some((t) => /^Qui peut lire\s?\?$/.test(t));
      await page.getByRole('button', { name: 'Qui peut lire ?' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(sheetOpen).toBe(true);
      // From « Qui peut lire ? » to the first option, then through all of them and back.
      await page.keyboard.press('Tab');
      expect(await focusedChoice(page)).toMatchObject({ index: 0, ok: true });
      expect(await tabThrough(page)).toEqual([]);
      // The sheet is still open: the options were not shown by closing it.
      expect(await sheetOpen()).toBe(true);
    }

    it('groupe-whatsapp: with « Qui peut lire ? » open, every option is reachable and seen on focus', async () => {
      const g = await web.open({ width: 360, height: 640, settings: { typingSpeed: 'instantane', textScale: 2 } });
      const { page } = g;
      await page.getByRole('button', { name: /^Jouer : Le groupe de l.équipe/ }).click();
      const members = page.getByRole('button', { name: 'Qui peut lire ?' });
      let found = false;
      for (let turn = 0; turn < 10 && !found; turn++) {
        expect(await nextStop(page)).toBe('choice');
        await phoneAtRest(page);
        if (await members.isVisible()) found = true;
        else await page.keyboard.press('1');
      }
      expect(found).toBe(true);
      await membersOpenTabThrough(page);
      // At 200 % the sheet's explanation wraps onto several lines: the member rows start under it.
      type Box = { text: string; x: number; y: number; w: number; h: number };
      const boxes = (await page.evaluate(() => (window as unknown as { __soignantsPhone: { textBoxes(): Box[] } }).__soignantsPhone.textBoxes())) as Box[];
      const why = boxes.find((b) => /peuvent lire, copier/.test(b.text))!;
      const you = boxes.filter((b) => b.text === 'Vous' && b.y > why.y);
      expect(why).toBeTruthy();
      expect(you.length).toBeGreaterThan(0);
      expect(you[0]!.y).toBeGreaterThanOrEqual(why.y + why.h);
      // Escape closes the sheet, not the game: the pause menu opens only on a second Escape.
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await page.evaluate(() => (window as unknown as { __soignantsPhone: { texts(): string[] } }).__soignantsPhone.texts())).some((t) => /^Qui peut lire\s?\?$/.test(t))).toBe(false);
      expect(await page.locator('dialog.pause[open]').count()).toBe(0);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('dialog.pause[open]').count()).toBe(1);
      expect(g.errors).toEqual([]);
      await page.context().close();
    });

    // Seven long options: more than the phone's height once the sheet hides their drawn controls.
    it('a group decision with seven options: with « Qui peut lire ? » open, each is reachable and seen on focus', async () => {
      const g = await web.open({ width: 360, height: 640, settings: { typingSpeed: 'instantane', textScale: 2 } });
      const { page } = g;
      const story = compiled('tests/fixtures/group-many.ink');
      await page.route(/\/assets\/demo-[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: `export default ${JSON.stringify(story)}; export const media = [];` }));
      await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
      await nextStop(page);
      expect(await choiceButtons(page).count()).toBe(7);
      await phoneAtRest(page);
      await membersOpenTabThrough(page);
      expect(g.errors).toEqual([]);
      await page.context().close();
    });
  });
});
