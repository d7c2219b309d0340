// Typed records the narrative core hands to any view. Nothing here knows about ink,
// Phaser or the DOM: a view only ever sees these shapes.

export type Role = 'etudiant' | 'infirmier';
export const ROLES: readonly Role[] = ['etudiant', 'infirmier'];

/** Camille's grammatical gender, chosen with the role: stories write agreements with fem(). */
export type Genre = 'f' | 'm';
export const GENRES: readonly Genre[] = ['f', 'm'];

/** The status of the nurse a scenario stages in a public hospital: it decides the employer's scale. */
/** `liberal`: a self-employed nurse, with no employer (the Ordre and the courts only). */
export type Statut = 'titulaire' | 'stagiaire' | 'contractuel' | 'liberal';

export type Axis = 'secret' | 'respect' | 'posture' | 'image';
export const AXES: readonly Axis[] = ['secret', 'respect', 'posture', 'image'];
export type AxisValues = Record<Axis, number>;

/** Apps of the mock phone. Names on screen are fictional look-alikes chosen by the view. */
export type AppId = 'chat' | 'social' | 'mail' | 'phone' | 'camera' | 'gallery';
export const APPS: readonly AppId[] = ['chat', 'social', 'mail', 'phone', 'camera', 'gallery'];
export type ScreenId = 'lock' | 'home' | AppId;
export const SCREENS: readonly ScreenId[] = ['lock', 'home', ...APPS];

export type Audience = 'public' | 'amis' | 'moi';
export const AUDIENCES: readonly Audience[] = ['public', 'amis', 'moi'];

/** The player's own contact id in every story. */
export const PLAYER_ID = 'moi';

export interface Contact {
  id: string;
  name: string;
  description: string;
}

export interface ThreadInfo {
  id: string;
  app: AppId;
  title: string;
  members: string[];
}

export interface ScenarioInfo {
  id: string;
  title: string;
  theme: string;
  durationMinutes: number;
  /** `# statut:` header; null only in a story that stories:check refuses. */
  statut: Statut | null;
  contacts: Contact[];
  threads: ThreadInfo[];
}

export type Authority = 'institut' | 'stage' | 'ordre' | 'employeur' | 'penal' | 'civil';

export interface Sanction {
  authority: Authority;
  /** Level as written in the story, checked against the authority's scale. */
  level: string;
  /** 0 (a talk) to 4 (the heaviest on that authority's scale). */
  rank: number;
  refs: string[];
  /** Who acts (`par:`): the patient who files the complaint, the lawyer who sends the formal notice. */
  by?: string;
}

export interface Consequence {
  deltas: AxisValues;
  feedback: string;
  refs: string[];
  /** Exposure the choice opens at once, before any ending confirms it. */
  risks: Sanction[];
}

/** In-fiction control a choice is rendered as. */
export type ChoiceAction =
  | 'reply'
  | 'accept'
  | 'decline'
  | 'ignore'
  | 'publish'
  | 'delete'
  | 'leave'
  | 'report'
  | 'call'
  | 'mail'
  | 'photo'
  | 'action';
export const CHOICE_ACTIONS: readonly ChoiceAction[] = [
  'reply', 'accept', 'decline', 'ignore', 'publish', 'delete', 'leave', 'report', 'call', 'mail', 'photo', 'action',
];

export interface ChoiceOption {
  index: number;
  text: string;
  action: ChoiceAction;
  audience?: Audience;
  photo?: string;
  /** `#act:` id of a recurring act, scored the same in every scenario. */
  act?: string;
  consequence: Consequence;
}

export interface TrainerNote {
  prompt: string;
  expect: string;
  refs: string[];
}

export interface DecisionStep {
  kind: 'decision';
  id: string;
  /** Thread or app the choices belong to, so the view can place them inside the fiction. */
  app: AppId | null;
  thread: string | null;
  note: TrainerNote;
  options: ChoiceOption[];
}

export type Severity = 'exemplary' | 'minor' | 'moderate' | 'serious' | 'critical';
export const SEVERITIES: readonly Severity[] = ['exemplary', 'minor', 'moderate', 'serious', 'critical'];

export interface EndingStep {
  kind: 'ending';
  id: string;
  title: string;
  /**
   * Set on the unnamed ending (id '') that stands for a broken path: no #ending declared, or a
   * loop with no choice. Its title and debrief are the words the UI passed in (EndingWords).
   */
  problem?: EndingProblem;
  severity: Severity;
  /** Already filtered for the role being played. */
  sanctions: Sanction[];
  refs: string[];
  debrief: string[];
  questions: string[];
}

interface Timed {
  time: string | null;
  date: string | null;
}

export interface MessageStep extends Timed {
  kind: 'message';
  app: AppId;
  thread: string;
  from: string;
  text: string;
  photo: string | null;
}
export interface NotificationStep extends Timed {
  kind: 'notification';
  app: AppId;
  from: string | null;
  text: string;
}
export interface NarrationStep {
  kind: 'narration';
  text: string;
}
export interface TimeSkipStep extends Timed {
  kind: 'timeskip';
  text: string;
}
export interface ScreenStep {
  kind: 'screen';
  screen: ScreenId;
  text: string;
}
export interface PostStep extends Timed {
  kind: 'post';
  id: string;
  from: string;
  audience: Audience;
  text: string;
  photo: string | null;
  tagged: string[];
}
export interface CommentStep extends Timed {
  kind: 'comment';
  post: string;
  from: string;
  text: string;
}
export interface FriendRequestStep extends Timed {
  kind: 'friendRequest';
  from: string;
  text: string;
}
export interface MailStep extends Timed {
  kind: 'mail';
  from: string;
  subject: string;
  text: string;
}
export interface CallStep extends Timed {
  kind: 'call';
  from: string;
  text: string;
}
export interface SystemStep extends Timed {
  kind: 'system';
  thread: string;
  text: string;
  join: string | null;
  leave: string | null;
}
export interface PhotoStep extends Timed {
  kind: 'photo';
  photo: string;
  text: string;
}

export type LineStep =
  | MessageStep
  | NotificationStep
  | NarrationStep
  | TimeSkipStep
  | ScreenStep
  | PostStep
  | CommentStep
  | FriendRequestStep
  | MailStep
  | CallStep
  | SystemStep
  | PhotoStep;

export type Step = LineStep | DecisionStep | EndingStep;

/** A choice the player made, with everything needed to score, debrief and rewind. */
export interface HistoryEntry {
  decision: DecisionStep;
  optionIndex: number;
  /** ink state JSON just before the choice, so any decision can be replayed exactly. */
  stateBefore: string;
  /** Sticky context (thread, clock) just before the choice. */
  contextBefore: StoryContext;
  /** Number of transcript steps shown before this decision. */
  transcriptLength: number;
}

/** What a line inherits from the lines before it: the open thread and the story's clock. */
export interface StoryContext {
  thread: string | null;
  app: AppId | null;
  time: string | null;
  date: string | null;
}

/** Why a path ended without one of the story's endings. `detail`: the loop as the checker words it. */
export type EndingProblem = { kind: 'no-ending' } | { kind: 'loop'; detail: string };

/**
 * The words of the unnamed ending (EndingProblem), passed in by the UI (ui/labels/story.ts) when it
 * loads a story: the core words nothing to the player. Without them (tools, tests), title and debrief are empty.
 */
export interface EndingWords {
  title: string;
  debrief(problem: EndingProblem): string;
}
