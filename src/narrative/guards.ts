// Type guards for data read back from storage, saves, imports and messages between tabs: each of
// those readers checks untrusted JSON, and one definition keeps them agreeing on what a record is.

/** A plain JSON object (not null, not an array). */
export function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A whole number ≥ 0: an index into a list, or a count. */
export function isIndex(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}
