// Quizzes come with their story's chunk (the .ink module's `quiz` export) and are registered here
// when the story loads, as photos are: a new scenario with a quiz file needs no code.
import type { Quiz } from './quiz';
import type { Sheet } from './sheet';

const QUIZZES = new Map<string, Quiz | null>();

export function registerQuiz(scenarioId: string, quiz: Quiz | null | undefined): void {
  QUIZZES.set(scenarioId, quiz ?? null);
}

/** undefined: the story is not loaded yet; null: it has no quiz. */
export function findQuiz(scenarioId: string): Quiz | null | undefined {
  return QUIZZES.get(scenarioId);
}

const SHEETS = new Map<string, Sheet | null>();

export function registerSheet(scenarioId: string, sheet: Sheet | null | undefined): void {
  SHEETS.set(scenarioId, sheet ?? null);
}

export function findSheet(scenarioId: string): Sheet | null | undefined {
  return SHEETS.get(scenarioId);
}
