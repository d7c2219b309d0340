// Emoji in canvas text. On a machine without an emoji font the canvas draws empty boxes, so at
// boot the phone asks the canvas whether it can draw them; those it cannot are replaced by a
// close symbol the system font has (♥, ☺) or dropped. The mirror keeps the original text.
// No font is downloaded. Each emoji the stories use has a symbol in src/ui/emoji/table.ts.
import { emojiIcon, ICON_SYMBOL } from '../../ui/emoji/table';

/** An emoji cluster: a pictograph or flag, with its variation selectors, skin tones and ZWJ joins. */
const EMOJI = /(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*)*)\uFE0F?/gu;

/** Plain symbols that most system fonts (DejaVu, Liberation, Segoe) can draw. */
const FALLBACK: [RegExp, string][] = [
  [/^(?:❤|💕|💖|💗|💙|💚|💛|💜|🧡|🤍|😍|🥰|😘)/u, '♥'],
  [/^(?:🙂|😊|😀|😃|😄|😁|😉|😅|😆|🤗|😇)/u, '☺'],
  [/^(?:☹|🙁|😞|😢|😭|😩|😔)/u, '☹'],
  [/^(?:👍|✅|✔)/u, '✓'],
  [/^(?:⭐|🌟)/u, '★'],
];

export type CanDraw = (cluster: string) => boolean;

/** Replaces each emoji `canDraw` refuses by its fallback symbol (if drawable) or by nothing. */
export function degradeEmoji(text: string, canDraw: CanDraw): string {
  if (!/[\p{Extended_Pictographic}\p{Regional_Indicator}]/u.test(text)) return text;
  let changed = false;
  const out = text.replace(EMOJI, (m) => {
    if (canDraw(m)) return m;
    changed = true;
    const bare = m.replace(/\uFE0F/g, '');
    if (bare !== m && canDraw(bare)) return bare;
    // The symbol of the project's icon for this emoji (the page draws the icon itself).
    const icon = emojiIcon(m);
    if (icon && canDraw(ICON_SYMBOL[icon.icon])) return ICON_SYMBOL[icon.icon];
    for (const [re, sym] of FALLBACK) if (re.test(m) && canDraw(sym)) return sym;
    return '\u0000';
  });
  if (!changed) return text;
  // A dropped emoji leaves no double space and no space before punctuation or the line end.
  return out
    .replace(/\u0000/g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ +([,.)…])/g, '$1')
    .replace(/[ \t]+$/gm, '')
    .replace(/^ +/gm, '');
}

let cache: Map<string, boolean> | null = null;
let probe: CanvasRenderingContext2D | null = null;
let tofu: Uint8ClampedArray | null = null;
let allEmoji = false;
const SIZE = 24;

function pixels(ctx: CanvasRenderingContext2D, s: string): Uint8ClampedArray {
  ctx.clearRect(0, 0, SIZE * 2, SIZE);
  ctx.fillText(s, 0, SIZE / 2);
  return ctx.getImageData(0, 0, SIZE * 2, SIZE).data;
}

function same(a: Uint8ClampedArray, b: Uint8ClampedArray): boolean {
  if (a.length !== b.length) return false;
  for (let i = 3; i < a.length; i += 4) if (a[i] !== b[i]) return false;
  return true;
}

function blank(a: Uint8ClampedArray): boolean {
  for (let i = 3; i < a.length; i += 4) if (a[i] !== 0) return false;
  return true;
}

/**
 * Measures once, at boot, with the phone's font stack: an emoji the canvas cannot draw renders
 * exactly like a code point no font has (the « tofu » box), or as nothing.
 */
export function initEmojiSupport(font: string): void {
  cache = new Map();
  try {
    const c = document.createElement('canvas');
    c.width = SIZE * 2;
    c.height = SIZE;
    const ctx = c.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    ctx.font = `${SIZE - 4}px ${font}`;
    ctx.textBaseline = 'middle';
    ctx.fillStyle = '#000';
    probe = ctx;
    tofu = pixels(ctx, '\u{10FFFD}');
    allEmoji = browserCanDraw('😀') && browserCanDraw('👍');
  } catch {
    probe = null;
  }
}

/** Can the canvas draw this cluster with the phone's fonts? Cached per cluster. */
export function browserCanDraw(cluster: string): boolean {
  if (!probe || !tofu) return true;
  const hit = cache?.get(cluster);
  if (hit !== undefined) return hit;
  const p = pixels(probe, cluster);
  const ok = !blank(p) && !same(p, tofu);
  cache?.set(cluster, ok);
  return ok;
}

/** Canvas-safe text: unchanged where an emoji font exists, degraded where it does not. */
export function canvasText(text: string): string {
  if (!probe || allEmoji) return text;
  return degradeEmoji(text, browserCanDraw);
}

/** What the boot test found (shown to tests through the phone's debug hook). */
export function emojiReport(): { measured: boolean; emojiFont: boolean } {
  return { measured: probe !== null, emojiFont: allEmoji };
}
