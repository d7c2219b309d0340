// Shared measures of the phone's screens, in phone units.
import type Phaser from 'phaser';
import type { ChoiceOption } from '../../narrative/types';
import { drawGlyph } from '../draw/icons';
import type { Kit } from '../draw/kit';

export const STATUS_H = 28;
export const HEADER_H = 52;
export const INPUT_H = 54;
export const HOME_BAR_H = 14;

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
  items: { obj: Phaser.GameObjects.Container; y: number; h: number }[];
  /** Start at the end (a conversation) or at the start (a feed). */
  stick: 'end' | 'start';
  key: string;
}

export interface AppResult {
  choices: OptionRect[];
  /** Choices inside scrolled content (a friend-request card): they move with the scroll. */
  scrolledChoices: OptionRect[];
  scroll: Scroll | null;
  members: UnitRect | null;
  /** Status bar text colour over this screen. */
  dark: boolean;
}

export function emptyResult(dark = false): AppResult {
  return { choices: [], scrolledChoices: [], scroll: null, members: null, dark };
}

/** Opaque header of an app with an optional back arrow. */
export function appHeader(kit: Kit, root: Phaser.GameObjects.Container, title: string, opts: { color?: number; back?: () => void; sub?: string } = {}): void {
  const g = kit.gfx(root);
  g.fillStyle(opts.color ?? 0xffffff, 1).fillRect(0, 0, 360, STATUS_H + HEADER_H);
  g.fillStyle(0xe5e7eb, 1).fillRect(0, STATUS_H + HEADER_H - 1, 360, 1);
  const light = opts.color !== undefined && opts.color !== 0xffffff;
  if (opts.back) {
    drawGlyph(g, 'back', 10, STATUS_H + HEADER_H / 2 - 10, 20, light ? 0xffffff : 0x111827);
    kit.hit(0, STATUS_H, 42, HEADER_H, opts.back, 'back');
  }
  kit.text(root, opts.back ? 44 : 16, STATUS_H + (opts.sub ? 8 : HEADER_H / 2), title, {
    size: 19, bold: true, color: light ? '#ffffff' : '#111827', originY: opts.sub ? 0 : 0.5,
  });
  if (opts.sub) kit.text(root, opts.back ? 44 : 16, STATUS_H + 31, opts.sub, { size: 12, color: light ? '#e0f2f1' : '#6b7280' });
}
