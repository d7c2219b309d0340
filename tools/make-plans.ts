// Drafts playthrough plans (one per ending and role, along the shortest path the explorer found).
// Usage: npx tsx tools/make-plans.ts stories/x.ink > tests/plans/x.json — then read and check them:
// a plan is a claim about the story that a trainer should agree with.
// With --refresh tests/plans/x.json: keeps each plan's choices (written by hand) and replays them to
// update only what the story now gives (axes, sanctions); read the diff before committing it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { explore } from '../src/narrative/explorer';
import { playPlan, type Plan } from '../src/narrative/plans';
import { ScenarioRunner } from '../src/narrative/runner';
import { ROLES } from '../src/narrative/types';
import { compileInk, formatProblem } from './ink-compile';

const refresh = process.argv.indexOf('--refresh');
const refreshFile = refresh >= 0 ? process.argv[refresh + 1] : null;
const file = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--refresh');
if (!file) {
  console.error('usage: tsx tools/make-plans.ts stories/FILE.ink');
  process.exit(2);
}
const compiled = compileInk(file);
if (!compiled.json) {
  for (const p of compiled.problems) console.error(formatProblem(p));
  process.exit(1);
}
const story = path.basename(file, '.ink');
if (refreshFile) {
  const old = JSON.parse(readFileSync(refreshFile, 'utf8')) as Plan[];
  const updated = old.map((p) => {
    const r = playPlan(compiled.json!, p);
    if (r.missing || r.ending !== p.ending) {
      console.error(`${p.role} → ${p.ending} : le parcours ne mène plus là (${r.missing ? `choix « ${r.missing.wanted} » absent` : r.ending})`);
      return p;
    }
    return { ...p, expect: { axes: r.axes, sanctions: r.sanctions } };
  });
  console.log(JSON.stringify(updated, null, 2));
  process.exit(0);
}
const plans: Plan[] = [];
for (const role of ROLES) {
  const ex = explore(compiled.json, story, role);
  for (const [id, e] of ex.endings) {
    if (!id) continue;
    const runner = ScenarioRunner.load(compiled.json, story) as ScenarioRunner;
    let batch = runner.start(role);
    const choices: string[] = [];
    for (const idx of e.examplePath) {
      if (batch.stop.kind !== 'decision') break;
      choices.push(batch.stop.options[idx]!.text.replace(/\u202F|\u00A0/g, ' ').replace(/’/g, "'"));
      batch = runner.choose(idx).batch;
    }
    const r = playPlan(compiled.json, { story, role, choices });
    plans.push({ story, role, ending: id, choices, expect: { axes: r.axes, sanctions: r.sanctions } });
  }
}
console.log(JSON.stringify(plans, null, 2));
