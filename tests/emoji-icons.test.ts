// Every emoji the stories and the interface use has one of the project's icons (drawn in the page)
// and a symbol the system fonts draw (in the phone's canvas): on a machine without an emoji font,
// none of them may reach the screen as an empty box, or vanish from a message.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { degradeEmoji, ICON_PLACEHOLDER, iconize } from '../src/phone/draw/emoji';
import { EMOJI_ICONS, EMOJI_RE, ICON_SYMBOL, emojiIcon } from '../src/ui/emoji/table';

const ROOT = path.resolve(import.meta.dirname, '..');

function files(dir: string, keep: (f: string) => boolean): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = path.join(dir, n);
    return statSync(f).isDirectory() ? files(f, keep) : keep(f) ? [f] : [];
  });
}

/** Story text (ink, and the JSON beside it: photos, quizzes, sheets) and the interface's own strings. */
const SOURCES = [
  ...files(path.join(ROOT, 'stories'), (f) => /\.(ink|json)$/.test(f)),
  // The emoji table and the canvas fallback name emoji on purpose.
  ...files(path.join(ROOT, 'src'), (f) => /\.(ts|css|html)$/.test(f) && !f.includes(`${path.sep}emoji`)),
  path.join(ROOT, 'index.html'),
];

function emojiIn(text: string): string[] {
  return [...text.matchAll(EMOJI_RE)].map((m) => m[0]);
}

describe('emoji', () => {
  const used = new Map<string, string>();
  for (const f of SOURCES) for (const e of emojiIn(readFileSync(f, 'utf8'))) if (!used.has(e)) used.set(e, path.relative(ROOT, f));

  it('finds the emoji the stories use (the scan reads them)', () => {
    expect(used.size).toBeGreaterThan(40);
    expect([...used.keys()]).toContain('😂');
  });

  it('gives each one an icon of the project', () => {
    const missing = [...used].filter(([e]) => emojiIcon(e) === null).map(([e, f]) => `${e} (${f})`);
    expect(missing).toEqual([]);
  });

  it('gives each one a drawable symbol in the canvas instead of a box or nothing', () => {
    const symbols = new Set(Object.values(ICON_SYMBOL));
    // A machine with no emoji font: the canvas draws the plain symbols only.
    const canDraw = (c: string) => symbols.has(c);
    for (const e of [...used.keys(), ...Object.keys(EMOJI_ICONS)]) {
      const out = degradeEmoji(`Salut ${e} toi`, canDraw);
      expect({ e, out }).toEqual({ e, out: `Salut ${ICON_SYMBOL[emojiIcon(e)!.icon]} toi` });
    }
  });

  it('hands the phone’s canvas no emoji character: each is a placeholder for its icon, in order', () => {
    for (const e of [...used.keys(), ...Object.keys(EMOJI_ICONS)]) {
      const r = iconize(`Salut ${e} toi ${e}`);
      expect({ e, text: r.text, icons: r.icons.map((i) => i.icon) }).toEqual({ e, text: `Salut ${ICON_PLACEHOLDER} toi ${ICON_PLACEHOLDER}`, icons: [emojiIcon(e)!.icon, emojiIcon(e)!.icon] });
    }
    // Typography stays text; a pictograph with no icon gets a plain symbol, never a box.
    expect(iconize('© 2026 ↩ « texte »').text).toBe('© 2026 ↩ « texte »');
    expect(iconize('Bravo 🌍 !').text).not.toMatch(EMOJI_RE);
  });

  it('leaves typography alone: © or ↩ are not emoji', () => {
    expect(emojiIn('© 2026 ↩ « texte » → suite')).toEqual([]);
    expect(emojiIn('Merci ❤️ et 👍🏽')).toEqual(['❤️', '👍🏽']);
  });
});
