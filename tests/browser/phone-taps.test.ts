// Taps on the canvas itself: back, threads, app icons, the home indicator, « Une réponse vous
// attend », Cercle profiles (with the contact's description) and its « Messages » list, the
// composer's title pinned over its drafts, the gallery viewer, a ringing call. Tap zones come from
// the phone's read-only hook `window.__soignantsPhone` (CSS pixels from the canvas' top-left), each
// named in French. Screenshots of the new screens go to artifacts/screenshots/, at a projector
// size and a phone size too.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/content/scenarios';
import { type BrowserUse, requireBrowserUnderCi, skip, useBrowser } from './context';
import { afterChoice, choiceButtons, nextStop, type OpenOptions } from './harness';

requireBrowserUnderCi();

const OUT = path.resolve(import.meta.dirname, '../../artifacts/screenshots');

interface Zone { label: string; x: number; y: number; w: number; h: number }

const zones = (page: Page): Promise<Zone[]> => page.evaluate(() => (window as unknown as { __soignantsPhone: { zones(): Zone[] } }).__soignantsPhone.zones());
const view = (page: Page): Promise<Record<string, any>> => page.evaluate(() => (window as unknown as { __soignantsPhone: { view(): Record<string, unknown> } }).__soignantsPhone.view());
const texts = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __soignantsPhone: { texts(): string[] } }).__soignantsPhone.texts());
interface Box { text: string; x: number; y: number; w: number; h: number }
const textBoxes = (page: Page): Promise<Box[]> => page.evaluate(() => (window as unknown as { __soignantsPhone: { textBoxes(): Box[] } }).__soignantsPhone.textBoxes());

/** Every tap zone on screen is named in French, as a screen reader would say it (no `back`, no `thread:id`). */
async function expectFrenchLabels(page: Page): Promise<void> {
  const labels = (await zones(page)).map((z) => z.label);
  expect(labels.length).toBeGreaterThan(0);
  for (const l of labels) expect(l, l).toMatch(/^[A-ZÀÂÉÈÊÎÔÙÛÇ«]/u);
  // French spacing: never a plain space before « : ; ! ? » or inside « ».
  for (const l of labels) expect(l, l).not.toMatch(/ [:;!?»]|« /);
}

/** Boxes that cross each other by more than a pixel either way. */
function overlapping(a: Box, b: Box): boolean {
  return Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1;
}

/**
 * Plays the options at these indices, one decision after the other, with the digit keys: on a
 * small phone at 200 % some options are below the fold, and the keys reach them all.
 */
async function play(page: Page, path: readonly number[]): Promise<void> {
  for (const i of path) {
    // `path` holds the story's option indexes: click the mirror's button in that order (the key
    // drawn on an option is its place on screen, which a composer may order otherwise).
    expect(await nextStop(page)).toBe('choice');
    const before = await choiceButtons(page).allTextContents();
    await choiceButtons(page).nth(i).click();
    await expect.poll(async () => JSON.stringify(await choiceButtons(page).allTextContents())).not.toBe(JSON.stringify(before));
    expect(await nextStop(page)).toBe('choice');
  }
}

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

async function start(web: BrowserUse, id: string, o: OpenOptions = {}, role: 'etudiant' | 'infirmier' = 'etudiant') {
  const g = await web.open({ settings: { typingSpeed: 'instantane', animations: false }, ...o });
  if (role === 'infirmier') await g.page.getByRole('radio', { name: /Infirmier/ }).check();
  await g.page.locator('.scenario').nth(SCENARIOS.findIndex((s) => s.id === id)).getByRole('button', { name: /^Jouer/ }).click();
  await nextStop(g.page);
  return g;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(OUT, `phone-${name}.png`) });

