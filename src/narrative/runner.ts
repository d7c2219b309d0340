// The only module that touches the inkjs Story. It turns ink lines and tags into the typed
// steps of types.ts; views, the explorer and the save system go through it.
import { Story } from 'inkjs';
import { refAllowedForRole } from './legal/references';
import { sanctionsForRole } from './legal/sanctions';
import { parseTag, tagAllowedAt, type Conduite, type Tag, type TagPlace } from './tags';
import { frenchTypography } from './typography';
import {
  PLAYER_ID, ROLES,
  type AppId, type ChoiceOption, type Consequence, type Contact, type DecisionStep, type EndingStep,
  type Genre, type HistoryEntry, type LineStep, type Role, type Sanction, type ScenarioInfo, type Severity,
  type StoryContext, type ThreadInfo, type TrainerNote,
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
/** One line of ink taking longer than this is a loop that prints nothing (`=== boucle ===` `-> boucle`). */
export const MAX_MS_PER_LINE = 1000;
/** Role and gender questions answered in a row before the runner calls it a loop. */
const MAX_AUTO_CHOICES = 50;

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

interface DecisionMeta {
  id: string | null;
  note: TrainerNote;
}

interface EndingDraft {
  id: string | null;
  title: string | null;
  severity: Severity | null;
  sanctions: Sanction[];
  noneDeclared: boolean;
  refs: string[];
  conduite: Conduite | null;
  debrief: string[];
  questions: string[];
}

const ENDING_KEYS = new Set(['ending', 'severity', 'sanction', 'conduite', 'debrief', 'question']);

const ROLE_NAMES: Record<Role, string> = { etudiant: 'étudiant·e', infirmier: 'infirmier·e' };

// The explorer meets the same lines thousands of times: parse each tag and typeset each text once.
// Both functions are pure; the caches are bounded so a long-lived page cannot grow them forever.
const TAG_CACHE = new Map<string, ReturnType<typeof parseTag>>();
const TEXT_CACHE = new Map<string, string>();
const CACHE_LIMIT = 20_000;

function cachedTag(raw: string): ReturnType<typeof parseTag> {
  let r = TAG_CACHE.get(raw);
  if (!r) {
    if (TAG_CACHE.size > CACHE_LIMIT) TAG_CACHE.clear();
    r = parseTag(raw);
    TAG_CACHE.set(raw, r);
  }
  return r;
}

function typeset(text: string): string {
  let r = TEXT_CACHE.get(text);
  if (r === undefined) {
    if (TEXT_CACHE.size > CACHE_LIMIT) TEXT_CACHE.clear();
    r = frenchTypography(text);
    TEXT_CACHE.set(text, r);
  }
  return r;
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

function emptyEnding(): EndingDraft {
  return { id: null, title: null, severity: null, sanctions: [], noneDeclared: false, refs: [], conduite: null, debrief: [], questions: [] };
}

/** Reads the header tags of a compiled story into the scenario's cast and threads. */
function readHeader(scenarioId: string, globalTags: readonly string[], warn: (m: string) => void): ScenarioInfo {
  const info: ScenarioInfo = { id: scenarioId, title: scenarioId, theme: '', durationMinutes: 10, statut: null, contacts: [], threads: [] };
  for (const raw of globalTags) {
    const r = parseTag(raw);
    if (!r.ok) {
      warn(r.error);
      continue;
    }
    const t = r.tag;
    if (!tagAllowedAt(t.key, 'header')) {
      warn(`#${t.key} n'a pas sa place dans l'en-tête`);
      continue;
    }
    if (t.key === 'title') info.title = frenchTypography(t.value);
    else if (t.key === 'theme') info.theme = frenchTypography(t.value);
    else if (t.key === 'duration') info.durationMinutes = t.minutes;
    else if (t.key === 'statut') info.statut = t.statut;
    else if (t.key === 'contact') info.contacts.push({ id: t.id, name: t.name, description: frenchTypography(t.description) });
    else if (t.key === 'thread') info.threads.push({ id: t.id, app: t.app, title: frenchTypography(t.title), members: t.members });
  }
  return info;
}

export class ScenarioRunner {
  readonly info: ScenarioInfo;
  readonly fingerprint: string;
  /** Problems met while running (bad tags, ink runtime errors): stories:check turns them into errors. */
  readonly warnings: string[] = [];
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

  private constructor(story: Story, info: ScenarioInfo, fp: string) {
    this.story = story;
    this.info = info;
    this.fingerprint = fp;
    this.globalTagCount = story.globalTags?.length ?? 0;
    this.story.onError = (message: string) => {
      this.warnings.push(`erreur ink : ${message}`);
    };
  }

  /** Loads a compiled story (JSON text or object); a story that cannot load is a typed error, not a throw. */
  static load(compiled: string | object, scenarioId: string): ScenarioRunner | LoadError {
    const text = typeof compiled === 'string' ? compiled.replace(/^\uFEFF/, '') : JSON.stringify(compiled);
    let story: Story;
    try {
      story = new Story(text);
    } catch (e) {
      return { kind: 'invalid-story', message: `Le scénario « ${scenarioId} » est illisible : ${(e as Error).message}` };
    }
    const warnings: string[] = [];
    const info = readHeader(scenarioId, story.globalTags ?? [], (m) => warnings.push(m));
    const runner = new ScenarioRunner(story, info, fingerprint(text));
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

  contact(id: string): Contact {
    if (id === PLAYER_ID) return { id, name: 'Vous', description: '' };
    return this.info.contacts.find((c) => c.id === id) ?? { id, name: id, description: '' };
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

  /** Explorer fast path: the ink state, and a key that identifies position + memory. */
  explorerState(): { json: string; parsed: object; key: string } {
    const json = this.story.state.ToJson();
    const s = JSON.parse(json) as {
      flows: Record<string, { callstack: unknown; currentChoices?: { targetPath: string }[] }>;
      variablesState: unknown;
      visitCounts: unknown;
    };
    const flow = s.flows['DEFAULT_FLOW'];
    // previousContentObject and thread numbers only remember which branch text came last; two
    // branches that lead to the same place and memory must count as one state.
    const callstack = JSON.stringify(flow?.callstack ?? null).replace(/"previousContentObject":"[^"]*",?/g, '').replace(/"thread(Index|Counter)":\d+,?/g, '');
    const key = JSON.stringify([callstack, flow?.currentChoices?.map((c) => c.targetPath), s.variablesState, s.visitCounts, this.ctx.thread]);
    return { json, parsed: s, key };
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

  private advance(first: boolean): Batch {
    if (!this.started) throw new Error('start() first');
    const lines: LineStep[] = [];
    let decision: DecisionMeta | null = null;
    let ending: EndingDraft | null = null;
    let firstLine = first;
    let continued = 0;
    let autoChoices = 0;
    for (;;) {
      while (this.story.canContinue) {
        // Time-limited: a loop that prints nothing never returns from a plain Continue().
        this.story.ContinueAsync(MAX_MS_PER_LINE);
        if (!this.story.asyncContinueComplete) throw new StoryLoopError(null, this.knotHere());
        const raw = this.story.currentText ?? '';
        if (++continued > MAX_LINES_PER_STOP) throw new StoryLoopError(typeset(raw.trim()) || null, this.knotHere());
        let tags = [...(this.story.currentTags ?? [])];
        if (firstLine && this.globalTagCount > 0) {
          // ink repeats the header's global tags on the very first line.
          const globals = this.story.globalTags ?? [];
          if (globals.every((g, i) => tags[i] === g)) tags = tags.slice(globals.length);
        }
        firstLine = false;
        // While exploring, only debriefs and questions are kept: the rest needs no typography.
        const text = this.recording ? typeset(raw.trim()) : raw.trim();
        const parsed = this.parseTags(tags, 'line');
        const res = this.readLine(text, parsed, decision, ending);
        decision = res.decision;
        ending = res.ending;
        for (const step of res.steps) {
          lines.push(step);
          if (this.recording) this.transcript.push(step);
        }
      }
      const choices = this.story.currentChoices;
      if (choices.length === 0) {
        const stop = this.finishEnding(ending, lines);
        this.stop = stop;
        return { lines, stop };
      }
      const options = choices.map((c, i) => this.readOption(c.text, c.tags ?? [], i));
      // A role question (for Inky) is answered by the role chosen in the menu, not by the player again.
      // So is Camille's gender.
      let roleIdx = choices.findIndex((c) => (c.tags ?? []).some((t) => /^\s*role\s*:\s*(\S+)/.exec(t)?.[1] === this.role));
      if (roleIdx < 0) roleIdx = choices.findIndex((c) => (c.tags ?? []).some((t) => /^\s*genre\s*:\s*(\S+)/.exec(t)?.[1] === this.genreChosen));
      if (roleIdx >= 0) {
        if (++autoChoices > MAX_AUTO_CHOICES) throw new StoryLoopError(null, this.knotHere());
        this.story.ChooseChoiceIndex(roleIdx);
        decision = null;
        continue;
      }
      const id = decision?.id ?? `decision-${this.history.length + 1}`;
      const note = decision?.note ?? { prompt: '', expect: '', refs: [] };
      const stop: DecisionStep = {
        kind: 'decision',
        id,
        app: this.ctx.app,
        thread: this.ctx.thread,
        note: { ...note, refs: this.refsForRole(note.refs, `décision « ${id} »`) },
        options,
      };
      if (!decision?.id) this.warnings.push(`décision sans #decision (choix : ${options.map((o) => `« ${o.text} »`).join(', ')})`);
      this.stop = stop;
      return { lines, stop };
    }
  }

  private parseTags(tags: readonly string[], place: TagPlace): Tag[] {
    const out: Tag[] = [];
    for (const raw of tags) {
      const r = cachedTag(raw);
      if (!r.ok) {
        this.warnings.push(r.error);
        continue;
      }
      if (!tagAllowedAt(r.tag.key, place)) {
        this.warnings.push(`#${r.tag.key} n'a pas sa place ${place === 'choice' ? 'dans un choix' : 'sur une ligne'}`);
        continue;
      }
      out.push(r.tag);
    }
    return out;
  }

  private readOption(rawText: string, rawTags: readonly string[], index: number): ChoiceOption {
    const tags = this.parseTags(rawTags, 'choice');
    const text = typeset(rawText.trim());
    const consequence: Consequence = { deltas: { secret: 0, respect: 0, posture: 0, image: 0 }, feedback: '', refs: [], risks: [] };
    const option: ChoiceOption = { index, text, action: 'reply', consequence };
    let scored = false;
    const where = `choix « ${text} »`;
    for (const t of tags) {
      if (t.key === 'score') {
        consequence.deltas = t.deltas;
        scored = true;
      } else if (t.key === 'fb') consequence.feedback = typeset(t.value);
      else if (t.key === 'refs') consequence.refs.push(...this.refsForRole(t.ids, where));
      else if (t.key === 'risk') consequence.risks.push(...this.sanctionsForRole([t.sanction], where));
      else if (t.key === 'do') option.action = t.action;
      else if (t.key === 'audience') option.audience = t.audience;
      else if (t.key === 'photo') option.photo = t.id;
      else if (t.key === 'act') option.act = t.id;
    }
    const isRole = tags.some((t) => t.key === 'role');
    if (!isRole && !scored) this.warnings.push(`choix « ${text} » sans #score`);
    if (!isRole && !consequence.feedback) this.warnings.push(`choix « ${text} » sans #fb`);
    return option;
  }

  private readLine(
    text: string,
    tags: Tag[],
    decisionIn: DecisionMeta | null,
    endingIn: EndingDraft | null,
  ): { steps: LineStep[]; decision: DecisionMeta | null; ending: EndingDraft | null } {
    let decision = decisionIn;
    let ending = endingIn;
    const steps: LineStep[] = [];
    const get = <K extends Tag['key']>(key: K) => tags.find((t): t is Extract<Tag, { key: K }> => t.key === key);
    const isEndingLine = tags.some((t) => ENDING_KEYS.has(t.key));

    // The screen opens first, so an #in on the same line opens its thread inside it.
    const open = get('open');
    if (open) {
      steps.push({ kind: 'screen', screen: open.screen, text: '' });
      // Opening another screen leaves the conversation: later choices belong to that screen.
      if (open.screen !== 'chat') {
        this.ctx.thread = null;
        this.ctx.app = open.screen === 'lock' || open.screen === 'home' ? null : open.screen;
      }
    }

    for (const t of tags) {
      switch (t.key) {
        case 'time': this.ctx.time = t.value; break;
        case 'date': this.ctx.date = typeset(t.value); break;
        case 'in': {
          this.ctx.thread = t.thread;
          const th = this.thread(t.thread);
          if (!th) this.warnings.push(`fil « ${t.thread} » non déclaré (#thread dans l'en-tête)`);
          this.ctx.app = th?.app ?? 'chat';
          break;
        }
        case 'decision': decision = { id: t.id, note: decision?.note ?? { prompt: '', expect: '', refs: [] } }; break;
        case 'note': decision = { id: decision?.id ?? null, note: { ...(decision?.note ?? { prompt: '', expect: '', refs: [] }), prompt: typeset(t.value) } }; break;
        case 'expect': decision = { id: decision?.id ?? null, note: { ...(decision?.note ?? { prompt: '', expect: '', refs: [] }), expect: typeset(t.value) } }; break;
        case 'refs':
          if (isEndingLine || (ending && !decision)) (ending ??= emptyEnding()).refs.push(...t.ids);
          else {
            decision ??= { id: null, note: { prompt: '', expect: '', refs: [] } };
            decision.note = { ...decision.note, refs: [...decision.note.refs, ...t.ids] };
          }
          break;
        case 'ending': (ending ??= emptyEnding()).id = t.id; break;
        case 'title':
          (ending ??= emptyEnding()).title = typeset(t.value);
          break;
        case 'severity': (ending ??= emptyEnding()).severity = t.severity; break;
        case 'conduite': (ending ??= emptyEnding()).conduite = t.conduite; break;
        case 'sanction':
          ending ??= emptyEnding();
          if (t.sanction) ending.sanctions.push(t.sanction);
          else ending.noneDeclared = true;
          break;
        default: break;
      }
    }

    if (!text) return { steps, decision, ending };

    if (get('debrief')) {
      (ending ??= emptyEnding()).debrief.push(this.recording ? text : typeset(text));
      return { steps, decision, ending };
    }
    if (get('question')) {
      (ending ??= emptyEnding()).questions.push(this.recording ? text : typeset(text));
      return { steps, decision, ending };
    }

    const time = this.ctx.time;
    const date = this.ctx.date;
    const from = get('from')?.id ?? null;
    const photo = get('photo')?.id ?? null;
    const skip = get('skip');
    const notif = get('notif');
    const post = get('post');
    const comment = get('comment');
    const friend = get('friend-request');
    const mail = get('mail');
    const call = get('call');
    const system = get('system');
    const shot = get('shot');

    if (skip) steps.push({ kind: 'timeskip', text, time, date });
    else if (notif) steps.push({ kind: 'notification', app: notif.app, from, text, time, date });
    else if (post) {
      this.leaveThread('social');
      steps.push({ kind: 'post', id: post.id, from: from ?? PLAYER_ID, audience: get('audience')?.audience ?? 'amis', text, photo, tagged: get('tagged')?.ids ?? [], time, date });
    } else if (comment) {
      this.leaveThread('social');
      steps.push({ kind: 'comment', post: comment.post, from: from ?? PLAYER_ID, text, time, date });
    } else if (friend) {
      this.leaveThread('social');
      steps.push({ kind: 'friendRequest', from: friend.from, text, time, date });
    } else if (mail) {
      this.leaveThread('mail');
      steps.push({ kind: 'mail', from: mail.from, subject: typeset(get('subject')?.value ?? '(sans objet)'), text, time, date });
    } else if (call) {
      this.leaveThread('phone');
      steps.push({ kind: 'call', from: call.from, text, time, date });
    } else if (system) {
      steps.push({ kind: 'system', thread: system.thread, text, join: get('join')?.id ?? null, leave: get('leave')?.id ?? null, time, date });
    } else if (shot) {
      this.leaveThread('camera');
      steps.push({ kind: 'photo', photo: shot.id, text, time, date });
    } else if (from) {
      const thread = this.ctx.thread;
      if (!thread) {
        this.warnings.push(`message de « ${from} » sans fil : ajouter #in`);
        steps.push({ kind: 'narration', text });
      } else {
        const app: AppId = this.thread(thread)?.app ?? 'chat';
        this.ctx.app = app;
        steps.push({ kind: 'message', app, thread, from, text, photo, time, date });
      }
    } else {
      steps.push({ kind: 'narration', text });
    }
    return { steps, decision, ending };
  }

  /**
   * References shown to this role only: a student never gets an Ordre or employer card, a nurse no
   * institute card. Citing one for the wrong role is the story's mistake: stories:check reports it.
   */
  private refsForRole(ids: readonly string[], where: string): string[] {
    const out: string[] = [];
    for (const id of ids) {
      if (refAllowedForRole(id, this.role)) out.push(id);
      else this.warnings.push(`${where} : la référence « ${id} » ne concerne pas le rôle ${ROLE_NAMES[this.role]} (écrire {etudiant():…|…} dans la balise)`);
    }
    return out;
  }

  /** Sanctions of authorities that can act on this role, each with the references this role may see. */
  private sanctionsForRole(list: readonly Sanction[], where: string): Sanction[] {
    return sanctionsForRole(list, this.role).map((x) => ({ ...x, refs: this.refsForRole(x.refs, where) }));
  }

  /** A post, a mail, a call or a photo happens outside any conversation. */
  private leaveThread(app: AppId): void {
    this.ctx.app = app;
    this.ctx.thread = null;
  }

  private finishEnding(draft: EndingDraft | null, batch: readonly LineStep[]): EndingStep {
    if (!draft?.id) {
      const last = [...batch].reverse().find((l) => 'text' in l && l.text);
      const after = last && 'text' in last ? ` après « ${last.text} »` : '';
      this.warnings.push(`le chemin s'arrête sans fin déclarée (#ending)${after}`);
      return {
        kind: 'ending', id: '', title: 'Fin inattendue du scénario', severity: 'minor', sanctions: [], refs: [],
        debrief: ["Ce chemin du scénario s'arrête sans conclusion : signalez-le à votre formateur ou formatrice."], questions: [],
      };
    }
    const where = `fin « ${draft.id} »`;
    // L.4124-2 limits who may bring a hospital nurse before the Ordre for acts of the function only.
    const cited = [...draft.refs, ...draft.sanctions.flatMap((x) => x.refs)];
    if (cited.includes('csp-l4124-2') && draft.conduite !== 'service') {
      this.warnings.push(`${where} cite csp-l4124-2, qui ne vaut que pour les actes de la fonction publique : marquer la fin « #conduite: service », ou retirer la référence (conduite privée : ordre-plainte-conciliation)`);
    }
    const sanctions = this.sanctionsForRole(draft.sanctions, where);
    const refs = this.refsForRole(draft.refs, where);
    for (const s of sanctions) for (const r of s.refs) if (!refs.includes(r)) refs.push(r);
    if (!draft.title) this.warnings.push(`fin « ${draft.id} » sans #title`);
    if (!draft.severity) this.warnings.push(`fin « ${draft.id} » sans #severity`);
    if (draft.debrief.length === 0) this.warnings.push(`fin « ${draft.id} » sans paragraphe #debrief`);
    if (draft.questions.length === 0) this.warnings.push(`fin « ${draft.id} » sans #question`);
    if (draft.sanctions.length === 0 && !draft.noneDeclared) this.warnings.push(`fin « ${draft.id} » sans #sanction (écrire « #sanction: aucune » si rien n'est encouru)`);
    return {
      kind: 'ending',
      id: draft.id,
      title: draft.title ?? draft.id,
      severity: draft.severity ?? 'minor',
      sanctions,
      refs,
      debrief: draft.debrief,
      questions: draft.questions,
    };
  }
}
