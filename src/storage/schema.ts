// Everything the game keeps in localStorage, under one versioned schema. Each part is
// validated on its own: a broken part is reset with a notice for the player, the others are kept.
import type { Genre, Role } from '../narrative/types';
import { ROLES } from '../narrative/types';
import { SAVE_FORMAT } from '../narrative/snapshot';
import { emptyLearning, validLearning, type LearningPart } from './learning';
import { isObj } from '../narrative/guards';

export const STORAGE_KEY = 'soignants-reseaux:v1';
export const STORAGE_VERSION = 1;

export type TypingSpeed = 'normal' | 'rapide' | 'instantane';
export type FeedbackMode = 'immediat' | 'examen';

export interface Settings {
  sound: boolean;
  volume: number; // 0..1
  textScale: number; // 1..2
  animations: boolean;
  typingSpeed: TypingSpeed;
  feedback: FeedbackMode;
  /** Camille: « elle » (f) or « il » (m), chosen in the menu beside the role; stories agree with it. */
  genre: Genre;
}

export const DEFAULT_SETTINGS: Settings = {
  sound: true,
  volume: 0.7,
  textScale: 1,
  animations: true,
  typingSpeed: 'normal',
  feedback: 'immediat',
  genre: 'f',
};

/** Endings discovered and branches taken, per scenario and role. */
export interface Discovery {
  endings: string[];
  /** "decisionId:optionIndex" taken at least once. */
  options: string[];
  plays: number;
  /** Per ending id, the option indices of the last path that reached it (issue 5: « Et si… ? »). */
  paths?: Record<string, number[]>;
}

export interface StoredData {
  version: typeof STORAGE_VERSION;
  settings: Settings;
  /** key: `${scenarioId}:${role}` */
  progress: Record<string, Discovery>;
  /** Autosaves of games in progress, by scenario id: Snapshot JSON (validated by narrative/snapshot). */
  games: Record<string, unknown>;
  /** Trainer sessions in progress (issue 6). */
  trainer: unknown;
  /** Quiz sittings, result codes, refresher reminders (issue 13; storage/learning.ts). */
  learning: LearningPart;
}

export function progressKey(scenarioId: string, role: Role): string {
  return `${scenarioId}:${role}`;
}

export function emptyData(): StoredData {
  return { version: STORAGE_VERSION, settings: { ...DEFAULT_SETTINGS }, progress: {}, games: {}, trainer: null, learning: emptyLearning() };
}

const TYPING: TypingSpeed[] = ['normal', 'rapide', 'instantane'];
const FEEDBACK: FeedbackMode[] = ['immediat', 'examen'];


export function validSettings(x: unknown): Settings | null {
  if (!isObj(x)) return null;
  const s = x as Partial<Settings>;
  if (typeof s.sound !== 'boolean' || typeof s.animations !== 'boolean') return null;
  if (typeof s.volume !== 'number' || !(s.volume >= 0 && s.volume <= 1)) return null;
  if (typeof s.textScale !== 'number' || !(s.textScale >= 1 && s.textScale <= 2)) return null;
  if (!TYPING.includes(s.typingSpeed as TypingSpeed) || !FEEDBACK.includes(s.feedback as FeedbackMode)) return null;
  // Settings stored before the gender choice existed are kept: Camille is then « elle », as before.
  const genre: Genre = s.genre === 'm' ? 'm' : 'f';
  return { sound: s.sound, volume: s.volume, textScale: s.textScale, animations: s.animations, typingSpeed: s.typingSpeed!, feedback: s.feedback!, genre };
}

function validDiscovery(x: unknown): Discovery | null {
  if (!isObj(x)) return null;
  const { endings, options, plays } = x as Partial<Discovery>;
  if (!Array.isArray(endings) || !endings.every((e) => typeof e === 'string')) return null;
  if (!Array.isArray(options) || !options.every((e) => typeof e === 'string')) return null;
  if (typeof plays !== 'number' || plays < 0 || !Number.isFinite(plays)) return null;
  const out: Discovery = { endings: [...endings], options: [...options], plays };
  // Paths are a convenience for comparisons: a bad one is dropped alone, the discovery is kept.
  const paths = (x as Partial<Discovery>).paths;
  if (isObj(paths)) {
    const kept: Record<string, number[]> = {};
    for (const [id, p] of Object.entries(paths)) {
      if (Array.isArray(p) && p.every((i) => Number.isInteger(i) && i >= 0)) kept[id] = [...(p as number[])];
    }
    out.paths = kept;
  }
  return out;
}

