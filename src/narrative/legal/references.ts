// The project's own copy of shared/reference/legal-references.md: the only legal facts the
// game may state. A story citing an id missing here, or marked 'X', fails `npm run stories:check`.
// Summaries are written for learners: the table's notes to authors (« ne pas citer… », « formulation
// prudente… ») stay in the table; an 'M' reference is only labelled « formulation prudente » on screen.
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

type Row = Omit<LegalReference, 'roles'> & { roles?: readonly Role[] };

const ROWS: readonly Row[] = [
  // §1 Code de déontologie
  { id: 'csp-r4312-1', label: 'Code de la santé publique, art. R.4312-1', article: 'R.4312-1 CSP', summary: "Le code de déontologie s'impose aux infirmiers inscrits à l'Ordre, à tout infirmier qui exerce, et aux étudiants en soins infirmiers. Les manquements relèvent de la juridiction disciplinaire, sans préjudice de poursuites pénales.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-3', label: 'Code de la santé publique, art. R.4312-3', article: 'R.4312-3 CSP', summary: "Respect de la vie humaine, de la dignité et de l'intimité du patient, de sa famille et de ses proches ; ce respect continue après la mort.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-4', label: 'Code de la santé publique, art. R.4312-4', article: 'R.4312-4 CSP', summary: 'Moralité, probité, loyauté et humanité en toutes circonstances.', penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-5', label: 'Code de la santé publique, art. R.4312-5', article: 'R.4312-5 CSP', summary: "Le secret professionnel s'impose à tout infirmier et couvre tout ce qui est venu à sa connaissance : ce qui lui a été confié, mais aussi ce qu'il a vu, entendu ou compris. L'infirmier instruit ceux qui l'assistent de leurs obligations.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-9', label: 'Code de la santé publique, art. R.4312-9', article: 'R.4312-9 CSP', summary: "S'abstenir de tout acte de nature à déconsidérer la profession, même en dehors de l'exercice.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-25', label: 'Code de la santé publique, art. R.4312-25', article: 'R.4312-25 CSP', summary: 'Devoir de bonne confraternité entre infirmiers.', penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-49', label: 'Code de la santé publique, art. R.4312-49', article: 'R.4312-49 CSP', summary: "Un cas utilisé pour l'enseignement ou une publication ne doit pas permettre d'identifier le patient. Le code n'exige que la non-identification ; recueillir l'accord écrit du patient est une bonne pratique (droit à l'image).", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-61', label: 'Code de la santé publique, art. R.4312-61', article: 'R.4312-61 CSP', summary: "Interdiction de détourner ou de tenter de détourner la patientèle d'un confrère.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-63', label: 'Code de la santé publique, art. R.4312-63', article: 'R.4312-63 CSP', summary: "L'infirmier salarié reste lié par le secret et garde son indépendance professionnelle.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-68-1', label: 'Code de la santé publique, art. R.4312-68-1', article: 'R.4312-68-1 CSP (décret n° 2020-1660 du 22 décembre 2020)', summary: "L'infirmier peut informer le public par tout moyen, réseaux sociaux compris ; l'information est loyale, honnête et prudente. Pour la communication sur son activité : pas de témoignages de tiers (remerciements de patients), pas de comparaison avec des confrères, pas d'incitation à des soins inutiles. Pour une page de prévention, ou pour un étudiant qui n'a pas d'activité, écarter les témoignages est une prudence par analogie.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-82', label: 'Code de la santé publique, art. R.4312-82', article: 'R.4312-82 CSP', summary: 'Interdiction de toute concurrence déloyale (compérage, commissions, détournement de patientèle…).', penalty: null, authority: null, confidence: 'V' },
  { id: 'oni-pseudonyme', label: 'Code de déontologie des infirmiers (pseudonyme professionnel)', article: 'Code de déontologie des infirmiers', summary: "Un pseudonyme utilisé pour une activité professionnelle se déclare au conseil départemental de l'Ordre. Un compte personnel sous pseudonyme n'est pas interdit.", penalty: null, authority: null, confidence: 'M' },
  { id: 'csp-r4312-14', label: 'Code de la santé publique, art. R.4312-14', article: 'R.4312-14 CSP', summary: 'Traite selon toute vraisemblance du consentement libre et éclairé : ne pas le citer pour une relation ambiguë.', penalty: null, authority: null, confidence: 'X' },
  // §2 Secret, vie privée, données de santé
  { id: 'csp-l1110-4', label: 'Code de la santé publique, art. L.1110-4', article: 'L.1110-4 CSP', summary: "Droit au respect de la vie privée et au secret des informations ; le secret lie tous les professionnels. Échange possible entre professionnels identifiés participant tous à la prise en charge, limité au strictement nécessaire ; au sein d'une équipe de soins, l'information est réputée confiée à toute l'équipe. Hors de l'équipe : consentement préalable du patient.", penalty: "Obtenir ou tenter d'obtenir ces informations en violation de l'article : jusqu'à 1 an d'emprisonnement et 15 000 € d'amende.", authority: null, confidence: 'V' },
  { id: 'cp-226-13', label: 'Code pénal, art. 226-13', article: 'art. 226-13 Code pénal', summary: "Révélation d'une information à caractère secret par une personne qui la détient par état, profession, fonction ou mission temporaire (l'étudiant en stage compris). Infraction intentionnelle. La révélation à une seule personne suffit, et le caractère « privé » du canal (groupe fermé, message privé, conjoint) n'y change rien. Confirmer à un tiers qu'une personne est hospitalisée est déjà une révélation.", penalty: "Jusqu'à 1 an d'emprisonnement et 15 000 € d'amende.", authority: 'tribunal correctionnel', confidence: 'V' },
  { id: 'cp-226-14', label: 'Code pénal, art. 226-14', article: 'art. 226-14 Code pénal', summary: 'Cas où la révélation est autorisée ou imposée (signalement de sévices, personnes vulnérables…).', penalty: null, authority: null, confidence: 'V' },
  { id: 'cp-226-1', label: 'Code pénal, art. 226-1', article: 'art. 226-1 Code pénal', summary: "Capter, enregistrer ou transmettre volontairement, sans consentement, l'image d'une personne se trouvant dans un lieu privé (une chambre d'hôpital l'est). Le consentement n'est présumé que si la personne a vu la photo être prise et pouvait s'y opposer : jamais pour un patient endormi, sédaté ou inconscient. Un patient saisi par hasard à l'arrière-plan d'une photo ne relève pas de cet article.", penalty: "Jusqu'à 1 an d'emprisonnement et 45 000 € d'amende.", authority: 'tribunal correctionnel', confidence: 'V' },
  { id: 'cp-226-2', label: 'Code pénal, art. 226-2', article: 'art. 226-2 Code pénal', summary: "Conserver, diffuser ou utiliser un enregistrement obtenu par un acte prévu à l'article 226-1.", penalty: "Les mêmes peines maximales que pour 226-1 (jusqu'à 1 an et 45 000 €).", authority: 'tribunal correctionnel', confidence: 'M' },
  { id: 'cp-226-6', label: 'Code pénal, art. 226-6', article: 'art. 226-6 Code pénal', summary: "Pour les atteintes à l'image (226-1, 226-2), les poursuites ne sont possibles que sur plainte de la victime, de son représentant légal ou de ses ayants droit : ni le procureur seul, ni la famille d'un patient adulte capable. La révélation d'un secret (226-13) n'a pas cette condition : le procureur peut poursuivre sur simple signalement.", penalty: null, authority: 'tribunal correctionnel', confidence: 'V' },
  { id: 'cc-9', label: 'Code civil, art. 9', article: 'art. 9 Code civil', summary: "Droit au respect de la vie privée ; le droit à l'image en découle ; le juge peut ordonner de faire cesser l'atteinte.", penalty: 'Dommages-intérêts (juge civil).', authority: 'juge civil', confidence: 'V' },
  { id: 'rgpd-9', label: 'RGPD, art. 9', article: 'art. 9 RGPD', summary: "Les données de santé sont une catégorie particulière : leur traitement est interdit sauf exceptions. Les amendes RGPD visent le responsable du traitement : pour un agent qui agit dans son service, c'est l'établissement ; un infirmier libéral est lui-même responsable du traitement de son cabinet et peut être sanctionné.", penalty: null, authority: null, confidence: 'V' },
  { id: 'hds-messagerie', label: 'Hébergement des données de santé et messageries sécurisées (MSSanté)', article: 'Hébergement des données de santé, MSSanté', summary: "Les données de santé circulent par des canaux conformes : hébergeur certifié HDS, messagerie sécurisée de santé, dossier patient. Une messagerie grand public ne l'est pas.", penalty: null, authority: null, confidence: 'V' },
  { id: 'aphp-ri-2017', label: "Règlement intérieur d'un établissement (exemple : AP-HP, 2017)", article: 'Règlement intérieur AP-HP (29 mars 2017)', summary: "Exemple de règlement d'établissement : il interdit à tous (personnels, patients, visiteurs) de capter l'image ou la voix d'une personne sans son autorisation expresse. Chaque établissement a le sien.", penalty: null, authority: null, confidence: 'V' },
  { id: 'ri-etablissement', label: "Règlement intérieur du centre hospitalier", article: "Règlement intérieur de l'établissement", summary: "Le règlement intérieur de l'hôpital où se passe la scène, comparable à celui de l'AP-HP : il interdit de capter l'image ou la voix d'une personne sans son autorisation. Son non-respect peut fonder une sanction de l'employeur, ou un signalement à l'institut pour un étudiant.", penalty: null, authority: null, confidence: 'V' },
  // §3 Qui sanctionne, et comment
  { id: 'csp-l4124-6', label: 'Code de la santé publique, art. L.4124-6', article: 'L.4124-6 CSP', summary: "Sanctions de la chambre disciplinaire de l'Ordre (infirmiers diplômés seulement) : avertissement, blâme, interdiction temporaire d'exercer (avec ou sans sursis, 3 ans au plus), radiation du tableau. Procédure : plainte au conseil départemental, conciliation, chambre disciplinaire de première instance, appel devant la chambre nationale.", penalty: "Au plus : avertissement, blâme, interdiction temporaire d'exercer (3 ans au plus), radiation.", authority: 'Ordre des infirmiers', confidence: 'V', roles: NURSE },
  { id: 'csp-l4124-2', label: 'Code de la santé publique, art. L.4124-2', article: 'L.4124-2 CSP', summary: "Pour des actes de sa fonction publique, un infirmier hospitalier public ne peut être traduit devant la chambre disciplinaire que par le ministre, le préfet, le directeur de l'ARS, le procureur ou les conseils de l'Ordre : un patient ne peut pas la saisir directement. Pour une conduite privée, cette limite ne joue pas.", penalty: null, authority: 'Ordre des infirmiers', confidence: 'V', roles: NURSE },
  { id: 'ordre-plainte-conciliation', label: "Ordre des infirmiers : plainte d'un patient et conciliation", article: "Plainte devant le conseil départemental de l'Ordre", summary: "Une plainte portée devant le conseil départemental est suivie d'une conciliation ; en cas d'échec, le conseil la transmet à la chambre disciplinaire de première instance, en s'y associant ou non. Cela prend des mois, pas des jours.", penalty: null, authority: 'Ordre des infirmiers', confidence: 'M', roles: NURSE },
  { id: 'cgfp-l533-1', label: 'Code général de la fonction publique, art. L.533-1', article: 'L.533-1 CGFP', summary: "Sanctions du fonctionnaire titulaire, en quatre groupes. Pas de « licenciement pour faute grave » : c'est du droit du travail privé.", penalty: "Au plus, par groupe : (1) avertissement, blâme, exclusion de 3 jours au plus ; (2) radiation du tableau d'avancement, abaissement d'échelon, exclusion de 4 à 15 jours ; (3) rétrogradation, exclusion de 16 jours à 2 ans ; (4) mise à la retraite d'office, révocation.", authority: 'employeur public', confidence: 'V', roles: NURSE },
  { id: 'fph-procedure', label: 'Fonction publique hospitalière : procédure disciplinaire', article: 'Procédure disciplinaire (fonction publique hospitalière)', summary: "Le pouvoir disciplinaire appartient au directeur de l'établissement, qui l'exerce par la direction des ressources humaines. Garanties : communication intégrale du dossier, droit de présenter des observations, assistance par un ou plusieurs défenseurs de son choix ; conseil de discipline consulté avant toute sanction des groupes 2 à 4.", penalty: null, authority: 'employeur public', confidence: 'M', roles: NURSE },
  { id: 'fph-contractuel', label: 'Fonction publique hospitalière : agent contractuel', article: 'Sanctions des agents contractuels (fonction publique hospitalière)', summary: "Sanctions de l'agent contractuel d'un hôpital public. Un infirmier à son premier poste est souvent contractuel ou stagiaire.", penalty: 'Au plus : avertissement, blâme, exclusion temporaire (durée plafonnée), licenciement sans préavis ni indemnité.', authority: 'employeur public', confidence: 'M', roles: NURSE },
  { id: 'fph-stagiaire', label: 'Fonction publique hospitalière : fonctionnaire stagiaire', article: 'Sanctions des fonctionnaires stagiaires (fonction publique hospitalière)', summary: "Sanctions du fonctionnaire stagiaire d'un hôpital public, avant sa titularisation.", penalty: 'Au plus : avertissement, blâme, exclusion temporaire (durée plafonnée), exclusion définitive du service.', authority: 'employeur public', confidence: 'M', roles: NURSE },
  { id: 'employeur-prive', label: 'Employeur privé : licenciement pour faute', article: 'Droit du travail (employeur privé)', summary: "Un employeur privé (clinique, établissement privé) peut licencier, y compris pour faute grave. Cela ne s'applique pas à un centre hospitalier public.", penalty: 'Au plus : licenciement pour faute grave.', authority: 'employeur privé', confidence: 'V', roles: NURSE },
  { id: 'ifsi-discipline', label: 'Institut de formation : section disciplinaire (arrêté du 21 avril 2007)', article: 'Arrêté du 21 avril 2007 modifié', summary: "La section compétente pour les situations disciplinaires examine la situation de l'étudiant. Seul le directeur de l'institut peut suspendre un stage, en accord avec l'établissement d'accueil ou à sa demande, quand les patients sont en danger. L'établissement d'accueil n'a aucun pouvoir disciplinaire sur l'étudiant : il signale les faits au directeur de l'institut. La voie pédagogique (tuteur, évaluation du stage, formateur référent) est distincte de la voie disciplinaire. L'étudiant n'est pas inscrit à l'Ordre.", penalty: 'Au plus : avertissement, blâme, exclusion temporaire, exclusion de la formation.', authority: 'institut de formation', confidence: 'M', roles: STUDENT },
  { id: 'etudiant-assurance', label: 'Étudiant en stage : assurance responsabilité civile', article: 'Assurance des étudiants en stage', summary: "L'étudiant en soins infirmiers doit être couvert par une assurance responsabilité civile pour ses stages.", penalty: null, authority: null, confidence: 'M', roles: STUDENT },
  { id: 'penal', label: 'Justice pénale : procureur et tribunal correctionnel', article: 'Poursuites pénales', summary: "Révélation d'un secret (226-13) : le procureur peut poursuivre sur plainte ou sur signalement de quiconque. Atteinte à l'image (226-1, 226-2) : seulement sur plainte de la victime, de son représentant légal ou de ses ayants droit. Une plainte est un acte de la victime, pas une décision du tribunal. Les poursuites se cumulent avec les sanctions disciplinaires et civiles, et prennent des mois.", penalty: null, authority: 'tribunal correctionnel', confidence: 'V' },
  { id: 'civil-1240', label: 'Code civil, art. 1240 : réparer le dommage', article: 'art. 1240 Code civil', summary: "Celui qui cause un dommage par sa faute doit le réparer. À l'hôpital public, une faute de service engage l'établissement, devant le juge administratif ; une faute personnelle détachable du service (conduite privée, intention de nuire) engage l'agent personnellement, devant le juge judiciaire. Le juge ordonne une réparation (dommages-intérêts, retrait) : ce n'est pas une sanction. Un patient adulte capable exerce lui-même ses droits.", penalty: null, authority: 'juge civil ou administratif', confidence: 'V' },
  // §3 bis S'exprimer sur son travail
  { id: 'loi-1881-diffamation', label: 'Loi du 29 juillet 1881 : diffamation et injure', article: 'Loi du 29 juillet 1881, art. 29, 32 et 33', summary: "Diffamation : allégation d'un fait précis portant atteinte à l'honneur d'une personne ; injure : expression outrageante sans fait précis. Publiques, ce sont des délits ; non publiques (message privé, groupe restreint), de simples contraventions. Poursuites sur plainte de la personne visée, dans un délai court (3 mois). Critiquer une organisation de travail sans viser ni insulter personne n'est pas une diffamation.", penalty: "Diffamation publique envers un particulier : jusqu'à 12 000 € d'amende.", authority: 'tribunal correctionnel', confidence: 'M' },
  { id: 'fp-discretion-reserve', label: 'Fonction publique : discrétion professionnelle et réserve', article: 'Obligations de discrétion et de réserve des agents publics', summary: "Discrétion professionnelle : ne pas divulguer les faits et documents connus dans le service. Obligation de réserve : mesure dans l'expression publique, selon les fonctions et le contexte. La critique reste possible par les voies prévues (hiérarchie, représentants du personnel, syndicats). Un manquement est une faute disciplinaire.", penalty: null, authority: 'employeur public', confidence: 'M' },
  { id: 'lanceur-alerte', label: 'Protection des lanceurs d\'alerte', article: 'Loi de 2016 modifiée en 2022 (lanceurs d\'alerte)', summary: "Signaler de bonne foi un danger ou une violation grave, par les canaux prévus (interne, autorité compétente, puis public dans certains cas), protège de toute sanction. Se défouler en public sur ses conditions de travail n'est pas une alerte.", penalty: null, authority: null, confidence: 'M' },
  { id: 'ri-institut', label: "Règlement intérieur de l'institut de formation", article: "Règlement intérieur de l'institut", summary: "Le règlement intérieur de l'institut peut prévoir qu'une communication portant atteinte à l'institut, à ses personnels ou aux lieux de stage expose l'étudiant à une procédure disciplinaire.", penalty: 'Au plus : les sanctions de la section disciplinaire de l\'institut.', authority: 'institut de formation', confidence: 'V', roles: STUDENT },
  // §4 Cas réels: the penalty is the sentence actually given, not a maximum
  { id: 'cas-lille-2010', label: 'Tribunal correctionnel de Lille, 25 mars 2010', article: 'TC Lille, 25 mars 2010', summary: "Deux aides-soignants du CHRU de Lille avaient photographié en 2004 des patients inconscients dans des situations dégradantes, et proposé les photos à un magazine : condamnés pour violences volontaires sur personnes vulnérables.", penalty: "2 mois d'emprisonnement avec sursis et 1 000 € d'amende chacun.", authority: 'tribunal correctionnel', confidence: 'V' },
  { id: 'cas-montpellier-2020', label: "Cour d'appel de Montpellier, 29 janvier 2020", article: 'CA Montpellier, 29 janvier 2020', summary: "Une secrétaire médicale avait publié des ordonnances de patients sur un réseau social : son licenciement pour faute grave est confirmé ; un compte de 469 « amis » n'est pas un cercle privé. C'est une affaire de droit du travail : pour le secret professionnel, la question du cercle privé ne se pose pas, il est violé dès le premier lecteur non autorisé.", penalty: 'Licenciement pour faute grave (employeur privé).', authority: 'employeur privé', confidence: 'V' },
  { id: 'cas-cass-soc-2018', label: 'Cour de cassation, chambre sociale, 12 septembre 2018', article: 'Cass. soc., 12 septembre 2018, n° 16-11.690', summary: "Des propos tenus dans un groupe Facebook fermé de 14 personnes relèvent d'une conversation privée et ne justifient pas un licenciement pour faute grave. Cela vaut en droit du travail, pas pour le secret professionnel.", penalty: null, authority: 'employeur privé', confidence: 'V' },
  { id: 'cas-snapchat', label: "Infirmière d'oncologie, vidéos de patients sur un réseau social", article: 'Jurisprudence (juridiction et date non relevées)', summary: "Une infirmière d'oncologie avait partagé des vidéos de patients sur un réseau social : licenciement pour faute grave confirmé en appel.", penalty: 'Licenciement pour faute grave.', authority: 'employeur', confidence: 'V' },
  { id: 'cas-ordre-2024', label: 'Chambre disciplinaire nationale, 19 juillet 2024', article: "CDN de l'Ordre des infirmiers, 19 juillet 2024", summary: "Un infirmier en relation intime avec une patiente vulnérable, radié en première instance : peine ramenée à 3 ans d'interdiction d'exercer en appel.", penalty: "3 ans d'interdiction d'exercer.", authority: 'Ordre des infirmiers', confidence: 'V', roles: NURSE },
  // §5
  { id: 'oni-2025', label: 'Ordre national des infirmiers, recommandations du 15 janvier 2025', article: 'Recommandations ONI, 15 janvier 2025', summary: 'Information et publicité : pas de jeux-concours ni de partenariats commerciaux ; liens vers des sources fiables ; pas de référencement, hashtags compris, visant à cibler des patients ; respect de la confraternité.', penalty: null, authority: null, confidence: 'V' },
];

const REFERENCES: readonly LegalReference[] = ROWS.map((r) => ({ ...r, roles: r.roles ?? BOTH }));

const BY_ID = new Map(REFERENCES.map((r) => [r.id, r]));

export function allReferences(): readonly LegalReference[] {
  return REFERENCES;
}

export function findReference(id: string): LegalReference | undefined {
  return BY_ID.get(id);
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
