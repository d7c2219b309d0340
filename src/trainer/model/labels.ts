// French wording shared by the summary, its exports and both windows.
import { authorityInfo, levelWithActor } from '../../narrative/legal/sanctions';
import { referenceLabel } from '../../narrative/legal/references';
import type { LedgerLine } from '../../narrative/scoring';
import type { Sanction } from '../../narrative/types';
import type { FollowedBy } from './types';

// Role and severity wording is the debrief's, so the room and the solo player read the same words.
export { ROLE_LABELS, SEVERITY_LABELS } from '../../debrief/labels';

export const FOLLOWED_BY_LABELS: Record<FollowedBy, string> = {
  majorite: 'majorité du groupe',
  formateur: 'choix du formateur',
  parcours: 'hors du parcours court, réponse qui mène aux décisions de la fiche',
};

/** « Institut de formation (directeur, section disciplinaire) — avertissement », with who acts when named. */
export function sanctionLabel(s: Sanction | LedgerLine): string {
  return `${authorityInfo(s.authority).name} — ${levelWithActor(s.level, s.by)}`;
}

export function refsLabel(ids: readonly string[]): string {
  return ids.map(referenceLabel).join(' ; ');
}

