// Two playthroughs of « La demande d'ami » whose expected outcome was computed BY HAND from the
// story text (the #score of each option taken, the ending's #sanction lines) and the reference
// table (legal-references.md §2–3, LAW-MODEL.md), not copied from a run (issue 10). If the story or
// the model changes what these paths teach, this test says which claim no longer holds.
import { describe, expect, it } from 'vitest';
import { pathLedger } from '../src/narrative/ledger';
import { scoreOf } from '../src/narrative/scoring';
import { consequencesOf } from '../src/narrative/snapshot';
import type { Genre, LineStep, Role } from '../src/narrative/types';
import { plain, playByText } from './helpers';

const play = (role: Role, genre: Genre, choices: readonly string[]) => playByText('demande-ami', role, genre, choices);

const textOf = (l: LineStep) => ('text' in l && typeof l.text === 'string' ? plain(l.text) : '');
const NURSE_ONLY = ['csp-l4124-2', 'csp-l4124-6', 'ordre-plainte-conciliation', 'cgfp-l533-1', 'fph-procedure', 'fph-contractuel', 'fph-stagiaire', 'employeur-prive', 'cas-ordre-2024'];

describe('demande-ami, by hand', () => {
  // Student, Camille « elle ». Refuses the request, orients the results question, passes the
  // waiting to the team, then confirms to Marc that his neighbour is still in the ward.
  //   d1 Refuser                       secret 0  respect 0  posture 2  image 1
  //   d2 ne peux pas… par message      secret 2  respect 1  posture 1  image 0
  //   d2b je préviens l'équipe         secret 1  respect 2  posture 1  image 1
  //   d3 « il est bien entouré »       secret -2 respect -1 posture -1 image -1  (#act confirmer-hospitalisation)
  //   d4 petit mot au service          secret 0  respect 1  posture 2  image 1
  //   d5 retirer, écrire en privé      secret 1  respect 1  posture 1  image 2
  //   d6 « Oui, c'est moi »            secret 0  respect 1  posture 2  image 1
  //   d7 répondre à Jade               secret 1  respect 0  posture 1  image 0
  //   total                            secret 3  respect 5  posture 9  image 5
  // Ending: the allusion (issue 5) outranks everything → secret-voisin. A student faces the
  // institute (section: blâme), the placement's route (the host reports to the director) and the
  // criminal court: M. Fabre, a competent adult, files the complaint himself (cp-226-13).
  // Ledger: per authority the heaviest. Penal: the act's risk « signalement au procureur » and the
  // ending's « plainte » are both rank 1 (the facts reach the procureur); on that tie the victim's
  // complaint is shown, since it names who acts (sanctions.ts puts it after the report).
  const student = [
    'Refuser',
    "Je ne peux pas vous donner de résultats par message : ce n'est pas le bon canal, et c'est au médecin de vous les expliquer. Appelez le secrétariat du service, le numéro est sur votre compte rendu de sortie.",
    "Je comprends que l'attente soit longue. Demain matin, je préviens l'équipe que vous attendez l'appel du Dr Vasseur : c'est lui qui vous expliquera.",
    'Ne vous en faites pas pour lui, il est bien entouré 😉',
    "C'est très gentil. Je ne peux pas accepter d'invitation d'un patient, mais si vous voulez remercier, un petit mot au service fera plaisir à toute l'équipe.",
    'Retirer la publication, puis écrire à Marc en privé pour lui expliquer',
    "Oui, c'est moi. Je n'aurais pas dû. Je vous montrerai tous les messages.",
    "Répondre à Jade : « Journée difficile, j'ai fait une erreur au travail. Je t'en parle demain, de vive voix ? »",
  ];

  it('student: a confirmed hospitalisation ends in « Des nouvelles du voisin », with the patient\'s own complaint and no Ordre', () => {
    const { ending, lines, runner } = play('etudiant', 'f', student);
    expect(ending.id).toBe('secret-voisin');
    expect(ending.severity).toBe('serious');
    const history = runner.choicesMade;
    expect(scoreOf(consequencesOf(history))).toEqual({ secret: 3, respect: 5, posture: 9, image: 5 });

    // The act scores as it does in every scenario: a revelation (226-13), which the procureur can
    // take up on a mere report.
    const act = history[3]!.decision.options[history[3]!.optionIndex]!.consequence;
    expect(act.deltas.secret).toBe(-2);
    expect(act.risks.map((r) => `${r.authority}: ${r.level}: ${r.refs.join(',')}`)).toEqual(['penal: signalement au procureur: cp-226-13']);

    expect(ending.sanctions.map((s) => `${s.authority}: ${s.level}`).sort()).toEqual(
      ['institut: blâme', 'penal: plainte', "stage: signalement au directeur de l'institut"].sort(),
    );
    expect(ending.sanctions.find((s) => s.authority === 'penal')!.by).toBe('Roger Fabre');
    const ledger = pathLedger(consequencesOf(history), ending, 'etudiant');
    expect(ledger.map((l) => `${l.authority}: ${l.level}`)).toEqual([
      'institut: blâme',
      "stage: signalement au directeur de l'institut",
      'penal: plainte',
    ]);
    expect(ledger.find((l) => l.authority === 'penal')!.by).toBe('Roger Fabre');

    // A student is shown no Ordre and no employer reference, anywhere in the ending.
    const refs = [...ending.refs, ...ending.sanctions.flatMap((s) => s.refs)];
    for (const id of NURSE_ONLY) expect(refs).not.toContain(id);
    const debrief = ending.debrief.map(plain).join(' ');
    expect(debrief).not.toMatch(/chambre disciplinaire|Ordre|radiation/);
    // The penalty is a maximum, and the agreement follows Camille's gender.
    expect(debrief).toContain("jusqu'à 1 an d'emprisonnement et 15 000 € d'amende, et l'étudiante en stage y est tenue comme le professionnel");
    // The host hospital reports to the institute's director; the patient files his own complaint.
    const mail = lines.filter((l) => l.kind === 'mail').map(textOf).pop()!;
    expect(mail).toContain('M. F. a déposé plainte');
    expect(mail).toContain("a signalé les faits à la directrice de l'institut");
    expect(lines.map(textOf).join(' ')).not.toMatch(/·/);
  });

  // Nurse (fonctionnaire titulaire), Camille « il ». Accepts the request, promises to look in the
  // file, opens it the next day and answers « votre bilan est bon » without the echography.
  //   d1 Accepter                      secret 0  respect 0  posture -1 image 0
  //   d2 je regarde dans votre dossier secret -1 respect 0  posture -3 image -1
  //   d3 je ne peux rien vous dire     secret 3  respect 1  posture 1  image 0
  //   d4 votre message me touche       secret 0  respect 2  posture 2  image 0
  //   d5 ne rien faire                 secret 0  respect 0  posture -1 image -1
  //   d6 « en dehors du travail »      secret 0  respect -1 posture -1 image -1
  //   d7 écrire à Léa                  secret 1  respect 1  posture 2  image 1
  //   total                            secret 3  respect 3  posture -1 image -2
  // Ending: the file opened (issue 3) → dossier-ouvert. The faults are the announcement, the
  // incomplete answer, the consumer channel and the access rules: the employer (titulaire scale,
  // group 1: blâme, letter from the DRH) — no criminal line (no L.1110-4 penalty for reading one's
  // own ward's file at the patient's request) and no Ordre. No option on this path carries a risk,
  // so the ledger is the ending's one line.
  const nurse = [
    'Accepter',
    'Je regarde dans votre dossier demain et je vous dis ça.',
    "Je ne peux rien vous dire sur un autre patient, pas même s'il est encore là. C'est la même règle qui vous protège, vous. Sa femme pourra vous donner des nouvelles.",
    "Votre message me touche. Je ne peux pas devenir votre ami, je reste votre soignant. Mais vous n'avez pas à rester seul : parlez de la réadaptation cardiaque au Dr Vasseur, et l'association des cardiaques de Valmont organise des marches.",
    "Ne rien faire : c'est sa publication, pas la vôtre",
    "Je n'ai rien fait de mal : c'était en dehors du travail, et c'est lui qui m'a écrit.",
    "Écrire à Léa pour en parler demain, et proposer d'en faire un cas anonymisé en analyse de pratiques",
  ];

  it('nurse: the file opened after discharge is an employer matter (blâme from the DRH), not a criminal one', () => {
    const { ending, lines, runner } = play('infirmier', 'm', nurse);
    expect(ending.id).toBe('dossier-ouvert');
    expect(ending.severity).toBe('serious');
    const history = runner.choicesMade;
    expect(scoreOf(consequencesOf(history))).toEqual({ secret: 3, respect: 3, posture: -1, image: -2 });
    expect(ending.sanctions.map((s) => `${s.authority}: ${s.level}`)).toEqual(['employeur: blâme']);
    expect(ending.sanctions[0]!.refs).toEqual(['cgfp-l533-1', 'fph-procedure', 'hds-messagerie']);
    expect(pathLedger(consequencesOf(history), ending, 'infirmier').map((l) => `${l.authority}: ${l.level}`)).toEqual(['employeur: blâme']);
    expect(ending.refs).toContain('civil-1240');
    expect([...ending.refs, ...ending.sanctions.flatMap((s) => s.refs)]).not.toContain('csp-l1110-4');

    const debrief = ending.debrief.map(plain).join(' ');
    expect(debrief).not.toMatch(/emprisonnement|€/);
    expect(debrief).toContain('faute de service');
    expect(debrief).toContain('faute personnelle détachable du service');
    expect(ending.debrief).toHaveLength(6);

    // The letter is the DRH's, on the director's behalf, with the guarantees of the procedure.
    const mail = lines.filter((l) => l.kind === 'mail').pop()!;
    expect(mail.kind === 'mail' && mail.from).toBe('drh');
    expect(textOf(mail)).toMatch(/^Monsieur, /);
    expect(textOf(mail)).toContain('défenseurs de votre choix');
    expect(lines.map(textOf).join(' ')).toContain('fonctionnaire titulaire');
    expect(lines.map(textOf).join(' ')).not.toMatch(/·|direction des soins/i);
  });
});
