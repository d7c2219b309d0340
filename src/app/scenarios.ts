// Loads registered scenarios into runners, and lists them for the menu. A scenario marked
// `demo` shows only when asked for (?demo) or when it is the only one registered.
import { SCENARIOS, findScenario, type ScenarioEntry } from '../content/scenarios';
import type { ScenarioRunner } from '../narrative/runner';
import { lazyChunk } from './lazy';
import { ENDING_WORDS } from '../ui/labels/story';

/** The ink runtime and the runner: their own chunk, tried again for real after a failed download. */
const runnerChunk = lazyChunk(() => import('../narrative/runnerEntry'), 'runner', 'ScenarioRunner');

const cache = new Map<string, string>();

/** The compiled story, fetched once (each story is its own chunk). */
export async function loadStoryJson(id: string): Promise<string> {
  const entry = findScenario(id);
  if (!entry) throw new Error(`Le scénario « ${id} » n’existe pas.`);
  let json = cache.get(id);
  if (!json) {
    try {
      json = await entry.load();
    } catch {
      throw new Error(`Le scénario « ${id} » n’a pas pu être chargé. Vérifiez la connexion au serveur du jeu, puis réessayez.`);
    }
    cache.set(id, json);
  }
  return json;
}

export async function loadRunner(id: string): Promise<ScenarioRunner> {
  // The ink runtime comes with the first story played, not with the menu.
  let Runner: typeof ScenarioRunner;
  let json: string;
  try {
    [{ ScenarioRunner: Runner }, json] = await Promise.all([runnerChunk(), loadStoryJson(id)]);
  } catch (e) {
    if ((e as Error).name === 'ChunkLoadError') throw new Error(`Le scénario « ${id} » n’a pas pu être chargé. Vérifiez la connexion au serveur du jeu, puis réessayez (si cela échoue encore, rechargez la page).`);
    throw e;
  }
  const r = Runner.load(json, id, ENDING_WORDS);
  if (!(r instanceof Runner)) throw new Error(r.message);
  return r;
}

export function visibleScenarios(search: string): ScenarioEntry[] {
  const params = new URLSearchParams(search);
  // One scenario only (a SCORM SCO launched as index.html?scenario=…): the menu offers just that one.
  const only = SCENARIOS.find((s) => s.id === params.get('scenario'));
  if (only) return [only];
  const wantDemo = params.has('demo');
  const real = SCENARIOS.filter((s) => !s.demo);
  return wantDemo || real.length === 0 ? [...SCENARIOS] : real;
}
