// Taps on the canvas itself: back, threads, app icons, the home indicator, « Une réponse vous
// attend », Cercle profiles, the gallery viewer, a ringing call. Tap zones come from the phone's
// read-only hook `window.__soignantsPhone` (CSS pixels from the canvas' top-left). Screenshots of
// the new screens go to artifacts/screenshots/, at a projector size and a phone size too.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/content/scenarios';
import { baseUrl, requireBrowserUnderCi, skip } from './context';
import { choiceButtons, launch, nextStop, openGame, type OpenOptions } from './harness';

requireBrowserUnderCi();

const OUT = path.resolve(import.meta.dirname, '../../artifacts/screenshots');

interface Zone { label: string; x: number; y: number; w: number; h: number }

const zones = (page: Page): Promise<Zone[]> => page.evaluate(() => (window as unknown as { __soignantsPhone: { zones(): Zone[] } }).__soignantsPhone.zones());
const view = (page: Page): Promise<Record<string, any>> => page.evaluate(() => (window as unknown as { __soignantsPhone: { view(): Record<string, unknown> } }).__soignantsPhone.view());
const texts = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __soignantsPhone: { texts(): string[] } }).__soignantsPhone.texts());

/** Clicks the centre of the tap zone whose label matches, on the real canvas. */
async function tap(page: Page, label: string | RegExp): Promise<void> {
  const match = (z: Zone) => (typeof label === 'string' ? z.label === label : label.test(z.label));
  await page.waitForFunction((l) => {
    const re = l.startsWith('/') ? new RegExp(l.slice(1, -1)) : null;
    return (window as unknown as { __soignantsPhone?: { zones(): Zone[] } }).__soignantsPhone?.zones().some((z) => (re ? re.test(z.label) : z.label === l));
  }, typeof label === 'string' ? label : String(label));
  // The topmost zone wins, as on the phone: the last one in the list.
  const z = (await zones(page)).filter(match).pop()!;
  const box = (await page.locator('.phone-screen canvas').boundingBox())!;
  await page.mouse.click(box.x + z.x + z.w / 2, box.y + z.y + z.h / 2);
}

async function start(browser: Browser, id: string, o: OpenOptions = {}, role: 'etudiant' | 'infirmier' = 'etudiant') {
  const g = await openGame(browser, baseUrl, { settings: { typingSpeed: 'instantane', animations: false }, ...o });
  if (role === 'infirmier') await g.page.getByRole('radio', { name: /Infirmier/ }).check();
  await g.page.locator('.scenario').nth(SCENARIOS.findIndex((s) => s.id === id)).getByRole('button', { name: /^Jouer/ }).click();
  await nextStop(g.page);
  return g;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(OUT, `phone-${name}.png`) });

