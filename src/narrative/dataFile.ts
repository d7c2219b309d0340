// Data files kept beside the stories (photos, quizzes, trainer sheets) are JSON that authors edit
// by hand: every problem is reported with its line, as stories:check does for ink.

/** Line (1-based) of the first occurrence of `needle` at or after character `from`, or 1. */
export function lineOf(text: string, needle: string, from = 0): number {
  const i = text.indexOf(needle, from);
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}

/** Parses the file (a byte-order mark allowed); on a syntax error, the line the parser points at. */
export function parseDataJson(text: string): { ok: true; data: unknown } | { ok: false; line: number; error: string } {
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    const error = (e as Error).message;
    const pos = /position (\d+)/.exec(error);
    return { ok: false, line: pos ? text.slice(0, Number(pos[1])).split('\n').length : 1, error };
  }
}
