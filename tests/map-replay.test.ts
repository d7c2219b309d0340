// Replaying from any decision of the map must put the story back exactly where it was: same
// decision, same ink memory (same explorer state key), and then the other branch must be playable.
import { describe, expect, it } from 'vitest';
import { buildMapModel, currentPathOf } from '../src/map/model';
import { layoutMap } from '../src/map/layout';
import { drawMap, svgToString } from '../src/map/svg';
import { applyReplay, replayTargetOf } from '../src/map/replay';
import { ScenarioRunner } from '../src/narrative/runner';
import { statePath } from '../src/narrative/explorer';
import { recordDiscovery } from '../src/storage/schema';
import { compiledStories, explorations, syntheticStory } from './map-fixtures';

const { ok: stories } = compiledStories();
const demo = stories.find((s) => s.id === 'demo')!;

function load(json: string, id: string): ScenarioRunner {
  const r = ScenarioRunner.load(json, id);
  if (!(r instanceof ScenarioRunner)) throw new Error(r.message);
  return r;
}

describe('replay from any decision of the map', () => {
  for (const fx of [...stories, syntheticStory(5, 3)]) {
    for (const { role, ex } of explorations(fx)) {
      it(`${fx.id} (${role}): every decision is reached with the memory of its shallowest state`, () => {
        const model = buildMapModel(ex, undefined, null, fx.id);
        const runner = load(fx.json, fx.id);
        for (const d of model.decisions) {
          const stop = applyReplay(runner, replayTargetOf(d), role);
          expect(stop.id).toBe(d.decisionId);
          const states = [...ex.nodes.values()].filter((n) => n.decision.id === d.decisionId);
          const chosen = states.find((n) => statePath(ex.nodes, n.key).join() === d.replayPath.join())!;
          expect(chosen.depth).toBe(Math.min(...states.map((n) => n.depth)));
          expect(runner.explorerState().key).toBe(chosen.key);
          expect(runner.choicesMade.map((h) => h.optionIndex)).toEqual(d.replayPath);
        }
      });
    }
  }
});

describe('replay through the player\'s own history', () => {
  it('rewinds to the ink state saved before the decision, then the other option reaches another ending', () => {
    const { ex } = explorations(demo).find((e) => e.role === 'etudiant')!;
    const runner = load(demo.json, 'demo');
    runner.start('etudiant');
    const keyAtFirst = runner.explorerState().key;
    runner.choose(0);
    const keyAtSecond = runner.explorerState().key;
    const first = runner.choose(0).batch.stop;
    expect(first.kind).toBe('ending');

    const model = buildMapModel(ex, recordDiscovery(undefined, first.id, runner.choicesMade.map((h) => `${h.decision.id}:${h.optionIndex}`), true), currentPathOf(runner.choicesMade, first.id));
    const cadre = model.decisions.find((d) => d.decisionId === 'demo-cadre')!;
    expect(cadre.historyIndex).toBe(1);
    expect(applyReplay(runner, replayTargetOf(cadre), 'etudiant').id).toBe('demo-cadre');
    expect(runner.explorerState().key).toBe(keyAtSecond);
    expect(runner.choicesMade).toHaveLength(1);
    const second = runner.choose(1).batch.stop;
    expect(second.kind).toBe('ending');
    expect(second.id).not.toBe(first.id);

    const start = model.decisions.find((d) => d.decisionId === 'demo-voisine')!;
    // The history now is [voisine:0]: its index 0 still matches, so this is a rewind too.
    applyReplay(runner, replayTargetOf(start), 'etudiant');
    expect(runner.explorerState().key).toBe(keyAtFirst);
    expect(runner.choicesMade).toHaveLength(0);
  });

  it('falls back to replaying the path when the history does not go through the decision', () => {
    const { ex } = explorations(demo)[0]!;
    const runner = load(demo.json, 'demo');
    runner.start(ex.role);
    runner.choose(1); // straight to an ending: the cadre's decision is not in this history
    const model = buildMapModel(ex, undefined, currentPathOf(runner.choicesMade, 'demo-secret-garde'));
    const cadre = model.decisions.find((d) => d.decisionId === 'demo-cadre')!;
    expect(cadre.historyIndex).toBeNull();
    expect(applyReplay(runner, replayTargetOf(cadre), ex.role).id).toBe('demo-cadre');
    expect(runner.choicesMade.map((h) => h.optionIndex)).toEqual([0]);
  });

  it('refuses a path that no longer leads to the decision (story edited since)', () => {
    const runner = load(demo.json, 'demo');
    expect(() => applyReplay(runner, { decisionId: 'demo-cadre', historyIndex: null, path: [1] }, 'etudiant')).toThrow();
  });
});

