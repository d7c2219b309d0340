// « Résultats de la classe »: codes pasted by the trainer, decoded against the stories this copy
// of the game holds, then counted per scenario. Pure: the view renders what this returns, as text.
import { AXES, type AxisValues, type Role, type Severity } from '../narrative/types';
import { fingerprint } from '../narrative/runner';
import { isDecisionTable, resolveWithTable, type DecisionTable } from './decisionTable';
import { AXIS_LABELS } from '../ui/labels/story';
import { decodeResult, endingHash, extractCodes, quizHash, scenarioHash, storyHash, type DecodedCode } from './code';
import { itemsFor, scoreQuiz, type Misconception, type Quiz, type QuizAnswers } from './quiz';
import { isRisky, PathResolver, type EndingRef, type ResolvedChoice } from './resolve';

export interface StorySource {
  id: string;
  title: string;
  json: string;
  quiz: Quiz | null;
  /** The story's decision table made at build time (decisionTable.ts); absent: paths are replayed. */
  table?: DecisionTable | null;
}

export interface StudentResult {
  code: string;
  scenarioId: string;
  role: Role;
  /** Decision id → option index. */
  picks: { decisionId: string; optionIndex: number }[];
  endingId: string;
  axes: AxisValues;
  /** The replayed path: decisions as the story asks them, and the ending reached. */
  choices: ResolvedChoice[];
  ending: EndingRef;
  before: QuizAnswers | null;
  after: QuizAnswers | null;
  /** Decoded on a story that changed since the student played (path and ending still match). */
  olderVersion: boolean;
  quizDropped: boolean;
}

export interface SetAside {
  code: string;
  scenarioId: string | null;
  reason: string;
}

export interface ReadCodes {
  results: StudentResult[];
  /** Codes refused (mistyped, unknown), each with its French message. */
  refused: { code: string; message: string }[];
  /** Well-formed codes that cannot be counted with this version of the story, with why. */
  apart: SetAside[];
  duplicates: number;
  lines: number;
}

/** Resolvers kept between reads: pasting more codes replays only the new prefixes. */
export class ClassDecoder {
  private readonly stories: StorySource[];
  private readonly resolvers = new Map<string, PathResolver>();
  private readonly tableChecked = new Map<string, boolean>();

  constructor(stories: readonly StorySource[]) {
    this.stories = [...stories];
  }

  story(id: string): StorySource | undefined {
    return this.stories.find((s) => s.id === id);
  }

  /** The story's table when it was made from this very story version (its fingerprint says so). */
  private tableFor(story: StorySource): DecisionTable | null {
    const t = story.table;
    if (!t || !isDecisionTable(t, story.id)) return null;
    let ok = this.tableChecked.get(story.id);
    if (ok === undefined) {
      // The fingerprint of the story text, without loading the story (loading is what costs).
      ok = t.fingerprint === fingerprint(story.json);
      this.tableChecked.set(story.id, ok);
    }
    return ok ? t : null;
  }

  resolver(id: string): PathResolver {
    let r = this.resolvers.get(id);
    if (!r) {
      r = new PathResolver(this.story(id)!.json, id);
      this.resolvers.set(id, r);
    }
    return r;
  }

  get steps(): number {
    return [...this.resolvers.values()].reduce((s, r) => s + r.steps, 0);
  }

  read(text: string): ReadCodes {
    const { codes, lines } = extractCodes(text);
    const out: ReadCodes = { results: [], refused: [], apart: [], duplicates: 0, lines };
    const seen = new Set<string>();
    for (const c of codes) {
      const d = decodeResult(c);
      if ('kind' in d) {
        out.refused.push({ code: c, message: d.message });
        continue;
      }
      if (seen.has(d.code)) {
        out.duplicates++;
        continue;
      }
      seen.add(d.code);
      const r = this.resolve(d);
      if ('reason' in r) out.apart.push(r);
      else out.results.push(r);
    }
    return out;
  }

