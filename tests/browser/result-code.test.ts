// A student plays a scenario alone: « Testez-vous » before (answered), the scenario, then from the
// debrief the step « Testez-vous » (the same quiz after, the result code and its QR code) and back.
// The code read on the page decodes to what the student did; the QR drawn by the page reads back
// (jsQR) as the same code.
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { decodeResult, endingHash, scenarioHash } from '../../src/learning/code';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { choiceButtons, nextStop } from './harness';

requireBrowserUnderCi();

describe.skipIf(skip)('a student finishes a scenario and reads a result code', () => {
  const web = useBrowser();

  it('quiz before, play, quiz after, code and QR that decode to the same play', async () => {
    const g = await web.open({ settings: { typingSpeed: 'instantane' } });
    const { page } = g;
    await page.getByRole('button', { name: /^Jouer : La page pro/ }).click();
    const before = page.locator('[data-quiz="before"]');
    await before.waitFor();
    expect(await before.getByRole('heading', { level: 1 }).textContent()).toBe('Testez-vous avant de jouer');
    // Submitting with a question left out says which one.
    await before.getByRole('button', { name: 'Valider et jouer' }).click();
    expect(await before.getByRole('status').textContent()).toContain('question 1');
    const items = before.locator('fieldset.quiz-item');
    const n = await items.count();
    // Every item of the story's quiz (stories/page-pro.quiz.json: none of them is limited to a role).
    expect(n).toBe((JSON.parse(readFileSync('stories/page-pro.quiz.json', 'utf8')) as { items: unknown[] }).items.length);
    // Before: the first answer everywhere, « sûr·e » on the first four only.
    for (let i = 0; i < n; i++) {
      await items.nth(i).locator('input[data-option]').first().check();
      await items.nth(i).getByRole('radio', { name: i < 4 ? 'sûr·e' : 'pas sûr·e', exact: true }).check();
    }
    await before.getByRole('button', { name: 'Valider et jouer' }).click();
    let decisions = 0;
    while ((await nextStop(page)) === 'choice') {
      await choiceButtons(page).first().click();
      decisions++;
    }
    // The debrief alone first: the quiz and the code are a step of their own, one button away.
    const debrief = page.locator('article.dbf');
    await debrief.locator('h1').waitFor();
    const learn = page.locator('[data-learning]');
    expect(await learn.isVisible()).toBe(false);
    expect(await page.locator('[data-result-code]').isVisible()).toBe(false);
    // Near the top (under the ending) and among the actions at the end, each naming the questions to come.
    const entries = debrief.getByRole('button', { name: `Testez-vous : ${n} questions` });
    expect(await entries.count()).toBe(2);
    expect(await debrief.locator('.dbf-header').getByRole('button', { name: `Testez-vous : ${n} questions` }).count()).toBe(1);
    expect(await debrief.locator('.dbf-actions').getByRole('button', { name: `Testez-vous : ${n} questions` }).count()).toBe(1);
    // The one at the end, from the bottom of the debrief, with the keyboard.
    const endEntry = debrief.locator('.dbf-actions').getByRole('button', { name: `Testez-vous : ${n} questions` });
    await endEntry.focus();
    const host = page.locator('.ending-host');
    const left = await host.evaluate((e) => e.scrollTop);
    expect(left).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    // The step replaces the debrief: its title has the focus, and it is read from its top.
    const step = page.locator('[data-learning-step]');
    await step.getByRole('heading', { level: 1, name: 'Testez-vous' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Testez-vous');
    expect(await debrief.isVisible()).toBe(false);
    expect(await host.evaluate((e) => e.scrollTop)).toBe(0);
    const after = learn.locator('fieldset.quiz-item');
    expect(await after.count()).toBe(n);
    for (let i = 0; i < n; i++) {
      await after.nth(i).locator('input[data-option]').nth(1).check();
      await after.nth(i).getByRole('radio', { name: 'sûr·e', exact: true }).check();
    }
    await learn.getByRole('button', { name: 'Voir mes résultats' }).click();
    // Before and after per item, and a calibration line.
    await learn.locator('[data-calibration]').waitFor();
    expect(await learn.locator('tbody tr').count()).toBe(n);
    expect(await learn.locator('[data-calibration]').textContent()).toMatch(new RegExp(`^Calibration\\s: Sûr·e ${n} fois sur ${n}\\D`));
    const code = (await page.locator('[data-result-code]').textContent())!;
    expect(code).toMatch(/^SR1[0-9A-Z]+$/);
    expect(code.length).toBeLessThanOrEqual(40);
    const d = decodeResult(code);
    if ('kind' in d) throw new Error(d.message);
    expect(d.scenarioHash).toBe(scenarioHash('page-pro'));
    expect(d.role).toBe('etudiant');
    expect(d.path).toHaveLength(decisions);
    expect(d.path.every((i) => i === 0)).toBe(true);
    expect(d.endingHash).toBe(endingHash((await page.locator('article.dbf').getAttribute('data-ending'))!));
    expect(d.before.map((a) => a && a.choice)).toEqual(Array(n).fill(0));
    expect(d.before.map((a) => a && a.sure)).toEqual(Array.from({ length: n }, (_, i) => i < 4));
    expect(d.after.map((a) => a && a.choice)).toEqual(Array(n).fill(1));
    // The QR drawn by the page reads back as the same code.
    const pixels = await page.evaluate(async () => {
      const svg = document.querySelector('.learn-qr svg')!;
      const img = new Image();
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
      await img.decode();
      const c = document.createElement('canvas');
      c.width = 240;
      c.height = 240;
      const ctx = c.getContext('2d')!;
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(img, 0, 0, 240, 240);
      return Array.from(ctx.getImageData(0, 0, 240, 240).data);
    });
    expect(jsQR(Uint8ClampedArray.from(pixels), 240, 240)?.data).toBe(code);
    // Kept locally, with the sittings, for the JSON export and the next visit.
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('soignants-reseaux:v1')!).learning);
    expect(stored.codes['page-pro:etudiant'].code).toBe(code);
    expect(Object.keys(stored.quiz['page-pro:etudiant'].before.answers)).toHaveLength(n);
    expect(Object.keys(stored.quiz['page-pro:etudiant'].after.answers)).toHaveLength(n);
    // « Me le rappeler dans une semaine » is kept too.
    await page.getByRole('button', { name: 'Me le rappeler dans une semaine' }).click();
    expect(await page.locator('[data-learning] ~ section [role="status"]').last().textContent()).toMatch(/^C’est noté\s: à partir du/);
    // Back to the debrief, where the student left it (scrolled to its end), the focus on the button she used,
    // which now says the results are there; the printed debrief carries the same code.
    await step.getByRole('button', { name: /Retour au débriefing/ }).last().click();
    await debrief.locator('h1').waitFor();
    expect(await step.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Vos résultats et votre code');
    expect(await page.evaluate(() => document.activeElement?.closest('.dbf-actions') !== null)).toBe(true);
    expect(await host.evaluate((e) => e.scrollTop)).toBe(left);
    expect(await debrief.locator('.learn-print-code').textContent()).toBe(code);
    // Opened again from the top: the results and the same code, not a blank form.
    await debrief.locator('.dbf-header').getByRole('button', { name: 'Vos résultats et votre code' }).click();
    await learn.locator('[data-calibration]').waitFor();
    expect(await learn.locator('fieldset.quiz-item').count()).toBe(0);
    expect(await page.locator('[data-result-code]').textContent()).toBe(code);
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
    await page.context().close();
  });
});
