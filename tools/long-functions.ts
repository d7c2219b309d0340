// Lists the functions of src/ longer than a limit (default 80 lines), longest first, with the
// TypeScript compiler's own parser: a function is a declaration, a method, an accessor, a
// constructor, an arrow function or a function expression; its length runs from its first to its
// last line. Usage: npx tsx tools/long-functions.ts [limit] [dir]
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface LongFunction { file: string; name: string; line: number; lines: number }

function nameOf(node: ts.Node, sf: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(sf);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText(sf);
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(sf);
  if (parent && ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText(sf).slice(0, 40)})`;
  return '(anonymous)';
}

/** The functions of one file's text longer than `limit` lines, in source order. */
export function longFunctionsIn(file: string, text: string, limit: number): LongFunction[] {
  const out: LongFunction[] = [];
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > limit) out.push({ file, name: nameOf(node, sf), line: start + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

export function longFunctions(files: readonly string[], limit: number): LongFunction[] {
  return files.flatMap((file) => longFunctionsIn(file, fs.readFileSync(file, 'utf8'), limit))
    .sort((a, b) => b.lines - a.lines);
}

/** The .ts files under `dir` (declarations excluded), paths relative as given. */
export function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.ts$/.test(d.name) && !d.name.endsWith('.d.ts'))
    .map((d) => path.join(d.parentPath, d.name));
}

/** The allow list's entries (`<file> <name>` per line, `#` comments), as `file name` keys. */
export function readAllowed(file: string): Set<string> {
  return new Set(fs.readFileSync(file, 'utf8').split('\n')
    .map((l) => l.replace(/#.*/, '').trim()).filter(Boolean)
    .map((l) => l.split(/\s+/).join(' ')));
}

/** The key an allow-list entry matches: posix path, so the list reads the same on every system. */
export const keyOf = (f: LongFunction): string => `${f.file.split(path.sep).join('/')} ${f.name}`;

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const limit = Number(process.argv[2] ?? 80);
  const found = longFunctions(sources(process.argv[3] ?? 'src'), limit);
  for (const f of found) console.log(`${String(f.lines).padStart(4)}  ${f.file}:${f.line}  ${f.name}`);
  console.log(`${found.length} function(s) over ${limit} lines`);
}
