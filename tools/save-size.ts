// Prints the size of the autosave a player leaves at the last decision of each story's longest
// path (both roles): what localStorage holds per game in progress, and what must fit SCORM's
// suspend_data. Usage: npx tsx tools/save-size.ts
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { compileInk } from './ink-compile';
import { explore, type Exploration } from '../src/narrative/explorer';
import { ScenarioRunner } from '../src/narrative/runner';
import { restoreSnapshot, takeSnapshot } from '../src/narrative/snapshot';
import { ROLES } from '../src/narrative/types';

/** Option indices of a longest path from the start to an ending (decision graph, loops cut). */
export function longestPath(ex: Exploration): number[] {
  const memo = new Map<string, number[]>();
  const onStack = new Set<string>();
  const from = (key: string): number[] => {
    const hit = memo.get(key);
    if (hit) return hit;
    onStack.add(key);
    let best: number[] = [];
    let found = false;
    for (const o of ex.nodes.get(key)!.options) {
      let rest: number[] | null;
      if (o.target.kind === 'ending') rest = [];
      else if (onStack.has(o.target.key)) rest = null;
      else rest = from(o.target.key);
      if (rest && (!found || rest.length + 1 > best.length)) {
        best = [o.option.index, ...rest];
        found = true;
      }
    }
    onStack.delete(key);
    memo.set(key, best);
    return best;
  };
  return ex.root.kind === 'decision' ? from(ex.root.key) : [];
}

const dir = path.resolve('stories');
for (const f of readdirSync(dir).filter((x) => x.endsWith('.ink')).sort()) {
  const r = compileInk(path.join(dir, f), path.resolve('.'));
  if (!r.json) continue;
  const id = f.replace(/\.ink$/, '');
  for (const role of ROLES) {
    const ex = explore(r.json, id, role);
    if (ex.root.kind !== 'decision') break;
    const p = longestPath(ex);
    const runner = ScenarioRunner.load(r.json, id) as ScenarioRunner;
    runner.start(role);
    for (const i of p.slice(0, -1)) runner.choose(i);
    const snap = takeSnapshot(runner);
    const bytes = new TextEncoder().encode(JSON.stringify(snap)).length;
    // Resuming replays the choices: time it on a fresh runner (median of 20).
    const times: number[] = [];
    for (let k = 0; k < 20; k++) {
      const again = ScenarioRunner.load(r.json, id) as ScenarioRunner;
      const t0 = performance.now();
      restoreSnapshot(again, snap);
      times.push(performance.now() - t0);
    }
    const median = times.sort((a, b) => a - b)[10]!;
    console.log(`${id.padEnd(16)} ${role.padEnd(9)} ${String(p.length).padStart(2)} décisions  sauvegarde à la dernière : ${(bytes / 1024).toFixed(1)} ko (${bytes} octets), reprise ${median.toFixed(1)} ms`);
  }
}
