// Two playthroughs of « La page pro » whose expected outcome was computed BY HAND from the story
// text (the #score of each option taken, the ending's #sanction lines) and the reference table
// (legal-references.md §1–3, LAW-MODEL.md), not copied from a run. The scenario stages an
// independent nurse (statut liberal): no employer anywhere, the Ordre's route starts with a
// complaint to the conseil départemental and a conciliation; as a student, Camille is on placement
// with her, and only the placement's pedagogical route and the institute can act.
import { describe, expect, it } from 'vitest';
import { pathLedger } from '../src/narrative/ledger';
import { scoreOf } from '../src/narrative/scoring';
import { consequencesOf } from '../src/narrative/snapshot';
import type { Genre, LineStep, Role } from '../src/narrative/types';
import { plain, playByText } from './helpers';

const play = (role: Role, genre: Genre, choices: readonly string[]) => playByText('page-pro', role, genre, choices);

const textOf = (l: LineStep) => ('text' in l && typeof l.text === 'string' ? plain(l.text) : '');
const NURSE_ONLY = ['csp-l4124-2', 'csp-l4124-6', 'ordre-plainte-conciliation', 'cgfp-l533-1', 'fph-procedure', 'fph-contractuel', 'fph-stagiaire', 'employeur-prive', 'cas-ordre-2024'];

