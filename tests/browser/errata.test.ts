// « Ce que dit votre cours », as a student holding the course meets it: from the menu, and from a
// debrief whose references the course gets wrong.
import { describe, expect, it } from 'vitest';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { playToEnding } from './harness';

requireBrowserUnderCi();

describe.skipIf(skip)('the errata card', () => {
  const web = useBrowser();

  it('opens from the menu, closes with Escape and gives the focus back', async () => {
    const { page, errors } = await web.open({ query: '' });
    const open = page.getByRole('button', { name: 'Ce que dit votre cours' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Ce que dit votre cours, et ce qui est juste' });
    await dialog.waitFor();
    expect(await dialog.locator('article.erratum').count()).toBe(9);
    expect(await dialog.getByText('R.4312-14 traite, selon toute vraisemblance', { exact: false }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await open.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a debrief that cites R.4312-82 points to the correction, shown first', async () => {
    const { page, errors } = await web.open({ query: '', settings: { typingSpeed: 'instantane', animations: false, sound: false } });
    await page.getByRole('radio', { name: 'Infirmier·e diplômé·e' }).check();
    await page.getByRole('button', { name: 'Jouer : La page pro' }).click();
    // Always the first option: the pinned review, the promo code… a page that sells.
    await playToEnding(page, () => 0);
    // A fold of the debrief (open where there is room, closed on a phone): opened if it is closed.
    const section = page.locator('details.dbf-errata');
    expect(await section.locator('summary').innerText()).toMatch(/^Votre cours dit autre chose \(\d+\)$/);
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
    const link = section.getByRole('button', { name: /R\.4312-61 et R\.4312-82/ });
    await link.click();
    const dialog = page.getByRole('dialog', { name: 'Ce que dit votre cours, et ce qui est juste' });
    await dialog.waitFor();
    const highlighted = await dialog.locator('article.erratum.highlighted h3').allTextContents();
    // French spacing puts a narrow no-break space before « : ».
    expect(highlighted.map((t) => t.replace(/\s+/g, ' '))).toContain('R.4312-61 et R.4312-82 : seulement la concurrence entre infirmiers');
    expect(await dialog.locator('article.erratum').first().getAttribute('class')).toContain('highlighted');
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
