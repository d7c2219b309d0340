// « Les photos » played by hand: three paths whose ending, axis totals and ledger were computed
// from the story text and the reference table (legal-references.md), not copied from a run.
// The first path is the bug of issue 10: a wound photographed with a personal phone, sent through
// Bulle and deleted must never reach the exemplary ending « Aucune photo de patient n'est sortie du
// service ».
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../src/debrief/model';
import { readFileSync } from 'node:fs';
import { parseMediaFile, type MediaItem } from '../src/narrative/media';

// The story's photo file, read as the build and stories:check read it.
const PHOTOS_PATIENTS_MEDIA: MediaItem[] = parseMediaFile(readFileSync('stories/photos-patients.media.json', 'utf8'), 'stories/photos-patients.media.json').items;
import { pathLedger } from '../src/narrative/ledger';
import { ScenarioRunner } from '../src/narrative/runner';
import { consequencesOf } from '../src/narrative/snapshot';
import type { EndingStep, Role } from '../src/narrative/types';
import { compiled } from './helpers';

const norm = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ').replace(/’/g, "'").replace(/\s+/g, ' ').trim();

/** Plays the options by their text, as a player reads them; returns what the debrief shows. */
function play(role: Role, choices: readonly string[], genre: 'f' | 'm' = 'f') {
  const runner = ScenarioRunner.load(compiled('stories/photos-patients.ink'), 'photos-patients');
  if (!(runner instanceof ScenarioRunner)) throw new Error(runner.message);
  runner.genre = genre;
  let stop = runner.start(role).stop;
  for (const wanted of choices) {
    if (stop.kind !== 'decision') throw new Error(`ending reached before « ${wanted} »`);
    const i = stop.options.findIndex((o) => norm(o.text) === norm(wanted));
    if (i < 0) throw new Error(`« ${wanted} » not offered; offered: ${stop.options.map((o) => o.text).join(' / ')}`);
    stop = runner.choose(i).batch.stop;
  }
  if (stop.kind !== 'ending') throw new Error('the path stops before an ending');
  const ending: EndingStep = stop;
  const history = runner.choicesMade;
  const debrief = buildDebrief({ info: runner.info, role, history, ending });
  const ledger = pathLedger(consequencesOf(history), ending, role).map(
    (l) => `${l.authority}: ${l.level}${l.by ? ` (par ${l.by})` : ''}`,
  );
  const axes = Object.fromEntries(debrief.axes.map((a) => [a.axis, a.total]));
  return { ending: ending.id, severity: ending.severity, axes, ledger, text: debrief.debrief.map(norm).join(' '), cards: debrief.references.map((r) => r.id) };
}

// d1 with consent but on the personal phone, then the wound photo sent to Agnès through Bulle;
// everything else done right (deletion asked, selfie without patient, private word to Nadia,
// rules proposed, a training relayed).
const BULLE = [
  "Lui demander s'il est d'accord, puis photographier avec votre téléphone, en cadrant sur la plaie",
  "Théo, supprime-la s'il te plaît. Elle dort, elle n'a rien demandé, et on est dans sa chambre.",
  'Proposer de la faire en salle de pause, devant la fenêtre',
  'Publier en public : « Dernière nuit de Nadia avant ses vacances 💙 »',
  'Écrire à Nadia en privé : « Tu peux enlever la phrase sur la 14 ? On reconnaît Mme Pernin. »',
  "L'envoyer à Agnès, la référente plaies, pour avoir son avis",
  'Oui : proposer trois repères pour les photos dans le service',
  "Partager l'affiche du webinaire sur les plaies chroniques avec vos amis soignants",
];

