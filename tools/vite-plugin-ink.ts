// Vite plugin: `import story from '../stories/x.ink'` gives the compiled story JSON (a string).
// The compiler runs here at build/dev time only, so players never download it.
import path from 'node:path';
import type { Plugin } from 'vite';
import { compileInk, formatProblem } from './ink-compile.ts';

export function inkPlugin(): Plugin {
  let root = process.cwd();
  // file -> the .ink roots that INCLUDE it, for hot reload of shared files.
  const includers = new Map<string, Set<string>>();
  return {
    name: 'soignants-ink',
    configResolved(config) {
      root = config.root;
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
      const roots = includers.get(ctx.file);
      if (!roots) return;
      const mods = [...roots].flatMap((r) => [...(ctx.server.moduleGraph.getModulesByFile(r) ?? [])]);
      return [...new Set([...ctx.modules, ...mods])];
    },
  };
}
