import path from 'node:path';
import { compileInk, formatProblem } from '../tools/ink-compile';
import { registerMedia } from '../src/narrative/media';

const cache = new Map<string, string>();

/** Compiles a story or fixture once per test file; fails loudly with the ink messages. */
export function compiled(rel: string): string {
  const hit = cache.get(rel);
  if (hit) return hit;
  const r = compileInk(path.resolve(rel));
  if (!r.json) throw new Error(r.problems.map(formatProblem).join('\n'));
  // The phone's model and views find photos by id, as the game's loader registers them.
  registerMedia(r.media);
  cache.set(rel, r.json);
  return r.json;
}
