// Going back to any decision with the earlier choices exactly as they were: through the
// player's own history snapshot when her current game went through the decision (the ink state
// saved just before it), otherwise by replaying the explorer's option indices from the start.
import type { ScenarioRunner } from '../narrative/runner';
import type { DecisionStep, Role } from '../narrative/types';
import type { MapDecision } from './model';

export interface ReplayTarget {
  decisionId: string;
  /** Index in the runner's current history, when the player's own path went through the decision. */
  historyIndex: number | null;
  /** Option indices from the start, used when there is no history entry to rewind to. */
  path: number[];
}

export function replayTargetOf(d: MapDecision): ReplayTarget {
  return { decisionId: d.decisionId, historyIndex: d.historyIndex, path: [...d.replayPath] };
}

/**
 * Puts `runner` just before the target decision and returns it. The play screen then calls
 * `session.resume()`, which rebuilds the phone from the transcript instantly and waits for a choice.
 * Throws when the story no longer leads there (a story edited since the map was built).
 */
export function applyReplay(runner: ScenarioRunner, target: ReplayTarget, role: Role): DecisionStep {
  const i = target.historyIndex;
  if (i !== null && runner.currentRole === role && runner.choicesMade[i]?.decision.id === target.decisionId) {
    return runner.rewindTo(i);
  }
  let batch = runner.start(role);
  for (const idx of target.path) {
    if (batch.stop.kind !== 'decision') throw new Error(`the path to ${target.decisionId} ends early`);
    batch = runner.choose(idx).batch;
  }
  const stop = batch.stop;
  if (stop.kind !== 'decision' || stop.id !== target.decisionId) {
    throw new Error(`the path led to ${stop.kind === 'decision' ? stop.id : `ending ${stop.id}`}, not ${target.decisionId}`);
  }
  return stop;
}