describe.skipIf(skip)('taps on the phone canvas', () => {
  const web = useBrowser();
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
  });

  it('browses away from a waiting choice and comes back to it (demo, 1280×720)', async () => {
    const g = await start(web, 'demo');
    const { page } = g;
    const names = await choiceButtons(page).allTextContents();
    expect((await view(page)).decision).toBe(true);
    await tap(page, 'Retour');
    await expect.poll(async () => (await view(page)).thread).toBeNull();
    let v = await view(page);
    expect(v.decision).toBe(false);
    expect(v.waiting.label).toBeTruthy();
    // The choice is still there, as real buttons with the same names, hidden from the drawing.
    expect(await choiceButtons(page).allTextContents()).toEqual(names);
    expect(await page.locator('.choices.choices-away').count()).toBe(1);
    await shot(page, '1280x720-waiting');
    await tap(page, 'Écran d’accueil');
    await expect.poll(async () => (await view(page)).screen).toBe('home');
    await tap(page, 'Ouvrir Courrier');
    await expect.poll(async () => (await view(page)).screen).toBe('mail');
    await tap(page, 'Retour');
    await expect.poll(async () => (await view(page)).screen).toBe('home');
    await tap(page, 'Ouvrir Bulle');
    await tap(page, /^Conversation/);
    await expect.poll(async () => (await view(page)).thread).toBeTruthy();
    await tap(page, 'Écran d’accueil');
    await tap(page, /^Une réponse vous attend/);
    await expect.poll(async () => (await view(page)).decision).toBe(true);
    v = await view(page);
    expect(v.waiting).toBeNull();
    expect(await page.locator('.choices.choices-away').count()).toBe(0);
    // Keyboard: Tab to a choice while away brings its place back too.
    await tap(page, 'Écran d’accueil');
    await expect.poll(async () => (await view(page)).decision).toBe(false);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await choiceButtons(page).first().focus();
    await expect.poll(async () => (await view(page)).decision).toBe(true);
    await choiceButtons(page).first().click();
    expect(await afterChoice(page, names)).toBe('choice');
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  it('draws the apps fetched after the phone (mails, conversations) when opened from a story that shows only Cercle before its first choice (page-pro)', async () => {
    const g = await start(web, 'page-pro');
    const { page } = g;
    await expect.poll(async () => (await view(page)).screen).toBe('social');
    // Their code comes once the first choice takes input (src/phone/apps/later.ts), not before.
    const chunks = () => page.evaluate(() => (window as unknown as { __soignants: { chunks: string[] } }).__soignants.chunks);
    // Fetched when the browser is idle, as the debrief's code is (robustness.test gives that a minute too).
    await expect.poll(chunks, { timeout: 60_000 }).toContain('phoneApps');
    await tap(page, 'Écran d’accueil');
    await tap(page, 'Ouvrir Courrier');
    // view() says what is drawn: the inbox, not the home screen left in place for want of its code.
    await expect.poll(async () => (await view(page)).screen).toBe('mail');
    expect(await texts(page)).toContain('Courrier');
    await tap(page, 'Écran d’accueil');
    await tap(page, 'Ouvrir Bulle');
    await expect.poll(async () => (await view(page)).screen).toBe('chat');
    await tap(page, /^Une réponse vous attend/);
    await expect.poll(async () => (await view(page)).decision).toBe(true);
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  it('opens a friend request sender\'s profile, the player\'s own, and answers from the card (Cercle)', async () => {
    const g = await start(web, 'demande-ami');
    const { page } = g;
    expect((await view(page)).screen).toBe('social');
    await shot(page, '1280x720-cercle-request');
    await tap(page, /^Profil d(e |’)/);
    await expect.poll(async () => (await view(page)).profile).toBeTruthy();
    const v = await view(page);
    expect(v.profile).not.toBe('moi');
    // The card's buttons are on the visitor's profile too: the choice stays in view.
    expect(v.decision).toBe(true);
    await shot(page, '1280x720-cercle-visitor');
    await tap(page, 'Retour');
    await expect.poll(async () => (await view(page)).profile).toBeNull();
    await tap(page, 'Votre profil');
    await expect.poll(async () => (await view(page)).profile).toBe('moi');
    expect((await view(page)).decision).toBe(false);
    await shot(page, '1280x720-cercle-profile');
    await tap(page, /^Une réponse vous attend/);
    await expect.poll(async () => (await view(page)).profile).toBeNull();
    await page.getByRole('button', { name: 'Accepter', exact: true }).click();
    await nextStop(page);
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  it('opens a photo full-size in the gallery with its description (photos-patients)', async () => {
    const g = await start(web, 'photos-patients');
    const { page } = g;
    await choiceButtons(page).first().click();
    await nextStop(page);
    await tap(page, 'Écran d’accueil');
    await tap(page, 'Ouvrir Galerie');
    await tap(page, /^Photo 1 sur/);
    await expect.poll(async () => (await view(page)).photo).toBe(0);
    expect(await page.locator('.mirror-log').textContent()).toMatch(/Galerie, photo 1 sur \d+\s: \[Photo\s: .+\] Permet de reconnaître/);
    expect((await texts(page)).some((t) => /Permet de reconnaître/.test(t))).toBe(true);
    await shot(page, '1280x720-gallery-photo');
    await tap(page, 'Retour');
    await expect.poll(async () => (await view(page)).photo).toBeNull();
    // On to the publication: the composer's drafts show their audience, their photo variant, then « Publier ».
    await tap(page, /^Une réponse vous attend/);
    for (let turn = 0; turn < 6; turn++) {
      await choiceButtons(page).first().click();
      if ((await nextStop(page)) === 'ending') break;
      const names = await choiceButtons(page).allTextContents();
      if ((await view(page)).screen === 'social' && names.some((n) => /publier/i.test(n))) {
        expect((await texts(page))).toEqual(expect.arrayContaining(['Qui peut voir votre publication\u202f?', 'Publier']));
        await shot(page, '1280x720-composer');
        break;
      }
    }
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  it('reads a letter from the inbox (groupe-whatsapp, as a nurse writing to the head nurse)', async () => {
    const g = await start(web, 'groupe-whatsapp', {}, 'infirmier');
    const { page } = g;
    for (let turn = 0; turn < 12 && (await view(page)).mails === 0; turn++) {
      const names = await choiceButtons(page).allTextContents();
      const i = names.findIndex((n) => /écrire à la cadre/.test(n));
      await choiceButtons(page).nth(i >= 0 ? i : names.length - 1).click();
      expect(await nextStop(page)).toBe('choice');
    }
    expect((await view(page)).mails).toBeGreaterThan(0);
    await tap(page, 'Écran d’accueil');
    await tap(page, 'Ouvrir Courrier');
    await expect.poll(async () => (await view(page)).screen).toBe('mail');
    expect((await view(page)).mail).toBeNull();
    await shot(page, '1280x720-mail-inbox');
    await tap(page, /^Courriel d(e |’)/);
    await expect.poll(async () => (await view(page)).mail).not.toBeNull();
    expect(await texts(page)).toContain('À\u00a0: vous');
    await shot(page, '1280x720-mail-letter');
    await tap(page, 'Retour');
    await expect.poll(async () => (await view(page)).mail).toBeNull();
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  // Sizes of the Cercle screens below: a laptop, a projector, and a phone with text at 200 %.
  const CERCLE_SIZES = [
    { w: 1920, h: 1080, dpr: 1, text: 1 },
    { w: 360, h: 640, dpr: 2, text: 1 },
    { w: 360, h: 640, dpr: 2, text: 2 },
  ] as const;
  const settings = (text: number) => ({ typingSpeed: 'instantane' as const, animations: false, textScale: text });

  for (const z of CERCLE_SIZES) {
    const size = `${z.w}x${z.h}${z.text > 1 ? `-text${z.text * 100}` : ''}`;

    it(`opens Cercle's « Messages » from its top bar, a conversation and back, while a reply waits (photos-patients, ${size})`, async () => {
      const g = await start(web, 'photos-patients', { width: z.w, height: z.h, dpr: z.dpr, settings: settings(z.text) });
      const { page } = g;
      // To the family's direct message on Cercle: the story opens it, its reply waits there.
      await play(page, [0, 1, 3, 0, 0, 0]);
      let v = await view(page);
      expect([v.screen, v.page, v.decision]).toEqual(['social', 'thread', true]);
      const dm = v.thread as string;
      const names = await choiceButtons(page).allTextContents();
      await tap(page, 'Retour');
      await expect.poll(async () => (await view(page)).page).toBe('feed');
      await expectFrenchLabels(page);
      await shot(page, `${size}-cercle-feed`);
      await tap(page, /^Messages/);
      await expect.poll(async () => (await view(page)).page).toBe('messages');
      v = await view(page);
      expect([v.screen, v.thread, v.messages, v.title, v.decision]).toEqual(['social', null, true, 'Messages', false]);
      expect(v.waiting.label).toBeTruthy();
      const shown = await textBoxes(page);
      const row = shown.find((b) => /^Bonjour\. Je suis/.test(b.text));
      expect(row, 'the last message is previewed in the list').toBeTruthy();
      const canvas = (await page.locator('.phone-screen canvas').boundingBox())!;
      // Nothing cut or crossed: every text of the list inside the screen, none over another.
      for (const b of shown) expect(b.x + b.w, b.text).toBeLessThanOrEqual(canvas.width + 1);
      for (const a of shown) for (const b of shown) if (a !== b) expect(overlapping(a, b), `${a.text} / ${b.text}`).toBe(false);
      await expectFrenchLabels(page);
      await shot(page, `${size}-cercle-messages`);
      await tap(page, /^Conversation/);
      await expect.poll(async () => (await view(page)).thread).toBe(dm);
      // Back in the story's conversation: its reply is there again.
      expect((await view(page)).decision).toBe(true);
      await tap(page, 'Retour');
      await expect.poll(async () => (await view(page)).page).toBe('messages');
      await tap(page, 'Retour');
      await expect.poll(async () => (await view(page)).page).toBe('feed');
      // Browsing moved nothing in the story: the same reply waits, one tap away.
      expect(await choiceButtons(page).allTextContents()).toEqual(names);
      await tap(page, /^Une réponse vous attend/);
      await expect.poll(async () => (await view(page)).thread).toBe(dm);
      await choiceButtons(page).first().click();
      // The family's message is the last decision of this path (« Les photos » after its rewrite): the answer leads to the ending.
      expect(await afterChoice(page, names)).toBe('ending');
      expect(g.errors).toEqual([]);
      await page.context().close();
    });

    it(`shows a visitor's description under their name on their Cercle profile (demande-ami, ${size})`, async () => {
      const g = await start(web, 'demande-ami', { width: z.w, height: z.h, dpr: z.dpr, settings: settings(z.text) });
      const { page } = g;
      await tap(page, /^Profil d(e |’)/);
      await expect.poll(async () => (await view(page)).profile).toBe('marc');
      // The page opens on the request's buttons; the head of the profile is above them.
      const c = (await page.locator('.phone-screen canvas').boundingBox())!;
      await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2);
      await page.mouse.wheel(0, -5000);
      await expect.poll(async () => (await view(page)).scrollY).toBe(0);
      const about = 'Patient de 58 ans, hospitalisé une semaine en cardiologie, sorti lundi';
      expect((await view(page)).about).toBe(about);
      expect(await texts(page)).toContain(about);
      const boxes = await textBoxes(page);
      const canvas = (await page.locator('.phone-screen canvas').boundingBox())!;
      const d = boxes.find((b) => b.text === about)!;
      // The name in the profile's head: the nearest one above (the request card under it repeats it).
      const name = boxes.filter((b) => b.text === 'Marc Delorme' && b.y < d.y).pop()!;
      // Under the name, wrapped to the screen's width, over nothing else.
      expect(d.y).toBeGreaterThanOrEqual(name.y + name.h - 1);
      expect(d.x).toBeGreaterThanOrEqual(0);
      expect(d.x + d.w).toBeLessThanOrEqual(canvas.width + 1);
      for (const b of boxes) if (b !== d) expect(overlapping(b, d), b.text).toBe(false);
      await expectFrenchLabels(page);
      await shot(page, `${size}-cercle-visitor-about`);
      // A finger dragged up on the drawing (on the profile's head, where no button lies) scrolls the
      // page down, and is no tap: the profile stays open.
      const from = { x: canvas.x + canvas.width / 2, y: canvas.y + name.y + name.h / 2 };
      expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, from)).toBe('CANVAS');
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x, from.y - 120, { steps: 6 });
      await page.mouse.up();
      await expect.poll(async () => (await view(page)).scrollY).toBeGreaterThan(0);
      expect((await view(page)).profile).toBe('marc');
      expect(g.errors).toEqual([]);
      await page.context().close();
    });

    it(`keeps the composer's title in place while its drafts scroll (photos-patients, ${size})`, async () => {
      const g = await start(web, 'photos-patients', { width: z.w, height: z.h, dpr: z.dpr, settings: settings(z.text) });
      const { page } = g;
      await play(page, [0, 0, 0]);
      expect((await choiceButtons(page).allTextContents()).some((n) => /publier/i.test(n))).toBe(true);
      const title = async () => (await textBoxes(page)).find((b) => b.text === 'Nouvelle publication');
      const draft = async () => (await textBoxes(page)).find((b) => b.text === 'Publier');
      const canvas = (await page.locator('.phone-screen canvas').boundingBox())!;
      await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height * 0.6);
      // From the top of the feed, where the composer's title sits in its card…
      await page.mouse.wheel(0, -5000);
      await expect.poll(async () => (await view(page)).scrollY).toBe(0);
      const resting = (await title())!;
      // …down into the drafts: the title stops under the top bar and stays there.
      let prev = resting.y;
      for (let i = 0; i < 20; i++) {
        const before = (await view(page)).scrollY as number;
        await page.mouse.wheel(0, 120);
        await expect.poll(async () => (await view(page)).scrollY).toBeGreaterThan(before);
        const y = (await title())!.y;
        // The list moved and the title did not: it is pinned.
        if (Math.abs(y - prev) < 0.5) break;
        prev = y;
      }
      const pinned = (await title())!;
      const k = canvas.width / 360;
      expect(pinned.y).toBeLessThan(resting.y);
      // Right under the top bar (80 units), not anywhere up the screen.
      expect(pinned.y).toBeGreaterThanOrEqual(80 * k);
      expect(pinned.y).toBeLessThan(100 * k);
      const d1 = (await draft())!;
      const y1 = (await view(page)).scrollY as number;
      await shot(page, `${size}-composer-pinned`);
      await page.mouse.wheel(0, 200);
      await expect.poll(async () => (await view(page)).scrollY).toBeGreaterThan(y1);
      const again = (await title())!;
      const d2 = (await draft())!;
      expect(again.y).toBeCloseTo(pinned.y, 1);
      expect(again.x).toBeCloseTo(pinned.x, 1);
      // The list did move under it.
      expect(d2.y).toBeLessThan(d1.y);
      // No choice's button lies over the pinned title or the top bar (they would catch its taps).
      for (const b of await choiceButtons(page).all()) {
        const r = (await b.boundingBox())!;
        if (r.height > 1.5) expect(r.y - canvas.y).toBeGreaterThanOrEqual(again.y + again.h - 1);
      }
      // A drag that starts on a draft scrolls the list and picks nothing.
      const names = await choiceButtons(page).allTextContents();
      let on = (await choiceButtons(page).first().boundingBox())!;
      for (const b of await choiceButtons(page).all()) {
        const r = (await b.boundingBox())!;
        if (r.height > 30 && r.y > canvas.y + 100 * k && r.y + r.height < canvas.y + canvas.height - 100 * k) {
          on = r;
          break;
        }
      }
      const y2 = (await view(page)).scrollY as number;
      await page.mouse.move(on.x + on.width / 2, on.y + on.height / 2);
      await page.mouse.down();
      await page.mouse.move(on.x + on.width / 2, on.y + on.height / 2 + 80, { steps: 6 });
      await page.mouse.up();
      await expect.poll(async () => (await view(page)).scrollY).toBeLessThan(y2);
      expect(await choiceButtons(page).allTextContents()).toEqual(names);
      expect((await view(page)).decision).toBe(true);
      // A draft scrolled out of view is still a button for the keyboard, and picking it works.
      await page.keyboard.press('1');
      expect(await afterChoice(page, names)).toBe('choice');
      expect(g.errors).toEqual([]);
      await page.context().close();
    });
  }

  for (const [w, h, dpr] of [[3840, 2160, 1], [360, 640, 2]] as const) {
    it(`lays out and draws sharp text at ${w}×${h} (dpr ${dpr})`, async () => {
      const g = await start(web, 'demande-ami', { width: w, height: h, dpr });
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
      await tap(page, /^Profil d(e |’)/);
      await expect.poll(async () => (await view(page)).profile).toBeTruthy();
      await expectFrenchLabels(page);
      await shot(page, `${w}x${h}-visitor`);
      // Every choice is still a real button named by its text, placed over the drawn control.
      for (const b of await choiceButtons(page).all()) expect(await b.isVisible()).toBe(true);
      expect(g.errors).toEqual([]);
      await page.context().close();
    });
  }
});
