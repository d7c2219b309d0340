// « Ce qui peut vous arriver »: the one rule every screen uses to say what a path exposes the
// player to. The solo debrief, « Et si… ? », the trainer's projector and its end-of-session summary
// all call pathLedger, so one path can never be shown with two different sanctions (issue 15:
// the debrief used the ending's sanctions alone, the others added the choices' risks).
import { ledgerOf, type LedgerLine } from './scoring';
import type { Consequence, EndingStep, Role, Sanction } from './types';

/** What pathLedger needs of a step: the risks its option opened (a HistoryEntry's, a BranchStep's or a Round's consequence). */
export type LedgerStep = Pick<Consequence, 'risks'>;

/**
 * Every sanction a path exposes the player to: the risks of the options taken, in the order
 * taken, then the ending's sanctions when the path has reached one (null while still playing).
 */
export function pathSanctions(steps: readonly LedgerStep[], ending: Pick<EndingStep, 'sanctions'> | null): Sanction[] {
  return [...steps.flatMap((s) => s.risks), ...(ending?.sanctions ?? [])];
}

/**
 * The ledger of a path. The rule, for each authority that can sanction `role`:
 * - the level shown is the heaviest (highest rank) among the risks of the options taken and the
 *   ending's sanctions; a risk is never cancelled by a lighter ending sanction, because the choice
 *   was made and the authority may still act on it (legal-references.md §3: each authority acts
 *   on its own, on the facts);
 * - on equal ranks, the first one met wins (the options in the order taken, then the ending), so
 *   the line and who acts (`by`, the story's « par: ») belong to one sanction;
 * - the line keeps every legal basis cited for that authority along the path (refs, first-seen
 *   order), lighter ones included: they are what the debrief explains;
 * - authorities that cannot sanction this role are dropped; lines come in sanctions.ts order.
 * During play (`ending` null) it is simply the risks taken so far.
 */
export function pathLedger(steps: readonly LedgerStep[], ending: Pick<EndingStep, 'sanctions'> | null, role: Role): LedgerLine[] {
  return ledgerOf(pathSanctions(steps, ending), role);
}
