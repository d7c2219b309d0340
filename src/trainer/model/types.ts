// Shapes of a projector session. Plain data only (no class, no DOM): they are persisted in
// localStorage and posted between the projector and presenter windows as they are.
import type { LedgerLine } from '../../narrative/scoring';
import type { Snapshot } from '../../narrative/snapshot';
import type { AxisValues, CallStep, Consequence, DecisionStep, EndingStep, LineStep, Role, Sanction, TrainerNote } from '../../narrative/types';

export const SESSION_FORMAT = 'soignants-reseaux-seance';
/**
 * 2: session settings (two-round votes, exam setting, short path) and the ballot of a decision in
 * two rounds. A version-1 session is still read (as a one-round, whole-scenario session with its
 * feedback at once, which is how it ran); an older build refuses a version-2 one with its « autre
 * version » message instead of dropping the first rounds it cannot read.
 */
export const SESSION_VERSION = 2;
export const SESSION_VERSIONS_READ: readonly number[] = [1, 2];

/**
 * Where the session stands. The sequence of « next » steps is:
 * story (one line at a time) → vote → consequence → story … → ending → summary.
 */
export type Phase = 'story' | 'vote' | 'consequence' | 'ending' | 'summary';
export const PHASES: readonly Phase[] = ['story', 'vote', 'consequence', 'ending', 'summary'];

export type Screen = 'normal' | 'black' | 'white';
export const SCREENS: readonly Screen[] = ['normal', 'black', 'white'];

/**
 * Who settled the option followed at a decision. « parcours »: a decision outside the sheet's short
 * path, passed without a vote on the answer that protects best.
 */
export type FollowedBy = 'majorite' | 'formateur' | 'parcours';
export const FOLLOWED_BY: readonly FollowedBy[] = ['majorite', 'formateur', 'parcours'];

/** Feedback setting of a session: « examen » shows scores and feedback only after the ending. */
export type SessionFeedback = 'examen' | 'immediat';

/** Chosen on the setup screen; fixed for the session. */
export interface SessionSettings {
  /** Every decision runs as two rounds (vote hidden, discussion, re-vote) unless revealed after the first. */
  twoRounds: boolean;
  feedback: SessionFeedback;
  /** The decisions the room votes on (the sheet's short path); null: every decision. */
  shortPath: string[] | null;
}

export const DEFAULT_SETTINGS: SessionSettings = { twoRounds: false, feedback: 'examen', shortPath: null };

/**
 * Peer instruction at one decision: the first vote (its counts hidden from the room), the
 * discussion with a neighbour, the second vote. `first` holds the first round's counts once the
 * discussion started; `second` keeps the second round's counts while « back » shows the discussion again.
 */
export type BallotStage = 'first' | 'discuss' | 'second';
export const BALLOT_STAGES: readonly BallotStage[] = ['first', 'discuss', 'second'];

/** Discussion countdowns the trainer may start, in seconds (the presenter offers 1 to 3 minutes). */
export const TIMER_LIMITS = { min: 10, max: 1800 } as const;

export interface DiscussTimer {
  seconds: number;
  /** ISO date: the projector counts down from it, so a reload shows the time really left. */
  startedAt: string;
}

export interface Ballot {
  stage: BallotStage;
  first: number[] | null;
  second: number[] | null;
  timer: DiscussTimer | null;
}

/** A decision the group went through: the show of hands and what followed. */
export interface Round {
  decisionId: string;
  prompt: string;
  options: string[];
  /** The room's counts; after two rounds, the second round's (the one followed). */
  votes: number[];
  /** The first round's counts when the decision ran in two rounds; absent otherwise. */
  firstVotes?: number[];
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
  /** SESSION_VERSION when written; a version-1 session read back lacks `settings` and `ballot`. */
  version: number;
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
  /** The two rounds of the decision open to the vote; null: a single round so far. Absent in version 1. */
  ballot?: Ballot | null;
  /** Absent in version 1 (read as one round, every decision, feedback at once). */
  settings?: SessionSettings;
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
  /** Closes the first round (« Discutez avec votre voisin·e »), then opens the second. */
  | { kind: 'discuss' }
  /** Starts (or, with null, stops) the discussion's countdown on the projector. */
  | { kind: 'timer'; seconds: number | null }
  /** The remote's way: no countdown → 1 min → 2 min → 3 min → none. */
  | { kind: 'cycleTimer' }
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
  /** A decision of the sheet the room already voted on in an earlier run of this short path: it goes by without a vote. */
  voted?: boolean;
  tie: boolean;
  /** Where the vote stands; 'first' for a single round too. */
  stage: BallotStage;
  /** The room does not see the counts (two rounds: neither round's until the reveal). */
  hidden: boolean;
  /** The first round's counts, once the discussion started. */
  firstVotes: number[] | null;
  timer: DiscussTimer | null;
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
  settings: SessionSettings;
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
  /** The first round when the decision ran in two rounds (`options` then hold the second). */
  firstRound: SummaryRound | null;
  /** Per option, the second round's share minus the first's, in points; null for one round. */
  shift: number[] | null;
  feedback: string;
  deltas: AxisValues;
  risks: Sanction[];
  refs: string[];
}

export interface SummaryRound {
  votes: number[];
  percents: number[];
  total: number;
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
  settings: SessionSettings;
  runs: SummaryRun[];
}

export type { DecisionStep };
