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
  /**
   * The decision and option this node was first reached from (null at the start): its path is
   * read back through these links (statePath). A copy of the whole path per node cost 25 million
   * numbers, about 200 MB, on a 5,000-decision story.
   */
  from: { key: string; option: number } | null;
  /** Decisions before this one on that first path (the path's length). */
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
  /** Called after each new state with the count so far (the bench samples the heap from it). */
  onState?: (states: number) => void;
  /** The UI's words for the unnamed endings of broken paths (see EndingWords). */
  words?: EndingWords;
  /** Camille's genre for the texts (the runner's default otherwise); the graph does not depend on it. */
  genre?: Genre;
}

/**
 * A state waiting to be expanded, with its ink state as the parsed object (inkjs loads it without
 * parsing again: a reload is about a third of a step's cost). Dropped once the state is expanded.
 */
interface Frame {
  ink: object;
  ctx: StoryContext;
  stop: DecisionStep;
}

/** Option indices from the start to `key`'s first arrival, read back through the `from` links. */
export function statePath(nodes: ReadonlyMap<string, DecisionNode>, key: string): number[] {
  const path: number[] = [];
  for (let n = nodes.get(key); n?.from; n = nodes.get(n.from.key)) path.push(n.from.option);
  return path.reverse();
}

/**
 * The states in path order (statesInPathOrder), each with its path, made from its parent's: a
 * parent is always one level up, so only the paths of the level above are kept, and each path
 * costs one copy instead of a walk back to the start (quadratic on a 5,000-decision story).
 */
export function* statesWithPaths(nodes: ReadonlyMap<string, DecisionNode>): Generator<{ node: DecisionNode; path: number[] }> {
  let above = new Map<string, number[]>();
  let level = new Map<string, number[]>();
  let depth = -1;
  for (const node of statesInPathOrder(nodes)) {
    if (node.depth !== depth) {
      [above, level] = [node.depth === depth + 1 ? level : new Map(), new Map()];
      depth = node.depth;
    }
    const parent = node.from ? above.get(node.from.key) : undefined;
    const path = !node.from ? [] : parent ? [...parent, node.from.option] : statePath(nodes, node.key);
    level.set(node.key, path);
    yield { node, path };
  }
}

/**
 * The states shallowest first, then by their paths' order (option by option), without building
 * the paths: a state's place among those of its depth follows its parent's place, then its option.
 */
export function statesInPathOrder(nodes: ReadonlyMap<string, DecisionNode>): DecisionNode[] {
  const levels: DecisionNode[][] = [];
  for (const n of nodes.values()) (levels[n.depth] ??= []).push(n);
  const rank = new Map<string, number>();
  const out: DecisionNode[] = [];
  for (const level of levels) {
    if (!level) continue;
    const r = (n: DecisionNode) => (n.from ? rank.get(n.from.key) ?? -1 : -1);
    level.sort((a, b) => r(a) - r(b) || (a.from?.option ?? 0) - (b.from?.option ?? 0));
    for (const n of level) {
      rank.set(n.key, out.length);
      out.push(n);
    }
  }
  return out;
}

/** Where a registered stop was reached from: its path is read back only when needed. */
interface Arrival {
  from: { key: string; option: number } | null;
  depth: number;
}

/** The graph being built: states by key, endings by id, the states still to expand. */
class Graph {
  readonly nodes = new Map<string, DecisionNode>();
  readonly endings = new Map<string, EndingNode>();
  readonly frames = new Map<string, Frame>();
  readonly pending: string[] = [];
  truncated = false;

  constructor(private readonly maxStates: number, private readonly onState?: (states: number) => void) {}

  pathTo(at: Arrival): number[] {
    return at.from ? [...statePath(this.nodes, at.from.key), at.from.option] : [];
  }

  /** Records an ending's shortest example path and its distinct versions (up to 200). */
  ending(stop: EndingStep, at: Arrival): Target {
    const cur = this.endings.get(stop.id);
    if (!cur) this.endings.set(stop.id, { ending: stop, variants: [stop], paths: 0, examplePath: this.pathTo(at) });
    else {
      if (at.depth < cur.examplePath.length) cur.examplePath = this.pathTo(at);
      const text = JSON.stringify(stop);
      if (cur.variants.length < 200 && !cur.variants.some((v) => JSON.stringify(v) === text)) cur.variants.push(stop);
    }
    return { kind: 'ending', id: stop.id };
  }

