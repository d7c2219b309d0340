// The projector session as a state machine over the ScenarioRunner: no DOM, no timers, so the
// whole classroom flow (votes, reveal, back one step, replay of another branch) is testable in Node.
import { ScenarioRunner } from '../../narrative/runner';
import { pathLedger } from '../../narrative/ledger';
import { scoreOf, zeroAxes } from '../../narrative/scoring';
import { parseSnapshot, restoreError, restoreSnapshot, takeSnapshot, type RestoreError } from '../../narrative/snapshot';
import { sanctionsForRole } from '../../narrative/legal/sanctions';
import { AXES, type AxisValues, type CallStep, type DecisionStep, type EndingStep, type Role, type Sanction } from '../../narrative/types';
import type { DecisionTable } from '../../learning/decisionTable';
import { isVisibleLine } from './lines';
import { shortPathGuide, type ShortPathGuide } from './route';
import { ringsAt } from './phone';
import { buildSummary } from './summary';
import {
  DEFAULT_SETTINGS, SESSION_FORMAT, SESSION_VERSION, TIMER_LIMITS,
  type ArchivedRun, type Ballot, type SessionSettings, type Command, type CommandResult, type ConsequenceView, type DecisionView, type Phase, type Round,
  type Screen, type SessionData, type SessionView, type Summary,
} from './types';
import { emptyVotes, followedOption, percentages, withVote, clampVotes, type Followed } from './votes';


/** Settings of a session saved before they existed (version 1): how it ran then. */
const VERSION_1_SETTINGS: SessionSettings = { twoRounds: false, feedback: 'immediat', shortPath: null };

/**
 * The option that protects best (highest sum of the four axes, the first on a tie): followed at a
 * passed decision when the story's decision table cannot guide the short path (route.ts).
 */
export function protectiveOption(d: { options: readonly { consequence: { deltas: AxisValues } }[] }): number {
  const total = (i: number) => AXES.reduce((s, a) => s + d.options[i]!.consequence.deltas[a], 0);
  let best = 0;
  for (let i = 1; i < d.options.length; i++) if (total(i) > total(best)) best = i;
  return best;
}

export { isVisibleLine, TIMER_LIMITS };

const ok: CommandResult = { ok: true };
function fail(reason: string): CommandResult {
  return { ok: false, reason };
}

interface Mutable {
  id: string;
  scenarioTitle: string;
  startedAt: string;
  phase: Phase;
  shown: number;
  /** The line at `shown` is a call that rings: one « next » answers it (its first line shows). */
  ringing: boolean;
  votes: number[];
  pick: number | null;
  /** The two rounds of the open decision; null for a single round (or before the discussion). */
  ballot: Ballot | null;
  settings: SessionSettings;
  screen: Screen;
  rounds: Round[];
  archive: ArchivedRun[];
}

export class TrainerSession {
  readonly runner: ScenarioRunner;
  private s: Mutable;
  /** The story's decision table, when made from this very story: it guides the short path. */
  private readonly table: DecisionTable | null;
  private guideMemo: { key: string; guide: ShortPathGuide } | null = null;

  private constructor(runner: ScenarioRunner, s: Mutable, table: DecisionTable | null = null) {
    this.runner = runner;
    this.s = s;
    this.table = table && table.fingerprint === runner.fingerprint && table.scenarioId === runner.info.id ? table : null;
  }

  /**
   * A new session: the runner restarts for `role` and the projector shows the title card. `table`:
   * the story's decision table (shipped with the page), which a short path follows to reach each of
   * the sheet's decisions; without it, passed decisions follow their protective answer.
   */
  static start(runner: ScenarioRunner, role: Role, opts: { id: string; now?: Date; settings?: Partial<SessionSettings>; table?: DecisionTable | null }): TrainerSession {
    const settings: SessionSettings = { ...DEFAULT_SETTINGS, ...opts.settings };
    const batch = runner.start(role);
    const session = new TrainerSession(runner, {
      id: opts.id,
      scenarioTitle: runner.info.title,
      startedAt: (opts.now ?? new Date()).toISOString(),
      phase: 'story',
      shown: 0,
      ringing: false,
      votes: batch.stop.kind === 'decision' ? emptyVotes(batch.stop.options.length) : [],
      pick: null,
      ballot: null,
      settings: { ...settings, shortPath: settings.shortPath ? [...settings.shortPath] : null },
      screen: 'normal',
      rounds: [],
      archive: [],
    }, opts.table ?? null);
    session.settleStoryPhase();
    return session;
  }

