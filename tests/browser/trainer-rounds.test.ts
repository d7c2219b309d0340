// Trainer mode's two-round vote (peer instruction) in its two windows, the exam setting by default
// with its switch on the setup screen, and the sheet's short path offered there. Served like
// trainer.test.ts: Vite's dev server and a one-line page that starts trainer mode from the URL.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { requireBrowserUnderCi, skip } from './context';
import { openTrainerWindows } from './trainer-page';
import { textProblems } from './text-problems';

requireBrowserUnderCi();

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Séance</title></head>
<body style="margin:0"><div id="app"></div><script type="module">
import { startTrainerFromUrl } from '/src/trainer/index.ts';
startTrainerFromUrl(document.getElementById('app'));
</script></body></html>`;

const STORAGE_KEY = 'soignants-reseaux:v1';

describe.skipIf(skip)('trainer mode: two-round votes, exam setting, short path', () => {
  const windows = openTrainerWindows(PAGE);

  const votesOn = (page: Page) => page.$$eval('.ps-count', (els) => els.map((e) => Number((e as HTMLElement).dataset.votes)));
  /** Per option of the projector's chart, the percentages of each round shown and the shift in words. */
  const chart = (page: Page) => page.$$eval('.tp-consequence .tp-chart-row', (rows) => rows.map((r) => ({
    rounds: [...r.querySelectorAll('.tp-cbar-value')].map((v) => Number((v as HTMLElement).dataset.percent)),
    shift: r.querySelector('.tp-shift')?.textContent ?? null,
  })));
  const press = async (page: Page, ...keys: string[]) => {
    for (const k of keys) await page.keyboard.press(k);
  };

  it('runs a decision in two rounds: hidden vote, discussion with a countdown, re-vote, both distributions and the shift', async () => {
    const projector = await windows.context.newPage();
    const errors: string[] = [];
    projector.on('pageerror', (e) => errors.push(e.message));
    await projector.goto(`${windows.base}/seance.html?mode=formateur&scenario=demo&role=etudiant&votes=deux`);
    await projector.waitForSelector('.pj-root[data-phase="story"]');
    const [presenter] = await Promise.all([windows.context.waitForEvent('page'), projector.keyboard.press('p')]);
    presenter.on('pageerror', (e) => errors.push(e.message));
    await presenter.waitForSelector('.ps-root[data-phase="story"]');
    // The keys are documented on the presenter view.
    const help = await presenter.locator('.ps-help').textContent();
    expect(help).toContain('Discutez avec votre voisin·e');
    expect(help).toMatch(/T.*minuteur/);

    await press(presenter, 'ArrowRight', 'ArrowRight', 'ArrowRight');
    await projector.waitForSelector('.pj-root[data-phase="vote"]');

    // First round: 2 hands for option 1, 8 for option 2. The presenter counts; the room sees no figure.
    await press(presenter, 'Digit1', 'Digit1', ...Array.from({ length: 8 }, () => 'Digit2'));
    await expect.poll(() => votesOn(presenter)).toEqual([2, 8, 0]);
    expect(await projector.locator('.tp-count').count()).toBe(0);
    expect(await projector.locator('.tp-options').textContent()).toContain('les résultats restent cachés');

    // Presenter controls live on the presenter side only.
    expect(await presenter.locator('button[data-action="discuss"]').count()).toBe(1);
    expect(await projector.locator('button[data-action="discuss"], .ps-round-actions').count()).toBe(0);

    // « D »: the room discusses. The first round's figures stay hidden from it.
    await presenter.keyboard.press('d');
    await projector.waitForSelector('.tp-discuss');
    expect(await projector.locator('.tp-discuss h2').textContent()).toBe('Discutez avec votre voisin·e');
    expect(await projector.locator('.pj-panel').textContent()).not.toMatch(/80|20\s?%/);
    expect(await textProblems(projector)).toEqual([]);
    await expect.poll(() => presenter.locator('.ps-votes[data-stage="discuss"] .ps-count').allTextContents()).toEqual(['2 (20\u00A0%)', '8 (80\u00A0%)', '0 (0\u00A0%)']);

    // « T »: a one-minute countdown on the projector, which runs.
    await presenter.keyboard.press('t');
    await projector.waitForSelector('.tp-timer');
    const start = Number(await projector.locator('.tp-timer').getAttribute('data-left'));
    expect(start).toBeGreaterThan(40);
    expect(start).toBeLessThanOrEqual(60);
    expect(await projector.locator('.tp-timer').textContent()).toMatch(/^[01]\u00A0min\u00A0\d\d\u00A0s$/);
    await expect.poll(async () => Number(await projector.locator('.tp-timer').getAttribute('data-left'))).toBeLessThan(start);
    expect(await projector.locator('.tp-timer').getAttribute('role')).toBe('timer');

    // « → »: the second round, counts hidden again; 6 for option 1, 4 for option 2 this time.
    await presenter.keyboard.press('ArrowRight');
    await projector.waitForSelector('.tp-options[data-stage="second"]');
    expect(await projector.locator('.tp-timer').count()).toBe(0);
    await press(presenter, ...Array.from({ length: 6 }, () => 'Digit1'), 'Digit2', 'Digit2', 'Digit2', 'Digit2');
    await expect.poll(() => votesOn(presenter)).toEqual([6, 4, 0]);
    expect(await projector.locator('.tp-count').count()).toBe(0);

    // Marks the transcript's nodes: after the reveal they must still be the same nodes (a screen
    // reader then reads only the new line, not the whole transcript again).
    const marked = await projector.$$eval('.pj-transcript > *', (els) => els.map((e) => { (e as HTMLElement).dataset.seen = '1'; return e.textContent; }).length);
    expect(marked).toBeGreaterThan(0);

    await presenter.keyboard.press('r');
    await projector.waitForSelector('.tp-consequence .tp-chart[data-chart="2"]');
    expect(await chart(projector)).toEqual([
      { rounds: [20, 60], shift: '+40\u00A0points' },
      { rounds: [80, 40], shift: '\u221240\u00A0points' },
      { rounds: [0, 0], shift: 'sans changement' },
    ]);
    // The bars are drawn to scale: option 1's second bar three times its first.
    const widths = await projector.$$eval('.tp-chart-row[data-option="1"] .tp-cbar', (bars) => bars.map((b) => b.getBoundingClientRect().width));
    expect(widths[1]! / widths[0]!).toBeGreaterThan(2.7);
    expect(widths[1]! / widths[0]!).toBeLessThan(3.3);
    // Readable from the back of the room: 28 px at least at 1920×1080.
    for (const sel of ['.tp-chart-text', '.tp-cbar-value', '.tp-shift']) {
      expect(await projector.$eval(`.tp-consequence ${sel}`, (e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(28);
    }
    // Nothing cut or overlapping on the projected screen.
    expect(await textProblems(projector)).toEqual([]);
    // The exam setting (the default): no consequence, no gauges until the ending.
    expect(await projector.locator('.tp-consequence .tp-feedback').count()).toBe(0);
    expect(await projector.locator('.tp-consequence .tp-gauge').count()).toBe(0);
    expect(await projector.locator('.tp-exam-note').textContent()).toContain('à la fin du scénario');

    // The accessible transcript: one new line with both distributions, the old lines untouched.
    const transcript = await projector.$$eval('.pj-transcript > *', (els) => els.map((e) => ({ seen: (e as HTMLElement).dataset.seen === '1', text: e.textContent ?? '' })));
    // (French spacing: a narrow no-break space before « ; », compared here as a plain space.)
    expect(transcript.filter((l) => !l.seen).map((l) => l.text.replace(/[\u00A0\u202F]/g, ' '))).toEqual([
      'Décision 1 : Deux votes : option 1, 20 % puis 60 % (+40 points) ; option 2, 80 % puis 40 % (\u221240 points) ; option 3, 0 % puis 0 % (sans changement). Option 1 suivie.',
    ]);
    expect(transcript.filter((l) => l.seen)).toHaveLength(marked);
    expect(await projector.locator('.pj-transcript').getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => presenter.locator('.ps-shift').textContent()).toContain('option 1 +40\u00A0points');

    // Reload of the projector: the reveal comes back with both rounds.
    await projector.reload();
    await projector.waitForSelector('.tp-consequence .tp-chart[data-chart="2"]');
    expect((await chart(projector)).map((r) => r.rounds)).toEqual([[20, 60], [80, 40], [0, 0]]);

    // On to the ending; the second decision is revealed after its first round.
    for (let i = 0; i < 4; i++) await projector.keyboard.press('ArrowRight');
    await projector.waitForSelector('.pj-root[data-phase="vote"]');
    await press(projector, 'Digit1', 'r');
    await projector.waitForSelector('.pj-root[data-phase="consequence"]');
    expect(await projector.locator('.tp-chart[data-chart="1"]').count()).toBe(1);
    await projector.keyboard.press('ArrowRight');
    await projector.waitForSelector('.pj-root[data-phase="ending"]');
    // The ending brings the scores (exam setting).
    expect(await projector.locator('.tp-ending .tp-gauge').count()).toBe(4);
    await projector.keyboard.press('ArrowRight');
    await projector.waitForSelector('.ts-summary');
    for (const page of [projector, presenter]) {
      await expect.poll(() => page.locator('tr[data-decision="1"][data-option="1"] .ts-votes').textContent()).toBe('2 (20\u00A0%) → 6 (60\u00A0%), +40\u00A0points');
      expect(await page.locator('tr[data-decision="1"][data-option="2"] .ts-votes').textContent()).toBe('8 (80\u00A0%) → 4 (40\u00A0%), \u221240\u00A0points');
      expect(await page.locator('tr[data-decision="2"][data-option="1"] .ts-votes').textContent()).toBe('1 (100\u00A0%)');
    }
    // And the stored session keeps both rounds.
    const stored = await projector.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').trainer?.session?.rounds?.[0] ?? null, STORAGE_KEY);
    expect(stored).toMatchObject({ firstVotes: [2, 8, 0], votes: [6, 4, 0], followed: 0 });
    expect(errors).toEqual([]);
    await presenter.close();
    await projector.close();
  });

  it('sets up a session in the exam setting by default, with a switch for feedback at once, and offers the short path', async () => {
    const page = await windows.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const setup = async () => {
      await page.goto(`${windows.base}/seance.html?mode=formateur`);
      await page.waitForSelector('.tset-form');
    };
    await setup();
    // The switch is on the setup screen, the exam setting checked.
    const exam = page.getByRole('radio', { name: /Mode examen/ });
    const immediate = page.getByRole('radio', { name: /Retour immédiat/ });
    expect(await exam.isVisible()).toBe(true);
    expect(await exam.isChecked()).toBe(true);
    expect(await immediate.isChecked()).toBe(false);
    // Whole scenario by default; « Parcours court (1 h) » for a scenario with a sheet.
    expect(await page.getByRole('radio', { name: 'Scénario entier' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: /La demande d.ami/ }).check();
    const short = page.getByRole('radio', { name: /Parcours court \(1\sh\)/ });
    expect(await short.isEnabled()).toBe(true);

    const session = () => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').trainer?.session ?? null, STORAGE_KEY);
    const toFirstReveal = async () => {
      await page.waitForSelector('.pj-root[data-phase="story"]');
      for (let i = 0; i < 80 && (await page.locator('.pj-root').getAttribute('data-phase')) !== 'vote'; i++) await page.keyboard.press('ArrowRight');
      await page.waitForSelector('.pj-root[data-phase="vote"]');
      await page.keyboard.press('Digit1');
      await page.keyboard.press('r');
      await page.waitForSelector('.pj-root[data-phase="consequence"] .tp-consequence');
    };

    // Default: exam setting, short path chosen → the session runs the sheet's five decisions.
    await short.check();
    await page.getByRole('button', { name: 'Commencer la séance' }).click();
    await toFirstReveal();
    expect(await session()).toMatchObject({ settings: { feedback: 'examen', twoRounds: false, shortPath: ['d1-demande', 'd2-resultats', 'd3-voisin', 'd5-temoignage', 'd7-partage'] } });
    expect(await page.locator('.tp-consequence .tp-feedback').count()).toBe(0);
    expect(await page.locator('.tp-exam-note').isVisible()).toBe(true);

    // Leave, then the switch: feedback at once, whole scenario.
    await page.keyboard.press('Escape');
    await page.locator('dialog[open] [data-leave="oui"]').click();
    await page.waitForSelector('.tset-form');
    await page.getByRole('radio', { name: /La demande d.ami/ }).check();
    await page.getByRole('radio', { name: /Retour immédiat/ }).check();
    await page.getByRole('button', { name: 'Commencer la séance' }).click();
    await toFirstReveal();
    expect(await session()).toMatchObject({ settings: { feedback: 'immediat', shortPath: null } });
    expect(await page.locator('.tp-consequence .tp-feedback').isVisible()).toBe(true);
    expect(await page.locator('.tp-consequence .tp-gauge').count()).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });
});
