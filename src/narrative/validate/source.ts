// Line-by-line checks of .ink sources against the scenario format, so every problem can be
// reported as « stories/FILE.ink:LINE: message ». Graph-level checks live in story.ts.
import { findMedia } from '../media';
import { refProblem } from '../legal/references';
import { parseTag, splitSourceTags, tagAllowedAt, type Tag, type TagPlace } from '../tags';
import { typographyProblems } from '../typography';
import { PLAYER_ID } from '../types';

export interface SourceFile {
  /** Path shown to authors, relative to the project root (stories/x.ink). */
  file: string;
  text: string;
}

export interface Problem {
  file: string;
  line: number;
  message: string;
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
const DYNAMIC_TAGS = new Set(['fb', 'refs', 'risk', 'score', 'note', 'expect', 'subject', 'notif']);
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

export interface SourceReport {
  problems: Problem[];
  declared: Declared;
  /** Where each decision id and ending id is declared, for graph problems. */
  decisionLines: Map<string, Problem>;
  endingLines: Map<string, Problem>;
  /** Every line with readable text, to locate a problem the runner found by its text. */
  lines: { file: string; line: number; text: string }[];
  words: number;
}

/** Checks the root file and its includes (root first). */
export function checkSources(files: SourceFile[]): SourceReport {
  const problems: Problem[] = [];
  const declared: Declared = { contacts: new Set([PLAYER_ID]), threads: new Set() };
  const scanned = files.flatMap((f, i) => scan(f, i === 0));
  const parsed: { at: ScannedLine; tag: Tag }[] = [];
  const decisionLines = new Map<string, Problem>();
  const endingLines = new Map<string, Problem>();
  const lines: SourceReport['lines'] = [];
  let words = 0;

  for (const at of scanned) {
    const report = (message: string) => problems.push({ file: at.file, line: at.line, message });
    if (at.text) {
      lines.push({ file: at.file, line: at.line, text: at.text });
      if (at.place !== 'header') words += at.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      for (const p of typographyProblems(at.text)) report(p);
    }
    const raws: string[] = [];
    for (const whole of at.tags) {
      if (!/\{[^{}]*\}/.test(whole)) {
        raws.push(whole);
        continue;
      }
      const key = /^[\w-]+/.exec(whole)?.[0] ?? '';
      if (DYNAMIC_TAGS.has(key)) raws.push(...inkVariants(whole));
      else report(`#${key} ne peut pas contenir de logique ink ({…}) : seules ${[...DYNAMIC_TAGS].map((k) => `#${k}`).join(', ')} le peuvent`);
    }
    for (const raw of raws) {
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
      parsed.push({ at, tag: r.tag });
      if (r.tag.key === 'contact') declared.contacts.add(r.tag.id);
      if (r.tag.key === 'thread') declared.threads.add(r.tag.id);
      if (TEXT_TAGS.has(r.tag.key) && 'value' in r.tag) for (const p of typographyProblems(r.tag.value)) report(`#${r.tag.key} : ${p}`);
    }
  }

  for (const { at, tag } of parsed) {
    const report = (message: string) => problems.push({ file: at.file, line: at.line, message });
    const refs: string[] = [];
    const contacts: string[] = [];
    switch (tag.key) {
      case 'refs': refs.push(...tag.ids); break;
      case 'risk': refs.push(...tag.sanction.refs); break;
      case 'sanction': if (tag.sanction) refs.push(...tag.sanction.refs); break;
      case 'from': case 'join': case 'leave': contacts.push(tag.id); break;
      case 'friend-request': case 'mail': case 'call': contacts.push(tag.from); break;
      case 'tagged': contacts.push(...tag.ids); break;
      case 'thread': contacts.push(...tag.members); break;
      case 'in': if (!declared.threads.has(tag.thread)) report(`fil « ${tag.thread} » non déclaré (#thread dans l'en-tête)`); break;
      case 'system': if (!declared.threads.has(tag.thread)) report(`fil « ${tag.thread} » non déclaré (#thread dans l'en-tête)`); break;
      case 'photo': case 'shot': if (!findMedia(tag.id)) report(`photo « ${tag.id} » inconnue (à déclarer dans src/narrative/media/)`); break;
      case 'decision': {
        const prev = decisionLines.get(tag.id);
        if (prev) report(`décision « ${tag.id} » déjà déclarée en ${prev.file}:${prev.line}`);
        else decisionLines.set(tag.id, { file: at.file, line: at.line, message: '' });
        break;
      }
      case 'ending': {
        const prev = endingLines.get(tag.id);
        if (prev) report(`fin « ${tag.id} » déjà déclarée en ${prev.file}:${prev.line}`);
        else endingLines.set(tag.id, { file: at.file, line: at.line, message: '' });
        break;
      }
      default: break;
    }
    for (const id of refs) {
      const p = refProblem(id);
      if (p === 'unknown') report(`référence juridique inconnue « ${id} » (voir src/narrative/legal/references.ts)`);
      if (p === 'forbidden') report(`référence juridique interdite « ${id} » (marquée X dans legal-references.md)`);
    }
    for (const id of contacts) if (!declared.contacts.has(id)) report(`personnage « ${id} » non déclaré (#contact dans l'en-tête)`);
  }
  // Variants of one dynamic tag share most of their text: say each problem of a line once.
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const k = `${p.file}:${p.line}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { problems: unique, declared, decisionLines, endingLines, lines, words };
}
