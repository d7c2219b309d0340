// The single file as trainers get it (`npm run package`): built once per run and copied
// alone into a folder of its own, as on a USB stick. Shared by single-file.test.ts and csp.test.ts.
// (Not in server.ts: the bench imports that one outside vitest.)
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { privateOutDir, removeBuild, sharedBuild } from './server';

/** The name trainers get the single file under. */
export const SINGLE_FILE_NAME = 'soignants-reseaux-sociaux.html';

export interface SingleFile {
  /** The folder holding the file alone: nothing beside it to load. */
  readonly dir: string;
  /** file:// URL of the copy (only once the block's first hook has run). */
  readonly fileUrl: string;
}

/** The run's single file (built once for all the files that use it), copied before the block's tests; the copy is removed after them. */
export function openSingleFile(kind: string): SingleFile {
  let dir = '';
  let file = '';
  beforeAll(async () => {
    const build = await sharedBuild('singlefile');
    dir = privateOutDir(`${kind}-usb`);
    mkdirSync(dir);
    file = path.join(dir, SINGLE_FILE_NAME);
    copyFileSync(path.join(build, 'index.html'), file);
  });
  afterAll(() => {
    if (dir) removeBuild(dir);
  });
  return {
    get dir() {
      return dir;
    },
    get fileUrl() {
      if (!file) throw new Error('openSingleFile: the file is built in beforeAll, use it inside a hook or a test');
      return pathToFileURL(file).href;
    },
  };
}
