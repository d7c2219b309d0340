// A banner or a lock-screen notification cut to 2–3 lines ends with « … » (it stopped mid-word
// with no mark), and keeps as much of the text as fits.
import { describe, expect, it } from 'vitest';
import { ellipsizeLines } from '../src/phone/model/ellipsis';

/** A stand-in for the canvas' word wrap: 20 characters a line, words kept whole. */
function wrap20(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > 20 && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

describe('a text cut to a few lines', () => {
  const long = 'Maëlle Bernard vous a ajoutée au groupe de l’équipe de médecine B, avec treize autres personnes';

  it('ends with « … » and fits the lines', () => {
    const cut = ellipsizeLines(long, 2, wrap20);
    expect(cut.endsWith('…')).toBe(true);
    expect(wrap20(cut).length).toBeLessThanOrEqual(2);
    expect(long.startsWith(cut.slice(0, -1).trimEnd())).toBe(true);
  });

  it('keeps as much as fits: one more word would need another line', () => {
    const cut = ellipsizeLines(long, 3, wrap20);
    const kept = cut.slice(0, -1).trimEnd();
    const nextWord = long.slice(kept.length).trim().split(' ')[0]!;
    expect(wrap20(`${kept} ${nextWord}…`).length).toBeGreaterThan(3);
  });

  it('leaves a text that fits as it is', () => {
    expect(ellipsizeLines('Convocation', 2, wrap20)).toBe('Convocation');
  });
});
