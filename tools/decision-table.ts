// npx tsx tools/decision-table.ts stories/x.ink — prints the story's decision table (JSON) on stdout.
// Run by the ink plugin in a process of its own for `x.ink?decisions`: the explorer and the runner
// are game modules, which the Vite config (that loads the plugin) is kept free of.
import path from 'node:path';
import { compileInk } from './ink-compile';
import { fingerprint } from '../src/narrative/runner';
import { buildDecisionTable } from '../src/learning/decisionTable';

const file = process.argv[2];
if (!file) throw new Error('usage: tsx tools/decision-table.ts stories/x.ink');
const result = compileInk(path.resolve(file));
if (!result.json) {
  process.stdout.write('null');
} else {
  const id = path.basename(file, '.ink');
  process.stdout.write(JSON.stringify(buildDecisionTable(result.json, id, fingerprint(result.json))));
}
