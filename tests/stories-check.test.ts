import { afterAll, describe, expect, it } from 'vitest';
import { checkStoryFile } from '../tools/stories-check';
import { compileInk, formatProblem } from '../tools/ink-compile';
import { inkPlugin } from '../tools/vite-plugin-ink';
import { typographyProblems, frenchTypography } from '../src/narrative/typography';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inkVariants } from '../src/narrative/validate/source';
import { ScenarioRunner } from '../src/narrative/runner';
import type { DecisionStep } from '../src/narrative/types';

const lines = (file: string) => checkStoryFile(file).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);

describe('npm run stories:check', () => {
  it('finds nothing wrong in the demo story', () => {
    expect(lines('stories/demo.ink')).toEqual([]);
  });

  it('reports every problem of a broken story at its file and line', () => {
    const out = lines('tests/fixtures/broken-tags.ink');
    const f = 'tests/fixtures/broken-tags.ink';
    expect(out).toEqual(expect.arrayContaining([
      `${f}:10: espace manquante avant « ! » dans « Salut! »`,
      `${f}:11: personnage « zoe » non déclaré (#contact dans l'en-tête)`,
      `${f}:11: fil « nulle-part » non déclaré (#thread dans l'en-tête)`,
      `${f}:12: balise inconnue #colour`,
      `${f}:13: #time : heure attendue au format HH:MM, pas « 25:99 »`,
      `${f}:15: #score : il manque image (les quatre axes sont obligatoires, 0 compris)`,
      `${f}:15: référence juridique interdite « csp-r4312-14 » (marquée X dans legal-references.md)`,
      `${f}:17: référence juridique inconnue « inconnue-1 » (voir src/narrative/legal/references.ts)`,
      `${f}:19: choix « Option C » sans #fb`,
      `${f}:23: le chemin s'arrête sans fin déclarée (#ending) après « Rien ne suit. »`,
      `${f}:27: fin « a » (serious) sans aucune sanction pour le rôle étudiant·e`,
      `${f}:27: fin « a » : 1 question(s) de réflexion (2 attendues)`,
    ]));
    // Problems found in the source are not repeated at line 1 by the graph walk; line 1 only says
    // that the header lacks the nurse's status.
    expect(out.filter((l) => l.startsWith(`${f}:1:`))).toEqual([
      `${f}:1: en-tête : « # statut: titulaire|stagiaire|contractuel|liberal » manquant (le statut de l'infirmier·e mis en scène décide de l'échelle de l'employeur)`,
    ]);
  });

  it('reports a loop with no way out at its decision', () => {
    expect(lines('tests/fixtures/trap.ink')).toContain('tests/fixtures/trap.ink:11: boucle sans sortie : depuis « boucle », aucun chemin n\'atteint une fin (étudiant·e)');
  });

  it('reports ink compile errors as file:line: message', () => {
    const r = compileInk('tests/fixtures/does-not-compile.ink');
    expect(r.json).toBeNull();
    expect(r.problems.map(formatProblem)).toContain("tests/fixtures/does-not-compile.ink:4: Divert target not found: '-> nulle_part'");
  });

  it('makes the Vite plugin fail the build with the same message', () => {
    const plugin = inkPlugin();
    const ctx = {
      addWatchFile: () => {},
      warn: () => {},
      error: (e: Error) => {
        throw e;
      },
    };
    const transform = plugin.transform as unknown as (this: typeof ctx, code: string, id: string) => unknown;
    expect(() => transform.call(ctx, '', `${process.cwd()}/tests/fixtures/does-not-compile.ink`)).toThrow("tests/fixtures/does-not-compile.ink:4: Divert target not found: '-> nulle_part'");
    const ok = transform.call(ctx, '', `${process.cwd()}/stories/demo.ink`) as { code: string };
    expect(ok.code).toMatch(/^export default "/);
    // The compiled story is JSON ink can read, not the compiler.
    const [storyLine, mediaLine] = ok.code.split('\n');
    expect(JSON.parse(JSON.parse(storyLine!.slice('export default '.length, -1)))).toHaveProperty('inkVersion');
    // Its photos come with it (commun.media.json, since demo.ink INCLUDEs commun.ink).
    const media = JSON.parse(mediaLine!.slice('export const media = '.length, -1)) as { id: string }[];
    expect(media.map((m) => m.id)).toContain('lever-soleil');
  });
});

describe('debrief length', () => {
  it('does not end a sentence at « M. » or « art. »', async () => {
    const { countSentences } = await import('../src/narrative/validate/story');
    expect(countSentences(['M. Fabre a porté plainte (art. 226-13). Elle a été entendue ! Et après\u202F?'])).toBe(3);
  });
});

describe('French typography', () => {
  it('puts non-breaking spaces where French wants them, and leaves clock times alone', () => {
    expect(frenchTypography('Vraiment ? Oui ! Heure : 18:42 ; « ok »')).toBe('Vraiment\u202F? Oui\u202F! Heure\u00A0: 18:42\u202F; «\u00A0ok\u00A0»');
  });
  it('spots punctuation glued to a word and straight quotes', () => {
    expect(typographyProblems('Merci!')).toHaveLength(1);
    expect(typographyProblems('Il a dit "non"')).toHaveLength(1);
    expect(typographyProblems('À 18:42, merci ! Et toi ?!')).toEqual([]);
  });
});

describe('French spacing of interface labels', () => {
  it('keeps « : » and « ? » on the line of the word before, without touching clock times or URLs', async () => {
    const { frenchSpacing } = await import('../src/narrative/typography');
    expect(frenchSpacing('Fins découvertes : 2 / 4 ? « oui » à 18:42, http://x')).toBe('Fins découvertes\u00A0: 2 / 4\u202F? «\u00A0oui\u00A0» à 18:42, http://x');
    expect(frenchSpacing(frenchSpacing('Qui peut lire ?'))).toBe('Qui peut lire\u202F?');
    expect(frenchSpacing("Établissement d'accueil, l'instant")).toBe('Établissement d’accueil, l’instant');
  });
});

describe('tags that depend on the role', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  // The demo with its third option's feedback, score and references written per role, as a
  // trainer would in Inky: `{etudiant(): …|…}` inside the tag.
  function demoWith(line31: (l: string) => string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'soignants-dyn-'));
    dirs.push(dir);
    const demo = readFileSync('stories/demo.ink', 'utf8').split('\n');
    const i = demo.findIndex((l) => l.startsWith('+ [Ne pas répondre ce soir.'));
    demo[i] = line31(demo[i]!);
    writeFileSync(path.join(dir, 'demo.ink'), demo.join('\n'));
    copyFileSync('stories/commun.ink', path.join(dir, 'commun.ink'));
    return path.join(dir, 'demo.ink');
  }
  const perRole = (l: string) => l
    .replace('#fb: Ne rien dire protège la patiente,', '#fb: {etudiant():En stage, ne rien dire protège la patiente|Ne rien dire protège la patiente},')
    .replace('#score: secret 1,', '#score: {etudiant():secret 1|secret 2},')
    .replace('#refs: csp-r4312-5', '#refs: csp-r4312-5{etudiant():, ifsi-discipline|, csp-l4124-6}');

  it('lists every value ink can give a tag', () => {
    expect(inkVariants('fb: {etudiant():En stage|Diplômé·e}, vous…')).toEqual(['fb: En stage, vous…', 'fb: Diplômé·e, vous…']);
    expect(inkVariants('refs: a{x: , b}')).toEqual(['refs: a, b', 'refs: a']);
    expect(inkVariants('fb: {&un|deux|trois}')).toEqual(['fb: un', 'fb: deux', 'fb: trois']);
    expect(inkVariants('fb: {a: x|y} et {b: z|w}')).toHaveLength(4);
    expect(inkVariants('fb: sans logique')).toEqual(['fb: sans logique']);
  });

  it('accepts feedback, score and references written per role, and each role gets its own', () => {
    const file = demoWith(perRole);
    expect(checkStoryFile(file).problems).toEqual([]);
    const json = compileInk(file).json!;
    const seen = (['etudiant', 'infirmier'] as const).map((role) => {
      const r = ScenarioRunner.load(json, 'demo') as ScenarioRunner;
      let stop = r.start(role).stop;
      while (stop?.kind === 'decision' && !stop.options.some((o) => o.text.startsWith('Ne pas répondre'))) stop = r.choose(0).batch.stop;
      const o = (stop as DecisionStep).options.find((x) => x.text.startsWith('Ne pas répondre'))!;
      return o.consequence;
    });
    expect(seen[0]!.feedback).toMatch(/^En stage, ne rien dire protège la patiente/);
    expect(seen[1]!.feedback).toMatch(/^Ne rien dire protège la patiente/);
    expect([seen[0]!.deltas.secret, seen[1]!.deltas.secret]).toEqual([1, 2]);
    expect(seen[0]!.refs).toEqual(['csp-r4312-5', 'ifsi-discipline']);
    expect(seen[1]!.refs).toEqual(['csp-r4312-5', 'csp-l4124-6']);
  });

  it('checks each variant: an unknown reference in one role only is still reported', () => {
    const file = demoWith((l) => perRole(l).replace('csp-l4124-6}', 'inconnue-7}'));
    expect(checkStoryFile(file).problems.map((p) => p.message)).toContain('référence juridique inconnue « inconnue-7 » (voir src/narrative/legal/references.ts)');
  });

  it('refuses ink logic in a tag whose value must stay fixed', () => {
    const file = demoWith((l) => l.replace('#do: ignore', '#do: {etudiant():ignore|reply}'));
    expect(checkStoryFile(file).problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^#do ne peut pas contenir de logique ink/));
  });
});

