// The branch map's model: the explorer's state graph merged into one node per decision id and
// one per ending id, with what the player has seen marked on it.
//
// Why merge by decision id: the explorer keys its nodes on ink position + variables + visit
// counts, so the same authored decision reached after different earlier choices shows up as
// several state nodes. A player thinks « the cadre's message », not « the cadre's message with
// a_revele = true »: one box per authored decision keeps the map the size of the story as written
// (not of its combinatorics) and matches the ids the player's progress is stored under
// ("decisionId:optionIndex"). The cost: an option of a merged decision may lead to several
// targets (memory decides which); the map draws every one of them, and a replay picks one real
// state (the player's own if she went through it, else the shallowest one the explorer found).
import { statesWithPaths, type Exploration, type Target } from '../narrative/explorer';
import { ledgerOf, type LedgerLine } from '../narrative/scoring';
import type { ChoiceAction, HistoryEntry, Role, Severity } from '../narrative/types';
import type { Discovery } from '../storage/schema';

export type MapNodeId = string;

export interface MapOption {
  index: number;
  text: string;
  action: ChoiceAction;
  /** Node ids this option can lead to (several when earlier choices decide). */
  targets: MapNodeId[];
  visited: boolean;
  current: boolean;
  /** Some of its targets are left out of a map too long to draw whole (see MapModel.omitted). */
  cut: boolean;
}

export interface MapDecision {
  kind: 'decision';
  id: MapNodeId;
  decisionId: string;
  prompt: string;
  options: MapOption[];
  /** Smallest number of choices from the start to this decision. */
  depth: number;
  /** Option indices from the start to the shallowest state of this decision. */
  replayPath: number[];
  /** Index in the player's current history when her own path went through it, else null. */
  historyIndex: number | null;
  visited: boolean;
  current: boolean;
}

export interface MapEnding {
  kind: 'ending';
  id: MapNodeId;
  endingId: string;
  title: string;
  severity: Severity;
  /** The ending's own sanctions for the role, heaviest level per authority. */
  sanctions: LedgerLine[];
  examplePath: number[];
  paths: number;
  discovered: boolean;
  current: boolean;
}

export type MapNode = MapDecision | MapEnding;

export interface MapModel {
  scenarioId: string;
  role: Role;
  root: MapNodeId;
  decisions: MapDecision[];
  endings: MapEnding[];
  /** « Fins découvertes : found / total » for this scenario and role (the whole story, drawn or not). */
  found: number;
  total: number;
  /** What a long story's map leaves out, to say it on the map; null when everything is drawn. */
  omitted: MapOmitted | null;
}

export interface MapOmitted {
  shownDecisions: number;
  totalDecisions: number;
  shownEndings: number;
  totalEndings: number;
}

/**
 * Decisions drawn at most. A real scenario has a few dozen; a generated one of 5,000 decisions drawn
 * whole is a 10 MB SVG that a phone lays out for seconds and nobody can read. 300 keeps the map
 * under half a second to lay out and draw on a slow machine (`npm run bench:long`).
 */
export const MAP_MAX_DECISIONS = 300;

/** The player's current game, as the map needs it. */
export interface CurrentPath {
  choices: { decisionId: string; optionIndex: number }[];
  endingId: string | null;
}

export function currentPathOf(history: readonly HistoryEntry[], endingId: string | null): CurrentPath {
  return { choices: history.map((h) => ({ decisionId: h.decision.id, optionIndex: h.optionIndex })), endingId };
}

export const decisionNodeId = (decisionId: string): MapNodeId => `d:${decisionId}`;
export const endingNodeId = (endingId: string): MapNodeId => `e:${endingId}`;

interface MergedDecision {
  decisionId: string;
  prompt: string;
  options: { index: number; text: string; action: ChoiceAction; targets: MapNodeId[] }[];
  depth: number;
  replayPath: number[];
}

interface MergedGraph {
  root: MapNodeId;
  decisions: MergedDecision[];
  endings: Omit<MapEnding, 'discovered' | 'current'>[];
}

// Merging walks every explorer state (12 000 for a real scenario): done once per exploration,
// then each opening of the map only lays the player's progress over it.
const merged = new WeakMap<Exploration, MergedGraph>();

