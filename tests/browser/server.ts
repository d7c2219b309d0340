// Builds the game and serves it with `vite preview`, for the browser tests and the bench.
// The vite process itself is spawned (not an npx wrapper), so stop() really ends the server.
// Each run builds into its own folder: two runs on one checkout (a session's tests beside a
// bench) used to rebuild dist/ under each other's server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitFor(url: string, ms: number, exited: () => boolean): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end && !exited()) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview ${exited() ? "exited before it answered" : "did not answer"} at ${url}`);
}

/** A build folder of this process's own, removed by `removeBuild`. */
export function privateOutDir(kind: string): string {
  return path.join(tmpdir(), `soignants-${kind}-${process.pid}-${Date.now().toString(36)}`);
}

/** `mode`: the default site, or `singlefile` / `scorm` (see vite.config.ts). */
export function buildGame(outDir = 'dist', mode?: 'singlefile' | 'scorm'): void {
  const args = [VITE, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir', ...(mode ? ['--mode', mode] : [])];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

/**
 * The single file or the SCORM package, built once per test run and shared by the files that read
 * it (single-file, csp, single-file-firefox; scorm, scorm-package): three builds of the single file
 * and two of the package were ≈ 40 s of a run. The run's id is set by vitest.config.ts and inherited
 * by the workers; two workers asking at once build it once (the first makes the lock, the other
 * waits for its « done » mark). Read it, do not change it (copy it first). Removed by
 * `removeSharedBuilds` when the run ends.
 */
export async function sharedBuild(mode: 'singlefile' | 'scorm'): Promise<string> {
  const run = process.env.SOIGNANTS_TEST_RUN;
  if (!run) {
    // Outside a configured run (a script): a build of its own.
    const own = privateOutDir(mode);
    buildGame(own, mode);
    return own;
  }
  const base = path.join(tmpdir(), `soignants-run-${run}-${mode}`);
  const out = path.join(base, 'out');
  const done = path.join(base, 'done');
  try {
    mkdirSync(base);
  } catch {
    // Another file builds it: wait for its mark (a build takes 8 s at rest, a minute under load).
    const end = Date.now() + 240_000;
    while (!existsSync(done)) {
      if (!existsSync(base)) throw new Error(`sharedBuild(${mode}): the build another test file started failed (see that file's error)`);
      if (Date.now() > end) throw new Error(`sharedBuild(${mode}): the build another test file started never finished (${base})`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return out;
  }
  try {
    buildGame(out, mode);
  } catch (e) {
    // Let a waiting file fail at once with the same cause instead of at its deadline.
    rmSync(base, { recursive: true, force: true });
    throw e;
  }
  writeFileSync(done, '');
  return out;
}

/** Removes the run's shared builds (global teardown). */
export function removeSharedBuilds(): void {
  const run = process.env.SOIGNANTS_TEST_RUN;
  if (!run) return;
  for (const f of readdirSync(tmpdir())) if (f.startsWith(`soignants-run-${run}-`)) rmSync(path.join(tmpdir(), f), { recursive: true, force: true });
}

export function removeBuild(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
}

export async function serveGame(outDir = 'dist'): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], { cwd: ROOT, stdio: 'ignore' });
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  try {
    // Up to 2 min: at a load of 40 on two cores, and beside two CPU burners at 50, preview took over
    // 20 s to answer (the whole run then failed in its setup). A server that exits stops the wait at once.
    await waitFor(`${url}/`, 120_000, () => exited);
  } catch (e) {
    child.kill('SIGTERM');
    throw e;
  }
  return { url, stop: () => child.kill('SIGTERM') };
}
