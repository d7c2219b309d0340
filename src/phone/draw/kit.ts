// Drawing helpers shared by every app screen. All coordinates are phone units (360 wide);
// the camera zoom maps them to device pixels, and text is rasterised at that same scale so it
// stays sharp from a 360 px phone to a 4K projector.
import type Phaser from 'phaser';
import { frenchSpacing } from '../../narrative/typography';
import { avatarColor, CHAT_PALETTE, initials } from '../model/labels';
import { iconize } from './emoji';
import { IconText } from './iconText';
import { ellipsizeLines } from '../model/ellipsis';

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", sans-serif, "Noto Color Emoji"';
export const W = 360;
/** Name of a container the scene's scroll layering keeps whole (its own draw order or filters matter). */
export const KEEP_WHOLE = 'keep-whole';

export const C = {
  ink: '#111827',
  muted: '#6b7280',
  white: '#ffffff',
  link: '#2563eb',
  danger: '#dc2626',
  bg: 0xffffff,
  bgSoft: 0xf3f4f6,
  line: 0xe5e7eb,
  mine: CHAT_PALETTE.mine,
  theirs: CHAT_PALETTE.theirs,
  timeTheirs: CHAT_PALETTE.timeTheirs,
  timeMine: CHAT_PALETTE.timeMine,
  accent: 0x0f766e,
  red: 0xdc2626,
  green: 0x16a34a,
} as const;

export interface TextOpts {
  size?: number;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: number;
  align?: 'left' | 'center' | 'right';
  originX?: number;
  originY?: number;
  lineSpacing?: number;
  maxLines?: number;
}

/** A box texts must stay in, in its container's coordinates; `layer` names what it is drawn over. */
export interface TextFrame {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Texts of different layers may overlap (a card over the dimmed app); within one layer they must not. */
  layer?: string;
}

/**
 * For the layout's debug hook (tests only, see PhoneScene.textBoxes): the container each text was
 * drawn in, and the boxes declared on containers with `Kit.frame`. Weak maps: nothing is kept for
 * objects destroyed, and a text regrouped for batching (PhoneScene.layerize) keeps its box.
 */
const homes = new WeakMap<Phaser.GameObjects.Text, Phaser.GameObjects.Container>();
const frames = new WeakMap<Phaser.GameObjects.Container, TextFrame>();

/** The container a text was laid out in (its box is found from there up). */
export function textHome(t: Phaser.GameObjects.Text): Phaser.GameObjects.Container | undefined {
  return homes.get(t);
}

export function frameOf(c: Phaser.GameObjects.Container): TextFrame | undefined {
  return frames.get(c);
}

/** A hit zone in phone units the scene turns into a tap target. */
export interface Hit {
  x: number;
  y: number;
  w: number;
  h: number;
  onTap: () => void;
  /** What a tap there does, in French (« Retour », « Ouvrir Bulle »…): the tests tap it by name. */
  label: string;
  /** In the scrolled content's coordinates: the scene adds the scroll and clips to the list. */
  scrolled: boolean;
}

/**
 * The Text objects of the last drawing, kept for the next one: the scene redraws everything from
 * the model at each step, and a text drawn again with the same string and style (every bubble of
 * a long thread) is reused instead of being laid out, rasterised and uploaded again.
 *  - `release()` before the previous drawing is destroyed: its texts leave their containers;
 *  - the drawing `take`s what it needs and `keep`s what it creates;
 *  - `sweep()` after it: the texts it did not reuse are destroyed.
 */
export class TextCache {
  private spare = new Map<string, Phaser.GameObjects.Text[]>();
  private inUse = new Map<string, Phaser.GameObjects.Text[]>();

  take(key: string): Phaser.GameObjects.Text | null {
    return this.spare.get(key)?.pop() ?? null;
  }

  keep(key: string, t: Phaser.GameObjects.Text): void {
    let list = this.inUse.get(key);
    if (!list) this.inUse.set(key, (list = []));
    list.push(t);
  }

  release(): void {
    for (const [key, list] of this.inUse) {
      // A text destroyed meanwhile (the time-skip overlay) has no scene any more.
      const alive = list.filter((t) => t.scene);
      for (const t of alive) t.parentContainer?.remove(t);
      if (alive.length) this.spare.set(key, alive);
    }
    this.inUse = new Map();
  }

  sweep(): void {
    for (const list of this.spare.values()) for (const t of list) t.destroy();
    this.spare = new Map();
  }