  /**
   * Puts a saved session back on `runner`. `data` is already shape-checked (persist.ts); this checks
   * it agrees with the story itself, so a save from another build never shows half a session.
   */
  static restore(runner: ScenarioRunner, data: SessionData, table: DecisionTable | null = null): TrainerSession | RestoreError {
    if (data.scenarioId !== runner.info.id) return restoreError('other-scenario');
    const snap = parseSnapshot(data.snapshot, { scenarioId: runner.info.id, fingerprint: runner.fingerprint });
    if ('kind' in snap && !('format' in snap)) return snap;
    const err = restoreSnapshot(runner, snap as typeof data.snapshot);
    if (err) return err;
    const stop = runner.currentStop;
    const history = runner.choicesMade;
    const ringing = data.ringing === true;
    const ballot = data.ballot ?? null;
    const options = stop?.kind === 'decision' ? stop.options.length : 0;
    const settings = data.version === 1 || !data.settings ? VERSION_1_SETTINGS : data.settings;
    const consistent =
      stop !== null &&
      runner.currentRole === data.role &&
      data.rounds.length === history.length &&
      data.rounds.every((r, i) => r.decisionId === history[i]!.decision.id && r.followed === history[i]!.optionIndex) &&
      data.shown <= runner.shown.length &&
      (data.phase !== 'vote' || (stop.kind === 'decision' && data.votes.length === stop.options.length && data.shown === runner.shown.length)) &&
      (data.phase !== 'consequence' || data.rounds.length > 0) &&
      ((data.phase !== 'ending' && data.phase !== 'summary') || stop.kind === 'ending') &&
      (data.pick === null || (stop.kind === 'decision' && data.pick < stop.options.length)) &&
      (ballot === null || (data.phase === 'vote' && ballotFits(ballot, options))) &&
      data.rounds.every((r) => r.firstVotes === undefined || r.firstVotes.length === r.options.length) &&
      (!ringing || (data.phase === 'story' && ringsAt({ info: runner.info, transcript: runner.shown, choices: history }, data.shown)));
    if (!consistent) return restoreError('corrupted');
    return new TrainerSession(runner, {
      id: data.id,
      scenarioTitle: data.scenarioTitle,
      startedAt: data.startedAt,
      phase: data.phase,
      shown: data.shown,
      ringing,
      votes: stop.kind === 'decision' ? data.votes.map(clampVotes) : [],
      pick: data.pick,
      ballot: ballot && { ...ballot, first: ballot.first && ballot.first.map(clampVotes), second: ballot.second && ballot.second.map(clampVotes), timer: ballot.timer && { ...ballot.timer } },
      settings: { ...settings, shortPath: settings.shortPath ? [...settings.shortPath] : null },
      screen: data.screen,
      rounds: data.rounds.map((r) => ({ ...r, votes: [...r.votes], options: [...r.options], ...(r.firstVotes ? { firstVotes: [...r.firstVotes] } : {}) })),
      archive: data.archive,
    }, table);
  }

  get id(): string {
    return this.s.id;
  }

  get phase(): Phase {
    return this.s.phase;
  }

  get screen(): Screen {
    return this.s.screen;
  }

  get votes(): readonly number[] {
    return this.s.votes;
  }

  get rounds(): readonly Round[] {
    return this.s.rounds;
  }

  get settings(): SessionSettings {
    return this.s.settings;
  }

  get ballot(): Ballot | null {
    return this.s.ballot;
  }

