// What each browser test file needs: the served game's URL, or why the tests are skipped.
import { inject, it } from 'vitest';

export const baseUrl = inject('baseUrl');
const reason = inject('skipReason');
export const skip = !baseUrl;

/** Under CI the browser tests must run: a missing browser is a failure, not a skip. */
export function requireBrowserUnderCi(): void {
  if (!skip) return;
  if (process.env.CI === 'true') {
    it('has a browser to run the browser tests', () => {
      throw new Error(reason);
    });
  } else {
    it.skip(reason, () => {});
  }
}