  /** Destroys every text it holds (the game is left). */
  clear(): void {
    this.release();
    this.sweep();
  }
}

/**
 * One drawn entry of a retained list (a message bubble, a day chip): kept from one drawing to the
 * next while its `ref` (the model's item, kept by identity by the reducer) and `sig` (what else
 * its drawing depends on: a read receipt) stay the same.
 */
export interface RetainedEntry {
  ref: unknown;
  sig: string;
  obj: Phaser.GameObjects.Container;
  /** Place in the list and height, in units; the next entry starts at `y + advance`. */
  y: number;
  h: number;
  advance: number;
  /** Its shapes and texts regrouped by the scene for batching (see PhoneScene.layerize), once. */
  layers?: Phaser.GameObjects.Container[] | null;
  /** Where the scene regroups them: the list's own layers, kept with it. */
  layerInto?: { under: Phaser.GameObjects.Container; over: Phaser.GameObjects.Container };
}

/** An entry a list should show: kept from the last drawing if `ref` and `sig` match, else drawn. */
export interface RetainedWant {
  ref: unknown;
  sig: string;
  draw: (c: Phaser.GameObjects.Container) => { h: number; advance: number };
}

/** The drawn entries of a list kept across drawings, in `box`, with their regrouped layers. */
export interface RetainedList {
  box: Phaser.GameObjects.Container;
  under: Phaser.GameObjects.Container;
  over: Phaser.GameObjects.Container;
  entries: RetainedEntry[];
}

/**
 * Lists kept from one drawing to the next (the messages of the open conversation): a new message
 * draws that message only, and a typing indicator coming and going redraws nothing else. The
 * key holds what the whole list's layout depends on (text size, text resolution), so a resize or
 * a text-size change lays it out again. Same life cycle as TextCache: `release()` before the
 * previous drawing is destroyed, `take`/`keep` while drawing, `sweep()` after.
 */
export class RetainedLists {
  private spare = new Map<string, RetainedList>();
  private inUse = new Map<string, RetainedList>();

  take(key: string): RetainedList | null {
    const l = this.spare.get(key) ?? null;
    this.spare.delete(key);
    return l;
  }

  keep(key: string, l: RetainedList): void {
    this.inUse.set(key, l);
  }

  release(): void {
    for (const [key, l] of this.inUse) {
      l.box.parentContainer?.remove(l.box);
      this.spare.set(key, l);
    }
    this.inUse = new Map();
  }

  sweep(): void {
    for (const l of this.spare.values()) l.box.destroy();
    this.spare = new Map();
  }

  clear(): void {
    this.release();
    this.sweep();
  }
}

export class Kit {
  readonly scene: Phaser.Scene;
  /** Phone height in units: the width is fixed, the height follows the window. */
  readonly H: number;
  /** Device pixels per phone unit: the text resolution. */
  readonly res: number;
  readonly textScale: number;
  readonly animate: boolean;
  readonly hits: Hit[] = [];
  private readonly running: Phaser.Tweens.Tween[] = [];
  /** Texts of the previous drawing to reuse (the scene's cache), or none. */
  private texts: TextCache | null;
  /** Lists kept across drawings (the scene's), or none: then every list is drawn in full. */
  private readonly lists: RetainedLists | null;

  constructor(scene: Phaser.Scene, H: number, res: number, textScale: number, animate: boolean, texts: TextCache | null = null, lists: RetainedLists | null = null) {
    this.texts = texts;
    this.lists = lists;
    this.scene = scene;
    this.H = H;
    this.res = res;
    this.textScale = textScale;
    this.animate = animate;
  }

  /** Font size after the player's text-size setting. */
  fs(size: number): number {
    return Math.round(size * this.textScale * 10) / 10;
  }

