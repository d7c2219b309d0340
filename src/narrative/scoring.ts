// Scoring and the sanctions ledger as pure functions of the choices made.
import { heavier, sanctionsForRole, AUTHORITIES } from './legal/sanctions';
import { AXES, type AxisValues, type Consequence, type Role, type Sanction } from './types';

/** Gauges start full-neutral at 0 and are shown on this range. */
export const AXIS_MIN = -10;
export const AXIS_MAX = 10;

export function zeroAxes(): AxisValues {
  return { secret: 0, respect: 0, posture: 0, image: 0 };
}

export function addAxes(a: AxisValues, b: AxisValues): AxisValues {
  const out = zeroAxes();
  for (const axis of AXES) out[axis] = clamp(a[axis] + b[axis]);
  return out;
}

function clamp(v: number): number {
  return Math.max(AXIS_MIN, Math.min(AXIS_MAX, v));
}

export function scoreOf(consequences: readonly Pick<Consequence, 'deltas'>[]): AxisValues {
  return consequences.reduce((acc, c) => addAxes(acc, c.deltas), zeroAxes());
}

/** Per axis, how each choice moved it, for the debrief. */
export function axisContributions(consequences: readonly Consequence[]): Record<keyof AxisValues, number[]> {
  const out = { secret: [] as number[], respect: [] as number[], posture: [] as number[], image: [] as number[] };
  for (const c of consequences) for (const axis of AXES) out[axis].push(c.deltas[axis]);
  return out;
}

export interface LedgerLine {
  authority: Sanction['authority'];
  level: string;
  rank: number;
  refs: string[];
  /** Who acts at that level (`par:`), when the story names them. */
  by?: string;
}

/**
 * Per authority, the heaviest level among `sanctions` (first met on equal ranks, with who acts),
 * with every legal basis that led there. Authorities that cannot sanction this role are dropped.
 * Screens do not call this on a path's parts: they call pathLedger (ledger.ts), which says which
 * sanctions make up a path.
 */
export function ledgerOf(sanctions: readonly Sanction[], role: Role): LedgerLine[] {
  const byAuthority = new Map<Sanction['authority'], LedgerLine>();
  for (const s of sanctionsForRole(sanctions, role)) {
    const cur = byAuthority.get(s.authority);
    if (!cur) {
      byAuthority.set(s.authority, s.by ? { authority: s.authority, level: s.level, rank: s.rank, refs: [...s.refs], by: s.by } : { authority: s.authority, level: s.level, rank: s.rank, refs: [...s.refs] });
      continue;
    }
    if (heavier(s, cur)) {
      cur.rank = s.rank;
      cur.level = s.level;
      if (s.by) cur.by = s.by;
      else delete cur.by;
    } else if (s.level === cur.level && s.by && !cur.by) cur.by = s.by;
    for (const r of s.refs) if (!cur.refs.includes(r)) cur.refs.push(r);
  }
  const order = AUTHORITIES.map((a) => a.id);
  return [...byAuthority.values()].sort((a, b) => order.indexOf(a.authority) - order.indexOf(b.authority));
}

/** Lines whose level rose (or appeared) between two ledgers: what the view animates. */
export function ledgerChanges(before: readonly LedgerLine[], after: readonly LedgerLine[]): LedgerLine[] {
  return after.filter((line) => {
    const prev = before.find((b) => b.authority === line.authority);
    return !prev || heavier(line, prev);
  });
}