describe('photos-patients by hand', () => {
  it('a wound photo sent through Bulle then deleted is not « Aucune photo de patient n’est sortie du service »', () => {
    for (const role of ['etudiant', 'infirmier'] as const) {
      const r = play(role, BULLE);
      expect(r.ending).not.toBe('partage-reussi');
      expect(r.ending).toBe('zone-grise');
      expect(r.severity).toBe('minor');
      expect(r.text).not.toContain("Aucune photo de patient n'est sortie du service");
      expect(r.text).toContain('envoyée par Bulle');
      // secret -1+1+1+0+2-1+1+0, respect 1+3+2+1+2+0+1+0, posture 0+2+2+1+2+1+2+1 (11, capped at 10), image 0+2+1+1+2+0+2+2
      expect(r.axes).toEqual({ secret: 3, respect: 10, posture: 10, image: 10 });
      // No option of this path carries a risk: the ledger is the ending's talk, on the role's own chain.
      expect(r.ledger).toEqual(role === 'etudiant' ? ['stage: entretien avec le formateur référent'] : ['employeur: entretien avec la cadre']);
    }
  });

  it('the same photo deleted at once is still not exemplary: it was on a personal phone', () => {
    const choices = [...BULLE];
    choices[5] = 'Supprimer la photo de votre téléphone';
    const r = play('infirmier', choices);
    expect(r.ending).toBe('zone-grise');
    expect(r.text).toContain('téléphone personnel');
    // d6 now scores secret +1, respect +1, posture +1, image 0 instead of -1, 0, +1, 0.
    expect(r.axes).toEqual({ secret: 5, respect: 10, posture: 10, image: 10 });
  });

  it('student: wound photographed without consent, the cadre warned about the sleeping patient, then the selfie with M. Joubert published in public', () => {
    const r = play('etudiant', [
      'Sortir votre téléphone et photographier la plaie tout de suite : il a dit « faites ce que vous avez à faire »',
      'Écrire à Hélène Rouvier, la cadre du service',
      'Prendre la photo tout de suite, là, dans le couloir',
      'Publier la photo telle quelle, en public : « Ma team de nuit 💙 »',
      'Écrire à Nadia en privé : « On voit M. Joubert derrière Théo. Tu peux la retirer ? »',
      'Publier la version recadrée dans le groupe : « Ulcère veineux, 74 ans, 12 cm. Vos avis ? »',
      'Tout écrire : ce que vous avez vu, reçu, et ce que vous avez fait vous-même',
      "Vous excuser, et l'orienter vers la cadre et la direction",
    ]);
    expect(r.ending).toBe('photo-publique');
    // Running sums, each capped to -10..10: secret -3,-2,-3,-5,-3,-5,-4,-3; respect -2,0,-2,-5,-3,-5,-3,0;
    // posture -2,0,-1,-3,-1,-3,0,2; image -1,0,-1,-4,-2,-4,-2,0.
    expect(r.axes).toEqual({ secret: -3, respect: 0, posture: 2, image: 0 });
    // Student chain: the host hospital reports to the institute's director (stage), the section
    // sanctions (institut); criminal side: the wound photo taken without consent can be prosecuted
    // only on M. Marchal's own complaint (226-1, 226-6), the public post reveals M. Joubert's stay
    // (226-13, a report is enough): one line per authority, and a complaint (it names who acts)
    // wins its tie with a report; M. Joubert himself, a competent adult, sends the formal notice.
    expect(r.ledger).toEqual([
      'institut: blâme',
      "stage: signalement au directeur de l'institut",
      'penal: plainte (par Lucien Marchal)',
      'civil: mise en demeure (par Henri Joubert)',
    ]);
    expect(r.cards.filter((id) => id.startsWith('csp-l4124') || id.startsWith('ordre') || id.startsWith('fph') || id.startsWith('cgfp'))).toEqual([]);
    expect(r.text).toContain('par hasard');
    expect(r.text).toContain('et non son fils');
  });

  it('nurse (fonctionnaire stagiaire): confirms to a friend that the patient in the photo is hers', () => {
    const r = play('infirmier', [
      'Ne pas photographier : décrire la plaie en détail dans les transmissions',
      'Ne rien écrire dans le groupe, et en parler à Théo seul à seul tout à l\'heure',
      '« Attendez, je ferme la porte de la 12 », puis prendre la photo sous le panneau du service',
      "Ne rien publier : l'envoyer seulement dans le groupe de l'équipe",
      'Retirer votre identification, et passer à autre chose',
      "Avec plaisir : je retire le nom, l'âge, le numéro de chambre et les dates",
      "Répondre à Sarah : « Oui, c'est une patiente de chez nous, elle est adorable 😅 »",
      'Tout écrire : ce que vous avez vu, reçu, et ce que vous avez fait vous-même',
      "Vous excuser, et l'orienter vers la cadre et la direction",
    ], 'm');
    expect(r.ending).toBe('patient-reconnaissable');
    // secret 1,1,2,2,2,4,2,3,4; respect 1,2,3,4,3,4,3,5,8; posture 1,2,3,4,4,6,4,7,9; image 0,0,0,0,1,3,2,4,6
    expect(r.axes).toEqual({ secret: 4, respect: 8, posture: 9, image: 6 });
    // Confirming to a third party that a patient is hospitalised is the same act as in the other
    // scenarios (confirmer-hospitalisation, cp-226-13), and weighs the same there: a blâme on the
    // stagiaire scale (fph-stagiaire). A revelation the prosecutor can act on after a mere report
    // (226-13): Mme Pernin's legal representative, her granddaughter and tutrice, makes it.
    // Nothing was published: no formal notice, and private conduct: no Ordre case at this stage.
    expect(r.ledger).toEqual(['employeur: blâme', 'penal: signalement au procureur']);
    expect(r.text).toContain('envisage un blâme');
    expect(r.text).toContain('révélé une information couverte par le secret : à une seule personne');
    expect(r.text).not.toContain('mise en demeure');
  });

  it('student who goes to the referent trainer: the photo disappears, and it costs something', () => {
    const r = play('etudiant', [
      'Ne pas photographier : décrire la plaie en détail dans les transmissions',
      'Écrire à Claire Fontaine, votre formatrice référente, pour lui demander quoi faire',
      'Proposer de la faire en salle de pause, devant la fenêtre',
      "Ne rien publier : l'envoyer seulement dans le groupe de l'équipe",
      'Écrire à Nadia en privé : « Tu peux enlever la phrase sur la 14 ? On reconnaît Mme Pernin. »',
      'Pas cette semaine, je suis épuisée',
      'Oui : proposer trois repères pour les photos dans le service',
      'Ne rien publier ce soir',
    ]);
    expect(r.ending).toBe('vigilance');
    expect(r.ledger).toEqual([]);
    expect(r.text).toContain('Cela a eu un prix');
    // secret 1+1+1+0+2+0+1+0, respect 1+2+2+1+2+0+1+0, posture 1+2+2+1+2+0+2+0, image 0+1+1+0+2+0+2+0
    expect(r.axes).toEqual({ secret: 6, respect: 9, posture: 10, image: 6 });
  });

  it("the photos show each patient's own bracelet, a geriatric ward, and M. Joubert where the selfie exposes him", () => {
    const byId = new Map(PHOTOS_PATIENTS_MEDIA.map((m) => [m.id, m]));
    expect(byId.get('ph-plaie-perso')?.bracelet).toBe('MARCHAL L.');
    expect(byId.get('ph-pernin-endormie')?.bracelet).toBe('PERNIN L.');
    // A bracelet drawn in a photo always reads the name of the patient in it.
    for (const m of PHOTOS_PATIENTS_MEDIA) if (m.identifiers.some((i) => /bracelet/i.test(i))) expect(m.bracelet, m.id).toMatch(/^[A-Z]+ [A-Z]\.$/);
    for (const m of PHOTOS_PATIENTS_MEDIA) expect(`${m.alt} ${m.sign ?? ''}`, m.id).not.toMatch(/médecine b/i);
    for (const id of ['ph-selfie-couloir', 'ph-selfie-couloir-floute', 'ph-selfie-nadia']) {
      expect(byId.get(id)?.patientBehind, id).toBe(true);
      expect(byId.get(id)?.alt, id).toContain('M. Joubert');
    }
    for (const id of ['ph-selfie-couloir-recadre', 'ph-selfie-panneau', 'ph-selfie-pause']) expect(byId.get(id)?.patientBehind, id).toBeFalsy();
  });
});
