// Contrast of what the phone and the page draw (issue 16 item 11): a group chat's sender names and
// a message's time are small text (4.5:1 at least on what they are drawn on), the focus ring a
// non-text indicator (3:1 at least on the paper it surrounds, and on the night background).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { avatarColor, avatarInk, CHAT_PALETTE } from '../src/phone/model/labels';

function luminance(rgb: number): number {
  const [r, g, b] = [16, 8, 0].map((s) => ((rgb >> s) & 255) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const hex = (c: string | number) => (typeof c === 'number' ? c : parseInt(c.replace('#', ''), 16));
function contrast(a: string | number, b: string | number): number {
  const [x, y] = [luminance(hex(a)), luminance(hex(b))];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** Contact ids that reach each of the ten avatar colours. */
function idsForEveryColour(): string[] {
  const byColour = new Map<number, string>();
  for (let i = 0; byColour.size < 10 && i < 10_000; i++) if (!byColour.has(avatarColor(`c${i}`))) byColour.set(avatarColor(`c${i}`), `c${i}`);
  return [...byColour.values()];
}

describe('contrast of small text and of the focus ring', () => {
  it('a group chat names its senders at 4.5:1 or more, in each avatar colour, on the conversation and on the bubbles', () => {
    const ids = idsForEveryColour();
    expect(ids).toHaveLength(10);
    for (const id of ids) {
      for (const bg of [CHAT_PALETTE.conversation, CHAT_PALETTE.theirs, 0xffffff]) {
        expect(contrast(avatarInk(id), bg), `${id} ${avatarInk(id).toString(16)} on ${bg.toString(16)}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('a message\'s time reads at 4.5:1 or more inside both kinds of bubble', () => {
    expect(contrast(CHAT_PALETTE.timeTheirs, CHAT_PALETTE.theirs)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(CHAT_PALETTE.timeMine, CHAT_PALETTE.mine)).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus ring has 3:1 or more on white, on the light paper and on the night background', () => {
    const tokens = readFileSync('src/styles/tokens.css', 'utf8');
    const token = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(tokens)?.[1] ?? '';
    // The page's focus ring is the --focus of main.css: it must be the ring's colour.
    expect(readFileSync('src/styles/main.css', 'utf8')).toMatch(/--focus:\s*var\(--c-focus-ring\)/);
    const ring = token('c-focus-ring');
    for (const bg of ['c-paper', 'c-paper-2', 'c-night', 'c-night-2']) {
      expect(contrast(ring, token(bg)), `${ring} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });
});
