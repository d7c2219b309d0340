// What the game costs while nobody plays (issues 15 and 17): the menu is a plain page, Phaser is
// requested at « Jouer » (the story opens as text only when the phone is late, and the phone then
// takes over at the first decision), and the
// phone's loop sleeps while the player reads a decision, waking for a new message or a resize.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, requireBrowserUnderCi, skip, useBrowser } from './context';
import { afterChoice, ARMED_CHOICE, choiceButtons, nextStop, phoneAtRest } from './harness';

requireBrowserUnderCi();

const phoneHook = (page: Page, what: 'awake' | 'frames') => page.evaluate(`window.__soignantsPhone ? window.__soignantsPhone.${what}() : null`);

describe.skipIf(skip)('no work while nothing moves', () => {
  const web = useBrowser();

  it('asks for Phaser at « Jouer », not at the menu; when it is late the first choice comes as text and the phone then takes over at it', async () => {
    const g = await web.open({ query: '?demo', settings: { typingSpeed: 'instantane' } });
    await g.page.close();
    // A fresh page whose idle callbacks wait until the test lets them run.
    const page = await g.page.context().newPage();
    await page.addInitScript(() => {
      const held: (() => void)[] = [];
      const w = window as unknown as { requestIdleCallback: (cb: () => void) => number; __runIdle: () => number };
      w.requestIdleCallback = (cb) => held.push(cb);
      w.__runIdle = () => {
        const n = held.length;
        for (const cb of held.splice(0)) cb();
        return n;
      };
      // Asking for WebGL starts the browser's GPU process: the menu must not.
      const get = HTMLCanvasElement.prototype.getContext;
      (window as unknown as { __gl: number }).__gl = 0;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        if (/webgl/.test(kind)) (window as unknown as { __gl: number }).__gl += 1;
        return (get as (...a: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
      } as typeof get;
    });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    // A slow network for the phone's code: it arrives when the test says so.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/(phaser|PhoneGame)-[^/]*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${baseUrl}/?demo`);
    await page.getByRole('button', { name: /^Jouer : Démo/ }).waitFor();
    await page.waitForLoadState('networkidle');
    const phaser = () => scripts.filter((s) => /phaser|PhoneGame/i.test(s));
    // The menu is there, interactive, and no Phaser byte was asked for, even once the browser is idle.
    expect(scripts.length).toBeGreaterThan(0);
    await page.evaluate('window.__runIdle()');
    expect(phaser()).toEqual([]);
    expect(await page.evaluate('window.__gl')).toBe(0);
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    // « Jouer » asks for the phone at once…
    await expect.poll(() => phaser().length).toBeGreaterThan(0);
    // …and, the phone being late, the story does not wait for ever: the first choice takes input as text.
    await page.locator(ARMED_CHOICE).first().waitFor({ timeout: 60_000 });
    const names = await choiceButtons(page).allTextContents();
    expect(names.length).toBeGreaterThan(1);
    await expect(choiceButtons(page).first().isVisible()).resolves.toBe(true);
    expect(await page.locator('.text-phone').isVisible()).toBe(true);
    expect(await page.locator('.phone-screen canvas').count()).toBe(0);
    // The phone's code arrives: the phone shows the same decision waiting on it.
    release();
    await page.evaluate('window.__runIdle()');
    await page.locator('.phone-screen canvas').waitFor();
    await page.waitForFunction(() => !!(window as unknown as { __soignantsPhone?: { view(): { decision?: unknown } } }).__soignantsPhone?.view().decision);
    expect(await page.locator('.text-phone').count()).toBe(0);
    expect(await choiceButtons(page).allTextContents()).toEqual(names);
    // The buttons now lie on the drawn controls, inside the phone, and the choice still plays.
    await phoneAtRest(page);
    const screen = (await page.locator('.phone-screen').boundingBox())!;
    const first = (await choiceButtons(page).first().boundingBox())!;
    expect(first.y).toBeGreaterThanOrEqual(screen.y);
    expect(first.y + first.height).toBeLessThanOrEqual(screen.y + screen.height + 1);
    await choiceButtons(page).first().click();
    expect(await afterChoice(page, names)).toMatch(/choice|ending/);
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  it('with the phone on time, the story opens on the phone itself: its lock screen, never the text view', async () => {
    const g = await web.open({ query: '?demo', settings: { typingSpeed: 'instantane' } });
    await g.page.close();
    const page = await g.page.context().newPage();
    // Notes whether the text view ever showed a line of the story.
    await page.addInitScript(() => {
      const w = window as unknown as { __textShown: boolean };
      w.__textShown = false;
      new MutationObserver(() => {
        const t = document.querySelector<HTMLElement>('.text-phone');
        if (t && t.checkVisibility({ visibilityProperty: true }) && (t.textContent ?? '').trim()) w.__textShown = true;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${baseUrl}/?demo`);
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    await page.locator('.phone-screen canvas').waitFor();
    await page.locator(ARMED_CHOICE).first().waitFor();
    expect(await page.evaluate('window.__textShown')).toBe(false);
    expect(await page.locator('.text-phone').count()).toBe(0);
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  it('puts the loop to sleep at a decision, wakes it for a new message and for a resize', async () => {
    const g = await web.open({ settings: { typingSpeed: 'normal' } });
    const { page } = g;
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    // The first decision (the phone takes over there): the loop stops drawing while it waits.
    expect(await nextStop(page)).toBe('choice');
    await expect.poll(() => phoneHook(page, 'awake')).toBe(false);
    const asleep = (await phoneHook(page, 'frames')) as number;
    // Nothing is drawn while the player reads (a frame is ~16 ms; 20 checks ~ a third of a second).
    for (let i = 0; i < 20; i++) await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(0)))');
    expect(await phoneHook(page, 'frames')).toBe(asleep);
    // A choice: the answer is drawn; while the friend types back, the dots bounce in the page over a
    // canvas that is not redrawn; then the next messages are drawn and the loop sleeps again.
    await choiceButtons(page).first().click();
    // A function, not a string: the page's Content-Security-Policy refuses strings made into code.
    await page.waitForFunction(() => {
      const hook = (window as unknown as { __soignantsPhone?: { awake(): boolean } }).__soignantsPhone;
      return !!document.querySelector('.phone-typing:not([hidden])') && !!hook && !hook.awake();
    }, undefined, { timeout: 30_000 });
    expect(await phoneHook(page, 'frames')).toBeGreaterThan(asleep);
    expect(await nextStop(page)).toBe('choice');
    await expect.poll(() => phoneHook(page, 'awake')).toBe(false);
    const before = (await phoneHook(page, 'frames')) as number;
    // A resize clears the canvas: it is drawn again at the new size.
    await page.setViewportSize({ width: 900, height: 700 });
    await expect.poll(() => phoneHook(page, 'frames')).toBeGreaterThan(before);
    await expect.poll(() => phoneHook(page, 'awake')).toBe(false);
    expect(g.errors).toEqual([]);
    await page.context().close();
  });
});

describe.skipIf(skip)('motion on a renderer without a GPU', () => {
  const web = useBrowser();

  it('slides messages in on a laptop-sized phone, draws them at once on a large canvas drawn by the CPU (SwiftShader)', async () => {
    const g = await web.open({ width: 1280, height: 720, settings: { typingSpeed: 'instantane', animations: true } });
    const { page } = g;
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    expect(await nextStop(page)).toBe('choice');
    const hook = (what: 'moving' | 'softwareGL') => page.evaluate(`window.__soignantsPhone.${what}()`);
    // The tests' Chromium draws WebGL with SwiftShader: the case of a PC without a usable GPU.
    expect(await hook('softwareGL')).toBe(true);
    expect(await hook('moving')).toBe(true);
    // 1920×1080: the phone's canvas passes 400 000 device pixels; slide-ins made the page miss every other frame there.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(() => hook('moving')).toBe(false);
    // Back to the laptop's size, they come back (the player's setting is kept).
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => hook('moving')).toBe(true);
    expect(g.errors).toEqual([]);
  });
});

describe.skipIf(skip)('sounds', () => {
  const web = useBrowser();

  it('plays sounds made in the page through Howler, loaded on the first gesture (no sound file), and suspends the audio context when nothing plays', async () => {
    const g = await web.open({ settings: { typingSpeed: 'rapide', sound: true } });
    const { page } = g;
    const fetched: string[] = [];
    const howler: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.resourceType() === 'media' || /\.(wav|ogg|opus|mp3|m4a|webm)$/i.test(path)) fetched.push(path);
      if (/howler/i.test(path)) howler.push(path);
    });
    const audio = () => page.evaluate('window.__soignants.audio()') as Promise<{ context: string | null; played: number; synthesised: string[] }>;
    // Silent until a gesture: no context at all, and the audio library not even downloaded.
    expect((await audio()).context).toBeNull();
    expect(howler).toEqual([]);
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    expect(await nextStop(page)).toBe('choice');
    const heard = await audio();
    expect(heard.played).toBeGreaterThan(0);
    expect(heard.synthesised).toContain('message-received');
    // The decision waits and nothing plays: the context is suspended.
    await expect.poll(async () => (await audio()).context).toBe('suspended');
    // The next sound resumes it.
    const played = heard.played;
    await choiceButtons(page).first().click();
    await expect.poll(async () => (await audio()).played).toBeGreaterThan(played);
    await expect.poll(async () => (await audio()).context).toBe('suspended');
    expect(fetched).toEqual([]);
    expect(g.errors).toEqual([]);
    await page.context().close();
  });
});
