// « Testez-vous »: the short quiz kept next to each story (stories/<id>.quiz.json), its checks
// (run by the build and by stories:check, each problem with its line) and its scoring.
// Pure: no DOM, no ink. The build reads the file; the game, the tests and the tools share this code.
import { lineOf, parseDataJson } from '../narrative/dataFile.ts';
import { refAllowedForRole, referenceLabel, refProblem } from '../narrative/legal/references.ts';
import { penaltyProblems } from '../narrative/validate/source.ts';
import { ROLES, type Role } from '../narrative/types.ts';

/**
 * What a wrong answer reveals. `prudence`: seeing a ban where the law allows (over-caution, which
 * also costs patients: refusing the care team what it needs); `laxisme`: seeing a permission where
 * the law forbids; `autre`: a plain gap (who decides, who may file a complaint).
 */
export type Misconception = 'prudence' | 'laxisme' | 'autre';
export const MISCONCEPTIONS: readonly Misconception[] = ['prudence', 'laxisme', 'autre'];

export interface QuizItem {
  id: string;
  /** The statement or question, in French. */
  statement: string;
  /** « Vrai » / « Faux » for a true/false item (index 0 is « Vrai »), else the options. */
  options: string[];
  trueFalse: boolean;
  /** Index of the right option. */
  answer: number;
  /** Per option, what choosing it reveals; null at the right answer. */
  misconceptions: (Misconception | null)[];
  explanation: string;
  refs: string[];
  /** Roles the item is asked to (both unless the file says otherwise). */
  roles: Role[];
}

export interface Quiz {
  items: QuizItem[];
  /** Changes when an item is added, removed, reordered or gets another answer: result codes carry it. */
  fingerprint: number;
}

export interface QuizProblem {
  file: string;
  line: number;
  message: string;
}

export const TRUE_FALSE = ['Vrai', 'Faux'];
export const MIN_ITEMS = 8;
export const MAX_ITEMS = 10;
/** A learner who calls everything forbidden must not score well: both kinds of error must be askable. */
export const MIN_PER_SIDE = 2;

const ID = /^[a-z0-9][a-z0-9-]*$/;
const KEYS = new Set(['id', 'kind', 'statement', 'options', 'answer', 'misconception', 'misconceptions', 'explanation', 'refs', 'roles']);


/** Small stable hash (FNV-1a), enough to notice that a quiz changed. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function quizFingerprint(items: readonly Pick<QuizItem, 'id' | 'options' | 'answer' | 'roles'>[]): number {
  return hashText(items.map((i) => `${i.id}:${i.options.length}:${i.answer}:${i.roles.join('+')}`).join('|'));
}

/** The items asked to a role, in the file's order. */
export function itemsFor(quiz: Quiz, role: Role): QuizItem[] {
  return quiz.items.filter((i) => i.roles.includes(role));
}

/** Per role, enough questions, and enough whose wrong answer is each kind of error (well-formed items only). */
function balanceProblems(items: readonly QuizItem[], file: string): QuizProblem[] {
  const problems: QuizProblem[] = [];
  for (const role of ROLES) {
    const mine = items.filter((i) => i.roles.includes(role));
    if (mine.length < MIN_ITEMS || mine.length > MAX_ITEMS) problems.push({ file, line: 1, message: `questionnaire : ${mine.length} questions pour le rôle ${role}, il en faut ${MIN_ITEMS} à ${MAX_ITEMS}` });
    for (const side of ['prudence', 'laxisme'] as const) {
      const n = mine.filter((i) => i.misconceptions.includes(side)).length;
      if (n < MIN_PER_SIDE) problems.push({ file, line: 1, message: `questionnaire : ${n} question(s) où l'erreur est « ${side} » pour le rôle ${role}, il en faut ${MIN_PER_SIDE} au moins (le score doit récompenser le discernement, pas la méfiance)` });
    }
  }
  return problems;
}

