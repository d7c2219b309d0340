// A save is the choices made, not the story's state: scenario, role, story fingerprint and, per
// decision, its id, the option's index and the option's text (issue 15). Everything else (the
// phone's transcript, the score, the ledger, a rewind point per decision) is rebuilt by replaying
// the choices from the start, which takes a few milliseconds and always agrees with the story.
// An ink state is not kept: it weighs ~4 kB where the choices weigh a few hundred bytes (SCORM's
// suspend_data holds 4,096 characters) and replay gives it back exactly.
// Version 1 saves (ink state + full history) are still read: their choices are taken out of them.
// Restoring never throws: it returns a typed error the UI turns into a French message.
import type { ScenarioRunner } from './runner';
import { ROLES, type DecisionStep, type HistoryEntry, type Role } from './types';
import { isIndex, isObj } from './guards';

export const SAVE_FORMAT = 'soignants-reseaux-save';
export const SAVE_VERSION = 2;
/** Versions this build can read (older ones are upgraded when read). */
export const READABLE_SAVE_VERSIONS: readonly number[] = [1, 2];

/** One decision taken: enough to replay it, and to recognise it in another version of the story. */
export interface SavedChoice {
  /** The author's #decision id. */
  decision: string;
  option: number;
  /** The option's text as shown, to replay it when the story changed (migrate.ts). */
  text: string;
}

export interface Snapshot {
  format: typeof SAVE_FORMAT;
  version: typeof SAVE_VERSION;
  scenarioId: string;
  fingerprint: string;
  role: Role;
  /** Camille's gender when the story asks for one. */
  genre?: string;
  savedAt: string;
  choices: SavedChoice[];
}

export type RestoreErrorKind = 'corrupted' | 'truncated' | 'version' | 'other-scenario' | 'story-changed';
/** Why a save cannot be resumed; the UI words it (ui/labels/storage.ts). */
export interface RestoreError {
  kind: RestoreErrorKind;
}

export function restoreError(kind: RestoreErrorKind): RestoreError {
  return { kind };
}

export function isRestoreError(x: unknown): x is RestoreError {
  return typeof x === 'object' && x !== null && 'kind' in x && !('format' in x);
}

export function consequencesOf(history: readonly HistoryEntry[]) {
  return history.map((h) => h.decision.options[h.optionIndex]!.consequence);
}

export function savedChoices(history: readonly HistoryEntry[]): SavedChoice[] {
  return history.map((h) => ({ decision: h.decision.id, option: h.optionIndex, text: h.decision.options[h.optionIndex]!.text }));
}

export function takeSnapshot(runner: ScenarioRunner, now = new Date()): Snapshot {
  const genre = runner.genre;
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenarioId: runner.info.id,
    fingerprint: runner.fingerprint,
    role: runner.currentRole,
    genre,
    savedAt: now.toISOString(),
    choices: savedChoices(runner.choicesMade),
  };
}


/** Checks text (or an already parsed value) is a save this build can resume. */
export function parseSnapshot(input: string | unknown, expect: { scenarioId: string; fingerprint: string }): Snapshot | RestoreError {
  return validate(input, expect.scenarioId, expect.fingerprint);
}

/**
 * The same checks, except that the save may come from another version of the story (it can then
 * only be replayed choice by choice, see migrate.ts).
 */
export function readSnapshot(input: string | unknown, scenarioId: string): Snapshot | RestoreError {
  return validate(input, scenarioId, null);
}

function validChoice(x: unknown): x is SavedChoice {
  return isObj(x) && typeof x.decision === 'string' && isIndex(x.option) && typeof x.text === 'string';
}

/** Version 1 kept every decision whole: take the choices out of it (its own checks first). */
function upgradeV1(data: Record<string, unknown>): Snapshot | RestoreError {
  const ok = typeof data.ink === 'string' && Array.isArray(data.history) && Array.isArray(data.transcript) && isObj(data.score);
  if (!ok) return restoreError('corrupted');
  const choices: SavedChoice[] = [];
  for (const h of data.history as unknown[]) {
    if (!isObj(h) || !isObj(h.decision) || !isIndex(h.optionIndex)) return restoreError('corrupted');
    const d = h.decision as unknown as DecisionStep;
    const option = Array.isArray(d.options) ? (d.options[h.optionIndex] as unknown) : undefined;
    if (typeof d.id !== 'string' || !isObj(option) || typeof option.text !== 'string' || !isObj(option.consequence)) return restoreError('corrupted');
    choices.push({ decision: d.id, option: h.optionIndex, text: option.text });
  }
  return {
    format: SAVE_FORMAT, version: SAVE_VERSION, scenarioId: data.scenarioId as string, fingerprint: data.fingerprint as string,
    role: data.role as Role, savedAt: typeof data.savedAt === 'string' ? data.savedAt : '', choices,
  };
}

function validate(input: string | unknown, scenarioId: string, fingerprint: string | null): Snapshot | RestoreError {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      const msg = (e as Error).message;
      const t = input.trim();
      const truncated = /end of (JSON )?input|Unterminated|Unexpected end/i.test(msg) || (t.startsWith('{') && !t.endsWith('}'));
      return restoreError(truncated ? 'truncated' : 'corrupted');
    }
  }
  if (!isObj(data) || data.format !== SAVE_FORMAT) return restoreError('corrupted');
  if (!READABLE_SAVE_VERSIONS.includes(data.version as number)) return restoreError('version');
  if (typeof data.scenarioId !== 'string' || typeof data.fingerprint !== 'string') return restoreError('corrupted');
  if (data.scenarioId !== scenarioId) return restoreError('other-scenario');
  if (fingerprint !== null && data.fingerprint !== fingerprint) return restoreError('story-changed');
  if (!ROLES.includes(data.role as Role)) return restoreError('corrupted');
  if (data.genre !== undefined && (typeof data.genre !== 'string' || !/^[a-z]{1,8}$/.test(data.genre))) return restoreError('corrupted');
  if (data.version === 1) return upgradeV1(data);
  if (!Array.isArray(data.choices) || !data.choices.every(validChoice)) return restoreError('corrupted');
  const snap: Snapshot = {
    format: SAVE_FORMAT, version: SAVE_VERSION, scenarioId: data.scenarioId, fingerprint: data.fingerprint, role: data.role as Role,
    savedAt: typeof data.savedAt === 'string' ? data.savedAt : '', choices: (data.choices as SavedChoice[]).map((c) => ({ decision: c.decision, option: c.option, text: c.text })),
  };
  if (typeof data.genre === 'string') snap.genre = data.genre;
  return snap;
}

/** Starts `runner` again in the save's role (and gender). */
export function startAsSaved(runner: ScenarioRunner, snap: Pick<Snapshot, 'role' | 'genre'>): void {
  if (snap.genre === 'f' || snap.genre === 'm') runner.genre = snap.genre;
  runner.start(snap.role);
}

/**
 * Puts a runner back where the snapshot was taken by replaying its choices on this very version
 * of the story. Each choice must meet the decision it was made at, with the same option text:
 * anything else means the save does not belong to this story state and is refused whole.
 */
export function restoreSnapshot(runner: ScenarioRunner, snap: Snapshot): RestoreError | null {
  try {
    startAsSaved(runner, snap);
    for (const c of snap.choices) {
      const stop = runner.currentStop;
      if (stop?.kind !== 'decision' || stop.id !== c.decision || stop.options[c.option]?.text !== c.text) return restoreError('corrupted');
      runner.choose(c.option);
    }
    return null;
  } catch {
    return restoreError('corrupted');
  }
}
