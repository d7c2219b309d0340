// « Révision de la semaine »: a reminder stored eight days ago (so due a day ago) for a play of « La
// demande d'ami » that went wrong; the menu offers it, the refresher asks three decisions where the
// choice cost, with the sheet's other names, then the quiz items missed, and leaves the menu.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioRunner } from '../../src/narrative/runner';
import { AXES, type ChoiceOption } from '../../src/narrative/types';
import { isRisky } from '../../src/learning/resolve';
import { itemsFor } from '../../src/learning/quiz';
import { compileResult } from '../helpers';
import { baseUrl, requireBrowserUnderCi, skip, useBrowser } from './context';

requireBrowserUnderCi();

const STORAGE_KEY = 'soignants-reseaux:v1';
const DAY = 24 * 3600 * 1000;
const total = (o: ChoiceOption) => AXES.reduce((s, a) => s + o.consequence.deltas[a], 0);

/** The play to revisit: the costliest option at every decision, and the decisions where it cost. */
function worstPlay() {
  const r = compileResult('stories/demande-ami.ink');
  const runner = ScenarioRunner.load(r.json!, 'demande-ami') as ScenarioRunner;
  let stop = runner.start('etudiant').stop;
  const path: number[] = [];
  const costly: string[] = [];
  while (stop.kind === 'decision') {
    const d = stop;
    const i = d.options.reduce((w, o, k) => (total(o) < total(d.options[w]!) ? k : w), 0);
    if (isRisky(d.options[i]!.consequence) && Math.max(...d.options.map(total)) > total(d.options[i]!)) costly.push(d.note.prompt);
    path.push(i);
    stop = runner.choose(i).batch.stop;
  }
  const items = itemsFor(r.quiz!, 'etudiant');
  return { path, costly, fingerprint: runner.fingerprint, missed: [items[0]!, items[2]!], items };
}

describe.skipIf(skip)('the refresher a week later', () => {
  const web = useBrowser();

  it('is offered by the menu after a week: three costly decisions with other names, then the missed quiz items', async () => {
    const play = worstPlay();
    expect(play.costly.length).toBeGreaterThanOrEqual(3);
    const now = Date.now();
    const stored = {
      version: 1,
      settings: { sound: false, volume: 0.7, textScale: 1, animations: false, typingSpeed: 'instantane', feedback: 'immediat' },
      progress: {},
      games: {},
      trainer: null,
      learning: {
        quiz: {},
        codes: {},
        reminders: {
          'demande-ami:etudiant': {
            scenarioId: 'demande-ami', role: 'etudiant',
            // Asked for eight days ago: due one day ago.
            due: new Date(now - 8 * DAY + 7 * DAY).toISOString(),
            path: play.path, missed: play.missed.map((i) => i.id), storyFingerprint: play.fingerprint,
          },
        },
      },
    };
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    await context.addInitScript(([key, data]) => {
      if (!localStorage.getItem(key as string)) localStorage.setItem(key as string, data as string);
    }, [STORAGE_KEY, JSON.stringify(stored)]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();

    // The menu offers it.
    const offer = page.locator('[data-refresher="demande-ami"]');
    await offer.waitFor();
    expect(await offer.getByRole('heading').textContent()).toBe('Votre révision de la semaine');
    expect(await offer.textContent()).toContain('La demande d’ami');
    await offer.getByRole('button', { name: 'Faire la révision' }).click();

    // Three situations, each a decision where the choice cost, with the sheet's names.
    const screen = page.locator('.quiz-screen[data-refresher="demande-ami"]');
    await screen.getByRole('heading', { name: 'Révision de la semaine' }).waitFor();
    const seen: string[] = [];
    for (let k = 1; k <= 3; k++) {
      await screen.getByRole('heading', { name: `Situation ${k} sur 3` }).waitFor();
      const text = (await screen.textContent())!;
      seen.push(text);
      // Names changed (« Marc Delorme » → « Gérard Lenoir », « Sylvie » → « Martine »…).
      expect(text).not.toMatch(/\b(Marc|Delorme|Sylvie|Ferrand|Sandrine)\b/);
      const options = screen.locator('.refresher-option');
      expect(await options.count()).toBeGreaterThanOrEqual(2);
      await options.first().click();
      // Feedback said, then on.
      await screen.getByRole('status').filter({ hasText: /Ce choix coûte encore|Bon réflexe/ }).waitFor();
      await screen.getByRole('button', { name: k < 3 ? 'Situation suivante' : 'Continuer' }).click();
    }
    // The three prompts are among the decisions where the stored play cost.
    const plain = (t: string) => t.replace(/[\u00A0\u202F]/g, ' ').replace(/’/g, "'").replace(/\s+/g, ' ');
    const replace = (JSON.parse(readFileSync('stories/demande-ami.sheet.json', 'utf8')) as { refresher: { replace: Record<string, string> } }).refresher.replace;
    const swap = (t: string) => Object.keys(replace).sort((a, b) => b.length - a.length)
      .reduce((acc, k) => acc.replace(new RegExp(`(?<!\\p{L})${k}(?!\\p{L})`, 'gu'), `\u0000${replace[k]}\u0000`), t).replace(/\u0000/g, '');
    const costly = play.costly.map((p) => plain(swap(p)));
    expect(seen.map(plain).filter((t) => costly.some((p) => t.includes(p)))).toHaveLength(3);

    // Then the missed quiz items only.
    await screen.getByRole('heading', { name: 'Les questions manquées' }).waitFor();
    const items = screen.locator('fieldset.quiz-item');
    expect(await items.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      await items.nth(i).locator('input[data-option]').first().check();
      await items.nth(i).getByRole('radio', { name: 'sûr·e', exact: true }).check();
    }
    await screen.getByRole('button', { name: 'Voir mes réponses' }).click();
    await screen.locator('[data-score="refresher"]').waitFor();
    expect(await screen.locator('[data-score="refresher"]').textContent()).toMatch(/^\d sur 2 cette fois\.$/);
    await screen.getByRole('button', { name: 'Terminer' }).click();
    await screen.getByText('Révision terminée. Elle est retirée du menu.').waitFor();

    // Done: the reminder is gone from the storage and from the menu.
    const reminders = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').learning?.reminders ?? null, STORAGE_KEY);
    expect(reminders).toEqual({});
    await screen.getByRole('button', { name: 'Retour au menu' }).click();
    await page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
    await page.getByRole('button', { name: 'Résultats de la classe' }).waitFor();
    expect(await page.locator('[data-refresher]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
