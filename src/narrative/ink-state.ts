// The one reader of inkjs's private save format. inkjs has no public way to say « where the story
// stands »; the explorer needs it to merge paths that reach the same place with the same memory.
// It reads fields of the JSON that `story.state.ToJson()` writes (checked against inkjs 2.4.0,
// inkSaveVersion 10). If an upgrade changes them, this throws rather than letting every state
// look alike (the map would silently merge distinct paths): tests/ink-state.test.ts fails first.

/** inkSaveVersion of the format these field names were read from. */
export const KNOWN_INK_SAVE_VERSION = 10;

export class InkStateShapeError extends Error {
  constructor(what: string) {
    super(`inkjs state JSON has changed (${what}): update narrative/ink-state.ts for this version of inkjs`);
    this.name = 'InkStateShapeError';
  }
}

type Json = Record<string, unknown>;
const isRecord = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A key for the story's position and memory in the parsed ink state, plus `thread` (the phone's
 * open conversation, which ink does not know). Two states with the same key play the same from there.
 */
export function inkStateKey(state: unknown, thread: string | null): string {
  if (!isRecord(state)) throw new InkStateShapeError('not an object');
  if (state.inkSaveVersion !== KNOWN_INK_SAVE_VERSION) throw new InkStateShapeError(`inkSaveVersion ${String(state.inkSaveVersion)}, expected ${KNOWN_INK_SAVE_VERSION}`);
  const flows = state.flows;
  const flow = isRecord(flows) ? flows['DEFAULT_FLOW'] : undefined;
  if (!isRecord(flow)) throw new InkStateShapeError('no flows.DEFAULT_FLOW');
  const callstack = flow.callstack;
  if (!isRecord(callstack) || !Array.isArray(callstack.threads)) throw new InkStateShapeError('no flows.DEFAULT_FLOW.callstack.threads');
  if (!('variablesState' in state) || !('visitCounts' in state)) throw new InkStateShapeError('no variablesState or visitCounts');
  const choices = flow.currentChoices;
  if (choices !== undefined && !Array.isArray(choices)) throw new InkStateShapeError('currentChoices is not a list');
  const targets = (choices as unknown[] | undefined)?.map((c) => (isRecord(c) ? c.targetPath : undefined));
  // previousContentObject and thread numbers only remember which branch text came last; two
  // branches that lead to the same place and memory must count as one state.
  const position = JSON.stringify(callstack).replace(/"previousContentObject":"[^"]*",?/g, '').replace(/"thread(Index|Counter)":\d+,?/g, '');
  return JSON.stringify([position, targets, state.variablesState, state.visitCounts, thread]);
}
