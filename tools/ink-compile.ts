// Compiles .ink sources with inkjs's own compiler (Node only: never shipped to players).
// Errors come back as « stories/FILE.ink:LINE: message », the form authors and the dev overlay see.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { parseMediaFile } from '../src/narrative/media/parse.ts';
import type { MediaItem } from '../src/narrative/media/types';
import { parseQuizFile, type Quiz } from '../src/learning/quiz.ts';
import { parseSheetFile, type Sheet, type SheetDecision } from '../src/learning/sheet.ts';
import { inkRoleVariants } from '../src/narrative/validate/source.ts';
import { frenchTypography } from '../src/narrative/typography.ts';

export interface InkProblem {
  file: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface CompileResult {
  json: string | null;
  problems: InkProblem[];
  /** Every file read, the root included (and their photo files): Vite watches them for hot reload. */
  files: string[];
  /** Photos of the story and of the files it INCLUDEs (`x.media.json` beside `x.ink`). */
  media: MediaItem[];
  /** « Testez-vous » (`x.quiz.json` beside the root `x.ink`), null when the story has none. */
  quiz: Quiz | null;
  /** « Fiche formateur » (`x.sheet.json` beside the root `x.ink`), null when the story has none. */
  sheet: Sheet | null;
}

/** Each `#decision:` of the sources with its `#note:` and `#expect:`, ink alternatives resolved per role. */
export function decisionNotes(inkFiles: readonly string[]): Map<string, Omit<SheetDecision, 'id'>> {
  const out = new Map<string, Omit<SheetDecision, 'id'>>();
  const tag = (line: string, key: string) => {
    const m = new RegExp(`#${key}:\\s*(.*?)\\s*(?=#[a-z-]+:|$)`).exec(line);
    return m ? m[1]!.trim() : '';
  };
  const perRole = (raw: string) => {
    const pick = (role: 'etudiant' | 'infirmier') => frenchTypography(inkRoleVariants(raw, role).find((v) => v.role === role || v.role === null)?.text ?? raw);
    return { etudiant: pick('etudiant'), infirmier: pick('infirmier') };
  };
  for (const f of inkFiles) {
    if (!f.endsWith('.ink') || !existsSync(f)) continue;
    for (const line of readFileSync(f, 'utf8').split(/\r?\n/)) {
      const id = /#decision:\s*([a-z0-9-]+)/.exec(line)?.[1];
      if (id && !out.has(id)) out.set(id, { note: perRole(tag(line, 'note')), expect: perRole(tag(line, 'expect')) });
    }
  }
  return out;
}

/** Reads the trainer's sheet of a story; its short path must name decisions of the story. */
export function readStorySheet(inkFile: string, inkFiles: readonly string[], projectRoot = process.cwd()): { sheet: Sheet | null; problems: InkProblem[]; files: string[] } {
  const f = inkFile.replace(/\.ink$/, '.sheet.json');
  if (!existsSync(f)) return { sheet: null, problems: [], files: [] };
  const r = parseSheetFile(readFileSync(f, 'utf8'), relToRoot(f, projectRoot), decisionNotes(inkFiles));
  return { sheet: r.sheet, problems: r.problems.map((p) => ({ ...p, severity: 'error' as const })), files: [f] };
}

/** The quiz file beside a story, whether or not it exists. */
export function quizFileOf(inkFile: string): string {
  return inkFile.replace(/\.ink$/, '.quiz.json');
}

/** Reads the quiz of a story; a broken file is an error with its line, like an ink error. */
export function readStoryQuiz(inkFile: string, projectRoot = process.cwd()): { quiz: Quiz | null; problems: InkProblem[]; files: string[] } {
  const f = quizFileOf(inkFile);
  if (!existsSync(f)) return { quiz: null, problems: [], files: [] };
  const r = parseQuizFile(readFileSync(f, 'utf8'), relToRoot(f, projectRoot));
  return { quiz: r.quiz, problems: r.problems.map((p) => ({ ...p, severity: 'error' as const })), files: [f] };
}

/** The photo file beside an .ink file, whether or not it exists. */
export function mediaFileOf(inkFile: string): string {
  return inkFile.replace(/\.ink$/, '.media.json');
}

/** Reads the photo files of `inkFiles`; a broken file is an error with its line, like an ink error. */
export function readStoryMedia(inkFiles: readonly string[], projectRoot = process.cwd()): { media: MediaItem[]; problems: InkProblem[]; files: string[] } {
  const media: MediaItem[] = [];
  const problems: InkProblem[] = [];
  const files: string[] = [];
  for (const ink of inkFiles) {
    const f = mediaFileOf(ink);
    if (!existsSync(f)) continue;
    files.push(f);
    const r = parseMediaFile(readFileSync(f, 'utf8'), relToRoot(f, projectRoot));
    media.push(...r.items);
    problems.push(...r.problems.map((p) => ({ ...p, severity: 'error' as const })));
  }
  return { media, problems, files };
}

const INK_MSG = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s+)?line (\d+):\s*(.*)$/s;

