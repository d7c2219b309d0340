// The scenarios the menu offers. Each story is its own chunk, fetched when chosen,
// so the first screen does not wait for every story.
export interface ScenarioEntry {
  id: string;
  /** Shown only to developers and tests (the demo of the runner/view contract). */
  demo?: boolean;
  load: () => Promise<string>;
}

export const SCENARIOS: ScenarioEntry[] = [
  { id: 'demande-ami', load: () => import('../../stories/demande-ami.ink').then((m) => m.default) },
  { id: 'groupe-whatsapp', load: () => import('../../stories/groupe-whatsapp.ink').then((m) => m.default) },
  { id: 'photos-patients', load: () => import('../../stories/photos-patients.ink').then((m) => m.default) },
  { id: 'demo', demo: true, load: () => import('../../stories/demo.ink').then((m) => m.default) },
];

export function findScenario(id: string): ScenarioEntry | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

import headers from 'virtual:scenario-index';
import { frenchTypography } from '../narrative/typography';

export interface ScenarioCard {
  id: string;
  title: string;
  theme: string;
  durationMinutes: number;
  demo: boolean;
}

/**
 * Title, theme and length of every registered story, read from the ink headers at build time:
 * the menu can show them before the ink runtime or any story is downloaded.
 */
export function scenarioCards(): ScenarioCard[] {
  return SCENARIOS.flatMap((s) => {
    const h = headers.find((x) => x.id === s.id);
    return h ? [{ id: s.id, title: frenchTypography(h.title), theme: frenchTypography(h.theme), durationMinutes: h.durationMinutes, demo: !!s.demo }] : [];
  });
}
