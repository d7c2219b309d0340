import { defineConfig } from 'vitest/config';
import { inkPlugin } from './tools/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    // `include` lives in each project: a root include would be merged into both.
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Browser tests share one built game and one Chromium: keep files from starving the 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'] },
      },
      {
        // Builds and serves the game once (globalSetup), then drives Debian's chromium.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
