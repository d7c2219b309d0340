// npm run bench:long — how the explorer and the branch map grow with a trainer's long scenario:
// generated stories of 10, 100, 1,000 and 5,000 decisions (tools/synthetic-story.ts), each compiled,
// explored (one role), then its map built, laid out and drawn, as the game draws it (at most
// MAP_MAX_DECISIONS decisions) and whole (what the map would cost without the limit). Figures only.
// The heap: its live peak while exploring (collected and read every 500 states) and what is in use
// once the maps are built.
//   npm run bench:long -- 10 100      # other sizes
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { layoutMap } from '../src/map/layout';
import { buildMapModel, MAP_MAX_DECISIONS, type MapModel } from '../src/map/model';
import { drawMap, svgToString } from '../src/map/svg';
import { explore } from '../src/narrative/explorer';
import { compileSynthetic } from './synthetic-story';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [10, 100, 1_000, 5_000];
const fr = new Intl.NumberFormat('fr-FR');
const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const ms = (x: number) => (x < 1000 ? `${x.toFixed(0)} ms` : s(x));
const mb = (chars: number) => (chars < 1e6 ? `${(chars / 1024).toFixed(0)} ko` : `${(chars / 1e6).toFixed(1)} Mo`);

// A collector to call: the heap is read live (what the explorer holds), not with whatever garbage
// the compiler or the previous size left (the 5,000-decision compile leaves ~0.8 GB of it).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

function map(model: MapModel): { layoutMs: number; drawMs: number; svg: number } {
  const layout = timed(() => layoutMap(model));
  const svg = timed(() => svgToString(drawMap(layout.value)));
  return { layoutMs: layout.ms, drawMs: svg.ms, svg: svg.value.length };
}

console.log(`## Longs scénarios générés (explorateur et carte), un rôle — charge ${loadavg()[0]!.toFixed(2)} sur ${cpus().length} cœurs`);
for (const n of SIZES) {
  const story = timed(() => compileSynthetic(n));
  // The live heap sampled as the explorer goes (collected every 500 states): its peak, not what is left after it.
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const onState = (k: number) => {
    if (k % 500) return;
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const ex = timed(() => explore(story.value.json, story.value.id, 'etudiant', { onState }));
  gc();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const model = timed(() => buildMapModel(ex.value, undefined, null, story.value.id));
  const drawn = map(model.value);
  const whole = n > MAP_MAX_DECISIONS ? map(buildMapModel(ex.value, undefined, null, story.value.id, Infinity)) : null;
  const mem = process.memoryUsage().heapUsed;
  console.log(
    `${fr.format(n)} décisions : compilation ${s(story.ms)} ; exploration ${s(ex.ms)} (${fr.format(ex.value.states)} états, plus long chemin ${fr.format(ex.value.longestPath)}) ; `
    + `carte : modèle ${ms(model.ms)}, mise en page ${ms(drawn.layoutMs)}, SVG ${ms(drawn.drawMs)} et ${mb(drawn.svg)} `
    + `(${model.value.omitted ? `${fr.format(model.value.omitted.shownDecisions)} décisions dessinées` : 'entière'})`
    + (whole ? ` ; carte entière : mise en page ${ms(whole.layoutMs)}, SVG ${ms(whole.drawMs)} et ${mb(whole.svg)}` : '')
    + ` ; tas vivant : ${mb(peak)} au plus haut pendant l'exploration (${mb(peak - heapBefore)} de plus qu'avant), ${mb(mem)} après la carte`,
  );
}
