// The only module that touches the inkjs Story. It turns ink lines and tags into the typed
// steps of types.ts; views, the explorer and the save system go through it.
import { Story } from 'inkjs';
import { inkStateKey } from './ink-state';
import { typeset, parseTags } from './read/cache';
import { assembleEnding } from './read/ending';
import { readHeader } from './read/header';
import type { LineEnv } from './read/line-tags';
import { readLine, type Pending } from './read/line';
import { readOption } from './read/option';
import { refsForRole } from './read/role-refs';
import {
  type Consequence, type DecisionStep, type EndingStep, type EndingWords,
  type Genre, type HistoryEntry, type LineStep, type Role, type ScenarioInfo,
  type StoryContext, type ThreadInfo,
} from './types';

export interface Batch {
  lines: LineStep[];
  stop: DecisionStep | EndingStep;
}

export type LoadError = { kind: 'invalid-story'; message: string };

/**
 * Limits of one run between two stops. A story that diverts back into text with no choice (`-> boucle`
 * printing a line) would otherwise run forever: the checker, the map's worker and the game's tab froze.
 * No scenario comes near them (a few dozen lines between two decisions).
 */
export const MAX_LINES_PER_STOP = 2000;
/**
 * One line of ink taking longer than this is a loop that prints nothing (`=== boucle ===` `-> boucle`).
 * A real line takes well under a millisecond; but this is wall time, and a tab in the background,
 * a slow phone or a loaded machine stretches it: at 1 s, the test suite beside two CPU burners
 * (load 12 on 2 cores) once called a line of page-pro a loop. A real loop costs the player this wait
 * once, before the message that says where it is.
 */
export const MAX_MS_PER_LINE = 5000;
/** Role and gender questions answered in a row before the runner calls it a loop. */
const MAX_AUTO_CHOICES = 50;
const ROLE_TAG = /^\s*role\s*:\s*(\S+)/;
const GENRE_TAG = /^\s*genre\s*:\s*(\S+)/;

/**
 * A loop with no choice in the story. `text`: the last line it printed (null when it prints nothing);
 * `knot`: where ink stood when it was stopped, for the checker to give a file and a line.
 * The runner that threw it cannot go on: load the story again.
 */
export class StoryLoopError extends Error {
  readonly text: string | null;
  readonly knot: string | null;
  constructor(text: string | null, knot: string | null) {
    super(text
      ? `boucle sans choix : « ${text} » se répète sans fin (aucun choix ni fin après ${MAX_LINES_PER_STOP} lignes)`
      : `boucle sans choix : ${knot ? `« ${knot} » ` : ''}tourne sans rien afficher ni proposer de choix`);
    this.name = 'StoryLoopError';
    this.text = text;
    this.knot = knot;
  }
}

export function fingerprint(text: string): string {
  // FNV-1a: enough to notice that a save was made against another build of the story.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0') + text.length.toString(16);
}

function emptyContext(): StoryContext {
  return { thread: null, app: null, time: null, date: null };
}

export class ScenarioRunner {
  readonly info: ScenarioInfo;
  readonly fingerprint: string;
  /** Problems met while running (bad tags, ink runtime errors): stories:check turns them into errors. */
  readonly warnings: string[] = [];
  /** The UI's words for an unnamed ending (a broken path); null words nothing. */
  readonly words: EndingWords | null;
  private readonly story: Story;
  private readonly globalTagCount: number;
  private role: Role = 'etudiant';
  private genreChosen: Genre = 'f';
  private ctx: StoryContext = emptyContext();
  private history: HistoryEntry[] = [];
  private transcript: LineStep[] = [];
  private stop: DecisionStep | EndingStep | null = null;
  private started = false;
  /** Off while exploring: no rewind points, no transcript, so each node costs one state copy. */
  private recording = true;

  private constructor(story: Story, info: ScenarioInfo, fp: string, words: EndingWords | null) {
    this.words = words;
    this.story = story;
    this.info = info;
    this.fingerprint = fp;
    this.globalTagCount = story.globalTags?.length ?? 0;
    this.story.onError = (message: string) => {
      this.warnings.push(`erreur ink : ${message}`);
    };
  }