  /** Everything needed to resume, the runner included (as a game snapshot). */
  data(now = new Date()): SessionData {
    return {
      format: SESSION_FORMAT,
      version: SESSION_VERSION,
      id: this.s.id,
      scenarioId: this.runner.info.id,
      scenarioTitle: this.s.scenarioTitle,
      role: this.runner.currentRole,
      startedAt: this.s.startedAt,
      phase: this.s.phase,
      shown: this.s.shown,
      ringing: this.s.ringing,
      votes: [...this.s.votes],
      pick: this.s.pick,
      ballot: this.s.ballot,
      settings: this.s.settings,
      screen: this.s.screen,
      rounds: this.s.rounds,
      archive: this.s.archive,
      snapshot: takeSnapshot(this.runner, now),
    };
  }

  /** `now` starts the discussion's countdown (the projector passes its clock; tests a fixed one). */
  apply(cmd: Command, now = new Date()): CommandResult {
    switch (cmd.kind) {
      case 'screen':
        // Checked here too: a session holds only screens it can restore.
        if (cmd.screen !== 'black' && cmd.screen !== 'white') return fail('Écran inconnu.');
        this.s.screen = this.s.screen === cmd.screen ? 'normal' : cmd.screen;
        return ok;
      case 'next':
      case 'back':
        // As on presentation software, the first key after a blank screen only brings the picture back:
        // the trainer never moves the story on while the room sees nothing.
        if (this.s.screen !== 'normal') {
          this.s.screen = 'normal';
          return ok;
        }
        return cmd.kind === 'next' ? this.next() : this.back();
      case 'vote':
        return this.vote(cmd.option, (v) => withVote(v, cmd.option, cmd.delta));
      case 'setVotes':
        return this.vote(cmd.option, (v) => v.map((n, i) => (i === cmd.option ? clampVotes(cmd.count) : n)));
      case 'pick': {
        const d = this.decisionAtVote();
        if (!d) return fail('Aucune décision n’est ouverte au vote.');
        if (this.isPassed(d)) return fail(PASSED_REFUSAL);
        if (cmd.option !== null && !d.options[cmd.option]) return fail(`L’option ${cmd.option + 1} n’existe pas.`);
        this.s.pick = cmd.option;
        return ok;
      }
      case 'cyclePick': {
        const d = this.decisionAtVote();
        if (!d) return fail('Aucune décision n’est ouverte au vote.');
        if (this.isPassed(d)) return fail(PASSED_REFUSAL);
        const current = followedOption(this.s.votes, this.s.pick).option ?? -1;
        this.s.pick = (current + 1) % d.options.length;
        return ok;
      }
      case 'reveal':
        return this.reveal();
      case 'discuss':
        return this.discuss();
      case 'timer':
        return this.timer(cmd.seconds, now);
      case 'cycleTimer': {
        const current = this.s.ballot?.timer?.seconds ?? null;
        const i = TIMER_STEPS.indexOf(current);
        return this.timer(TIMER_STEPS[(i + 1) % TIMER_STEPS.length] ?? null, now);
      }
      case 'replay':
        return this.replay(cmd.round, cmd.option);
      default: {
        const never: never = cmd;
        return fail(`Commande inconnue : ${JSON.stringify(never)}`);
      }
    }
  }

  private vote(option: number, change: (v: readonly number[]) => number[]): CommandResult {
    const d = this.decisionAtVote();
    if (!d) return fail('Aucune décision n’est ouverte au vote.');
    if (this.isPassed(d)) return fail(PASSED_REFUSAL);
    if (this.s.ballot?.stage === 'discuss') return fail('La salle discute : ouvrez le second vote (D ou →) avant de compter les mains.');
    if (!d.options[option]) return fail(`L’option ${option + 1} n’existe pas.`);
    this.s.votes = change(this.s.votes);
    return ok;
  }

  private decisionAtVote(): DecisionStep | null {
    const stop = this.runner.currentStop;
    return this.s.phase === 'vote' && stop?.kind === 'decision' ? stop : null;
  }

  /** A decision outside the short path the session runs: passed on its protective answer, without a vote. */
  private isPassed(d: DecisionStep): boolean {
    const path = this.s.settings.shortPath;
    return path !== null && (!path.includes(d.id) || this.votedBefore(d.id));
  }

