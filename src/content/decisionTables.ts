// The decision tables the page ships (stories/<id>.decisions.json, `npm run tables`), one chunk per
// story, loaded only by « Résultats de la classe » and the trainer's short path.
import { findScenario } from './scenarios';
import { isDecisionTable, type DecisionTable } from '../learning/decisionTable';

/**
 * The table shipped for a story; null when missing or unreadable (the class page then replays
 * paths, the short path follows protective answers). Whether it was made from the story the page
 * holds is checked by its fingerprint where it is used.
 */
export async function shippedTable(id: string): Promise<DecisionTable | null> {
  try {
    const t = await findScenario(id)?.decisions?.();
    return isDecisionTable(t, id) ? t : null;
  } catch {
    return null;
  }
}
