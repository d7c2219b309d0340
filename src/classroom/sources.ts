// The stories the trainer's page decodes codes with: every non-demo scenario, loaded once, each with
// the decision table shipped for it (codes are then read without replaying the story).
import { loadStoryJson, visibleScenarios } from '../app/scenarios';
import { findScenario, scenarioCards } from '../content/scenarios';
import type { StorySource } from '../learning/classroom';
import { isDecisionTable, type DecisionTable } from '../learning/decisionTable';
import { findQuiz } from '../learning/registry';

/**
 * The table shipped with the page; null when missing or unreadable (codes are then replayed, slower).
 * Whether it was made from this version of the story is checked by its fingerprint where it is used.
 */
export async function shippedTable(id: string): Promise<DecisionTable | null> {
  try {
    const t = await findScenario(id)?.decisions?.();
    return isDecisionTable(t, id) ? t : null;
  } catch {
    return null;
  }
}

export async function loadStorySources(): Promise<StorySource[]> {
  const cards = scenarioCards();
  const ids = visibleScenarios(location.search).filter((s) => !s.demo).map((s) => s.id);
  return Promise.all(ids.map(async (id) => {
    const [json, table] = await Promise.all([loadStoryJson(id), shippedTable(id)]);
    return { id, title: cards.find((c) => c.id === id)?.title ?? id, json, quiz: findQuiz(id) ?? null, table };
  }));
}
