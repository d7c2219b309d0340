// The play loop: asks the runner for steps and awaits the view for each one. The view decides
// how long a message takes to type; the loop only decides what comes next.
import type { EventBus } from '../events/bus';
import { ScenarioRunner, type Batch } from './runner';
import { ledgerChanges, ledgerOf, scoreOf, type LedgerLine } from './scoring';
import { pathLedger } from './ledger';
import { consequencesOf, takeSnapshot, type Snapshot } from './snapshot';
import type { AxisValues, Consequence, DecisionStep, EndingStep, HistoryEntry, LineStep, Role, ScenarioInfo } from './types';

export interface PlayState {
  info: ScenarioInfo;
  role: Role;
  score: AxisValues;
  ledger: LedgerLine[];
  history: readonly HistoryEntry[];
}

export interface ChoiceResult {
  decision: DecisionStep;
  optionIndex: number;
  consequence: Consequence;
  scoreBefore: AxisValues;
  score: AxisValues;
  ledger: LedgerLine[];
  /** Ledger lines that appeared or got heavier with this choice. */
  raised: LedgerLine[];
}

/** What the view may answer instead of an option: go back, or leave. */
export type SessionCommand = { kind: 'rewind'; historyIndex: number } | { kind: 'quit' };

export interface StoryView {
  /** Show one line; `instant` when rebuilding the phone from a save (no typing delays). */
  present(step: LineStep, instant: boolean): Promise<void>;
  /** Show the options inside the fiction; resolve with the option index or a command. */
  choose(decision: DecisionStep, state: PlayState): Promise<number | SessionCommand>;
  /** Show what the choice changed (immediately resolved in exam mode). */
  consequence(result: ChoiceResult): Promise<void>;
  ending(ending: EndingStep, state: PlayState): Promise<void>;
  /** The phone is rebuilt from scratch (after a rewind): clear and replay `shown` instantly. */
  reset(shown: readonly LineStep[]): Promise<void>;
}

export type SessionOutcome = { kind: 'ended'; ending: EndingStep; state: PlayState } | { kind: 'quit' };

export interface SessionOptions {
  /** Called after every stop with a fresh snapshot: the autosave. */
  save?: (snap: Snapshot) => void;
  bus?: EventBus;
}

export class PlaySession {
  readonly runner: ScenarioRunner;
  private readonly view: StoryView;
  private readonly opts: SessionOptions;

  constructor(runner: ScenarioRunner, view: StoryView, opts: SessionOptions = {}) {
    this.runner = runner;
    this.view = view;
    this.opts = opts;
  }

  state(): PlayState {
    const history = this.runner.choicesMade;
    const stop = this.runner.currentStop;
    return {
      info: this.runner.info,
      role: this.runner.currentRole,
      score: scoreOf(consequencesOf(history)),
      ledger: pathLedger(consequencesOf(history), stop?.kind === 'ending' ? stop : null, this.runner.currentRole),
      history,
    };
  }

  /** A new game for `role`. */
  async start(role: Role): Promise<SessionOutcome> {
    const batch = this.runner.start(role);
    this.opts.bus?.emit('story:started', { scenarioId: this.runner.info.id, role, resumed: false });
    return this.loop(batch, false);
  }

  /** Continue a runner already restored from a save: replay what was shown, instantly. */
  async resume(): Promise<SessionOutcome> {
    const stop = this.runner.currentStop;
    if (!stop) throw new Error('nothing to resume');
    this.opts.bus?.emit('story:started', { scenarioId: this.runner.info.id, role: this.runner.currentRole, resumed: true });
    await this.view.reset(this.runner.shown);
    return this.loop({ lines: [], stop }, true);
  }

  /** Replay from decision `historyIndex`, with every earlier choice exactly as it was. */
  async replayFrom(historyIndex: number): Promise<SessionOutcome> {
    const decision = this.runner.rewindTo(historyIndex);
    this.opts.bus?.emit('story:rewound', { decisionId: decision.id, historyIndex });
    await this.view.reset(this.runner.shown);
    return this.loop({ lines: [], stop: decision }, true);
  }

  private async loop(first: Batch, resumed: boolean): Promise<SessionOutcome> {
    let batch = first;
    let instant = resumed;
    for (;;) {
      for (const step of batch.lines) {
        this.opts.bus?.emit('story:step', { step, instant });
        await this.view.present(step, instant);
      }
      instant = false;
      this.autosave();
      this.opts.bus?.emit('story:progress', {
        scenarioId: this.runner.info.id, role: this.runner.currentRole, fingerprint: this.runner.fingerprint,
        genre: this.runner.genre, choices: this.runner.choicesMade.map((h) => h.optionIndex), ended: batch.stop.kind === 'ending',
      });
      const stop = batch.stop;
      if (stop.kind === 'ending') {
        const state = this.state();
        this.opts.bus?.emit('story:ending', { ending: stop, score: state.score, ledger: state.ledger });
        await this.view.ending(stop, state);
        return { kind: 'ended', ending: stop, state };
      }
      this.opts.bus?.emit('story:decision', { decision: stop });
      const before = this.state();
      const answer = await this.view.choose(stop, before);
      if (typeof answer !== 'number') {
        if (answer.kind === 'quit') return { kind: 'quit' };
        const decision = this.runner.rewindTo(answer.historyIndex);
        this.opts.bus?.emit('story:rewound', { decisionId: decision.id, historyIndex: answer.historyIndex });
        await this.view.reset(this.runner.shown);
        batch = { lines: [], stop: decision };
        continue;
      }
      const { consequence, batch: next } = this.runner.choose(answer);
      const after = this.state();
      const raised = ledgerChanges(before.ledger, after.ledger);
      const result: ChoiceResult = {
        decision: stop, optionIndex: answer, consequence, scoreBefore: before.score, score: after.score, ledger: after.ledger, raised,
      };
      this.opts.bus?.emit('story:choice', { decisionId: stop.id, optionIndex: answer, consequence, score: after.score, ledger: after.ledger, ledgerRaised: raised });
      await this.view.consequence(result);
      batch = next;
    }
  }

  private autosave(): void {
    if (!this.opts.save) return;
    try {
      this.opts.save(takeSnapshot(this.runner));
    } catch (e) {
      // For the logs: the player hears about saving from the store's status (ui/labels/storage.ts).
      this.opts.bus?.emit('save:failed', { message: (e as Error).message });
    }
  }
}
