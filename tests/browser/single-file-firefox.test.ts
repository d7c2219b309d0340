// The one-file build (`npm run package` → soignants-reseaux-sociaux.html) opened from disk in stock
// Firefox (Debian's firefox-esr, ESR 140), as a trainer double-clicks it on a USB stick: file://,
// the browser offline (every http(s) request goes to a proxy that answers nothing and lists it),
// the phone drawn with WebGL (Firefox on a virtual display: see ./firefox.ts).
// A scenario to its debrief, the branch map and « Et si… ? »; the game kept after Firefox is closed
// and started again (Firefox keeps a local file's storage per file: a copy elsewhere starts afresh);
// « Animer une séance » and the presenter window. tests/browser/single-file.test.ts does the same
// in Chromium.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadProxy, launchFirefox, named, nextStop, choiceNames, noFirefox, playToEnding, requireFirefoxUnderCi, startXvfb, watchPage, FIREFOX_SERVICES, WAIT } from './firefox';
import { privateOutDir, removeBuild, sharedBuild } from './server';

requireFirefoxUnderCi();

const STORAGE_KEY = 'soignants-reseaux:v1';
const FILE_NAME = 'soignants-reseaux-sociaux.html';
const HEADING = 'Soignants & réseaux sociaux';

describe.skipIf(noFirefox)('the single HTML file in Firefox, from file:// with no network', () => {
  let browser: Browser;
  let proxy: Awaited<ReturnType<typeof deadProxy>>;
  let xvfb: Awaited<ReturnType<typeof startXvfb>>;
  let usb: string;
  let elsewhere: string;
  let profile: string;
  let fileUrl: string;
  const errors: string[] = [];
  /** Every request the pages made, as Firefox reports them over BiDi (file: loads are not reported). */
  const requests: string[] = [];
  /** The first test's own probe, made to show that a request out is caught. */
  const PROBE = 'https://probe.example.org/';
  const outside = () => requests.filter((u) => !/^(file|data|blob):/.test(u) && u !== PROBE);
  /** What reached the dead proxy, less Firefox's own services and the probe. */
  const leaks = () => proxy.attempts.filter((a) => !FIREFOX_SERVICES.test(a) && !a.includes('probe.example.org'));

  /** A new tab on `url`, its errors recorded, at the Chromium test's window size. */
  async function open(url = fileUrl): Promise<Page> {
    const page = await browser.newPage();
    page.setDefaultTimeout(WAIT);
    watchPage(page, errors, requests);
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(url);
    await page.waitForFunction((h) => [...document.querySelectorAll('h1')].some((e) => e.textContent === h && e.checkVisibility()), {}, HEADING);
    return page;
  }

  beforeAll(async () => {
    const build = await sharedBuild('singlefile');
    // A folder with the file alone, under the name trainers get: nothing beside it to load.
    usb = privateOutDir('usb-ff');
    mkdirSync(usb);
    // Without its Content-Security-Policy: Firefox applies it to the driver's own scripts too (the
    // « call to Function() blocked by CSP » of every puppeteer evaluation), which no player meets.
    // The policy itself is tested in Chromium (csp.test.ts), the site and this same file.
    const html = readFileSync(path.join(build, 'index.html'), 'utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
    expect(html).not.toMatch(/<meta http-equiv="Content-Security-Policy"/i);
    writeFileSync(path.join(usb, FILE_NAME), html);
    // The same file copied to another folder, as on another stick.
    elsewhere = privateOutDir('usb2-ff');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, FILE_NAME), html);
    fileUrl = pathToFileURL(path.join(usb, FILE_NAME)).href;
    profile = privateOutDir('ff-profile');
    mkdirSync(profile);
    proxy = await deadProxy();
    xvfb = await startXvfb();
    browser = await launchFirefox(profile, proxy.port, xvfb.display);
    // Messages at once instead of typed out: the test plays, it does not read. Written from the
    // file's own page, the only one that shares its storage in Firefox.
    const page = await browser.newPage();
    await page.goto(fileUrl);
    await page.evaluate((key) => {
      localStorage.setItem(key, JSON.stringify({ version: 1, settings: { sound: true, volume: 0.7, textScale: 1, animations: true, typingSpeed: 'instantane', feedback: 'immediat' }, progress: {}, games: {}, trainer: null }));
    }, STORAGE_KEY);
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    xvfb?.stop();
    for (const dir of [usb, elsewhere, profile]) if (dir) removeBuild(dir);
  });

  it('is stock Firefox with no network: a request to the outside fails and is seen', async () => {
    expect(await browser.version()).toMatch(/^firefox\/1\d\d\./i);
    // The harness itself must be able to catch a request, or the last test proves nothing. From a
    // page of the file, but not one whose errors count: Firefox logs the failed probe as an error.
    const page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(fileUrl);
    const outcome = await page.evaluate((url) => fetch(url).then(() => 'loaded', () => 'failed'), PROBE);
    expect(outcome).toBe('failed');
    expect(proxy.attempts).toContain('CONNECT probe.example.org:443 HTTP/1.1');
    expect(requests).toContain(PROBE);
    await page.close();
  });

  it('plays « La demande d’ami » to its debrief, opens the map and « Et si… ? »', async () => {
    const page = await open();
    await (await named(page, 'input[type="radio"]', /^Étudiant/)).click();
    await (await named(page, 'button', /^Jouer : La demande d.ami/)).click();
    // The story, the ink runtime and the phone (Phaser on WebGL) come from the file itself: the
    // phone draws the first decision's options, not the text version's « WebGL indisponible ».
    expect(await nextStop(page)).toBe('choice');
    const options = await choiceNames(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __soignantsPhone?: { texts(): string[] } }).__soignantsPhone?.texts() ?? [])).toEqual(expect.arrayContaining(options));
    expect(await page.$eval('.phone-bezel canvas', (c) => c.checkVisibility())).toBe(true);
    expect(await page.evaluate(() => document.body.innerText.includes('WebGL indisponible'))).toBe(false);
    const taken = await playToEnding(page);
    expect(taken.length).toBeGreaterThan(2);
    await page.waitForSelector('article.dbf h1', { visible: true });
    await (await page.waitForSelector('article.dbf [data-action="map"]', { visible: true }))!.click();
    await page.waitForSelector('.map svg', { visible: true });
    expect(await page.$eval('.map-found', (e) => e.textContent)).toMatch(/Fins découvertes\s: 1 \/ \d+/);
    await (await page.waitForSelector('.map [data-action="close"]', { visible: true }))!.click();
    // Each choice is folded under its summary line (the choice and its four changes): opened first.
    await (await page.waitForSelector('details.dbf-step > summary', { visible: true }))!.click();
    await (await page.waitForSelector('.dbf-whatif summary', { visible: true }))!.click();
    await (await page.waitForSelector('.dbf-whatif[open] button', { visible: true }))!.click();
    await page.waitForSelector('.cmp', { visible: true });
    expect(await page.$$eval('.cmp-head', (hs) => hs.length)).toBe(2);
    await page.close();
  });

  it('keeps the ending and a game in progress after Firefox is closed and started again', async () => {
    const page = await open();
    await (await named(page, 'button', /^Jouer : Les photos/)).click();
    await nextStop(page);
    const first = await choiceNames(page);
    await (await page.waitForSelector('[aria-label="Vos choix"]:not([aria-disabled]) button', { visible: true }))!.click();
    await page.waitForFunction((b) => [...document.querySelectorAll('[aria-label="Vos choix"] button')].map((x) => x.textContent).join('\n') !== b, {}, first.join('\n'));
    expect(await nextStop(page)).toBe('choice');
    const before = await choiceNames(page);
    // The game writes its save as each choice is made; closing Firefox is the player's « quit ».
    await browser.close();
    browser = await launchFirefox(profile, proxy.port, xvfb.display);
    const again = await open();
    // The ending found in the first test is still on the menu's map count; the game resumes.
    const progress = await again.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').progress as Record<string, { endings: string[] }>, STORAGE_KEY);
    expect(progress['demande-ami:etudiant']?.endings).toHaveLength(1);
    await (await named(again, 'button', /^Reprendre : Les photos/)).click();
    expect(await nextStop(again)).toBe('choice');
    expect(await choiceNames(again)).toEqual(before);
    await again.close();
    // Firefox gives each local file its own storage: the same file in another folder has no game.
    const copy = await open(pathToFileURL(path.join(elsewhere, FILE_NAME)).href);
    await named(copy, 'button', /^Jouer : Les photos/);
    expect(await copy.$$eval('button', (bs) => bs.filter((b) => /^Reprendre/.test(b.getAttribute('aria-label') ?? b.textContent ?? '')).length)).toBe(0);
    await copy.close();
  });

  it('runs a group session with the presenter window', async () => {
    const page = await open();
    await (await named(page, 'button', /Animer une séance/)).click();
    await (await named(page, 'button', /^Commencer la séance$/)).click();
    await page.waitForSelector('.pj-root[data-phase="story"]');
    const popup = new Promise<Page | null>((resolve) => page.once('popup', resolve));
    await page.keyboard.press('p');
    // Firefox's popup blocker is on (as for a player): a key press is a gesture that may open it.
    const presenter = await popup;
    if (!presenter) throw new Error('the presenter window did not open');
    presenter.setDefaultTimeout(WAIT);
    watchPage(presenter, errors, requests);
    // The presenter window is the same file (?mode=presentateur), so it shares the file's storage
    // and hears the projector over BroadcastChannel.
    await presenter.waitForSelector('.ps-root[data-phase="story"]');
    expect(presenter.url()).toMatch(/^file:.*soignants-reseaux-sociaux\.html\?mode=presentateur&session=/);
    for (let i = 0; i < 12 && !(await page.$('.pj-root[data-phase="vote"]')); i++) {
      await presenter.keyboard.press('ArrowRight');
    }
    await page.waitForSelector('.pj-root[data-phase="vote"]');
    await presenter.keyboard.press('Digit1');
    await page.waitForFunction(() => document.querySelector('.tp-count')?.textContent === '1 vote');
    await presenter.close();
    await page.close();
  });

  it('made no request outside the file and logged no error', () => {
    expect(outside()).toEqual([]);
    expect(leaks()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
