// Exhaustive exploration of a story's decision graph: depth-first over ink state snapshots,
// deduplicated on position + memory. Tests, stories:check, the branch map and the bench use it.
import { ScenarioRunner, StoryLoopError } from './runner';
import { unexpectedEnding } from './read/ending';
import type { ChoiceOption, DecisionStep, EndingStep, EndingWords, Genre, Role, StoryContext } from './types';

export type Target = { kind: 'decision'; key: string } | { kind: 'ending'; id: string };

export interface ExploredOption {
  option: ChoiceOption;
  target: Target;
}

export interface DecisionNode {
  key: string;
  decision: DecisionStep;
  /** Option indices from the start to the first time this node was reached. */
  path: number[];
  depth: number;
  options: ExploredOption[];
}

export interface EndingNode {
  ending: EndingStep;
  /** Every distinct version of this ending (debriefs can depend on earlier choices). */
  variants: EndingStep[];
  /** Number of distinct paths (sequences of choices) that end here. */
  paths: number;
  /** The shortest path found to this ending. */
  examplePath: number[];
}

export interface Exploration {
  role: Role;
  root: Target;
  nodes: Map<string, DecisionNode>;
  endings: Map<string, EndingNode>;
  /** Decisions on the longest path from the start to an ending. */
  longestPath: number;
  /** Total number of distinct paths from start to any ending. */
  pathCount: number;
  /** Nodes from which no ending can be reached (a loop with no way out). */
  trapped: string[];
  /** Problems the runner met while exploring (bad tags, endings without data…). */
  warnings: string[];
  /**
   * Loops with no choice met while exploring (the runner stopped them): each option that enters one
   * leads to an unnamed ending (id ''), as a path that stops without #ending does.
   */
  loops: { message: string; text: string | null; knot: string | null; path: number[] }[];
  /** Decisions a path comes back to (a loop through a decision): legal, but worth a look. */
  cycles: string[];
  truncated: boolean;
  /** Snapshots visited (decision states expanded). */
  states: number;
}

export interface ExploreOptions {
  maxStates?: number;
  /** The UI's words for the unnamed endings of broken paths (see EndingWords). */
  words?: EndingWords;
  /** Camille's genre for the texts (the runner's default otherwise); the graph does not depend on it. */
  genre?: Genre;
}

interface Frame {
  ink: object;
  ctx: StoryContext;
  stop: DecisionStep;
}

export function explore(compiled: string | object, scenarioId: string, role: Role, opts: ExploreOptions = {}): Exploration {
  const maxStates = opts.maxStates ?? 50_000;
  const load = () => {
    const loaded = ScenarioRunner.load(compiled, scenarioId, opts.words ?? null);
    if (!(loaded instanceof ScenarioRunner)) throw new Error(loaded.message);
    if (opts.genre) loaded.genre = opts.genre;
    return loaded;
  };
  let runner = load();
  const warnings: string[] = [];
  const loops: Exploration['loops'] = [];
  const nodes = new Map<string, DecisionNode>();
  const endings = new Map<string, EndingNode>();
  const frames = new Map<string, Frame>();
  let truncated = false;
  const pending: string[] = [];

  runner.setRecording(false);
  const genre = runner.genre;
  const first = runner.start(role);
  const root = register(first.stop, [], 0);

  function register(stop: DecisionStep | EndingStep, path: number[], depth: number): Target {
    if (stop.kind === 'ending') {
      const cur = endings.get(stop.id);
      if (!cur) endings.set(stop.id, { ending: stop, variants: [stop], paths: 0, examplePath: path });
      else {
        if (path.length < cur.examplePath.length) cur.examplePath = path;
        const text = JSON.stringify(stop);
        if (cur.variants.length < 200 && !cur.variants.some((v) => JSON.stringify(v) === text)) cur.variants.push(stop);
      }
      return { kind: 'ending', id: stop.id };
    }
    const { key, parsed } = runner.explorerState();
    if (!nodes.has(key)) {
      if (nodes.size >= maxStates) {
        truncated = true;
        return { kind: 'decision', key };
      }
      nodes.set(key, { key, decision: stop, path, depth, options: [] });
      frames.set(key, { ink: parsed, ctx: runner.context, stop });
      pending.push(key);
    }
    return { kind: 'decision', key };
  }

  // Iterative DFS: stories can be deep, and recursion would tie depth to the JS stack.
  // The runner usually still stands in the state just registered, which is the next one popped:
  // then the first option needs no state reload (a reload is about a third of a step's cost).
  let runnerAt: string | null = root.kind === 'decision' ? root.key : null;
  while (pending.length) {
    const key = pending.pop()!;
    const node = nodes.get(key)!;
    const frame = frames.get(key)!;
    for (const option of frame.stop.options) {
      if (runnerAt !== key) runner.loadInkState(frame.ink, frame.ctx, frame.stop);
      runnerAt = null;
      let stop: DecisionStep | EndingStep;
      try {
        stop = runner.choose(option.index).batch.stop;
      } catch (e) {
        if (!(e instanceof StoryLoopError)) throw e;
        // The runner is stuck inside the loop: a fresh one goes on with the other options.
        const path = [...node.path, option.index];
        loops.push({ message: e.message, text: e.text, knot: e.knot, path });
        warnings.push(...runner.warnings);
        runner = load();
        runner.setRecording(false);
        runner.genre = genre;
        runner.start(role);
        runnerAt = null;
        stop = unexpectedEnding({ kind: 'loop', detail: e.message }, opts.words ?? null);
      }
      const target = register(stop, [...node.path, option.index], node.depth + 1);
      if (target.kind === 'decision') runnerAt = target.key;
      node.options.push({ option, target });
    }
    frames.delete(key);
  }

  const { top, cycles, endingPaths } = countPaths(root, nodes);
  for (const [id, e] of endings) e.paths = endingPaths.get(id) ?? 0;

  // Reverse reachability from the endings: exact even when the graph has loops.
  const parents = new Map<string, string[]>();
  const canEnd = new Set<string>();
  const queue: string[] = [];
  for (const n of nodes.values()) {
    for (const o of n.options) {
      if (o.target.kind === 'ending') {
        if (!canEnd.has(n.key)) {
          canEnd.add(n.key);
          queue.push(n.key);
        }
      } else {
        const list = parents.get(o.target.key) ?? [];
        list.push(n.key);
        parents.set(o.target.key, list);
      }
    }
  }
  while (queue.length) {
    const k = queue.pop()!;
    for (const p of parents.get(k) ?? []) {
      if (!canEnd.has(p)) {
        canEnd.add(p);
        queue.push(p);
      }
    }
  }
  const trapped = [...nodes.keys()].filter((k) => !canEnd.has(k));

  return {
    role,
    root,
    nodes,
    endings,
    longestPath: root.kind === 'ending' ? 0 : top.longest,
    pathCount: top.paths,
    trapped,
    warnings: [...new Set([...warnings, ...runner.warnings])],
    loops,
    cycles,
    truncated,
    states: nodes.size,
  };
}

