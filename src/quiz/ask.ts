// « Testez-vous » before a new play (offered, skippable), a chunk of its own: it comes before the
// story's first choice, and the debrief's part of the quiz (its comparison, result code and QR
// code, src/quiz/flow.ts) is not needed until the ending (issue 17: bytes to the first choice).
import { loadStoryJson } from '../app/scenarios';
import { itemsFor } from '../learning/quiz';
import { findQuiz } from '../learning/registry';
import type { Role } from '../narrative/types';
import { recordBefore } from '../storage/learning';
import type { Store } from '../storage/store';
import { mountBeforeQuiz } from './before';

/** Offers the quiz before a new play; resolves when answered or skipped (at once without a quiz). */
export async function askBefore(host: HTMLElement, store: Store, id: string, role: Role, title: string): Promise<'play' | 'failed'> {
  try {
    await loadStoryJson(id);
  } catch {
    return 'failed';
  }
  const quiz = findQuiz(id);
  const items = quiz ? itemsFor(quiz, role) : [];
  if (!quiz || items.length === 0) {
    recordBefore(store, id, role, null);
    return 'play';
  }
  return new Promise((resolve) => {
    const off = mountBeforeQuiz(host, title, items, (answers) => {
      off();
      recordBefore(store, id, role, answers ? { answers, at: new Date().toISOString(), quizFingerprint: quiz.fingerprint } : null);
      resolve('play');
    });
  });
}
