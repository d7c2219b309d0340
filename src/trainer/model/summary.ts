// The end-of-session summary: figures per decision and per path, built from the rounds only,
// so archived paths (before a replay) summarise exactly like the current one.
import { sanctionsForRole } from '../../narrative/legal/sanctions';
import { pathLedger } from '../../narrative/ledger';
import { scoreOf } from '../../narrative/scoring';
import type { EndingStep, Role } from '../../narrative/types';
import type { ArchivedRun, Round, SessionSettings, Summary, SummaryDecision, SummaryRun } from './types';
import { isTopVoted, percentages, shiftOf } from './votes';

export interface SummaryInput {
  sessionId: string;
  scenarioId: string;
  scenarioTitle: string;
  role: Role;
  startedAt: string;
  settings: SessionSettings;
  archive: readonly ArchivedRun[];
  current: { rounds: readonly Round[]; ending: EndingStep | null };
}

function summariseDecision(round: Round, index: number, role: Role): SummaryDecision {
  const pct = percentages(round.votes);
  const c = round.consequence;
  return {
    number: index + 1,
    decisionId: round.decisionId,
    prompt: round.prompt,
    options: round.options.map((text, i) => ({
      number: i + 1, text, votes: round.votes[i] ?? 0, percent: pct[i] ?? 0, followed: i === round.followed,
    })),
    totalVotes: round.votes.reduce((a, b) => a + b, 0),
    followed: round.followed,
    by: round.by,
    majorityFollowed: isTopVoted(round.votes, round.followed),
    firstRound: round.firstVotes
      ? { votes: [...round.firstVotes], percents: percentages(round.firstVotes), total: round.firstVotes.reduce((a, b) => a + b, 0) }
      : null,
    shift: round.firstVotes ? shiftOf(round.firstVotes, round.votes) : null,
    feedback: c.feedback,
    deltas: { ...c.deltas },
    risks: sanctionsForRole(c.risks, role),
    refs: [...c.refs],
  };
}

function summariseRun(rounds: readonly Round[], ending: EndingStep | null, number: number, current: boolean, role: Role): SummaryRun {
  const decisions = rounds.map((r, i) => summariseDecision(r, i, role));
  return {
    number,
    current,
    decisions,
    ending,
    score: scoreOf(rounds.map((r) => r.consequence)),
    ledger: pathLedger(rounds.map((r) => r.consequence), ending, role),
    totalVotes: decisions.reduce((a, d) => a + d.totalVotes, 0),
  };
}

export function buildSummary(input: SummaryInput): Summary {
  const runs = input.archive.map((a, i) => summariseRun(a.rounds, a.ending, i + 1, false, input.role));
  runs.push(summariseRun(input.current.rounds, input.current.ending, runs.length + 1, true, input.role));
  return {
    sessionId: input.sessionId,
    scenarioId: input.scenarioId,
    scenarioTitle: input.scenarioTitle,
    role: input.role,
    startedAt: input.startedAt,
    settings: { ...input.settings, shortPath: input.settings.shortPath ? [...input.settings.shortPath] : null },
    runs,
  };
}
