// Everything the game keeps in localStorage, under one versioned schema. Each part is
// validated on its own: a broken part is reset with a French message, the others are kept.
import type { Role } from '../narrative/types';
import { SAVE_FORMAT, SAVE_VERSION } from '../narrative/snapshot';
import { frenchTypography } from '../narrative/typography';

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
}

export const DEFAULT_SETTINGS: Settings = {
  sound: true,
  volume: 0.7,
  textScale: 1,
  animations: true,
  typingSpeed: 'normal',
  feedback: 'immediat',
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
}

export function progressKey(scenarioId: string, role: Role): string {
  return `${scenarioId}:${role}`;
}

export function emptyData(): StoredData {
  return { version: STORAGE_VERSION, settings: { ...DEFAULT_SETTINGS }, progress: {}, games: {}, trainer: null };
}

const TYPING: TypingSpeed[] = ['normal', 'rapide', 'instantane'];
const FEEDBACK: FeedbackMode[] = ['immediat', 'examen'];

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function validSettings(x: unknown): Settings | null {
  if (!isObj(x)) return null;
  const s = x as Partial<Settings>;
  if (typeof s.sound !== 'boolean' || typeof s.animations !== 'boolean') return null;
  if (typeof s.volume !== 'number' || !(s.volume >= 0 && s.volume <= 1)) return null;
  if (typeof s.textScale !== 'number' || !(s.textScale >= 1 && s.textScale <= 2)) return null;
  if (!TYPING.includes(s.typingSpeed as TypingSpeed) || !FEEDBACK.includes(s.feedback as FeedbackMode)) return null;
  return { sound: s.sound, volume: s.volume, textScale: s.textScale, animations: s.animations, typingSpeed: s.typingSpeed!, feedback: s.feedback! };
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

/** A game in progress must at least look like a snapshot of this save format (full checks happen on resume). */
function validGame(key: string, x: unknown): boolean {
  let v = x;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return false;
    }
  }
  if (!isObj(v)) return false;
  if (v.format !== SAVE_FORMAT || typeof v.scenarioId !== 'string' || !key.startsWith(v.scenarioId)) return false;
  // Version 1 saves kept the ink state; later ones keep the choices (narrative/snapshot.ts upgrades the former).
  if (v.version === 1) return typeof v.ink === 'string';
  return v.version === SAVE_VERSION && Array.isArray(v.choices);
}

export interface LoadReport {
  data: StoredData;
  /** French messages for the player, one per part that had to be reset. */
  notices: string[];
}

/** Validates stored text part by part; never throws. Notices get French typography (no line break before « : »). */
export function parseStored(text: string | null): LoadReport {
  const report = parseParts(text);
  return { data: report.data, notices: report.notices.map(frenchTypography) };
}

function parseParts(text: string | null): LoadReport {
  const data = emptyData();
  if (text === null) return { data, notices: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { data, notices: ['Vos données enregistrées étaient illisibles : elles ont été remises à zéro.'] };
  }
  if (!isObj(raw)) return { data, notices: ['Vos données enregistrées étaient illisibles : elles ont été remises à zéro.'] };
  const notices: string[] = [];
  const older = typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 0 && raw.version < STORAGE_VERSION;
  if (raw.version !== STORAGE_VERSION && !older) {
    // A newer build or another program's data: its shape is unknown, nothing can be trusted.
    return { data, notices: [`Vos données enregistrées viennent d'une autre version du jeu (version ${String(raw.version)}) : elles ont été remises à zéro.`] };
  }
  if (older) {
    // An older build: each part still goes through its own check below, so what is readable is kept.
    notices.push(`Vos données enregistrées viennent d'une version précédente du jeu (version ${String(raw.version)}) : ce qui était lisible a été conservé.`);
  }
  const settings = validSettings(raw.settings);
  if (settings) data.settings = settings;
  else notices.push('Vos réglages étaient abîmés : les réglages par défaut sont rétablis.');
  if (isObj(raw.progress)) {
    let dropped = 0;
    for (const [k, v] of Object.entries(raw.progress)) {
      const d = validDiscovery(v);
      if (d && /^[a-z0-9-]+:(etudiant|infirmier)$/.test(k)) data.progress[k] = d;
      else dropped++;
    }
    if (dropped) notices.push('Une partie de votre progression était abîmée et a été effacée ; le reste est conservé.');
  } else if (raw.progress !== undefined) notices.push('Votre progression était abîmée et a été remise à zéro.');
  if (isObj(raw.games)) {
    let dropped = 0;
    for (const [k, v] of Object.entries(raw.games)) {
      if (validGame(k, v)) data.games[k] = v;
      else dropped++;
    }
    if (dropped) notices.push(dropped > 1 ? 'Des parties en cours étaient abîmées et ont été effacées ; le reste est conservé.' : 'Une partie en cours était abîmée et a été effacée ; le reste est conservé.');
  } else if (raw.games !== undefined) notices.push('La partie en cours était abîmée et a été effacée.');
  data.trainer = raw.trainer ?? null;
  return { data, notices };
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
