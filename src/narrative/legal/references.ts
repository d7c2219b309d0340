// The project's own copy of shared/reference/legal-references.md: the only legal facts the
// game may state. A story citing an id missing here, or marked 'X', fails `npm run stories:check`.
// Summaries are written for learners: the table's notes to authors (« ne pas citer… », « formulation
// prudente… ») stay in the table; an 'M' reference is only labelled « formulation prudente » on screen.
// This module is the table's index (id, label, article, confidence, roles), read before the first
// choice; each reference's texts (summary, penalty, authority) are in ./referenceTexts.ts, with
// `findReference` and `allReferences`, for the debrief, the trainer's sheet and the checks.
import type { Role } from '../types';

/** V: read in a source; M: from memory, phrase with care (« jusqu'à… »); X: never cite. */
export type Confidence = 'V' | 'M' | 'X';

export interface LegalReference {
  id: string;
  /** Readable label for cards and feedback, e.g. « Code pénal, art. 226-13 ». */
  label: string;
  article: string;
  summary: string;
  /** Always a maximum (« jusqu'à… »), except a real case's actual sentence. */
  penalty: string | null;
  authority: string | null;
  confidence: Confidence;
  /**
   * Roles this reference is shown to: a student is not on the Ordre's roll and has no employer,
   * a nurse has no institute (legal-references.md §3).
   */
  roles: readonly Role[];
}

const BOTH: readonly Role[] = ['etudiant', 'infirmier'];
const STUDENT: readonly Role[] = ['etudiant'];
const NURSE: readonly Role[] = ['infirmier'];

/** A reference without its texts (./referenceTexts.ts). */
export type ReferenceIndex = Omit<LegalReference, 'summary' | 'penalty' | 'authority'>;

type Row = Omit<ReferenceIndex, 'roles'> & { roles?: readonly Role[] };

