// Where the quiz meets the debrief: the same items as before the play (src/quiz/ask.ts) again,
// the comparison, the result code. Stored through the store's re-read-and-merge.
import { encodeResult } from '../learning/code';
import { itemsFor, type QuizAnswers } from '../learning/quiz';
import { findQuiz } from '../learning/registry';
import type { ScenarioRunner } from '../narrative/runner';
import type { EndingStep } from '../narrative/types';
import { quizRecord, recordAfter, recordCode, setReminder } from '../storage/learning';
import type { Store } from '../storage/store';
import { h } from '../ui/dom';
import { mountLearningStep } from './debrief';

export const REMIND_AFTER_DAYS = 7;

/** One random number per finished play, kept while its debrief is shown again (map, comparison). */
const nonces = new WeakMap<ScenarioRunner, { key: string; nonce: number }>();
function nonceOf(runner: ScenarioRunner, key: string): number {
  const hit = nonces.get(runner);
  if (hit && hit.key === key) return hit.nonce;
  const nonce = crypto.getRandomValues(new Uint16Array(1))[0]! & 1023;
  nonces.set(runner, { key, nonce });
  return nonce;
}

const dateFr = (d: Date) => d.toLocaleDateString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long' });

/** « Testez-vous » after the debrief (quiz after, comparison, result code, reminder), and the debrief's ways to it. */
export function mountDebriefLearning(debriefHost: HTMLElement, store: Store, id: string, runner: ScenarioRunner, ending: EndingStep, exportData: object): () => void {
  const role = runner.currentRole;
  const quiz = findQuiz(id) ?? null;
  const items = quiz ? itemsFor(quiz, role) : [];
  const record = quizRecord(store, id, role);
  const fits = (s: typeof record.before) => (s && quiz && s.quizFingerprint === quiz.fingerprint ? s.answers : null);
  const before: QuizAnswers | null = fits(record.before);
  const after: QuizAnswers | null = fits(record.after);
  const path = runner.choicesMade.map((c) => c.optionIndex);
  const nonce = nonceOf(runner, `${role}:${path.join(',')}:${ending.id}`);
  const article = debriefHost.querySelector<HTMLElement>('.dbf');
  if (!article) return () => undefined;
  const existing = store.get().learning.reminders[`${id}:${role}`];
  const codeFor = (afterAnswers: QuizAnswers | null) => {
    const code = encodeResult({
      scenarioId: id, role, genre: runner.genre, storyFingerprint: runner.fingerprint, quizFingerprint: quiz?.fingerprint ?? 0,
      endingId: ending.id, path,
      before: items.map((i) => before?.[i.id] ?? null), after: items.map((i) => afterAnswers?.[i.id] ?? null), nonce,
    });
    recordCode(store, id, role, code);
    // Part of the debrief's JSON export.
    (exportData as { learning?: unknown }).learning = { resultCode: code, quizBefore: before, quizAfter: afterAnswers };
    return code;
  };
  const kicker = article.querySelector('.dbf-kicker')?.textContent ?? '';
  const step = mountLearningStep(debriefHost, article, kicker, {
    items, before, after,
    code: codeFor,
    saveAfter: (answers) => recordAfter(store, id, role, { answers, at: new Date().toISOString(), quizFingerprint: quiz!.fingerprint }),
    remind: (missed) => {
      const due = new Date(Date.now() + REMIND_AFTER_DAYS * 86_400_000);
      setReminder(store, { scenarioId: id, role, due: due.toISOString(), path, missed, storyFingerprint: runner.fingerprint });
      return `C’est noté : à partir du ${dateFr(due)}, le menu vous proposera une révision de trois minutes sur ce scénario (enregistrée dans ce navigateur seulement).`;
    },
    reminded: existing ? `Une révision est prévue à partir du ${dateFr(new Date(existing.due))}.` : null,
  });
  // One way in near the top (under the ending and its totals), one first among the actions at the
  // end; the printed debrief carries the scores and the code.
  article.querySelector('.dbf-header')?.append(h('p', { class: 'learn-entry-line' }, step.entry('learn-entry-top'),
    items.length ? h('span', { class: 'dbf-muted' }, 'puis votre code de résultat') : null));
  article.querySelector('.dbf-actions')?.prepend(step.entry('learn-entry-end'));
  article.querySelector('.dbf-actions')?.before(step.printSummary());
  return () => step.destroy();
}