/**
 * A game in progress is kept when it names this save format, its scenario and a known role; the
 * full checks happen on resume (narrative/snapshot.ts), which has a message for each problem (other
 * save version, other scenario, damaged): dropping it here would only say « abîmée ».
 */
function gameProblem(key: string, x: unknown): 'damaged' | 'role' | null {
  let v = x;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return 'damaged';
    }
  }
  if (!isObj(v) || v.format !== SAVE_FORMAT || typeof v.scenarioId !== 'string' || !/^[a-z0-9-]{1,60}$/.test(key)) return 'damaged';
  if (!ROLES.includes(v.role as Role)) return 'role';
  return null;
}

/** What loading found, for the player; the words are chosen at the UI edge (ui/labels/storage.ts). */
export type StorageNotice =
  /** Not JSON, or not our data at all: everything was reset. */
  | { kind: 'unreadable' }
  /** Our parts are there but the version number is missing or not a number: readable parts kept. */
  | { kind: 'bad-version' }
  | { kind: 'older'; version: number }
  | { kind: 'settings-reset' }
  | { kind: 'progress-part-dropped' }
  | { kind: 'progress-reset' }
  | { kind: 'games-dropped'; count: number }
  /** Games in progress whose role is neither student nor nurse. */
  | { kind: 'games-unknown-role'; count: number }
  | { kind: 'games-reset' };

export interface LoadReport {
  data: StoredData;
  notices: StorageNotice[];
  /**
   * Set when the stored data comes from a newer version of the game: it must be left untouched
   * (this copy plays without saving). `data` is then the defaults.
   */
  newer: number | null;
}

const PARTS = ['settings', 'progress', 'games', 'trainer', 'learning'];

/** Validates stored text part by part; never throws. */
export function parseStored(text: string | null): LoadReport {
  const data = emptyData();
  if (text === null) return { data, notices: [], newer: null };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { data, notices: [{ kind: 'unreadable' }], newer: null };
  }
  if (!isObj(raw)) return { data, notices: [{ kind: 'unreadable' }], newer: null };
  const v = raw.version;
  const integer = typeof v === 'number' && Number.isInteger(v);
  // A newer build's data: its shape is unknown to this copy, and it is the player's real progress.
  if (integer && v > STORAGE_VERSION) return { data, notices: [], newer: v };
  const notices: StorageNotice[] = [];
  if (!integer || v < 0) {
    // No usable version: our data only if it has our parts (each still checked below).
    if (!PARTS.some((p) => p in raw)) return { data, notices: [{ kind: 'unreadable' }], newer: null };
    notices.push({ kind: 'bad-version' });
  } else if (v < STORAGE_VERSION) {
    // An older build: each part still goes through its own check below, so what is readable is kept.
    notices.push({ kind: 'older', version: v });
  }
  const settings = validSettings(raw.settings);
  if (settings) data.settings = settings;
  else notices.push({ kind: 'settings-reset' });
  if (isObj(raw.progress)) {
    let dropped = 0;
    for (const [k, d] of Object.entries(raw.progress)) {
      const ok = validDiscovery(d);
      if (ok && /^[a-z0-9-]+:(etudiant|infirmier)$/.test(k)) data.progress[k] = ok;
      else dropped++;
    }
    if (dropped) notices.push({ kind: 'progress-part-dropped' });
  } else if (raw.progress !== undefined) notices.push({ kind: 'progress-reset' });
  if (isObj(raw.games)) {
    let damaged = 0;
    let role = 0;
    for (const [k, g] of Object.entries(raw.games)) {
      const problem = gameProblem(k, g);
      if (problem === null) data.games[k] = g;
      else if (problem === 'role') role++;
      else damaged++;
    }
    if (damaged) notices.push({ kind: 'games-dropped', count: damaged });
    if (role) notices.push({ kind: 'games-unknown-role', count: role });
  } else if (raw.games !== undefined) notices.push({ kind: 'games-reset' });
  data.trainer = raw.trainer ?? null;
  // Entry by entry: data from before the quiz existed simply has none.
  data.learning = validLearning(raw.learning);
  return { data, notices, newer: null };
}

/** Records an ending and the options of a finished or ongoing path. */
export function recordDiscovery(d: Discovery | undefined, endingId: string | null, options: readonly string[], finished: boolean): Discovery {
  const out: Discovery = d ? { endings: [...d.endings], options: [...d.options], plays: d.plays } : { endings: [], options: [], plays: 0 };
  if (d?.paths) out.paths = { ...d.paths };
  if (endingId && !out.endings.includes(endingId)) out.endings.push(endingId);
  for (const o of options) if (!out.options.includes(o)) out.options.push(o);
  if (finished) out.plays += 1;
  return out;
}