  resolve(d: DecodedCode): StudentResult | SetAside {
    const story = this.stories.find((s) => scenarioHash(s.id) === d.scenarioHash);
    if (!story) return { code: d.code, scenarioId: null, reason: 'scénario inconnu de cette version du jeu' };
    const table = this.tableFor(story);
    const resolver = table ? null : this.resolver(story.id);
    const sameVersion = storyHash(table ? table.fingerprint : resolver!.fingerprint) === d.storyHash;
    const res = table ? resolveWithTable(table, d.role, d.genre, d.path) : resolver!.resolve(d.role, d.genre, d.path);
    if (!res.ok) {
      return { code: d.code, scenarioId: story.id, reason: sameVersion ? `code incohérent : ${res.reason}` : `version antérieure du scénario : ${res.reason}` };
    }
    if (endingHash(res.ending.id) !== d.endingHash) {
      return { code: d.code, scenarioId: story.id, reason: sameVersion ? 'code incohérent : la fin ne correspond pas au chemin' : 'version antérieure du scénario : ce chemin mène aujourd\'hui à une autre fin' };
    }
    const quiz = story.quiz;
    const items = quiz ? itemsFor(quiz, d.role) : [];
    const quizOk = !!quiz && quizHash(quiz.fingerprint) === d.quizHash && d.before.length === items.length;
    const toAnswers = (list: DecodedCode['before']): QuizAnswers | null => {
      if (!quizOk || list.every((a) => a === null)) return null;
      const out: QuizAnswers = {};
      list.forEach((a, i) => {
        const item = items[i]!;
        if (a && a.choice < item.options.length) out[item.id] = a;
      });
      return out;
    };
    return {
      code: d.code,
      scenarioId: story.id,
      role: d.role,
      picks: res.choices.map((c) => ({ decisionId: c.decision.id, optionIndex: c.optionIndex })),
      endingId: res.ending.id,
      axes: res.axes,
      choices: res.choices,
      ending: res.ending,
      before: toAnswers(d.before),
      after: toAnswers(d.after),
      olderVersion: !sameVersion,
      quizDropped: !quizOk && d.before.length > 0,
    };
  }
}

export interface OptionCount {
  index: number;
  text: string;
  risky: boolean;
  count: number;
}

export interface DecisionCount {
  id: string;
  prompt: string;
  total: number;
  options: OptionCount[];
}

export interface ItemStats {
  id: string;
  statement: string;
  before: { answered: number; right: number; sureWrong: number };
  after: { answered: number; right: number; sureWrong: number };
  /** Most chosen wrong option (after the scenario when answered then, else before). */
  topWrong: { text: string; kind: Misconception; count: number; sure: number } | null;
}

export interface ScenarioSummary {
  id: string;
  title: string;
  students: number;
  byRole: Record<Role, number>;
  olderVersion: number;
  endings: { id: string; title: string; severity: Severity; count: number }[];
  decisions: DecisionCount[];
  axes: { axis: keyof AxisValues; label: string; mean: number }[];
  quiz: {
    items: ItemStats[];
    /** Mean share of right answers among answered items, 0..1; null without answers. */
    before: number | null;
    after: number | null;
    beforeStudents: number;
    afterStudents: number;
    calibration: { sureRight: number; sureWrong: number; unsureRight: number; unsureWrong: number };
    errors: Record<Misconception, number>;
  } | null;
  misconceptions: { statement: string; answer: string; kind: Misconception; count: number; sure: number }[];
  apart: SetAside[];
}

const pct = (a: number, b: number) => (b ? a / b : 0);