  /** Loads a compiled story (JSON text or object); a story that cannot load is a typed error, not a throw. */
  static load(compiled: string | object, scenarioId: string, words: EndingWords | null = null): ScenarioRunner | LoadError {
    const text = typeof compiled === 'string' ? compiled.replace(/^\uFEFF/, '') : JSON.stringify(compiled);
    let story: Story;
    try {
      story = new Story(text);
    } catch (e) {
      return { kind: 'invalid-story', message: `Le scénario « ${scenarioId} » est illisible : ${(e as Error).message}` };
    }
    const warnings: string[] = [];
    const info = readHeader(scenarioId, story.globalTags ?? [], (m) => warnings.push(m));
    const runner = new ScenarioRunner(story, info, fingerprint(text), words);
    runner.warnings.push(...warnings);
    return runner;
  }

  get currentRole(): Role {
    return this.role;
  }

  /** Camille's gender for the next start(): set from the menu, like the role. */
  get genre(): Genre {
    return this.genreChosen;
  }

  set genre(g: Genre) {
    // Saves and the menu hand strings over: anything else than f or m keeps the current one.
    if (g === 'f' || g === 'm') this.genreChosen = g;
  }

  thread(id: string): ThreadInfo | undefined {
    return this.info.threads.find((t) => t.id === id);
  }

  /** Starts (or restarts) the story for a role and runs to the first decision. */
  start(role: Role): Batch {
    this.story.ResetState();
    this.role = role;
    this.ctx = emptyContext();
    this.history = [];
    this.transcript = [];
    this.started = true;
    if (this.story.variablesState.$('role') !== null && this.story.variablesState.$('role') !== undefined) {
      this.story.variablesState.$('role', role);
    }
    if (this.story.variablesState.$('genre') !== null && this.story.variablesState.$('genre') !== undefined) {
      this.story.variablesState.$('genre', this.genreChosen);
    }
    return this.advance(true);
  }

  get currentStop(): DecisionStep | EndingStep | null {
    return this.stop;
  }

  get choicesMade(): readonly HistoryEntry[] {
    return this.history;
  }

  get shown(): readonly LineStep[] {
    return this.transcript;
  }

  get context(): StoryContext {
    return { ...this.ctx };
  }

  /** Takes an option of the current decision and runs to the next stop. */
  choose(optionIndex: number): { consequence: Consequence; batch: Batch } {
    const stop = this.stop;
    if (!stop || stop.kind !== 'decision') throw new Error('no decision is waiting for a choice');
    const option = stop.options[optionIndex];
    if (!option) throw new Error(`option ${optionIndex} does not exist`);
    this.history.push({
      decision: stop,
      optionIndex,
      stateBefore: this.recording ? this.story.state.ToJson() : '',
      contextBefore: { ...this.ctx },
      transcriptLength: this.transcript.length,
    });
    this.story.ChooseChoiceIndex(option.index);
    return { consequence: option.consequence, batch: this.advance(false) };
  }

  /** Goes back to just before the decision at `historyIndex`, exactly as it was then. */
  rewindTo(historyIndex: number): DecisionStep {
    const entry = this.history[historyIndex];
    if (!entry) throw new Error(`no decision ${historyIndex} in the history`);
    this.story.state.LoadJson(entry.stateBefore);
    this.ctx = { ...entry.contextBefore };
    this.transcript = this.transcript.slice(0, entry.transcriptLength);
    this.history = this.history.slice(0, historyIndex);
    this.stop = entry.decision;
    return entry.decision;
  }

  /** Explorer fast path: stop keeping rewind points and transcript (they grow without bound there). */
  setRecording(on: boolean): void {
    this.recording = on;
    this.history = [];
    this.transcript = [];
  }

  /** Explorer fast path: the ink state, and a key that identifies position + memory (ink-state.ts). */
  explorerState(): { json: string; parsed: object; key: string } {
    const json = this.story.state.ToJson();
    const parsed = JSON.parse(json) as object;
    return { json, parsed, key: inkStateKey(parsed, this.ctx.thread) };
  }

  /** The ink state alone, to come back to it with loadInkState (class results replay shared path prefixes). */
  stateJson(): string {
    return this.story.state.ToJson();
  }

  /** Takes the JSON text, or the object explorerState() already parsed (ink reads it without changing it). */
  loadInkState(state: string | object, ctx: StoryContext, stop: DecisionStep | EndingStep | null): void {
    if (typeof state === 'string') this.story.state.LoadJson(state);
    else this.story.state.LoadJsonObj(state as Record<string, unknown>);
    this.ctx = { ...ctx };
    this.stop = stop;
    this.history = [];
    this.transcript = [];
    this.started = true;
  }

  /** Where ink stands, as a knot or knot.stitch name (no container indices), for loop reports. */
  private knotHere(): string | null {
    const path = this.story.state.currentPathString ?? this.story.state.previousPointer?.path?.toString() ?? null;
    if (!path) return null;
    const named = path.split('.').filter((p) => !/^\d+$/.test(p) && !p.startsWith('$') && !p.startsWith('c-') && !p.startsWith('g-') && !p.startsWith('s-'));
    return named.length ? named.join('.') : null;
  }

