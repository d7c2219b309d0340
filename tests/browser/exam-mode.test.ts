// Exam mode (« Mode examen : tout au débriefing »): nothing of a choice's consequence is shown or
// said during play — no feedback card, no feedback in the log read by screen readers — and all of
// it comes at the debrief. The immediate mode is played beside it, so the test sees the feedback
// where it would be shown (a test that looked in the wrong place would pass either way).
import { describe, expect, it } from 'vitest';
import { ScenarioRunner } from '../../src/narrative/runner';
import { compiled } from '../helpers';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { afterChoice, choiceButtons, nextStop, playToEnding } from './harness';

requireBrowserUnderCi();

/** The feedback of the demo's first decision, first option, as the story writes it. */
function firstFeedback(): string {
  const r = ScenarioRunner.load(compiled('stories/demo.ink'), 'demo');
  if (!(r instanceof ScenarioRunner)) throw new Error(r.message);
  const stop = r.start('etudiant').stop;
  if (stop.kind !== 'decision') throw new Error('the demo starts on a decision');
  const fb = stop.options[0]!.consequence.feedback;
  expect(fb.length).toBeGreaterThan(20);
  return fb;
}

describe.skipIf(skip)('exam mode keeps every consequence for the debrief', () => {
  const web = useBrowser();
  const feedback = firstFeedback().slice(0, 40);

  for (const mode of ['immediat', 'examen'] as const) {
    it(`${mode}: the first choice's feedback is ${mode === 'examen' ? 'neither shown nor said' : 'shown and said'} during play`, async () => {
      // 1280×720: the panel beside the phone (no sheet to dismiss).
      const g = await web.open({ width: 1280, height: 720, settings: { typingSpeed: 'instantane', feedback: mode } });
      const { page } = g;
      await page.getByRole('radio', { name: /Étudiant/ }).check();
      await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
      expect(await nextStop(page)).toBe('choice');
      const names = await choiceButtons(page).allTextContents();
      await choiceButtons(page).first().click();
      expect(await afterChoice(page, names)).toBe('choice');
      const panel = (await page.locator('aside.panel').innerText()).replace(/\s+/g, ' ');
      const log = (await page.locator('.mirror-log').textContent()) ?? '';
      const norm = (s: string) => s.replace(/[\s\u00A0\u202F]+/g, ' ');
      if (mode === 'examen') {
        expect(norm(panel)).not.toContain(norm(feedback));
        expect(norm(log)).not.toContain(norm(feedback));
        expect(panel).toMatch(/Mode examen/);
      } else {
        expect(norm(panel)).toContain(norm(feedback));
        expect(norm(log)).toContain(norm(feedback));
      }
      // Either way, the debrief tells it.
      await playToEnding(page, () => 0);
      expect(norm((await page.locator('article.dbf').textContent()) ?? '')).toContain(norm(feedback));
      expect(g.errors).toEqual([]);
    });
  }
});
