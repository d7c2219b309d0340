import type { MediaItem } from './types';

// Photos of the scenario « Les photos » (stories/photos-patients.ink). Fictional people and places.
// Alt texts describe patients factually and with respect, even when the photo itself does not.
export const PHOTOS_PATIENTS_MEDIA: MediaItem[] = [
  // La plaie de M. Marchal (chambre 9)
  {
    id: 'ph-plaie-perso',
    alt: "Gros plan d'un ulcère de jambe, pansement ouvert, pris avec un téléphone personnel. Au bord du cadre, la main du patient avec son bracelet d'identification lisible, « MARCHAL L. », et un tatouage d'ancre marine sur le mollet.",
    scene: 'wound',
    identifiers: ["bracelet d'identification lisible (nom et date de naissance)", "tatouage d'ancre sur le mollet", 'drap marqué au nom de l\'hôpital'],
    bracelet: 'MARCHAL L.',
  },
  {
    id: 'ph-plaie-cadree',
    alt: "Gros plan d'un ulcère de jambe, cadré sur la plaie, pris avec un téléphone personnel. Au bord de l'image, le haut d'un tatouage d'ancre marine sur le mollet.",
    scene: 'wound',
    identifiers: ["tatouage d'ancre sur le mollet"],
  },
  {
    id: 'ph-plaie-recadree',
    alt: "Version recadrée de la photo de plaie : l'ulcère au centre, sans bracelet ni visage. Dans un coin, la pointe d'un tatouage d'ancre reste visible.",
    scene: 'wound',
    identifiers: ["pointe du tatouage d'ancre, dans un coin"],
    cropped: true,
  },
  // Mme Pernin (chambre 14)
  {
    id: 'ph-pernin-endormie',
    alt: "Une femme très âgée dort sur le dos dans un lit d'hôpital, la bouche entrouverte, les cheveux défaits. Son appareil dentaire est posé dans un verre sur l'adaptable. À son poignet, le bracelet d'identification « PERNIN L. ». Le numéro 14 se lit sur la porte ouverte.",
    scene: 'bed',
    identifiers: ['visage', 'numéro de chambre 14', "bracelet d'identification au poignet", 'objets personnels sur l\'adaptable'],
    bracelet: 'PERNIN L.',
  },
  {
    id: 'ph-capture-story',
    alt: "Capture d'écran d'une story Cercle de Théo Garnier : la photo de la patiente endormie de la chambre 14, la légende « Best of de la nuit 😂 », et les identifications de Nadia Lemaire et de Camille.",
    scene: 'screenshot',
    identifiers: ['visage de la patiente', 'numéro de chambre 14', 'noms des soignants identifiés'],
  },
  {
    id: 'ph-capture-groupe',
    alt: "Capture d'écran d'un groupe de discussion inconnu : la photo de la patiente endormie de la chambre 14, transférée plusieurs fois, avec la légende « Ma nuit en une image 😵 » et le prénom Camille.",
    scene: 'screenshot',
    identifiers: ['visage de la patiente', 'numéro de chambre 14', "prénom de l'expéditeur"],
  },
  // Les selfies de fin de nuit
  {
    id: 'ph-selfie-couloir',
    alt: "Selfie de trois soignants de nuit souriants dans le couloir de gériatrie. Derrière eux, par la porte ouverte de la chambre 12, M. Joubert, un homme âgé assis dans son lit, en pyjama, le visage tourné vers l'objectif, un bouquet de tournesols sur la table de chevet. Au-dessus, le panneau « Gériatrie – Centre hospitalier de Valmont ».",
    scene: 'selfie',
    sign: 'GÉRIATRIE',
    identifiers: ["visage du patient à l'arrière-plan", 'numéro de chambre 12', 'panneau du service', 'bouquet de tournesols sur la table de chevet', 'badges du personnel'],
    patientBehind: true,
  },
  {
    id: 'ph-selfie-couloir-floute',
    alt: 'Le même selfie, le visage de M. Joubert flouté. Restent lisibles le numéro 12 sur la porte, le panneau du service, sa silhouette en pyjama et le bouquet de tournesols sur la table de chevet.',
    scene: 'selfie',
    sign: 'GÉRIATRIE',
    identifiers: ['numéro de chambre 12', 'silhouette et pyjama du patient', 'bouquet de tournesols sur la table de chevet', 'panneau du service'],
    blurred: true,
    patientBehind: true,
  },
  {
    id: 'ph-selfie-couloir-recadre',
    alt: "Le même selfie, recadré serré sur les trois visages de l'équipe devant un mur clair : plus de porte, plus de chambre, plus de patient.",
    scene: 'selfie',
    identifiers: ["visages de l'équipe, qui a accepté la photo"],
    cropped: true,
  },
  {
    id: 'ph-selfie-nadia',
    alt: "Selfie pris par Nadia avec son téléphone dans le couloir de gériatrie : l'équipe de nuit au premier plan. Derrière, par la porte ouverte de la chambre 12, M. Joubert assis dans son lit, en pyjama, le visage bien visible, et le bouquet de tournesols sur sa table de chevet.",
    scene: 'selfie',
    sign: 'GÉRIATRIE',
    identifiers: ["visage du patient à l'arrière-plan", 'numéro de chambre 12', 'panneau du service', 'bouquet de tournesols sur la table de chevet'],
    patientBehind: true,
  },
  {
    id: 'ph-selfie-panneau',
    alt: "Selfie de trois soignants sous le panneau « Gériatrie – Centre hospitalier de Valmont », devant une porte de chambre fermée. Aucun patient dans l'image.",
    scene: 'selfie',
    sign: 'GÉRIATRIE',
    identifiers: ["visages de l'équipe, qui a accepté la photo", 'panneau du service', 'badges du personnel'],
  },
  {
    id: 'ph-selfie-pause',
    alt: "Selfie de trois soignants en salle de pause, devant une fenêtre où le jour se lève. Aucun patient, aucun panneau.",
    scene: 'selfie',
    identifiers: ["visages de l'équipe, qui a accepté la photo"],
  },
  // Le bon côté : une ressource de formation
  {
    id: 'ph-fiche-plaie',
    alt: "Fiche pédagogique « Décrire et suivre un ulcère veineux » : une grille de description, un schéma de jambe et une photo de plaie recadrée, sans tatouage, sans bracelet, sans nom, âge ni date.",
    scene: 'document',
    identifiers: [],
  },
  {
    id: 'ph-fiche-description',
    alt: "Fiche pédagogique « Décrire une plaie » : une grille de description et un exemple de transmission réécrit, sans nom, âge, chambre ni date.",
    scene: 'document',
    identifiers: [],
  },
];
