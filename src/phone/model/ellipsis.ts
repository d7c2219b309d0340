// Cutting a wrapped text to a number of lines, as a real app's preview does: the longest start that
// still fits, ended by « … ». Pure (the wrapping is passed in), so it is tested without a canvas.

/** `full` if it wraps to at most `maxLines` lines, else its longest start that fits with « … ». */
export function ellipsizeLines(full: string, maxLines: number, wrap: (text: string) => readonly string[]): string {
  if (wrap(full).length <= maxLines) return full;
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (wrap(`${full.slice(0, mid).trimEnd()}…`).length <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  return `${full.slice(0, lo).trimEnd()}…`;
}