export function parseQuizFile(text: string, file: string): { quiz: Quiz | null; problems: QuizProblem[] } {
  const problems: QuizProblem[] = [];
  const json = parseDataJson(text);
  if (!json.ok) return { quiz: null, problems: [{ file, line: json.line, message: `questionnaire illisible : ce n'est pas du JSON valide (${json.error})` }] };
  const data = json.data;
  const raw = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>).items : undefined;
  if (!Array.isArray(raw)) return { quiz: null, problems: [{ file, line: 1, message: 'questionnaire : un objet { "items": [ … ] } est attendu' }] };
  const items: QuizItem[] = [];
  const seen = new Set<string>();
  let cursor = 0;
  for (const r0 of raw) {
    const id = r0 && typeof r0 === 'object' && typeof (r0 as { id?: unknown }).id === 'string' ? (r0 as { id: string }).id : null;
    const line = id ? lineOf(text, `"${id}"`, cursor) : lineOf(text, '{', cursor + 1);
    cursor = Math.max(cursor, id ? text.indexOf(`"${id}"`, cursor) + 1 : text.indexOf('{', cursor + 1));
    const before = problems.length;
    const report = (message: string) => problems.push({ file, line, message: id ? `question « ${id} » : ${message}` : message });
    if (!r0 || typeof r0 !== 'object' || Array.isArray(r0)) { report('chaque question est un objet { "id", "kind", "statement", "answer", "explanation", "refs" }'); continue; }
    const r = r0 as Record<string, unknown>;
    for (const k of Object.keys(r)) if (!KEYS.has(k)) report(`champ inconnu « ${k} » (champs : ${[...KEYS].join(', ')})`);
    if (!id || !ID.test(id)) { report(`identifiant invalide « ${String(r.id)} » (minuscules, chiffres et -)`); continue; }
    if (seen.has(id)) report('identifiant déclaré deux fois');
    seen.add(id);
    if (typeof r.statement !== 'string' || r.statement.trim().length < 10) report('« statement » manquant : l\'affirmation ou la question, en français');
    if (typeof r.explanation !== 'string' || r.explanation.trim().length < 10) report('« explanation » manquant : pourquoi, en une ou deux phrases');
    else for (const p of penaltyProblems(r.explanation)) report(p);
    let roles: Role[] = [...ROLES];
    if ('roles' in r) {
      if (!Array.isArray(r.roles) || r.roles.length === 0 || !r.roles.every((x) => (ROLES as readonly unknown[]).includes(x))) report(`« roles » est une liste parmi ${ROLES.join(', ')}`);
      else roles = [...new Set(r.roles as Role[])];
    }
    if (!Array.isArray(r.refs) || r.refs.length === 0 || !r.refs.every((x) => typeof x === 'string')) report('« refs » : au moins une référence de la table (ex. ["csp-l1110-4"])');
    else for (const ref of r.refs as string[]) {
      const pb = refProblem(ref);
      if (pb === 'unknown') report(`référence inconnue « ${ref} » (voir src/narrative/legal/references.ts)`);
      else if (pb === 'forbidden') report(`référence interdite « ${ref} » (erreur connue du cours)`);
      else for (const role of roles) if (!refAllowedForRole(ref, role)) report(`« ${ref} » (${referenceLabel(ref)}) ne concerne pas le rôle ${role} : ajouter "roles": [${ROLES.filter((x) => x !== role).map((x) => `"${x}"`).join(', ')}]`);
    }
    let options: string[] = [];
    let trueFalse = false;
    let answer = -1;
    let misconceptions: (Misconception | null)[] = [];
    if (r.kind === 'vrai-faux') {
      trueFalse = true;
      options = [...TRUE_FALSE];
      if (typeof r.answer !== 'boolean') report('« answer » vaut true (vrai) ou false (faux) pour une question vrai-faux');
      else answer = r.answer ? 0 : 1;
      if (!MISCONCEPTIONS.includes(r.misconception as Misconception)) report(`« misconception » : ce que révèle une mauvaise réponse, ${MISCONCEPTIONS.join(', ')}`);
      else misconceptions = answer === 0 ? [null, r.misconception as Misconception] : [r.misconception as Misconception, null];
      if ('options' in r || 'misconceptions' in r) report('une question vrai-faux n\'a ni « options » ni « misconceptions »');
    } else if (r.kind === 'choix') {
      if (!Array.isArray(r.options) || r.options.length < 2 || r.options.length > 4 || !r.options.every((x) => typeof x === 'string' && x.trim())) report('« options » : 2 à 4 réponses (textes)');
      else options = [...(r.options as string[])];
      if (typeof r.answer !== 'number' || !Number.isInteger(r.answer)) report('« answer » : l\'index de la bonne réponse (0 pour la première)');
      else if (options.length && (r.answer < 0 || r.answer >= options.length)) report(`« answer » vaut ${r.answer} : il n'y a que ${options.length} réponses (0 à ${options.length - 1})`);
      else answer = r.answer;
      const m = r.misconceptions;
      if (!Array.isArray(m) || m.length !== options.length) report(`« misconceptions » : une valeur par réponse (${MISCONCEPTIONS.join(', ')}, ou null pour la bonne)`);
      else if (answer >= 0) {
        m.forEach((x, i) => {
          if (i === answer && x !== null) report(`« misconceptions »[${i}] : null pour la bonne réponse`);
          if (i !== answer && !MISCONCEPTIONS.includes(x as Misconception)) report(`« misconceptions »[${i}] : ${MISCONCEPTIONS.join(', ')}`);
        });
        misconceptions = m.map((x, i) => (i === answer ? null : (x as Misconception)));
      }
      if ('misconception' in r) report('une question à choix donne « misconceptions » (une par réponse), pas « misconception »');
    } else report('« kind » vaut "vrai-faux" ou "choix"');
    if (problems.length > before) continue;
    items.push({ id, statement: (r.statement as string).trim(), options, trueFalse, answer, misconceptions, explanation: (r.explanation as string).trim(), refs: [...(r.refs as string[])], roles });
  }
  if (problems.length === 0) problems.push(...balanceProblems(items, file));
  if (problems.length) return { quiz: null, problems };
  return { quiz: { items, fingerprint: quizFingerprint(items) }, problems };
}

