// Playthrough plans: the choices to make, by their text, and what a trainer should see at the
// end (ending, axes, sanctions). Tests replay them; trainers can read them.
import { ScenarioRunner } from './runner';
import { pathLedger } from './ledger';
import { consequencesOf } from './snapshot';
import { scoreOf } from './scoring';
import type { AxisValues, Role } from './types';

export interface Plan {
  story: string;
  role: Role;
  ending: string;
  choices: string[];
  expect: { axes: AxisValues; sanctions: string[] };
}

export interface PlanResult {
  ending: string;
  axes: AxisValues;
  /** The ending's sanctions for the role, as « authority: level ». */
  sanctions: string[];
  /** The ledger the debrief shows, as « authority: level ». */
  ledger: string[];
  /** Texts of the options that were available when a planned choice was not found. */
  missing: { wanted: string; available: string[] } | null;
}

const norm = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ').replace(/’/g, "'").replace(/…/g, '...').replace(/\s+/g, ' ').trim();

export function playPlan(compiled: string, plan: Pick<Plan, 'story' | 'role' | 'choices'>): PlanResult {
  const runner = ScenarioRunner.load(compiled, plan.story);
  if (!(runner instanceof ScenarioRunner)) throw new Error(runner.message);
  let batch = runner.start(plan.role);
  for (const wanted of plan.choices) {
    if (batch.stop.kind !== 'decision') break;
    const i = batch.stop.options.findIndex((o) => norm(o.text) === norm(wanted));
    if (i < 0) {
      return { ending: '', axes: scoreOf(consequencesOf(runner.choicesMade)), sanctions: [], ledger: [], missing: { wanted, available: batch.stop.options.map((o) => o.text) } };
    }
    batch = runner.choose(i).batch;
  }
  const stop = batch.stop;
  const history = runner.choicesMade;
  const endSanctions = stop.kind === 'ending' ? stop.sanctions : [];
  return {
    ending: stop.kind === 'ending' ? stop.id : '',
    axes: scoreOf(consequencesOf(history)),
    sanctions: endSanctions.map((s) => `${s.authority}: ${s.level}`),
    ledger: pathLedger(consequencesOf(history), stop.kind === 'ending' ? stop : null, plan.role).map((l) => `${l.authority}: ${l.level}`),
    missing: null,
  };
}
