// Line-by-line checks of .ink sources against the scenario format, so every problem can be
// reported as « stories/FILE.ink:LINE: message ». Graph-level checks live in story.ts.
import { findMedia, type MediaItem } from '../media/index.ts';
import { refProblem } from '../legal/references.ts';
import { appliesToRole, levelRank, STATUTS } from '../legal/sanctions.ts';
import { parseTag, splitSourceTags, tagAllowedAt, type Tag, type TagPlace } from '../tags.ts';
import { typographyProblems } from '../typography.ts';
import { PLAYER_ID, ROLES, type Role, type Sanction, type Statut } from '../types.ts';

export interface SourceFile {
  /** Path shown to authors, relative to the project root (stories/x.ink). */
  file: string;
  text: string;
}

export interface Problem {
  file: string;
  line: number;
  message: string;
  /** Shown, but does not fail stories:check (a loop through a decision can be meant). */
  warning?: boolean;
}

export interface Declared {
  contacts: Set<string>;
  threads: Set<string>;
}

interface ScannedLine {
  file: string;
  line: number;
  place: TagPlace;
  text: string;
  tags: string[];
}

function stripComments(lines: string[]): string[] {
  let inBlock = false;
  return lines.map((l) => {
    let out = '';
    for (let i = 0; i < l.length; i++) {
      if (inBlock) {
        if (l[i] === '*' && l[i + 1] === '/') {
          inBlock = false;
          i++;
        }
        continue;
      }
      if (l[i] === '/' && l[i + 1] === '*') {
        inBlock = true;
        i++;
        continue;
      }
      if (l[i] === '/' && l[i + 1] === '/' && l[i - 1] !== ':') break;
      out += l[i];
    }
    return out;
  });
}

/** Index of the first unescaped '#' outside {…} logic, or -1. */
function tagStart(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === '#' && depth === 0) return i;
  }
  return -1;
}

