// Loads registered scenarios into runners, and lists them for the menu. A scenario marked
// `demo` shows only when asked for (?demo) or when it is the only one registered.
import { SCENARIOS, findScenario, type ScenarioEntry } from '../content/scenarios';
import { ScenarioRunner } from '../narrative/runner';

const cache = new Map<string, string>();

export async function loadRunner(id: string): Promise<ScenarioRunner> {
  const entry = findScenario(id);
  if (!entry) throw new Error(`Le scénario « ${id} » n’existe pas.`);
  let json = cache.get(id);
  if (!json) {
    json = await entry.load();
    cache.set(id, json);
  }
  const r = ScenarioRunner.load(json, id);
  if (!(r instanceof ScenarioRunner)) throw new Error(r.message);
  return r;
}

export function visibleScenarios(search: string): ScenarioEntry[] {
  const wantDemo = new URLSearchParams(search).has('demo');
  const real = SCENARIOS.filter((s) => !s.demo);
  return wantDemo || real.length === 0 ? [...SCENARIOS] : real;
}
