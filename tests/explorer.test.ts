import { describe, expect, it } from 'vitest';
import { decisionIds, explore } from '../src/narrative/explorer';
import { compiled } from './helpers';

describe('explorer on a known graph', () => {
  // graph.ink: a → {b (two ways), c}; b → {end well, end badly, detour back to a once}; c → {two ends}.
  const ex = explore(compiled('tests/fixtures/graph.ink'), 'graph', 'etudiant');

  it('merges the two ways into b and counts each memory state once', () => {
    // a, b, c before the detour; a, b, c after it (the detour variable differs).
    expect(ex.states).toBe(6);
    expect(decisionIds(ex)).toEqual(['a', 'b', 'c']);
  });

  it('counts paths per ending and the longest path', () => {
    expect(ex.pathCount).toBe(18);
    expect(ex.endings.get('bien')?.paths).toBe(9);
    expect(ex.endings.get('mal')?.paths).toBe(9);
    expect(ex.longestPath).toBe(4);
    expect(ex.endings.get('mal')?.examplePath).toEqual([2, 0]);
    expect(ex.trapped).toEqual([]);
  });

  it('finds a loop with no way out', () => {
    const trapped = explore(compiled('tests/fixtures/trap.ink'), 'trap', 'etudiant');
    expect(trapped.trapped.length).toBeGreaterThan(0);
    expect(trapped.endings.size).toBe(1);
  });
});
