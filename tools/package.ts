// `npm run package`: the site in dist/ (installable offline web app) and, beside it,
//   dist/soignants-reseaux-sociaux.html          one file that runs from a USB stick (file://)
//   dist/soignants-reseaux-sociaux-scorm12.zip   the SCORM 1.2 package for Moodle (one SCO per scenario)
//   dist/soignants-reseaux-sociaux-scorm12-<scenario>.zip   the same, one scenario each
// then prints each artefact's size. Each is a `vite build` of its own mode (see vite.config.ts).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { frenchTypography } from '../src/narrative/typography.ts';
import { scormManifest } from './scorm-manifest.ts';
import { readHeaders, storiesDir } from './vite-plugin-ink.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');

export const SINGLE_FILE = 'soignants-reseaux-sociaux.html';
export const SCORM_ZIP = 'soignants-reseaux-sociaux-scorm12.zip';
export const scenarioZip = (id: string) => `soignants-reseaux-sociaux-scorm12-${id}.zip`;
/** Under 3 MB, so that it travels by mail and opens quickly from a slow USB stick. */
export const SINGLE_FILE_BUDGET = 3 * 1024 * 1024;

function viteBuild(outDir: string, mode?: string): void {
  const args = [VITE, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'];
  if (mode) args.push('--mode', mode);
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build ${mode ?? ''} failed:\n${r.stdout}\n${r.stderr}`);
}

/**
 * The scenarios the game lists: every story of the stories folder with a `# title:` (the same
 * headers the build reads for virtual:scenarios; tests/scorm-package.test.ts checks both lists agree).
 */
export function registeredScenarios(): { id: string; demo: boolean }[] {
  return readHeaders(storiesDir(ROOT)).map((h) => ({ id: h.id, demo: h.demo }));
}

/** Every file under `dir`, as forward-slash paths relative to it. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/** The SCORM zip of a scorm-mode build in `buildDir`: the game at the root, with imsmanifest.xml. */
export function scormZip(buildDir: string, opts: { scenarios?: string[] } = {}): Uint8Array {
  const files = listFiles(buildDir);
  const headers = readHeaders(path.join(ROOT, 'stories'));
  const scenarios = registeredScenarios().filter((s) => !s.demo && (!opts.scenarios || opts.scenarios.includes(s.id))).map((s) => ({
    id: s.id,
    title: frenchTypography(headers.find((h) => h.id === s.id)?.title ?? s.id),
  }));
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const title = scenarios.length === 1 ? `Soignants & réseaux sociaux — ${scenarios[0]!.title}` : 'Soignants & réseaux sociaux';
  const manifest = scormManifest({ title, version: pkg.version, scenarios, files });
  const zippable: Zippable = { 'imsmanifest.xml': new TextEncoder().encode(manifest) };
  // A fixed date: the same build gives the same zip.
  const mtime = new Date('2026-01-01T00:00:00Z');
  for (const f of files) zippable[f] = [new Uint8Array(readFileSync(path.join(buildDir, f))), { mtime }];
  return zipSync(zippable, { level: 9, mtime });
}

export function packageAll(outDir = path.join(ROOT, 'dist')): { file: string; bytes: number }[] {
  const tmp = mkdtempSync(path.join(tmpdir(), 'soignants-package-'));
  try {
    viteBuild(outDir);
    const single = path.join(tmp, 'single');
    viteBuild(single, 'singlefile');
    copyFileSync(path.join(single, 'index.html'), path.join(outDir, SINGLE_FILE));
    const scorm = path.join(tmp, 'scorm');
    viteBuild(scorm, 'scorm');
    writeFileSync(path.join(outDir, SCORM_ZIP), scormZip(scorm));
    // One package per scenario too: a Moodle activity then holds that scenario alone (one per course week).
    for (const { id } of registeredScenarios().filter((x) => !x.demo)) writeFileSync(path.join(outDir, scenarioZip(id)), scormZip(scorm, { scenarios: [id] }));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const siteBytes = listFiles(outDir).filter((f) => f !== SINGLE_FILE && !f.endsWith('.zip')).reduce((n, f) => n + statSync(path.join(outDir, f)).size, 0);
  return [
    { file: `${path.relative(ROOT, outDir) || outDir}/ (site, application installable)`, bytes: siteBytes },
    { file: path.join(path.relative(ROOT, outDir), SINGLE_FILE), bytes: statSync(path.join(outDir, SINGLE_FILE)).size },
    { file: path.join(path.relative(ROOT, outDir), SCORM_ZIP), bytes: statSync(path.join(outDir, SCORM_ZIP)).size },
    ...registeredScenarios().filter((x) => !x.demo).map(({ id }) => ({ file: path.join(path.relative(ROOT, outDir), scenarioZip(id)), bytes: statSync(path.join(outDir, scenarioZip(id))).size })),
  ];
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2).replace('.', ',')} Mo`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(ROOT, 'dist');
  const sizes = packageAll(outDir);
  for (const s of sizes) console.log(`${s.file.padEnd(60)} ${mb(s.bytes)}`);
  const single = sizes[1]!;
  if (single.bytes > SINGLE_FILE_BUDGET) {
    console.error(`${single.file} dépasse ${mb(SINGLE_FILE_BUDGET)}`);
    process.exit(1);
  }
}
