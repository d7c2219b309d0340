// Nothing lost (issue 16, items 1 and 2), in the built game: two tabs of one browser share the
// saved data, the trainer's window and a game tab share it too, and a browser that refuses to save
// is said so instead of being silent.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/storage/schema';
import { baseUrl, requireBrowserUnderCi, skip, useBrowser } from './context';
import { choiceButtons, nextStop, playToEnding } from './harness';

requireBrowserUnderCi();

const SETTINGS = { sound: false, volume: 0.7, textScale: 1, animations: false, typingSpeed: 'instantane', feedback: 'immediat' };

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(([key, s]) => {
    if (!localStorage.getItem(key as string)) localStorage.setItem(key as string, JSON.stringify({ version: 1, settings: JSON.parse(s as string), progress: {}, games: {}, trainer: null }));
  }, [STORAGE_KEY, JSON.stringify(SETTINGS)]);
  return context;
}

async function menuPage(context: BrowserContext, errors: string[], query = '?demo', heading = 'Soignants & réseaux sociaux'): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${baseUrl}/${query}`);
  await page.getByRole('heading', { name: heading }).waitFor();
  return page;
}

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORAGE_KEY);

async function toMenu(page: Page): Promise<void> {
  await page.locator('article.dbf').getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
}

describe.skipIf(skip)('saved data shared by tabs and windows', () => {
  const web = useBrowser();

  it('two tabs playing two scenarios keep both games and both endings', async () => {
    const context = await newContext(web.browser);
    const errors: string[] = [];
    // Both tabs are open on the menu before either plays: each read the data once, empty.
    const a = await menuPage(context, errors);
    const b = await menuPage(context, errors);
    // A third tab stays on the menu: it must follow what the others store, without a reload.
    const m = await menuPage(context, errors);
    await m.getByRole('radio', { name: /Infirmier/ }).check();
    await m.getByRole('button', { name: /^Jouer : Démo/ }).focus();
    await a.getByRole('button', { name: /^Jouer : Démo/ }).click();
    // nextStop waits for armed options (and skips « Testez-vous », offered before a real scenario).
    expect(await nextStop(a)).toBe('choice');
    await choiceButtons(a).first().click();
    expect(await nextStop(a)).toBe('choice');
    await b.getByRole('button', { name: /^Jouer : La demande d.ami/ }).click();
    expect(await nextStop(b)).toBe('choice');
    await choiceButtons(b).first().click();
    await nextStop(b);
    // B's first choice used to write B's stale copy, without A's game.
    expect(Object.keys((await stored(b)).games).sort()).toEqual(['demande-ami', 'demo']);
    await expect.poll(() => m.getByRole('button', { name: /^Reprendre : La demande d.ami/ }).count()).toBe(1);
    await playToEnding(a);
    await expect.poll(() => m.locator('.menu .found').allTextContents()).toContainEqual(expect.stringContaining('1 en étudiant·e'));
    // Redrawn for the other tabs' writes, the menu kept the role picked here and the focused button.
    expect(await m.getByRole('radio', { name: /Infirmier/ }).isChecked()).toBe(true);
    expect(await m.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/^(Jouer|Nouvelle partie) : Démo/);
    await playToEnding(b);
    const end = await stored(a);
    expect(end.progress['demo:etudiant'].endings).toHaveLength(1);
    expect(end.progress['demande-ami:etudiant'].endings).toHaveLength(1);
    expect(end.games).toEqual({});
    // Each menu shows both endings found: B's after a reload-free update from A's tab too.
    await toMenu(b);
    await toMenu(a);
    for (const page of [a, b]) {
      await expect.poll(() => page.locator('.menu .found').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('1 en étudiant·e')]));
      expect((await page.locator('.menu .found').allTextContents()).filter((t) => t.includes('1 en étudiant·e'))).toHaveLength(2);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a game tab opened before a trainer session cannot erase it (the projector reloads into it)', async () => {
    const context = await newContext(web.browser);
    const errors: string[] = [];
    const game = await menuPage(context, errors);
    const projector = await menuPage(context, errors, '?mode=formateur', 'Animer une séance');
    await projector.getByRole('button', { name: 'Commencer la séance' }).click();
    await projector.waitForURL(/session=/);
    const sessionId = new URL(projector.url()).searchParams.get('session');
    await expect.poll(async () => (await stored(projector)).trainer?.session?.id).toBe(sessionId);
    // The game tab writes (a setting): its copy of the trainer part is from before the session.
    await game.getByRole('button', { name: 'Réglages' }).first().click();
    await game.getByRole('checkbox', { name: 'Son' }).check();
    await expect.poll(async () => (await stored(game)).settings.sound).toBe(true);
    expect((await stored(game)).trainer?.session?.id).toBe(sessionId);
    await projector.reload();
    await projector.locator('.pj-root').waitFor();
    expect(await projector.getByText(/n’existe plus/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('storage full: a lasting French warning, the pause dialog stops claiming it saves', async () => {
    const context = await newContext(web.browser);
    const errors: string[] = [];
    const page = await menuPage(context, errors);
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.", 'QuotaExceededError');
      };
    });
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    await choiceButtons(page).first().click();
    await nextStop(page);
    const warning = page.locator('.storage-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/plein ou bloqué.*Libérez de l’espace/);
    expect(await page.getByText(/Failed to execute|QuotaExceeded/).count()).toBe(0);
    await page.keyboard.press('Escape');
    const pause = page.getByRole('dialog', { name: 'Pause' });
    await pause.waitFor();
    expect(await pause.textContent()).toMatch(/n’est pas enregistrée/);
    expect(await pause.textContent()).not.toMatch(/enregistrée à chaque étape/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('data from a newer version: left untouched, the game plays and says it does not save', async () => {
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const newer = JSON.stringify({ version: 2, settings: { sound: false, volume: 0.7, textScale: 1, animations: false, typingSpeed: 'instantane', feedback: 'immediat', nouveau: 1 }, progress: {}, games: {}, trainer: null, ailleurs: true });
    await context.addInitScript(([key, text]) => {
      if (!localStorage.getItem(key as string)) localStorage.setItem(key as string, text as string);
    }, [STORAGE_KEY, newer]);
    const errors: string[] = [];
    const page = await menuPage(context, errors);
    await page.locator('.storage-warning').getByText(/version plus récente du jeu/).waitFor();
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    await choiceButtons(page).first().click();
    await nextStop(page);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(newer);
    expect(await page.locator('.storage-warning').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