  text(parent: Phaser.GameObjects.Container, x: number, y: number, str: string, o: TextOpts = {}): Phaser.GameObjects.Text {
    const key = this.texts ? `t|${this.res}|${this.textScale}|${JSON.stringify(o)}|${str}` : '';
    const cached = this.reuse(key, parent, x, y, o);
    if (cached) return cached;
    const style: Phaser.Types.GameObjects.Text.TextStyle = {
      fontFamily: FONT,
      fontSize: `${this.fs(o.size ?? 14)}px`,
      color: o.color ?? C.ink,
      fontStyle: [o.bold ? 'bold' : '', o.italic ? 'italic' : ''].filter(Boolean).join(' ') || 'normal',
      align: o.align ?? 'left',
      resolution: this.res,
    };
    if (o.wrap) style.wordWrap = { width: o.wrap, useAdvancedWrap: true };
    if (o.maxLines) style.maxLines = o.maxLines;
    // Labels written in code get the same French spacing as story text: no line starts with « : » or « ? ».
    // Emoji are drawn as the project's icons, never as the system's emoji font (or its empty boxes).
    const { text, icons } = iconize(frenchSpacing(str));
    const t = IconText.make(this.scene, x, y, text, style, icons, o.lineSpacing ?? 0);
    this.scene.add.existing(t);
    if (o.maxLines && o.wrap) ellipsize(t, o.maxLines);
    t.setOrigin(o.originX ?? 0, o.originY ?? 0);
    parent.add(t);
    homes.set(t, parent);
    this.texts?.keep(key, t);
    return t;
  }

  /**
   * Declares the box the texts drawn in `c` (and in its children without a box of their own) are
   * laid out in: a card, a bubble, a button. The drawing is unchanged; the tests' debug hook checks
   * that no text leaves it and that texts of one layer never overlap.
   */
  frame(c: Phaser.GameObjects.Container, x: number, y: number, w: number, h: number, layer?: string): void {
    frames.set(c, { x, y, w, h, layer });
  }

  /** The same text in the same style from the previous drawing, put back in place (no new raster). */
  private reuse(key: string, parent: Phaser.GameObjects.Container, x: number, y: number, o: TextOpts): Phaser.GameObjects.Text | null {
    const t = key ? this.texts?.take(key) : null;
    if (!t) return null;
    t.setPosition(x, y).setOrigin(o.originX ?? 0, o.originY ?? 0).setVisible(true).setAlpha(1);
    parent.add(t);
    homes.set(t, parent);
    this.texts!.keep(key, t);
    return t;
  }

  /**
   * The list kept under `key` from the previous drawing (or a new one), placed in `parent`. The
   * caller lays it out with `layoutRetained`; new entries' objects stay out of the text cache:
   * they live as long as the list.
   */
  retained(key: string, parent: Phaser.GameObjects.Container): RetainedList {
    const full = `${key}|${this.res}|${this.textScale}`;
    let l = this.lists?.take(full) ?? null;
    if (!l) {
      const box = this.scene.add.container(0, 0);
      const under = this.scene.add.container(0, 0);
      const over = this.scene.add.container(0, 0);
      box.add([under, over]);
      l = { box, under, over, entries: [] };
    }
    parent.add(l.box);
    this.lists?.keep(full, l);
    return l;
  }

  /**
   * Lays out `wants` in list `l` from `top`: an entry drawn last time with the same `ref` and `sig`
   * is kept as it is, its text textures included, and only moved if the entries before it changed
   * height (a read receipt that came or went); the others are drawn with their `draw`, and the old
   * entries no longer wanted are destroyed. Returns where the list ends.
   */
  layoutRetained(l: RetainedList, wants: readonly RetainedWant[], top: number): number {
    const old = l.entries;
    const next: RetainedEntry[] = [];
    let j = 0;
    let y = top;
    for (const w of wants) {
      // Kept entries keep their order: one found further on means those skipped are gone.
      let k = j;
      while (k < old.length && !(old[k]!.ref === w.ref && old[k]!.sig === w.sig)) k++;
      let e: RetainedEntry;
      if (k < old.length) {
        for (const gone of old.slice(j, k)) Kit.dropRetained(gone);
        j = k + 1;
        e = old[k]!;
        if (e.y !== y) Kit.moveRetained(e, y);
      } else {
        e = this.drawRetained(l, w, y);
      }
      next.push(e);
      y += e.advance;
    }
    for (const gone of old.slice(j)) Kit.dropRetained(gone);
    l.entries = next;
    return y;
  }

  /** Draws one retained entry with its `draw`, which returns its height and how far the next starts. */
  private drawRetained(l: RetainedList, w: RetainedWant, y: number): RetainedEntry {
    const c = this.scene.add.container(0, y);
    l.box.add(c);
    const texts = this.texts;
    this.texts = null;
    try {
      const { h, advance } = w.draw(c);
      return { ref: w.ref, sig: w.sig, obj: c, y, h, advance, layerInto: { under: l.under, over: l.over } };
    } finally {
      this.texts = texts;
    }
  }

