import { describe, expect, it } from 'vitest';
import { decisionIds, explore, statePath, statesInPathOrder, statesWithPaths, type DecisionNode } from '../src/narrative/explorer';
import { ScenarioRunner } from '../src/narrative/runner';
import { comparePaths } from '../src/map/model';
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

describe('paths read back through the first-arrival links', () => {
  const story = compiled('stories/photos-patients.ink');
  const ex = explore(story, 'photos-patients', 'infirmier');

  it('each state is where its path leads, and its depth is that path\'s length', () => {
    const runner = ScenarioRunner.load(story, 'photos-patients', null) as ScenarioRunner;
    for (const n of [...ex.nodes.values()].filter((_, i) => i % 25 === 0)) {
      const path = statePath(ex.nodes, n.key);
      expect(path.length).toBe(n.depth);
      let batch = runner.start('infirmier');
      for (const i of path) batch = runner.choose(i).batch;
      expect(batch.stop.kind === 'decision' && runner.explorerState().key).toBe(n.key);
    }
  });

  it('orders states as sorting by depth, then by path option by option, would', () => {
    const byPath = (a: DecisionNode, b: DecisionNode) => a.depth - b.depth || comparePaths(statePath(ex.nodes, a.key), statePath(ex.nodes, b.key));
    const expected = [...ex.nodes.values()].sort(byPath).map((n) => n.key);
    expect(statesInPathOrder(ex.nodes).map((n) => n.key)).toEqual(expected);
  });

  it('gives each state, in that order, the path statePath reads back', () => {
    const withPaths = [...statesWithPaths(ex.nodes)];
    expect(withPaths.map((s) => s.node.key)).toEqual(statesInPathOrder(ex.nodes).map((n) => n.key));
    for (const { node, path } of withPaths) expect(path).toEqual(statePath(ex.nodes, node.key));
  });
});
