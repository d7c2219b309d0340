// Who can sanction whom, on which scale (legal-references.md §3). The chain depends on the role:
// a student answers to the institute (its director and disciplinary section), while the host
// hospital and the placement's teaching staff only report; a nurse of a public hospital answers to
// the Ordre and to the hospital's director, on the scale of the nurse's status. Both face the courts,
// and the civil or administrative judge orders reparation (it does not sanction).
import type { Authority, Role, Sanction, Statut } from '../types';

export const STATUTS: readonly Statut[] = ['titulaire', 'stagiaire', 'contractuel', 'liberal'];

export function isStatut(s: string): s is Statut {
  return (STATUTS as readonly string[]).includes(s);
}

/** What a level is: a talk or a measure is not a sanction; a report hands the case to someone else. */
export type LevelKind = 'talk' | 'measure' | 'report' | 'sanction' | 'reparation' | 'procedure';

export interface Level {
  name: string;
  /**
   * Gravity on the game's common 0..4 scale, written out (not computed from the position) so that
   * two scales can be compared: 0 a talk or a protective measure, 4 the heaviest outcome. For the
   * employer of a titulaire, rank = the sanction's group (cgfp-l533-1).
   */
  rank: number;
  kind: LevelKind;
}

export interface AuthorityInfo {
  id: Authority;
  /** Who decides, as shown to the learner (« Institut de formation (directeur, section disciplinaire) »). */
  name: string;
  /** A line under the name when the authority's power needs saying (« il signale, il ne sanctionne pas »). */
  note: string | null;
  roles: readonly Role[];
  /** Levels from lightest to heaviest. For the employer, the levels of every status (see employerScale). */
  levels: readonly Level[];
  /** References that state this authority's scale or procedure, shown on the debrief. */
  basis: readonly string[];
}

const talk = (name: string): Level => ({ name, rank: 0, kind: 'talk' });
const lvl = (name: string, rank: number, kind: LevelKind = 'sanction'): Level => ({ name, rank, kind });

const EMPLOYER_TALK = talk('entretien avec la cadre');

/** Employer scales of a public hospital, by the status of the nurse staged (cgfp-l533-1, fph-stagiaire, fph-contractuel); private labour law (employeur-prive) has no place here. */
const EMPLOYER_SCALES: Record<Statut, { levels: readonly Level[]; basis: readonly string[] }> = {
  titulaire: {
    levels: [
      EMPLOYER_TALK,
      lvl('avertissement', 1), lvl('blâme', 1), lvl('exclusion de 3 jours au plus', 1),
      lvl('exclusion de 4 à 15 jours', 2), lvl('exclusion de 16 jours à 2 ans', 3), lvl('révocation', 4),
    ],
    basis: ['cgfp-l533-1', 'fph-procedure'],
  },
  stagiaire: {
    levels: [EMPLOYER_TALK, lvl('avertissement', 1), lvl('blâme', 1), lvl('exclusion temporaire', 2), lvl('exclusion définitive du service', 4)],
    basis: ['fph-stagiaire', 'fph-procedure'],
  },
  contractuel: {
    levels: [EMPLOYER_TALK, lvl('avertissement', 1), lvl('blâme', 1), lvl('exclusion temporaire', 2), lvl('licenciement sans préavis ni indemnité', 4)],
    basis: ['fph-contractuel', 'fph-procedure'],
  },
  // An independent nurse has no employer: any employer line in such a story is refused by stories:check.
  liberal: { levels: [], basis: [] },
};

/** Every employer level of any status, each once, in order: what a tag may name before the status is known. */
const ALL_EMPLOYER_LEVELS: readonly Level[] = (() => {
  const out: Level[] = [];
  for (const s of STATUTS) for (const l of EMPLOYER_SCALES[s].levels) if (!out.some((o) => o.name === l.name)) out.push(l);
  return out.sort((a, b) => a.rank - b.rank);
})();

