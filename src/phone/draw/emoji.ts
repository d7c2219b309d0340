// Emoji in canvas text. A system's emoji font differs from one OS to the next, and a locked-down
// PC may have none (the canvas then draws empty boxes): every emoji of a text drawn on the phone
// is replaced by a placeholder as wide as a letter box, on which IconText (iconText.ts) paints the
// project's own icon (src/ui/emoji), the one the page shows. The mirror keeps the original text.
// An emoji with no icon (none in the stories: tests/emoji-icons.test.ts) gets a plain symbol or goes.
import { EMOJI_RE, emojiIcon, ICON_SYMBOL, type EmojiIcon } from '../../ui/emoji/table';

/**
 * Stands for one icon in canvas text: an em space (one letter box wide in every font, and a
 * font without it still draws it blank) held to the next word by a word joiner, which also keeps
 * the line wrapper from trimming an icon at the end of a line as trailing space.
 */
export const ICON_PLACEHOLDER = '\u2003\u2060';

/** Text for the canvas: each emoji with an icon becomes a placeholder, listed in `icons` in order. */
export function iconize(text: string): { text: string; icons: EmojiIcon[] } {
  if (!/[\p{Extended_Pictographic}\p{Regional_Indicator}]/u.test(text)) return { text, icons: [] };
  const icons: EmojiIcon[] = [];
  const symbols = new Set<string>(Object.values(ICON_SYMBOL));
  const out = text.replace(EMOJI_RE, (m) => {
    const icon = emojiIcon(m);
    // An emoji with no icon: a plain symbol the fonts have, else nothing (never a box). Typography
    // (©, ↩) is not an emoji and stays.
    if (!icon) return degradeEmoji(m, (c) => symbols.has(c));
    icons.push(icon);
    return ICON_PLACEHOLDER;
  });
  return { text: out, icons };
}

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
