// Reads and checks a story's photo file. Pure: the caller reads the file, so the same code runs in
// the build, in stories:check and in the tests, and every problem names its line.
import { lineOf, parseDataJson } from '../dataFile.ts';
import type { MediaItem, MediaScene } from './types';

export const MEDIA_SCENES: readonly MediaScene[] = ['selfie', 'bed', 'wound', 'document', 'screenshot', 'poster', 'landscape', 'object'];

export interface MediaProblem {
  file: string;
  line: number;
  message: string;
}

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const KEYS = new Set(['id', 'alt', 'scene', 'identifiers', 'blurred', 'cropped', 'sign', 'bracelet', 'patientBehind']);


export function parseMediaFile(text: string, file: string): { items: MediaItem[]; problems: MediaProblem[] } {
  const problems: MediaProblem[] = [];
  const items: MediaItem[] = [];
  const json = parseDataJson(text);
  if (!json.ok) return { items, problems: [{ file, line: json.line, message: `fichier de photos illisible : ce n'est pas du JSON valide (${json.error})` }] };
  const data = json.data;
  if (!Array.isArray(data)) return { items, problems: [{ file, line: 1, message: 'fichier de photos : une liste [ … ] de photos est attendue' }] };
  const seen = new Set<string>();
  let cursor = 0;
  for (const raw of data) {
    const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
    const line = id ? lineOf(text, `"${id}"`, cursor) : lineOf(text, '{', cursor);
    if (id) cursor = Math.max(cursor, text.indexOf(`"${id}"`, cursor) + 1);
    const report = (message: string) => problems.push({ file, line, message });
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) { report('chaque photo est un objet { "id": …, "alt": …, "scene": …, "identifiers": [] }'); continue; }
    const r = raw as Record<string, unknown>;
    for (const k of Object.keys(r)) if (!KEYS.has(k)) report(`champ inconnu « ${k} » (champs : ${[...KEYS].join(', ')})`);
    if (!id || !ID.test(id)) { report(`identifiant de photo invalide « ${String(r.id)} » (minuscules, chiffres, - et _)`); continue; }
    if (seen.has(id)) report(`photo « ${id} » déclarée deux fois`);
    seen.add(id);
    if (typeof r.alt !== 'string' || r.alt.trim().length < 10) report(`photo « ${id} » : « alt » doit décrire l'image en français (une phrase au moins)`);
    if (typeof r.scene !== 'string' || !(MEDIA_SCENES as readonly string[]).includes(r.scene)) report(`photo « ${id} » : « scene » doit valoir ${MEDIA_SCENES.join(', ')}`);
    if (!Array.isArray(r.identifiers) || r.identifiers.some((x) => typeof x !== 'string')) report(`photo « ${id} » : « identifiers » est une liste de textes (ce qui rend quelqu'un reconnaissable), [] s'il n'y a rien`);
    for (const k of ['blurred', 'cropped', 'patientBehind'] as const) if (k in r && typeof r[k] !== 'boolean') report(`photo « ${id} » : « ${k} » vaut true ou false`);
    if ('sign' in r && typeof r.sign !== 'string') report(`photo « ${id} » : « sign » est le texte d'un panneau`);
    if ('bracelet' in r && typeof r.bracelet !== 'string') report(`photo « ${id} » : « bracelet » est ce que lit le bracelet d'identification`);
    if (problems.some((p) => p.line === line)) continue;
    const item: MediaItem = { id, alt: r.alt as string, scene: r.scene as MediaScene, identifiers: r.identifiers as string[] };
    if (r.blurred) item.blurred = true;
    if (r.cropped) item.cropped = true;
    if (typeof r.sign === 'string') item.sign = r.sign;
    if (typeof r.bracelet === 'string') item.bracelet = r.bracelet;
    if (r.patientBehind) item.patientBehind = true;
    items.push(item);
  }
  return { items, problems };
}
