// The class results last read in this page: the trainer's sheet fills its figures from them.
// In memory only: codes are pasted again after a reload (nothing about a class is stored).
import type { ScenarioSummary } from '../learning/classroom';
import type { SessionFigures } from '../learning/sessionFigures';

let last: ScenarioSummary[] = [];

export function setClassResults(s: ScenarioSummary[]): void {
  last = s;
}

export function classResultsFor(scenarioId: string): ScenarioSummary | null {
  return last.find((s) => s.id === scenarioId) ?? null;
}

/** The last trainer session left in this page (its stored copy is cleared on leaving). */
let lastSession: SessionFigures | null = null;

export function setSessionResults(f: SessionFigures | null): void {
  if (f) lastSession = f;
}

export function sessionResultsFor(scenarioId: string): SessionFigures | null {
  return lastSession?.scenarioId === scenarioId ? lastSession : null;
}