  /**
   * A decision of the sheet the room voted on in an earlier run of this session (before going back
   * for the sheet decisions it had not seen): each is voted on once, then goes by like the others.
   */
  private votedBefore(id: string): boolean {
    return this.s.archive.some((a) => a.rounds.some((r) => r.decisionId === id && r.by !== 'parcours'));
  }

  private followed(d: DecisionStep): Followed {
    if (this.isPassed(d)) {
      // A detour back to this decision (end of the run, sheet decisions unseen) set the option to take.
      const option = this.s.pick ?? this.guide()?.option(this.s.rounds.map((r) => r.followed), d.id, this.reached()) ?? protectiveOption(d);
      return { option, by: 'parcours', tie: false };
    }
    return followedOption(this.s.votes, this.s.pick);
  }

  /** The short path's guide on this story, role and Camille's genre; null without a short path or a table. */
  private guide(): ShortPathGuide | null {
    const path = this.s.settings.shortPath;
    if (!path || !this.table) return null;
    const key = `${this.runner.currentRole}:${this.runner.genre}` as const;
    if (this.guideMemo?.key !== key) this.guideMemo = { key, guide: shortPathGuide(this.table, key, path) };
    return this.guideMemo.guide;
  }

  /** The sheet's decisions the room has met in this session, earlier runs (detours, replays) included. */
  private reached(): Set<string> {
    const path = new Set(this.s.settings.shortPath ?? []);
    const met = [...this.s.archive.flatMap((a) => a.rounds), ...this.s.rounds].map((r) => r.decisionId);
    const stop = this.runner.currentStop;
    if (stop?.kind === 'decision') met.push(stop.id);
    return new Set(met.filter((id) => path.has(id)));
  }

  /** At an ending of a short path with sheet decisions unseen: where to go back to reach them. */
  private detour(): { round: number; option: number } | null {
    if (this.runner.currentStop?.kind !== 'ending') return null;
    return this.guide()?.detour(this.s.rounds.map((r) => r.followed), this.reached()) ?? null;
  }

  /** First round → discussion (its counts put aside, hidden), discussion → second round. */
  private discuss(): CommandResult {
    const d = this.decisionAtVote();
    if (!d) return fail('Aucune décision n’est ouverte au vote.');
    if (this.isPassed(d)) return fail(PASSED_REFUSAL);
    const b = this.s.ballot;
    if (b?.stage === 'second') return fail('Le second vote est ouvert : révélez (R) quand les mains sont comptées.');
    if (b?.stage === 'discuss') {
      this.s.ballot = { ...b, stage: 'second', second: null, timer: null };
      this.s.votes = b.second ? [...b.second] : emptyVotes(d.options.length);
      this.s.pick = null;
      return ok;
    }
    this.s.ballot = { stage: 'discuss', first: [...this.s.votes], second: null, timer: null };
    this.s.votes = emptyVotes(d.options.length);
    this.s.pick = null;
    return ok;
  }

  private timer(seconds: number | null, now: Date): CommandResult {
    const b = this.s.ballot;
    if (this.s.phase !== 'vote' || b?.stage !== 'discuss') return fail('Le minuteur sert pendant la discussion entre voisin·es (touche D).');
    if (seconds !== null && !(Number.isInteger(seconds) && seconds >= TIMER_LIMITS.min && seconds <= TIMER_LIMITS.max)) return fail('Durée du minuteur invalide.');
    this.s.ballot = { ...b, timer: seconds === null ? null : { seconds, startedAt: now.toISOString() } };
    return ok;
  }

