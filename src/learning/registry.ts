// Quizzes come with their story's chunk (the .ink module's `quiz` export) and are registered here
// when the story loads, as photos are: a new scenario with a quiz file needs no code.
import type { Quiz } from './quiz';

const QUIZZES = new Map<string, Quiz | null>();

export function registerQuiz(scenarioId: string, quiz: Quiz | null | undefined): void {
  QUIZZES.set(scenarioId, quiz ?? null);
}

/** undefined: the story is not loaded yet; null: it has no quiz. */
export function findQuiz(scenarioId: string): Quiz | null | undefined {
  return QUIZZES.get(scenarioId);
}
