// Checks a compiled story on its explored graph, in both roles: every path ends on a complete
// ending, every decision is annotated, nothing loops without a way out.
import { explore, type Exploration } from '../explorer';
import { StoryLoopError } from '../runner';
import { SEVERITIES, ROLES, type Role } from '../types';
import type { Problem, SourceReport } from './source';

export interface RoleFigures {
  role: Role;
  states: number;
  longestPath: number;
  endings: number;
  paths: number;
  decisions: number;
  /** Decisions with 3 or more options, over all decisions. */
  wideDecisions: number;
  ms: number;
}

export interface StoryReport {
  problems: Problem[];
  figures: RoleFigures[];
  explorations: Exploration[];
}

/** Abbreviations whose full stop does not end a sentence (« M. Fabre », « art. 226-13 »). */
const ABBREVIATIONS = /\b(M|Mme|Mlle|Dr|Pr|art|cf|ex|p|n°|St|Ste|env)\.(?=\s)/g;

export function countSentences(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.replace(ABBREVIATIONS, '$1').split(/[.!?…]+(?=[\s»\u00A0\u202F]|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length, 0);
}

function locate(source: SourceReport, message: string, fallback: { file: string; line: number }): { file: string; line: number } {
  const quoted = /« (.+?) »/.exec(message)?.[1];
  if (quoted) {
    const ending = source.endingLines.get(quoted) ?? source.decisionLines.get(quoted);
    if (ending) return ending;
    const norm = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ').replace(/’/g, "'").replace(/…/g, '...').replace(/\s+/g, ' ').trim();
    const hit = source.lines.find((l) => norm(l.text).includes(norm(quoted)));
    if (hit) return hit;
  }
  return fallback;
}

const MODERATE = SEVERITIES.indexOf('moderate');

type At = { file: string; line: number };
type Push = (at: At, message: string, warning?: boolean) => void;

/** Collects problems, each once: a message found by both roles is reported a single time. */
function problemSink(problems: Problem[]): Push {
  const seen = new Set<string>();
  return (at, message, warning = false) => {
    const key = `${at.file}:${at.line}:${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(warning ? { file: at.file, line: at.line, message, warning } : { file: at.file, line: at.line, message });
  };
}

/** Where a loop with no choice is reported: at the line it repeats, else where its knot starts. */
function loopLocator(source: SourceReport, root: At): (l: { text: string | null; knot: string | null }) => At {
  return (l) => {
    if (l.text) {
      const at = locate(source, `« ${l.text} »`, root);
      if (at !== root) return at;
    }
    for (let k = l.knot; k; k = k.includes('.') ? k.slice(0, k.lastIndexOf('.')) : null) {
      const at = source.knotLines.get(k);
      if (at) return at;
    }
    return root;
  };
}

/** The graph's shape: too many states, loops without a choice, loops through a decision, traps. */
function checkGraph(ex: Exploration, source: SourceReport, root: At, roleName: string, push: Push, loopAt: ReturnType<typeof loopLocator>): void {
  const already = new Set(source.problems.map((p) => p.message));
  for (const w of ex.warnings) if (!already.has(w)) push(locate(source, w, root), w);
  if (ex.truncated) push(root, `trop d'états à explorer (${ex.states}) : réunir les branches avec des VAR`);
  for (const l of ex.loops) push(loopAt(l), l.message);
  for (const key of ex.cycles) {
    if (ex.trapped.includes(key)) continue;
    const d = ex.nodes.get(key)!.decision;
    push(source.decisionLines.get(d.id) ?? root, `avertissement : un chemin revient à la décision « ${d.id} » (boucle par une décision : vérifier qu'on peut toujours en sortir)`, true);
  }
  for (const key of ex.trapped) {
    const d = ex.nodes.get(key)!.decision;
    push(source.decisionLines.get(d.id) ?? root, `boucle sans sortie : depuis « ${d.id} », aucun chemin n'atteint une fin (${roleName})`);
  }
}

/** Each decision has the trainer's note and expectation and a real choice; returns id → option count. */
function checkDecisions(ex: Exploration, source: SourceReport, root: At, push: Push): Map<string, number> {
  const decisionsSeen = new Map<string, number>();
  for (const n of ex.nodes.values()) {
    const d = n.decision;
    decisionsSeen.set(d.id, d.options.length);
    const at = source.decisionLines.get(d.id) ?? root;
    if (!d.note.prompt) push(at, `décision « ${d.id} » sans #note pour le formateur`);
    if (!d.note.expect) push(at, `décision « ${d.id} » sans #expect pour le formateur`);
    if (d.options.length < 2) push(at, `décision « ${d.id} » avec une seule option`);
  }
  return decisionsSeen;
}

/** Each ending: a sanction when serious, a debrief of 3 to 6 sentences, two reflection questions. */
function checkEndings(ex: Exploration, source: SourceReport, root: At, roleName: string, push: Push): void {
  for (const ending of [...ex.endings.values()].flatMap((e) => e.variants)) {
    if (!ending.id) continue;
    const at = source.endingLines.get(ending.id) ?? root;
    if (SEVERITIES.indexOf(ending.severity) >= MODERATE && ending.sanctions.length === 0) {
      push(at, `fin « ${ending.id} » (${ending.severity}) sans aucune sanction pour le rôle ${roleName}`);
    }
    const sentences = countSentences(ending.debrief);
    if (sentences < 3 || sentences > 6) push(at, `fin « ${ending.id} » : débriefing de ${sentences} phrase(s) pour le rôle ${roleName} (3 à 6 attendues)`);
    if (ending.questions.length !== 2) push(at, `fin « ${ending.id} » : ${ending.questions.length} question(s) de réflexion (2 attendues)`);
  }
}

/**
 * `explored` passes explorations already made of the same compiled story (a test that checks the
 * graph itself too): exploring is the costly part, and doing it twice doubled the test's time.
 */
export function checkStory(compiled: string, scenarioId: string, source: SourceReport, rootFile: string, now: () => number = () => performance.now(), explored?: ReadonlyMap<Role, Exploration>): StoryReport {
  const problems: Problem[] = [];
  const figures: RoleFigures[] = [];
  const explorations: Exploration[] = [];
  const root = { file: rootFile, line: 1 };
  const push = problemSink(problems);
  const loopAt = loopLocator(source, root);

  for (const role of ROLES) {
    const t0 = now();
    let ex: Exploration;
    try {
      ex = explored?.get(role) ?? explore(compiled, scenarioId, role);
    } catch (e) {
      push(e instanceof StoryLoopError ? loopAt(e) : root, `exploration impossible (${role}) : ${(e as Error).message}`);
      continue;
    }
    const ms = now() - t0;
    explorations.push(ex);
    const roleName = role === 'etudiant' ? 'étudiant·e' : 'infirmier·e';
    checkGraph(ex, source, root, roleName, push, loopAt);
    const decisionsSeen = checkDecisions(ex, source, root, push);
    checkEndings(ex, source, root, roleName, push);
    figures.push({
      role,
      states: ex.states,
      longestPath: ex.longestPath,
      endings: [...ex.endings.keys()].filter(Boolean).length,
      paths: ex.pathCount,
      decisions: decisionsSeen.size,
      wideDecisions: [...decisionsSeen.values()].filter((n) => n >= 3).length,
      ms,
    });
  }
  return { problems, figures, explorations };
}