interface Walked {
  paths: number;
  longest: number;
  ends: boolean;
}

/**
 * Paths, longest path and paths per ending, by one depth-first walk with an explicit stack: a
 * recursive walk tied the story's depth to the JS stack, and a 5,000-decision story overflowed it.
 *
 * An option back to a decision still on the walk's stack (a loop) counts no path and marks that
 * decision as a cycle; every other option counts what its target counts. Each option is looked at
 * once, so those kept form an acyclic graph whose reverse post-order (the order the walk finishes
 * decisions, reversed) is topological: paths per ending are counted forward over it in one pass,
 * instead of one walk per ending.
 */
function countPaths(root: Target, nodes: ReadonlyMap<string, DecisionNode>): { top: Walked; cycles: string[]; endingPaths: Map<string, number> } {
  const endingPaths = new Map<string, number>();
  if (root.kind === 'ending') {
    endingPaths.set(root.id, 1);
    return { top: { paths: 1, longest: 0, ends: true }, cycles: [], endingPaths };
  }
  const done = new Map<string, Walked>();
  const onStack = new Set<string>();
  const cycles = new Set<string>();
  /** Options kept (not back into a loop), per decision, in option order. */
  const kept = new Map<string, Target[]>();
  const finished: string[] = [];
  const none: Walked = { paths: 0, longest: 0, ends: false };
  interface Frame { key: string; next: number; acc: Walked; out: Target[] }
  const stack: Frame[] = [];
  const enter = (key: string) => {
    onStack.add(key);
    stack.push({ key, next: 0, acc: { paths: 0, longest: 0, ends: false }, out: [] });
  };
  const add = (f: Frame, r: Walked) => {
    f.acc.paths += r.paths;
    if (r.ends) {
      f.acc.ends = true;
      f.acc.longest = Math.max(f.acc.longest, r.longest + 1);
    }
  };
  let top = none;
  if (nodes.has(root.key)) enter(root.key);
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    const options = nodes.get(f.key)!.options;
    if (f.next === options.length) {
      stack.pop();
      onStack.delete(f.key);
      done.set(f.key, f.acc);
      kept.set(f.key, f.out);
      finished.push(f.key);
      if (stack.length) add(stack[stack.length - 1]!, f.acc);
      else top = f.acc;
      continue;
    }
    const t = options[f.next++]!.target;
    if (t.kind === 'ending') {
      f.out.push(t);
      add(f, { paths: 1, longest: 0, ends: true });
      continue;
    }
    const memo = done.get(t.key);
    if (memo) {
      f.out.push(t);
      add(f, memo);
    } else if (onStack.has(t.key)) cycles.add(t.key);
    else if (nodes.has(t.key)) {
      f.out.push(t);
      enter(t.key);
    }
    // (A target the exploration cut off at maxStates counts nothing.)
  }
  const reaching = new Map<string, number>([[root.key, 1]]);
  for (let i = finished.length - 1; i >= 0; i--) {
    const key = finished[i]!;
    const n = reaching.get(key) ?? 0;
    for (const t of kept.get(key)!) {
      if (t.kind === 'ending') endingPaths.set(t.id, (endingPaths.get(t.id) ?? 0) + n);
      else reaching.set(t.key, (reaching.get(t.key) ?? 0) + n);
    }
  }
  return { top, cycles: [...cycles], endingPaths };
}

/** Decision ids in the order they are first met, for maps and trainer summaries. */
export function decisionIds(ex: Exploration): string[] {
  // A Set, not ids.includes: a 5,000-decision story has 10,000 states.
  const ids = new Set<string>();
  const sorted = [...ex.nodes.values()].sort((a, b) => a.depth - b.depth);
  for (const n of sorted) ids.add(n.decision.id);
  return [...ids];
}
