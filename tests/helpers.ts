import path from 'node:path';
import { expect } from 'vitest';
import { ScenarioRunner, type Batch } from '../src/narrative/runner';
import type { EndingStep, Genre, LineStep, Role } from '../src/narrative/types';
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

/** The game typesets French (non-breaking spaces, curly apostrophes); compare on plain text. */
export const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ').replace(/’/g, "'").replace(/\s+/g, ' ').trim();

export interface Played {
  ending: EndingStep;
  lines: LineStep[];
  runner: ScenarioRunner;
}

/**
 * Plays `stories/<id>.ink` by the texts of the options a trainer would pick (not their indexes, so a
 * plan reads like the story), to its ending; fails naming the options offered when one is missing.
 */
export function playByText(id: string, role: Role, genre: Genre, choices: readonly string[]): Played {
  const runner = ScenarioRunner.load(compiled(`stories/${id}.ink`), id);
  if (!(runner instanceof ScenarioRunner)) throw new Error(runner.message);
  runner.genre = genre;
  let batch: Batch = runner.start(role);
  const lines: LineStep[] = [...batch.lines];
  for (const wanted of choices) {
    const stop = batch.stop;
    if (stop.kind !== 'decision') throw new Error(`ended (${stop.id}) before « ${wanted} »`);
    const offered = stop.options.map((o) => plain(o.text));
    const i = offered.indexOf(plain(wanted));
    expect(i, `« ${wanted} » not offered at ${stop.id}; offered: ${offered.join(' / ')}`).toBeGreaterThanOrEqual(0);
    batch = runner.choose(i).batch;
    lines.push(...batch.lines);
  }
  if (batch.stop.kind !== 'ending') throw new Error(`no ending after the planned choices (stopped at ${batch.stop.id})`);
  return { ending: batch.stop, lines, runner };
}
