// Shapes of a projector session. Plain data only (no class, no DOM): they are persisted in
// localStorage and posted between the projector and presenter windows as they are.
import type { LedgerLine } from '../../narrative/scoring';
import type { Snapshot } from '../../narrative/snapshot';
import type { AxisValues, CallStep, Consequence, DecisionStep, EndingStep, LineStep, Role, Sanction, TrainerNote } from '../../narrative/types';

export const SESSION_FORMAT = 'soignants-reseaux-seance';
export const SESSION_VERSION = 1;

/**
 * Where the session stands. The sequence of « next » steps is:
 * story (one line at a time) → vote → consequence → story … → ending → summary.
 */
export type Phase = 'story' | 'vote' | 'consequence' | 'ending' | 'summary';
export const PHASES: readonly Phase[] = ['story', 'vote', 'consequence', 'ending', 'summary'];

export type Screen = 'normal' | 'black' | 'white';
export const SCREENS: readonly Screen[] = ['normal', 'black', 'white'];

/** Who settled the option followed at a decision. */
export type FollowedBy = 'majorite' | 'formateur';

/** A decision the group went through: the show of hands and what followed. */
export interface Round {
  decisionId: string;
  prompt: string;
  options: string[];
  votes: number[];
  followed: number;
  by: FollowedBy;
  consequence: Consequence;
}

/** A path of the session closed by a replay of another branch: kept for the summary. */
export interface ArchivedRun {
  rounds: Round[];
  ending: EndingStep | null;
}

export interface SessionData {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  role: Role;
  startedAt: string;
  phase: Phase;
  /** Transcript lines on screen (the runner may already know more). */
  shown: number;
  /**
   * The line at `shown` is a call ringing on the phone, not yet heard. Absent in sessions saved
   * before the projector rang (read as false), hence optional within the same version.
   */
  ringing?: boolean;
  /** Show of hands at the current decision, one count per option. */
  votes: number[];
  /** Option the trainer chose to follow; null: follow the majority. */
  pick: number | null;
  screen: Screen;
  /** One per choice made on the current path, aligned with the runner's history. */
  rounds: Round[];
  archive: ArchivedRun[];
  /** The runner, saved with the game's own snapshot format (validated on restore). */
  snapshot: Snapshot;
}

export type Command =
  | { kind: 'next' }
  | { kind: 'back' }
  | { kind: 'vote'; option: number; delta: 1 | -1 }
  | { kind: 'setVotes'; option: number; count: number }
  | { kind: 'pick'; option: number | null }
  /** Moves the option to follow to the next one: the keyboard way to settle a tie. */
  | { kind: 'cyclePick' }
  | { kind: 'reveal' }
  | { kind: 'screen'; screen: 'black' | 'white' }
  | { kind: 'replay'; round: number; option: number };

export type CommandResult = { ok: true } | { ok: false; reason: string };

export interface OptionView {
  number: number;
  text: string;
  votes: number;
  /** Share of the votes cast, 0..100, rounded. */
  percent: number;
  followed: boolean;
  consequence: Consequence;
}

export interface DecisionView {
  id: string;
  /** 1-based position on the current path. */
  number: number;
  note: TrainerNote;
  options: OptionView[];
  totalVotes: number;
  /** Option that will be followed on reveal, or null on a tie nobody settled. */
  followed: number | null;
  by: FollowedBy | null;
  tie: boolean;
}

export interface ConsequenceView {
  round: Round;
  number: number;
  scoreBefore: AxisValues;
  score: AxisValues;
  /** Sanctions this choice exposes to, for the role played. */
  risks: Sanction[];
}

/** Everything a window needs to draw the session; the projector computes it, the presenter receives it. */
export interface SessionView {
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  role: Role;
  phase: Phase;
  screen: Screen;
  transcript: LineStep[];
  shown: number;
  /** The call ringing on the phone (caller and « Appel entrant »), its first line not heard yet. */
  ringing: CallStep | null;
  /** Lines still to show before the next stop. */
  remainingLines: number;
  /** The line « next » will show, for the presenter's preview. */
  nextLine: LineStep | null;
  decision: DecisionView | null;
  consequence: ConsequenceView | null;
  ending: EndingStep | null;
  score: AxisValues;
  ledger: LedgerLine[];
  /** What « next » will do, in French, for the presenter. */
  nextLabel: string;
  canBack: boolean;
  contacts: Record<string, string>;
  threads: Record<string, string>;
  summary: Summary | null;
}

export interface SummaryOption {
  number: number;
  text: string;
  votes: number;
  percent: number;
  followed: boolean;
}

export interface SummaryDecision {
  number: number;
  decisionId: string;
  prompt: string;
  options: SummaryOption[];
  totalVotes: number;
  followed: number;
  by: FollowedBy;
  /** Whether the option followed had the most votes (alone or tied). */
  majorityFollowed: boolean;
  feedback: string;
  deltas: AxisValues;
  risks: Sanction[];
  refs: string[];
}

export interface SummaryRun {
  number: number;
  /** True for the path still being played. */
  current: boolean;
  decisions: SummaryDecision[];
  ending: EndingStep | null;
  score: AxisValues;
  /** Sanctions reached on this path (choices' risks + the ending's), heaviest per authority. */
  ledger: LedgerLine[];
  totalVotes: number;
}

export interface Summary {
  sessionId: string;
  scenarioId: string;
  scenarioTitle: string;
  role: Role;
  startedAt: string;
  runs: SummaryRun[];
}

export type { DecisionStep };
