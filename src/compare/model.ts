// « Et si… ? »: two complete paths (start → ending) side by side, and the first decision where
// they part. Paths come from the player's own history, from a stored path, or from the explorer.
import type { Exploration, Target } from '../narrative/explorer';
import { pathLedger } from '../narrative/ledger';
import { scoreOf } from '../narrative/scoring';
import { AXIS_LABELS } from '../ui/labels/story';
import { debriefLedger, referenceCards, type DebriefLedgerLine, type ReferenceCard } from '../debrief/model';
import { AXES, type Axis, type AxisValues, type Consequence, type EndingStep, type HistoryEntry, type Role } from '../narrative/types';
import type { ScenarioRunner } from '../narrative/runner';

export interface BranchStep {
  decisionId: string;
  prompt: string;
  optionIndex: number;
  optionText: string;
  consequence: Consequence;
}

export interface Branch {
  role: Role;
  steps: BranchStep[];
  ending: EndingStep;
  /** Said under the column when the path is not one the player played (e.g. shortest continuation). */
  note?: string;
}

export interface BranchSummary {
  branch: Branch;
  score: AxisValues;
  ledger: DebriefLedgerLine[];
  references: ReferenceCard[];
}

export interface Divergence {
  /** Index in both step lists of the first step that differs. */
  index: number;
  /** The decision both paths reached and answered differently; null if they reached different decisions. */
  decisionId: string | null;
  prompt: string;
  left: string | null;
  right: string | null;
}

export interface Comparison {
  left: BranchSummary;
  right: BranchSummary;
  /** null when the two paths are the same choices. */
  divergence: Divergence | null;
  axes: { axis: Axis; label: string; left: number; right: number }[];
  authorities: { authority: DebriefLedgerLine['authority']; name: string; left: DebriefLedgerLine | null; right: DebriefLedgerLine | null }[];
  refs: { both: ReferenceCard[]; onlyLeft: ReferenceCard[]; onlyRight: ReferenceCard[] };
}

function summarize(branch: Branch): BranchSummary {
  const consequences = branch.steps.map((s) => s.consequence);
  const ledger = debriefLedger(pathLedger(consequences, branch.ending, branch.role), branch.role);
  const references = referenceCards([...branch.ending.refs, ...ledger.flatMap((l) => l.refs), ...consequences.flatMap((c) => c.refs)]);
  return { branch, score: scoreOf(consequences), ledger, references };
}

export function firstDivergence(a: readonly BranchStep[], b: readonly BranchStep[]): Divergence | null {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.decisionId !== y.decisionId) return { index: i, decisionId: null, prompt: '', left: null, right: null };
    if (x.optionIndex !== y.optionIndex) return { index: i, decisionId: x.decisionId, prompt: x.prompt, left: x.optionText, right: y.optionText };
  }
  if (a.length === b.length) return null;
  const longer = a.length > b.length ? a[n]! : b[n]!;
  return { index: n, decisionId: longer.decisionId, prompt: longer.prompt, left: a[n]?.optionText ?? null, right: b[n]?.optionText ?? null };
}

export function compareBranches(left: Branch, right: Branch): Comparison {
  const l = summarize(left);
  const r = summarize(right);
  const authorities = [...l.ledger, ...r.ledger.filter((x) => !l.ledger.some((y) => y.authority === x.authority))].map((line) => ({
    authority: line.authority,
    name: line.name,
    left: l.ledger.find((x) => x.authority === line.authority) ?? null,
    right: r.ledger.find((x) => x.authority === line.authority) ?? null,
  }));
  const rightIds = new Set(r.references.map((c) => c.id));
  const leftIds = new Set(l.references.map((c) => c.id));
  return {
    left: l,
    right: r,
    divergence: firstDivergence(left.steps, right.steps),
    axes: AXES.map((axis) => ({ axis, label: AXIS_LABELS[axis], left: l.score[axis], right: r.score[axis] })),
    authorities,
    refs: {
      both: l.references.filter((c) => rightIds.has(c.id)),
      onlyLeft: l.references.filter((c) => !rightIds.has(c.id)),
      onlyRight: r.references.filter((c) => !leftIds.has(c.id)),
    },
  };
}

// --- Building branches -------------------------------------------------------------------------

