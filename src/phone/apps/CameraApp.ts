// « Appareil photo » and « Galerie »: the photos the player takes, drawn by the game.
import type Phaser from 'phaser';
import type { PhoneFrame } from '../display';
import { APP_NAMES } from '../model/labels';
import { C, type Kit } from '../draw/kit';
import { drawPhoto } from '../draw/photo';
import { drawOptionButtons, measureOptionButtons } from './ChoiceButtons';
import { appHeader, emptyResult, HEADER_H, HOME_BAR_H, STATUS_H, type AppResult } from './layout';

export function drawCamera(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame): AppResult {
  const res = emptyResult(false);
  const g = kit.gfx(root);
  g.fillStyle(0x000000, 1).fillRect(0, 0, 360, kit.H);
  const shot = f.state.shots[0];
  const opts = f.decision?.options ?? [];
  const trayH = opts.length ? measureOptionButtons(kit, opts, 336) + 20 : 0;
  const bottom = kit.H - HOME_BAR_H - trayH;
  const viewH = Math.max(160, bottom - 140 - STATUS_H);
  if (shot) drawPhoto(kit, root, shot.photo, 0, STATUS_H + 20, 360, viewH);
  else kit.text(root, 180, STATUS_H + viewH / 2, 'Viseur', { size: 14, color: '#9ca3af', originX: 0.5 });
  const cy = STATUS_H + 20 + viewH;
  if (shot) kit.text(root, 180, cy + 10, shot.text, { size: 13, color: '#e5e7eb', originX: 0.5, wrap: 320, align: 'center' });
  g.lineStyle(4, 0xffffff, 1).strokeCircle(180, cy + 70, 28);
  g.fillStyle(0xffffff, 1).fillCircle(180, cy + 70, 22);
  if (opts.length) res.choices = drawOptionButtons(kit, root, opts, 12, bottom + 4, 336, { dark: true }).rects;
  return res;
}

export function drawGallery(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame): AppResult {
  const res = emptyResult(true);
  const g = kit.gfx(root);
  g.fillStyle(0xffffff, 1).fillRect(0, 0, 360, kit.H);
  const top = STATUS_H + HEADER_H + 4;
  const size = 116;
  f.state.shots.forEach((s, i) => {
    drawPhoto(kit, root, s.photo, 4 + (i % 3) * (size + 2), top + Math.floor(i / 3) * (size + 2), size, size);
  });
  if (f.state.shots.length === 0) kit.text(root, 180, top + 60, 'Aucune photo', { size: 14, color: C.muted, originX: 0.5 });
  const opts = f.decision?.options ?? [];
  if (opts.length) {
    const h = measureOptionButtons(kit, opts, 336);
    const y = kit.H - HOME_BAR_H - h - 8;
    g.fillStyle(0xf8fafc, 1).fillRect(0, y - 8, 360, kit.H - y + 8);
    res.choices = drawOptionButtons(kit, root, opts, 12, y, 336).rects;
  }
  appHeader(kit, root, APP_NAMES.gallery);
  return res;
}
