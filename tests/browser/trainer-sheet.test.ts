// « Fiche formateur » opened from the summary of a trainer session run in the built game (menu
// « Animer une séance », short path): the sheet shows the room's own votes on each of its five
// decisions (« 75 % ont choisi … »), every one of them reached by the session.
import { describe, expect, it } from 'vitest';
import { requireBrowserUnderCi, skip, useBrowser } from './context';

requireBrowserUnderCi();

describe.skipIf(skip)('trainer sheet with the session\'s figures', () => {
  const web = useBrowser();

  it('runs the short path on the clicker, then opens the sheet from the summary with « N % ont choisi … » per decision', async () => {
    const g = await web.open({ query: '' });
    const { page } = g;
    await page.getByRole('button', { name: 'Animer une séance' }).click();
    await page.getByRole('radio', { name: /La demande d’ami/ }).check();
    await page.getByRole('radio', { name: /Parcours court \(1\sh\)/ }).check();
    await page.getByRole('button', { name: 'Commencer la séance' }).click();
    const root = page.locator('.pj-root');
    await root.waitFor();
    // The room votes 3 hands for option 1 and 1 for option 2 at each decision of the sheet; the
    // clicker's « next » (space) does the rest, passed decisions and the way back to unseen ones included.
    const firstOptions = new Set<string>();
    let votes = 0;
    for (let presses = 0; (await root.getAttribute('data-phase')) !== 'summary'; presses++) {
      expect(presses, 'the session reaches its summary').toBeLessThan(600);
      const card = root.locator('.tp-options');
      // Passed decisions (outside the sheet, or already voted on before going back for an unseen one) say « Pas de vote ici ».
      if ((await root.getAttribute('data-phase')) === 'vote' && !/Pas de vote ici/.test((await card.textContent()) ?? '') && (await card.locator('.tp-count').count()) === 0) {
        firstOptions.add((await card.locator('.tp-option-text').first().textContent())!.trim());
        for (const key of ['Digit1', 'Digit1', 'Digit1', 'Digit2']) await page.keyboard.press(key);
        await expect.poll(() => card.locator('.tp-count').count()).toBeGreaterThan(0);
        votes++;
      }
      await page.keyboard.press('Space');
    }
    expect(votes).toBe(5);
    await root.getByRole('button', { name: 'Fiche formateur avec les chiffres de la séance' }).click();
    const sheet = page.locator('[data-sheet]');
    await sheet.waitFor();
    expect(await sheet.locator('[data-session-figures]').textContent()).toMatch(/^Chiffres de votre séance du .+\s: votes à main levée sur 5 décisions\.$/);
    const decisions = sheet.locator('[data-decision]');
    expect(await decisions.count()).toBe(5);
    for (let i = 0; i < 5; i++) {
      const lines = await decisions.nth(i).locator('[data-figure="seance"]').allTextContents();
      expect(lines, `décision ${i + 1} de la fiche`).toEqual([
        expect.stringMatching(/^75\s%\sont choisi «\s.+\s» \(3 mains sur 4\)\.$/),
        expect.stringMatching(/^25\s%\sont choisi «\s.+\s» \(1 main sur 4\)\.$/),
      ]);
      const chosen = /«\s(.+)\s»/.exec(lines[0]!)![1]!;
      expect([...firstOptions]).toContain(chosen);
    }
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
  });
});
