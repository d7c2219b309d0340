// The stories the trainer's page decodes codes with: every non-demo scenario, loaded once.
import { loadStoryJson, visibleScenarios } from '../app/scenarios';
import { scenarioCards } from '../content/scenarios';
import type { StorySource } from '../learning/classroom';
import { findQuiz } from '../learning/registry';
import { findScenario } from '../content/scenarios';
import { isDecisionTable, type DecisionTable } from '../learning/decisionTable';

/** The table made at build time; null when missing or unreadable (codes are then replayed, slower). */
async function tableOf(id: string): Promise<DecisionTable | null> {
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
    const [json, table] = await Promise.all([loadStoryJson(id), tableOf(id)]);
    return { id, title: cards.find((c) => c.id === id)?.title ?? id, json, quiz: findQuiz(id) ?? null, table };
  }));
}
