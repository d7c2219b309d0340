// French wording shared by the debrief, the map and the comparison. Strings are written with
// plain spaces and passed through the story typography once, so every label gets the same
// non-breaking spaces before : ; ! ? and inside « » as the story text does.
import { frenchTypography } from '../narrative/typography';
import { authorityInfo } from '../narrative/legal/sanctions';
import type { Authority, Role, Severity } from '../narrative/types';
import { quoted } from '../ui/labels/quoted';

export { quoted };

function fr<T extends Record<string, string>>(raw: T): T {
  const out = {} as Record<string, string>;
  for (const [k, v] of Object.entries(raw)) out[k] = frenchTypography(v);
  return out as T;
}

export const SEVERITY_LABELS: Record<Severity, string> = fr({
  exemplary: 'Exemplaire',
  minor: 'Mineure',
  moderate: 'Modérée',
  serious: 'Grave',
  critical: 'Très grave',
});

/** Colours chosen to stay readable with white text (contrast ≥ 4.5:1); never the only cue. */
export const SEVERITY_COLORS: Record<Severity, string> = {
  exemplary: '#1b6e2a',
  minor: '#4a6b12',
  moderate: '#8a5300',
  serious: '#b3261e',
  critical: '#6d1b7b',
};

export const ROLE_LABELS: Record<Role, string> = fr({
  etudiant: 'Étudiant·e en soins infirmiers, en stage',
  infirmier: 'Infirmier·e diplômé·e',
});

export const UI = fr({
  debriefHeading: 'Débriefing',
  severity: 'Gravité : ',
  role: 'Rôle joué : ',
  axesHeading: 'Les quatre axes',
  axesCaption: 'Total de vos choix sur chaque axe (de −10 à +10)',
  whoHeading: 'Qui décide quoi',
  whoAuthority: 'Qui décide',
  whoLevel: 'Ce qui peut vous arriver',
  whoBasis: 'Sur quel fondement',
  whoScale: 'Sur l\'échelle : ',
  penaltyMax: 'Ce que prévoit le texte : ',
  penaltyCareful: 'Ce que prévoit le texte (formulation prudente) : ',
  stepsHeading: 'Vos choix, un par un',
  stepsIntro: 'Chaque décision une fois, avec ce qu\'elle a changé sur les quatre axes ; ouvrez-la pour savoir pourquoi, ou la rejouer.',
  stepsFold: 'Les décisions et leurs effets',
  stepLabel: 'Décision ',
  stepRefs: 'Textes : ',
  refsFold: 'Les textes cités, en entier',
  whatIfShort: 'Et si… ?',
  whatIfIntro: 'Comparer avec une autre réponse :',
  talkHeading: 'Pour en discuter',
  axisTotal: 'Total : ',
  axisNoMove: 'Aucun choix n\'a fait bouger cet axe.',
  ledgerHeading: 'Ce qui peut vous arriver, et qui en décide',
  ledgerIntro: 'Par autorité, le plus lourd de ce que ce chemin vous fait encourir, et qui agit. Les vraies procédures prennent des mois.',
  ledgerNothing: 'Rien d\'encouru sur ce chemin',
  ledgerLevel: 'Ce qui peut arriver : ',
  ledgerScale: 'Échelle : ',
  ledgerPenalty: 'Ce que prévoit le texte : ',
  ledgerBasis: 'Fondement : ',
  refsHeading: 'Ce que dit le droit',
  refPenalty: 'Peine : ',
  refCareful: 'Formulation prudente.',
  pathHeading: 'Votre chemin',
  pathOption: 'Votre choix : ',
  pathFeedback: 'Pourquoi : ',
  pathReplay: 'Rejouer depuis ici',
  pathReplayShort: 'Rejouer',
  questionsHeading: 'Pour aller plus loin',
  debriefText: 'Ce qu\'il faut retenir',
  actionsHeading: 'Et maintenant ?',
  replayFrom: 'Rejouer depuis une décision',
  changeRole: 'Changer de rôle',
  openMap: 'Carte des embranchements',
  menu: 'Menu',
  print: 'Imprimer (ou PDF)',
  exportJson: 'Télécharger (JSON)',
  compare: 'Et si… ? Deux fins',
  noChoice: 'Vous n\'avez fait aucun choix sur ce chemin.',
  mapHeading: 'Carte des embranchements',
  mapFound: 'Fins découvertes : ',
  mapZoomIn: 'Zoom avant',
  mapZoomOut: 'Zoom arrière',
  mapReset: 'Mon chemin',
  mapOverview: 'Tout voir',
  mapLegend: 'Légende des traits',
  mapLegendIcons: 'Légende des pictogrammes : qui peut agir à cette fin',
  mapLegendRanks: 'couleur : du plus léger (gris) au plus lourd (bordeaux)',
  mapPickerTitle: 'Choisir deux fins à comparer',
  mapPickA: 'Première fin',
  mapPickB: 'Deuxième fin',
  mapPickNone: '— choisir —',
  mapEnding: 'Fin : ',
  mapGoTo: '→ suite : décision ',
  mapDecisionNo: 'Décision ',
  mapHelp: 'Glisser pour déplacer, molette ou pincement pour zoomer. Clavier : flèches pour déplacer, + et - pour zoomer, 0 pour revenir à votre chemin ; Tab pour aller de décision en décision, Entrée pour rejouer depuis la décision choisie.',
  mapListHeading: 'Toutes les décisions, en liste',
  mapReplay: 'Rejouer depuis : ',
  mapSeeAbove: 'suite déjà décrite plus haut : ',
  mapNotVisited: 'jamais joué',
  mapVisited: 'déjà joué',
  mapCurrent: 'chemin actuel',
  mapEndingFound: 'fin découverte',
  mapEndingUnknown: 'fin pas encore découverte',
  mapNoSanction: 'Aucune sanction',
  mapLegendCurrent: 'Chemin actuel',
  mapLegendVisited: 'Déjà joué',
  mapLegendNew: 'Jamais joué',
  mapCompare: 'Comparer ces deux fins',
  mapCompareHint: 'Choisissez deux fins dans les listes, sur la carte ou dans la liste des fins.',
  mapPickEnding: 'Choisir pour « Et si… ? »',
  mapClose: 'Fermer la carte',
  mapCut: 'La suite de ce choix n\'est pas dessinée : la carte est limitée aux premières décisions.',
  compareHeading: 'Et si… ?',
  compareDivergence: 'Les chemins se séparent à la décision : ',
  compareSame: 'Les deux chemins sont identiques jusqu\'à la fin.',
  compareNoDecision: 'Les deux chemins n\'ont pas de décision en commun.',
  compareAxes: 'Les quatre axes',
  compareLedger: 'Ce qui peut arriver, par autorité',
  compareRefs: 'Références juridiques',
  compareOnlyLeft: 'Seulement à gauche : ',
  compareOnlyRight: 'Seulement à droite : ',
  compareBoth: 'Des deux côtés : ',
  compareNone: 'aucune',
  compareContinuation: 'Suite la plus courte après ce choix jusqu\'à une fin.',
  compareClose: 'Fermer la comparaison',
});

