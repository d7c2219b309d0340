// A trainer session's show of hands as the sheet's figures (« 62 % ont choisi … »), read from the
// session's rounds alone (no story needed), so the sheet fills them in after a session as it does
// with class results.
import { frenchTypography } from '../narrative/typography';

/** What the sheet needs of a session's round (trainer/model/types.ts Round has these fields). */
export interface RoundLike {
  decisionId: string;
  options: string[];
  votes: number[];
  firstVotes?: number[];
  by: string;
}

export interface SessionDecisionFigures {
  id: string;
  /** Hands raised at the vote followed (the second round after two). */
  total: number;
  /** Hands at the first round, when the decision ran in two rounds. */
  firstTotal: number | null;
  options: { text: string; count: number; firstCount: number | null }[];
}

export interface SessionFigures {
  scenarioId: string;
  startedAt: string;
  decisions: SessionDecisionFigures[];
}

/**
 * One entry per decision the room voted on: its first vote of the session (a replayed branch shows
 * the same counts again, it is not a new vote). Passed decisions (short path) and decisions with
 * no hands raised are left out: they say nothing about the room.
 */
export function sessionFigures(data: { scenarioId: string; startedAt: string; rounds: readonly RoundLike[]; archive: readonly { rounds: readonly RoundLike[] }[] }): SessionFigures | null {
  const seen = new Map<string, SessionDecisionFigures>();
  for (const r of [...data.archive.flatMap((a) => a.rounds), ...data.rounds]) {
    const total = r.votes.reduce((a, b) => a + b, 0);
    if (r.by === 'parcours' || total === 0 || seen.has(r.decisionId)) continue;
    seen.set(r.decisionId, {
      id: r.decisionId,
      total,
      firstTotal: r.firstVotes ? r.firstVotes.reduce((a, b) => a + b, 0) : null,
      options: r.options.map((text, i) => ({ text, count: r.votes[i] ?? 0, firstCount: r.firstVotes ? r.firstVotes[i] ?? 0 : null })),
    });
  }
  return seen.size ? { scenarioId: data.scenarioId, startedAt: data.startedAt, decisions: [...seen.values()] } : null;
}

const pct = (a: number, b: number) => (b ? Math.round((100 * a) / b) : 0);

/** « 62 % ont choisi « … » (5 mains sur 8) », from a trainer session's show of hands, most chosen first. */
export function sessionFiguresFor(session: SessionFigures | null, decisionId: string): string[] {
  const d = session?.decisions.find((x) => x.id === decisionId);
  if (!d) return [];
  return d.options.map((o, i) => ({ ...o, i })).filter((o) => o.count > 0 || (o.firstCount ?? 0) > 0).sort((a, b) => b.count - a.count || a.i - b.i)
    .map((o) => {
      const first = o.firstCount !== null && d.firstTotal ? ` ; ${pct(o.firstCount, d.firstTotal)} % au premier vote, avant la discussion` : '';
      return `${pct(o.count, d.total)} % ont choisi « ${frenchTypography(o.text)} » (${o.count} main${o.count > 1 ? 's' : ''} sur ${d.total}${first}).`;
    });
}