  /** What the line readers (read/) may see and move of this runner. */
  private lineEnv(): LineEnv {
    const env: LineEnv = {
      ctx: this.ctx,
      thread: (id) => this.thread(id),
      warn: (m) => this.warnings.push(m),
      recording: this.recording,
    };
    return env;
  }

  /** The tags of the line ink just printed (without the header's, which ink repeats on the first line). */
  private lineTags(first: boolean): string[] {
    const tags = [...(this.story.currentTags ?? [])];
    if (!first || this.globalTagCount === 0) return tags;
    const globals = this.story.globalTags ?? [];
    return globals.every((g, i) => tags[i] === g) ? tags.slice(globals.length) : tags;
  }

  /** Runs ink until it waits for a choice or ends, reading each line into `lines`. */
  private continueLines(first: boolean, pending: Pending, lines: LineStep[], count: { lines: number }): Pending {
    const env = this.lineEnv();
    let firstLine = first;
    let meta = pending;
    while (this.story.canContinue) {
      // Time-limited: a loop that prints nothing never returns from a plain Continue().
      this.story.ContinueAsync(MAX_MS_PER_LINE);
      if (!this.story.asyncContinueComplete) throw new StoryLoopError(null, this.knotHere());
      const raw = this.story.currentText ?? '';
      if (++count.lines > MAX_LINES_PER_STOP) throw new StoryLoopError(typeset(raw.trim()) || null, this.knotHere());
      const tags = parseTags(this.lineTags(firstLine), 'line', env.warn);
      firstLine = false;
      // While exploring, only debriefs and questions are kept: the rest needs no typography.
      const text = this.recording ? typeset(raw.trim()) : raw.trim();
      const res = readLine(text, tags, meta, env);
      meta = { decision: res.decision, ending: res.ending };
      for (const step of res.steps) {
        lines.push(step);
        if (this.recording) this.transcript.push(step);
      }
    }
    return meta;
  }

  /** The option that answers a role or gender question from the menu's choice, or -1. */
  private autoAnswer(): number {
    const choices = this.story.currentChoices;
    const tagged = (re: RegExp, value: string) => choices.findIndex((c) => (c.tags ?? []).some((t) => re.exec(t)?.[1] === value));
    const role = tagged(ROLE_TAG, this.role);
    return role >= 0 ? role : tagged(GENRE_TAG, this.genreChosen);
  }

  private advance(first: boolean): Batch {
    if (!this.started) throw new Error('start() first');
    const lines: LineStep[] = [];
    const warn = (m: string) => this.warnings.push(m);
    let pending: Pending = { decision: null, ending: null };
    const count = { lines: 0 };
    let autoChoices = 0;
    let firstRun = first;
    for (;;) {
      pending = this.continueLines(firstRun, pending, lines, count);
      // ink repeats the header's tags on the story's first line, however many questions come before it.
      firstRun = first && count.lines === 0;
      const choices = this.story.currentChoices;
      if (choices.length === 0) {
        const stop = assembleEnding(pending.ending, lines, this.role, warn, this.words);
        this.stop = stop;
        return { lines, stop };
      }
      const options = choices.map((c, i) => readOption(c.text, parseTags(c.tags ?? [], 'choice', warn), i, this.role, warn));
      // A role question (for Inky) is answered by the role chosen in the menu, not by the player again.
      // So is Camille's gender.
      const auto = this.autoAnswer();
      if (auto >= 0) {
        if (++autoChoices > MAX_AUTO_CHOICES) throw new StoryLoopError(null, this.knotHere());
        this.story.ChooseChoiceIndex(auto);
        pending = { decision: null, ending: pending.ending };
        continue;
      }
      const decision = pending.decision;
      const id = decision?.id ?? `decision-${this.history.length + 1}`;
      const note = decision?.note ?? { prompt: '', expect: '', refs: [] };
      const stop: DecisionStep = {
        kind: 'decision',
        id,
        app: this.ctx.app,
        thread: this.ctx.thread,
        note: { ...note, refs: refsForRole(note.refs, this.role, `décision « ${id} »`, warn) },
        options,
      };
      if (!decision?.id) warn(`décision sans #decision (choix : ${options.map((o) => `« ${o.text} »`).join(', ')})`);
      this.stop = stop;
      return { lines, stop };
    }
  }
}
