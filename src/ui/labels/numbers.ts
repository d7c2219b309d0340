// How the game prints a signed change (a gauge step, an axis mean): one rule for the panel, the
// debrief, « Et si… ? », the trainer and the classroom view, so the same number never reads two ways.

/**
 * « +2 », « −1 », « 0 »: a real minus sign reads better than a hyphen on a projector.
 * With `decimals`, a French decimal comma: « +1,5 », « −0,3 ».
 */
export function signed(n: number, decimals?: number): string {
  const abs = decimals === undefined ? String(Math.abs(n)) : Math.abs(n).toFixed(decimals).replace('.', ',');
  const zero = Number(abs.replace(',', '.')) === 0;
  if (zero) return abs;
  return n > 0 ? `+${abs}` : `\u2212${abs}`;
}
