// The order files start in: longest first, across both projects. Two workers share the files (browser
// and unit alike); a long file started last would run alone at the end while the other core idles.
// Vitest's own order runs the projects one after the other, and on a clean clone (no cache of
// durations, as in CI) larger files first, which put phone-layout (a short file, the longest to
// run) in the middle of the browser files and the 5,000-decision story after all of them.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each long file took (npm test, two browser files at a time, 7 December 2026, beside a
 * helper's builds): the order when this machine has no duration of its own for a file yet, as on a
 * clean clone in CI. Only the order depends on them; files not listed start after these.
 */
const AT_REST: Record<string, number> = {
  'tests/browser/layout.test.ts': 190,
  'tests/browser/play.test.ts': 100,
  'tests/browser/phone-taps.test.ts': 95,
  'tests/browser/touch-reach.test.ts': 92,
  'tests/browser/storage.test.ts': 55,
  'tests/browser/trainer.test.ts': 45,
  'tests/browser/scorm.test.ts': 45,
  'tests/browser/single-file-firefox.test.ts': 43,
  'tests/browser/keyboard.test.ts': 43,
  'tests/browser/pwa.test.ts': 37,
  'tests/browser/robustness.test.ts': 37,
  'tests/browser/idle.test.ts': 35,
  'tests/long-story.test.ts': 34,
  'tests/browser/screenshots.test.ts': 33,
  'tests/browser/default-settings.test.ts': 32,
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const seconds = (spec: TestSpecification): number => {
      const file = spec.moduleId.startsWith(root) ? spec.moduleId.slice(root.length + 1) : spec.moduleId;
      const cached = this.ctx.cache.getFileTestResults(`${spec.project.name}:${file}`);
      if (cached?.failed) return 1e9;
      return cached ? cached.duration / 1000 : AT_REST[file] ?? 0;
    };
    const rank = new Map(sorted.map((s) => [s, seconds(s)]));
    // Stable: files of equal weight keep the order vitest gave them.
    return sorted.map((s, i) => ({ s, i })).sort((a, b) => rank.get(b.s)! - rank.get(a.s)! || a.i - b.i).map(({ s }) => s);
  }
}