describe('page-pro, by hand', () => {
  // Student, Camille « il ». Has the review masked, then lets the page sell: a shop link paid by
  // commission, targeting hashtags, a post that compares with the other practice, the prevention
  // post, an undeclared stage name, nothing that evening, and a fair answer to M. Bousquet.
  //   pp-avis        masquer l'avis, merci de vive voix   secret 1  respect 1  posture 2  image 1
  //   pp-partenariat lien vers la boutique (commission)    secret 0  respect -1 posture -2 image -2
  //   pp-hashtags    \#SaintAubin \#diabete …              secret 0  respect 0  posture -1 image -1
  //   pp-comparaison « on passe à l'heure… 😉 »            secret 0  respect -1 posture -2 image -2
  //   pp-video       refuser, prévention pied diabétique   secret 0  respect 1  posture 2  image 3
  //   pp-pseudo      renommer « Infi'Véro »                secret 0  respect 0  posture -1 image -1
  //   pp-partage     ne rien publier ce soir               secret 0  respect 0  posture 0  image 0
  //   pp-critique    supprimer l'avis, bloquer son autrice secret 0  respect -1 posture -1 image -1
  //   pp-bousquet    « Appelez le cabinet… »               secret 2  respect 2  posture 2  image 1
  //   total                                                secret 3  respect 1  posture -1 image -2
  // Ending: the heaviest fault is commercial (4, over comparison 3) → pp-commerce (serious). The
  // page is Véronique's: she answers to the Ordre; the student meets the referent trainer and gets
  // an unfavourable placement evaluation (the pedagogical route, rank 1), and no institute
  // sanction. No option on this path carries a risk, so the ledger is the ending's heaviest line.
  const student = [
    "Proposer à Véronique de masquer l'avis, et de remercier Mme Rolland de vive voix jeudi",
    'Accepter sans code promo : juste un lien vers la boutique, en bas de la page de Véronique',
    '« #SaintAubin #infirmiere #diabete #pansement #soinsadomicile #prenezrdv »',
    "Publier : « Chez nous, on passe à l'heure. Ce n'est pas le cas partout à Saint-Aubin 😉 »",
    'Refuser, et publier à la place un rappel de prévention sur le pied diabétique, avec le lien vers la fiche officielle',
    "Renommer la page « Infi'Véro »",
    'Ne rien publier ce soir',
    "Supprimer l'avis et bloquer son autrice",
    "« Appelez le cabinet au 06 12 34 56 78 pour en parler, et n'envoyez pas votre ordonnance ici. Pensez aussi à prévenir M. Marchetti, pour la suite de vos soins. »",
  ];

  it('student: a page that sells ends in « La page qui vend et qui promet », on the pedagogical route only', () => {
    const { ending, lines, runner } = play('etudiant', 'm', student);
    expect(ending.id).toBe('pp-commerce');
    expect(ending.severity).toBe('serious');
    const history = runner.choicesMade;
    expect(scoreOf(consequencesOf(history))).toEqual({ secret: 3, respect: 1, posture: -1, image: -2 });

    expect(ending.sanctions.map((s) => `${s.authority}: ${s.level}`)).toEqual([
      'stage: entretien avec le formateur référent',
      'stage: évaluation de stage défavorable',
    ]);
    const ledger = pathLedger(consequencesOf(history), ending, 'etudiant');
    expect(ledger.map((l) => `${l.authority}: ${l.level}`)).toEqual(['stage: évaluation de stage défavorable']);
    expect(ledger[0]!.refs).toEqual(['csp-r4312-1']);

    // The student sees the code's reach (R.4312-1) and the rules of the page, never an Ordre card.
    const refs = [...ending.refs, ...ending.sanctions.flatMap((s) => s.refs)];
    expect(ending.refs).toEqual(['csp-r4312-68-1', 'csp-r4312-82', 'oni-2025', 'csp-r4312-1']);
    for (const id of NURSE_ONLY) expect(refs).not.toContain(id);

    const debrief = ending.debrief.map(plain).join(' ');
    expect(debrief).toContain('Un code promo ou un lien contre commission');
    expect(debrief).toContain("C'est elle qui en répond devant l'Ordre");
    expect(debrief).toContain("Dans la réalité, ces procédures prennent des mois ; l'histoire les résume.");
    expect(debrief).not.toMatch(/employeur|licenciement|chambre disciplinaire/);

    // Agreements follow Camille's gender; no free-choice claim outside the table; no midpoint.
    const all = lines.map(textOf).join(' ');
    expect(all).toContain("qui montre qu'on est différents, nous");
    expect(all).not.toMatch(/libre de choisir/);
    expect(all).not.toMatch(/·/);
  });

  // Nurse (libéral), Camille « elle ». Answers the review in public, naming the ulcer and the next
  // visit, then does everything right, and at last turns M. Bousquet away « par principe ».
  //   pp-avis        « Merci Madame Rolland, ravie… »     secret -3 respect -1 posture -1 image -1  (#act reveler-diagnostic)
  //   pp-partenariat refuser                              secret 0  respect 1  posture 2  image 2
  //   pp-hashtags    aucun hashtag                        secret 0  respect 0  posture 1  image 1
  //   pp-comparaison ne rien publier sur le sujet         secret 0  respect 0  posture 1  image 0
  //   pp-video       refuser, sans rien publier d'autre   secret 0  respect 0  posture 1  image 1
  //   pp-pseudo      le déclarer d'abord à l'Ordre        secret 0  respect 0  posture 2  image 1
  //   pp-partage     partager la formation en ligne       secret 0  respect 1  posture 2  image 3
  //   pp-critique    « Nous sommes désolés… appelez… »    secret 2  respect 2  posture 2  image 2
  //   pp-bousquet    « Je ne peux pas prendre… »          secret 0  respect -1 posture -1 image 0
  //   total                                               secret -1 respect 2  posture 9  image 9
  // Ending: the revelation (5) outranks the excess of prudence → pp-secret-public (serious).
  // 226-13 (up to 1 year and 15,000 €) can go to the procureur on a mere report; Mme Rolland, a
  // competent adult, files her own complaint with the conseil départemental (private practice: no
  // L.4124-2 limit), conciliation first, then the chambre may pronounce a blâme. No employer.
  // Ledger: ordre's blâme (rank 2) replaces the complaint (rank 0), so the line names no one; the
  // penal line is the act's report, met first and equal to the ending's.
  const nurse = [
    "Répondre sous l'avis : « Merci Madame Rolland, ravie que votre ulcère soit refermé, à jeudi pour le dernier pansement ! »",
    'Refuser : « Merci, mais un cabinet infirmier ne fait pas de partenariat commercial. »',
    "Aucun hashtag : l'adresse, les horaires, le téléphone, et « conventionné »",
    'Ne rien publier sur le sujet',
    "Refuser, sans rien publier d'autre",
    "Le déclarer d'abord au conseil départemental de l'Ordre, puis renommer",
    "Partager la formation en ligne, avec deux lignes sur ce que vous y avez appris et le lien de l'université",
    "« Nous sommes désolés de lire cela. Nous ne parlons jamais de la situation d'une personne en public : appelez le cabinet au 06 12 34 56 78, nous prendrons le temps d'en parler. »",
    "« Je ne peux pas prendre les patients d'un confrère, désolée. »",
  ];

  it('nurse: a public thank-you that names the care is a revelation; the patient herself goes to the Ordre, and there is no employer', () => {
    const { ending, lines, runner } = play('infirmier', 'f', nurse);
    expect(ending.id).toBe('pp-secret-public');
    expect(ending.severity).toBe('serious');
    const history = runner.choicesMade;
    expect(scoreOf(consequencesOf(history))).toEqual({ secret: -1, respect: 2, posture: 9, image: 9 });

    // Same act, same gravity as in every scenario: telling a patient's health is -3 and a 226-13 report.
    const act = history[0]!.decision.options[history[0]!.optionIndex]!.consequence;
    expect(act.deltas.secret).toBe(-3);
    expect(act.risks.map((r) => `${r.authority}: ${r.level}: ${r.refs.join(',')}`)).toEqual(['penal: signalement au procureur: cp-226-13']);

    expect(ending.sanctions.map((s) => `${s.authority}: ${s.level}`)).toEqual([
      'penal: signalement au procureur',
      'ordre: plainte au conseil départemental',
      'ordre: blâme',
    ]);
    expect(ending.sanctions.find((s) => s.level === 'plainte au conseil départemental')!.by).toBe('Paulette Rolland');
    const ledger = pathLedger(consequencesOf(history), ending, 'infirmier');
    expect(ledger.map((l) => `${l.authority}: ${l.level}`)).toEqual(['ordre: blâme', 'penal: signalement au procureur']);
    expect(ledger.some((l) => l.authority === 'employeur')).toBe(false);
    expect(ledger.find((l) => l.authority === 'ordre')!.refs).toEqual(['ordre-plainte-conciliation', 'csp-r4312-5', 'csp-l4124-6']);
    // L.4124-2 (acts of a public function) has no place in a private practice.
    expect([...ending.refs, ...ending.sanctions.flatMap((s) => s.refs)]).not.toContain('csp-l4124-2');

    const debrief = ending.debrief.map(plain).join(' ');
    expect(debrief).toContain("peut valoir jusqu'à 1 an d'emprisonnement et 15 000 € d'amende");
    expect(debrief).toContain('le procureur peut poursuivre sur simple signalement');
    expect(debrief).toContain("Mme Rolland peut porter plainte elle-même devant le conseil départemental de l'Ordre");
    expect(debrief).not.toMatch(/est punie?/);
    expect(debrief).toContain("Dans la réalité, ces procédures prennent des mois ; l'histoire les résume.");

    const all = lines.map(textOf).join(' ');
    expect(all).toContain('Merci Madame Rolland, ravie que votre ulcère soit refermé');
    expect(all).toContain("Il y a deux mois, vous vous êtes installée en libéral");
    expect(all).not.toMatch(/·/);
  });

  // Nurse (libéral), Camille « il ». Does everything right until a patient's daughter complains in
  // public, naming her mother: he answers on the substance to defend the practice.
  //   pp-avis        masquer l'avis, merci de vive voix   secret 1  respect 1  posture 2  image 1
  //   pp-partenariat refuser                              secret 0  respect 1  posture 2  image 2
  //   pp-hashtags    aucun hashtag                        secret 0  respect 0  posture 1  image 1
  //   pp-comparaison publier ce que fait le cabinet       secret 0  respect 1  posture 2  image 1
  //   pp-video       refuser, prévention pied diabétique  secret 0  respect 1  posture 2  image 3
  //   pp-pseudo      garder le nom                        secret 0  respect 0  posture 1  image 1
  //   pp-partage     partager la formation en ligne       secret 0  respect 1  posture 2  image 3
  //   pp-critique    « Madame, … 1,10 g de glycémie… »    secret -3 respect -1 posture -1 image -1  (#act reveler-diagnostic)
  //   pp-bousquet    « Appelez le cabinet… »              secret 2  respect 2  posture 2  image 1
  //   sums                                                secret 0  respect 6  posture 13 image 12 → axes bounded at 10
  // Ending: the revelation (5) → pp-secret-public, the same gravity as the thank-you to Mme Rolland.
  // The one who may complain to the Ordre is the patient, Mme Lemaire, not her daughter who wrote
  // the review (the patient holds her rights; legal-references.md §6).
  const nurseDefends = [
    "Masquer l'avis, et remercier Mme Rolland de vive voix jeudi",
    'Refuser : « Merci, mais un cabinet infirmier ne fait pas de partenariat commercial. »',
    "Aucun hashtag : l'adresse, les horaires, le téléphone, et « conventionné »",
    'Publier ce que fait le cabinet : « Passages de 7 h à 20 h, heure annoncée la veille par SMS. »',
    'Refuser, et publier à la place un rappel de prévention sur le pied diabétique, avec le lien vers la fiche officielle',
    'Garder le nom du cabinet et le vôtre',
    "Partager la formation en ligne, avec deux lignes sur ce que vous y avez appris et le lien de l'université",
    '« Madame, nous avons eu jeudi une urgence chez un autre patient. Votre mère n\'a jamais été en danger : 1,10 g de glycémie, injection faite à 10 h 05. »',
    "« Appelez le cabinet au 06 12 34 56 78 pour en parler, et n'envoyez pas votre ordonnance ici. Pensez aussi à prévenir M. Marchetti, pour la suite de vos soins. »",
  ];

  it('nurse: answering a public complaint with the mother\'s figures is the same revelation; the mother, not her daughter, may complain', () => {
    const { ending, lines, runner } = play('infirmier', 'm', nurseDefends);
    expect(ending.id).toBe('pp-secret-public');
    expect(ending.severity).toBe('serious');
    const history = runner.choicesMade;
    expect(scoreOf(consequencesOf(history))).toEqual({ secret: 0, respect: 6, posture: 10, image: 10 });
    const act = history[7]!.decision.options[history[7]!.optionIndex]!.consequence;
    expect(history[7]!.decision.id).toBe('pp-critique');
    expect(act.deltas.secret).toBe(-3);
    expect(act.risks.map((r) => `${r.authority}: ${r.level}: ${r.refs.join(',')}`)).toEqual(['penal: signalement au procureur: cp-226-13']);

    expect(ending.sanctions.find((s) => s.level === 'plainte au conseil départemental')!.by).toBe('Josiane Lemaire');
    const ledger = pathLedger(consequencesOf(history), ending, 'infirmier');
    expect(ledger.map((l) => `${l.authority}: ${l.level}`)).toEqual(['ordre: blâme', 'penal: signalement au procureur']);

    const debrief = ending.debrief.map(plain).join(' ');
    expect(debrief).toContain("Mme Lemaire, et non sa fille, peut porter plainte elle-même devant le conseil départemental de l'Ordre");
    expect(debrief).toContain('avoir raison sur le retard ne déliait pas du secret');
    expect(debrief).not.toMatch(/Rolland/);
    expect(ending.questions.map(plain)).toContain('Comment répondre à une critique publique sans rien confirmer ?');

    const all = lines.map(textOf).join(' ');
    expect(all).toContain('Deux heures de retard jeudi pour l\'insuline de ma mère');
    expect(all).toContain('Il y a deux mois, vous vous êtes installé en libéral');
  });
});
