// Photos are data kept next to each story (stories/<story>.media.json, and commun.media.json for
// the files every story INCLUDEs): adding a scenario adds no code. Whoever loads a story registers
// its photos here (the game's loader, stories:check, the tests); the view then finds them by id.
import type { MediaItem } from './types';

export type { MediaItem, MediaScene } from './types';
export { parseMediaFile, MEDIA_SCENES } from './parse.ts';

const BY_ID = new Map<string, MediaItem>();

/** Adds (or replaces, after a story edit) photos; ids are unique across stories by convention (a prefix per story). */
export function registerMedia(items: readonly MediaItem[]): void {
  for (const m of items) BY_ID.set(m.id, m);
}

export function findMedia(id: string): MediaItem | undefined {
  return BY_ID.get(id);
}

export function allMedia(): readonly MediaItem[] {
  return [...BY_ID.values()];
}
