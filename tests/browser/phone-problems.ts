// What is wrong in what the phone drew, read from its debug hooks (window.__soignantsPhone:
// textBoxes, imageBoxes, texts, icons): text that leaves its box or runs over another of its layer,
// a photo past its bubble, card or button or the screen (or the photo a decision is about scrolled
// away from it), an emoji reaching the canvas as a character (the system's emoji font differs per
// OS, and a locked-down PC draws boxes). Used by layout.test.ts at every decision it walks and by
// phone-layout.test.ts on the opening.
import type { Page } from 'playwright-core';
import type { ImageBox, TextBox } from '../../src/phone/scenes/PhoneScene';
import { EMOJI_RE } from '../../src/ui/emoji/table';

/** CSS pixels of slack: glyph boxes of lines set one under the other touch. */
const TOL = 2;

export const boxes = (page: Page): Promise<TextBox[]> => page.evaluate(() => (window as unknown as { __soignantsPhone: { textBoxes(): TextBox[] } }).__soignantsPhone.textBoxes());

/** What is wrong in one drawing, in words a reviewer can find on the screenshot. */
export function layoutProblems(all: TextBox[]): string[] {
  const out: string[] = [];
  const q = (b: TextBox) => `« ${b.text.replace(/\s+/g, ' ').slice(0, 40)} »`;
  // A text of a scrolled list counts for the part of it in the list's visible band.
  const shown = all.flatMap((b) => {
    if (!b.clip) return [{ b, r: b }];
    const y0 = Math.max(b.y, b.clip.y0);
    const y1 = Math.min(b.y + b.h, b.clip.y1);
    return y1 - y0 > TOL ? [{ b, r: { ...b, y: y0, h: y1 - y0 } }] : [];
  });
  for (const { b } of shown) {
    const f = b.frame;
    const outX = b.x < f.x - TOL || b.x + b.w > f.x + f.w + TOL;
    // A list's text may run past the screen while scrolling (the list clips it); not past its own card.
    const outY = (b.framed || !b.clip) && (b.y < f.y - TOL || b.y + b.h > f.y + f.h + TOL);
    if (outX || outY) out.push(`${q(b)} leaves its box (${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.w)}×${Math.round(b.h)} in ${Math.round(f.x)},${Math.round(f.y)} ${Math.round(f.w)}×${Math.round(f.h)})`);
  }
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      const a = shown[i]!;
      const c = shown[j]!;
      if (a.b.layer !== c.b.layer) continue;
      const ix = Math.min(a.r.x + a.r.w, c.r.x + c.r.w) - Math.max(a.r.x, c.r.x);
      const iy = Math.min(a.r.y + a.r.h, c.r.y + c.r.h) - Math.max(a.r.y, c.r.y);
      if (ix > TOL && iy > TOL) out.push(`${q(a.b)} overlaps ${q(c.b)} (${Math.round(ix)}×${Math.round(iy)} px)`);
    }
  }
  return out;
}

const images = (page: Page): Promise<ImageBox[]> => page.evaluate(() => (window as unknown as { __soignantsPhone: { imageBoxes(): ImageBox[] } }).__soignantsPhone.imageBoxes());

/** The first option on the phone (CSS pixels from the canvas' top), where the mirror laid its button. */
const firstOption = (page: Page): Promise<{ top: number; bottom: number } | null> =>
  page.evaluate(() => {
    const b = document.querySelector<HTMLElement>('[aria-label="Vos choix"] button:not(.unplaced)');
    return b && b.style.top ? { top: parseFloat(b.style.top), bottom: parseFloat(b.style.top) + parseFloat(b.style.height) } : null;
  });

/**
 * What is wrong with the photos of one drawing: a photo past its bubble, card or button, past the
 * screen's sides (or its top and bottom, out of a scrolled list); with `lead`, the photo the
 * decision is about (the last one of the list above its first option) mostly scrolled out of view
 * while the list could show more of it (the first option, kept whole, is not yet at the bottom).
 */
export function imageProblems(all: ImageBox[], first: { top: number; bottom: number } | null, lead: boolean): string[] {
  const out: string[] = [];
  const T = 1;
  const at = (b: ImageBox) => `photo ${b.photo} (${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.w)}×${Math.round(b.h)})`;
  for (const b of all) {
    const f = b.frame;
    if (b.x < f.x - T || b.y < f.y - T || b.x + b.w > f.x + f.w + T || b.y + b.h > f.y + f.h + T) out.push(`${at(b)} leaves its box (${Math.round(f.x)},${Math.round(f.y)} ${Math.round(f.w)}×${Math.round(f.h)})`);
    if (b.x < -T || b.x + b.w > b.screen.w + T) out.push(`${at(b)} runs past the screen's side`);
    if (!b.clip && (b.y < -T || b.y + b.h > b.screen.h + T)) out.push(`${at(b)} runs past the screen's top or bottom`);
  }
  if (lead && first) {
    const above = all.filter((b) => b.clip && b.y < first.top).sort((a, b) => b.y - a.y)[0];
    if (above?.clip) {
      const seen = Math.min(above.y + above.h, above.clip.y1) - Math.max(above.y, above.clip.y0);
      // Scrolled up as far as the first option allows: it sits at the bottom of the list's view, with
      // the 12 phone units the scene keeps under it (PhoneScene.installScroll), and a few for rounding;
      // in units, not pixels: at 3840×2160 a unit is 2.6 px and a 24 px slack read 67 % as a fault.
      const unit = above.screen.w / 360;
      const asFarAsItGoes = first.bottom >= above.clip.y1 - 16 * unit;
      if (seen < 0.75 * above.h && !asFarAsItGoes) out.push(`${at(above)}, the photo above the options, is ${Math.max(0, Math.round((100 * seen) / above.h))} % in view`);
    }
  }
  return out;
}

type Drawn = { texts: string[]; icons: string[] };
const drawnText = (page: Page): Promise<Drawn> => page.evaluate(() => {
  const p = (window as unknown as { __soignantsPhone: { texts(): string[]; icons(): string[] } }).__soignantsPhone;
  return { texts: p.texts(), icons: p.icons() };
});

/** Emoji drawn by the canvas as characters (with the system's emoji font, or as empty boxes). */
export function emojiInCanvas(texts: readonly string[]): string[] {
  return texts.flatMap((t) => [...t.matchAll(EMOJI_RE)].map((m) => `${m[0]} in « ${t.replace(/\s+/g, ' ').slice(0, 40)} »`));
}

/** Everything wrong with the phone's drawing now, and how many emoji it drew as icons. */
export async function phoneProblems(page: Page, lead: boolean): Promise<{ problems: string[]; icons: number }> {
  const drawn = await drawnText(page);
  const problems = [...layoutProblems(await boxes(page)), ...imageProblems(await images(page), await firstOption(page), lead), ...emojiInCanvas(drawn.texts)];
  return { problems, icons: drawn.icons.length };
}
