// The project's own copy of shared/reference/legal-references.md: the only legal facts the
// game may state. A story citing an id missing here, or marked 'X', fails `npm run stories:check`.

/** V: read in a source; M: from memory, phrase with care (« jusqu'à… »); X: never cite. */
export type Confidence = 'V' | 'M' | 'X';

export interface LegalReference {
  id: string;
  /** Readable label for cards and feedback, e.g. « Code pénal, art. 226-13 ». */
  label: string;
  article: string;
  summary: string;
  penalty: string | null;
  authority: string | null;
  confidence: Confidence;
}

const REFERENCES: readonly LegalReference[] = [
  { id: 'csp-r4312-1', label: 'Code de la santé publique, art. R.4312-1', article: 'R.4312-1 CSP', summary: "Le code de déontologie s'impose aux infirmiers inscrits à l'Ordre, à tout infirmier qui exerce, et aux étudiants en soins infirmiers. Les manquements relèvent de la juridiction disciplinaire, sans préjudice de poursuites pénales.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-3', label: 'Code de la santé publique, art. R.4312-3', article: 'R.4312-3 CSP', summary: "Respect de la vie humaine, de la dignité et de l'intimité du patient, de sa famille et de ses proches ; ce respect continue après la mort.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-4', label: 'Code de la santé publique, art. R.4312-4', article: 'R.4312-4 CSP', summary: 'Moralité, probité, loyauté et humanité en toutes circonstances.', penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-5', label: 'Code de la santé publique, art. R.4312-5', article: 'R.4312-5 CSP', summary: "Le secret professionnel s'impose à tout infirmier et couvre tout ce qui est venu à sa connaissance : ce qui lui a été confié, mais aussi ce qu'il a vu, entendu ou compris.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-9', label: 'Code de la santé publique, art. R.4312-9', article: 'R.4312-9 CSP', summary: "S'abstenir de tout acte de nature à déconsidérer la profession, même en dehors de l'exercice.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-25', label: 'Code de la santé publique, art. R.4312-25', article: 'R.4312-25 CSP', summary: 'Devoir de bonne confraternité entre infirmiers.', penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-49', label: 'Code de la santé publique, art. R.4312-49', article: 'R.4312-49 CSP', summary: "Un cas utilisé pour l'enseignement ou une publication ne doit pas permettre d'identifier le patient.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-61', label: 'Code de la santé publique, art. R.4312-61', article: 'R.4312-61 CSP', summary: "Interdiction de détourner ou de tenter de détourner la patientèle d'un confrère.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-63', label: 'Code de la santé publique, art. R.4312-63', article: 'R.4312-63 CSP', summary: "L'infirmier salarié reste lié par le secret et garde son indépendance professionnelle.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-68-1', label: 'Code de la santé publique, art. R.4312-68-1', article: 'R.4312-68-1 CSP (décret n° 2020-1660 du 22 décembre 2020)', summary: "L'infirmier peut informer le public par tout moyen, réseaux sociaux compris ; l'information est loyale, honnête et prudente ; pas de témoignages de tiers (remerciements de patients), pas de comparaison avec des confrères, pas d'incitation à des soins inutiles.", penalty: null, authority: null, confidence: 'V' },
  { id: 'csp-r4312-82', label: 'Code de la santé publique, art. R.4312-82', article: 'R.4312-82 CSP', summary: 'Interdiction de toute concurrence déloyale (compérage, commissions, détournement de patientèle…).', penalty: null, authority: null, confidence: 'V' },
  { id: 'oni-pseudonyme', label: "Code de déontologie des infirmiers (pseudonyme professionnel)", article: 'Code de déontologie des infirmiers', summary: "Un pseudonyme utilisé pour une activité professionnelle se déclare au conseil départemental de l'Ordre. Un compte personnel sous pseudonyme n'est pas interdit.", penalty: null, authority: null, confidence: 'M' },
  { id: 'csp-r4312-14', label: 'Code de la santé publique, art. R.4312-14', article: 'R.4312-14 CSP', summary: "Traite selon toute vraisemblance du consentement libre et éclairé : ne pas le citer pour une relation ambiguë.", penalty: null, authority: null, confidence: 'X' },
  { id: 'csp-l1110-4', label: 'Code de la santé publique, art. L.1110-4', article: 'L.1110-4 CSP', summary: "Droit au respect de la vie privée et au secret des informations. Échange possible entre professionnels participant tous à la prise en charge, limité au strictement nécessaire ; hors de l'équipe de soins, consentement préalable du patient.", penalty: "Obtenir ou tenter d'obtenir ces informations en violation de l'article : jusqu'à 1 an d'emprisonnement et 15 000 € d'amende.", authority: null, confidence: 'V' },
  { id: 'cp-226-13', label: 'Code pénal, art. 226-13', article: 'art. 226-13 Code pénal', summary: "Révélation d'une information à caractère secret par une personne qui la détient par état, profession, fonction ou mission temporaire (l'étudiant en stage compris). Infraction intentionnelle.", penalty: "1 an d'emprisonnement et 15 000 € d'amende.", authority: 'tribunal correctionnel', confidence: 'V' },
  { id: 'cp-226-14', label: 'Code pénal, art. 226-14', article: 'art. 226-14 Code pénal', summary: 'Cas où la révélation est autorisée ou imposée (signalement de sévices, personnes vulnérables…).', penalty: null, authority: null, confidence: 'V' },
  { id: 'cp-226-1', label: 'Code pénal, art. 226-1', article: 'art. 226-1 Code pénal', summary: "Capter, enregistrer ou transmettre sans consentement l'image d'une personne se trouvant dans un lieu privé (une chambre d'hôpital l'est). Le consentement n'est jamais présumé pour un patient endormi, sédaté ou inconscient.", penalty: "1 an d'emprisonnement et 45 000 € d'amende.", authority: 'tribunal correctionnel', confidence: 'V' },
  { id: 'cp-226-2', label: 'Code pénal, art. 226-2', article: 'art. 226-2 Code pénal', summary: 'Conserver, diffuser ou utiliser un enregistrement obtenu ainsi.', penalty: 'Les mêmes peines que pour 226-1, selon le texte (jusqu\'à 1 an et 45 000 €).', authority: 'tribunal correctionnel', confidence: 'M' },
  { id: 'cc-9', label: 'Code civil, art. 9', article: 'art. 9 Code civil', summary: "Droit au respect de la vie privée ; le droit à l'image en découle ; le juge peut ordonner de faire cesser l'atteinte.", penalty: 'Dommages-intérêts (juge civil).', authority: 'juge civil', confidence: 'V' },
  { id: 'rgpd-9', label: 'RGPD, art. 9', article: 'art. 9 RGPD', summary: "Les données de santé sont une catégorie particulière : leur traitement est interdit sauf exceptions. Les amendes RGPD visent l'établissement responsable du traitement, pas l'individu.", penalty: null, authority: null, confidence: 'V' },
  { id: 'hds-messagerie', label: 'Hébergement des données de santé et messageries sécurisées (MSSanté)', article: 'Hébergement des données de santé, MSSanté', summary: "Les données de santé circulent par des canaux conformes : hébergeur certifié HDS, messagerie sécurisée de santé, dossier patient. Une messagerie grand public ne l'est pas.", penalty: null, authority: null, confidence: 'V' },
  { id: 'aphp-ri-2017', label: "Règlement intérieur d'un établissement (exemple : AP-HP, 2017)", article: 'Règlement intérieur AP-HP (29 mars 2017)', summary: "Interdit à tous de capter l'image ou la voix d'une personne sans son autorisation expresse. Les autres établissements ont des règles comparables.", penalty: "Sanction disciplinaire de l'employeur.", authority: 'employeur', confidence: 'V' },
  { id: 'csp-l4124-6', label: 'Code de la santé publique, art. L.4124-6', article: 'L.4124-6 CSP', summary: "Sanctions de la chambre disciplinaire de l'Ordre (infirmiers diplômés seulement) : avertissement, blâme, interdiction temporaire d'exercer (3 ans au plus), radiation du tableau.", penalty: "Avertissement, blâme, interdiction temporaire d'exercer (3 ans au plus), radiation.", authority: 'Ordre des infirmiers', confidence: 'V' },
  { id: 'csp-l4124-2', label: 'Code de la santé publique, art. L.4124-2', article: 'L.4124-2 CSP', summary: "Pour un infirmier hospitalier public, un patient ne peut pas saisir directement la chambre disciplinaire : seuls le ministre, le directeur de l'ARS, le procureur ou les conseils de l'Ordre le peuvent.", penalty: null, authority: 'Ordre des infirmiers', confidence: 'V' },
  { id: 'cgfp-l533-1', label: 'Code général de la fonction publique, art. L.533-1', article: 'L.533-1 CGFP', summary: "Quatre groupes de sanctions pour l'agent public : de l'avertissement et du blâme jusqu'à la mise à la retraite d'office et la révocation.", penalty: "Groupe 1 : avertissement, blâme, exclusion de 3 jours au plus ; groupe 2 : jusqu'à 15 jours d'exclusion ; groupe 3 : rétrogradation, exclusion de 16 jours à 2 ans ; groupe 4 : mise à la retraite d'office, révocation.", authority: 'employeur public', confidence: 'V' },
  { id: 'employeur-prive', label: 'Employeur privé : licenciement pour faute', article: 'Droit du travail (employeur privé)', summary: "L'employeur privé peut licencier, y compris pour faute grave.", penalty: 'Licenciement, y compris pour faute grave.', authority: 'employeur privé', confidence: 'V' },
  { id: 'ifsi-discipline', label: 'Institut de formation : section disciplinaire (arrêté du 21 avril 2007)', article: 'Arrêté du 21 avril 2007 modifié', summary: "La section compétente pour les situations disciplinaires examine la situation de l'étudiant ; le directeur peut suspendre un stage en cas de danger pour les patients. L'étudiant n'est pas inscrit à l'Ordre.", penalty: "Selon le règlement : avertissement, blâme, exclusion temporaire, exclusion de la formation.", authority: 'institut de formation', confidence: 'M' },
  { id: 'penal', label: 'Tribunal correctionnel', article: 'Poursuites pénales', summary: "Poursuites sur plainte du patient ou de sa famille, ou à l'initiative du procureur (226-13, 226-1, 226-2) ; cumulables avec les sanctions disciplinaires et civiles.", penalty: null, authority: 'tribunal correctionnel', confidence: 'V' },
  { id: 'cas-lille-2010', label: 'Tribunal correctionnel de Lille, 25 mars 2010', article: 'TC Lille, 25 mars 2010', summary: "Deux aides-soignants avaient photographié en 2004 des patients inconscients dans des situations dégradantes : 2 mois d'emprisonnement avec sursis et 1 000 € d'amende chacun, pour violences volontaires sur personnes vulnérables.", penalty: "2 mois avec sursis et 1 000 € d'amende chacun.", authority: 'tribunal correctionnel', confidence: 'V' },
  { id: 'cas-montpellier-2020', label: "Cour d'appel de Montpellier, 29 janvier 2020", article: 'CA Montpellier, 29 janvier 2020', summary: "Une secrétaire médicale avait publié des ordonnances de patients sur un réseau social : licenciement pour faute grave confirmé ; un compte de 469 « amis » n'est pas un cercle privé.", penalty: 'Licenciement pour faute grave.', authority: 'employeur privé', confidence: 'V' },
  { id: 'cas-snapchat', label: "Infirmière d'oncologie, vidéos de patients sur un réseau social", article: 'Jurisprudence (juridiction et date non relevées)', summary: "Une infirmière d'oncologie avait partagé des vidéos de patients sur un réseau social : licenciement pour faute grave confirmé en appel.", penalty: 'Licenciement pour faute grave.', authority: 'employeur', confidence: 'V' },
  { id: 'cas-ordre-2024', label: 'Chambre disciplinaire nationale, 19 juillet 2024', article: 'CDN de l\'Ordre des infirmiers, 19 juillet 2024', summary: "Un infirmier en relation intime avec une patiente vulnérable, radié en première instance : peine ramenée à 3 ans d'interdiction d'exercer en appel.", penalty: "3 ans d'interdiction d'exercer.", authority: 'Ordre des infirmiers', confidence: 'V' },
  { id: 'oni-2025', label: "Ordre national des infirmiers, recommandations du 15 janvier 2025", article: 'Recommandations ONI, 15 janvier 2025', summary: 'Information et publicité : pas de jeux-concours ni de partenariats commerciaux ; liens vers des sources fiables ; pas de référencement, hashtags compris, visant à cibler des patients ; respect de la confraternité.', penalty: null, authority: null, confidence: 'V' },
];

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