/** One answer: the option picked and whether the learner was sure. */
export interface QuizAnswer {
  choice: number;
  sure: boolean;
}

/** Answers by item id, for one sitting (before or after the scenario). */
export type QuizAnswers = Record<string, QuizAnswer>;

export interface QuizScore {
  asked: number;
  answered: number;
  right: number;
  /** Wrong answers by what they reveal: prudence and laxisme weigh the same in `right`. */
  errors: Record<Misconception, number>;
  /** Calibration: sure and right, sure and wrong (the misconception to work on), unsure… */
  sureRight: number;
  sureWrong: number;
  unsureRight: number;
  unsureWrong: number;
}

export function isRight(item: QuizItem, a: QuizAnswer | undefined): boolean {
  return !!a && a.choice === item.answer;
}

/** Each item is one point, whatever the direction of the error: discrimination, not suspicion. */
export function scoreQuiz(items: readonly QuizItem[], answers: QuizAnswers | undefined): QuizScore {
  const s: QuizScore = { asked: items.length, answered: 0, right: 0, errors: { prudence: 0, laxisme: 0, autre: 0 }, sureRight: 0, sureWrong: 0, unsureRight: 0, unsureWrong: 0 };
  for (const item of items) {
    const a = answers?.[item.id];
    if (!a || a.choice < 0 || a.choice >= item.options.length) continue;
    s.answered++;
    const ok = a.choice === item.answer;
    if (ok) s.right++;
    else s.errors[item.misconceptions[a.choice] ?? 'autre']++;
    if (a.sure && ok) s.sureRight++;
    else if (a.sure) s.sureWrong++;
    else if (ok) s.unsureRight++;
    else s.unsureWrong++;
  }
  return s;
}

/** The calibration line of the debrief, in French. */
export function calibrationText(s: QuizScore): string {
  if (s.answered === 0) return 'Aucune réponse.';
  const sure = s.sureRight + s.sureWrong;
  const parts = [`Sûr·e ${sure} fois sur ${s.answered} : ${s.sureRight} juste${s.sureRight > 1 ? 's' : ''}, ${s.sureWrong} fausse${s.sureWrong > 1 ? 's' : ''}`];
  parts.push(`pas sûr·e ${s.unsureRight + s.unsureWrong} fois : ${s.unsureRight} juste${s.unsureRight > 1 ? 's' : ''}`);
  let tail = '';
  if (s.sureWrong > 0) tail = ` Les ${s.sureWrong === 1 ? 'réponse fausse donnée' : `${s.sureWrong} réponses fausses données`} avec assurance ${s.sureWrong === 1 ? 'est l\'idée reçue' : 'sont les idées reçues'} à retravailler.`;
  else if (s.unsureRight > 0) tail = ' Vous en savez plus que vous ne le pensez.';
  return `${parts.join(' ; ')}.${tail}`;
}
