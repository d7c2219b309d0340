// npm run bench (via tools/bench.ts) — branch map figures, printed only (no pass/fail):
// layout + first draw of each scenario's map (target < 200 ms for the largest), and rewind to
// every decision (target < 50 ms), both through the player's history and by replaying a path.
import { buildMapModel } from '../src/map/model';
import { layoutMap } from '../src/map/layout';
import { applyReplay, replayTargetOf } from '../src/map/replay';
import { drawMap, svgToString } from '../src/map/svg';
import { explore } from '../src/narrative/explorer';
import { ScenarioRunner } from '../src/narrative/runner';
import { ROLES } from '../src/narrative/types';
import { compiledStories, syntheticStory } from '../tests/map-fixtures';

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Best of a few runs after a warm-up: the first call pays for JIT compilation, not the layout. */
function time<T>(fn: () => T, runs = 5): { first: number; best: number; value: T } {
  let t0 = performance.now();
  let value = fn();
  const first = performance.now() - t0;
  let best = first;
  for (let i = 1; i < runs; i++) {
    t0 = performance.now();
    value = fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { first, best, value };
}

interface Row { id: string; role: string; states: number; decisions: number; endings: number; first: number; best: number; svgKb: number; rewindMax: number; rewindMed: number; historyMax: number }

function bench(id: string, json: string): Row[] {
  const rows: Row[] = [];
  for (const role of ROLES) {
    const ex = explore(json, id, role);
    const draw = time(() => {
      const model = buildMapModel(ex, undefined, null, id);
      const layout = layoutMap(model);
      return { model, svg: svgToString(drawMap(layout)) };
    });
    const { model } = draw.value;
    const runner = ScenarioRunner.load(json, id) as ScenarioRunner;
    // Worst case: no history to rewind to, the path is replayed from the start.
    // Best of three per decision: one stray GC pause is not the cost of that decision.
    const byPath = model.decisions.map((d) => time(() => applyReplay(runner, { ...replayTargetOf(d), historyIndex: null }, role), 3).best);
    // Usual case: the decision is in the player's history (ink state restored directly).
    const deepest = [...model.decisions].sort((a, b) => b.replayPath.length - a.replayPath.length)[0]!;
    applyReplay(runner, { ...replayTargetOf(deepest), historyIndex: null }, role);
    const depth = runner.choicesMade.length;
    const byHistory: number[] = [];
    for (let i = depth - 1; i >= 0; i--) {
      const t0 = performance.now();
      runner.rewindTo(i);
      byHistory.push(performance.now() - t0);
      applyReplay(runner, { ...replayTargetOf(deepest), historyIndex: null }, role);
    }
    rows.push({
      id, role, states: ex.states, decisions: model.decisions.length, endings: model.total, first: draw.first, best: draw.best,
      svgKb: draw.value.svg.length / 1024, rewindMax: Math.max(...byPath), rewindMed: median(byPath), historyMax: Math.max(0, ...byHistory),
    });
  }
  return rows;
}

console.log('## Carte des embranchements (modèle + mise en page + SVG) et retour à une décision');
const stories = compiledStories();
for (const s of stories.skipped) console.log(`ignoré : ${s}`);
const rows: Row[] = stories.ok.flatMap((s) => bench(s.id, s.json));
const synth = syntheticStory(9, 5);
const synthRows = bench(synth.id, synth.json);
for (const r of [...rows, ...synthRows]) {
  console.log(`${r.id} (${r.role}): ${r.states} états, ${r.decisions} décisions, ${r.endings} fins — carte : ${ms(r.first)} au premier tracé, ${ms(r.best)} ensuite (SVG ${r.svgKb.toFixed(0)} ko) ; retour à une décision : rejeu du chemin ${ms(r.rewindMed)} médiane, ${ms(r.rewindMax)} au pire ; par l'historique ${ms(r.historyMax)} au pire`);
}
const real = rows.filter((r) => r.id !== 'demo');
// Largest = most explorer states: merging them is what the first draw pays for.
const largest = (real.length ? real : rows).sort((a, b) => b.states - a.states)[0];
if (largest) {
  console.log(`Plus grand scénario : ${largest.id} (${largest.role}) — premier tracé de la carte ${ms(largest.first)} (cible < 200 ms) ; retour à une décision : ${ms(largest.historyMax)} au pire par l'historique du joueur, ${ms(largest.rewindMax)} au pire en rejouant le chemin depuis le début (cible < 50 ms)`);
}
console.log(`(${synth.id} : histoire générée, plus grande que les vraies, pour voir la marge.)`);
console.log("Premier affichage dans le navigateur : mesuré par tests/browser/debrief-map.test.ts (pas de cible chiffrée).\n");
