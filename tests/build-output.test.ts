// `npm run build` says what it built and nothing else: a warning there is read as something to fix
// (issue 14: « a quiet npm run build »). Two came back more than once: rolldown's plugin-timing block,
// printed only when the machine is busy (by the main bundle and by the map worker's own bundle), and
// an INEFFECTIVE_DYNAMIC_IMPORT for a module the entry chunk holds anyway.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('the production build is quiet', () => {
  it('prints no warning (no ineffective dynamic import, no plugin-timing block)', () => {
    const out = path.join(tmpdir(), `soignants-quiet-build-${process.pid}`);
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
      expect(r.status).toBe(0);
      const text = `${r.stdout}\n${r.stderr}`;
      // Rolldown's warnings start with their code in brackets: [INEFFECTIVE_DYNAMIC_IMPORT], [PLUGIN_TIMINGS]…
      expect(text.split('\n').filter((l) => /^\s*(?:\x1b\[\d+m)?\[[A-Z_]+\]/.test(l) || /\bwarn(ing)?\b/i.test(l))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);

  it('turns the timing block off for the page and for the workers, whatever the machine’s load', async () => {
    // The block only shows on a busy machine, so the output above cannot always see it: the setting can.
    const config = await resolveConfig({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'silent' }, 'build', 'production');
    const checks = (o: unknown) => (o as { checks?: { bundlerTimings?: boolean } } | undefined)?.checks?.bundlerTimings;
    expect(checks(config.build.rolldownOptions)).toBe(false);
    expect(checks(config.worker.rolldownOptions)).toBe(false);
  });
});
