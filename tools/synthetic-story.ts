// Synthetic scenarios of any length, in plain ink with the project's tags (the forms of
// stories/demo.ink), to measure how the explorer and the branch map grow with a trainer's long story.
//
//   npx tsx tools/synthetic-story.ts 5000 > /tmp/longue.ink    # the ink text, to open in Inky
//
// Shape: a chain of `decisions` decisions. At each, « répondre » and « relayer » lead on to the next
// decision (relayer sets a variable, so most decisions have two memory states, as real stories do),
// « ignorer » ends, on an ending that depends on that memory. Every path is as long as a real one
// could never be: the deepest path has `decisions` decisions, which is what broke the recursive explorer.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileInk } from './ink-compile';

const SEVERITIES = ['exemplary', 'minor', 'moderate', 'serious', 'critical'] as const;
/** Enough endings for a crowded map column, few enough that the story stays readable. */
const ENDINGS = 12;

export function syntheticInk(decisions: number): string {
  if (!Number.isInteger(decisions) || decisions < 1) throw new Error(`decisions: a whole number ≥ 1, not ${decisions}`);
  const lines: string[] = [
    `# title: Histoire générée de ${decisions} décisions`,
    '# theme: Mesurer la carte et l\u2019explorateur sur un long scénario',
    `# duration: ${Math.min(119, Math.max(5, Math.ceil(decisions / 2)))}`,
    '# statut: titulaire',
    '# contact: ami; Un ami; Personnage de test',
    '# thread: dm; chat; Un ami; moi, ami',
    '',
    'VAR role = ""',
    'VAR relaye = false',
    '',
    '-> d_0',
  ];
  const ending = (i: number) => `fin_${i % ENDINGS}`;
  for (let i = 0; i < decisions; i++) {
    const next = i + 1 < decisions ? `d_${i + 1}` : ending(i + 5);
    lines.push(
      '',
      `=== d_${i} ===`,
      `Message ${i + 1} de la conversation de test, assez long pour passer sur plusieurs lignes. #from: ami #in: dm`,
      `#decision: q${i + 1} #note: Que répondez-vous au message ${i + 1} ? #expect: Rappeler le cadre sans rien révéler. #refs: csp-r4312-5`,
      `+ [Répondre en rappelant le cadre professionnel (${i + 1}) #do: reply #score: secret 1, respect 1, posture 1, image 0 #fb: Vous ne révélez rien. #refs: csp-r4312-5]`,
      '    ~ relaye = false',
      `    -> ${next}`,
      `+ [Relayer la capture d\u2019écran dans le groupe de l\u2019équipe (${i + 1}) #do: reply #score: secret -2, respect -1, posture 0, image -1 #fb: La capture révèle une information couverte par le secret. #refs: cp-226-13 #risk: penal; signalement au procureur; cp-226-13]`,
      '    ~ relaye = true',
      `    -> ${next}`,
      `+ [Ne pas répondre (${i + 1}) #do: ignore #score: secret 0, respect 0, posture 0, image 0 #fb: Rien n\u2019est révélé. #refs: csp-r4312-5]`,
      `    {relaye: -> ${ending(i + 1)} | -> ${ending(i)}}`,
    );
  }
  for (let n = 0; n < ENDINGS; n++) {
    const sev = SEVERITIES[n % SEVERITIES.length]!;
    lines.push('', `=== fin_${n} ===`, `#ending: fin-${n} #title: Fin générée numéro ${n + 1} #severity: ${sev}`);
    if (sev === 'exemplary') lines.push('#sanction: aucune');
    else {
      lines.push(
        "#sanction: stage; signalement au directeur de l'institut; ifsi-discipline",
        '#sanction: institut; blâme; ifsi-discipline',
        '#sanction: employeur; blâme; cgfp-l533-1',
        '#sanction: penal; signalement au procureur; cp-226-13',
      );
    }
    lines.push('Un paragraphe de débriefing. #debrief', 'Une question pour en parler ? #question', '-> END');
  }
  return lines.join('\n') + '\n';
}

/** Writes the story to a fresh temporary folder and compiles it (the compiler reads files). */
export function compileSynthetic(decisions: number): { id: string; file: string; json: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'synth-long-'));
  const file = path.join(dir, `longue-${decisions}.ink`);
  writeFileSync(file, syntheticInk(decisions));
  const r = compileInk(file, dir);
  if (!r.json) throw new Error(r.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return { id: `longue-${decisions}`, file, json: r.json };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(syntheticInk(Number(process.argv[2] ?? 100)));
}
