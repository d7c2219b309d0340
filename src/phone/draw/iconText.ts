// A Phaser Text that paints the project's emoji icons where its text holds their placeholders
// (emoji.ts iconize): Phaser lays out and rasterises the text, then each icon is painted on the
// same canvas, in its placeholder's letter box, before the canvas goes to the GPU. One object per
// text as before: wrapping, « … » shortening, the text cache and the layout hooks are unchanged.
import type PhaserTypes from 'phaser';
import Phaser from '../phaser';
import { paintIcon } from '../../ui/emoji/paint';
import type { EmojiIcon } from '../../ui/emoji/table';
import { ICON_PLACEHOLDER } from './emoji';

type Internals = {
  style: PhaserTypes.GameObjects.TextStyle & { metrics: { fontSize: number }; syncFont(c: HTMLCanvasElement, x: CanvasRenderingContext2D): void };
  _text: string;
  splitRegExp: RegExp;
  renderer: { gl?: unknown; canvasToTexture(c: HTMLCanvasElement, t?: unknown, noRepeat?: boolean): unknown } | null;
  frame: { source: { glTexture: unknown } };
};

/** Set while `IconText.make` constructs: Phaser's constructor then lays out and rasterises nothing. */
let deferring = false;

/**
 * Font metrics (ascent, descent) per CSS font: Phaser measures them for each new Text on a canvas
 * of its own (MeasureText), the same figures for every text of one font.
 */
const metricsOf = new Map<string, { ascent: number; descent: number; fontSize: number }>();

export class IconText extends Phaser.GameObjects.Text {
  /** The icons of the placeholders, in order (a shortened text keeps the first ones). */
  private icons: readonly EmojiIcon[] = [];

  /**
   * A text laid out, rasterised and sent to the GPU once, with its icons and line spacing. Built
   * with `new` and then given those, a text was rasterised and uploaded up to three times (the
   * constructor, setIcons, setLineSpacing): with software GL each upload waits on the GPU process.
   */
  static make(scene: PhaserTypes.Scene, x: number, y: number, text: string, style: PhaserTypes.Types.GameObjects.Text.TextStyle, icons: readonly EmojiIcon[], lineSpacing: number): IconText {
    const font = `${style.fontStyle ?? ''}|${String(style.fontSize)}|${style.fontFamily ?? ''}`;
    const known = metricsOf.get(font);
    deferring = true;
    let t: IconText;
    try {
      t = new IconText(scene, x, y, text, known ? { ...style, metrics: known } : style);
    } finally {
      deferring = false;
    }
    if (!known) metricsOf.set(font, t.getTextMetrics());
    t.icons = icons;
    t.lineSpacing = lineSpacing;
    return t.updateText();
  }

  setIcons(icons: readonly EmojiIcon[]): this {
    this.icons = icons;
    return this.updateText();
  }

  /** The icons drawn now (the placeholders the text still holds). */
  shownIcons(): EmojiIcon[] {
    return this.icons.slice(0, this.text.split(ICON_PLACEHOLDER).length - 1);
  }

  override updateText(): this {
    if (deferring) return this;
    super.updateText();
    // Called by Phaser's constructor too, before this class's fields exist.
    if (this.icons?.length && this.text.includes(ICON_PLACEHOLDER)) this.paintIcons();
    return this;
  }

  /** Paints each icon over its placeholder, with the line positions Phaser's updateText used. */
  private paintIcons(): void {
    const self = this as unknown as Internals;
    const { style } = self;
    const ctx = this.context;
    style.syncFont(this.canvas, ctx);
    const wrapped = style.wordWrapWidth || style.wordWrapCallback ? this.runWordWrap(self._text) : self._text;
    const lines = wrapped.split(self.splitRegExp);
    const size = style.metrics.fontSize;
    const lineH = size + style.strokeThickness;
    const pad = this.padding;
    const widths = lines.map((l) => ctx.measureText(l).width);
    const textW = Math.max(this.width - (pad.left ?? 0) - (pad.right ?? 0), ...widths);
    const box = ctx.measureText(ICON_PLACEHOLDER).width;
    const s = Math.min(size, box);
    ctx.save();
    ctx.scale(style.resolution, style.resolution);
    ctx.translate(pad.left ?? 0, pad.top ?? 0);
    let k = 0;
    lines.forEach((line, i) => {
      let x = style.strokeThickness / 2;
      if (style.align === 'right') x += textW - widths[i]!;
      else if (style.align === 'center') x += (textW - widths[i]!) / 2;
      const top = style.strokeThickness / 2 + i * (lineH + this.lineSpacing);
      for (let at = line.indexOf(ICON_PLACEHOLDER); at >= 0; at = line.indexOf(ICON_PLACEHOLDER, at + ICON_PLACEHOLDER.length)) {
        const icon = this.icons[k++];
        if (!icon) break;
        const left = x + ctx.measureText(line.slice(0, at)).width;
        paintIcon(ctx, icon, left + (box - s) / 2, top + (size - s) / 2, s);
      }
    });
    ctx.restore();
    if (self.renderer?.gl) self.frame.source.glTexture = self.renderer.canvasToTexture(this.canvas, self.frame.source.glTexture, true);
  }
}
