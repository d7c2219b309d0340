import type { MediaItem } from './types';

export const DEMANDE_AMI_MEDIA: MediaItem[] = [
  {
    id: 'da-carte-merci',
    alt: "Carte de remerciement manuscrite, « Merci à Camille et à toute l'équipe du 3e ! Marc », posée sur une table de salon à côté d'un pilulier.",
    scene: 'document',
    identifiers: ['prénom du soignant', 'prénom et signature du patient', 'étage du service'],
  },
  {
    id: 'da-selfie-cafe',
    alt: "Selfie à la terrasse d'un café : Marc Delorme, souriant, en veste, et Camille à côté de lui, deux tasses sur la table.",
    scene: 'selfie',
    identifiers: ['visage du patient', 'visage du soignant', 'enseigne du café'],
  },
  {
    id: 'da-capture-voisin',
    alt: "Capture d'écran d'une conversation sur Bulle entre Camille et Marc Delorme : la réponse de Camille sur M. Fabre, son voisin de chambre toujours hospitalisé, est lisible.",
    scene: 'screenshot',
    identifiers: ['noms lisibles', "nom d'un autre patient", 'information de santé'],
  },
  {
    id: 'da-chocolats-equipe',
    alt: "Une boîte de chocolats ouverte et une carte « Merci à toute l'équipe » sur la table de la salle de soins, sans personne.",
    scene: 'object',
    identifiers: [],
  },
  {
    id: 'da-affiche-webinaire',
    alt: "Affiche d'un webinaire gratuit du réseau régional de formation, « Soignants et réseaux sociaux : poser les limites », le 4 décembre, avec le programme et les intervenants.",
    scene: 'poster',
    identifiers: [],
  },
];