  private reveal(): CommandResult {
    const d = this.decisionAtVote();
    if (!d) return fail(this.s.phase === 'consequence' ? 'La conséquence est déjà révélée.' : 'Les options ne sont pas encore affichées.');
    if (this.s.ballot?.stage === 'discuss') return fail('La salle discute\u00A0: ouvrez le second vote (D ou →), puis révélez.');
    const f = this.followed(d);
    if (f.option === null || f.by === null) {
      return fail(this.s.votes.some((v) => v > 0) ? 'Égalité : choisissez l’option à suivre avant de révéler.' : 'Aucun vote : comptez les mains ou choisissez l’option à suivre avant de révéler.');
    }
    const first = this.s.ballot?.stage === 'second' ? this.s.ballot.first : null;
    const { consequence } = this.runner.choose(f.option);
    this.s.rounds.push({
      decisionId: d.id,
      prompt: d.note.prompt,
      options: d.options.map((o) => o.text),
      votes: f.by === 'parcours' ? emptyVotes(d.options.length) : [...this.s.votes],
      ...(first ? { firstVotes: [...first] } : {}),
      followed: f.option,
      by: f.by,
      consequence,
    });
    this.s.phase = 'consequence';
    this.resetVotes();
    return ok;
  }

  private next(): CommandResult {
    switch (this.s.phase) {
      case 'story':
      case 'consequence': {
        if (this.s.ringing) {
          // The call is answered: its first line is heard.
          this.s.ringing = false;
          this.s.shown += 1;
        } else {
          const j = this.nextVisibleIndex(this.s.shown);
          // A call that starts rings first, as on the student's phone: the room sees it arrive.
          if (j !== null && this.ringsAt(j)) {
            this.s.shown = j;
            this.s.ringing = true;
            this.s.phase = 'story';
            return ok;
          }
          this.s.shown = j === null ? this.runner.shown.length : j + 1;
        }
        this.s.phase = 'story';
        this.settleStoryPhase();
        return ok;
      }
      case 'vote': {
        // With a clicker: first vote → discussion → second vote → reveal, all on « next ».
        const d = this.decisionAtVote();
        const stage = this.s.ballot?.stage;
        if (d && !this.isPassed(d) && (stage === 'discuss' || (stage === undefined && this.s.settings.twoRounds))) return this.discuss();
        const revealed = this.reveal();
        // A passed decision goes by in one press: no card of its consequence, the story goes on.
        if (revealed.ok && d && this.isPassed(d)) return this.next();
        return revealed;
      }
      case 'ending': {
        // The short path goes on until the room has met every decision of the sheet.
        const detour = this.detour();
        if (detour) return this.replay(detour.round, detour.option);
        this.s.phase = 'summary';
        return ok;
      }
      case 'summary':
        return fail('La séance est terminée : exportez le bilan ou rejouez une autre branche.');
    }
  }

  private back(): CommandResult {
    const phase = this.s.phase;
    if (phase === 'summary') {
      this.s.phase = 'ending';
      return ok;
    }
    if (phase === 'consequence' || (!(phase === 'vote' && this.s.ballot) && this.backIsPassed())) {
      // Un-reveal: the runner goes back to just before the choice, the room's counts come back with it.
      // A passed decision went by without its consequence card: back returns to it in one press too.
      const k = this.s.rounds.length - 1;
      const round = this.s.rounds[k]!;
      this.runner.rewindTo(k);
      this.s.rounds.pop();
      this.s.votes = [...round.votes];
      this.s.pick = round.by === 'formateur' || round.by === 'parcours' ? round.followed : null;
      this.s.ballot = round.firstVotes ? { stage: 'second', first: [...round.firstVotes], second: null, timer: null } : null;
      this.s.shown = this.runner.shown.length;
      this.s.phase = 'vote';
      return ok;
    }
    if (phase === 'vote' && this.s.ballot) {
      // Back through the rounds: second vote → discussion (its counts kept for « next ») → first vote.
      const b = this.s.ballot;
      const d = this.decisionAtVote()!;
      if (b.stage === 'second') {
        this.s.ballot = { ...b, stage: 'discuss', second: [...this.s.votes] };
        this.s.votes = emptyVotes(d.options.length);
      } else {
        this.s.votes = b.first ? [...b.first] : emptyVotes(d.options.length);
        this.s.ballot = null;
      }
      this.s.pick = null;
      return ok;
    }
    if (phase === 'story' && this.s.shown === 0 && !this.s.ringing) return fail('C’est le début du scénario.');
    const start = this.batchStart();
    if (this.s.ringing) {
      // Back from the ringing phone: to the screen before the call arrived.
      this.s.ringing = false;
      return this.backBefore(this.s.shown, start);
    }
    // The newest line on screen is taken back; if it was a call that rang first, the ringing comes back.
    const i = this.lastVisibleBefore(this.s.shown, start);
    if (i !== null && this.ringsAt(i)) {
      this.s.shown = i;
      this.s.ringing = true;
      this.s.phase = 'story';
      return ok;
    }
    return this.backBefore(i ?? start, start);
  }

