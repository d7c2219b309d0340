// Reload in the middle of a game and pick it up with « Reprendre ».
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { choiceButtons, nextStop, playToEnding } from './harness';

requireBrowserUnderCi();

describe.skipIf(skip)('autosave and resume', () => {
  const web = useBrowser();

  it('resumes the demo at the same decision after a reload', async () => {
    const g = await web.open({ settings: { typingSpeed: 'instantane' } });
    const { page } = g;
    await page.getByRole('radio', { name: /Infirmier/ }).check();
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    await nextStop(page);
    await choiceButtons(page).first().click();
    expect(await nextStop(page)).toBe('choice');
    const before = await choiceButtons(page).allTextContents();
    await page.reload();
    await page.getByRole('button', { name: /^Reprendre : Démo/ }).click();
    expect(await nextStop(page)).toBe('choice');
    expect(await choiceButtons(page).allTextContents()).toEqual(before);
    // The phone and the mirror were rebuilt from the save, and the role was kept.
    expect(await page.getByRole('log').textContent()).toContain('Elle va mieux');
    await playToEnding(page);
    expect(await page.locator('article.dbf').getByText(/infirmier·e diplômé·e/i).count()).toBeGreaterThan(0);
    // A finished game is no longer offered for resuming.
    await page.locator('article.dbf').getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
    expect(await page.getByRole('button', { name: /^Reprendre : Démo/ }).count()).toBe(0);
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
    await page.context().close();
  });

  /** Makes the saved game look as if it had been made before a trainer edited the story. */
  async function ageSave(page: Page, id: string): Promise<void> {
    await page.evaluate((scenarioId) => {
      const key = 'soignants-reseaux:v1';
      const data = JSON.parse(localStorage.getItem(key)!);
      data.games[scenarioId].fingerprint = 'version-precedente';
      localStorage.setItem(key, JSON.stringify(data));
    }, id);
  }

  const savedFingerprint = (page: Page, id: string) =>
    page.evaluate((scenarioId) => JSON.parse(localStorage.getItem('soignants-reseaux:v1')!).games[scenarioId]?.fingerprint as string | undefined, id);

  it('replays the choices of a save made against an earlier version of the scenario, and says so', async () => {
    const g = await web.open({ settings: { typingSpeed: 'instantane' } });
    const { page } = g;
    const notice = page.getByRole('region', { name: 'Information sur votre partie' });
    const log = page.getByRole('log');
    await page.getByRole('radio', { name: /Étudiant/ }).check();
    await page.getByRole('button', { name: /^Jouer : La demande d.ami/ }).click();
    for (let i = 0; i < 2; i++) {
      expect(await nextStop(page)).toBe('choice');
      await choiceButtons(page).first().click();
    }
    expect(await nextStop(page)).toBe('choice');
    const before = await choiceButtons(page).allTextContents();
    await ageSave(page, 'demande-ami');
    await page.reload();
    await page.getByRole('button', { name: /^Reprendre : La demande d.ami/ }).click();
    expect(await nextStop(page)).toBe('choice');
    expect(await choiceButtons(page).allTextContents()).toEqual(before);
    // Seen beside the phone, and read out by the live log after the rebuilt transcript.
    const said = /Le scénario a été modifié depuis votre dernière partie\s: vos 2 choix ont été rejoués dans la nouvelle version\./;
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(said);
    await expect.poll(() => log.textContent()).toMatch(said);
    expect((await log.textContent())!.match(/Le scénario a été modifié/g)).toHaveLength(1);
    expect(await log.textContent()).toContain('Le chat ne fait pas la conversation.');
    // Saved again at once in this version: a second reload does not replay again.
    expect(await savedFingerprint(page, 'demande-ami')).not.toBe('version-precedente');
    // The next choice is played as usual, and the notice goes away with it.
    await choiceButtons(page).first().click();
    await notice.waitFor({ state: 'hidden' });
    expect(await nextStop(page)).toBe('choice');
    await page.reload();
    await page.getByRole('button', { name: /^Reprendre : La demande d.ami/ }).click();
    expect(await nextStop(page)).toBe('choice');
    expect(await notice.isVisible()).toBe(false);
    expect(await log.textContent()).not.toMatch(/Le scénario a été modifié/);
    // Another edit later on: the notice can also be closed without choosing.
    await ageSave(page, 'demande-ami');
    await page.reload();
    await page.getByRole('button', { name: /^Reprendre : La demande d.ami/ }).click();
    expect(await nextStop(page)).toBe('choice');
    await notice.getByRole('button', { name: 'Fermer' }).click();
    await notice.waitFor({ state: 'hidden' });
    expect(await choiceButtons(page).count()).toBeGreaterThan(0);
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
    await page.context().close();
  });
});