/** « 5 000 »: French groups thousands with a narrow no-break space (Intl gives U+202F). */
const frenchCount = new Intl.NumberFormat('fr-FR');

/**
 * What a long story's map leaves out, in one line: « La carte montre 300 des 5 000 décisions… ».
 * A map that silently drew part of the story would let a trainer believe the rest does not exist.
 */
export function mapOmittedText(o: { shownDecisions: number; totalDecisions: number; shownEndings: number; totalEndings: number }): string {
  const n = (x: number) => frenchCount.format(x);
  const endings = o.shownEndings < o.totalEndings ? ` et ${n(o.shownEndings)} des ${n(o.totalEndings)} fins` : '';
  const rest = o.totalDecisions - o.shownDecisions;
  return frenchTypography(`La carte montre ${n(o.shownDecisions)} des ${n(o.totalDecisions)} décisions${endings} : les plus proches du début, et celles de votre chemin. `
    + `${rest === 1 ? 'L\'autre n\'est pas dessinée' : `Les ${n(rest)} autres ne sont pas dessinées`}, ni dans la liste ; « … » au bout d'un choix : sa suite manque.`);
}

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}


/** Authority names from sanctions.ts, with the game's typography (’ and non-breaking spaces). */
export function authorityName(id: Authority): string {
  return frenchTypography(authorityInfo(id).name);
}

/** The map's box that picks an ending for « Et si… ? », named after that ending. */
export function pickEndingLabel(title: string): string {
  return UI.mapPickEnding.replace(/^Choisir /, `Choisir ${quoted(title)} `);
}
