// One typed event map for every broadcast in the game. Subscribers get a disposer and scenes
// call it on shutdown, so a restarted scene never hears events twice.
import type { LedgerLine } from '../narrative/scoring';
import type { AxisValues, Consequence, DecisionStep, EndingStep, LineStep, Role } from '../narrative/types';

export interface GameEvents {
  'story:started': { scenarioId: string; role: Role; resumed: boolean };
  'story:step': { step: LineStep; instant: boolean };
  'story:decision': { decision: DecisionStep };
  'story:choice': { decisionId: string; optionIndex: number; consequence: Consequence; score: AxisValues; ledger: LedgerLine[]; ledgerRaised: LedgerLine[] };
  'story:ending': { ending: EndingStep; score: AxisValues; ledger: LedgerLine[] };
  'story:rewound': { decisionId: string; historyIndex: number };
  /**
   * At every stop (decision or ending), the path so far as a replay needs it: the option index taken
   * at each decision. The SCORM adapter keeps it in cmi.suspend_data.
   */
  'story:progress': { scenarioId: string; role: Role; fingerprint: string; genre: string | undefined; choices: number[]; ended: boolean };
  'story:error': { message: string };
  'ui:typing': { from: string; ms: number };
  'ui:message-sent': { text: string };
  'ui:click': Record<string, never>;
  /** The options of a decision take input (their guard is over): the player has the choice in hand. */
  'ui:choices-armed': Record<string, never>;
  /** The phone shows an incoming call and rings until it is answered. */
  'ui:call-ringing': { from: string };
  'ui:call-answered': { from: string };
  'settings:changed': { key: string };
  'save:failed': { message: string };
}

type Handler<K extends keyof GameEvents> = (payload: GameEvents[K]) => void;

export class EventBus {
  private handlers = new Map<keyof GameEvents, Set<Handler<never>>>();

  on<K extends keyof GameEvents>(event: K, handler: Handler<K>): () => void {
    let set = this.handlers.get(event);
    if (!set) {
      set = new Set();
      this.handlers.set(event, set);
    }
    set.add(handler as Handler<never>);
    return () => set!.delete(handler as Handler<never>);
  }

  emit<K extends keyof GameEvents>(event: K, payload: GameEvents[K]): void {
    for (const h of [...(this.handlers.get(event) ?? [])]) {
      try {
        (h as Handler<K>)(payload);
      } catch (e) {
        // One broken listener (a sound that fails) must not stop the story.
        console.warn(`listener for ${String(event)} failed`, e);
      }
    }
  }

  listenerCount(event?: keyof GameEvents): number {
    if (event) return this.handlers.get(event)?.size ?? 0;
    let n = 0;
    for (const s of this.handlers.values()) n += s.size;
    return n;
  }
}

/** Collects disposers so a scene closes all its subscriptions in one call on shutdown. */
export class Subscriptions {
  private list: (() => void)[] = [];
  add(dispose: () => void): void {
    this.list.push(dispose);
  }
  closeAll(): void {
    for (const d of this.list.splice(0)) d();
  }
}
