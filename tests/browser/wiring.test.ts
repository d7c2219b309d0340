// The entry points a student or a trainer uses, in the built game: « Animer une séance » and
// ?mode=formateur open trainer mode; the menu opens a scenario's branch map before any play;
// « Effacer mes données » empties the progress after a confirmation.
import { describe, expect, it } from 'vitest';
import { baseUrl, requireBrowserUnderCi, skip, useBrowser } from './context';
import { choiceButtons, nextStop, playToEnding } from './harness';

requireBrowserUnderCi();

describe.skipIf(skip)('entry points of the built game', () => {
  const web = useBrowser();

  it('opens trainer mode from the menu and from ?mode=formateur, with the real scenarios only', async () => {
    const g = await web.open({ query: '' });
    const { page } = g;
    await page.getByRole('button', { name: 'Animer une séance' }).click();
    await page.getByRole('button', { name: 'Commencer la séance' }).waitFor();
    await page.goto(`${baseUrl}/?mode=formateur`);
    await page.getByRole('button', { name: 'Commencer la séance' }).waitFor();
    // The three real scenarios are offered to the trainer, not the demo.
    const text = await page.locator('body').textContent();
    expect(text).toContain('La demande d’ami');
    expect(text).not.toContain('Démo');
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
    await page.context().close();
  });

  it('shows a scenario\'s map from the menu before any play, then erases the progress on request', async () => {
    const g = await web.open({ settings: { typingSpeed: 'instantane' } });
    const { page } = g;
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    await nextStop(page);
    await choiceButtons(page).nth(1).click();
    await playToEnding(page);
    await page.locator('article.dbf').getByRole('button', { name: 'Menu' }).click();
    await expect.poll(() => page.locator('.menu .found').count()).toBe(1);
    await page.getByRole('button', { name: /^Carte des embranchements : Démo/ }).click();
    await page.waitForSelector('.map svg');
    expect(await page.locator('.map-found').textContent()).toBe('Fins découvertes\u00A0: 1 / 4');
    // The story was explored off the main thread, in a module worker importing the page's own chunks.
    expect(workers.some((u) => u.startsWith('blob:'))).toBe(true);
    await page.goto(`${baseUrl}/?demo`);
    await page.getByRole('button', { name: 'Réglages' }).first().click();
    await page.getByRole('button', { name: 'Effacer mes données' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Vos données ont été effacées' }).count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.menu .found').count()).toBe(0);
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
    await page.context().close();
  });
});
