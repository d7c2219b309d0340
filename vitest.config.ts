import { defineConfig } from 'vitest/config';
import { inkPlugin } from './tools/vite-plugin-ink.ts';
import { phaserSourcePlugin } from './tools/vite-plugin-phaser.ts';
import LongestFirst from './tests/sequencer.ts';
import { removeSharedBuilds } from './tests/browser/server.ts';

// The run's id: the single file and the SCORM package are built once per run under it and shared
// by the test files that read them (tests/browser/server.ts sharedBuild); workers inherit it.
process.env.SOIGNANTS_TEST_RUN ??= `${process.pid}-${Date.now().toString(36)}`;
process.on('exit', removeSharedBuilds);

export default defineConfig({
  plugins: [phaserSourcePlugin(), inkPlugin()],
  test: {
    // `include` lives in each project: a root include would be merged into both.
    environment: 'node',
    // Budgets that hold on a machine 4× slower than an idle 2-core laptop, and on a loaded one (a
    // CI runner, a session of helpers): measured with ~20 load on 2 cores, the heaviest unit test
    // (every ending of photos-patients solo and on the projector) took 67 s, explorations 20–30 s.
    // A budget only costs time when a test hangs; a tight one fails good code on a slow machine.
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // expect.poll waits on a condition; its default of 1 s is a fixed deadline in disguise that a
    // loaded machine misses (a page that takes 2 s to redraw is slow, not wrong).
    expect: { poll: { timeout: 30_000 } },
    // Two files at a time, browser and unit files alike (both projects in one group of workers): a
    // browser file spends much of its time waiting on its page (the 400 ms guard before options take
    // input, a redraw, a build), time the other file uses. Each browser file launches a Chromium of
    // its own and opens a context per test; they share only the built game and its static server.
    fileParallelism: true,
    maxWorkers: 2,
    // Longest files first, across both projects (tests/sequencer.ts).
    sequence: { sequencer: LongestFirst },
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
          testTimeout: 240_000,
          // Two browser files at a time: the pages' own drawing goes through the CPU in tests
          // (harness.ts TEST_CHROMIUM_ARGS), which left half the 2 cores idle while a file played its
          // scenarios — time spent waiting on the 400 ms guard, on messages, on round trips. (With the
          // page composited by SwiftShader, two at a time had been slower: 1 686 s against 1 350 s.)
          fileParallelism: true,
          // Files that mark tests concurrent (layout.test.ts) run two at a time.
          maxConcurrency: 2,
        },
      },
    ],
  },
});
