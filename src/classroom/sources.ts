// The stories the trainer's page decodes codes with: every non-demo scenario, loaded once.
import { loadStoryJson, visibleScenarios } from '../app/scenarios';
import { scenarioCards } from '../content/scenarios';
import type { StorySource } from '../learning/classroom';
import { findQuiz } from '../learning/registry';

export async function loadStorySources(): Promise<StorySource[]> {
  const cards = scenarioCards();
  const ids = visibleScenarios(location.search).filter((s) => !s.demo).map((s) => s.id);
  return Promise.all(ids.map(async (id) => {
    const json = await loadStoryJson(id);
    return { id, title: cards.find((c) => c.id === id)?.title ?? id, json, quiz: findQuiz(id) ?? null };
  }));
}
