// The lock screen: the story's clock and date, and the notifications that arrived.
import type Phaser from 'phaser';
import type { AppId } from '../../narrative/types';
import type { PhoneFrame } from '../display';
import { APP_NAMES } from '../model/labels';
import { nameOf } from '../model/reducer';
import { drawAppIcon, drawGlyph } from '../draw/icons';
import type { Kit } from '../draw/kit';
import { emptyResult, mixColor, type AppResult } from './layout';
import { ofName } from '../../narrative/typography';

/** The wallpaper's corners (top left, top right, bottom left, bottom right) and its two soft discs. */
const CORNERS = [0x1e3a8a, 0x0f766e, 0x312e81, 0x134e4a] as const;
const discs = (H: number) => [[300, H * 0.25, 160], [40, H * 0.8, 120]] as const;

/**
 * The lock and home screens' background. With `cuts` (heights on the screen), it is drawn in
 * horizontal bands split there, so that `wallpaperBand` can draw one of them again, identical,
 * over content scrolled out of a list.
 */
export function wallpaper(kit: Kit, root: Phaser.GameObjects.Container, cuts: readonly number[] = []): void {
  if (cuts.length === 0) {
    const g = kit.gfx(root);
    g.fillGradientStyle(...CORNERS, 1).fillRect(0, 0, 360, kit.H);
    g.fillStyle(0xffffff, 0.05).fillCircle(300, kit.H * 0.25, 160).fillCircle(40, kit.H * 0.8, 120);
    return;
  }
  const ys = [0, ...cuts, kit.H];
  for (let i = 0; i + 1 < ys.length; i++) wallpaperBand(kit, root, ys[i]!, ys[i + 1]!);
}

/** The part of the wallpaper between y0 and y1 (a band `wallpaper` was cut into). */
export function wallpaperBand(kit: Kit, root: Phaser.GameObjects.Container, y0: number, y1: number): void {
  const g = kit.gfx(root);
  const [tl, tr, bl, br] = CORNERS;
  const left = (y: number) => mixColor(tl, bl, y / kit.H);
  const right = (y: number) => mixColor(tr, br, y / kit.H);
  g.fillGradientStyle(left(y0), right(y0), left(y1), right(y1), 1).fillRect(0, y0, 360, y1 - y0);
  g.fillStyle(0xffffff, 0.05);
  for (const [cx, cy, r] of discs(kit.H)) {
    const a = Math.max(y0, cy - r);
    const b = Math.min(y1, cy + r);
    if (b <= a) continue;
    // The disc cut to the band: its left edge down, its right edge back up.
    const ys: number[] = [];
    for (let y = a; y < b; y += 2) ys.push(y);
    ys.push(b);
    const half = (y: number) => Math.sqrt(Math.max(0, r * r - (y - cy) * (y - cy)));
    const pts = [...ys.map((y) => ({ x: cx - half(y), y })), ...ys.reverse().map((y) => ({ x: cx + half(y), y }))];
    // fillPoints reads only x and y of each point.
    g.fillPoints(pts as Phaser.Math.Vector2[], true);
  }
}

export function drawLock(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, open: (app: AppId | null) => void): AppResult {
  wallpaper(kit, root);
  const s = f.state;
  const g = kit.gfx(root);
  drawGlyph(g, 'lock', 170, 44, 20, 0xffffff);
  // Each line starts under the one above as drawn, whatever the text size and the screen. The
  // clock is display type: it grows a little with the text size, not to twice its size.
  let y = 72;
  if (s.time) {
    const clock = kit.text(root, 180, y, s.time, { size: (68 * Math.min(1.25, kit.textScale)) / kit.textScale, color: '#ffffff', originX: 0.5 });
    y = clock.y + clock.height;
  }
  if (s.date) {
    const d = kit.text(root, 180, y + 2, s.date.charAt(0).toUpperCase() + s.date.slice(1), { size: 17, color: '#e0f2fe', originX: 0.5, align: 'center', wrap: 320 });
    y = d.y + d.height;
  }
  y = Math.max(206, y + 18);
  const hintTop = kit.H - 48;
  for (const b of s.banners) {
    const c = kit.container(root, 12, y);
    const tg = kit.gfx(c);
    const title = b.from ? nameOf(s, b.from) : APP_NAMES[b.app];
    // The time at the right end, the sender's line cut before it, the message under both.
    const tm = kit.text(c, 326, 9, b.time ?? 'maintenant', { size: 11, color: '#6b7280', originX: 1 });
    const head = kit.line(c, 48, 9, `${APP_NAMES[b.app].toUpperCase()} · ${title}`, 326 - 8 - tm.width - 48, { size: 11, color: '#4b5563', bold: true });
    const t = kit.text(c, 48, 9 + Math.max(head.height, tm.height) + 3, b.text, { size: 13, color: '#111827', wrap: 278, maxLines: 3 });
    const h = Math.max(64, Math.ceil(t.y + t.height + 10));
    if (y + h > hintTop) {
      // No room left above « Touchez pour déverrouiller »: the rest waits in the apps.
      c.destroy();
      break;
    }
    tg.fillStyle(0xffffff, 0.94).fillRoundedRect(0, 0, 336, h, 16);
    drawAppIcon(tg, b.app, 10, 10, 28);
    c.sendToBack(tg);
    kit.frame(c, 0, 0, 336, h);
    kit.hit(12, y, 336, h, () => open(b.app), `Notification ${APP_NAMES[b.app]}${b.from ? ` ${ofName(title)}` : ''}`);
    y += h + 8;
  }
  kit.text(root, 180, kit.H - 40, 'Touchez pour déverrouiller', { size: 13, color: '#cbd5e1', originX: 0.5 });
  kit.hit(0, 0, 360, kit.H, () => open(null), 'Déverrouiller');
  // The banner hits were added before the whole-screen one: the scene tests hits last-first, so reverse them.
  kit.hits.unshift(kit.hits.pop()!);
  return emptyResult(false);
}
