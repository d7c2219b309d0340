// Playthroughs of « Le coup de gueule » whose expected outcome was computed BY HAND from the story
// text (the #score of each option taken, the ending's #sanction lines) and the reference table
// (legal-references.md §2, §3 and §3 bis, LAW-MODEL.md), not copied from a run. The nurse is a
// fonctionnaire titulaire of the CH de Valmont (titulaire scale, decision of the director); the
// student is on placement there (the host reports, the institute's director and section decide).
import { describe, expect, it } from 'vitest';
import { pathLedger } from '../src/narrative/ledger';
import { scoreOf } from '../src/narrative/scoring';
import { consequencesOf } from '../src/narrative/snapshot';
import type { Genre, LineStep, Role } from '../src/narrative/types';
import { plain, playByText } from './helpers';

const play = (role: Role, genre: Genre, choices: readonly string[]) => playByText('coup-de-gueule', role, genre, choices);

const textOf = (l: LineStep) => ('text' in l && typeof l.text === 'string' ? plain(l.text) : '');
const NURSE_ONLY = ['csp-l4124-2', 'csp-l4124-6', 'ordre-plainte-conciliation', 'cgfp-l533-1', 'fph-procedure', 'fph-contractuel', 'fph-stagiaire', 'employeur-prive', 'cas-ordre-2024'];

