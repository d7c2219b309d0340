// Shared measures of the phone's screens, in phone units.
import type Phaser from 'phaser';
import type { ChoiceOption } from '../../narrative/types';
import { drawGlyph } from '../draw/icons';
import type { Kit } from '../draw/kit';

export const STATUS_H = 28;
export const HEADER_H = 52;
export const INPUT_H = 54;
export const HOME_BAR_H = 14;
/**
 * A decision's tray stays at the bottom of a screen while it takes at most this share of the room
 * it would leave: taller (long options, large text, a small phone), it follows the content and
 * scrolls with it, so every option can be brought into view.
 */
export const TRAY_SHARE = 0.55;
/** Cercle's violet: its top bar and its controls. */
export const CERCLE_VIOLET = 0x6d28d9;

export interface UnitRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface OptionRect extends UnitRect {
  option: ChoiceOption;
}

/** A scrollable list: the scene moves `content` and hides the items out of view. */
export interface Scroll {
  content: Phaser.GameObjects.Container;
  top: number;
  bottom: number;
  height: number;
  /**
   * `layers`: set by the scene once it regrouped the item's shapes and texts (null: kept whole);
   * `layerInto`: where (a retained list's own layers, kept with it; else the drawing's).
   */
  items: { obj: Phaser.GameObjects.Container; y: number; h: number; layers?: Phaser.GameObjects.Container[] | null; layerInto?: { under: Phaser.GameObjects.Container; over: Phaser.GameObjects.Container } }[];
  /** Start at the end (a conversation) or at the start (a feed). */
  stick: 'end' | 'start';
  key: string;
  /**
   * Section titles that stay at the top of the list while their section scrolls under them
   * (the composer's title over its long list of drafts). `obj` is drawn outside `content`, with
   * its own opaque background, and placed by the scene; `y`/`h` are its place in the list when
   * not pinned and `end` the bottom of its section, all in list coordinates. `divider`, if any,
   * is shown only while the title is pinned.
   */
  pinned?: { obj: Phaser.GameObjects.Container; y: number; h: number; end: number; divider?: Phaser.GameObjects.GameObject & { visible: boolean } }[];
}

export interface AppResult {
  choices: OptionRect[];
  /** Choices inside scrolled content (a friend-request card): they move with the scroll. */
  scrolledChoices: OptionRect[];
  scroll: Scroll | null;
  members: UnitRect | null;
  /** Where the typing dots bounce, in the scrolled content's units (drawn in the page, not the canvas). */
  typingDots?: UnitRect | null;
  /** Status bar text colour over this screen. */
  dark: boolean;
}

export function emptyResult(dark = false): AppResult {
  return { choices: [], scrolledChoices: [], scroll: null, members: null, dark };
}

/**
 * Opaque header of an app with an optional back arrow. `right` keeps room for controls the app
 * draws at the right end of the bar. The title is cut to one line; at large text sizes the
 * subtitle is left out rather than drawn over the title or under the bar.
 */
export function appHeader(kit: Kit, root: Phaser.GameObjects.Container, title: string, opts: { color?: number; back?: () => void; sub?: string; right?: number } = {}): void {
  const g = kit.gfx(root);
  g.fillStyle(opts.color ?? 0xffffff, 1).fillRect(0, 0, 360, STATUS_H + HEADER_H);
  g.fillStyle(0xe5e7eb, 1).fillRect(0, STATUS_H + HEADER_H - 1, 360, 1);
  const light = opts.color !== undefined && opts.color !== 0xffffff;
  if (opts.back) {
    drawGlyph(g, 'back', 10, STATUS_H + HEADER_H / 2 - 10, 20, light ? 0xffffff : 0x111827);
    kit.hit(0, STATUS_H, 42, HEADER_H, opts.back, 'Retour');
  }
  const x = opts.back ? 44 : 16;
  const width = 360 - x - 12 - (opts.right ?? 0);
  const t = kit.line(root, x, STATUS_H + HEADER_H / 2, title, width, { size: 19, bold: true, color: light ? '#ffffff' : '#111827', originY: 0.5 });
  if (!opts.sub) return;
  const s = kit.line(root, x, 0, opts.sub, width, { size: 12, color: light ? '#ede9fe' : '#6b7280' });
  const gap = 1;
  const both = t.height + gap + s.height;
  if (both > HEADER_H - 2) {
    s.destroy();
    return;
  }
  const y0 = STATUS_H + (HEADER_H - both) / 2;
  t.setOrigin(0, 0).setY(y0);
  s.setY(y0 + t.height + gap);
}

/** The colour `t` of the way from `a` to `b` (0xRRGGBB), as a gradient drawn between them shows it. */
export function mixColor(a: number, b: number, t: number): number {
  const ch = (shift: number) => Math.round(((a >> shift) & 0xff) + (((b >> shift) & 0xff) - ((a >> shift) & 0xff)) * t);
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}
