import type { MediaItem } from './types';

export const COMMON_MEDIA: MediaItem[] = [
  { id: 'lever-soleil', alt: "Lever de soleil vu depuis la fenêtre du service, sans personne dans le cadre.", scene: 'landscape', identifiers: [] },
  { id: 'cafe-salle-pause', alt: 'Deux tasses de café et des viennoiseries sur la table de la salle de pause, sans personne.', scene: 'object', identifiers: [] },
  { id: 'affiche-formation', alt: 'Affiche d\'un webinaire gratuit sur les plaies chroniques, avec le programme et les intervenants.', scene: 'poster', identifiers: [] },
  { id: 'capture-conversation', alt: "Capture d'écran d'une conversation, avec les noms et les messages lisibles.", scene: 'screenshot', identifiers: ['noms lisibles'] },
];
