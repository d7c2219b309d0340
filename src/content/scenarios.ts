// The scenarios the menu offers: every story of the stories folder with a `# title:` header
// (tools/vite-plugin-ink.ts). Each story is its own chunk, fetched when chosen, so the first screen
// does not wait for every story; its photos come with it and are registered for the phone.
import scenarios from 'virtual:scenarios';
import { registerMedia } from '../narrative/media';
import { registerQuiz, registerSheet } from '../learning/registry';
import { frenchTypography } from '../narrative/typography';
import { lazyChunk } from '../app/lazy';

export interface ScenarioEntry {
  id: string;
  /** Shown only to developers and tests (the demo of the runner/view contract). */
  demo?: boolean;
  load: () => Promise<string>;
  /** The decision table shipped for the class results and the short path (unchecked: see learning/decisionTable.ts). */
  decisions?: () => Promise<unknown>;
}

export const SCENARIOS: ScenarioEntry[] = scenarios.map((s) => {
  // A story whose download failed is downloaded again at the next try (not the browser's kept failure).
  const chunk = lazyChunk(s.load);
  return {
    id: s.id,
    demo: s.demo,
    decisions: () => s.decisions().then((m) => m.default),
    load: () =>
      chunk().then((m) => {
        registerMedia(m.media);
        registerQuiz(s.id, m.quiz);
        // Each try of a failed download really downloads again (see lazyChunk).
        registerSheet(s.id, m.sheet && lazyChunk(m.sheet));
        return m.default;
      }),
  };
});

export function findScenario(id: string): ScenarioEntry | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

export interface ScenarioCard {
  id: string;
  title: string;
  theme: string;
  durationMinutes: number;
  demo: boolean;
  /** The menu's heading for this story (`# group:`), '' when the story names none. */
  group: string;
}

/**
 * Title, theme and length of every story, read from the ink headers at build time: the menu can
 * show them before the ink runtime or any story is downloaded. In the stories' `# order:`.
 */
export function scenarioCards(): ScenarioCard[] {
  return scenarios.map((h) => ({
    id: h.id,
    title: frenchTypography(h.title),
    theme: frenchTypography(h.theme),
    durationMinutes: h.durationMinutes,
    demo: h.demo,
    group: frenchTypography(h.group),
  }));
}
