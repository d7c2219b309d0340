// A story's decision graph as a table, made once per story version (from the explorer) and shipped
// with the page as stories/<id>.decisions.json (`npm run tables` writes them; a test fails when one
// no longer matches its story): which decision each state asks, where each option leads, which
// ending closes a path. Reading a class's result codes then walks the table instead of replaying
// paths through ink, which cost seconds the first time (a story step is a fraction of a millisecond
// to a millisecond, and 300 codes share ~1 800 distinct prefixes); a walk is microseconds per decision.
// The trainer's short path reads the same graph to steer passed decisions towards the sheet's ones.
import { explore, type Exploration, type Target } from '../narrative/explorer';
import { scoreOf } from '../narrative/scoring';
import { GENRES, ROLES, type Consequence, type DecisionStep, type EndingStep, type Genre, type Role } from '../narrative/types';
import type { DecisionRef, EndingRef, Resolution, ResolvedChoice } from './resolve';

/** 3: decisions kept to what the class page reads (no feedback texts), states as arrays. */
export const DECISION_TABLE_VERSION = 3;

/** A graph per role and Camille's genre: the options' texts agree with « elle » or « il », as each student read them. */
export type GraphKey = `${Role}:${Genre}`;

export interface DecisionTable {
  version: typeof DECISION_TABLE_VERSION;
  scenarioId: string;
  /** The story version the table was made from (ScenarioRunner.fingerprint of the same JSON). */
  fingerprint: string;
  /**
   * Per role: the first stop and the states, each `[decision, ...next]`: the index of the decision
   * it asks, then where each option leads. A reference ≥ 0 is a state's index, < 0 the ending at
   * index −ref − 1. Options are as the story offers them in that state (the result code's indexes).
   */
  roles: Record<GraphKey, { root: number; nodes: number[][] }>;
  /** Distinct decisions as asked (a decision asked alike in several states is stored once). */
  decisions: DecisionRef[];
  endings: EndingRef[];
}

/** What a table keeps of a decision: what the class page counts and shows, not the feedback. */
export function decisionRef(d: DecisionStep): DecisionRef {
  return {
    id: d.id,
    note: { prompt: d.note.prompt },
    options: d.options.map((o) => ({ text: o.text, consequence: { deltas: o.consequence.deltas, risks: o.consequence.risks } })),
  };
}

/**
 * The table of a compiled story, or null when it cannot stand for the story: a graph too large to
 * explore, a loop that stops without an ending, or a path the explorer could not follow (the class
 * page then replays paths as before).
 */
export function buildDecisionTable(compiled: string, scenarioId: string, fingerprint: string): DecisionTable | null {
  const decisions: DecisionRef[] = [];
  const decisionIndex = new Map<string, number>();
  const endings: EndingRef[] = [];
  const endingIndex = new Map<string, number>();
  const roles = {} as DecisionTable['roles'];
  for (const role of ROLES) for (const genre of GENRES) {
    let ex: Exploration;
    try {
      ex = explore(compiled, scenarioId, role, { genre });
    } catch {
      return null;
    }
    if (ex.truncated || ex.loops.length || ex.trapped.length) return null;
    const keys = [...ex.nodes.keys()];
    const nodeIndex = new Map(keys.map((k, i) => [k, i]));
    const ref = (t: Target): number => {
      if (t.kind === 'decision') return nodeIndex.get(t.key)!;
      let e = endingIndex.get(t.id);
      if (e === undefined) {
        const ending = ex.endings.get(t.id)?.ending;
        if (!ending) throw new Error(`unknown ending ${t.id}`);
        e = endings.push({ id: ending.id, title: ending.title, severity: ending.severity }) - 1;
        endingIndex.set(t.id, e);
      }
      return -e - 1;
    };
    try {
      const nodes = keys.map((k) => {
        const n = ex.nodes.get(k)!;
        const kept = decisionRef(n.decision);
        const json = JSON.stringify(kept);
        let d = decisionIndex.get(json);
        if (d === undefined) {
          d = decisions.push(kept) - 1;
          decisionIndex.set(json, d);
        }
        return [d, ...n.options.map((o) => ref(o.target))];
      });
      roles[`${role}:${genre}`] = { root: ref(ex.root), nodes };
    } catch {
      return null;
    }
  }
  return { version: DECISION_TABLE_VERSION, scenarioId, fingerprint, roles, decisions, endings };
}

/** The same answer as PathResolver.resolve (reasons included), read from the table. */
export function resolveWithTable(table: DecisionTable, role: Role, genre: Genre, path: readonly number[]): Resolution {
  const graph = table.roles[`${role}:${genre}`];
  let at = graph.root;
  const choices: ResolvedChoice[] = [];
  const consequences: Pick<Consequence, 'deltas'>[] = [];
  for (let i = 0; i < path.length; i++) {
    if (at < 0) return { ok: false, reason: `le chemin continue après la fin « ${table.endings[-at - 1]!.title} » (${i} décisions sur ${path.length})` };
    const node = graph.nodes[at]!;
    const decision = table.decisions[node[0]!]!;
    const index = path[i]!;
    const option = decision.options[index];
    if (!option || node[index + 1] === undefined) return { ok: false, reason: `la décision ${i + 1} n'a pas d'option ${index + 1} dans cette version du scénario` };
    choices.push({ decision, optionIndex: index });
    consequences.push(option.consequence);
    at = node[index + 1]!;
  }
  if (at >= 0) return { ok: false, reason: `le chemin s'arrête avant une fin (${path.length} décisions)` };
  return { ok: true, choices, ending: table.endings[-at - 1]!, axes: scoreOf(consequences) };
}

/** Shape check of a table that came with the page (a stale or foreign one is not used). */
export function isDecisionTable(x: unknown, scenarioId: string): x is DecisionTable {
  if (!x || typeof x !== 'object') return false;
  const t = x as Partial<DecisionTable>;
  return t.version === DECISION_TABLE_VERSION && t.scenarioId === scenarioId && typeof t.fingerprint === 'string' &&
    !!t.roles && ROLES.every((r) => GENRES.every((g) => Array.isArray(t.roles![`${r}:${g}`]?.nodes))) && Array.isArray(t.decisions) && Array.isArray(t.endings);
}

export type { EndingStep };
