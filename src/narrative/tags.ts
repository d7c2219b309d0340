// The scenario format's tag grammar, parsed here and nowhere else.
// Every form is documented for authors in stories/README.md.
import { isAuthority, isStatut, levelRank, needsActor, STATUTS } from './legal/sanctions.ts';
import {
  APPS, AUDIENCES, AXES, CHOICE_ACTIONS, SCREENS, SEVERITIES,
  type AppId, type Audience, type AxisValues, type ChoiceAction, type Genre, type ScreenId, type Sanction, type Severity, type Statut,
} from './types.ts';

/** `#conduite:` of an ending: an act of the hospital function, or private conduct (L.4124-2 only for the first). */
export type Conduite = 'service' | 'privee';

export type Tag =
  // header (global tags)
  | { key: 'title'; value: string }
  | { key: 'theme'; value: string }
  | { key: 'duration'; minutes: number }
  | { key: 'contact'; id: string; name: string; description: string }
  | { key: 'thread'; id: string; app: AppId; title: string; members: string[] }
  | { key: 'statut'; statut: Statut }
  | { key: 'demo' }
  | { key: 'group'; value: string }
  | { key: 'order'; position: number }
  // a line
  | { key: 'from'; id: string }
  | { key: 'in'; thread: string }
  | { key: 'time'; value: string }
  | { key: 'date'; value: string }
  | { key: 'photo'; id: string }
  | { key: 'notif'; app: AppId }
  | { key: 'skip' }
  | { key: 'open'; screen: ScreenId }
  | { key: 'post'; id: string }
  | { key: 'audience'; audience: Audience }
  | { key: 'tagged'; ids: string[] }
  | { key: 'comment'; post: string }
  | { key: 'friend-request'; from: string }
  | { key: 'mail'; from: string }
  | { key: 'subject'; value: string }
  | { key: 'call'; from: string }
  | { key: 'system'; thread: string }
  | { key: 'join'; id: string }
  | { key: 'leave'; id: string }
  | { key: 'shot'; id: string }
  // a decision and its options
  | { key: 'decision'; id: string }
  | { key: 'note'; value: string }
  | { key: 'expect'; value: string }
  | { key: 'refs'; ids: string[] }
  | { key: 'do'; action: ChoiceAction }
  | { key: 'score'; deltas: AxisValues }
  | { key: 'fb'; value: string }
  | { key: 'risk'; sanction: Sanction }
  | { key: 'role'; role: 'etudiant' | 'infirmier' }
  | { key: 'genre'; genre: Genre }
  | { key: 'act'; id: string }
  // an ending
  | { key: 'ending'; id: string }
  | { key: 'severity'; severity: Severity }
  | { key: 'sanction'; sanction: Sanction | null }
  | { key: 'conduite'; conduite: Conduite }
  | { key: 'debrief' }
  | { key: 'question' };

export type TagKey = Tag['key'];

export type TagResult = { ok: true; tag: Tag } | { ok: false; error: string };

/** Where a tag may stand: the header, a content line, or inside a choice's brackets. */
export type TagPlace = 'header' | 'line' | 'choice';

const PLACES: Record<TagKey, readonly TagPlace[]> = {
  title: ['header', 'line'], theme: ['header'], duration: ['header'], contact: ['header'], thread: ['header'], statut: ['header'],
  demo: ['header'], group: ['header'], order: ['header'],
  from: ['line'], in: ['line'], time: ['line'], date: ['line'], photo: ['line', 'choice'], notif: ['line'],
  skip: ['line'], open: ['line'], post: ['line'], audience: ['line', 'choice'], tagged: ['line'], comment: ['line'],
  'friend-request': ['line'], mail: ['line'], subject: ['line'], call: ['line'], system: ['line'], join: ['line'],
  leave: ['line'], shot: ['line'],
  decision: ['line'], note: ['line'], expect: ['line'], refs: ['line', 'choice'],
  do: ['choice'], score: ['choice'], fb: ['choice'], risk: ['choice'], role: ['choice'], genre: ['choice'], act: ['choice'],
  ending: ['line'], severity: ['line'], sanction: ['line'], conduite: ['line'], debrief: ['line'], question: ['line'],
};

export const TAG_KEYS = Object.keys(PLACES) as TagKey[];

export function tagAllowedAt(key: TagKey, place: TagPlace): boolean {
  return PLACES[key].includes(place);
}

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const TIME = /^([01]?\d|2[0-3]):[0-5]\d$/;
const FLAGS = new Set<TagKey>(['skip', 'debrief', 'question', 'demo']);

function fail(error: string): TagResult {
  return { ok: false, error };
}
function ok(tag: Tag): TagResult {
  return { ok: true, tag };
}

function idOrFail(key: string, v: string, build: (id: string) => Tag): TagResult {
  if (!ID.test(v)) return fail(`#${key} : identifiant invalide « ${v} » (minuscules, chiffres, - et _)`);
  return ok(build(v));
}

