// Every field of every message between the trainer's two windows, checked. Any same-origin page can
// post on the channel (another tab, an extension, a stale window of an older build): a message that
// does not have exactly the expected shape is ignored, never applied, saved or drawn (issue 16, item 13).
import { isAuthority } from '../narrative/legal/sanctions';
import { APPS, AUDIENCES, AXES, ROLES, SCREENS as PHONE_SCREENS, SEVERITIES } from '../narrative/types';
import { BALLOT_STAGES, FOLLOWED_BY, TIMER_LIMITS, PHASES, SCREENS, type Command, type SessionView } from './model/types';
import { isObj } from '../narrative/guards';

/** More options than any decision has, more votes than any room holds, more rounds than any session plays. */
export const LIMITS = { options: 12, votes: 999, rounds: 500, text: 20_000, lines: 5_000 } as const;

type Check = (x: unknown) => boolean;

const str: Check = (x) => typeof x === 'string' && x.length <= LIMITS.text;
const optStr: Check = (x) => x === null || str(x);
const bool: Check = (x) => typeof x === 'boolean';
const int = (min: number, max: number): Check => (x) => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;
const num: Check = (x) => typeof x === 'number' && Number.isFinite(x);
const count = int(0, 1_000_000);
const oneOf = (values: readonly unknown[]): Check => (x) => values.includes(x);
const nullable = (c: Check): Check => (x) => x === null || c(x);
const arrayOf = (c: Check, max: number = LIMITS.lines): Check => (x) => Array.isArray(x) && x.length <= max && x.every(c);
const strings = arrayOf(str);
const recordOf = (c: Check): Check => (x) => isObj(x) && Object.values(x).every(c);

/** An object with exactly these keys (optional ones may be absent), each passing its check. */
function shape(fields: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  return (x) => {
    if (!isObj(x)) return false;
    for (const k of Object.keys(x)) if (!(k in fields) && !(k in optional)) return false;
    for (const [k, c] of Object.entries(fields)) if (!c(x[k])) return false;
    for (const [k, c] of Object.entries(optional)) if (k in x && x[k] !== undefined && !c(x[k])) return false;
    return true;
  };
}

// --- Commands (presenter → projector) ----------------------------------------------------------

const option = int(0, LIMITS.options - 1);
const COMMANDS: Record<Command['kind'], Check> = {
  next: shape({ kind: oneOf(['next']) }),
  back: shape({ kind: oneOf(['back']) }),
  cyclePick: shape({ kind: oneOf(['cyclePick']) }),
  reveal: shape({ kind: oneOf(['reveal']) }),
  vote: shape({ kind: oneOf(['vote']), option, delta: oneOf([1, -1]) }),
  setVotes: shape({ kind: oneOf(['setVotes']), option, count: int(0, LIMITS.votes) }),
  pick: shape({ kind: oneOf(['pick']), option: nullable(option) }),
  screen: shape({ kind: oneOf(['screen']), screen: oneOf(['black', 'white']) }),
  replay: shape({ kind: oneOf(['replay']), round: int(0, LIMITS.rounds), option }),
  discuss: shape({ kind: oneOf(['discuss']) }),
  cycleTimer: shape({ kind: oneOf(['cycleTimer']) }),
  timer: shape({ kind: oneOf(['timer']), seconds: nullable(int(TIMER_LIMITS.min, TIMER_LIMITS.max)) }),
};

export function validCommand(x: unknown): x is Command {
  if (!isObj(x) || typeof x.kind !== 'string' || !Object.prototype.hasOwnProperty.call(COMMANDS, x.kind)) return false;
  return COMMANDS[x.kind as Command['kind']](x);
}

// --- The session view (projector → presenter) --------------------------------------------------

const axes = shape(Object.fromEntries(AXES.map((a) => [a, num])));
const sanction = shape({ authority: (x) => typeof x === 'string' && isAuthority(x), level: str, rank: int(0, 10), refs: strings }, { by: str });
const ledgerLine = sanction;
const consequence = shape({ deltas: axes, feedback: str, refs: strings, risks: arrayOf(sanction) });
const timed = { time: optStr, date: optStr };

