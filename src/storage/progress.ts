// Progress helpers on top of the store: what the debrief records at an ending, what the map
// reads back, and « Effacer mes données » for the settings screen.
import type { Role } from '../narrative/types';
import { progressKey, recordDiscovery, type Discovery } from './schema';
import type { Store } from './store';

export interface PlayRecord {
  scenarioId: string;
  role: Role;
  /** null while the game is still going (only the options taken so far are recorded). */
  endingId: string | null;
  /** "decisionId:optionIndex" of each choice, in order. */
  optionKeys: readonly string[];
  /** Option indices from the start (the path to the ending, kept for « Et si… ? »). */
  choices: readonly number[];
}

export function discoveryOf(store: Store, scenarioId: string, role: Role): Discovery | undefined {
  return store.get().progress[progressKey(scenarioId, role)];
}

/** Records a finished (or ongoing) play; each ending keeps the last path that reached it. */
export function recordPlay(store: Store, play: PlayRecord): Discovery {
  const key = progressKey(play.scenarioId, play.role);
  let out!: Discovery;
  store.update((d) => {
    out = recordDiscovery(d.progress[key], play.endingId, play.optionKeys, play.endingId !== null);
    if (play.endingId) out.paths = { ...(out.paths ?? {}), [play.endingId]: [...play.choices] };
    d.progress[key] = out;
  });
  return out;
}

/** « Fins découvertes : x / N » needs the ids only; the total comes from the explorer. */
export function endingsFound(store: Store, scenarioId: string, role: Role): readonly string[] {
  return discoveryOf(store, scenarioId, role)?.endings ?? [];
}

export interface EraseResult {
  /** false when the browser refused (the UI says so: ui/labels/storage.ts eraseText). */
  ok: boolean;
}

/** « Effacer mes données »: settings, progress, games in progress and trainer sessions, all at once. */
export function eraseMyData(store: Store): EraseResult {
  return { ok: store.clearAll() };
}