export function branchFromHistory(history: readonly HistoryEntry[], ending: EndingStep, role: Role): Branch {
  return {
    role,
    ending,
    steps: history.map((h) => {
      const o = h.decision.options[h.optionIndex]!;
      return { decisionId: h.decision.id, prompt: h.decision.note.prompt, optionIndex: h.optionIndex, optionText: o.text, consequence: o.consequence };
    }),
  };
}

/** Walks the explorer's graph along option indices; null when the path does not reach an ending. */
export function branchFromPath(ex: Exploration, path: readonly number[], note?: string): Branch | null {
  let t: Target = ex.root;
  const steps: BranchStep[] = [];
  for (const idx of path) {
    if (t.kind !== 'decision') return null;
    const node = ex.nodes.get(t.key);
    const eo = node?.options.find((o) => o.option.index === idx);
    if (!node || !eo) return null;
    steps.push({ decisionId: node.decision.id, prompt: node.decision.note.prompt, optionIndex: idx, optionText: eo.option.text, consequence: eo.option.consequence });
    t = eo.target;
  }
  if (t.kind !== 'ending') return null;
  const ending = ex.endings.get(t.id)?.ending;
  return ending ? { role: ex.role, steps, ending, ...(note ? { note } : {}) } : null;
}

/**
 * The branch with the ending its own path reaches, word for word. The explorer keeps the first
 * version of each ending it met, but an ending's text follows earlier choices (which patient was
 * named, Camille « elle » or « il »): `runner` (a fresh one, with the player's settings) replays
 * the path. Unchanged when the replay does not end on the same ending (a story edited since).
 */
export function withEndingAlong(branch: Branch, runner: ScenarioRunner): Branch {
  let stop = runner.start(branch.role).stop;
  for (const s of branch.steps) {
    if (stop.kind !== 'decision') return branch;
    stop = runner.choose(s.optionIndex).batch.stop;
  }
  return stop.kind === 'ending' && stop.id === branch.ending.id ? { ...branch, ending: stop } : branch;
}

/** The path to an ending: the one the player took when known (stored), else the explorer's shortest. */
export function branchToEnding(ex: Exploration, endingId: string, playedPath?: readonly number[]): Branch | null {
  if (playedPath) {
    const b = branchFromPath(ex, playedPath);
    if (b && b.ending.id === endingId) return b;
  }
  const e = ex.endings.get(endingId);
  return e ? branchFromPath(ex, e.examplePath) : null;
}

/** Shortest option indices from a decision state to any ending (breadth first, first option wins ties). */
export function shortestContinuation(ex: Exploration, from: Target): number[] | null {
  if (from.kind === 'ending') return [];
  const prev = new Map<string, { key: string | null; idx: number }>([[from.key, { key: null, idx: -1 }]]);
  const queue = [from.key];
  while (queue.length) {
    const key = queue.shift()!;
    const node = ex.nodes.get(key);
    if (!node) continue;
    for (const o of node.options) {
      if (o.target.kind === 'ending') {
        const out = [o.option.index];
        let k: string | null = key;
        while (k !== null) {
          const p: { key: string | null; idx: number } = prev.get(k)!;
          if (p.key !== null) out.unshift(p.idx);
          k = p.key;
        }
        return out;
      }
      if (!prev.has(o.target.key)) {
        prev.set(o.target.key, { key, idx: o.option.index });
        queue.push(o.target.key);
      }
    }
  }
  return null;
}

/**
 * Two options of one decision: the same way in (`prefix`, the player's own choices up to the
 * decision, or the explorer's path to it), each option, then the shortest way to an ending.
 */
export function branchesForOptions(ex: Exploration, prefix: readonly number[], optionA: number, optionB: number, note: string): [Branch, Branch] | null {
  let t: Target = ex.root;
  for (const idx of prefix) {
    if (t.kind !== 'decision') return null;
    const eo = ex.nodes.get(t.key)?.options.find((o) => o.option.index === idx);
    if (!eo) return null;
    t = eo.target;
  }
  if (t.kind !== 'decision') return null;
  const node = ex.nodes.get(t.key);
  const make = (opt: number): Branch | null => {
    const eo = node?.options.find((o) => o.option.index === opt);
    if (!eo) return null;
    const rest = shortestContinuation(ex, eo.target);
    if (!rest) return null;
    return branchFromPath(ex, [...prefix, opt, ...rest], rest.length ? note : undefined);
  };
  const a = make(optionA);
  const b = make(optionB);
  return a && b ? [a, b] : null;
}