const LINE_FIELDS: Record<string, Record<string, Check>> = {
  message: { ...timed, app: oneOf(APPS), thread: str, from: str, text: str, photo: optStr },
  notification: { ...timed, app: oneOf(APPS), from: optStr, text: str },
  narration: { text: str },
  timeskip: { ...timed, text: str },
  screen: { screen: oneOf(PHONE_SCREENS), text: str },
  post: { ...timed, id: str, from: str, audience: oneOf(AUDIENCES), text: str, photo: optStr, tagged: strings },
  comment: { ...timed, post: str, from: str, text: str },
  friendRequest: { ...timed, from: str, text: str },
  mail: { ...timed, from: str, subject: str, text: str },
  call: { ...timed, from: str, text: str },
  system: { ...timed, thread: str, text: str, join: optStr, leave: optStr },
  photo: { ...timed, photo: str, text: str },
};
const LINE_CHECKS: Record<string, Check> = Object.fromEntries(
  Object.entries(LINE_FIELDS).map(([kind, fields]) => [kind, shape({ kind: oneOf([kind]), ...fields })]),
);
/** A transcript line: its kind's fields, no other. */
const line: Check = (x) => isObj(x) && typeof x.kind === 'string' && Object.prototype.hasOwnProperty.call(LINE_CHECKS, x.kind) && LINE_CHECKS[x.kind]!(x);

const note = shape({ prompt: str, expect: str, refs: strings });
const followedBy = oneOf(FOLLOWED_BY);
const counts = arrayOf(int(0, LIMITS.votes), LIMITS.options);
const round = shape({
  decisionId: str, prompt: str, options: arrayOf(str, LIMITS.options), votes: counts,
  followed: option, by: followedBy, consequence,
}, { firstVotes: counts });
const timer = shape({ seconds: int(TIMER_LIMITS.min, TIMER_LIMITS.max), startedAt: str });
const settings = shape({ twoRounds: bool, feedback: oneOf(['examen', 'immediat']), shortPath: nullable(arrayOf(str, LIMITS.rounds)) });
const decisionView = shape({
  id: str, number: count, note,
  options: arrayOf(shape({ number: count, text: str, votes: int(0, LIMITS.votes), percent: num, followed: bool, consequence }), LIMITS.options),
  totalVotes: count, followed: nullable(option), by: nullable(followedBy), tie: bool,
  stage: oneOf(BALLOT_STAGES), hidden: bool, firstVotes: nullable(counts), timer: nullable(timer),
}, { voted: bool });
const consequenceView = shape({ round, number: count, scoreBefore: axes, score: axes, risks: arrayOf(sanction) });
const ending = shape({ kind: oneOf(['ending']), id: str, title: str, severity: oneOf(SEVERITIES), sanctions: arrayOf(sanction), refs: strings, debrief: strings, questions: strings });
const summaryDecision = shape({
  number: count, decisionId: str, prompt: str,
  options: arrayOf(shape({ number: count, text: str, votes: int(0, LIMITS.votes), percent: num, followed: bool }), LIMITS.options),
  totalVotes: count, followed: option, by: followedBy, majorityFollowed: bool, feedback: str, deltas: axes, risks: arrayOf(sanction), refs: strings,
  firstRound: nullable(shape({ votes: counts, percents: arrayOf(num, LIMITS.options), total: count })),
  shift: nullable(arrayOf(num, LIMITS.options)),
});
const summaryRun = shape({ number: count, current: bool, decisions: arrayOf(summaryDecision, LIMITS.rounds), ending: nullable(ending), score: axes, ledger: arrayOf(ledgerLine), totalVotes: count });
const summary = shape({ sessionId: str, scenarioId: str, scenarioTitle: str, role: oneOf(ROLES), startedAt: str, settings, runs: arrayOf(summaryRun, LIMITS.rounds) });

const sessionView = shape({
  id: (x) => typeof x === 'string' && /^[a-z0-9-]{1,40}$/.test(x),
  scenarioId: str, scenarioTitle: str, role: oneOf(ROLES), phase: oneOf(PHASES), screen: oneOf(SCREENS), settings,
  transcript: arrayOf(line), shown: count, ringing: nullable(line), remainingLines: count, nextLine: nullable(line),
  decision: nullable(decisionView), consequence: nullable(consequenceView), ending: nullable(ending),
  score: axes, ledger: arrayOf(ledgerLine), nextLabel: str, canBack: bool,
  contacts: recordOf(str), threads: recordOf(str), summary: nullable(summary),
});

/**
 * The whole view, field by field. A field added to the view (or to a step it carries) must be added
 * here too: tests/trainer-messages.test.ts checks the views of a whole session pass.
 */
export function validSessionView(x: unknown): x is SessionView {
  return sessionView(x) && ((x as SessionView).ringing === null || (x as SessionView).ringing!.kind === 'call');
}
