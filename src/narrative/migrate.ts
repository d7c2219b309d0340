// Trainers edit the stories between classes, and any edit changes the compiled story: the ink
// state of a save made before then means nothing to the new version. The choices still do, so
// they are replayed one by one on the new version for as long as it asks the same decision and
// still offers the same answer; the game goes on from where the two versions part.
import type { ScenarioRunner } from './runner';
import { isRestoreError, readSnapshot, restoreError, restoreSnapshot, startAsSaved, type RestoreError, type Snapshot } from './snapshot';
import type { ChoiceOption, Role } from './types';

export interface SaveMigration {
  /** How many of the saved choices the new version took back. */
  replayed: number;
  total: number;
  role: Role;
  /** The new version ends the story within the replayed choices. The UI words all this (ui/labels/storage.ts). */
  stoppedAtEnding: boolean;
}

export type ResumeResult =
  /** `migration` is null when the save was made against this very version and restored as it was. */
  | { ok: true; migration: SaveMigration | null }
  | { ok: false; error: RestoreError };

/**
 * What an author may retouch in an answer without changing it: case, spacing (ordinary or
 * non-breaking, before « : » or not), straight or curly apostrophes and quotes, « ... » or « … ».
 */
export function normaliseChoiceText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('fr')
    .replace(/[\u2018\u2019\u02BC\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E"]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/\s+/gu, ' ')
    .replace(/ ?([:;!?»]) ?/g, '$1')
    .replace(/« ?/g, '«')
    .trim();
}

/** The option of `options` that is the saved answer: same text, else the same once normalised. */
export function matchingOption(options: readonly ChoiceOption[], savedText: unknown): number {
  if (typeof savedText !== 'string') return -1;
  const exact = options.findIndex((o) => o.text === savedText);
  if (exact >= 0) return exact;
  const wanted = normaliseChoiceText(savedText);
  return options.findIndex((o) => normaliseChoiceText(o.text) === wanted);
}

/**
 * Starts `runner` again in the save's role and takes the saved choices while the new version
 * matches them: same decision id (the author's #decision), an option with the same text.
 */
export function replaySavedChoices(runner: ScenarioRunner, snap: Snapshot): SaveMigration {
  startAsSaved(runner, snap);
  let replayed = 0;
  for (const entry of snap.choices) {
    const stop = runner.currentStop;
    if (stop?.kind !== 'decision' || stop.id !== entry.decision) break;
    const i = matchingOption(stop.options, entry.text);
    if (i < 0) break;
    runner.choose(i);
    replayed++;
  }
  const total = snap.choices.length;
  return { replayed, total, role: snap.role, stoppedAtEnding: runner.currentStop?.kind === 'ending' };
}

/**
 * Puts `runner` where a save left off: exactly as saved when it was made against this version,
 * by replaying its choices when it was made against another version of the same scenario.
 * Any other problem (damaged, cut off, other save format, other scenario) is a typed error.
 */
export function resumeSave(runner: ScenarioRunner, input: string | unknown, expect: { scenarioId: string; fingerprint: string }): ResumeResult {
  const snap = readSnapshot(input, expect.scenarioId);
  if (isRestoreError(snap)) return { ok: false, error: snap };
  if (snap.fingerprint === expect.fingerprint) {
    const err = restoreSnapshot(runner, snap);
    return err ? { ok: false, error: err } : { ok: true, migration: null };
  }
  try {
    return { ok: true, migration: replaySavedChoices(runner, snap) };
  } catch {
    return { ok: false, error: restoreError('corrupted') };
  }
}

/** A game kept as its choices only (SCORM 1.2 suspend_data): the option index taken at each decision. */
export interface ChoicePath {
  role: Role;
  /** Camille's gender, when the story has one. */
  genre?: string;
  fingerprint: string;
  choices: readonly number[];
}

/**
 * Starts `runner` in the path's role and takes its choices again. Same version (fingerprint): the
 * path is the game as it was, and null is returned. Another version: the choices are taken while
 * the new version still asks a decision that has that option, and the migration says how many.
 * Only indexes are kept (4,096 characters of SCORM 1.2 suspend_data), so a reworded answer at the
 * same place counts as the same answer.
 */
export function replayChoicePath(runner: ScenarioRunner, path: ChoicePath): SaveMigration | null {
  startAsSaved(runner, { role: path.role, genre: path.genre || undefined });
  let replayed = 0;
  for (const i of path.choices) {
    const stop = runner.currentStop;
    if (stop?.kind !== 'decision' || !Number.isInteger(i) || i < 0 || i >= stop.options.length) break;
    runner.choose(i);
    replayed++;
  }
  const total = path.choices.length;
  if (path.fingerprint === runner.fingerprint && replayed === total) return null;
  return { replayed, total, role: path.role, stoppedAtEnding: runner.currentStop?.kind === 'ending' };
}
