// npm run stories:check — compiles every story, checks it against the scenario format in both
// roles, prints each problem as « stories/FILE.ink:LINE: message », exits 1 when there is any.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkActs, checkSources, type ActUse, type Problem, type SourceFile } from '../src/narrative/validate/source';
import { checkStory } from '../src/narrative/validate/story';
import { registerMedia } from '../src/narrative/media';
import type { Exploration } from '../src/narrative/explorer';
import type { Role } from '../src/narrative/types';
import { fingerprint } from '../src/narrative/runner';
import { compileInk, relToRoot, type CompileResult } from './ink-compile';

/** Files that are only INCLUDEd, never played on their own. */
const INCLUDE_ONLY = new Set(['commun.ink']);

export function storyFiles(dir = 'stories'): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ink') && !INCLUDE_ONLY.has(f))
    .sort()
    .map((f) => path.join(dir, f));
}

export interface CheckedStory {
  file: string;
  problems: Problem[];
  summary: string | null;
  /** Options tagged `#act:`, compared across every scenario by checkStoryFiles. */
  acts: ActUse[];
}

/** What a caller already has of this story (a test that also explores it): not made twice. */
export interface Precomputed {
  compiled?: CompileResult;
  explored?: ReadonlyMap<Role, Exploration>;
}

export function checkStoryFile(file: string, root = process.cwd(), pre: Precomputed = {}): CheckedStory {
  const rel = relToRoot(path.resolve(file), root);
  const compiled = pre.compiled ?? compileInk(file, root);
  const problems: Problem[] = compiled.problems.filter((p) => p.severity === 'error' || true).map((p) => ({ file: p.file, line: p.line, message: p.severity === 'warning' ? `avertissement ink : ${p.message}` : p.message }));
  const sources: SourceFile[] = compiled.files.filter((f) => f.endsWith('.ink')).map((f) => ({ file: relToRoot(f, root), text: readFileSync(f, 'utf8') }));
  registerMedia(compiled.media);
  const src = checkSources(sources, compiled.media);
  problems.push(...src.problems);
  if (!compiled.json) return { file: rel, problems, summary: null, acts: src.acts };
  const id = path.basename(file, '.ink');
  const story = checkStory(compiled.json, id, src, rel, undefined, pre.explored);
  problems.push(...story.problems);
  const fig = story.figures
    .map((f) => `${f.role} : ${f.decisions} décisions (${f.wideDecisions} à 3+ options), ${f.longestPath} sur le plus long chemin, ${f.endings} fins, ${f.paths} chemins, ${f.states} états, ${f.ms.toFixed(0)} ms`)
    .join(' ; ');
  return { file: rel, problems, summary: `${rel} — ${src.words} mots — ${fig}`, acts: src.acts };
}

/** Every file, then the checks that compare scenarios (the same act scored the same everywhere). */
export function checkStoryFiles(files: readonly string[], root = process.cwd()): CheckedStory[] {
  const out = files.map((f) => checkStoryFile(f, root));
  for (const p of checkActs(out.flatMap((r) => r.acts))) {
    const owner = out.find((r) => r.file === p.file) ?? out.find((r) => r.acts.some((a) => a.file === p.file)) ?? out[0];
    owner?.problems.push(p);
  }
  return out;
}

function main(): void {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : storyFiles();
  let count = 0;
  let warnings = 0;
  const summaries: string[] = [];
  for (const r of checkStoryFiles(files)) {
    const sorted = r.problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    for (const p of sorted) console.log(`${p.file}:${p.line}: ${p.message}`);
    // Warnings are printed, and do not fail the check.
    const w = sorted.filter((p) => p.warning).length;
    warnings += w;
    count += sorted.length - w;
    if (r.summary) summaries.push(r.summary);
  }
  // The decision tables the page ships (npm run tables) are made from a story's text: say when one is stale.
  for (const f of files) {
    const table = f.replace(/\.ink$/, '.decisions.json');
    if (!existsSync(table)) continue;
    const json = compileInk(f).json;
    const shipped = (JSON.parse(readFileSync(table, 'utf8')) as { fingerprint?: string }).fingerprint;
    if (json && shipped !== fingerprint(json)) {
      console.log(`${relToRoot(path.resolve(table), process.cwd())}:1: table de décisions faite pour une autre version du scénario : lancez npm run tables`);
      count++;
    }
  }
  console.log('');
  for (const s of summaries) console.log(s);
  const also = warnings ? ` (et ${warnings} avertissement(s))` : '';
  console.log(count ? `\n${count} problème(s) dans ${files.length} scénario(s)${also}.` : `\nAucun problème dans ${files.length} scénario(s)${also}.`);
  process.exit(count ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('tools', 'stories-check.ts'))) main();