// Issue 10: each check of the legal model on a copy of the demo with one thing made wrong. Every
// test asserts the message at its line, and that the demo as written does not get it.
describe('checks that keep the law true', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const demo = readFileSync('stories/demo.ink', 'utf8');
  /** Writes `stories` (file name → text) with commun.ink into a fresh folder; returns the paths. */
  function write(stories: Record<string, string>): string[] {
    const dir = mkdtempSync(path.join(tmpdir(), 'soignants-law-'));
    dirs.push(dir);
    copyFileSync('stories/commun.ink', path.join(dir, 'commun.ink'));
    return Object.entries(stories).map(([name, text]) => {
      writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    });
  }
  function edited(from: string, to: string): string {
    expect(demo).toContain(from);
    return demo.replace(from, to);
  }
  /** « LINE: message » of every problem of one edited demo. */
  function problemsOf(text: string): string[] {
    const [file] = write({ 'demo.ink': text });
    return checkStoryFile(file!).problems.map((p) => `${p.line}: ${p.message}`);
  }
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('the demo as written passes every one of them', () => {
    expect(problemsOf(demo)).toEqual([]);
  });

  it('a midpoint in what a character says or writes (agreements follow Camille\'s gender)', () => {
    const text = edited('Elle va mieux, ne t\'inquiète pas. #from: moi', 'Je suis désolé·e, elle va mieux. #from: moi');
    expect(problemsOf(text)).toContain(`${lineOf(text, 'désolé·e')}: point médian « · » dans le récit : écrire l'accord avec {fem():…|…} (les formes inclusives restent pour l'interface)`);
  });

  it('an employer level that is not on the scale of the status staged', () => {
    // « exclusion temporaire » exists for a stagiaire or a contractuel, not for a titulaire (groups).
    const text = edited('#sanction: employeur; blâme; cgfp-l533-1', '#sanction: employeur; exclusion temporaire; cgfp-l533-1');
    expect(problemsOf(text)).toContain(`${lineOf(text, 'employeur; exclusion temporaire')}: #sanction : « exclusion temporaire » n'est pas sur l'échelle de l'employeur public pour un agent titulaire (voir stories/README.md)`);
    const contractuel = text.replace('# statut: titulaire', '# statut: contractuel');
    expect(problemsOf(contractuel).filter((p) => p.includes("n'est pas sur l'échelle"))).toEqual([]);
  });

  it('a header without the nurse\'s status', () => {
    const text = edited('# statut: titulaire\n', '');
    expect(problemsOf(text)).toContain("1: en-tête : « # statut: titulaire|stagiaire|contractuel|liberal » manquant (le statut de l'infirmier·e mis en scène décide de l'échelle de l'employeur)");
  });

  it('a complaint without who files it', () => {
    const text = edited('#sanction: penal; plainte; cp-226-13; par: Mme Lefèvre', '#sanction: penal; plainte; cp-226-13');
    expect(problemsOf(text)).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf(text, 'penal; plainte; cp-226-13')}: #sanction : « penal; plainte » demande « ; par: qui »`)));
  });

  it('an image offence (226-1) prosecuted without saying it needs the victim\'s complaint (226-6)', () => {
    const text = edited('#sanction: penal; plainte; cp-226-13; par: Mme Lefèvre', '#sanction: penal; plainte; cp-226-13, cp-226-1; par: Mme Lefèvre');
    expect(problemsOf(text)).toContain(`${lineOf(text, 'cp-226-13, cp-226-1;')}: #sanction : poursuites pour 226-1/226-2 seulement sur plainte de la victime : citer aussi cp-226-6`);
  });

  it('a penalty that is not said to be a maximum, and « est puni de »', () => {
    const maxi = "la révélation d'un secret expose à jusqu'à 1 an d'emprisonnement et 15 000 € d'amende";
    const bare = edited(maxi, "la révélation d'un secret coûte 1 an d'emprisonnement et 15 000 € d'amende");
    expect(problemsOf(bare)).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf(bare, 'coûte 1 an')}: peine sans « jusqu'à » ni « au plus » : toute peine est un maximum`)));
    const puni = edited(maxi, "la révélation d'un secret est punie d'un an d'emprisonnement et de 15 000 € d'amende");
    expect(problemsOf(puni)).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf(puni, 'est punie')}: « est puni\\(e\\) de » présente la peine comme automatique`)));
    // In a choice's feedback too.
    const fb = edited('c\'est une révélation, même à une seule amie.', 'c\'est une révélation, 15 000 € d\'amende.');
    expect(problemsOf(fb)).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf(fb, '15 000 € d\'amende.')}: #fb : peine sans « jusqu'à »`)));
  });

  it('the sentence actually given in a real case is written as it was', async () => {
    const { penaltyProblems } = await import('../src/narrative/validate/source');
    expect(penaltyProblems("Le tribunal correctionnel de Lille a condamné en 2010 deux aides-soignants à 2 mois d'emprisonnement avec sursis et 1 000 € d'amende.")).toEqual([]);
    expect(penaltyProblems('Marc, 58 ans, est sorti lundi.')).toEqual([]);
    expect(penaltyProblems("Il risque 1 an d'emprisonnement.")).toHaveLength(1);
  });

  it('a reference shown to a role it does not concern (an Ordre card for a student)', () => {
    const text = edited('#ending: demo-deni #title: L\'erreur minimisée #severity: serious #conduite: service', '#ending: demo-deni #title: L\'erreur minimisée #severity: serious #conduite: service #refs: csp-l4124-2');
    expect(problemsOf(text)).toContain(`${lineOf(text, '#ending: demo-deni')}: fin « demo-deni » : la référence « csp-l4124-2 » ne concerne pas le rôle étudiant·e (écrire {etudiant():…|…} dans la balise)`);
    // Written per role, it is fine, and only the nurse gets the card.
    const perRole = edited('#ending: demo-deni #title: L\'erreur minimisée #severity: serious #conduite: service', '#ending: demo-deni #title: L\'erreur minimisée #severity: serious #conduite: service #refs: csp-r4312-4{not etudiant():, csp-l4124-2}');
    expect(problemsOf(perRole)).toEqual([]);
    // A choice's #refs and #risk are filtered and checked the same way.
    const choice = edited('#refs: csp-r4312-5, cp-226-13 #risk', '#refs: csp-r4312-5, cp-226-13, ifsi-discipline #risk');
    expect(problemsOf(choice)).toContainEqual(expect.stringMatching(/^\d+: choix « Elle va mieux, ne t’inquiète pas\. » : la référence « ifsi-discipline » ne concerne pas le rôle infirmier·e/));
  });

  it('L.4124-2 on an ending that is not about an act of the hospital function', () => {
    const text = edited('#severity: serious #conduite: service', '#severity: serious #conduite: privee');
    expect(problemsOf(text)).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf(text, '#ending: demo-deni')}: fin « demo-deni » cite csp-l4124-2, qui ne vaut que pour les actes de la fonction publique`)));
    const none = edited('#severity: serious #conduite: service', '#severity: serious');
    expect(problemsOf(none)).toContainEqual(expect.stringMatching(/fin « demo-deni » cite csp-l4124-2/));
  });

  it('the same act scored differently in two scenarios, with both places', async () => {
    const { checkStoryFiles } = await import('../tools/stories-check');
    const other = edited('#act: reveler-diagnostic #score: secret -3,', '#act: reveler-diagnostic #score: secret -2,');
    const [a, b] = write({ 'a.ink': demo, 'b.ink': other });
    const line = lineOf(demo, '#act: reveler-diagnostic');
    const out = checkStoryFiles([a!, b!]).flatMap((r) => r.problems.map((p) => `${p.line}: ${p.message}`));
    expect(out.some((p) => p.startsWith(`${line}: #act: reveler-diagnostic : même acte, gravité différente de `) && p.includes(`a.ink:${line}`) && p.includes('« secret -2 ; penal: signalement au procureur »') && p.includes('« secret -3 ; penal: signalement au procureur »'))).toBe(true);
    // Same score, another ledger line: also reported.
    const risk = demo.replace('#act: reveler-diagnostic #score: secret -3, respect -1, posture -1, image 0', '#act: reveler-diagnostic #score: secret -3, respect -1, posture -1, image 0 #risk: civil; mise en demeure; cc-9; par: Mme Lefèvre');
    const [c, d] = write({ 'c.ink': demo, 'd.ink': risk });
    expect(checkStoryFiles([c!, d!]).flatMap((r) => r.problems.map((p) => p.message))).toContainEqual(expect.stringContaining('civil: mise en demeure'));
    expect(checkStoryFiles([c!, c!]).flatMap((r) => r.problems)).toEqual([]);
  });
});