function mergeExploration(ex: Exploration): MergedGraph {
  const hit = merged.get(ex);
  if (hit) return hit;
  const idByKey = new Map<string, string>();
  for (const [key, n] of ex.nodes) idByKey.set(key, n.decision.id);
  const nodeIdOf = (t: Target): MapNodeId | null => {
    if (t.kind === 'ending') return t.id ? endingNodeId(t.id) : null;
    const id = idByKey.get(t.key);
    return id === undefined ? null : decisionNodeId(id);
  };
  // States sorted shallowest first (then by path) so each merged decision keeps a stable replay path.
  const decisions = new Map<string, MergedDecision>();
  for (const { node: st, path } of statesWithPaths(ex.nodes)) {
    const id = st.decision.id;
    let d = decisions.get(id);
    if (!d) {
      d = {
        decisionId: id,
        prompt: st.decision.note.prompt,
        options: st.decision.options.map((o) => ({ index: o.index, text: o.text, action: o.action, targets: [] })),
        depth: st.depth,
        replayPath: path,
      };
      decisions.set(id, d);
    }
    for (const eo of st.options) {
      const opt = d.options.find((o) => o.index === eo.option.index);
      const target = nodeIdOf(eo.target);
      if (opt && target && !opt.targets.includes(target)) opt.targets.push(target);
    }
  }
  const endings = [...ex.endings.values()]
    .filter((e) => e.ending.id !== '')
    .sort((a, b) => comparePaths(a.examplePath, b.examplePath))
    .map((e) => ({
      kind: 'ending' as const,
      id: endingNodeId(e.ending.id),
      endingId: e.ending.id,
      title: e.ending.title,
      severity: e.ending.severity,
      sanctions: ledgerOf(e.ending.sanctions, ex.role),
      examplePath: [...e.examplePath],
      paths: e.paths,
    }));
  const graph = { root: nodeIdOf(ex.root) ?? '', decisions: [...decisions.values()], endings };
  merged.set(ex, graph);
  return graph;
}

export function buildMapModel(ex: Exploration, discovery: Discovery | undefined, current: CurrentPath | null, scenarioId = '', maxDecisions = MAP_MAX_DECISIONS): MapModel {
  const seenOptions = new Set(discovery?.options ?? []);
  const currentOptions = new Set((current?.choices ?? []).map((c) => `${c.decisionId}:${c.optionIndex}`));
  for (const k of currentOptions) seenOptions.add(k);
  const found = new Set(discovery?.endings ?? []);
  if (current?.endingId) found.add(current.endingId);
  const graph = mergeExploration(ex);

  const decisions: MapDecision[] = graph.decisions.map((m) => {
    const historyIndex = current ? current.choices.findIndex((c) => c.decisionId === m.decisionId) : -1;
    return {
      kind: 'decision',
      id: decisionNodeId(m.decisionId),
      decisionId: m.decisionId,
      prompt: m.prompt,
      options: m.options.map((o) => ({
        ...o,
        targets: [...o.targets],
        visited: seenOptions.has(`${m.decisionId}:${o.index}`),
        current: currentOptions.has(`${m.decisionId}:${o.index}`),
        cut: false,
      })),
      depth: m.depth,
      replayPath: [...m.replayPath],
      historyIndex: historyIndex >= 0 ? historyIndex : null,
      visited: false,
      current: historyIndex >= 0,
    };
  });
  const endings: MapEnding[] = graph.endings.map((e) => ({
    ...e,
    sanctions: e.sanctions.map((l) => ({ ...l, refs: [...l.refs] })),
    examplePath: [...e.examplePath],
    discovered: found.has(e.endingId),
    current: current?.endingId === e.endingId,
  }));

  // A decision counts as visited when play has reached it: the start, or the target of a taken option.
  const reached = new Set<MapNodeId>([graph.root]);
  for (const d of decisions) for (const o of d.options) if (o.visited) for (const t of o.targets) reached.add(t);
  for (const d of decisions) d.visited = reached.has(d.id) || d.options.some((o) => o.visited) || d.current;

  const foundCount = endings.filter((e) => e.discovered).length;
  const drawn = limitDecisions(decisions, endings, current?.endingId ?? null, maxDecisions);
  return { scenarioId, role: ex.role, root: graph.root, ...drawn, found: foundCount, total: endings.length };
}

/**
 * A long story's map keeps the decisions nearest the start (the list is shallowest first) and every
 * decision of the player's own path, and the endings those lead to; options that lead out of the
 * map are marked `cut`, and `omitted` says how much is left out, so the map can say it.
 */
function limitDecisions(decisions: MapDecision[], endings: MapEnding[], currentEnding: string | null, max: number): Pick<MapModel, 'decisions' | 'endings' | 'omitted'> {
  if (decisions.length <= max) return { decisions, endings, omitted: null };
  const keep = new Set(decisions.filter((d) => d.current).map((d) => d.id));
  for (const d of decisions) {
    if (keep.size >= max) break;
    keep.add(d.id);
  }
  const kept = decisions.filter((d) => keep.has(d.id));
  for (const d of kept) {
    for (const o of d.options) for (const t of o.targets) if (t.startsWith(endingNodeId(''))) keep.add(t);
  }
  const keptEndings = endings.filter((e) => keep.has(e.id) || e.endingId === currentEnding);
  for (const e of keptEndings) keep.add(e.id);
  for (const d of kept) {
    for (const o of d.options) {
      const inMap = o.targets.filter((t) => keep.has(t));
      o.cut = inMap.length < o.targets.length;
      o.targets = inMap;
    }
  }
  return {
    decisions: kept,
    endings: keptEndings,
    omitted: { shownDecisions: kept.length, totalDecisions: decisions.length, shownEndings: keptEndings.length, totalEndings: endings.length },
  };
}

export function comparePaths(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export function nodeById(model: MapModel): Map<MapNodeId, MapNode> {
  const m = new Map<MapNodeId, MapNode>();
  for (const d of model.decisions) m.set(d.id, d);
  for (const e of model.endings) m.set(e.id, e);
  return m;
}