  /**
   * « Back » from here reaches a passed decision: at most the first step after it is on screen (its
   * first line, or the phone ringing), or nothing at all before the next stop.
   */
  private backIsPassed(): boolean {
    if (this.s.rounds[this.s.rounds.length - 1]?.by !== 'parcours') return false;
    const start = this.batchStart();
    const i = this.lastVisibleBefore(this.s.shown, start);
    if (this.s.ringing || i === null) return i === null;
    return this.lastVisibleBefore(i, start) === null && !this.ringsAt(i);
  }

  /**
   * The step the room saw just before line `i` came on screen: the previous visible line of this
   * stretch (with nothing after it, as « next » left it), else the consequence card or the title card.
   */
  private backBefore(i: number, start: number): CommandResult {
    const p = this.lastVisibleBefore(i, start);
    if (p !== null) {
      this.s.shown = p + 1;
      this.s.phase = 'story';
      return ok;
    }
    if (this.s.rounds.length > 0) {
      this.s.shown = start;
      this.s.phase = 'consequence';
      return ok;
    }
    this.s.shown = 0;
    this.s.phase = 'story';
    return ok;
  }

  /** Index of the last visible line in [start, end), or null. */
  private lastVisibleBefore(end: number, start: number): number | null {
    const T = this.runner.shown;
    for (let j = Math.min(end, T.length) - 1; j >= start; j--) if (isVisibleLine(T[j]!)) return j;
    return null;
  }

  private ringsAt(i: number): boolean {
    return ringsAt({ info: this.runner.info, transcript: this.runner.shown, choices: this.runner.choicesMade }, i);
  }

  private replay(roundIndex: number, option: number): CommandResult {
    if (this.s.phase !== 'ending' && this.s.phase !== 'summary') return fail('On rejoue une autre branche depuis le bilan, en fin de scénario.');
    const round = this.s.rounds[roundIndex];
    if (!round) return fail(`La décision ${roundIndex + 1} n’existe pas sur ce parcours.`);
    if (!round.options[option]) return fail(`L’option ${option + 1} n’existe pas.`);
    if (option === round.followed) return fail('Cette option est celle que le groupe a suivie.');
    const stop = this.runner.currentStop;
    this.s.archive.push({ rounds: this.s.rounds.slice(), ending: stop?.kind === 'ending' ? stop : null });
    this.runner.rewindTo(roundIndex);
    this.s.rounds = this.s.rounds.slice(0, roundIndex);
    // The room's original counts stay visible; the trainer's pick sends the story down the other branch.
    this.s.votes = [...round.votes];
    this.s.ballot = round.firstVotes ? { stage: 'second', first: [...round.firstVotes], second: null, timer: null } : null;
    this.s.pick = option;
    const at = this.runner.currentStop;
    if (at?.kind === 'decision' && this.isPassed(at)) {
      // Passed here (outside the sheet, or voted on already): no counts of the room to show again.
      this.s.votes = emptyVotes(at.options.length);
      this.s.ballot = null;
    }
    this.s.shown = this.runner.shown.length;
    this.s.ringing = false;
    this.s.phase = 'vote';
    return ok;
  }

  /** First transcript line of the stretch after the last choice. */
  private batchStart(): number {
    const h = this.runner.choicesMade;
    return h.length ? h[h.length - 1]!.transcriptLength : 0;
  }

  /** Index of the next visible line from `from` on (the invisible ones before it come with it), or null. */
  private nextVisibleIndex(from: number): number | null {
    const T = this.runner.shown;
    for (let i = from; i < T.length; i++) if (isVisibleLine(T[i]!)) return i;
    return null;
  }

