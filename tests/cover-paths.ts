// Paths through a scenario for the tests that walk it at several sizes (tests/browser/layout.test.ts).
import type { DecisionNode, Exploration } from '../src/narrative/explorer';

/**
 * Paths (option indices) that between them show the most decisions of a scenario: the first is a
 * path with the most decisions (the longest debrief to lay out); each next one goes through the
 * most decisions the paths before it did not show (a decision counts once, whatever the state it is
 * met in), the longest first among equals. The sizes of a role take them in turn, so the phone and
 * the page are laid out at more of the story's decisions than one path shows.
 */
export function coverPaths(ex: Exploration, count: number): { picks: number[][]; shown: Set<string>; total: number } {
  const seen = new Set<string>();
  const picks: number[][] = [];
  for (let k = 0; k < count && ex.root.kind === 'decision'; k++) {
    // [new decisions, decisions, option indices] of the best path from a state (a state on the way
    // is worth nothing, which breaks the story's rare loops).
    const memo = new Map<string, [number, number, number[]]>();
    const walk = (key: string): [number, number, number[]] => {
      const hit = memo.get(key);
      if (hit) return hit;
      memo.set(key, [0, 0, []]);
      const node = ex.nodes.get(key)!;
      const own = k > 0 && !seen.has(node.decision.id) ? 1 : 0;
      let best: [number, number, number[]] = [own, 1, []];
      for (const o of node.options) {
        const [fresh, length, rest] = o.target.kind === 'decision' ? walk(o.target.key) : [0, 0, []];
        const cand: [number, number, number[]] = [own + fresh, 1 + length, [o.option.index, ...rest]];
        if (best[2].length === 0 || cand[0] > best[0] || (cand[0] === best[0] && cand[1] > best[1])) best = cand;
      }
      memo.set(key, best);
      return best;
    };
    const path = walk(ex.root.key)[2];
    picks.push(path);
    // Which decisions the path goes through.
    let at: string | null = ex.root.key;
    for (const i of path) {
      if (!at) break;
      const node: DecisionNode = ex.nodes.get(at)!;
      seen.add(node.decision.id);
      const t = node.options.find((o) => o.option.index === i)!.target;
      at = t.kind === 'decision' ? t.key : null;
    }
  }
  const total = new Set([...ex.nodes.values()].map((n) => n.decision.id)).size;
  return { picks, shown: seen, total };
}

