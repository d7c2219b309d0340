import path from 'node:path';
import { compileInk, formatProblem, type CompileResult } from '../tools/ink-compile';
import { registerMedia } from '../src/narrative/media';

const cache = new Map<string, CompileResult>();

/** The whole compile result (problems, files, media), made once per test file. */
export function compileResult(rel: string): CompileResult {
  const hit = cache.get(rel);
  if (hit) return hit;
  const r = compileInk(path.resolve(rel));
  cache.set(rel, r);
  return r;
}

/** Compiles a story or fixture once per test file; fails loudly with the ink messages. */
export function compiled(rel: string): string {
  const r = compileResult(rel);
  if (!r.json) throw new Error(r.problems.map(formatProblem).join('\n'));
  // The phone's model and views find photos by id, as the game's loader registers them.
  registerMedia(r.media);
  return r.json;
}
