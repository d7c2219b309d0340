// npm run bench:suite — how long the full test suite takes on this machine, idle and beside CPU
// burners (issue 15: « the full suite passes three times in a row while two CPU-burning processes
// run beside it », and the README gives the idle duration). Runs `vitest run` (both projects) once
// per round; each burner is `node -e 'for(;;){}'`, started before the round and stopped after it.
// Prints each round's duration, its passed/failed counts and the load average it ran under.
// This measures the whole machine: run it where nothing else runs, or the figures say so little.
//
//   npm run bench:suite                        # idle, then beside 2 burners, one round each
//   npm run bench:suite -- --burners 2 --rounds 3     # three rounds beside 2 burners
//   npm run bench:suite -- --burners 0,2 -- tests/foo.test.ts   # vitest's own arguments after --
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const VITEST = path.join(ROOT, 'node_modules/vitest/vitest.mjs');

interface Options { burners: number[]; rounds: number; vitestArgs: string[] }

function options(argv: readonly string[]): Options {
  const dash = argv.indexOf('--');
  const own = dash < 0 ? argv : argv.slice(0, dash);
  const o: Options = { burners: [0, 2], rounds: 1, vitestArgs: dash < 0 ? [] : argv.slice(dash + 1) };
  for (let i = 0; i < own.length; i++) {
    if (own[i] === '--burners') o.burners = own[++i]!.split(',').map(Number);
    else if (own[i] === '--rounds') o.rounds = Number(own[++i]);
    else throw new Error(`unknown option ${own[i]} (--burners 0,2 --rounds n -- vitest arguments)`);
  }
  if (o.burners.some((n) => !Number.isInteger(n) || n < 0) || !Number.isInteger(o.rounds) || o.rounds < 1) throw new Error('--burners: whole numbers ≥ 0; --rounds: a whole number ≥ 1');
  return o;
}

/** A process that keeps one core busy until killed. */
function burner(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
}

interface Round { ms: number; passed: number; failed: number; code: number | null; load: number }

/** One full `vitest run`, its counts read from the JSON reporter's file (the dots go to the terminal). */
function runSuite(args: readonly string[]): Promise<Round> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-suite-'));
  const report = path.join(dir, 'report.json');
  return new Promise<Round>((resolve, reject) => {
    const t0 = performance.now();
    const loads: number[] = [];
    const sample = setInterval(() => loads.push(loadavg()[0]!), 5_000);
    const child = spawn(process.execPath, [VITEST, 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`, ...args], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sample);
      const ms = performance.now() - t0;
      let passed = 0;
      let failed = -1;
      try {
        const r = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
        passed = r.numPassedTests;
        failed = r.numFailedTests;
      } catch {
        // No report (vitest did not start): said as such below.
      }
      const load = loads.length ? loads.reduce((a, b) => a + b, 0) / loads.length : loadavg()[0]!;
      resolve({ ms, passed, failed, code, load });
    });
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
}

const min = (ms: number) => `${Math.floor(ms / 60_000)} min ${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')} s`;

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  console.log(`## Durée de la suite complète (vitest run${o.vitestArgs.length ? ` ${o.vitestArgs.join(' ')}` : ''}) — ${cpus().length} cœurs, charge au départ ${loadavg()[0]!.toFixed(2)}`);
  let anyFailed = false;
  for (const n of o.burners) {
    for (let r = 1; r <= o.rounds; r++) {
      const burners = Array.from({ length: n }, burner);
      try {
        const round = await runSuite(o.vitestArgs);
        const counts = round.failed < 0 ? 'rapport illisible' : `${round.passed} réussis, ${round.failed} échoués`;
        anyFailed ||= round.code !== 0;
        console.log(`${n} brûleur${n > 1 ? 's' : ''}, tour ${r}/${o.rounds} : ${min(round.ms)} ; ${counts} (code ${round.code}) ; charge moyenne ${round.load.toFixed(1)}`);
      } finally {
        for (const b of burners) b.kill('SIGKILL');
      }
    }
  }
  if (anyFailed) process.exitCode = 1;
}

await main();
