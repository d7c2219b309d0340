// npm run tables — writes stories/<id>.decisions.json, each story's decision table (learning/
// decisionTable.ts), which the page ships for « Résultats de la classe » and the trainer's short path.
// Made here, not in every build: exploring the five stories takes 5–15 s, and the site, the single
// file and the SCORM packages would each pay it. tests/decision-table.test.ts fails when a table no
// longer matches its story (run this again after changing a story). `--check`: only says which are stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileInk } from './ink-compile';
import { readHeaders, storiesDir } from './vite-plugin-ink';
import { fingerprint } from '../src/narrative/runner';
import { buildDecisionTable } from '../src/learning/decisionTable';

/** Where a story's table is shipped. */
export const tableFile = (dir: string, id: string) => path.join(dir, `${id}.decisions.json`);

/** The table as written: one state per line, so that a story change shows as a readable diff. */
export function tableText(table: NonNullable<ReturnType<typeof buildDecisionTable>>): string {
  const { roles, decisions, endings, ...head } = table;
  const lines = [`{${JSON.stringify(head).slice(1, -1)},`, '"roles": {'];
  const keys = Object.keys(roles) as (keyof typeof roles)[];
  keys.forEach((k, i) => {
    lines.push(`${JSON.stringify(k)}: {"root": ${roles[k].root}, "nodes": [`);
    lines.push(roles[k].nodes.map((n) => JSON.stringify(n)).join(',\n'));
    lines.push(`]}${i < keys.length - 1 ? ',' : ''}`);
  });
  lines.push('},', '"decisions": [', decisions.map((d) => JSON.stringify(d)).join(',\n'), '],');
  lines.push('"endings": [', endings.map((e) => JSON.stringify(e)).join(',\n'), ']}');
  return lines.join('\n') + '\n';
}

function main(): void {
  const check = process.argv.includes('--check');
  const dir = storiesDir(process.cwd());
  let stale = 0;
  for (const h of readHeaders(dir)) {
    const c = compileInk(path.join(dir, `${h.id}.ink`));
    if (!c.json) throw new Error(`${h.id}.ink ne compile pas`);
    const table = buildDecisionTable(c.json, h.id, fingerprint(c.json));
    const file = tableFile(dir, h.id);
    const text = table ? tableText(table) : null;
    const old = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (old === text || (text === null && old === null)) continue;
    stale++;
    if (check) {
      console.log(`${path.relative(process.cwd(), file)} : à refaire (npm run tables)`);
      continue;
    }
    if (text === null) {
      console.log(`${h.id} : pas de table (histoire trop grande pour l'explorateur, ou boucle) ; les codes seront rejoués`);
      continue;
    }
    writeFileSync(file, text);
    console.log(`${path.relative(process.cwd(), file)} écrit (${(text.length / 1024).toFixed(0)} Kio)`);
  }
  if (!stale) console.log('Tables de décisions à jour.');
  if (check && stale) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.dirname, 'decision-tables.ts')) main();