  /** Moves a kept entry, with its regrouped layers, to `y` of its list. */
  private static moveRetained(e: RetainedEntry, y: number): void {
    const dy = y - e.y;
    e.y = y;
    e.obj.y += dy;
    for (const part of e.layers ?? []) part.y += dy;
  }

  /** An entry no longer wanted: its objects and regrouped layers go. */
  private static dropRetained(e: RetainedEntry): void {
    for (const part of e.layers ?? []) part.destroy();
    e.obj.destroy();
  }

  /** Text cut to one line with an ellipsis, for list previews (see `ellipsize` for 2–3 lines). */
  line(parent: Phaser.GameObjects.Container, x: number, y: number, str: string, width: number, o: TextOpts = {}): Phaser.GameObjects.Text {
    const key = this.texts ? `l|${width}|${this.res}|${this.textScale}|${JSON.stringify(o)}|${str}` : '';
    const cached = this.reuse(key, parent, x, y, o);
    if (cached) return cached;
    str = frenchSpacing(str.replace(/\s+/g, ' '));
    const texts = this.texts;
    // Measured and cut here, then cached under the line's own key (not the full text's).
    this.texts = null;
    const t = this.text(parent, x, y, str, o);
    this.texts = texts;
    texts?.keep(key, t);
    if (t.width <= width) return t;
    // Cut what the canvas shows (emoji already placeholders for their icons), not the source text.
    const shown = t.text;
    let lo = 0;
    let hi = shown.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      t.setText(`${shown.slice(0, mid).trimEnd()}…`);
      if (t.width <= width) lo = mid;
      else hi = mid - 1;
    }
    t.setText(`${shown.slice(0, lo).trimEnd()}…`);
    return t;
  }

  gfx(parent: Phaser.GameObjects.Container): Phaser.GameObjects.Graphics {
    const g = this.scene.add.graphics();
    parent.add(g);
    return g;
  }

  container(parent: Phaser.GameObjects.Container | null, x = 0, y = 0): Phaser.GameObjects.Container {
    const c = this.scene.add.container(x, y);
    parent?.add(c);
    return c;
  }

  avatar(parent: Phaser.GameObjects.Container, x: number, y: number, r: number, id: string, name: string): void {
    // A box of its own: the initials belong to the disc, wherever the disc sits (beside a bubble).
    const c = this.container(parent);
    const g = this.gfx(c);
    g.fillStyle(id === 'moi' ? 0x334155 : avatarColor(id), 1);
    g.fillCircle(x, y, r);
    // The initials fill the disc whatever the text size: the disc does not grow with it.
    this.text(c, x, y, initials(name), { size: (r * 0.8) / this.textScale, color: C.white, bold: true, originX: 0.5, originY: 0.5 });
    this.frame(c, x - r, y - r, 2 * r, 2 * r);
  }

  badge(parent: Phaser.GameObjects.Container, x: number, y: number, n: number): void {
    if (n <= 0) return;
    const label = n > 99 ? '99+' : String(n);
    const g = this.gfx(parent);
    // Sized on the digits as drawn, so the pill still holds them at large text sizes.
    const t = this.text(parent, x, y, label, { size: 11, color: C.white, bold: true, originX: 0.5, originY: 0.5 });
    const h = Math.max(18, Math.ceil(t.height));
    const w = Math.max(h, Math.ceil(t.width) + 8);
    g.fillStyle(C.red, 1);
    g.fillRoundedRect(x - w / 2, y - h / 2, w, h, h / 2);
  }

  /** A tween the next render stops, so redrawing never leaves tweens on destroyed objects. */
  tween(config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    this.running.push(this.scene.tweens.add(config));
  }

  stopTweens(): void {
    for (const t of this.running.splice(0)) t.remove();
  }

  hit(x: number, y: number, w: number, h: number, onTap: () => void, label: string, scrolled = false): void {
    this.hits.push({ x, y, w, h, onTap, label: frenchSpacing(label), scrolled });
  }
}

/**
 * A text cut to `maxLines` ends with « … », as a real app's preview does: Phaser's maxLines alone
 * stops mid-sentence with nothing to say more was written.
 */
function ellipsize(t: Phaser.GameObjects.Text, maxLines: number): void {
  const cut = ellipsizeLines(t.text, maxLines, (s) => t.getWrappedText(s));
  if (cut !== t.text) t.setText(cut);
}