describe.skipIf(skip)('taps on the phone canvas', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('browses away from a waiting choice and comes back to it (demo, 1280×720)', async () => {
    const g = await start(browser, 'demo');
    const { page } = g;
    const names = await choiceButtons(page).allTextContents();
    expect((await view(page)).decision).toBe(true);
    await tap(page, 'back');
    await expect.poll(async () => (await view(page)).thread).toBeNull();
    let v = await view(page);
    expect(v.decision).toBe(false);
    expect(v.waiting.label).toBeTruthy();
    // The choice is still there, as real buttons with the same names, hidden from the drawing.
    expect(await choiceButtons(page).allTextContents()).toEqual(names);
    expect(await page.locator('.choices.choices-away').count()).toBe(1);
    await shot(page, '1280x720-waiting');
    await tap(page, 'home');
    await expect.poll(async () => (await view(page)).screen).toBe('home');
    await tap(page, 'app:mail');
    await expect.poll(async () => (await view(page)).screen).toBe('mail');
    await tap(page, 'back');
    await expect.poll(async () => (await view(page)).screen).toBe('home');
    await tap(page, 'app:chat');
    await tap(page, /^thread:/);
    await expect.poll(async () => (await view(page)).thread).toBeTruthy();
    await tap(page, 'home');
    await tap(page, 'waiting');
    await expect.poll(async () => (await view(page)).decision).toBe(true);
    v = await view(page);
    expect(v.waiting).toBeNull();
    expect(await page.locator('.choices.choices-away').count()).toBe(0);
    // Keyboard: Tab to a choice while away brings its place back too.
    await tap(page, 'home');
    await expect.poll(async () => (await view(page)).decision).toBe(false);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await choiceButtons(page).first().focus();
    await expect.poll(async () => (await view(page)).decision).toBe(true);
    await choiceButtons(page).first().click();
    expect(await nextStop(page)).toBeTruthy();
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  it('opens a friend request sender\'s profile, the player\'s own, and answers from the card (Cercle)', async () => {
    const g = await start(browser, 'demande-ami');
    const { page } = g;
    expect((await view(page)).screen).toBe('social');
    await shot(page, '1280x720-cercle-request');
    await tap(page, /^profile:(?!moi)/);
    await expect.poll(async () => (await view(page)).profile).toBeTruthy();
    const v = await view(page);
    expect(v.profile).not.toBe('moi');
    // The card's buttons are on the visitor's profile too: the choice stays in view.
    expect(v.decision).toBe(true);
    await shot(page, '1280x720-cercle-visitor');
    await tap(page, 'back');
    await expect.poll(async () => (await view(page)).profile).toBeNull();
    await tap(page, 'profile:moi');
    await expect.poll(async () => (await view(page)).profile).toBe('moi');
    expect((await view(page)).decision).toBe(false);
    await shot(page, '1280x720-cercle-profile');
    await tap(page, 'waiting');
    await expect.poll(async () => (await view(page)).profile).toBeNull();
    await page.getByRole('button', { name: 'Accepter', exact: true }).click();
    await nextStop(page);
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  it('opens a photo full-size in the gallery with its description (photos-patients)', async () => {
    const g = await start(browser, 'photos-patients');
    const { page } = g;
    await choiceButtons(page).first().click();
    await nextStop(page);
    await tap(page, 'home');
    await tap(page, 'app:gallery');
    await tap(page, 'photo:0');
    await expect.poll(async () => (await view(page)).photo).toBe(0);
    expect(await page.locator('.mirror-log').textContent()).toMatch(/Galerie, photo 1 sur \d+\s: \[Photo\s: .+\] Permet de reconnaître/);
    expect((await texts(page)).some((t) => /Permet de reconnaître/.test(t))).toBe(true);
    await shot(page, '1280x720-gallery-photo');
    await tap(page, 'back');
    await expect.poll(async () => (await view(page)).photo).toBeNull();
    // On to the publication: the composer's drafts show their audience, their photo variant, then « Publier ».
    await tap(page, 'waiting');
    for (let turn = 0; turn < 6; turn++) {
      await choiceButtons(page).first().click();
      if ((await nextStop(page)) === 'ending') break;
      const names = await choiceButtons(page).allTextContents();
      if ((await view(page)).screen === 'social' && names.some((n) => /publier/i.test(n))) {
        expect((await texts(page))).toEqual(expect.arrayContaining(['Qui peut voir votre publication ?', 'Publier']));
        await shot(page, '1280x720-composer');
        break;
      }
    }
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  it('reads a letter from the inbox (groupe-whatsapp, as a nurse writing to the head nurse)', async () => {
    const g = await start(browser, 'groupe-whatsapp', {}, 'infirmier');
    const { page } = g;
    for (let turn = 0; turn < 12 && (await view(page)).mails === 0; turn++) {
      const names = await choiceButtons(page).allTextContents();
      const i = names.findIndex((n) => /écrire à la cadre/.test(n));
      await choiceButtons(page).nth(i >= 0 ? i : names.length - 1).click();
      expect(await nextStop(page)).toBe('choice');
    }
    expect((await view(page)).mails).toBeGreaterThan(0);
    await tap(page, 'home');
    await tap(page, 'app:mail');
    await expect.poll(async () => (await view(page)).screen).toBe('mail');
    expect((await view(page)).mail).toBeNull();
    await shot(page, '1280x720-mail-inbox');
    await tap(page, /^mail:/);
    await expect.poll(async () => (await view(page)).mail).not.toBeNull();
    expect(await texts(page)).toContain('À : vous');
    await shot(page, '1280x720-mail-letter');
    await tap(page, 'back');
    await expect.poll(async () => (await view(page)).mail).toBeNull();
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  for (const [w, h, dpr] of [[3840, 2160, 1], [360, 640, 2]] as const) {
    it(`lays out and draws sharp text at ${w}×${h} (dpr ${dpr})`, async () => {
      const g = await start(browser, 'demande-ami', { width: w, height: h, dpr });
      const { page } = g;
      const box = (await page.locator('.phone-screen canvas').boundingBox())!;
      // The phone scales with the window and stays inside it.
      expect(box.height).toBeGreaterThan(h * 0.6);
      expect(box.y + box.height).toBeLessThanOrEqual(h + 1);
      // The backing store is in device pixels: one canvas pixel per screen pixel.
      const size = await page.locator('.phone-screen canvas').evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }));
      expect(Math.abs(size.w - box.width * dpr)).toBeLessThanOrEqual(2);
      await page.evaluate('window.scrollTo(0, 0)');
      await shot(page, `${w}x${h}-cercle`);
      await tap(page, /^profile:(?!moi)/);
      await expect.poll(async () => (await view(page)).profile).toBeTruthy();
      await shot(page, `${w}x${h}-visitor`);
      // Every choice is still a real button named by its text, placed over the drawn control.
      for (const b of await choiceButtons(page).all()) expect(await b.isVisible()).toBe(true);
      expect(g.errors).toEqual([]);
      await page.context().close();
    });
  }
});
