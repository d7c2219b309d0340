// The trainer's « Résultats de la classe »: 30 codes generated in Node from the real stories, pasted
// as a chat export with a mistyped one; the page shows, per scenario, the right number of students,
// the endings and each decision's options as counted here. Then the trainer's sheet with the class's
// figures, printed to PDF by Chromium.
import { describe, expect, it } from 'vitest';
import { makeClass, storySources } from '../../tools/class-codes';
import { requireBrowserUnderCi, skip, useBrowser } from './context';

requireBrowserUnderCi();

describe.skipIf(skip)('class results pasted by the trainer', () => {
  const web = useBrowser();

  it('30 codes from a chat export: students, endings and options per decision as played; the sheet prints with the figures', async () => {
    const students = makeClass(storySources(), 30, 7);
    // A mistyped code: one character changed.
    const typo = students[0]!.code.slice(0, 8) + (students[0]!.code[8] === 'A' ? 'B' : 'A') + students[0]!.code.slice(9);
    const chat = [
      'Conversation « Promo 2026 » exportée',
      ...students.map((s, i) => `06/12/2026 10:${String(i).padStart(2, '0')} - Étudiant ${i + 1}: mon code ${s.code}`),
      `06/12/2026 11:00 - Étudiant 31: ${typo}`,
      `06/12/2026 11:01 - Étudiant 2: ${students[1]!.code}`,
    ].join('\n');
    const g = await web.open({ query: '', settings: { typingSpeed: 'instantane' } });
    const { page } = g;
    // The codes are read on the decision tables the page ships (stories/<id>.decisions.json, one
    // chunk per story): the first reading takes milliseconds, not the seconds of replaying the stories.
    const tables = new Set<string>();
    page.on('request', (r) => {
      const m = /\/([a-z-]+)\.decisions-[^/]*\.js(\?|$)/.exec(r.url());
      if (m) tables.add(m[1]!);
    });
    await page.getByRole('button', { name: 'Résultats de la classe' }).click();
    const cls = page.locator('[data-classroom]');
    await cls.getByRole('heading', { name: 'Résultats de la classe' }).waitFor();
    await cls.getByLabel('Codes de résultat').fill(chat);
    await cls.getByRole('button', { name: 'Lire les codes' }).click();
    await cls.locator('.cls-scenario').first().waitFor();
    expect(await cls.locator('.cls-status').textContent()).toMatch(/^30 codes comptés, 1 refusé, 1 doublon ignoré\.$/);
    expect(await cls.locator('[data-refused]').textContent()).toMatch(/mal recopié/);
    expect([...tables].sort()).toEqual([...new Set(students.map((s) => s.scenarioId))].sort());
    for (const id of new Set(students.map((s) => s.scenarioId))) {
      const mine = students.filter((s) => s.scenarioId === id);
      const sec = cls.locator(`[data-scenario="${id}"]`);
      expect(await sec.locator('[data-students]').getAttribute('data-students')).toBe(String(mine.length));
      const endings = new Map<string, number>();
      for (const s of mine) endings.set(s.endingId, (endings.get(s.endingId) ?? 0) + 1);
      for (const [ending, n] of endings) expect(await sec.locator(`[data-endings] [data-ending="${ending}"] [data-count]`).getAttribute('data-count')).toBe(String(n));
      expect(await sec.locator('[data-endings] [data-ending]').count()).toBe(endings.size);
      const options = new Map<string, number>();
      for (const s of mine) for (const [d, text] of s.picks) options.set(`${d} ${text}`, (options.get(`${d} ${text}`) ?? 0) + 1);
      // What the page shows, read at once: decision, option text, count (options nobody took show 0).
      const shown = await sec.locator('[data-decision] [data-option]').evaluateAll((lis) => lis.map((li) => [
        `${li.closest('[data-decision]')!.getAttribute('data-decision')} ${li.getAttribute('data-option')}`,
        Number(li.querySelector('[data-count]')!.getAttribute('data-count')),
      ] as [string, number]));
      expect(new Map(shown.filter(([, n]) => n > 0))).toEqual(options);
    }
    // The sheet of the first scenario, with the class's figures filled in.
    const first = students[0]!.scenarioId;
    await cls.locator(`[data-scenario="${first}"]`).getByRole('button', { name: 'Fiche formateur avec ces chiffres' }).click();
    const sheet = page.locator('[data-sheet]');
    await sheet.waitFor();
    expect(await sheet.locator('[data-class-figures]').getAttribute('data-class-figures')).toBe(String(students.filter((s) => s.scenarioId === first).length));
    expect(await sheet.locator('[data-decision]').count()).toBe(5);
    expect(await sheet.locator('[data-phase]').allTextContents()).toEqual([expect.stringMatching(/^Réactions/), expect.stringMatching(/^Analyse/), expect.stringMatching(/^Synthèse/)]);
    // The first decision of the short path is one every student met: its figures say who chose what.
    expect(await sheet.locator('[data-decision] [data-figure]').first().textContent()).toMatch(/^\d+\s%\sont choisi «\s/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.tsheet-actions').isVisible()).toBe(false);
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await sheet.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // One or two pages of A4: a sheet, not the whole menu behind it.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
    await page.context().close();
  });
});