  private remainingVisible(): number {
    return this.runner.shown.slice(this.s.shown).filter(isVisibleLine).length;
  }

  /** When no visible line is left, the story phase gives way to the stop (decision or ending). */
  private settleStoryPhase(): void {
    if (this.s.phase !== 'story' || this.remainingVisible() > 0) return;
    const stop = this.runner.currentStop;
    this.s.shown = this.runner.shown.length;
    this.s.phase = stop?.kind === 'ending' ? 'ending' : 'vote';
    if (stop?.kind === 'decision' && this.s.votes.length !== stop.options.length) this.resetVotes();
  }

  private resetVotes(): void {
    const stop = this.runner.currentStop;
    this.s.votes = stop?.kind === 'decision' ? emptyVotes(stop.options.length) : [];
    this.s.pick = null;
    this.s.ballot = null;
  }

  private risksFor(sanctions: readonly Sanction[]): Sanction[] {
    return sanctionsForRole(sanctions, this.runner.currentRole);
  }

  view(): SessionView {
    const runner = this.runner;
    const stop = runner.currentStop;
    const role = runner.currentRole;
    const phase = this.s.phase;
    const rounds = this.s.rounds;
    const score = scoreOf(rounds.map((r) => r.consequence));
    const endingReached = (phase === 'ending' || phase === 'summary') && stop?.kind === 'ending' ? stop : null;

    let decision: DecisionView | null = null;
    if (stop?.kind === 'decision' && (phase === 'story' || phase === 'vote')) {
      const f = this.followed(stop);
      const pct = percentages(this.s.votes);
      const b = this.s.ballot;
      decision = {
        id: stop.id,
        number: rounds.length + 1,
        note: stop.note,
        options: stop.options.map((o, i) => ({
          number: i + 1, text: o.text, votes: this.s.votes[i] ?? 0, percent: pct[i] ?? 0, followed: f.option === i, consequence: o.consequence,
        })),
        totalVotes: this.s.votes.reduce((a, b) => a + b, 0),
        followed: f.option,
        by: f.by,
        tie: f.tie,
        stage: b?.stage ?? 'first',
        hidden: !this.isPassed(stop) && (this.s.settings.twoRounds || b !== null),
        ...(this.s.settings.shortPath?.includes(stop.id) && this.votedBefore(stop.id) ? { voted: true } : {}),
        firstVotes: b?.first ? [...b.first] : null,
        timer: b?.timer ? { ...b.timer } : null,
      };
    }

    let consequence: ConsequenceView | null = null;
    if (phase === 'consequence' && rounds.length) {
      const round = rounds[rounds.length - 1]!;
      consequence = {
        round,
        number: rounds.length,
        scoreBefore: rounds.length > 1 ? scoreOf(rounds.slice(0, -1).map((r) => r.consequence)) : zeroAxes(),
        score,
        risks: this.risksFor(round.consequence.risks),
      };
    }

    const remaining = this.remainingVisible();
    const T = runner.shown;
    const ringing = this.s.ringing && T[this.s.shown]?.kind === 'call' ? (T[this.s.shown] as CallStep) : null;
    const contacts: Record<string, string> = {};
    for (const c of runner.info.contacts) contacts[c.id] = c.name;
    const threads: Record<string, string> = {};
    for (const t of runner.info.threads) threads[t.id] = t.title;

    return {
      id: this.s.id,
      scenarioId: runner.info.id,
      scenarioTitle: this.s.scenarioTitle,
      role,
      phase,
      screen: this.s.screen,
      settings: { ...this.s.settings, shortPath: this.s.settings.shortPath ? [...this.s.settings.shortPath] : null },
      transcript: T.slice(0, this.s.shown),
      shown: this.s.shown,
      ringing,
      remainingLines: remaining,
      nextLine: remaining > 0 && (phase === 'story' || phase === 'consequence') ? T.slice(this.s.shown).find(isVisibleLine) ?? null : null,
      decision,
      consequence,
      ending: endingReached,
      score,
      ledger: pathLedger(rounds.map((r) => r.consequence), endingReached, role),
      nextLabel: this.nextLabel(decision, stop, remaining, contacts),
      canBack: !(phase === 'story' && this.s.shown === 0 && !ringing),
      contacts,
      threads,
      summary: phase === 'summary' || phase === 'ending' ? this.summary() : null,
    };
  }

