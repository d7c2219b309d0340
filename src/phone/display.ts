// What the view asks of the phone's drawing, without importing Phaser: the Phaser scene
// implements it, and the text-only mode (no WebGL) simply has none.
import type { AppId, ChoiceOption, DecisionStep } from '../narrative/types';
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
  /**
   * A decision waits elsewhere while the player browses other apps: where it is. The phone draws
   * « Une réponse vous attend » and a tap brings it back (`decision` is null meanwhile).
   */
  waiting?: { app: AppId | null; label: string } | null;
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
  | { kind: 'choice'; index: number }
  /** Back to the waiting decision. */
  | { kind: 'decision' }
  /** A Cercle profile (`moi` or a visitor), or the feed with null. */
  | { kind: 'profile'; id: string | null }
  /** Cercle's « Messages » list (its direct-message threads), over the page the player is on. */
  | { kind: 'messages' }
  /** A gallery photo full-size, or the grid with null. */
  | { kind: 'photo'; index: number | null }
  /** The drawn Accepter / Refuser of a ringing call. */
  | { kind: 'answer'; accept: boolean }
  /** A tap on nothing in particular: the story moves on now (the intro, a narration card). */
  | { kind: 'advance' };

/** A tap zone on the phone in CSS pixels from the top-left of the canvas, for tests. */
export interface TapZone {
  /** What a tap there does, in French, as a screen reader would name it (« Retour », « Messages »). */
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PhoneDisplay {
  render(frame: PhoneFrame): void;
  /** Resolves once `frame` can be drawn at once (some apps' code is fetched when first needed); never rejects. */
  prepare(frame: PhoneFrame): Promise<void>;
  /** The time-skip transition on the lock screen; resolves when it is over. */
  timeSkip(text: string, ms: number): Promise<void>;
  setOptions(o: { textScale: number; animations: boolean }): void;
  /** Subscriptions return their disposer. */
  onChoiceRects(cb: (rects: ChoiceRect[], extra: { members: { x: number; y: number; w: number; h: number } | null }) => void): () => void;
  onNav(cb: (nav: PhoneNav) => void): () => void;
  /** Scrolls the open conversation by `dy` units (wheel, keys, bench). */
  scrollBy(dy: number): void;
  /** Scrolls the screen so the drawn control of option `index` is wholly in view (keyboard focus on it). */
  revealChoice(index: number): void;
  /** The game is over (back to the menu): drop everything drawn for it. */
  clear(): void;
}