const ROWS: readonly Row[] = [
  // §1 Code de déontologie
  { id: 'csp-r4312-1', label: 'Code de la santé publique, art. R.4312-1', article: 'R.4312-1 CSP', confidence: 'V' },
  { id: 'csp-r4312-3', label: 'Code de la santé publique, art. R.4312-3', article: 'R.4312-3 CSP', confidence: 'V' },
  { id: 'csp-r4312-4', label: 'Code de la santé publique, art. R.4312-4', article: 'R.4312-4 CSP', confidence: 'V' },
  { id: 'csp-r4312-5', label: 'Code de la santé publique, art. R.4312-5', article: 'R.4312-5 CSP', confidence: 'V' },
  { id: 'csp-r4312-9', label: 'Code de la santé publique, art. R.4312-9', article: 'R.4312-9 CSP', confidence: 'V' },
  { id: 'csp-r4312-25', label: 'Code de la santé publique, art. R.4312-25', article: 'R.4312-25 CSP', confidence: 'V' },
  { id: 'csp-r4312-49', label: 'Code de la santé publique, art. R.4312-49', article: 'R.4312-49 CSP', confidence: 'V' },
  { id: 'csp-r4312-61', label: 'Code de la santé publique, art. R.4312-61', article: 'R.4312-61 CSP', confidence: 'V' },
  { id: 'csp-r4312-63', label: 'Code de la santé publique, art. R.4312-63', article: 'R.4312-63 CSP', confidence: 'V' },
  { id: 'csp-r4312-68-1', label: 'Code de la santé publique, art. R.4312-68-1', article: 'R.4312-68-1 CSP (décret n° 2020-1660 du 22 décembre 2020)', confidence: 'V' },
  { id: 'csp-r4312-82', label: 'Code de la santé publique, art. R.4312-82', article: 'R.4312-82 CSP', confidence: 'V' },
  { id: 'oni-pseudonyme', label: 'Code de déontologie des infirmiers (pseudonyme professionnel)', article: 'Code de déontologie des infirmiers', confidence: 'M' },
  { id: 'csp-r4312-14', label: 'Code de la santé publique, art. R.4312-14', article: 'R.4312-14 CSP', confidence: 'X' },
  // §2 Secret, vie privée, données de santé
  { id: 'csp-l1110-4', label: 'Code de la santé publique, art. L.1110-4', article: 'L.1110-4 CSP', confidence: 'V' },
  { id: 'cp-226-13', label: 'Code pénal, art. 226-13', article: 'art. 226-13 Code pénal', confidence: 'V' },
  { id: 'cp-226-14', label: 'Code pénal, art. 226-14', article: 'art. 226-14 Code pénal', confidence: 'V' },
  { id: 'cp-226-1', label: 'Code pénal, art. 226-1', article: 'art. 226-1 Code pénal', confidence: 'V' },
  { id: 'cp-226-2', label: 'Code pénal, art. 226-2', article: 'art. 226-2 Code pénal', confidence: 'M' },
  { id: 'cp-226-6', label: 'Code pénal, art. 226-6', article: 'art. 226-6 Code pénal', confidence: 'V' },
  { id: 'cc-9', label: 'Code civil, art. 9', article: 'art. 9 Code civil', confidence: 'V' },
  { id: 'rgpd-9', label: 'RGPD, art. 9', article: 'art. 9 RGPD', confidence: 'V' },
  { id: 'hds-messagerie', label: 'Hébergement des données de santé et messageries sécurisées (MSSanté)', article: 'Hébergement des données de santé, MSSanté', confidence: 'V' },
  { id: 'aphp-ri-2017', label: "Règlement intérieur d'un établissement (exemple : AP-HP, 2017)", article: 'Règlement intérieur AP-HP (29 mars 2017)', confidence: 'V' },
  { id: 'ri-etablissement', label: "Règlement intérieur du centre hospitalier", article: "Règlement intérieur de l'établissement", confidence: 'V' },
  // §3 Qui sanctionne, et comment
  { id: 'csp-l4124-6', label: 'Code de la santé publique, art. L.4124-6', article: 'L.4124-6 CSP', confidence: 'V', roles: NURSE },
  { id: 'csp-l4124-2', label: 'Code de la santé publique, art. L.4124-2', article: 'L.4124-2 CSP', confidence: 'V', roles: NURSE },
  { id: 'ordre-plainte-conciliation', label: "Ordre des infirmiers : plainte d'un patient et conciliation", article: "Plainte devant le conseil départemental de l'Ordre", confidence: 'M', roles: NURSE },
  { id: 'cgfp-l533-1', label: 'Code général de la fonction publique, art. L.533-1', article: 'L.533-1 CGFP', confidence: 'V', roles: NURSE },
  { id: 'fph-procedure', label: 'Fonction publique hospitalière : procédure disciplinaire', article: 'Procédure disciplinaire (fonction publique hospitalière)', confidence: 'M', roles: NURSE },
  { id: 'fph-contractuel', label: 'Fonction publique hospitalière : agent contractuel', article: 'Sanctions des agents contractuels (fonction publique hospitalière)', confidence: 'M', roles: NURSE },
  { id: 'fph-stagiaire', label: 'Fonction publique hospitalière : fonctionnaire stagiaire', article: 'Sanctions des fonctionnaires stagiaires (fonction publique hospitalière)', confidence: 'M', roles: NURSE },
  { id: 'employeur-prive', label: 'Employeur privé : licenciement pour faute', article: 'Droit du travail (employeur privé)', confidence: 'V', roles: NURSE },
  { id: 'ifsi-discipline', label: 'Institut de formation : section disciplinaire (arrêté du 21 avril 2007)', article: 'Arrêté du 21 avril 2007 modifié', confidence: 'M', roles: STUDENT },
  { id: 'etudiant-assurance', label: 'Étudiant en stage : assurance responsabilité civile', article: 'Assurance des étudiants en stage', confidence: 'M', roles: STUDENT },
  { id: 'penal', label: 'Justice pénale : procureur et tribunal correctionnel', article: 'Poursuites pénales', confidence: 'V' },
  { id: 'civil-1240', label: 'Code civil, art. 1240 : réparer le dommage', article: 'art. 1240 Code civil', confidence: 'V' },
  // §3 bis S'exprimer sur son travail
  { id: 'loi-1881-diffamation', label: 'Loi du 29 juillet 1881 : diffamation et injure', article: 'Loi du 29 juillet 1881, art. 29, 32 et 33', confidence: 'M' },
  { id: 'fp-discretion-reserve', label: 'Fonction publique : discrétion professionnelle et réserve', article: 'Obligations de discrétion et de réserve des agents publics', confidence: 'M' },
  { id: 'lanceur-alerte', label: 'Protection des lanceurs d\'alerte', article: 'Loi de 2016 modifiée en 2022 (lanceurs d\'alerte)', confidence: 'M' },
  { id: 'ri-institut', label: "Règlement intérieur de l'institut de formation", article: "Règlement intérieur de l'institut", confidence: 'V', roles: STUDENT },
  // §4 Cas réels: the penalty is the sentence actually given, not a maximum
  { id: 'cas-lille-2010', label: 'Tribunal correctionnel de Lille, 25 mars 2010', article: 'TC Lille, 25 mars 2010', confidence: 'V' },
  { id: 'cas-montpellier-2020', label: "Cour d'appel de Montpellier, 29 janvier 2020", article: 'CA Montpellier, 29 janvier 2020', confidence: 'V' },
  { id: 'cas-cass-soc-2018', label: 'Cour de cassation, chambre sociale, 12 septembre 2018', article: 'Cass. soc., 12 septembre 2018, n° 16-11.690', confidence: 'V' },
  { id: 'cas-snapchat', label: "Infirmière d'oncologie, vidéos de patients sur un réseau social", article: 'Jurisprudence (juridiction et date non relevées)', confidence: 'V' },
  { id: 'cas-ordre-2024', label: 'Chambre disciplinaire nationale, 19 juillet 2024', article: "CDN de l'Ordre des infirmiers, 19 juillet 2024", confidence: 'V', roles: NURSE },
  // §5
  { id: 'oni-2025', label: 'Ordre national des infirmiers, recommandations du 15 janvier 2025', article: 'Recommandations ONI, 15 janvier 2025', confidence: 'V' },
];

const REFERENCES: readonly ReferenceIndex[] = ROWS.map((r) => ({ ...r, roles: r.roles ?? BOTH }));

const BY_ID = new Map(REFERENCES.map((r) => [r.id, r]));

/** Every reference's index entry, in the table's order. */
export function allReferenceIndex(): readonly ReferenceIndex[] {
  return REFERENCES;
}

export type RefProblem = 'unknown' | 'forbidden';

/** Why an id cannot be cited, or null when it can. */
export function refProblem(id: string): RefProblem | null {
  const ref = BY_ID.get(id);
  if (!ref) return 'unknown';
  return ref.confidence === 'X' ? 'forbidden' : null;
}

export function referenceLabel(id: string): string {
  return BY_ID.get(id)?.label ?? id;
}

/** Whether a reference may be shown to (and cited for) this role. Unknown ids are left to refProblem. */
export function refAllowedForRole(id: string, role: Role): boolean {
  const ref = BY_ID.get(id);
  return !ref || ref.roles.includes(role);
}

/** The ids this role may see, in their order: a student never gets an Ordre card. */
export function refsForRole(ids: readonly string[], role: Role): string[] {
  return ids.filter((id) => refAllowedForRole(id, role));
}