  /** Records a decision state the first time it is met and queues it for expansion. */
  decision(stop: DecisionStep, state: { parsed: object; key: string }, ctx: StoryContext, at: Arrival): Target {
    const known = this.nodes.get(state.key);
    // The stored key, not the one just computed: targets then share one string per state.
    if (known) return { kind: 'decision', key: known.key };
    const { key } = state;
    if (this.nodes.size >= this.maxStates) {
      this.truncated = true;
      return { kind: 'decision', key };
    }
    this.nodes.set(key, { key, decision: stop, from: at.from, depth: at.depth, options: [] });
    this.frames.set(key, { ink: state.parsed, ctx, stop });
    this.pending.push(key);
    this.onState?.(this.nodes.size);
    return { kind: 'decision', key };
  }
}

/** Decisions from which no ending can be reached: reverse reachability from the endings, exact even with loops. */
function trappedStates(nodes: ReadonlyMap<string, DecisionNode>): string[] {
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
  return [...nodes.keys()].filter((k) => !canEnd.has(k));
}

/** A fresh runner for the story, silent (no transcript), in the genre asked. */
function runnerFor(compiled: string | object, scenarioId: string, opts: ExploreOptions, genre?: Genre): ScenarioRunner {
  const loaded = ScenarioRunner.load(compiled, scenarioId, opts.words ?? null);
  if (!(loaded instanceof ScenarioRunner)) throw new Error(loaded.message);
  if (genre ?? opts.genre) loaded.genre = (genre ?? opts.genre)!;
  loaded.setRecording(false);
  return loaded;
}

export function explore(compiled: string | object, scenarioId: string, role: Role, opts: ExploreOptions = {}): Exploration {
  let runner = runnerFor(compiled, scenarioId, opts);
  const genre = runner.genre;
  const warnings: string[] = [];
  const loops: Exploration['loops'] = [];
  const graph = new Graph(opts.maxStates ?? 50_000, opts.onState);
  const register = (stop: DecisionStep | EndingStep, at: Arrival): Target =>
    stop.kind === 'ending' ? graph.ending(stop, at) : graph.decision(stop, runner.explorerState(), runner.context, at);
  const root = register(runner.start(role).stop, { from: null, depth: 0 });

  // Iterative DFS: stories can be deep, and recursion would tie depth to the JS stack.
  // The runner usually still stands in the state just registered, which is the next one popped:
  // then the first option needs no state reload (a reload is about a third of a step's cost).
  let runnerAt: string | null = root.kind === 'decision' ? root.key : null;
  while (graph.pending.length) {
    const key = graph.pending.pop()!;
    const node = graph.nodes.get(key)!;
    const frame = graph.frames.get(key)!;
    for (const option of frame.stop.options) {
      if (runnerAt !== key) runner.loadInkState(frame.ink, frame.ctx, frame.stop);
      runnerAt = null;
      const at: Arrival = { from: { key, option: option.index }, depth: node.depth + 1 };
      let stop: DecisionStep | EndingStep;
      try {
        stop = runner.choose(option.index).batch.stop;
      } catch (e) {
        if (!(e instanceof StoryLoopError)) throw e;
        // The runner is stuck inside the loop: a fresh one goes on with the other options.
        loops.push({ message: e.message, text: e.text, knot: e.knot, path: graph.pathTo(at) });
        warnings.push(...runner.warnings);
        runner = runnerFor(compiled, scenarioId, opts, genre);
        runner.start(role);
        stop = unexpectedEnding({ kind: 'loop', detail: e.message }, opts.words ?? null);
      }
      const target = register(stop, at);
      if (target.kind === 'decision') runnerAt = target.key;
      node.options.push({ option, target });
    }
    graph.frames.delete(key);
  }

  const { nodes, endings } = graph;
  const { top, cycles, endingPaths } = countPaths(root, nodes);
  for (const [id, e] of endings) e.paths = endingPaths.get(id) ?? 0;
  return {
    role,
    root,
    nodes,
    endings,
    longestPath: root.kind === 'ending' ? 0 : top.longest,
    pathCount: top.paths,
    trapped: trappedStates(nodes),
    warnings: [...new Set([...warnings, ...runner.warnings])],
    loops,
    cycles,
    truncated: graph.truncated,
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
