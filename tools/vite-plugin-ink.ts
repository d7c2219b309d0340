// Vite plugin: `import story from '../stories/x.ink'` gives the compiled story JSON (a string).
// The compiler runs here at build/dev time only, so players never download it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compileInk, formatProblem } from './ink-compile.ts';

const INDEX_ID = 'virtual:scenario-index';
const RESOLVED_INDEX_ID = '\0' + INDEX_ID;

export interface ScenarioHeader {
  id: string;
  title: string;
  theme: string;
  durationMinutes: number;
}

/**
 * The menu needs each story's title, theme and length before any story (or the ink runtime)
 * is downloaded: read them from the header tags at build time.
 */
export function readHeaders(storiesDir: string): ScenarioHeader[] {
  const out: ScenarioHeader[] = [];
  for (const f of readdirSync(storiesDir).filter((x) => x.endsWith('.ink')).sort()) {
    const header: ScenarioHeader = { id: path.basename(f, '.ink'), title: '', theme: '', durationMinutes: 0 };
    for (const line of readFileSync(path.join(storiesDir, f), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)) {
      const t = line.trim();
      if (!t || t.startsWith('//')) continue;
      if (!t.startsWith('#')) break;
      // Only three simple header tags are read here (stories:check validates them all); the
      // config stays free of the game's own modules, which Vite would load as config code.
      const m = /^#\s*(title|theme|duration)\s*:\s*(.+)$/.exec(t);
      if (!m) continue;
      if (m[1] === 'title') header.title = m[2]!.trim();
      if (m[1] === 'theme') header.theme = m[2]!.trim();
      if (m[1] === 'duration') header.durationMinutes = Number(m[2]) || 0;
    }
    if (header.title) out.push(header);
  }
  return out;
}

export function inkPlugin(): Plugin {
  let root = process.cwd();
  // file -> the .ink roots that INCLUDE it, for hot reload of shared files.
  const includers = new Map<string, Set<string>>();
  return {
    name: 'soignants-ink',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === INDEX_ID ? RESOLVED_INDEX_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_INDEX_ID) return null;
      const dir = path.resolve(root, 'stories');
      for (const f of readdirSync(dir)) if (f.endsWith('.ink')) this.addWatchFile(path.join(dir, f));
      return `export default ${JSON.stringify(readHeaders(dir))};`;
    },
    transform(_code, id) {
      if (!id.endsWith('.ink')) return null;
      const file = id.split('?')[0]!;
      const result = compileInk(file, root);
      for (const f of result.files) {
        this.addWatchFile(f);
        if (!includers.has(f)) includers.set(f, new Set());
        includers.get(f)!.add(file);
      }
      for (const p of result.problems.filter((x) => x.severity === 'warning')) this.warn(formatProblem(p));
      const firstError = result.problems.find((p) => p.severity === 'error');
      if (!result.json || firstError) {
        const lines = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
        const err = new Error(lines.join('\n') || `${path.relative(root, file)}:1: compilation impossible`) as Error & { loc?: { file?: string; line: number; column: number }; id?: string };
        if (firstError) err.loc = { file: path.resolve(root, firstError.file), line: firstError.line, column: 0 };
        err.id = file;
        this.error(err);
      }
      return { code: `export default ${JSON.stringify(result.json)};`, map: null };
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.endsWith('.ink')) return;
      const index = ctx.server.moduleGraph.getModuleById(RESOLVED_INDEX_ID);
      if (index) ctx.server.moduleGraph.invalidateModule(index);
      const roots = includers.get(ctx.file);
      if (!roots) return;
      const mods = [...roots].flatMap((r) => [...(ctx.server.moduleGraph.getModulesByFile(r) ?? [])]);
      return [...new Set([...ctx.modules, ...mods])];
    },
  };
}
