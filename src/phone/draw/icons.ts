// App icons drawn with vector shapes: fictional apps, no logo borrowed from a real brand.
import type Phaser from 'phaser';
import type { AppId } from '../../narrative/types';

export const APP_COLORS: Record<AppId, number> = {
  chat: 0x0ea5a4,
  social: 0x7c3aed,
  mail: 0x2563eb,
  phone: 0x16a34a,
  camera: 0x475569,
  gallery: 0xf59e0b,
};

/** Draws the icon of `app` in a square of side `s` whose top-left corner is (x, y). */
export function drawAppIcon(g: Phaser.GameObjects.Graphics, app: AppId, x: number, y: number, s: number): void {
  g.fillStyle(APP_COLORS[app], 1);
  g.fillRoundedRect(x, y, s, s, s * 0.24);
  const cx = x + s / 2;
  const cy = y + s / 2;
  const u = s / 10;
  g.fillStyle(0xffffff, 1);
  g.lineStyle(u * 0.7, 0xffffff, 1);
  switch (app) {
    case 'chat': // a round speech bubble with a tail
      g.fillEllipse(cx, cy - u * 0.4, u * 6.2, u * 5);
      g.fillTriangle(cx - u * 2, cy + u * 1, cx - u * 2.8, cy + u * 3, cx - u * 0.6, cy + u * 1.8);
      g.fillStyle(APP_COLORS.chat, 1);
      for (const dx of [-1.6, 0, 1.6]) g.fillCircle(cx + dx * u, cy - u * 0.4, u * 0.55);
      break;
    case 'social': // three linked circles: a circle of friends
      g.strokeCircle(cx, cy - u * 1.2, u * 1.5);
      g.strokeCircle(cx - u * 1.9, cy + u * 1.6, u * 1.5);
      g.strokeCircle(cx + u * 1.9, cy + u * 1.6, u * 1.5);
      break;
    case 'mail': // an envelope
      g.fillRoundedRect(cx - u * 3.2, cy - u * 2.2, u * 6.4, u * 4.4, u * 0.5);
      g.lineStyle(u * 0.6, APP_COLORS.mail, 1);
      g.lineBetween(cx - u * 3, cy - u * 2, cx, cy + u * 0.4);
      g.lineBetween(cx + u * 3, cy - u * 2, cx, cy + u * 0.4);
      break;
    case 'phone': // a handset, drawn as a thick rotated arc with two ends
      g.lineStyle(u * 1.2, 0xffffff, 1);
      g.beginPath();
      g.arc(cx + u * 0.8, cy - u * 0.8, u * 3, Math.PI * 0.55, Math.PI * 1.05, false);
      g.strokePath();
      g.fillCircle(cx - u * 2.1, cy - u * 1.4, u * 1.1);
      g.fillCircle(cx + u * 0.2, cy + u * 2.2, u * 1.1);
      break;
    case 'camera': // body, lens, viewfinder bump
      g.fillRoundedRect(cx - u * 3.4, cy - u * 1.8, u * 6.8, u * 4.4, u * 0.8);
      g.fillRoundedRect(cx - u * 1.4, cy - u * 2.8, u * 2.8, u * 1.4, u * 0.4);
      g.fillStyle(APP_COLORS.camera, 1);
      g.fillCircle(cx, cy + u * 0.4, u * 1.6);
      g.fillStyle(0xffffff, 1);
      g.fillCircle(cx, cy + u * 0.4, u * 0.9);
      break;
    case 'gallery': // a framed landscape: sun and mountains
      g.fillRoundedRect(cx - u * 3.4, cy - u * 2.6, u * 6.8, u * 5.2, u * 0.6);
      g.fillStyle(APP_COLORS.gallery, 1);
      g.fillTriangle(cx - u * 3, cy + u * 2.2, cx - u * 0.8, cy - u * 0.6, cx + u * 1.4, cy + u * 2.2);
      g.fillTriangle(cx, cy + u * 2.2, cx + u * 1.6, cy + u * 0.2, cx + u * 3, cy + u * 2.2);
      g.fillCircle(cx + u * 1.6, cy - u * 1.3, u * 0.8);
      break;
  }
}

/** Small glyphs used inside apps. */
export function drawGlyph(g: Phaser.GameObjects.Graphics, kind: 'back' | 'send' | 'people' | 'globe' | 'lock' | 'camera' | 'check' | 'bubble', x: number, y: number, s: number, color: number): void {
  const u = s / 10;
  g.lineStyle(u * 1.3, color, 1);
  g.fillStyle(color, 1);
  switch (kind) {
    case 'back':
      g.lineBetween(x + u * 6, y + u * 1.5, x + u * 2, y + u * 5);
      g.lineBetween(x + u * 2, y + u * 5, x + u * 6, y + u * 8.5);
      break;
    case 'send':
      g.fillTriangle(x + u * 1, y + u * 1.5, x + u * 9.5, y + u * 5, x + u * 1, y + u * 8.5);
      break;
    case 'people':
      g.fillCircle(x + u * 3.5, y + u * 3.5, u * 1.8);
      g.fillCircle(x + u * 7, y + u * 4, u * 1.4);
      g.fillRoundedRect(x + u * 0.5, y + u * 6, u * 6, u * 3.5, u * 1.5);
      g.fillRoundedRect(x + u * 5.5, y + u * 6.3, u * 4, u * 3, u * 1.2);
      break;
    case 'globe':
      g.strokeCircle(x + s / 2, y + s / 2, u * 4);
      g.strokeEllipse(x + s / 2, y + s / 2, u * 4, u * 8);
      g.lineBetween(x + u * 1, y + s / 2, x + u * 9, y + s / 2);
      break;
    case 'lock':
      g.fillRoundedRect(x + u * 2, y + u * 4.5, u * 6, u * 5, u);
      g.beginPath();
      g.arc(x + s / 2, y + u * 4.5, u * 2.2, Math.PI, 0, false);
      g.strokePath();
      break;
    case 'camera':
      g.fillRoundedRect(x + u * 0.5, y + u * 2.5, u * 9, u * 6.5, u);
      g.fillStyle(0xffffff, 1);
      g.fillCircle(x + s / 2, y + u * 5.8, u * 2);
      break;
    case 'check':
      g.lineBetween(x + u * 1, y + u * 5, x + u * 4, y + u * 8);
      g.lineBetween(x + u * 4, y + u * 8, x + u * 9.5, y + u * 2);
      break;
    case 'bubble': // a speech bubble outline with its tail: direct messages
      g.strokeRoundedRect(x + u * 0.8, y + u * 1, u * 8.4, u * 6.2, u * 2);
      g.fillTriangle(x + u * 2.4, y + u * 6.6, x + u * 2.2, y + u * 9.4, x + u * 5, y + u * 6.8);
      for (const dx of [3, 5, 7]) g.fillCircle(x + u * dx, y + u * 4.1, u * 0.65);
      break;
  }
}
