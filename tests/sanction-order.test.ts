// The order of each sanction scale, written by hand from the texts the reference table cites
// (not read back from sanctions.ts): the ledger shows « the heaviest » level met on a path, so a
// lighter level ranked above a heavier one would show a blâme where a radiation was risked.
import { describe, expect, it } from 'vitest';
import { heavier, levelRank, scaleOf } from '../src/narrative/legal/sanctions';
import type { Authority, Sanction, Statut } from '../src/narrative/types';

/** Lightest to heaviest, as the cited texts list them. */
const BY_HAND: { authority: Authority; statut?: Statut; source: string; order: string[] }[] = [
  // Arrêté du 21 avril 2007 (ifsi-discipline): « avertissement, blâme, exclusion temporaire, exclusion de la formation ».
  { authority: 'institut', source: 'ifsi-discipline', order: ['avertissement', 'blâme', 'exclusion temporaire', 'exclusion de la formation'] },
  // L.4124-6 CSP (csp-l4124-6): « avertissement, blâme, interdiction temporaire d'exercer, radiation du tableau ».
  { authority: 'ordre', source: 'csp-l4124-6', order: ['avertissement', 'blâme', "interdiction temporaire d'exercer", 'radiation'] },
  // L.533-1 CGFP (cgfp-l533-1): groups 1 to 4.
  { authority: 'employeur', statut: 'titulaire', source: 'cgfp-l533-1', order: ['avertissement', 'exclusion de 4 à 15 jours', 'exclusion de 16 jours à 2 ans', 'révocation'] },
  { authority: 'employeur', statut: 'stagiaire', source: 'fph-stagiaire', order: ['avertissement', 'exclusion temporaire', 'exclusion définitive du service'] },
  { authority: 'employeur', statut: 'contractuel', source: 'fph-contractuel', order: ['avertissement', 'exclusion temporaire', 'licenciement sans préavis ni indemnité'] },
  // Penal: facts brought to the procureur, then proceedings, then a conviction.
  { authority: 'penal', source: 'penal', order: ['plainte', 'poursuites', 'condamnation'] },
  { authority: 'civil', source: 'civil-1240', order: ['mise en demeure', 'retrait ordonné', 'dommages-intérêts'] },
  // The placement reports: an unfavourable evaluation, then a report to the director.
  { authority: 'stage', source: 'ifsi-discipline', order: ['entretien avec la tutrice', 'évaluation de stage défavorable', "signalement au directeur de l'institut"] },
];

/** Within one group of the titulaire's scale (same rank), the texts still list them in this order. */
const SAME_GROUP: { authority: Authority; order: string[] }[] = [
  { authority: 'employeur', order: ['avertissement', 'blâme', 'exclusion de 3 jours au plus'] },
];

const sanction = (authority: Authority, level: string, statut?: Statut): Sanction => ({ authority, level, rank: levelRank(authority, level, statut ?? null)!, refs: [] });

describe('each sanction scale, lightest to heaviest, as the texts list it', () => {
  for (const { authority, statut, source, order } of BY_HAND) {
    it(`${authority}${statut ? ` (${statut})` : ''}, after ${source}: ${order.join(' < ')}`, () => {
      const scale = scaleOf(authority, statut ?? null).map((l) => l.name);
      for (const name of order) expect(scale, name).toContain(name);
      // Ranks strictly grow along the texts' order: the ledger keeps the heaviest by rank.
      const ranks = order.map((n) => levelRank(authority, n, statut ?? null));
      for (let i = 1; i < ranks.length; i++) expect(ranks[i]!, `${order[i]} above ${order[i - 1]}`).toBeGreaterThan(ranks[i - 1]!);
      // And the ledger's comparison agrees, both ways.
      for (let i = 1; i < order.length; i++) {
        const lighter = sanction(authority, order[i - 1]!, statut);
        const heavy = sanction(authority, order[i]!, statut);
        expect(heavier(heavy, lighter), `${order[i]} heavier than ${order[i - 1]}`).toBe(true);
        expect(heavier(lighter, heavy), `${order[i - 1]} not heavier than ${order[i]}`).toBe(false);
      }
    });
  }

  for (const { authority, order } of SAME_GROUP) {
    it(`${authority}: within a group, ${order.join(' < ')}`, () => {
      for (let i = 1; i < order.length; i++) {
        const lighter = sanction(authority, order[i - 1]!);
        const heavy = sanction(authority, order[i]!);
        expect(heavier(heavy, lighter), `${order[i]} heavier than ${order[i - 1]}`).toBe(true);
        expect(heavier(lighter, heavy)).toBe(false);
      }
    });
  }
});
