// The project's emoji icons painted on a 2D canvas (the phone's canvas text): the same shapes as
// the page's SVG icons (icons.ts), drawn with the canvas' own path API, so nothing is loaded and
// the result is the same on every system, with or without an emoji font.
import { iconShapes } from './icons';
import type { EmojiIcon } from './table';

const num = (v: string | number | undefined, d = 0): number => (v === undefined ? d : Number(v));

/** Paints `icon` in the `size`×`size` square whose top-left corner is (x, y). */
export function paintIcon(ctx: CanvasRenderingContext2D, icon: EmojiIcon, x: number, y: number, size: number): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(size / 24, size / 24);
  for (const [tag, a] of iconShapes(icon)) {
    const p = new Path2D();
    if (tag === 'circle') p.arc(num(a.cx), num(a.cy), num(a.r), 0, Math.PI * 2);
    else if (tag === 'ellipse') p.ellipse(num(a.cx), num(a.cy), num(a.rx), num(a.ry), 0, 0, Math.PI * 2);
    else if (tag === 'rect') p.roundRect(num(a.x), num(a.y), num(a.width), num(a.height), num(a.rx));
    else if (tag === 'path') p.addPath(new Path2D(String(a.d)));
    // As in SVG: filled black unless told otherwise, then stroked when a stroke is given.
    if (a.fill !== 'none') {
      ctx.fillStyle = String(a.fill ?? '#000');
      ctx.fill(p);
    }
    if (a.stroke && a.stroke !== 'none') {
      ctx.strokeStyle = String(a.stroke);
      ctx.lineWidth = num(a['stroke-width'], 1);
      ctx.lineCap = (a['stroke-linecap'] as CanvasLineCap | undefined) ?? 'butt';
      ctx.lineJoin = (a['stroke-linejoin'] as CanvasLineJoin | undefined) ?? 'miter';
      ctx.stroke(p);
    }
  }
  ctx.restore();
}
