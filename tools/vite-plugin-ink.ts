// Vite plugin: `import story from '../stories/x.ink'` gives the compiled story JSON (a string) and
// its photos (`media`, from x.media.json and the photo files of what it INCLUDEs) and its quiz
// (`quiz`, from x.quiz.json, or null) and trainer's sheet (`sheet`, from x.sheet.json: a loader of
// the module `x.ink?sheet`, a chunk of its own, or null). The compiler
// runs here at build/dev time only, so players never download it.
// `virtual:scenarios` lists every story of the stories folder with its header: a new .ink file with
// a `# title:` is a new scenario in the menu, the trainer mode and the map, with no code to write.
// Each entry's `decisions()` loads the story's decision table (x.decisions.json, written by
// `npm run tables`) as a chunk of its own, which only the class results and the short path ask for.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compileInk, formatProblem } from './ink-compile.ts';
import type { Sheet } from '../src/learning/sheet.ts';

const SCENARIOS_ID = 'virtual:scenarios';
const RESOLVED_SCENARIOS_ID = '\0' + SCENARIOS_ID;
/** A story's trainer's sheet: `stories/x.ink?sheet`. */
const SHEET_QUERY = '?sheet';

export interface ScenarioHeader {
  id: string;
  title: string;
  theme: string;
  durationMinutes: number;
  /** `# demo`: shown only when asked for (?demo), for developers and tests. */
  demo: boolean;
  /** `# group:` the menu's heading for this story, `# order:` its place (then the title). */
  group: string;
  order: number;
}

/** Where the stories are: `stories/` unless SOIGNANTS_STORIES names another folder (tests build a temporary one). */
export function storiesDir(root: string): string {
  return path.resolve(root, process.env.SOIGNANTS_STORIES || 'stories');
}

/**
 * The menu needs each story's title, theme and length before any story (or the ink runtime)
 * is downloaded: read them from the header tags at build time. A file without `# title:` is only
 * INCLUDEd by others (commun.ink) and is not a scenario.
 */
export function readHeaders(dir: string): ScenarioHeader[] {
  const out: ScenarioHeader[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ink')).sort()) {
    const header: ScenarioHeader = { id: path.basename(f, '.ink'), title: '', theme: '', durationMinutes: 0, demo: false, group: '', order: 100 };
    for (const line of readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)) {
      const t = line.trim();
      if (!t || t.startsWith('//')) continue;
      if (!t.startsWith('#')) break;
      // Only these simple header tags are read here (stories:check validates them all); the
      // config stays free of the game's own modules, which Vite would load as config code.
      if (/^#\s*demo\s*$/.test(t)) header.demo = true;
      const m = /^#\s*(title|theme|duration|group|order)\s*:\s*(.+)$/.exec(t);
      if (!m) continue;
      const v = m[2]!.trim();
      if (m[1] === 'title') header.title = v;
      if (m[1] === 'theme') header.theme = v;
      if (m[1] === 'group') header.group = v;
      if (m[1] === 'duration') header.durationMinutes = Number(v) || 0;
      if (m[1] === 'order') header.order = Number(v) || 0;
    }
    if (header.title) out.push(header);
  }
  return out.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'fr'));
}

export function inkPlugin(): Plugin {
  let root = process.cwd();
  // file (an .ink or a .media.json) -> the .ink roots that use it, for hot reload of shared files.
  const includers = new Map<string, Set<string>>();
  // story file -> its trainer's sheet, as the story's compilation read (and checked) it.
  const sheets = new Map<string, Sheet | null>();
  return {
    name: 'soignants-ink',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (id.endsWith(SHEET_QUERY)) return id;
      return id === SCENARIOS_ID ? RESOLVED_SCENARIOS_ID : null;
    },
    load(id) {
      if (id.endsWith(SHEET_QUERY)) {
        const file = id.slice(0, -SHEET_QUERY.length);
        // Compiled with its story (transform below), which imports it; compiled again if asked alone.
        const sheet = sheets.has(file) ? sheets.get(file)! : compileInk(file, root).sheet;
        return `export default ${JSON.stringify(sheet)};`;
      }
      if (id !== RESOLVED_SCENARIOS_ID) return null;
      const dir = storiesDir(root);
      for (const f of readdirSync(dir)) if (f.endsWith('.ink') || f.endsWith('.media.json') || f.endsWith('.quiz.json') || f.endsWith('.sheet.json') || f.endsWith('.decisions.json')) this.addWatchFile(path.join(dir, f));
      const entries = readHeaders(dir).map((h) => {
        const file = path.join(dir, `${h.id}.ink`).split(path.sep).join('/');
        const table = path.join(dir, `${h.id}.decisions.json`);
        const decisions = existsSync(table) ? `() => import(${JSON.stringify(table.split(path.sep).join('/'))})` : '() => Promise.resolve({ default: null })';
        return `{ ...${JSON.stringify(h)}, load: () => import(${JSON.stringify(file)}), decisions: ${decisions} }`;
      });
      return `export default [\n${entries.join(',\n')}\n];`;
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
      sheets.set(file, result.sheet);
      // The trainer's sheet in a module of its own, fetched when a page reads it: a player's first
      // choice does not wait for it (issue 17: bytes to the first story choice).
      const sheet = result.sheet ? `() => import(${JSON.stringify(`${file}${SHEET_QUERY}`)}).then((m) => m.default)` : 'null';
      return { code: `export default ${JSON.stringify(result.json)};\nexport const media = ${JSON.stringify(result.media)};\nexport const quiz = ${JSON.stringify(result.quiz)};\nexport const sheet = ${sheet};`, map: null };
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.endsWith('.ink') && !ctx.file.endsWith('.media.json') && !ctx.file.endsWith('.quiz.json') && !ctx.file.endsWith('.sheet.json') && !ctx.file.endsWith('.decisions.json')) return;
      const index = ctx.server.moduleGraph.getModuleById(RESOLVED_SCENARIOS_ID);
      if (index) ctx.server.moduleGraph.invalidateModule(index);
      const roots = includers.get(ctx.file);
      if (!roots) return;
      const mods = [...roots].flatMap((r) => [...(ctx.server.moduleGraph.getModulesByFile(r) ?? [])]);
      return [...new Set([...ctx.modules, ...mods])];
    },
  };
}
