import type { MediaItem } from './types';

export const GROUPE_WHATSAPP_MEDIA: MediaItem[] = [
  {
    id: 'gw-feuille-transmissions',
    alt: "Photo d'une feuille de transmissions manuscrite posée sur un chariot de soins : noms de douze patients, numéros de chambre, âges, diagnostics et consignes, tous lisibles.",
    scene: 'document',
    identifiers: ['noms des patients', 'numéros de chambre', 'âges', 'diagnostics'],
  },
  {
    id: 'gw-prescription',
    alt: "Photo d'une prescription imprimée à l'en-tête du centre hospitalier de Valmont : nom, prénom et date de naissance de la patiente de la chambre 12, traitements et posologies.",
    scene: 'document',
    identifiers: ['nom et prénom', 'date de naissance', 'numéro de chambre', "en-tête de l'hôpital"],
  },
  {
    id: 'gw-capture-blague',
    alt: "Capture d'écran du groupe « Méd B l'équipe » : le message moqueur sur « le monsieur de la 7 » et son sevrage, les réactions en dessous, les prénoms des soignants et la date, lisibles.",
    scene: 'screenshot',
    identifiers: ['nom du service', 'numéro de chambre', 'date', 'prénoms des soignants'],
  },
  {
    id: 'gw-planning',
    alt: "Tableau des échanges de postes de février : prénoms des soignants, dates et horaires, aucune information sur les patients.",
    scene: 'document',
    identifiers: [],
  },
];