/** Text a player would read: ink logic, diverts and glue removed. */
export function readableText(s: string): string {
  return s
    .replace(/\{[^{}|]*?:/g, '') // condition part of {cond: a|b}
    .replace(/[{}|]/g, ' ')
    .replace(/<-|->\s*[\w.]*/g, ' ')
    .replace(/<>/g, '')
    .replace(/\\#/g, '#')
    .trim();
}

function scan(file: SourceFile, isRoot: boolean): ScannedLine[] {
  const raw = file.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const lines = stripComments(raw);
  const out: ScannedLine[] = [];
  let inHeader = isRoot;
  lines.forEach((l, i) => {
    const line = i + 1;
    const t = l.trim();
    if (!t) return;
    if (inHeader && t.startsWith('#')) {
      out.push({ file: file.file, line, place: 'header', text: '', tags: splitSourceTags(t) });
      return;
    }
    inHeader = false;
    if (/^(INCLUDE|VAR|CONST|LIST|EXTERNAL|~|===?|->|<-)/.test(t) || /^=\s*\w/.test(t)) return;
    // Multi-line conditional branches: "{ cond:", "- else:", "- cond:"
    // (a condition is glued to its colon; French text puts a space before it)
    if (/^\{[^}]*:\s*$/.test(t) || /^-\s*(else|[^:]*\S)\s*:\s*$/.test(t) && !/\s:\s*$/.test(t) || t === '}') return;
    const choice = /^([*+]\s*)+(\(\w+\)\s*)?(\{[^}]*\}\s*)*/.exec(t);
    if (choice && /^[*+]/.test(t)) {
      const body = t.slice(choice[0].length);
      const open = body.indexOf('[');
      const close = body.indexOf(']');
      if (open >= 0 && close > open) {
        const inside = body.slice(open + 1, close);
        const ti = tagStart(inside);
        const text = ti < 0 ? inside : inside.slice(0, ti);
        out.push({ file: file.file, line, place: 'choice', text: readableText(body.slice(0, open) + text), tags: ti < 0 ? [] : splitSourceTags(inside.slice(ti)) });
        const after = body.slice(close + 1);
        const ai = tagStart(after);
        out.push({ file: file.file, line, place: 'line', text: readableText(ai < 0 ? after : after.slice(0, ai)), tags: ai < 0 ? [] : splitSourceTags(after.slice(ai)) });
      } else {
        const ti = tagStart(body);
        out.push({ file: file.file, line, place: 'choice', text: readableText(ti < 0 ? body : body.slice(0, ti)), tags: ti < 0 ? [] : splitSourceTags(body.slice(ti)) });
      }
      return;
    }
    const content = t.replace(/^(-\s*)+(\(\w+\)\s*)?/, '');
    const ti = tagStart(content);
    out.push({ file: file.file, line, place: 'line', text: readableText(ti < 0 ? content : content.slice(0, ti)), tags: ti < 0 ? [] : splitSourceTags(content.slice(ti)) });
  });
  return out;
}

const TEXT_TAGS = new Set(['fb', 'note', 'expect', 'title', 'subject', 'theme']);

/**
 * Tags whose value may hold ink logic (`{etudiant(): …|…}`), evaluated by ink when the line or the
 * choice is shown: what a choice teaches may depend on the role. Ids, places and declarations stay
 * fixed, so the branch map and the checks can name them.
 */
const DYNAMIC_TAGS = new Set(['fb', 'refs', 'risk', 'sanction', 'score', 'note', 'expect', 'subject', 'notif']);
const MAX_VARIANTS = 32;

/**
 * Every value a tag can take, ink logic expanded: `{cond: a|b}` gives a and b, `{cond: a}` gives
 * a and nothing, `{a|b|c}` (sequence, cycle, shuffle) each one. A printed variable `{x}` cannot be
 * known here and is left as its name.
 */
export function inkVariants(s: string): string[] {
  const m = /\{([^{}]*)\}/.exec(s);
  if (!m) return [s];
  const inside = m[1]!;
  const cond = /^[^{}|]*?:/.exec(inside);
  // A sequence's kind mark (& cycle, ~ shuffle, ! once, $ stopping) is not part of its text.
  const alternatives = cond ? inside.slice(cond[0].length).split('|') : inside.replace(/^\s*[&~!$]/, '').split('|');
  if (cond && alternatives.length === 1) alternatives.push('');
  const before = s.slice(0, m.index);
  const after = s.slice(m.index + m[0].length);
  const out: string[] = [];
  for (const alt of alternatives.map((a) => (cond || alternatives.length > 1 ? a.trim() : a))) {
    for (const v of inkVariants(before + alt + after)) {
      if (out.length >= MAX_VARIANTS) return out;
      out.push(v.replace(/ {2,}/g, ' '));
    }
  }
  return out;
}

/** The role a `{…|…}` condition selects, when it is a role test: `etudiant()`, `not etudiant()`, `role == "infirmier"`… */
function conditionRole(cond: string): { first: Role; second: Role } | null {
  const c = cond.replace(/:$/, '').trim();
  const neg = /^(not\s+|!)/.test(c);
  const bare = c.replace(/^(not\s+|!)\s*/, '');
  let first: Role | null = null;
  if (/^etudiant\(\)$/.test(bare) || /^role\s*==\s*"etudiant"$/.test(bare) || /^role\s*!=\s*"infirmier"$/.test(bare)) first = 'etudiant';
  else if (/^infirmier\(\)$/.test(bare) || /^role\s*==\s*"infirmier"$/.test(bare) || /^role\s*!=\s*"etudiant"$/.test(bare)) first = 'infirmier';
  if (!first) return null;
  const other: Role = first === 'etudiant' ? 'infirmier' : 'etudiant';
  return neg ? { first: other, second: first } : { first, second: other };
}

/**
 * Like inkVariants, but each value says for which role ink can give it (null: both), so a check
 * can compare what a student and a nurse get. Impossible mixes (a student branch inside a nurse
 * branch) are dropped.
 */
export function inkRoleVariants(s: string, role: Role | null = null): { text: string; role: Role | null }[] {
  const m = /\{([^{}]*)\}/.exec(s);
  if (!m) return [{ text: s, role }];
  const inside = m[1]!;
  const cond = /^[^{}|]*?:/.exec(inside);
  const alternatives = cond ? inside.slice(cond[0].length).split('|') : inside.replace(/^\s*[&~!$]/, '').split('|');
  if (cond && alternatives.length === 1) alternatives.push('');
  const roles = cond ? conditionRole(cond[0]) : null;
  const before = s.slice(0, m.index);
  const after = s.slice(m.index + m[0].length);
  const out: { text: string; role: Role | null }[] = [];
  alternatives.forEach((altRaw, i) => {
    const alt = cond || alternatives.length > 1 ? altRaw.trim() : altRaw;
    let r = role;
    if (roles && i < 2) {
      const want = i === 0 ? roles.first : roles.second;
      if (r && r !== want) return;
      r = want;
    }
    for (const v of inkRoleVariants(before + alt + after, r)) {
      if (out.length >= MAX_VARIANTS) return;
      out.push({ text: v.text.replace(/ {2,}/g, ' '), role: v.role });
    }
  });
  return out;
}

/** A penalty stated in story text must read as a maximum (legal-references.md §6). */
const AMOUNT = /\d[\d\s\u00A0\u202F.]*\s?(€|euros?\b)/i;
const DURATION = /(^|[^\p{L}\d])(\d+|un|une|deux|trois|cinq|six|dix)\s+(an|ans|mois)\b/iu;
const PENAL_WORDS = /emprisonnement|prison|amende|interdiction (temporaire )?d['’]exercer|exclusion|suspendu/i;
const MAXIMUM = /jusqu['’]\s?(à|au)|au plus|au maximum|maximale?s?\b/i;
const PUNI = /\b(est|sont|être|serait)\s+puni(e|es|s)?\s+d/i;

export function penaltyProblems(text: string, citesCase = false): string[] {
  const out: string[] = [];
  const sentences = text.replace(/\b(M|Mme|Dr|art|n°)\./g, '$1').split(/(?<=[.!?…])\s+/);
  for (const sentence of sentences) {
    if (PUNI.test(sentence)) {
      out.push(`« est puni(e) de » présente la peine comme automatique : écrire « … expose à jusqu'à 1 an d'emprisonnement et 15 000 € d'amende » (« ${sentence.trim().slice(0, 60)}… »)`);
      continue;
    }
    const penalty = AMOUNT.test(sentence) || (DURATION.test(sentence) && PENAL_WORDS.test(sentence));
    // A real case's actual sentence (« avec sursis », a court and a year) is what was given, not a maximum.
    const realCase = /sursis/i.test(sentence) || (/\b(19|20)\d\d\b/.test(sentence) && /tribunal|cour\b|chambre|condamn/i.test(sentence));
    if (penalty && !MAXIMUM.test(sentence) && !realCase && !citesCase) {
      out.push(`peine sans « jusqu'à » ni « au plus » : toute peine est un maximum (« ${sentence.trim().slice(0, 60)}… »)`);
    }
  }
  return out;
}

/** One `#act:` option, as every scenario must score it: per role, the secret score and the ledger lines it opens. */
export interface ActUse {
  act: string;
  file: string;
  line: number;
  /** Per role: « secret -2 ; penal: signalement au procureur, … ». */
  signature: Record<Role, string>;
}

export interface SourceReport {
  problems: Problem[];
  declared: Declared;
  /** Where each decision id and ending id is declared, for graph problems. */
  decisionLines: Map<string, Problem>;
  endingLines: Map<string, Problem>;
  /** Every line with readable text, to locate a problem the runner found by its text. */
  lines: { file: string; line: number; text: string }[];
  /** Where each knot (« boucle ») and stitch (« boucle.suite ») starts, for a loop that prints nothing. */
  knotLines: Map<string, { file: string; line: number }>;
  words: number;
  statut: Statut | null;
  acts: ActUse[];
}

function knotLinesOf(files: readonly SourceFile[]): Map<string, { file: string; line: number }> {
  const out = new Map<string, { file: string; line: number }>();
  for (const f of files) {
    let knot: string | null = null;
    stripComments(f.text.replace(/^\uFEFF/, '').split(/\r?\n/)).forEach((l, i) => {
      const k = /^\s*={2,}\s*(?:function\s+)?(\w+)/.exec(l);
      const st = k ? null : /^\s*=\s*(\w+)/.exec(l);
      if (k) {
        knot = k[1]!;
        if (!out.has(knot)) out.set(knot, { file: f.file, line: i + 1 });
      } else if (st && knot) {
        const name = `${knot}.${st[1]}`;
        if (!out.has(name)) out.set(name, { file: f.file, line: i + 1 });
      }
    });
  }
  return out;
}

type Report = (message: string) => void;

/**
 * The line's raw tags; a tag with ink logic ({…}) is allowed in DYNAMIC_TAGS only, and stands for
 * one variant per role.
 */
function rawTagsOf(at: ScannedLine, report: Report): { text: string; role: Role | null }[] {
  const raws: { text: string; role: Role | null }[] = [];
  for (const whole of at.tags) {
    if (!/\{[^{}]*\}/.test(whole)) {
      raws.push({ text: whole, role: null });
      continue;
    }
    const key = /^[\w-]+/.exec(whole)?.[0] ?? '';
    if (DYNAMIC_TAGS.has(key)) raws.push(...inkRoleVariants(whole));
    else report(`#${key} ne peut pas contenir de logique ink ({…}) : seules ${[...DYNAMIC_TAGS].map((k) => `#${k}`).join(', ')} le peuvent`);
  }
  return raws;
}

/** The story's text: penalties stated as the texts say, and characters' speech agreeing with Camille's gender. */
function storyTextProblems(at: ScannedLine, citesCase: boolean, report: Report): void {
  if (at.text && at.place !== 'header') for (const p of penaltyProblems(at.text, citesCase)) report(p);
  // What characters say or write agrees with Camille's gender; inclusive forms stay in the interface
  // (the role question is one: its options are labels, not speech).
  const isLabel = at.tags.some((t) => /^(role|genre)\s*:/.test(t));
  if (at.text && at.place !== 'header' && !isLabel && at.text.includes('·')) report("point médian « · » dans le récit : écrire l'accord avec {fem():…|…} (les formes inclusives restent pour l'interface)");
  for (const t of at.tags) if (/^fb\s*:/.test(t) && t.includes('·')) report("#fb : point médian « · » : écrire l'accord avec {fem():…|…}");
}

/** What the first pass gathers: tags parsed with their line, what the header declares, the acts. */
interface Gathered {
  parsed: { at: ScannedLine; tag: Tag }[];
  declared: Declared;
  statut: Statut | null;
  acts: ActUse[];
}

/** Parses the line's tags where they may stand, and records declarations, the statut and the act. */
function gatherTags(at: ScannedLine, raws: readonly { text: string; role: Role | null }[], citesCase: boolean, g: Gathered, report: Report): void {
  const lineTags: { tag: Tag; role: Role | null }[] = [];
  for (const { text: raw, role } of raws) {
    const r = parseTag(raw);
    if (!r.ok) {
      report(r.error);
      continue;
    }
    if (!tagAllowedAt(r.tag.key, at.place)) {
      const where = at.place === 'header' ? "dans l'en-tête" : at.place === 'choice' ? 'dans les crochets d\'un choix' : 'sur une ligne de texte';
      report(`#${r.tag.key} n'a pas sa place ${where}`);
      continue;
    }
    g.parsed.push({ at, tag: r.tag });
    lineTags.push({ tag: r.tag, role });
    if (r.tag.key === 'contact') g.declared.contacts.add(r.tag.id);
    if (r.tag.key === 'thread') g.declared.threads.add(r.tag.id);
    if (r.tag.key === 'statut') g.statut = r.tag.statut;
    if (TEXT_TAGS.has(r.tag.key) && 'value' in r.tag) {
      for (const p of typographyProblems(r.tag.value)) report(`#${r.tag.key} : ${p}`);
      if (r.tag.key !== 'title') for (const p of penaltyProblems(r.tag.value, citesCase)) report(`#${r.tag.key} : ${p}`);
    }
  }
  const act = lineTags.find((t) => t.tag.key === 'act');
  if (act && act.tag.key === 'act') g.acts.push({ act: act.tag.id, file: at.file, line: at.line, signature: actSignature(lineTags) });
}

/** A sanction the statut's scale has no level for, or a 226-1/226-2 prosecution without its complaint. */
function sanctionProblems(key: 'risk' | 'sanction', sanction: Sanction, statut: Statut | null): string[] {
  const out: string[] = [];
  if (sanction.authority === 'employeur' && statut && levelRank('employeur', sanction.level, statut) === null) {
    out.push(statut === 'liberal'
      ? `#${key} : un infirmier libéral n'a pas d'employeur : pas de sanction « employeur » dans ce scénario`
      : `#${key} : « ${sanction.level} » n'est pas sur l'échelle de l'employeur public pour un agent ${statut} (voir stories/README.md)`);
  }
  // 226-1/226-2 are prosecuted only on the victim's complaint: say so with cp-226-6.
  if (sanction.authority === 'penal' && sanction.refs.some((r) => r === 'cp-226-1' || r === 'cp-226-2') && !sanction.refs.includes('cp-226-6')) {
    out.push(`#${key} : poursuites pour 226-1/226-2 seulement sur plainte de la victime : citer aussi cp-226-6`);
  }
  return out;
}

/** What the second pass checks against the whole story: declarations, photos, ids declared once, references. */
interface Known {
  declared: Declared;
  statut: Statut | null;
  knownPhoto: (id: string) => boolean;
  mediaFile: string;
  decisionLines: Map<string, Problem>;
  endingLines: Map<string, Problem>;
}

/** One tag's use: the legal texts it cites, the characters, threads and photos it names, its id declared once. */
function checkTagUse(at: ScannedLine, tag: Tag, k: Known, report: Report): void {
  const refs: string[] = [];
  const contacts: string[] = [];
  const once = (lines: Map<string, Problem>, id: string, what: string) => {
    const prev = lines.get(id);
    if (prev) report(`${what} « ${id} » déjà déclarée en ${prev.file}:${prev.line}`);
    else lines.set(id, { file: at.file, line: at.line, message: '' });
  };
  switch (tag.key) {
    case 'refs': refs.push(...tag.ids); break;
    case 'risk': case 'sanction': {
      if (!tag.sanction) break;
      refs.push(...tag.sanction.refs);
      for (const p of sanctionProblems(tag.key, tag.sanction, k.statut)) report(p);
      break;
    }
    case 'from': case 'join': case 'leave': contacts.push(tag.id); break;
    case 'friend-request': case 'mail': case 'call': contacts.push(tag.from); break;
    case 'tagged': contacts.push(...tag.ids); break;
    case 'thread': contacts.push(...tag.members); break;
    case 'in': if (!k.declared.threads.has(tag.thread)) report(`fil « ${tag.thread} » non déclaré (#thread dans l'en-tête)`); break;
    case 'system': if (!k.declared.threads.has(tag.thread)) report(`fil « ${tag.thread} » non déclaré (#thread dans l'en-tête)`); break;
    case 'photo': case 'shot': if (!k.knownPhoto(tag.id)) report(`photo « ${tag.id} » inconnue (à déclarer dans ${k.mediaFile})`); break;
    case 'decision': once(k.decisionLines, tag.id, 'décision'); break;
    case 'ending': once(k.endingLines, tag.id, 'fin'); break;
    default: break;
  }
  for (const id of refs) {
    const p = refProblem(id);
    if (p === 'unknown') report(`référence juridique inconnue « ${id} » (voir src/narrative/legal/references.ts)`);
    if (p === 'forbidden') report(`référence juridique interdite « ${id} » (marquée X dans legal-references.md)`);
  }
  for (const id of contacts) if (!k.declared.contacts.has(id)) report(`personnage « ${id} » non déclaré (#contact dans l'en-tête)`);
}

/** Variants of one dynamic tag share most of their text: say each problem of a line once. */
function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.file}:${p.line}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Checks the root file and its includes (root first). */
/** `media`: the story's photos (its .media.json and those of its INCLUDEs); without it, every registered photo. */
export function checkSources(files: SourceFile[], media?: readonly MediaItem[]): SourceReport {
  const photoIds = media ? new Set(media.map((m) => m.id)) : null;
  const knownPhoto = (id: string) => (photoIds ? photoIds.has(id) : !!findMedia(id));
  const mediaFile = files[0] ? files[0].file.replace(/\.ink$/, '.media.json') : 'stories/<scénario>.media.json';
  const problems: Problem[] = [];
  const g: Gathered = { parsed: [], declared: { contacts: new Set([PLAYER_ID]), threads: new Set() }, statut: null, acts: [] };
  const lines: SourceReport['lines'] = [];
  let words = 0;

  for (const at of files.flatMap((f, i) => scan(f, i === 0))) {
    const report = (message: string) => problems.push({ file: at.file, line: at.line, message });
    if (at.text) {
      lines.push({ file: at.file, line: at.line, text: at.text });
      if (at.place !== 'header') words += at.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      for (const p of typographyProblems(at.text)) report(p);
    }
    const raws = rawTagsOf(at, report);
    const citesCase = at.tags.some((t) => /^(refs|risk|sanction)\s*:.*\bcas-/.test(t));
    storyTextProblems(at, citesCase, report);
    gatherTags(at, raws, citesCase, g, report);
  }

  if (files.length && !g.statut) {
    problems.push({ file: files[0]!.file, line: 1, message: `en-tête : « # statut: ${STATUTS.join('|')} » manquant (le statut de l'infirmier·e mis en scène décide de l'échelle de l'employeur)` });
  }
  const known: Known = { declared: g.declared, statut: g.statut, knownPhoto, mediaFile, decisionLines: new Map(), endingLines: new Map() };
  for (const { at, tag } of g.parsed) checkTagUse(at, tag, known, (message) => problems.push({ file: at.file, line: at.line, message }));
  return { problems: uniqueProblems(problems), declared: g.declared, decisionLines: known.decisionLines, endingLines: known.endingLines, lines, knotLines: knotLinesOf(files), words, statut: g.statut, acts: g.acts };
}

function actSignature(tags: readonly { tag: Tag; role: Role | null }[]): Record<Role, string> {
  const out = {} as Record<Role, string>;
  for (const role of ROLES) {
    const mine = tags.filter((t) => t.role === null || t.role === role);
    const secrets = [...new Set(mine.flatMap((t) => (t.tag.key === 'score' ? [t.tag.deltas.secret] : [])))];
    const risks = [...new Set(mine.flatMap((t) => (t.tag.key === 'risk' && appliesToRole(t.tag.sanction.authority, role) ? [`${t.tag.sanction.authority}: ${t.tag.sanction.level}`] : [])))].sort();
    out[role] = `secret ${secrets.join('/') || '?'} ; ${risks.length ? risks.join(', ') : 'aucun risque'}`;
  }
  return out;
}

const ROLE_NAMES: Record<Role, string> = { etudiant: 'étudiant·e', infirmier: 'infirmier·e' };

/**
 * Same act, same gravity (legal-references.md §6): every option tagged with the same `#act:`, in
 * every scenario, scores the same on the secret axis and opens the same ledger lines, per role.
 * Each option that differs from the act's first use is reported with both places.
 */
export function checkActs(uses: readonly ActUse[]): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, ActUse>();
  for (const u of uses) {
    const ref = first.get(u.act);
    if (!ref) {
      first.set(u.act, u);
      continue;
    }
    for (const role of ROLES) {
      if (ref.signature[role] === u.signature[role]) continue;
      problems.push({
        file: u.file, line: u.line,
        message: `#act: ${u.act} : même acte, gravité différente de ${ref.file}:${ref.line} pour le rôle ${ROLE_NAMES[role]} (ici « ${u.signature[role]} », là « ${ref.signature[role]} »)`,
      });
    }
  }
  return problems;
}