describe('coup-de-gueule, by hand', () => {
  // Student, Camille « il ». Publishes in public and names the placement ward, has Mehdi's photo
  // of the whiteboard taken down at once, keeps the secret with Émilie (and pays for it), sends
  // the journalist to the class delegate, brings the evaluation to the delegate, and when the
  // referent trainer calls, owns it.
  //   cg-ou      publier tel quel, en public          secret 0  respect -1 posture -1 image -2
  //   cg-nommer  « Chirurgie ortho, CH de Valmont »    secret 0  respect 0  posture -1 image -2
  //   cg-tableau écrire à Mehdi en privé              secret 2  respect 1  posture 1  image 1
  //   cg-tante   « Je ne peux rien te dire… »          secret 2  respect 1  posture 1  image 0
  //   cg-presse  décliner, contact de la déléguée     secret 1  respect 0  posture 2  image 2
  //   cg-voie    écrire à Anaïs                       secret 0  respect 1  posture 2  image 1
  //   cg-appel   « …je voudrais en parler avec vous » secret 1  respect 2  posture 2  image 1
  //   total                                           secret 6  respect 4  posture 6  image 1
  // Ending: the ward named in public (faute 1) → cg-reserve (moderate). The host ward reports to
  // the institute's director (it has no disciplinary power); the director meets the student, and
  // an avertissement is possible if the section is seized (ri-institut, ifsi-discipline); the tutor
  // talks it over. No option on the path carries a risk: the ledger is the ending's heaviest lines.
  const student = [
    'Publier tel quel, en public',
    'Ajouter : « Chirurgie ortho, CH de Valmont. Voilà. »',
    'Écrire à Mehdi en privé : « Retire la photo tout de suite, on voit les noms des patients. »',
    '« Je ne peux rien te dire, même pas si elle est chez nous. Appelle-la, ou appelle le service. »',
    'Décliner, et donner le contact de la déléguée de promotion',
    'Écrire à Anaïs, la déléguée de promotion, pour que les étudiants en parlent au prochain conseil',
    "« Vous avez raison, c'est allé trop loin. Je retire tout ce qui peut l'être, et je voudrais en parler avec vous. »",
  ];

  it('student: naming the placement ward in public goes to the institute, through the host ward\'s report', () => {
    const { ending, lines, runner } = play('etudiant', 'm', student);
    expect(ending.id).toBe('cg-reserve');
    expect(ending.severity).toBe('moderate');
    const history = runner.choicesMade;
    expect(scoreOf(consequencesOf(history))).toEqual({ secret: 6, respect: 4, posture: 6, image: 1 });

    expect(ending.sanctions.map((s) => `${s.authority}: ${s.level}`)).toEqual([
      'stage: entretien avec la tutrice',
      "institut: entretien avec le directeur de l'institut",
      'institut: avertissement',
    ]);
    const ledger = pathLedger(consequencesOf(history), ending, 'etudiant');
    expect(ledger.map((l) => `${l.authority}: ${l.level}`)).toEqual(['institut: avertissement', 'stage: entretien avec la tutrice']);
    expect(ledger[0]!.refs).toEqual(['ri-institut', 'ifsi-discipline']);
    const refs = [...ending.refs, ...ending.sanctions.flatMap((s) => s.refs)];
    for (const id of [...NURSE_ONLY, 'fp-discretion-reserve']) expect(refs).not.toContain(id);

    const debrief = ending.debrief.map(plain).join(' ');
    expect(debrief).toContain("l'hôpital signale, il ne sanctionne pas un étudiant");
    expect(debrief).toContain('un avertissement est possible si la section disciplinaire est saisie');
    expect(debrief).toContain("Vous avez reconnu ce qui dépassait la mesure : cela compte dans l'appréciation.");
    expect(debrief).toMatch(/l'histoire les résume\.$/);

    // The referent trainer calls about what the ward reported; agreements follow Camille « il ».
    const call = lines.filter((l) => l.kind === 'call').map(textOf).join(' ');
    expect(call).toContain("a signalé au directeur de l'institut une publication qui nomme le service");
    const all = lines.map(textOf).join(' ');
    expect(all).toContain('Il a raison, et voilà le tableau de ce soir');
    expect(all).toContain("tu n'es pas le premier à me le dire");
    expect(all).not.toMatch(/·/);
  });

  // Nurse (fonctionnaire titulaire), Camille « elle ». Vents in the 2,400-member group, leaves the
  // text as it is, lets Mehdi's photo stay, tells Émilie only that her aunt « est chez nous », says
  // nothing to the journalist, files the incident report and writes to the staff representative,
  // then refuses to take anything back when the cadre calls.
  //   cg-ou      le groupe « Soignants à bout »      secret 0  respect 0  posture -1 image -1
  //   cg-nommer  laisser le texte tel qu'il est       secret 0  respect 0  posture 0  image 0
  //   cg-tableau ne pas y toucher                     secret -1 respect 0  posture -1 image -1
  //   cg-tante   « Oui, elle est chez nous… »         secret -2 respect -1 posture -1 image 0   (#act confirmer-hospitalisation)
  //   cg-presse  ne pas répondre                      secret 0  respect 0  posture 0  image 0
  //   cg-voie    fiche d'événement indésirable, Rachid secret 0 respect 1  posture 2  image 2
  //   cg-appel   « C'est ma liberté d'expression »    secret 0  respect -1 posture -2 image -1
  //   total                                           secret -3 respect -1 posture -3 image -1
  // Ending: confirming the stay is already a revelation (226-13) → cg-secret-dit (serious), even
  // though the staffing problem went the right way. The procureur can act on a mere report; Mme
  // Vial, a competent adult, can complain herself to the conseil départemental (private conduct:
  // no L.4124-2); the director (titulaire scale, group 1) can pronounce a blâme. Ledger: ordre's
  // complaint names Jacqueline Vial (rank 0), employer blâme, penal report (the act's, met first).
  const nurse = [
    'Le poster dans « Soignants à bout », un groupe fermé de 2 400 soignants',
    "Laisser le texte tel qu'il est",
    "Ne pas y toucher : c'est la publication de Mehdi, pas la vôtre",
    "« Oui, elle est chez nous. Je ne peux pas t'en dire plus. »",
    'Ne pas répondre',
    "Remplir la fiche d'événement indésirable de la chute, et écrire à Rachid, représentant du personnel, pour les effectifs",
    "« C'est ma liberté d'expression. Je ne retire rien. »",
  ];

  it('nurse: « elle est chez nous » is already a revelation; the patient complains herself, the director can pronounce a blâme', () => {
    const { ending, lines, runner } = play('infirmier', 'f', nurse);
    expect(ending.id).toBe('cg-secret-dit');
    expect(ending.severity).toBe('serious');
    const history = runner.choicesMade;
    expect(scoreOf(consequencesOf(history))).toEqual({ secret: -3, respect: -1, posture: -3, image: -1 });

    // Same act, same gravity as in demande-ami, groupe-whatsapp and photos-patients.
    const act = history[3]!.decision.options[history[3]!.optionIndex]!.consequence;
    expect(act.deltas.secret).toBe(-2);
    expect(act.risks.map((r) => `${r.authority}: ${r.level}: ${r.refs.join(',')}`)).toEqual(['penal: signalement au procureur: cp-226-13']);

    expect(ending.sanctions.map((s) => `${s.authority}: ${s.level}`)).toEqual([
      'penal: signalement au procureur',
      'ordre: plainte au conseil départemental',
      'employeur: blâme',
    ]);
    const ledger = pathLedger(consequencesOf(history), ending, 'infirmier');
    expect(ledger.map((l) => `${l.authority}: ${l.level}`)).toEqual([
      'ordre: plainte au conseil départemental',
      'employeur: blâme',
      'penal: signalement au procureur',
    ]);
    expect(ledger[0]!.by).toBe('Jacqueline Vial');
    expect(ledger[1]!.refs).toEqual(['cgfp-l533-1', 'fph-procedure', 'csp-r4312-5']);
    const refs = [...ending.refs, ...ending.sanctions.flatMap((s) => s.refs)];
    expect(refs).not.toContain('csp-l4124-2');
    for (const id of ['ifsi-discipline', 'ri-institut', 'etudiant-assurance']) expect(refs).not.toContain(id);

    const debrief = ending.debrief.map(plain).join(' ');
    expect(debrief).toContain('ce que vous saviez de Mme Vial, dit à une amie');
    expect(debrief).toContain("Confirmer qu'une personne est hospitalisée, c'est déjà révéler une information secrète.");
    expect(debrief).toContain("peut valoir jusqu'à 1 an d'emprisonnement et 15 000 € d'amende");
    expect(debrief).toContain('peut porter plainte elle-même devant le conseil départemental');
    expect(debrief).toContain('le directeur de l\'hôpital peut prononcer un blâme, après communication du dossier et vos observations');
    expect(debrief).not.toMatch(/est punie?|licenciement/);

    const all = lines.map(textOf).join(' ');
    expect(all).toContain('infirmière titulaire');
    // The vent itself never carried the fall: that stays in the service.
    const vent = lines.find((l) => l.kind === 'message' && l.from === 'moi')!;
    expect(vent.kind === 'message' && vent.thread).toBe('groupe');
    expect(textOf(vent)).toContain('Quatre nuits à deux pour vingt-huit patients');
    expect(textOf(vent)).not.toMatch(/tombée|chute/);
    expect(all).not.toMatch(/·/);
  });

  // Nurse again: a photo of patients' names left online under Camille's own message bars the
  // exemplary ending, even when everything else went the right way.
  //   cg-ou group (0,0,-1,-1) · cg-nommer leave (0,0,0,0) · cg-tableau ne pas y toucher (-1,0,-1,-1)
  //   · cg-tante refuse (2,1,1,0) · cg-presse décliner, représentants (1,0,2,2) · cg-voie fiche (0,1,2,2)
  //   total secret 2 respect 2 posture 3 image 2; no fault, no press → no call → cg-soupape (minor).
  it('nurse: leaving the whiteboard photo online ends in « La soupape », not « La colère mise au bon endroit »', () => {
    const { ending, runner } = play('infirmier', 'f', [
      'Le poster dans « Soignants à bout », un groupe fermé de 2 400 soignants',
      "Laisser le texte tel qu'il est",
      "Ne pas y toucher : c'est la publication de Mehdi, pas la vôtre",
      '« Je ne peux rien te dire, même pas si elle est chez nous. Appelle-la, ou appelle le service. »',
      'Décliner, et donner le contact des représentants du personnel',
      "Remplir la fiche d'événement indésirable de la chute, et écrire à Rachid, représentant du personnel, pour les effectifs",
    ]);
    expect(ending.id).toBe('cg-soupape');
    expect(ending.severity).toBe('minor');
    expect(scoreOf(consequencesOf(runner.choicesMade))).toEqual({ secret: 2, respect: 2, posture: 3, image: 2 });
    expect(ending.sanctions).toEqual([]);
    const debrief = ending.debrief.map(plain).join(' ');
    expect(debrief).toContain("La photo du tableau, elle, est restée en ligne jusqu'au lendemain midi");
    expect(debrief).toContain('Votre colère, elle, a trouvé une voie');
  });
});