describe('map model: what the player has seen', () => {
  const { ex } = explorations(demo).find((e) => e.role === 'infirmier')!;

  it('counts endings found for this role and marks visited and never-visited branches', () => {
    const d = recordDiscovery(recordDiscovery(undefined, 'demo-deni', ['demo-voisine:0', 'demo-cadre:1'], true), 'demo-silence', ['demo-voisine:2'], true);
    const m = buildMapModel(ex, d, null);
    expect([m.found, m.total]).toEqual([2, 4]);
    const voisine = m.decisions.find((x) => x.decisionId === 'demo-voisine')!;
    expect(voisine.options.map((o) => o.visited)).toEqual([true, false, true]);
    expect(m.endings.filter((e) => e.discovered).map((e) => e.endingId).sort()).toEqual(['demo-deni', 'demo-silence']);
    expect(m.decisions.every((x) => x.visited)).toBe(true);
  });

  it('starts at 0 / N with only the start reached, and the ending being shown counts at once', () => {
    const m0 = buildMapModel(ex, undefined, null);
    expect([m0.found, m0.total]).toEqual([0, 4]);
    expect(m0.decisions.find((x) => x.decisionId === 'demo-cadre')!.visited).toBe(false);
    const m1 = buildMapModel(ex, undefined, { choices: [{ decisionId: 'demo-voisine', optionIndex: 1 }], endingId: 'demo-secret-garde' });
    expect(m1.found).toBe(1);
    expect(m1.endings.find((e) => e.current)?.endingId).toBe('demo-secret-garde');
  });

  it('gives each ending the sanctions of the role only', () => {
    const deniNurse = buildMapModel(ex, undefined, null).endings.find((e) => e.endingId === 'demo-deni')!;
    expect(deniNurse.sanctions.map((s) => s.authority)).toEqual(['ordre', 'employeur', 'penal']);
    const student = explorations(demo).find((e) => e.role === 'etudiant')!.ex;
    const deniStudent = buildMapModel(student, undefined, null).endings.find((e) => e.endingId === 'demo-deni')!;
    expect(deniStudent.sanctions.map((s) => s.authority)).toEqual(['institut', 'stage', 'penal']);
  });
});

describe('map drawing: the branches already taken', () => {
  const { ex } = explorations(demo).find((e) => e.role === 'infirmier')!;

  it('draws the edges of the options taken as visited, and only those', () => {
    // Two endings found: « demo-deni » by options 0 then 1, « demo-silence » by option 2.
    const d = recordDiscovery(recordDiscovery(undefined, 'demo-deni', ['demo-voisine:0', 'demo-cadre:1'], true), 'demo-silence', ['demo-voisine:2'], true);
    const layout = layoutMap(buildMapModel(ex, d, null));
    const name = (id: string) => id.replace(/^d:/, '');
    const visited = layout.edges.filter((e) => e.visited).map((e) => `${name(e.from)}:${e.option}`).sort();
    expect(visited).toEqual(['demo-cadre:1', 'demo-voisine:0', 'demo-voisine:2']);
    // What the player sees: those edges drawn in the visited style.
    const svg = svgToString(drawMap(layout));
    expect(svg.match(/class="map-edge visited/g) ?? []).toHaveLength(3);
  });
});