export function relToRoot(file: string, root: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

export function formatProblem(p: InkProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** Compiles `file`; INCLUDE paths resolve against the folder of the root file, as Inky does. */
export function compileInk(file: string, projectRoot = process.cwd()): CompileResult {
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  const files = [abs];
  const problems: InkProblem[] = [];
  const rootRel = relToRoot(abs, projectRoot);
  const toRel = (inkName: string | undefined) => (inkName ? relToRoot(path.resolve(dir, inkName), projectRoot) : rootRel);
  const collect = (message: string, type: number) => {
    const m = INK_MSG.exec(message.trim());
    const severity = type === 2 || /^ERROR|^RUNTIME ERROR/.test(message) ? 'error' : 'warning';
    if (m) problems.push({ file: toRel(m[2]), line: Number(m[3]), message: m[4]!.trim(), severity });
    else problems.push({ file: rootRel, line: 1, message: message.trim(), severity });
  };
  let source: string;
  try {
    source = readFileSync(abs, 'utf8');
  } catch (e) {
    return { json: null, problems: [{ file: rootRel, line: 1, message: `fichier illisible : ${(e as Error).message}`, severity: 'error' }], files, media: [], quiz: null, sheet: null };
  }
  const fileHandler = {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: (name: string) => {
      const p = path.resolve(dir, name);
      files.push(p);
      return readFileSync(p, 'utf8');
    },
  };
  const compiler = new Compiler(
    source.replace(/^\uFEFF/, ''),
    new CompilerOptions(path.basename(abs), [], false, collect, fileHandler as never),
  );
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    json = story ? story.ToJson() ?? null : null;
  } catch (e) {
    if (problems.every((p) => p.severity !== 'error')) {
      problems.push({ file: rootRel, line: 1, message: (e as Error).message, severity: 'error' });
    }
    json = null;
  }
  const photos = readStoryMedia(files, projectRoot);
  problems.push(...photos.problems);
  const quiz = readStoryQuiz(abs, projectRoot);
  problems.push(...quiz.problems);
  const sheet = readStorySheet(abs, files, projectRoot);
  problems.push(...sheet.problems);
  if (problems.some((p) => p.severity === 'error')) json = null;
  return { json, problems, files: [...files, ...photos.files, ...quiz.files, ...sheet.files], media: photos.media, quiz: quiz.quiz, sheet: sheet.sheet };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  let failed = false;
  for (const f of process.argv.slice(2)) {
    const r = compileInk(f);
    for (const p of r.problems) console.log(formatProblem(p));
    if (!r.json) failed = true;
    else console.log(`${relToRoot(path.resolve(f), process.cwd())}: compilé (${r.json.length} octets)`);
  }
  process.exit(failed ? 1 : 0);
}