/** Endings by how many students reached each, and each decision's options by how many chose them. */
function countPaths(mine: readonly StudentResult[]): Pick<ScenarioSummary, 'endings' | 'decisions'> {
  const endings = new Map<string, { id: string; title: string; severity: Severity; count: number }>();
  const decisions = new Map<string, DecisionCount>();
  for (const res of mine) {
    const e = endings.get(res.ending.id) ?? { id: res.ending.id, title: res.ending.title, severity: res.ending.severity, count: 0 };
    e.count++;
    endings.set(res.ending.id, e);
    for (const c of res.choices) {
      let d = decisions.get(c.decision.id);
      if (!d) {
        d = { id: c.decision.id, prompt: c.decision.note.prompt, total: 0, options: [] };
        decisions.set(c.decision.id, d);
      }
      // A decision can offer fewer options on some paths (ink conditions): options are counted by their text.
      for (const o of c.decision.options) {
        if (!d.options.some((x) => x.text === o.text)) d.options.push({ index: d.options.length, text: o.text, risky: isRisky(o.consequence), count: 0 });
      }
      d.total++;
      const taken = c.decision.options[c.optionIndex];
      const o = taken && d.options.find((x) => x.text === taken.text);
      if (o) o.count++;
    }
  }
  return { endings: [...endings.values()].sort((a, b) => b.count - a.count), decisions: [...decisions.values()] };
}

type QuizSummary = NonNullable<ScenarioSummary['quiz']>;

/** Mean scores before and after, and calibration and errors on each student's latest sitting. */
function quizTotals(quiz: Quiz, mine: readonly StudentResult[]): Omit<QuizSummary, 'items'> {
  const calibration = { sureRight: 0, sureWrong: 0, unsureRight: 0, unsureWrong: 0 };
  const errors: Record<Misconception, number> = { prudence: 0, laxisme: 0, autre: 0 };
  let beforeSum = 0;
  let beforeN = 0;
  let afterSum = 0;
  let afterN = 0;
  for (const r of mine) {
    const items = itemsFor(quiz, r.role);
    if (r.before) {
      const s = scoreQuiz(items, r.before);
      if (s.answered) { beforeSum += pct(s.right, s.answered); beforeN++; }
    }
    const last = r.after ?? null;
    if (last) {
      const s = scoreQuiz(items, last);
      if (s.answered) { afterSum += pct(s.right, s.answered); afterN++; }
    }
    const latest = r.after ?? r.before;
    if (latest) {
      const s = scoreQuiz(items, latest);
      calibration.sureRight += s.sureRight;
      calibration.sureWrong += s.sureWrong;
      calibration.unsureRight += s.unsureRight;
      calibration.unsureWrong += s.unsureWrong;
      for (const k of Object.keys(errors) as Misconception[]) errors[k] += s.errors[k];
    }
  }
  return { before: beforeN ? beforeSum / beforeN : null, after: afterN ? afterSum / afterN : null, beforeStudents: beforeN, afterStudents: afterN, calibration, errors };
}

/** One item: answered and right before and after, sure and wrong, and the wrong answer held most surely. */
function itemStats(item: Quiz['items'][number], mine: readonly StudentResult[]): ItemStats {
  const st: ItemStats = { id: item.id, statement: item.statement, before: { answered: 0, right: 0, sureWrong: 0 }, after: { answered: 0, right: 0, sureWrong: 0 }, topWrong: null };
  const wrong = new Map<number, { count: number; sure: number }>();
  for (const r of mine) {
    for (const [when, answers] of [['before', r.before], ['after', r.after]] as const) {
      const a = answers?.[item.id];
      if (!a) continue;
      st[when].answered++;
      if (a.choice === item.answer) st[when].right++;
      else if (a.sure) st[when].sureWrong++;
    }
    const latest = (r.after ?? r.before)?.[item.id];
    if (latest && latest.choice !== item.answer) {
      const w = wrong.get(latest.choice) ?? { count: 0, sure: 0 };
      w.count++;
      if (latest.sure) w.sure++;
      wrong.set(latest.choice, w);
    }
  }
  const top = [...wrong.entries()].sort((a, b) => b[1].sure - a[1].sure || b[1].count - a[1].count)[0];
  if (top) st.topWrong = { text: item.options[top[0]]!, kind: item.misconceptions[top[0]] ?? 'autre', count: top[1].count, sure: top[1].sure };
  return st;
}

