// Show-of-hands arithmetic, apart from the session so the rules read in one place.
import type { FollowedBy } from './types';

/** A room rarely has more hands than this; the cap stops a stuck key from producing absurd figures. */
export const MAX_VOTES = 999;

export function emptyVotes(optionCount: number): number[] {
  return Array.from({ length: optionCount }, () => 0);
}

/** New counts with one option moved by `delta`, never below 0 nor above MAX_VOTES. */
export function withVote(votes: readonly number[], option: number, delta: number): number[] {
  return votes.map((v, i) => (i === option ? clampVotes(v + delta) : v));
}

export function clampVotes(n: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.max(0, Math.min(MAX_VOTES, Math.trunc(n)));
}

/** The single option with the most votes, or null when the top is shared (0 votes everywhere included). */
export function majority(votes: readonly number[]): number | null {
  if (votes.length === 1) return 0;
  let best = -1;
  let bestIndex: number | null = null;
  let shared = false;
  votes.forEach((v, i) => {
    if (v > best) {
      best = v;
      bestIndex = i;
      shared = false;
    } else if (v === best) shared = true;
  });
  return shared ? null : bestIndex;
}

export interface Followed {
  option: number | null;
  by: FollowedBy | null;
  tie: boolean;
}

/** The option to follow: the trainer's pick when there is one, else the majority; a tie waits for a pick. */
export function followedOption(votes: readonly number[], pick: number | null): Followed {
  const top = majority(votes);
  const tie = top === null;
  if (pick !== null && pick >= 0 && pick < votes.length) return { option: pick, by: 'formateur', tie };
  return { option: top, by: top === null ? null : 'majorite', tie };
}

export function percentages(votes: readonly number[]): number[] {
  const total = votes.reduce((a, b) => a + b, 0);
  return votes.map((v) => (total === 0 ? 0 : Math.round((v * 100) / total)));
}

/** Whether `option` has the most votes, alone or tied. */
export function isTopVoted(votes: readonly number[], option: number): boolean {
  const max = Math.max(...votes);
  return votes[option] === max;
}

/** Per option, the second round's share minus the first's, in percentage points. */
export function shiftOf(first: readonly number[], second: readonly number[]): number[] {
  const a = percentages(first);
  const b = percentages(second);
  return b.map((p, i) => p - (a[i] ?? 0));
}
