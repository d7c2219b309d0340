// A scenario is data: a new .ink file (and its photos beside it) in the stories folder appears in
// the menu's list, loads with its photos, and is explored and mapped, with no code naming it.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { inkPlugin } from '../tools/vite-plugin-ink';
import { parseMediaFile } from '../src/narrative/media';

const NEW_STORY = `# title: La salle d'attente
# theme: Une scène écrite par une formatrice, sans développeur
# duration: 4
# group: Scénarios de la formatrice
# statut: titulaire
# contact: lou; Lou Martin; Amie de Camille
# thread: dm-lou; chat; Lou Martin; moi, lou

INCLUDE commun.ink

-> choisir_role -> debut

=== debut ===
#open: chat
Regarde qui attend aux urgences 😮 #from: lou #in: dm-lou #photo: sa-salle-attente
#decision: sa-photo #note: Que répondre ? #expect: Ne rien confirmer, ne rien relayer. #refs: csp-r4312-5
+ [« Je ne peux rien te dire là-dessus. » #do: reply #score: secret 2, respect 1, posture 1, image 0 #fb: Vous ne confirmez rien. #refs: csp-r4312-5]
    -> fin_bien
+ [« Oui, il est chez nous depuis hier. » #do: reply #act: confirmer-hospitalisation #score: secret -2, respect -1, posture -1, image 0 #fb: Vous confirmez une hospitalisation à une personne extérieure à l'équipe. #refs: cp-226-13 #risk: penal; signalement au procureur; cp-226-13]
    -> fin_mal

=== fin_bien ===
#ending: sa-rien-dit #title: Rien de confirmé #severity: exemplary
#sanction: aucune
Vous n'avez rien confirmé. Le secret couvre jusqu'à la présence d'un patient. Votre amie a compris. #debrief
Que dire si elle insiste ? #question
Pourquoi la présence d'un patient est-elle secrète ? #question
-> END

=== fin_mal ===
#ending: sa-confirme #title: Une présence confirmée #severity: moderate
#sanction: penal; signalement au procureur; cp-226-13
Vous avez confirmé qu'une personne est hospitalisée. C'est déjà une révélation. Le procureur peut poursuivre sur simple signalement. #debrief
Qu'auriez-vous pu répondre ? #question
Qui peut recevoir cette information ? #question
-> END
`;

const NEW_MEDIA = JSON.stringify([{ id: 'sa-salle-attente', alt: "Photo floue d'une salle d'attente d'urgences, avec des personnes assises de dos.", scene: 'landscape', identifiers: ['silhouettes de dos'] }], null, 2);

const dir = mkdtempSync(path.join(tmpdir(), 'soignants-stories-'));
let server: ViteDevServer | null = null;
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a new scenario is only a story file', () => {
  it('appears in the menu list, loads with its photos, and is explored and mapped', async () => {
    copyFileSync('stories/commun.ink', path.join(dir, 'commun.ink'));
    copyFileSync('stories/commun.media.json', path.join(dir, 'commun.media.json'));
    writeFileSync(path.join(dir, 'salle-attente.ink'), NEW_STORY);
    writeFileSync(path.join(dir, 'salle-attente.media.json'), NEW_MEDIA);
    process.env.SOIGNANTS_STORIES = dir;
    try {
      server = await createServer({ configFile: false, root: process.cwd(), logLevel: 'silent', plugins: [inkPlugin()], server: { middlewareMode: true, hmr: false }, appType: 'custom', optimizeDeps: { noDiscovery: true, include: [] } });
      const content = (await server.ssrLoadModule('/src/content/scenarios.ts')) as typeof import('../src/content/scenarios');
      // The menu lists it under its group, with its title and length; commun.ink (no title) is no scenario.
      expect(content.scenarioCards()).toEqual([
        { id: 'salle-attente', title: 'La salle d’attente', theme: 'Une scène écrite par une formatrice, sans développeur', durationMinutes: 4, demo: false, group: 'Scénarios de la formatrice' },
      ]);
      const json = await content.findScenario('salle-attente')!.load();
      const media = (await server.ssrLoadModule('/src/narrative/media/index.ts')) as typeof import('../src/narrative/media');
      expect(media.findMedia('sa-salle-attente')?.scene).toBe('landscape');
      const { explore } = (await server.ssrLoadModule('/src/narrative/explorer.ts')) as typeof import('../src/narrative/explorer');
      const { buildMapModel } = (await server.ssrLoadModule('/src/map/model.ts')) as typeof import('../src/map/model');
      for (const role of ['etudiant', 'infirmier'] as const) {
        const ex = explore(json, 'salle-attente', role);
        expect([...ex.endings.keys()].sort()).toEqual(['sa-confirme', 'sa-rien-dit']);
        const model = buildMapModel(ex, undefined, null, 'salle-attente');
        expect(model.endings.map((e) => e.id).sort()).toEqual(['e:sa-confirme', 'e:sa-rien-dit']);
        expect(model.decisions.map((d) => d.id)).toEqual(['d:sa-photo']);
      }
    } finally {
      delete process.env.SOIGNANTS_STORIES;
    }
  }, 120_000);
});

describe('photo files', () => {
  it('name the line of each problem', () => {
    const text = '[\n  { "id": "ok-photo", "alt": "Une tasse de café sur une table.", "scene": "object", "identifiers": [] },\n  { "id": "bad", "alt": "x", "scene": "sunset", "identifiers": "visage" }\n]\n';
    const r = parseMediaFile(text, 'stories/x.media.json');
    expect(r.items.map((i) => i.id)).toEqual(['ok-photo']);
    expect(r.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['stories/x.media.json:3', 'stories/x.media.json:3', 'stories/x.media.json:3']);
    expect(r.problems.map((p) => p.message).join(' | ')).toMatch(/alt.*scene.*identifiers/);
    expect(parseMediaFile('[{"id": "a",', 'f.json').problems[0]!.message).toMatch(/pas du JSON valide/);
  });
});
