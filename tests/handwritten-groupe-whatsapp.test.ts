// Two paths through « Le groupe de l'équipe » whose outcome was worked out by hand from the story's
// #score, #risk and #sanction tags and the reference table (legal-references.md §2–3), not copied
// from a run: if the story or the sanction model drifts from what the law says, these fail.
import { describe, expect, it } from 'vitest';
import { pathLedger } from '../src/narrative/ledger';
import { ScenarioRunner } from '../src/narrative/runner';
import { consequencesOf } from '../src/narrative/snapshot';
import { scoreOf } from '../src/narrative/scoring';
import type { EndingStep, Genre, Role } from '../src/narrative/types';
import { compiled } from './helpers';

const norm = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ').replace(/’/g, "'");

function play(role: Role, genre: Genre, choices: string[]) {
  const runner = ScenarioRunner.load(compiled('stories/groupe-whatsapp.ink'), 'groupe-whatsapp') as ScenarioRunner;
  runner.genre = genre;
  let batch = runner.start(role);
  for (const wanted of choices) {
    expect(batch.stop.kind, `still playing when « ${wanted} » was wanted`).toBe('decision');
    if (batch.stop.kind !== 'decision') break;
    const i = batch.stop.options.findIndex((o) => norm(o.text) === norm(wanted));
    expect(i, `« ${wanted} » among ${batch.stop.options.map((o) => o.text).join(' / ')}`).toBeGreaterThanOrEqual(0);
    batch = runner.choose(i).batch;
  }
  expect(batch.stop.kind).toBe('ending');
  const ending = batch.stop as EndingStep;
  const history = runner.choicesMade;
  const ledger = pathLedger(consequencesOf(history), ending, role).map((l) => `${l.authority}: ${l.level}${l.by ? ` (par ${l.by})` : ''}`);
  const sanctions = ending.sanctions.map((s) => `${s.authority}: ${s.level}${s.by ? ` (par ${s.by})` : ''}`);
  return { ending, axes: scoreOf(consequencesOf(history)), ledger, sanctions, debrief: ending.debrief.map(norm).join(' '), questions: ending.questions.map(norm) };
}

describe('groupe-whatsapp, computed by hand', () => {
  it('student who tells Sam the diagnosis: the patient herself complains, the hospital only reports to the institute', () => {
    const r = play('etudiant', 'm', [
      'Écrire en privé à Maëlle, votre tutrice', // secret +1, respect 0, posture +2, image 0
      'Merci Sabrina 🙏', // -1, 0, -1, 0
      'Écrire en privé à Maëlle, votre tutrice', // +1, +2, +1, +1
      "Demander d'abord à Maëlle", // +2, +1, +1, 0
      'Oui, c\'est elle… Un AVC. Mais sa famille ne le sait pas encore, surtout ne dis rien à Justine.', // -3, -2, -2, -1 ; act reveler-diagnostic: penal signalement (226-13)
      'Signaler la publication à Cercle, puis prévenir la cadre', // +1, +2, +1, +1
      'Tout raconter, y compris votre propre part', // 0, 0, +2, +1
      'Proposition : on garde le groupe pour les plannings et les échanges seulement. On retire celles et ceux qui ne sont plus dans le service, et tout ce qui concerne les patients passe par le dossier ou la messagerie sécurisée.', // +1, 0, +1, +2
    ]);
    // The diagnosis told at home outranks everything else that Tuesday (issue 2).
    expect(r.ending.id).toBe('secret-maison');
    expect(r.axes).toEqual({ secret: 2, respect: 3, posture: 5, image: 4 });
    // A student answers to the institute (the ward only reports) and, like anyone, to the courts;
    // never to an employer or the Ordre. The complaint is Mme Lemoine's own act (226-13 needs no
    // complaint, but she is an adult able to file it: no relative acts for her).
    expect(r.sanctions.sort()).toEqual([
      'civil: dommages-intérêts',
      'institut: blâme',
      'penal: plainte (par Odette Lemoine)',
      "stage: signalement au directeur de l'institut",
    ]);
    // Ledger: per authority the heaviest of the choices' risks and the ending's sanctions; the
    // choice's « signalement au procureur » and the ending's complaint rank the same, and the
    // victim's complaint wins the tie because it names who acts.
    expect(r.ledger.sort()).toEqual([
      'civil: dommages-intérêts',
      'institut: blâme',
      'penal: plainte (par Odette Lemoine)',
      "stage: signalement au directeur de l'institut",
    ]);
    expect(r.debrief).toContain("c'est elle qui a porté plainte");
    expect(r.debrief).toContain("jusqu'à 1 an d'emprisonnement et 15 000 €");
    expect(r.debrief).not.toMatch(/Ordre|fin du stage|mis fin/);
    // Camille played as « il »: the agreement follows, no midpoint.
    expect(r.questions[1]).toMatch(/pas seul \?$/);
    expect(`${r.debrief} ${r.questions.join(' ')}`).not.toContain('·');
  });

  it('contractual nurse who posts the prescription in the group and confirms the stay to Sam: a revelation, on the contractual scale', () => {
    const r = play('infirmier', 'f', [
      'Écrire en privé à Sabrina', // +2, 0, +1, +1
      'Sabrina, tu peux retirer la photo ? Hugo et Chloé sont toujours dans le groupe. Je lis les transmissions dans le dossier 🙏', // +2, +1, +1, 0
      'Rappeler la règle dans le groupe, puis écrire à Kévin en privé', // +1, +2, +1, +1
      "Prendre la photo et l'envoyer dans le groupe", // -3, -1, -1, -1 ; act reveler-diagnostic
      'Elle est bien dans le service, mais je ne peux rien te dire de plus.', // -2, -1, -1, 0 ; act confirmer-hospitalisation
      "Ne rien faire : ce n'est pas vous qui l'avez écrite", // 0, -1, -1, -1
      "C'est un groupe privé, entre collègues. Tout le monde fait ça, vous savez.", // -1, -1, -2, -1
      'Quitter le groupe', // +1, 0, 0, 0
    ]);
    // Hugo and Chloé read the prescription: broken secret whatever the channel (issue 5).
    expect(r.ending.id).toBe('un-lecteur-de-trop');
    expect(r.axes).toEqual({ secret: 0, respect: -1, posture: -2, image: -1 });
    // Public hospital, agent contractuel: the director (through HR) on the contractual scale; a
    // revelation can reach the procureur on a mere report. No Ordre here: nothing founds it.
    expect(r.sanctions.sort()).toEqual(['employeur: blâme', 'penal: signalement au procureur']);
    expect(r.ledger.sort()).toEqual(['employeur: blâme', 'penal: signalement au procureur']);
    expect(r.debrief).toContain('Hugo et Chloé');
    expect(r.debrief).toContain('confirmé à Sam');
    expect(r.debrief).toContain('Contractuelle de la fonction publique hospitalière');
    expect(r.debrief).toContain('licenciement sans préavis ni indemnité');
    expect(r.debrief).not.toMatch(/faute grave|premier groupe|entretien préalable/);
  });
});