/** The five wrong answers held most surely (then most often), for the trainer to take up. */
function topMisconceptions(items: readonly ItemStats[]): ScenarioSummary['misconceptions'] {
  return items
    .filter((s) => s.topWrong)
    .map((s) => ({ statement: s.statement, answer: s.topWrong!.text, kind: s.topWrong!.kind, count: s.topWrong!.count, sure: s.topWrong!.sure }))
    .sort((a, b) => b.sure - a.sure || b.count - a.count)
    .slice(0, 5);
}

function summariseScenario(decoder: ClassDecoder, read: ReadCodes, id: string): ScenarioSummary {
  const story = decoder.story(id)!;
  const mine = read.results.filter((r) => r.scenarioId === id);
  const axes: Record<string, number> = { secret: 0, respect: 0, posture: 0, image: 0 };
  for (const r of mine) for (const a of AXES) axes[a]! += r.axes[a];
  const summary: ScenarioSummary = {
    id,
    title: story.title,
    students: mine.length,
    byRole: { etudiant: mine.filter((r) => r.role === 'etudiant').length, infirmier: mine.filter((r) => r.role === 'infirmier').length },
    olderVersion: mine.filter((r) => r.olderVersion).length,
    ...countPaths(mine),
    axes: AXES.map((a) => ({ axis: a, label: AXIS_LABELS[a], mean: mine.length ? axes[a]! / mine.length : 0 })),
    quiz: null,
    misconceptions: [],
    apart: read.apart.filter((a) => a.scenarioId === id),
  };
  const quiz = story.quiz;
  if (quiz && mine.some((r) => r.before || r.after)) {
    const items = quiz.items.map((item) => itemStats(item, mine));
    summary.quiz = { items, ...quizTotals(quiz, mine) };
    summary.misconceptions = topMisconceptions(items);
  }
  return summary;
}

export function summarise(decoder: ClassDecoder, read: ReadCodes): ScenarioSummary[] {
  const ids = [...new Set([...read.results.map((r) => r.scenarioId), ...read.apart.map((a) => a.scenarioId).filter((x): x is string => !!x)])];
  return ids.map((id) => summariseScenario(decoder, read, id));
}

/** A CSV cell safe in a spreadsheet: quoted, and never read as a formula (=, +, -, @, tab, CR). */
export function csvCell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** The class results as a CSV for a French spreadsheet: `;` separators, UTF-8 BOM, one line per fact. */
export function classCsv(summaries: readonly ScenarioSummary[]): string {
  const rows: (string | number)[][] = [['scénario', 'rubrique', 'élément', 'détail', 'nombre', 'part']];
  const fmt = (x: number) => x.toFixed(2).replace('.', ',');
  for (const s of summaries) {
    rows.push([s.title, 'étudiant·es', 'total', '', s.students, '']);
    for (const e of s.endings) rows.push([s.title, 'fin', e.title, e.severity, e.count, fmt(pct(e.count, s.students))]);
    for (const d of s.decisions) for (const o of d.options) rows.push([s.title, `décision ${d.id}`, o.text, o.risky ? 'risquée' : '', o.count, fmt(pct(o.count, d.total))]);
    for (const a of s.axes) rows.push([s.title, 'axe (moyenne)', a.label, '', fmt(a.mean), '']);
    if (s.quiz) {
      for (const i of s.quiz.items) {
        rows.push([s.title, 'quiz avant', i.statement, '', i.before.right, fmt(pct(i.before.right, i.before.answered))]);
        rows.push([s.title, 'quiz après', i.statement, '', i.after.right, fmt(pct(i.after.right, i.after.answered))]);
      }
    }
    for (const m of s.misconceptions) rows.push([s.title, 'idée reçue', m.statement, m.answer, m.count, '']);
    for (const a of s.apart) rows.push([s.title, 'compté à part', a.code, a.reason, 1, '']);
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
