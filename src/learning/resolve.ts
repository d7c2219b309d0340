// Turns a decoded result code back into a path through the story: which decision each index
// answered, the ending, the four axes. Paths are replayed on the runner once per distinct prefix
// (a class shares most of its prefixes), so aggregating a class costs a few hundred story steps,
// not one full replay per code.
import { ScenarioRunner } from '../narrative/runner';
import { AXES, type AxisValues, type Consequence, type DecisionStep, type EndingStep, type Genre, type Role, type StoryContext } from '../narrative/types';
import { scoreOf } from '../narrative/scoring';
import { ENDING_WORDS } from '../ui/labels/story';

/** What the class page reads of a decision (a decision table keeps no more; a DecisionStep is one). */
export interface DecisionRef {
  id: string;
  note: Pick<DecisionStep['note'], 'prompt'>;
  options: { text: string; consequence: Pick<Consequence, 'deltas' | 'risks'> }[];
}

export interface ResolvedChoice {
  decision: DecisionRef;
  optionIndex: number;
}

/** What the class page needs of an ending (a decision table keeps no more). */
export type EndingRef = Pick<EndingStep, 'id' | 'title' | 'severity'>;

export type Resolution =
  | { ok: true; choices: ResolvedChoice[]; ending: EndingRef; axes: AxisValues }
  | { ok: false; reason: string };

interface Node {
  stop: DecisionStep | EndingStep;
  state: string | null;
  ctx: StoryContext;
  children: Map<number, Node>;
}

/** Whether an option is one a trainer wants highlighted: it costs on an axis or opens a risk. */
export function isRisky(c: Pick<Consequence, 'deltas' | 'risks'>): boolean {
  return c.risks.length > 0 || AXES.reduce((s, a) => s + c.deltas[a], 0) < 0;
}

export class PathResolver {
  private readonly runner: ScenarioRunner;
  private readonly roots = new Map<string, Node>();
  /** Story steps replayed so far (the bench reports it). */
  steps = 0;

  constructor(compiled: string, scenarioId: string) {
    const r = ScenarioRunner.load(compiled, scenarioId, ENDING_WORDS);
    if (!(r instanceof ScenarioRunner)) throw new Error(r.message);
    this.runner = r;
    r.setRecording(false);
  }

  get fingerprint(): string {
    return this.runner.fingerprint;
  }

  private capture(stop: DecisionStep | EndingStep): Node {
    return { stop, state: stop.kind === 'decision' ? this.runner.stateJson() : null, ctx: this.runner.context, children: new Map() };
  }

  private root(role: Role, genre: Genre): Node {
    const key = `${role}:${genre}`;
    let node = this.roots.get(key);
    if (!node) {
      this.runner.genre = genre;
      node = this.capture(this.runner.start(role).stop);
      this.roots.set(key, node);
    }
    return node;
  }

  resolve(role: Role, genre: Genre, path: readonly number[]): Resolution {
    let node = this.root(role, genre);
    const choices: ResolvedChoice[] = [];
    const consequences: Consequence[] = [];
    for (let i = 0; i < path.length; i++) {
      const stop = node.stop;
      if (stop.kind !== 'decision') return { ok: false, reason: `le chemin continue après la fin « ${stop.title} » (${i} décisions sur ${path.length})` };
      const index = path[i]!;
      const option = stop.options[index];
      if (!option) return { ok: false, reason: `la décision ${i + 1} n'a pas d'option ${index + 1} dans cette version du scénario` };
      let next = node.children.get(index);
      if (!next) {
        this.runner.loadInkState(node.state!, node.ctx, stop);
        next = this.capture(this.runner.choose(index).batch.stop);
        this.steps++;
        node.children.set(index, next);
      }
      choices.push({ decision: stop, optionIndex: index });
      consequences.push(option.consequence);
      node = next;
    }
    if (node.stop.kind !== 'ending') return { ok: false, reason: `le chemin s'arrête avant une fin (${path.length} décisions)` };
    return { ok: true, choices, ending: node.stop, axes: scoreOf(consequences) };
  }
}
