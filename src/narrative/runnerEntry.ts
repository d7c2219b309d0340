// The runner as the page loads it on the first « Jouer ». A module of its own so that the dynamic
// import needs no namespace object built by the bundler's runtime helper: that helper lives in the
// entry chunk, and the runner chunk importing it made the branch-map worker (which imports the
// runner chunk) run the whole page and fail on `document`.
export { ScenarioRunner } from './runner';