function idList(v: string): string[] {
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

function oneOf<T extends string>(key: string, v: string, allowed: readonly T[]): T | string {
  return (allowed as readonly string[]).includes(v) ? (v as T) : `#${key} : valeur inconnue « ${v} » (attendu : ${allowed.join(', ')})`;
}

/**
 * `autorité; niveau; réf, réf` with an optional 4th field `par: qui`. The employer's level is checked
 * here against every status's scale; stories:check and the runner check it against the status staged.
 */
export function parseSanction(key: string, v: string): { sanction: Sanction } | { error: string } {
  const parts = v.split(';').map((s) => s.trim());
  let by: string | undefined;
  if (parts.length === 4) {
    const m = /^par\s*:\s*(.*)$/i.exec(parts[3]!);
    if (!m) return { error: `#${key} : le 4e champ s'écrit « par: qui agit » (par exemple « par: Lucienne Pernin »)` };
    by = m[1]!.trim();
    if (!by) return { error: `#${key} : « par: » sans personne` };
    parts.pop();
  }
  if (parts.length !== 3) return { error: `#${key} : forme attendue « autorité; niveau; réf, réf » (et, si besoin, « ; par: qui »)` };
  const [authority, level, refs] = parts as [string, string, string];
  if (!isAuthority(authority)) return { error: `#${key} : autorité inconnue « ${authority} » (institut, stage, ordre, employeur, penal, civil)` };
  const rank = levelRank(authority, level);
  if (rank === null) return { error: `#${key} : niveau « ${level} » inconnu pour l'autorité ${authority}` };
  const ids = idList(refs);
  if (ids.length === 0) return { error: `#${key} : au moins une référence juridique est attendue` };
  const norm = level.toLowerCase();
  if (!by && needsActor(authority, norm)) {
    return { error: `#${key} : « ${authority}; ${norm} » demande « ; par: qui » (la plainte ou la mise en demeure est l'acte du patient lui-même, ou de son représentant légal ou de ses ayants droit)` };
  }
  return { sanction: by ? { authority, level: norm, rank, refs: ids, by } : { authority, level: norm, rank, refs: ids } };
}

function parseScore(v: string): TagResult {
  const deltas: Partial<AxisValues> = {};
  for (const part of v.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([a-z]+)\s+([+-]?\d+)$/.exec(part);
    if (!m) return fail(`#score : « ${part} » ne suit pas la forme « axe nombre »`);
    const axis = m[1] as keyof AxisValues;
    if (!AXES.includes(axis)) return fail(`#score : axe inconnu « ${m[1]} » (secret, respect, posture, image)`);
    const n = Number(m[2]);
    if (Math.abs(n) > 3) return fail(`#score : ${axis} ${n} hors de l'échelle -3 à +3`);
    if (axis in deltas) return fail(`#score : axe ${axis} donné deux fois`);
    deltas[axis] = n;
  }
  const missing = AXES.filter((a) => !(a in deltas));
  if (missing.length) return fail(`#score : il manque ${missing.join(', ')} (les quatre axes sont obligatoires, 0 compris)`);
  return ok({ key: 'score', deltas: deltas as AxisValues });
}

/** Free text and numbers: titles, notes, the story's order and duration, a message's time. */
function parsePlainTag(k: TagKey, v: string): TagResult | null {
  switch (k) {
    case 'title': case 'theme': case 'date': case 'subject': case 'note': case 'expect': case 'fb': case 'group':
      return ok({ key: k, value: v });
    case 'order': {
      const n = Number(v);
      return Number.isInteger(n) && n >= 0 ? ok({ key: k, position: n }) : fail(`#order : nombre entier attendu, pas « ${v} »`);
    }
    case 'duration': {
      const n = Number(v);
      return Number.isInteger(n) && n > 0 && n < 120 ? ok({ key: k, minutes: n }) : fail(`#duration : nombre de minutes attendu, pas « ${v} »`);
    }
    case 'time':
      return TIME.test(v) ? ok({ key: k, value: v.padStart(5, '0') }) : fail(`#time : heure attendue au format HH:MM, pas « ${v} »`);
    default:
      return null;
  }
}

/** Tags that name one thing by id: a sender, a photo, a thread, a post, a caller… */
function parseIdTag(k: TagKey, v: string): TagResult | null {
  switch (k) {
    case 'from': case 'photo': case 'join': case 'leave': case 'shot': case 'decision': case 'ending':
      return idOrFail(k, v, (id) => ({ key: k, id }) as Tag);
    case 'in': case 'system':
      return idOrFail(k, v, (thread) => ({ key: k, thread }) as Tag);
    case 'post':
      return idOrFail(k, v, (id) => ({ key: k, id }));
    case 'comment':
      return idOrFail(k, v, (post) => ({ key: k, post }));
    case 'friend-request': case 'mail': case 'call':
      return idOrFail(k, v, (from) => ({ key: k, from }) as Tag);
    case 'act':
      return idOrFail(k, v, (id) => ({ key: 'act', id }));
    case 'tagged': case 'refs': {
      const ids = idList(v);
      const bad = ids.find((id) => !ID.test(id));
      if (bad) return fail(`#${k} : identifiant invalide « ${bad} »`);
      return ok(k === 'refs' ? { key: k, ids } : { key: k, ids });
    }
    default:
      return null;
  }
}

/** Tags whose value is one of a closed list: an app, a screen, an audience, a severity, a role… */
function parseChoiceTag(k: TagKey, v: string): TagResult | null {
  switch (k) {
    case 'notif': {
      const app = oneOf(k, v, APPS);
      return APPS.includes(app as AppId) ? ok({ key: k, app: app as AppId }) : fail(app);
    }
    case 'open': {
      const screen = oneOf(k, v, SCREENS);
      return SCREENS.includes(screen as ScreenId) ? ok({ key: k, screen: screen as ScreenId }) : fail(screen);
    }
    case 'audience': {
      const a = oneOf(k, v, AUDIENCES);
      return AUDIENCES.includes(a as Audience) ? ok({ key: k, audience: a as Audience }) : fail(a);
    }
    case 'do': {
      const a = oneOf(k, v, CHOICE_ACTIONS);
      return CHOICE_ACTIONS.includes(a as ChoiceAction) ? ok({ key: k, action: a as ChoiceAction }) : fail(a);
    }
    case 'severity': {
      const s = oneOf(k, v, SEVERITIES);
      return SEVERITIES.includes(s as Severity) ? ok({ key: k, severity: s as Severity }) : fail(s);
    }
    case 'role':
      return v === 'etudiant' || v === 'infirmier' ? ok({ key: k, role: v }) : fail(`#role : « etudiant » ou « infirmier », pas « ${v} »`);
    case 'genre':
      return v === 'f' || v === 'm' ? ok({ key: k, genre: v }) : fail(`#genre : « f » ou « m », pas « ${v} »`);
    case 'statut':
      return isStatut(v) ? ok({ key: k, statut: v }) : fail(`#statut : valeur inconnue « ${v} » (attendu : ${STATUTS.join(', ')})`);
    case 'conduite':
      return v === 'service' || v === 'privee' ? ok({ key: k, conduite: v }) : fail(`#conduite : « service » ou « privee », pas « ${v} »`);
    default:
      return null;
  }
}

/** Tags with parts: a contact, a thread, the four scores, a risk or sanction. */
function parseCompoundTag(k: TagKey, v: string): TagResult | null {
  switch (k) {
    case 'contact': {
      const parts = v.split(';').map((s) => s.trim());
      if (parts.length !== 3 || !parts[1]) return fail('#contact : forme attendue « id; Nom affiché; description »');
      return idOrFail(k, parts[0]!, (id) => ({ key: 'contact', id, name: parts[1]!, description: parts[2]! }));
    }
    case 'thread': {
      const parts = v.split(';').map((s) => s.trim());
      if (parts.length !== 4) return fail('#thread : forme attendue « id; app; Titre; membre, membre »');
      const app = oneOf(k, parts[1]!, APPS);
      if (!APPS.includes(app as AppId)) return fail(app);
      return idOrFail(k, parts[0]!, (id) => ({ key: 'thread', id, app: app as AppId, title: parts[2]!, members: idList(parts[3]!) }));
    }
    case 'score':
      return parseScore(v);
    case 'risk': case 'sanction': {
      if (k === 'sanction' && v.toLowerCase() === 'aucune') return ok({ key: 'sanction', sanction: null });
      const r = parseSanction(k, v);
      if ('error' in r) return fail(r.error);
      return ok(k === 'risk' ? { key: 'risk', sanction: r.sanction } : { key: 'sanction', sanction: r.sanction });
    }
    default:
      return null;
  }
}

export function parseTag(raw: string): TagResult {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const key = (colon < 0 ? text : text.slice(0, colon)).trim().toLowerCase();
  const v = colon < 0 ? '' : text.slice(colon + 1).trim();
  if (!(key in PLACES)) return fail(`balise inconnue #${key}`);
  const k = key as TagKey;
  if (FLAGS.has(k)) {
    if (v) return fail(`#${k} ne prend pas de valeur`);
    return ok({ key: k } as Tag);
  }
  if (!v) return fail(`#${k} : valeur manquante`);
  return parsePlainTag(k, v) ?? parseIdTag(k, v) ?? parseChoiceTag(k, v) ?? parseCompoundTag(k, v)
    ?? fail(`balise inconnue #${key}`);
}

/** Split a raw source line's tag section ("#a: x #b") into raw tags, honouring escaped \#. */
export function splitSourceTags(section: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    if (c === '\\' && section[i + 1] === '#') {
      cur += '#';
      i++;
    } else if (c === '#') {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
