// The stories the trainer's page decodes codes with: every non-demo scenario, loaded once, each with
// the decision table shipped for it (codes are then read without replaying the story).
import { loadStoryJson, visibleScenarios } from '../app/scenarios';
import { scenarioCards } from '../content/scenarios';
import { shippedTable } from '../content/decisionTables';
import type { StorySource } from '../learning/classroom';
import { findQuiz } from '../learning/registry';

export async function loadStorySources(): Promise<StorySource[]> {
  const cards = scenarioCards();
  const ids = visibleScenarios(location.search).filter((s) => !s.demo).map((s) => s.id);
  return Promise.all(ids.map(async (id) => {
    const [json, table] = await Promise.all([loadStoryJson(id), shippedTable(id)]);
    return { id, title: cards.find((c) => c.id === id)?.title ?? id, json, quiz: findQuiz(id) ?? null, table };
  }));
}
