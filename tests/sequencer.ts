// The order files start in: longest first, across both projects. Two workers share the files (browser
// and unit alike); a long file started last would run alone at the end while the other core idles.
// Vitest's own order runs the projects one after the other, and on a clean clone (no cache of
// durations, as in CI) larger files first, which put phone-layout (a short file, the longest to
// run) in the middle of the browser files and the 5,000-decision story after all of them.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each long file took at rest, on 2 cores (npm test, 6 December 2026): the order when
 * this machine has no duration of its own for a file yet. Only the order depends on them.
 */
const AT_REST: Record<string, number> = {
  // layout.test.ts walks the scenarios for the phone's drawing too since 7 December (phone-layout
  // kept only the opening): 180 + most of phone-layout's 205 s.
  'tests/browser/layout.test.ts': 330,
  'tests/browser/phone-taps.test.ts': 140,
  'tests/browser/play.test.ts': 100,
  'tests/browser/touch-reach.test.ts': 85,
  'tests/long-story.test.ts': 60,
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
