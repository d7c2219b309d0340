import { defineConfig } from 'vitest/config';
import { inkPlugin } from './tools/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Browser tests share one built game and one Chromium: keep files from starving the 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
