// Builds the game once into a folder of this run's own and serves it for the browser tests; teardown stops the server.
import type { TestProject } from 'vitest/node';
import { findChromium } from './harness';
import { buildGame, privateOutDir, removeBuild, serveGame } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    buildDir: string;
    skipReason: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (!findChromium()) {
    project.provide('baseUrl', '');
    project.provide('buildDir', '');
    project.provide('skipReason', 'no chromium at /usr/bin/chromium (set CHROMIUM_PATH): browser tests skipped');
    return () => {};
  }
  const outDir = privateOutDir('test');
  buildGame(outDir);
  const server = await serveGame(outDir);
  project.provide('baseUrl', server.url);
  project.provide('buildDir', outDir);
  project.provide('skipReason', '');
  return () => {
    server.stop();
    removeBuild(outDir);
  };
}
