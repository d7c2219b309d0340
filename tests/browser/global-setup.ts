// Builds the game once into dist/ and serves it with `vite preview` for the browser tests.
// The vite process itself is spawned (not an npx wrapper), so teardown kills the server.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    skipReason: string;
  }
}

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

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

let server: ChildProcess | null = null;

export default async function setup(project: TestProject): Promise<() => void> {
  if (!findChromium()) {
    project.provide('baseUrl', '');
    project.provide('skipReason', 'no chromium at /usr/bin/chromium (set CHROMIUM_PATH): browser tests skipped');
    return () => {};
  }
  const build = spawnSync(process.execPath, [VITE, 'build', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  const port = await freePort();
  server = spawn(process.execPath, [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: ROOT, stdio: 'ignore' });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/`, 20_000);
  project.provide('baseUrl', baseUrl);
  project.provide('skipReason', '');
  return () => {
    server?.kill('SIGTERM');
    server = null;
  };
}
