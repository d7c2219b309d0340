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

/** Each story's sheet, fetched when first read (a chunk of its own: no player's first choice waits for it). */
const SHEETS = new Map<string, (() => Promise<Sheet>) | null>();

export function registerSheet(scenarioId: string, load: (() => Promise<Sheet>) | null | undefined): void {
  SHEETS.set(scenarioId, load ?? null);
}

/** undefined: the story is not loaded yet; else whether it has a sheet. */
export function hasSheet(scenarioId: string): boolean | undefined {
  const l = SHEETS.get(scenarioId);
  return l === undefined ? undefined : l !== null;
}

/** undefined: the story is not loaded yet; null: it has no sheet. Fails when the sheet's chunk cannot be downloaded. */
export async function findSheet(scenarioId: string): Promise<Sheet | null | undefined> {
  const l = SHEETS.get(scenarioId);
  return l === undefined ? undefined : l ? l() : null;
}
