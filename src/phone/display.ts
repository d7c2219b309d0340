// What the view asks of the phone's drawing, without importing Phaser: the Phaser scene
// implements it, and the text-only mode (no WebGL) simply has none.
import type { ChoiceOption, DecisionStep } from '../narrative/types';
import type { Banner, PhoneState } from './model/state';

export interface PhoneFrame {
  state: PhoneState;
  /** The decision waiting for the player, drawn inside the app it belongs to. */
  decision: DecisionStep | null;
  /** Contact id typing in the open thread. */
  typing: string | null;
  /** The narration card shown over the phone, if any. */
  narration: string | null;
  /** A heads-up notification sliding over the current app. */
  headsUp: Banner | null;
  /** The group's « Qui peut lire ? » sheet is open. */
  members: boolean;
}

/** A choice's tap area on the phone, in CSS pixels from the top-left of the phone screen. */
export interface ChoiceRect {
  option: ChoiceOption;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Taps on the phone that are not choices: navigation the player does freely. */
export type PhoneNav =
  | { kind: 'screen'; screen: PhoneFrame['state']['screen'] }
  | { kind: 'thread'; id: string }
  | { kind: 'back' }
  | { kind: 'members'; open: boolean }
  | { kind: 'mail'; seq: number }
  | { kind: 'choice'; index: number };

export interface PhoneDisplay {
  render(frame: PhoneFrame): void;
  /** The time-skip transition on the lock screen; resolves when it is over. */
  timeSkip(text: string, ms: number): Promise<void>;
  setOptions(o: { textScale: number; animations: boolean }): void;
  onChoiceRects(cb: (rects: ChoiceRect[], extra: { members: { x: number; y: number; w: number; h: number } | null }) => void): void;
  onNav(cb: (nav: PhoneNav) => void): void;
  /** Scrolls the open conversation by `dy` units (wheel, keys, bench). */
  scrollBy(dy: number): void;
}
