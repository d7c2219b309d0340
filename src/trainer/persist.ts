// The `trainer` part of the game's stored data: one session in progress, versioned and validated
// here (the store only passes the part through). Any window may read it; only the projector writes.
import { AXES, ROLES, type Role } from '../narrative/types';
import { isAuthority } from '../narrative/legal/sanctions';
import { isIndex, isObj } from '../narrative/guards';
import { Store, type KeyValueStorage, type StoreStatus } from '../storage/store';
import { BALLOT_STAGES, FOLLOWED_BY, TIMER_LIMITS, PHASES, SCREENS, SESSION_FORMAT, SESSION_VERSIONS_READ, type ArchivedRun, type FollowedBy, type Round, type SessionData } from './model/types';

export const TRAINER_PART_VERSION = 1;

export interface TrainerPart {
  version: typeof TRAINER_PART_VERSION;
  session: SessionData | null;
}

/** Why the stored session cannot be read; the UI words it (ui/labels/storage.ts). */
export type TrainerLoadProblem = 'damaged' | 'old-version';

export type TrainerLoad =
  | { ok: true; session: SessionData | null }
  | { ok: false; problem: TrainerLoadProblem };

const isStr = (x: unknown): x is string => typeof x === 'string';
const isStrArray = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);
const isCounts = (x: unknown, n?: number): x is number[] => Array.isArray(x) && (n === undefined || x.length === n) && x.every(isIndex);

function validSanction(x: unknown): boolean {
  return isObj(x) && isStr(x.authority) && isAuthority(x.authority) && isStr(x.level) && isIndex(x.rank) && isStrArray(x.refs);
}

function validRound(x: unknown): x is Round {
  if (!isObj(x)) return false;
  const c = x.consequence;
  return (
    isStr(x.decisionId) && isStr(x.prompt) && isStrArray(x.options) && x.options.length > 0 &&
    Array.isArray(x.votes) && x.votes.length === x.options.length && x.votes.every(isIndex) &&
    isIndex(x.followed) && x.followed < x.options.length &&
    FOLLOWED_BY.includes(x.by as FollowedBy) &&
    (x.firstVotes === undefined || isCounts(x.firstVotes, x.options.length)) &&
    isObj(c) && isObj(c.deltas) && AXES.every((a) => typeof (c.deltas as Record<string, unknown>)[a] === 'number') &&
    isStr(c.feedback) && isStrArray(c.refs) && Array.isArray(c.risks) && c.risks.every(validSanction)
  );
}

function validRun(x: unknown): x is ArchivedRun {
  return isObj(x) && Array.isArray(x.rounds) && x.rounds.every(validRound) && (x.ending === null || (isObj(x.ending) && x.ending.kind === 'ending'));
}

function validSettings(x: unknown): boolean {
  return isObj(x) && typeof x.twoRounds === 'boolean' && (x.feedback === 'examen' || x.feedback === 'immediat') &&
    (x.shortPath === null || (isStrArray(x.shortPath) && x.shortPath.length <= 50));
}

function validBallot(x: unknown): boolean {
  if (x === null) return true;
  if (!isObj(x) || !BALLOT_STAGES.includes(x.stage as never)) return false;
  const t = x.timer;
  return (x.first === null || isCounts(x.first)) && (x.second === null || isCounts(x.second)) &&
    (t === null || (isObj(t) && isIndex(t.seconds) && t.seconds >= TIMER_LIMITS.min && t.seconds <= TIMER_LIMITS.max && isStr(t.startedAt) && !Number.isNaN(Date.parse(t.startedAt))));
}

/** Shape check of a session; the session model then checks it against the story (TrainerSession.restore). */
export function validSessionData(x: unknown): x is SessionData {
  if (!isObj(x)) return false;
  return (
    x.format === SESSION_FORMAT && SESSION_VERSIONS_READ.includes(x.version as number) &&
    // Version 2 always writes both; version 1 had neither.
    (x.version === 1 || (validSettings(x.settings) && x.ballot !== undefined && validBallot(x.ballot))) &&
    isStr(x.id) && /^[a-z0-9-]{1,40}$/.test(x.id) &&
    isStr(x.scenarioId) && isStr(x.scenarioTitle) && ROLES.includes(x.role as Role) && isStr(x.startedAt) &&
    PHASES.includes(x.phase as SessionData['phase']) && SCREENS.includes(x.screen as SessionData['screen']) &&
    isIndex(x.shown) && (x.ringing === undefined || typeof x.ringing === 'boolean') && Array.isArray(x.votes) && x.votes.every(isIndex) &&
    (x.pick === null || isIndex(x.pick)) &&
    Array.isArray(x.rounds) && x.rounds.every(validRound) &&
    Array.isArray(x.archive) && x.archive.every(validRun) &&
    isObj(x.snapshot)
  );
}

/** Reads the stored part; `null` or an absent part is simply « no session ». Never throws. */
export function parseTrainerPart(part: unknown): TrainerLoad {
  if (part === null || part === undefined) return { ok: true, session: null };
  if (!isObj(part)) return { ok: false, problem: 'damaged' };
  if (part.version !== TRAINER_PART_VERSION) return { ok: false, problem: 'old-version' };
  if (part.session === null) return { ok: true, session: null };
  if (isObj(part.session) && part.session.version !== undefined && !SESSION_VERSIONS_READ.includes(part.session.version as number)) return { ok: false, problem: 'old-version' };
  return validSessionData(part.session) ? { ok: true, session: part.session } : { ok: false, problem: 'damaged' };
}

export function trainerPart(session: SessionData | null): TrainerPart {
  return { version: TRAINER_PART_VERSION, session };
}

/** The game's own store when there is one (one writer logic for the whole page), else a store on `backend`. */
export type StoreLike = Store | KeyValueStorage | null;

export function asStore(s: StoreLike): Store {
  return s instanceof Store ? s : new Store(s);
}

/** Reads the key again first: the other window (or a solo game in another tab) may have written since. */
export function loadTrainerSession(storage: StoreLike): TrainerLoad {
  const store = asStore(storage);
  store.refresh();
  return parseTrainerPart(store.get().trainer);
}

/**
 * Writes (or clears, with null) the session through the store, which re-reads the key and changes
 * the trainer part only. Returns the store's status: the caller warns when it is not saving.
 */
export function saveTrainerSession(storage: StoreLike, session: SessionData | null): StoreStatus {
  const store = asStore(storage);
  store.update((d) => {
    d.trainer = trainerPart(session);
  });
  return store.status;
}
