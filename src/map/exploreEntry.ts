// The explorer as the page loads it, with this chunk's own URL: the branch-map worker imports
// this very chunk (and through it the page's runner chunk, from the HTTP cache) instead of a
// second bundled copy of the ink runtime and the runner.
export { explore } from '../narrative/explorer';

export const moduleUrl: string = import.meta.url;
