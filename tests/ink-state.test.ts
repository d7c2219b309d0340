// The explorer's only dependency on inkjs's private save JSON (narrative/ink-state.ts). If an inkjs
// upgrade renames or moves what it reads, these fail here, not as a map that quietly merges paths.
import { describe, expect, it } from 'vitest';
import { inkStateKey, InkStateShapeError, KNOWN_INK_SAVE_VERSION } from '../src/narrative/ink-state';
import { ScenarioRunner } from '../src/narrative/runner';
import { compiled } from './helpers';

const graph = compiled('tests/fixtures/graph.ink');

/** The state after taking `options` in order from the start of graph.ink. */
function after(...options: number[]) {
  const r = ScenarioRunner.load(graph, 'graph') as ScenarioRunner;
  r.start('etudiant');
  for (const o of options) r.choose(o);
  return { parsed: JSON.parse(r.stateJson()) as Record<string, unknown>, key: r.explorerState().key };
}

describe('inkjs state JSON as the explorer reads it', () => {
  it('has the fields ink-state.ts reads, in the version it was written for', () => {
    const { parsed } = after(0);
    expect(parsed.inkSaveVersion).toBe(KNOWN_INK_SAVE_VERSION);
    const flow = (parsed.flows as Record<string, Record<string, unknown>>).DEFAULT_FLOW!;
    const callstack = flow.callstack as { threads: Record<string, unknown>[] };
    expect(Array.isArray(callstack.threads)).toBe(true);
    // The fields the key leaves out to merge branches: renamed, they would split every state.
    expect(Object.keys(callstack.threads[0]!)).toEqual(expect.arrayContaining(['callstack', 'threadIndex', 'previousContentObject']));
    expect(Object.keys(callstack)).toContain('threadCounter');
    expect((flow.currentChoices as { targetPath: unknown }[]).every((c) => typeof c.targetPath === 'string')).toBe(true);
    expect(parsed).toHaveProperty('variablesState');
    expect(parsed).toHaveProperty('visitCounts');
  });

  it('two options that lead to the same place with the same memory give one key; another place, another', () => {
    const left = after(0).key;
    const right = after(1).key;
    const elsewhere = after(2).key;
    expect(left).toBe(right);
    expect(elsewhere).not.toBe(left);
  });

  it('the same place with another memory (a detour taken) is another state', () => {
    // a → b, detour back to a, then b again: same knot, but `detour` is now true.
    expect(after(0, 2, 0).key).not.toBe(after(0).key);
  });

  it('throws, naming inkjs, when the shape is not the one it knows', () => {
    const { parsed } = after(0);
    expect(() => inkStateKey({ ...parsed, inkSaveVersion: 11 }, null)).toThrow(InkStateShapeError);
    expect(() => inkStateKey({ ...parsed, flows: { main: {} } }, null)).toThrow(/flows\.DEFAULT_FLOW/);
    expect(() => inkStateKey({ ...parsed, flows: { DEFAULT_FLOW: { callstack: [] } } }, null)).toThrow(/callstack\.threads/);
    const { visitCounts: _v, ...noVisits } = parsed;
    expect(() => inkStateKey(noVisits, null)).toThrow(/inkjs state JSON has changed/);
  });
});
