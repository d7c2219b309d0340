// The learning part of the stored data: quiz answers before and after a scenario, the last result
// code shown, and « Me le rappeler dans une semaine ». Validated entry by entry like the rest of
// the schema: a broken entry is dropped alone. Written through Store.update (re-read and merged).
import type { Role } from '../narrative/types';
import type { Store } from './store';
import { isObj } from '../narrative/guards';

export interface StoredAnswer {
  choice: number;
  sure: boolean;
}

export interface Sitting {
  /** Item id → answer. */
  answers: Record<string, StoredAnswer>;
  at: string;
  /** The quiz's fingerprint when answered: a changed quiz is not compared with an older sitting. */
  quizFingerprint: number;
}

export interface QuizRecord {
  before: Sitting | null;
  after: Sitting | null;
}

export interface Reminder {
  scenarioId: string;
  role: Role;
  /** When the menu may offer the refresher (ISO date). */
  due: string;
  /** Option indexes of the play to revisit (its decisions are found by replaying them). */
  path: number[];
  /** Quiz items missed after the scenario. */
  missed: string[];
  storyFingerprint: string;
}

export interface LearningPart {
  /** key `${scenarioId}:${role}`: the sittings of the current or last play. */
  quiz: Record<string, QuizRecord>;
  /** key `${scenarioId}:${role}`: the last result code shown at a debrief. */
  codes: Record<string, { code: string; at: string }>;
  reminders: Record<string, Reminder>;
}

export function emptyLearning(): LearningPart {
  return { quiz: {}, codes: {}, reminders: {} };
}

const KEY = /^[a-z0-9-]+:(etudiant|infirmier)$/;
const isDate = (x: unknown): x is string => typeof x === 'string' && x.length < 40 && !Number.isNaN(Date.parse(x));

function validSitting(x: unknown): Sitting | null {
  if (!isObj(x) || !isObj(x.answers) || !isDate(x.at) || typeof x.quizFingerprint !== 'number') return null;
  const answers: Record<string, StoredAnswer> = {};
  for (const [id, a] of Object.entries(x.answers)) {
    if (!/^[a-z0-9-]{1,60}$/.test(id) || !isObj(a) || !Number.isInteger(a.choice) || (a.choice as number) < 0 || (a.choice as number) > 9 || typeof a.sure !== 'boolean') return null;
    answers[id] = { choice: a.choice as number, sure: a.sure };
  }
  return { answers, at: x.at, quizFingerprint: x.quizFingerprint };
}

function validReminder(x: unknown): Reminder | null {
  if (!isObj(x) || typeof x.scenarioId !== 'string' || !/^[a-z0-9-]{1,60}$/.test(x.scenarioId)) return null;
  if ((x.role !== 'etudiant' && x.role !== 'infirmier') || !isDate(x.due) || typeof x.storyFingerprint !== 'string') return null;
  if (!Array.isArray(x.path) || x.path.length > 60 || !x.path.every((i) => Number.isInteger(i) && i >= 0 && i < 10)) return null;
  if (!Array.isArray(x.missed) || !x.missed.every((i) => typeof i === 'string' && /^[a-z0-9-]{1,60}$/.test(i))) return null;
  return { scenarioId: x.scenarioId, role: x.role, due: x.due, path: [...x.path], missed: [...x.missed], storyFingerprint: x.storyFingerprint };
}

/** Keeps every readable entry; anything else (missing part, older data) becomes empty. */
export function validLearning(x: unknown): LearningPart {
  const out = emptyLearning();
  if (!isObj(x)) return out;
  if (isObj(x.quiz)) {
    for (const [k, r] of Object.entries(x.quiz)) {
      if (!KEY.test(k) || !isObj(r)) continue;
      const before = r.before === null ? null : validSitting(r.before);
      const after = r.after === null ? null : validSitting(r.after);
      out.quiz[k] = { before, after };
    }
  }
  if (isObj(x.codes)) {
    for (const [k, c] of Object.entries(x.codes)) {
      if (KEY.test(k) && isObj(c) && typeof c.code === 'string' && /^SR[0-9A-Z]{6,60}$/.test(c.code) && isDate(c.at)) out.codes[k] = { code: c.code, at: c.at };
    }
  }
  if (isObj(x.reminders)) {
    for (const [k, r] of Object.entries(x.reminders)) {
      const ok = KEY.test(k) ? validReminder(r) : null;
      if (ok) out.reminders[k] = ok;
    }
  }
  return out;
}

const key = (scenarioId: string, role: Role) => `${scenarioId}:${role}`;

export function quizRecord(store: Store, scenarioId: string, role: Role): QuizRecord {
  return store.get().learning.quiz[key(scenarioId, role)] ?? { before: null, after: null };
}

/** A new play starts: its « before » sitting (or none, skipped) replaces the last play's two. */
export function recordBefore(store: Store, scenarioId: string, role: Role, sitting: Sitting | null): void {
  store.update((d) => {
    d.learning.quiz[key(scenarioId, role)] = { before: sitting, after: null };
  });
}

export function recordAfter(store: Store, scenarioId: string, role: Role, sitting: Sitting): void {
  store.update((d) => {
    const k = key(scenarioId, role);
    d.learning.quiz[k] = { before: d.learning.quiz[k]?.before ?? null, after: sitting };
  });
}

export function recordCode(store: Store, scenarioId: string, role: Role, code: string, now = new Date()): void {
  store.update((d) => {
    d.learning.codes[key(scenarioId, role)] = { code, at: now.toISOString() };
  });
}

export function setReminder(store: Store, r: Reminder): void {
  store.update((d) => {
    d.learning.reminders[key(r.scenarioId, r.role)] = r;
  });
}

export function clearReminder(store: Store, scenarioId: string, role: Role): void {
  store.update((d) => {
    delete d.learning.reminders[key(scenarioId, role)];
  });
}

/** Reminders whose week has passed, oldest first. */
export function dueReminders(store: Store, now = new Date()): Reminder[] {
  return Object.values(store.get().learning.reminders)
    .filter((r) => Date.parse(r.due) <= now.getTime())
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
}