export const AUTHORITIES: readonly AuthorityInfo[] = [
  {
    id: 'institut', name: 'Institut de formation (directeur, section disciplinaire)', note: null, roles: ['etudiant'],
    levels: [
      talk("entretien avec le directeur de l'institut"),
      // A protective measure decided by the director when patients are endangered, not a sanction.
      lvl('suspension du stage', 0, 'measure'),
      lvl('avertissement', 1), lvl('blâme', 2), lvl('exclusion temporaire', 3), lvl('exclusion de la formation', 4),
    ],
    basis: ['ifsi-discipline'],
  },
  {
    id: 'stage', name: 'Stage : voie pédagogique (tutrice, formateur référent)', note: 'Il signale, il ne sanctionne pas.', roles: ['etudiant'],
    levels: [
      talk('entretien avec la tutrice'), talk('entretien avec le formateur référent'),
      lvl('évaluation de stage défavorable', 1, 'report'), lvl("signalement au directeur de l'institut", 2, 'report'),
    ],
    basis: ['ifsi-discipline'],
  },
  {
    id: 'ordre', name: 'Ordre des infirmiers (conseil départemental, chambre disciplinaire)', note: null, roles: ['infirmier'],
    levels: [
      lvl('plainte au conseil départemental', 0, 'procedure'), lvl('conciliation', 0, 'procedure'),
      lvl('avertissement', 1), lvl('blâme', 2), lvl("interdiction temporaire d'exercer", 3), lvl('radiation', 4),
    ],
    basis: ['csp-l4124-6'],
  },
  {
    id: 'employeur', name: "Employeur public : le directeur de l'établissement", note: null, roles: ['infirmier'],
    levels: ALL_EMPLOYER_LEVELS,
    basis: ['fph-procedure'],
  },
  {
    id: 'penal', name: 'Justice pénale (procureur, tribunal correctionnel)', note: null, roles: ['etudiant', 'infirmier'],
    // A victim's complaint and anyone's report both bring the facts to the procureur (rank 1); on a
    // tie the complaint is shown, because it names who acts.
    levels: [lvl('signalement au procureur', 1, 'procedure'), lvl('plainte', 1, 'procedure'), lvl('poursuites', 3, 'procedure'), lvl('condamnation', 4)],
    basis: ['penal'],
  },
  {
    id: 'civil', name: 'Réparation (juge civil ou administratif)', note: 'Le juge ordonne une réparation ; ce n\'est pas une sanction.', roles: ['etudiant', 'infirmier'],
    levels: [lvl('mise en demeure', 1, 'procedure'), lvl('retrait ordonné', 3, 'reparation'), lvl('dommages-intérêts', 4, 'reparation')],
    basis: ['civil-1240'],
  },
];

const BY_ID = new Map(AUTHORITIES.map((a) => [a.id, a]));

/** Levels whose person who acts must be named (`par:`): a complaint and a formal notice are the patient's own acts. */
export const NEEDS_ACTOR: readonly { authority: Authority; level: string }[] = [
  { authority: 'penal', level: 'plainte' },
  { authority: 'civil', level: 'mise en demeure' },
];

export function needsActor(authority: Authority, level: string): boolean {
  const norm = level.trim().toLowerCase();
  return NEEDS_ACTOR.some((n) => n.authority === authority && n.level === norm);
}

export function authorityInfo(id: Authority): AuthorityInfo {
  const info = BY_ID.get(id);
  if (!info) throw new Error(`unknown authority ${id}`);
  return info;
}

export function isAuthority(id: string): id is Authority {
  return BY_ID.has(id as Authority);
}

/** The levels of an authority for the status staged (only the employer's depend on it). */
export function scaleOf(authority: Authority, statut: Statut | null = null): readonly Level[] {
  if (authority === 'employeur' && statut) return EMPLOYER_SCALES[statut].levels;
  return authorityInfo(authority).levels;
}

/** References that found the scale shown for this authority and status. */
export function basisOf(authority: Authority, statut: Statut | null = null): readonly string[] {
  if (authority === 'employeur' && statut) return EMPLOYER_SCALES[statut].basis;
  return authorityInfo(authority).basis;
}

/** Rank of a level (on the scale of `statut` for the employer, on any employer scale without it), or null when it is not on it. */
export function levelRank(authority: Authority, level: string, statut: Statut | null = null): number | null {
  const norm = level.trim().toLowerCase();
  return scaleOf(authority, statut).find((l) => l.name === norm)?.rank ?? null;
}

/** Position of a level on its authority's scale: breaks ties between equal ranks (a blâme after an avertissement). */
export function levelOrder(authority: Authority, level: string): number {
  const norm = level.trim().toLowerCase();
  return authorityInfo(authority).levels.findIndex((l) => l.name === norm);
}

/** Whether `a` is heavier than `b` on the same authority's scale. */
export function heavier(a: Sanction, b: Sanction): boolean {
  if (a.rank !== b.rank) return a.rank > b.rank;
  return levelOrder(a.authority, a.level) > levelOrder(b.authority, b.level);
}

/** The employer's scale is shown with the note that the conseil de discipline is consulted before groups 2–4. */
export function employerScaleNote(statut: Statut | null): string | null {
  return statut === 'titulaire' ? 'Conseil de discipline consulté avant les groupes 2 à 4.' : null;
}

export function appliesToRole(authority: Authority, role: Role): boolean {
  return authorityInfo(authority).roles.includes(role);
}

export function sanctionsForRole(sanctions: readonly Sanction[], role: Role): Sanction[] {
  return sanctions.filter((s) => appliesToRole(s.authority, role));
}

/**
 * The level with who acts, as the ledger says it: « plainte que peut déposer Lucienne Pernin »,
 * « mise en demeure que peut envoyer l'avocat de Marc Delorme ». The ledger lists what may happen
 * (« ce qui peut vous arriver »), not what has happened: nobody has filed anything yet.
 */
export function levelWithActor(level: string, by: string | null | undefined): string {
  if (!by) return level;
  const norm = level.trim().toLowerCase();
  if (norm === 'plainte') return `plainte que peut déposer ${by}`;
  if (norm === 'mise en demeure') return `mise en demeure que peut envoyer ${by}`;
  if (norm === 'plainte au conseil départemental') return `plainte au conseil départemental que peut déposer ${by}`;
  return `${level} (par ${by})`;
}
