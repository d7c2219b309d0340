// The class results last read in this page: the trainer's sheet fills its figures from them.
// In memory only: codes are pasted again after a reload (nothing about a class is stored).
import type { ScenarioSummary } from '../learning/classroom';

let last: ScenarioSummary[] = [];

export function setClassResults(s: ScenarioSummary[]): void {
  last = s;
}

export function classResultsFor(scenarioId: string): ScenarioSummary | null {
  return last.find((s) => s.id === scenarioId) ?? null;
}
