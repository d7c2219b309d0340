// The short path's guide: a short-path session votes on the sheet's five decisions and passes the
// others. Following the protective answer at a passed decision can lead away from a sheet decision
// that only a risky answer opens (photos-patients' d7-capture, coup-de-gueule's cg-nommer and
// cg-tableau), and the room's own vote at a sheet decision can end the story before the last ones.
// The guide reads the story's decision table (the graph the class results use) to pass each
// decision on the answer that keeps the most sheet decisions ahead, and, at an ending with sheet
// decisions still unseen, names the decision to go back to so the session reaches them all.
// Pure: no DOM, no ink.
import type { DecisionTable, GraphKey } from '../../learning/decisionTable';
import { AXES } from '../../narrative/types';

export interface ShortPathGuide {
  /**
   * The option to follow at a passed decision, reached by taking `history` (option indexes from
   * the start); null when the table does not know this state (the caller falls back on the
   * protective answer).
   */
  option(history: readonly number[], decisionId: string, reached: ReadonlySet<string>): number | null;
  /**
   * At an ending, with sheet decisions not `reached` yet: the latest decision of `history` where
   * another option leads to some of them, and that option; null when none is left to see.
   */
  detour(history: readonly number[], reached: ReadonlySet<string>): { round: number; option: number } | null;
}

/** How good an option is for the short path, compared in this order; higher is better. */
interface Worth {
  /** Sheet decisions still met ahead whatever the room votes at them. */
  sure: number;
  /** Sheet decisions met ahead if the room's votes allow. */
  best: number;
  /** The option's sum of the four axes: among equals, the answer that protects best. */
  care: number;
}

const better = (a: Worth, b: Worth) => a.sure - b.sure || a.best - b.best || a.care - b.care;

export function shortPathGuide(table: DecisionTable, key: GraphKey, sheet: readonly string[]): ShortPathGuide {
  const graph = table.roles[key];
  const bitOf = new Map(sheet.map((id, i) => [id, 1 << i]));
  const bit = (n: number) => (n < 0 ? 0 : bitOf.get(table.decisions[graph.nodes[n]![0]!]!.id) ?? 0);
  const count = (mask: number) => {
    let c = 0;
    for (let m = mask; m; m &= m - 1) c++;
    return c;
  };
  const maskOf = (reached: ReadonlySet<string>) => sheet.reduce((m, id, i) => (reached.has(id) ? m | (1 << i) : m), 0);
  // Per state and set of sheet decisions already met: how many new ones lie ahead (the graph has no loop: tables refuse them).
  const memo = new Map<number, { sure: number; best: number }>();
  const ahead = (n: number, mask: number): { sure: number; best: number } => {
    if (n < 0) return { sure: 0, best: 0 };
    const k = n * 2 ** sheet.length + mask;
    const known = memo.get(k);
    if (known) return known;
    const b = bit(n);
    const own = b && !(mask & b) ? 1 : 0;
    const next = graph.nodes[n]!.slice(1).map((t) => ahead(t, mask | b));
    // The room votes at a sheet decision (any option may win); elsewhere the guide chooses.
    const sure = own + (b ? Math.min(...next.map((x) => x.sure)) : Math.max(...next.map((x) => x.sure)));
    const best = own + Math.max(...next.map((x) => x.best));
    const v = { sure, best };
    memo.set(k, v);
    return v;
  };
  const walk = (history: readonly number[]): number | null => {
    let n = graph.root;
    for (const o of history) {
      if (n < 0) return null;
      const t = graph.nodes[n]![o + 1];
      if (t === undefined) return null;
      n = t;
    }
    return n;
  };
  const worth = (n: number, option: number, mask: number): Worth => {
    const d = table.decisions[graph.nodes[n]![0]!]!;
    const care = AXES.reduce((s, a) => s + d.options[option]!.consequence.deltas[a], 0);
    return { ...ahead(graph.nodes[n]![option + 1]!, mask | bit(n)), care };
  };
  return {
    option(history, decisionId, reached) {
      const n = walk(history);
      if (n === null || n < 0 || table.decisions[graph.nodes[n]![0]!]!.id !== decisionId) return null;
      const mask = maskOf(reached);
      let choice = 0;
      let w = worth(n, 0, mask);
      for (let i = 1; i < graph.nodes[n]!.length - 1; i++) {
        const x = worth(n, i, mask);
        if (better(x, w) > 0) {
          choice = i;
          w = x;
        }
      }
      return choice;
    },
    detour(history, reached) {
      const mask = maskOf(reached);
      if (count(mask) === sheet.length) return null;
      for (let k = history.length - 1; k >= 0; k--) {
        const n = walk(history.slice(0, k));
        if (n === null || n < 0) return null;
        let found: { option: number; w: Worth } | null = null;
        for (let j = 0; j < graph.nodes[n]!.length - 1; j++) {
          if (j === history[k]) continue;
          const w = worth(n, j, mask);
          if (w.best > 0 && (!found || better(w, found.w) > 0)) found = { option: j, w };
        }
        if (found) return { round: k, option: found.option };
      }
      return null;
    },
  };
}
