// Who can sanction whom, on which scale. The chain depends on the role
// (legal-references.md §3): a student answers to the institute and the host ward,
// never to the Ordre; a nurse answers to the Ordre and the employer. Both face the courts.
import type { Authority, Role, Sanction } from '../types';

export interface AuthorityInfo {
  id: Authority;
  name: string;
  roles: readonly Role[];
  /** Levels from lightest to heaviest; the rank of a level is its index + 1, or 0 for a talk. */
  levels: readonly string[];
  /** Level names accepted at rank 0: a warning talk, not yet a sanction. */
  talks: readonly string[];
  /** Reference that states this authority's scale, shown on the debrief. */
  basis: string;
}

export const AUTHORITIES: readonly AuthorityInfo[] = [
  { id: 'institut', name: 'Institut de formation', roles: ['etudiant'], levels: ['avertissement', 'blâme', 'exclusion temporaire', 'exclusion de la formation'], talks: ['entretien avec la direction'], basis: 'ifsi-discipline' },
  { id: 'stage', name: "Établissement d'accueil du stage", roles: ['etudiant'], levels: ['signalement à l\'institut', 'fin du stage'], talks: ['entretien avec la cadre'], basis: 'ifsi-discipline' },
  { id: 'ordre', name: "Ordre des infirmiers (chambre disciplinaire)", roles: ['infirmier'], levels: ['avertissement', 'blâme', "interdiction temporaire d'exercer", 'radiation'], talks: ['conciliation'], basis: 'csp-l4124-6' },
  { id: 'employeur', name: 'Employeur', roles: ['infirmier'], levels: ['avertissement', 'blâme', 'exclusion temporaire', 'licenciement pour faute grave'], talks: ['entretien avec la cadre'], basis: 'cgfp-l533-1' },
  { id: 'penal', name: 'Tribunal correctionnel', roles: ['etudiant', 'infirmier'], levels: ['plainte', 'poursuites', 'condamnation'], talks: [], basis: 'penal' },
  { id: 'civil', name: 'Juge civil', roles: ['etudiant', 'infirmier'], levels: ['mise en demeure', 'retrait ordonné', 'dommages-intérêts'], talks: [], basis: 'cc-9' },
];

const BY_ID = new Map(AUTHORITIES.map((a) => [a.id, a]));

export function authorityInfo(id: Authority): AuthorityInfo {
  const info = BY_ID.get(id);
  if (!info) throw new Error(`unknown authority ${id}`);
  return info;
}

export function isAuthority(id: string): id is Authority {
  return BY_ID.has(id as Authority);
}

/** Rank of a level on its authority's scale, or null when the level is not on it. */
export function levelRank(authority: Authority, level: string): number | null {
  const info = authorityInfo(authority);
  const norm = level.trim().toLowerCase();
  if (info.talks.includes(norm)) return 0;
  const i = info.levels.indexOf(norm);
  if (i < 0) return null;
  // Scales have 2 to 4 steps; stretch them to 1..4 so ranks compare across authorities.
  return Math.round(1 + (i * 3) / Math.max(1, info.levels.length - 1));
}

export function appliesToRole(authority: Authority, role: Role): boolean {
  return authorityInfo(authority).roles.includes(role);
}

export function sanctionsForRole(sanctions: readonly Sanction[], role: Role): Sanction[] {
  return sanctions.filter((s) => appliesToRole(s.authority, role));
}
