// Authority icons drawn in code (stroke paths in a 20×20 box), so the map needs no image files
// and prints crisply at any zoom.
import type { Authority } from '../narrative/types';

export const AUTHORITY_ICONS: Record<Authority, string> = {
  // Mortarboard: the training institute.
  institut: 'M2 8 L10 4 L18 8 L10 12 Z M5 10 V14 C7 16 13 16 15 14 V10 M18 8 V13',
  // Building with a cross: the ward hosting the placement.
  stage: 'M4 18 V5 H16 V18 Z M10 7.5 V13.5 M7 10.5 H13 M8 18 V15.5 H12 V18',
  // Shield: the Ordre.
  ordre: 'M10 2.5 L16.5 5 V10 C16.5 14 13.5 16.5 10 17.5 C6.5 16.5 3.5 14 3.5 10 V5 Z M7 10 L9.2 12.2 L13.2 8',
  // Briefcase: the employer.
  employeur: 'M3 7 H17 V16 H3 Z M7.5 7 V4.5 H12.5 V7 M3 11 H17',
  // Gavel: the criminal court.
  penal: 'M8.5 3 L14.5 9 L11.5 12 L5.5 6 Z M13 10.5 L18 15.5 M3 17.5 H11',
  // Scales: the civil judge.
  civil: 'M10 3 V17 M6.5 17 H13.5 M4 6 H16 M4 6 L1.8 11 H6.2 Z M16 6 L13.8 11 H18.2 Z',
};

/** Badge fill by rank on the common 0..4 scale (0: a talk, 4: the heaviest). */
export const RANK_COLORS = ['#5d6475', '#8a6d00', '#b35c00', '#b3261e', '#6d1020'];

export function rankColor(rank: number): string {
  return RANK_COLORS[Math.max(0, Math.min(RANK_COLORS.length - 1, rank))]!;
}
