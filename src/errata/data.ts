// « Ce que dit votre cours » : where the course students hold (shared/reference/cours-…txt) is
// wrong or outdated, what the reference table says instead, and why. Every correction cites ids
// of src/narrative/legal/references.ts (tests/errata.test.ts checks them), and `about` lists the
// ids whose presence in a debrief makes the correction worth showing there.

export interface ErratumItem {
  id: string;
  /** A short title for the card and the debrief's link. */
  title: string;
  /** What the course says, quoted or closely paraphrased. */
  course: string;
  /** What is right. */
  right: string;
  /** Why the difference matters in practice. */
  why: string;
  refs: readonly string[];
  about: readonly string[];
  /** Where the course's mistake is tied to one situation (R.4312-14 is cited for the friend
   * request only): shown beside those scenarios' debriefs only, whatever else they cite. */
  scenarios?: readonly string[];
}

export const ERRATA: readonly ErratumItem[] = [
  {
    id: 'r4312-14',
    title: 'La relation avec un patient : pas l\'article R.4312-14',
    course: '« Demande d\'ami Facebook d\'un patient soigné : […] interdiction liens ambigus (Article R.4312-14 CSP). »',
    right: 'R.4312-14 traite, selon toute vraisemblance, du consentement libre et éclairé. Pour les limites de la relation avec un patient, les bons appuis sont R.4312-3 (dignité, intimité), R.4312-4 (loyauté, probité), R.4312-5 (secret), R.4312-9 (ne pas déconsidérer la profession, même hors exercice) et L.1110-4 (secret des informations).',
    why: 'Citer un article qui ne dit pas ce qu\'on lui fait dire affaiblit tout l\'argument devant un patient, un collègue ou un jury.',
    refs: ['csp-r4312-3', 'csp-r4312-4', 'csp-r4312-5', 'csp-r4312-9', 'csp-l1110-4'],
    about: ['csp-r4312-3', 'csp-r4312-4', 'csp-r4312-9'],
    scenarios: ['demande-ami'],
  },
  {
    id: 'demande-ami',
    title: 'Accepter la demande d\'ami d\'un patient n\'est pas une infraction',
    course: 'Le cours présente la demande d\'ami d\'un patient comme un lien à refuser.',
    right: 'Refuser les demandes d\'ami des patients est une recommandation de l\'Ordre des médecins, pas un texte infirmier. Accepter n\'est pas en soi une faute : le risque naît de ce qui suit (le secret, une relation qui s\'installe, l\'image de la profession). Refuser reste une bonne pratique, déduite des articles du code de déontologie.',
    why: 'Présenter une bonne pratique comme une interdiction apprend à craindre la règle plutôt qu\'à comprendre ce qu\'elle protège.',
    refs: ['csp-r4312-4', 'csp-r4312-5', 'csp-r4312-9'],
    about: ['csp-r4312-9'],
    scenarios: ['demande-ami'],
  },
  {
    id: 'concurrence',
    title: 'R.4312-61 et R.4312-82 : seulement la concurrence entre infirmiers',
    course: '« Articles R4312-61 et R4312-82 CSP : pas de détournement patientèle, pas concurrence déloyale », parmi les règles générales des réseaux sociaux.',
    right: 'Ces deux articles visent la concurrence entre infirmiers : détourner ou tenter de détourner la patientèle d\'un confrère, les commissions, le compérage. Ils ne s\'appliquent ni à une demande d\'ami ni à un groupe de messagerie, mais à l\'auto-promotion : démarcher des patients en ligne, les hashtags qui les ciblent, les liens commerciaux.',
    why: 'Une infirmière libérale qui ouvre une page est concernée ; une étudiante qui reçoit une demande d\'ami, non.',
    refs: ['csp-r4312-61', 'csp-r4312-82'],
    about: ['csp-r4312-61', 'csp-r4312-82'],
  },
  {
    id: 'publicite',
    title: 'La publicité n\'est plus interdite en bloc : elle est encadrée depuis 2020',
    course: '« Interdiction de publier témoignages/remerciements patients ; pas de liens commerciaux ; pas d\'utilisation de hashtags pour cibler patients. »',
    right: 'Depuis le décret du 22 décembre 2020, un infirmier peut informer le public de son activité par tout moyen, réseaux sociaux compris : une information loyale, honnête et prudente. Restent exclus les témoignages de patients, la comparaison avec des confrères et l\'incitation à des soins inutiles ; les recommandations de l\'Ordre de janvier 2025 proscrivent aussi les partenariats commerciaux, les jeux-concours et les hashtags qui visent à cibler des patients.',
    why: 'Le cours dit vrai sur les interdits, mais laisse croire qu\'une page professionnelle est interdite : elle est permise, avec ses règles.',
    refs: ['csp-r4312-68-1', 'oni-2025'],
    about: ['csp-r4312-68-1', 'oni-2025'],
  },
  {
    id: 'lille',
    title: 'L\'affaire de Lille : des aides-soignants, pas Facebook',
    course: '« Exemples tribunal Lille », cités parmi les sanctions des photos de patients sur les réseaux sociaux.',
    right: 'Au CHRU de Lille, deux aides-soignants avaient photographié en 2004 des patients inconscients dans des situations dégradantes, photos proposées à un magazine. Le tribunal correctionnel de Lille les a condamnés le 25 mars 2010 à 2 mois d\'emprisonnement avec sursis et 1 000 € d\'amende chacun, pour violences volontaires sur personnes vulnérables. Ni infirmier, ni Facebook.',
    why: 'Un cas réel se cite exactement, ou pas du tout : un étudiant qui le raconte mal devant un jury perd son argument.',
    refs: ['cas-lille-2010'],
    about: ['cas-lille-2010', 'cp-226-1', 'cp-226-2'],
    scenarios: ['photos-patients'],
  },
  {
    id: 'photos-penal',
    title: 'Photos de patients : une peine maximale, et la plainte du patient lui-même',
    course: '« Publication de photos de patients sans autorisation est une infraction pénale. » « Sanctions possibles : pénales (prison, amendes). »',
    right: 'Capter ou diffuser sans consentement l\'image d\'une personne dans un lieu privé (une chambre d\'hôpital l\'est) peut valoir jusqu\'à un an d\'emprisonnement et 45 000 € d\'amende. Ces poursuites n\'ont lieu que sur plainte de la victime, de son représentant légal ou de ses ayants droit : pas de la famille d\'un patient adulte capable. Un patient saisi par hasard à l\'arrière-plan d\'un selfie relève d\'autres textes : le droit à l\'image, le secret, le règlement de l\'établissement.',
    why: 'Toute peine est un maximum ; et c\'est le patient, pas ses proches, qui décide de porter plainte.',
    refs: ['cp-226-1', 'cp-226-2', 'cp-226-6', 'cc-9'],
    about: ['cp-226-1', 'cp-226-2', 'cp-226-6'],
  },
  {
    id: 'secret-partage',
    title: 'Le secret n\'interdit pas de transmettre à l\'équipe de soins',
    course: '« Secret professionnel : interdiction totale partage info patients sur réseaux non sécurisés. »',
    right: 'Le canal est bien en cause : une messagerie grand public n\'est pas conforme pour des données de santé. Mais entre professionnels qui participent tous à la prise en charge, l\'échange du strict nécessaire est permis, et même dû, par le dossier patient ou une messagerie sécurisée de santé.',
    why: 'Par excès de prudence, taire à un collègue de l\'équipe ce dont il a besoin pour soigner nuit au patient.',
    refs: ['csp-l1110-4', 'hds-messagerie'],
    about: ['csp-l1110-4', 'hds-messagerie'],
  },
  {
    id: 'pseudonyme',
    title: 'Le pseudonyme : à déclarer seulement pour une activité professionnelle',
    course: '« Usage pseudonyme autorisé uniquement avec déclaration au conseil départemental de l\'Ordre. »',
    right: 'C\'est un pseudonyme utilisé pour une activité professionnelle (la page d\'un cabinet, un nom d\'exercice) qui se déclare au conseil départemental de l\'Ordre. Un compte personnel sous pseudonyme n\'est pas interdit, selon la position publique de l\'Ordre.',
    why: 'Croire tout pseudonyme interdit ne protège personne ; ce que l\'Ordre demande, c\'est que les patients puissent savoir qui se cache derrière un nom d\'exercice.',
    refs: ['oni-pseudonyme'],
    about: ['oni-pseudonyme'],
  },
  {
    id: 'reglements',
    title: 'Le règlement intérieur : celui de votre établissement et de votre institut',
    course: '« Règlement AP-HP 2017 » et « Règlement IFSanté Chartres » cités comme les règles qui s\'appliquent.',
    right: 'Le règlement de l\'AP-HP est un exemple : il ne fonde une sanction qu\'à l\'AP-HP. Chaque établissement et chaque institut a son propre règlement intérieur, souvent comparable ; c\'est celui-là qui s\'applique à vous.',
    why: 'Dans le jeu, l\'hôpital de Valmont et l\'institut de Valmont ont leurs propres règles, présentées comme « comparables à celles de l\'AP-HP ».',
    refs: ['aphp-ri-2017', 'ri-etablissement', 'ri-institut'],
    about: ['aphp-ri-2017', 'ri-etablissement', 'ri-institut'],
  },
];

/** Corrections worth showing beside a debrief of `scenarioId` that cites `refs`, in the card's order. */
export function errataFor(refs: Iterable<string>, scenarioId?: string): ErratumItem[] {
  const cited = new Set(refs);
  return ERRATA.filter(
    (e) => e.about.some((id) => cited.has(id)) && (!e.scenarios || (scenarioId !== undefined && e.scenarios.includes(scenarioId))),
  );
}
