// A save is the ink state JSON plus what the game adds (history, transcript, score, ledger),
// under a format version. Restoring never throws: it returns a typed error the view
// turns into a French message and a clean start.
import type { ScenarioRunner } from './runner';
import { pathLedger } from './ledger';
import { scoreOf, type LedgerLine } from './scoring';
import { ROLES, type AxisValues, type DecisionStep, type EndingStep, type HistoryEntry, type LineStep, type Role, type StoryContext } from './types';

export const SAVE_FORMAT = 'soignants-reseaux-save';
export const SAVE_VERSION = 1;

export interface Snapshot {
  format: typeof SAVE_FORMAT;
  version: typeof SAVE_VERSION;
  scenarioId: string;
  fingerprint: string;
  role: Role;
  savedAt: string;
  ink: string;
  context: StoryContext;
  history: HistoryEntry[];
  transcript: LineStep[];
  stop: DecisionStep | EndingStep | null;
  score: AxisValues;
  ledger: LedgerLine[];
}

export type RestoreErrorKind = 'corrupted' | 'truncated' | 'version' | 'other-scenario' | 'story-changed';
export interface RestoreError {
  kind: RestoreErrorKind;
  message: string;
}

const MESSAGES: Record<RestoreErrorKind, string> = {
  corrupted: 'La sauvegarde de cette partie est abîmée et ne peut pas être relue. La partie recommence au début ; vos autres progrès sont conservés.',
  truncated: 'La sauvegarde de cette partie est incomplète (peut-être une fermeture pendant l\'enregistrement). La partie recommence au début ; vos autres progrès sont conservés.',
  version: 'Cette sauvegarde vient d\'une autre version du jeu et ne peut pas être reprise. La partie recommence au début ; vos autres progrès sont conservés.',
  'other-scenario': 'Cette sauvegarde appartient à un autre scénario. La partie recommence au début.',
  'story-changed': 'Le scénario a été modifié depuis cette sauvegarde. La partie recommence au début ; vos autres progrès sont conservés.',
};

export function restoreError(kind: RestoreErrorKind): RestoreError {
  return { kind, message: MESSAGES[kind] };
}

export function isRestoreError(x: unknown): x is RestoreError {
  return typeof x === 'object' && x !== null && 'kind' in x && 'message' in x && !('format' in x);
}

export function consequencesOf(history: readonly HistoryEntry[]) {
  return history.map((h) => h.decision.options[h.optionIndex]!.consequence);
}

export function takeSnapshot(runner: ScenarioRunner, now = new Date()): Snapshot {
  const s = runner.exportState();
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenarioId: runner.info.id,
    fingerprint: runner.fingerprint,
    role: s.role,
    savedAt: now.toISOString(),
    ink: s.ink,
    context: s.context,
    history: s.history,
    transcript: s.transcript,
    stop: s.stop,
    score: scoreOf(consequencesOf(s.history)),
    ledger: pathLedger(consequencesOf(s.history), s.stop?.kind === 'ending' ? s.stop : null, s.role),
  };
}

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
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
  if (data.version !== SAVE_VERSION) return restoreError('version');
  if (typeof data.scenarioId !== 'string' || typeof data.fingerprint !== 'string') return restoreError('corrupted');
  if (data.scenarioId !== scenarioId) return restoreError('other-scenario');
  if (fingerprint !== null && data.fingerprint !== fingerprint) return restoreError('story-changed');
  const ok =
    typeof data.ink === 'string' &&
    ROLES.includes(data.role as Role) &&
    isObj(data.context) &&
    Array.isArray(data.history) &&
    Array.isArray(data.transcript) &&
    (data.stop === null || isObj(data.stop)) &&
    isObj(data.score) &&
    Array.isArray(data.ledger);
  if (!ok) return restoreError('corrupted');
  const history = data.history as HistoryEntry[];
  for (const h of history) {
    if (!isObj(h) || !isObj(h.decision) || !Array.isArray((h.decision as DecisionStep).options) || typeof h.stateBefore !== 'string' || !isObj((h.decision as DecisionStep).options[h.optionIndex]?.consequence)) {
      return restoreError('corrupted');
    }
  }
  // The score is derived from the history: a mismatch means someone edited one and not the other.
  let score: AxisValues;
  try {
    score = scoreOf(consequencesOf(history));
  } catch {
    return restoreError('corrupted');
  }
  const saved = data.score as AxisValues;
  if ((Object.keys(score) as (keyof AxisValues)[]).some((k) => saved[k] !== score[k])) return restoreError('corrupted');
  return data as unknown as Snapshot;
}

/** Puts a runner back where the snapshot was taken. */
export function restoreSnapshot(runner: ScenarioRunner, snap: Snapshot): RestoreError | null {
  try {
    runner.importState({ ink: snap.ink, context: snap.context, history: snap.history, transcript: snap.transcript, stop: snap.stop, role: snap.role });
    return null;
  } catch {
    return restoreError('corrupted');
  }
}