  private nextLabel(decision: DecisionView | null, stop: DecisionStep | EndingStep | null, remaining: number, contacts: Record<string, string>): string {
    const caller = (i: number) => {
      const step = this.runner.shown[i];
      return step?.kind === 'call' ? contacts[step.from] ?? step.from : '';
    };
    if ((this.s.phase === 'story' || this.s.phase === 'consequence') && remaining > 0) {
      if (this.s.ringing) return `Décrocher\u00A0: ${caller(this.s.shown)} parle`;
      const j = this.nextVisibleIndex(this.s.shown);
      if (j !== null && this.ringsAt(j)) return `Faire sonner le téléphone\u00A0: ${caller(j)} appelle`;
    }
    switch (this.s.phase) {
      case 'story':
        return this.s.shown === 0 ? 'Commencer le scénario' : `Ligne suivante de l’histoire (${remaining} restante${remaining > 1 ? 's' : ''})`;
      case 'vote': {
        if (decision?.by === 'parcours') return `Passer cette décision (${decision.voted ? 'déjà votée' : 'hors du parcours court'}) : option ${decision.followed! + 1}`;
        if (decision?.stage === 'discuss') return 'Ouvrir le second vote';
        if (decision?.stage === 'first' && this.s.settings.twoRounds) return 'Clore le premier vote : « Discutez avec votre voisin·e »';
        const what = this.s.settings.feedback === 'examen' ? 'le choix suivi' : 'la conséquence';
        const both = decision?.stage === 'second' ? ' et les deux votes' : '';
        return decision?.followed != null
          ? `Révéler ${what} (option ${decision.followed + 1})${both}`
          : decision && decision.totalVotes === 0
            ? `Comptez les votes, puis révélez ${what}`
            : 'Égalité : choisissez l’option à suivre avant de révéler';
      }
      case 'consequence':
        if (remaining > 0) return 'Suite de l’histoire';
        return stop?.kind === 'ending' ? 'Afficher la fin du scénario' : 'Afficher la décision suivante';
      case 'ending': {
        const detour = this.detour();
        if (!detour) return 'Afficher le bilan de la séance';
        const left = (this.s.settings.shortPath ?? []).length - this.reached().size;
        return `Parcours court\u00A0: retour à la décision ${detour.round + 1} pour voir ${left > 1 ? `les ${left} décisions de la fiche qui restent` : 'la dernière décision de la fiche'}`;
      }
      case 'summary':
        return 'Séance terminée : exportez le bilan ou rejouez une autre branche';
    }
  }

  summary(): Summary {
    const stop = this.runner.currentStop;
    const endingReached = (this.s.phase === 'ending' || this.s.phase === 'summary') && stop?.kind === 'ending' ? stop : null;
    return buildSummary({
      sessionId: this.s.id,
      scenarioId: this.runner.info.id,
      scenarioTitle: this.s.scenarioTitle,
      role: this.runner.currentRole,
      startedAt: this.s.startedAt,
      settings: this.s.settings,
      archive: this.s.archive,
      current: { rounds: this.s.rounds, ending: endingReached },
    });
  }
}

/** The countdowns the remote cycles through (T), in seconds; null: none. */
export const TIMER_STEPS: readonly (number | null)[] = [null, 60, 120, 180];

const PASSED_REFUSAL = 'Décision hors du parcours court : elle passe sans vote, sur la réponse qui mène aux décisions de la fiche.';

function ballotFits(b: Ballot, options: number): boolean {
  const fits = (v: number[] | null) => v === null || v.length === options;
  return options > 0 && fits(b.first) && fits(b.second) && (b.stage === 'first' || b.first !== null) && (b.timer === null || b.stage === 'discuss');
}
