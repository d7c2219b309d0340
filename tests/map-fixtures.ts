// Story fixtures for the debrief, map and comparison tests and the map bench: every stories/*.ink
// that compiles to a playable scenario (so the three real scenarios are covered as soon as they
// land), plus a generated story larger than any real one, to stress the layout.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileInk } from '../tools/ink-compile';
import { explore, type Exploration } from '../src/narrative/explorer';
import { ROLES, type Role } from '../src/narrative/types';

export interface StoryFixture {
  id: string;
  file: string;
  json: string;
}

const STORIES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'stories');

/** Scenario files: every .ink that compiles and starts on a decision (commun.ink alone ends at once). */
export function compiledStories(): { ok: StoryFixture[]; skipped: string[] } {
  const ok: StoryFixture[] = [];
  const skipped: string[] = [];
  for (const f of readdirSync(STORIES).filter((x) => x.endsWith('.ink')).sort()) {
    const file = path.join(STORIES, f);
    const r = compileInk(file, path.resolve(STORIES, '..'));
    const id = f.replace(/\.ink$/, '');
    if (!r.json) {
      skipped.push(`${f} (ne compile pas encore)`);
      continue;
    }
    if (explore(r.json, id, 'etudiant', { maxStates: 1 }).root.kind !== 'decision') {
      skipped.push(`${f} (pas un scénario)`);
      continue;
    }
    ok.push({ id, file, json: r.json });
  }
  return { ok, skipped };
}

export function explorations(fx: StoryFixture): { role: Role; ex: Exploration }[] {
  return ROLES.map((role) => ({ role, ex: explore(fx.json, fx.id, role) }));
}

/**
 * A generated scenario: `layers` columns of `width` decisions, three options each (two lead on,
 * crossing between rows; one ends), one option whose target depends on a variable (memory), and a
 * dozen endings with sanctions for both roles.
 */
export function syntheticStory(layers = 7, width = 4): StoryFixture {
  const sev = ['exemplary', 'minor', 'moderate', 'serious', 'critical'];
  const lines: string[] = [
    '# title: Histoire générée pour les tests',
    '# theme: Mise en page de la carte',
    '# duration: 5',
    '# contact: ami; Un ami; Personnage de test',
    '# thread: dm; chat; Un ami; moi, ami',
    'VAR flag = false',
    'VAR role = ""',
    '-> d_0_0',
  ];
  const dec = (i: number, j: number) => `d_${i}_${j}`;
  const endings = new Set<string>();
  const endingOf = (i: number, j: number) => {
    const e = `fin_${(i * 7 + j) % 12}`;
    endings.add(e);
    return e;
  };
  for (let i = 0; i < layers; i++) {
    const rows = i === 0 ? 1 : width;
    for (let j = 0; j < rows; j++) {
      const last = i === layers - 1;
      const a = last ? endingOf(i, j) : dec(i + 1, j % width);
      const b = last ? endingOf(i, j + 3) : dec(i + 1, (j + 1) % width);
      lines.push(
        `=== ${dec(i, j)} ===`,
        `Message numéro ${i}-${j} de la conversation de test, assez long pour passer sur plusieurs lignes. #from: ami #in: dm`,
        `#decision: q${i}-${j} #note: Que répondez-vous au message ${i}-${j}, dans cette situation qui demande réflexion ? #expect: Rien de particulier.`,
        `* [Répondre poliment mais fermement, en rappelant le cadre professionnel (${i}-${j}) #do: reply #score: secret 1, respect 1, posture 1, image 0 #fb: Bien. #refs: csp-r4312-5]`,
        i % 2 === 0 ? '    ~ flag = true' : '    ~ flag = flag',
        `    -> ${a}`,
        `* [Partager la capture d'écran dans le groupe de l'équipe pour en rire (${i}-${j}) #do: reply #score: secret -2, respect -1, posture 0, image -1 #fb: Non. #refs: cp-226-13 #risk: penal; signalement au procureur; cp-226-13]`,
        `    {flag: -> ${b} | -> ${a}}`,
        `* [Ignorer #do: ignore #score: secret 0, respect 0, posture 0, image 0 #fb: Bof. #refs: csp-r4312-5]`,
        `    -> ${endingOf(i, j + 1)}`,
      );
    }
  }
  for (const e of [...endings].sort()) {
    const n = Number(e.slice(4));
    lines.push(
      `=== ${e} ===`,
      `#ending: ${e.replace('_', '-')} #title: Une fin générée numéro ${n}, au titre un peu long pour tester le retour à la ligne #severity: ${sev[n % 5]}`,
      n % 5 === 0 ? '#sanction: aucune' : '#sanction: institut; blâme; ifsi-discipline',
      n % 5 === 0 ? '' : "#sanction: stage; signalement au directeur de l'institut; ifsi-discipline",
      n % 5 === 0 ? '' : '#sanction: ordre; blâme; csp-l4124-6',
      n % 5 === 0 ? '' : '#sanction: employeur; blâme; cgfp-l533-1',
      n % 5 === 0 ? '' : '#sanction: penal; poursuites; cp-226-13',
      n % 5 === 0 ? '' : '#sanction: civil; dommages-intérêts; cc-9',
      'Un paragraphe de débriefing. #debrief',
      'Une question ? #question',
      '-> END',
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'map-synth-'));
  const file = path.join(dir, 'synthetique.ink');
  writeFileSync(file, lines.filter((l) => l !== '').join('\n') + '\n');
  const r = compileInk(file, dir);
  if (!r.json) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return { id: 'synthetique', file, json: r.json };
}
