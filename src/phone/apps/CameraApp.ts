// « Appareil photo » and « Galerie »: the photos the player takes, drawn by the game.
import type Phaser from 'phaser';
import { findMedia } from '../../narrative/media';
import type { PhoneFrame, PhoneNav } from '../display';
import { APP_NAMES } from '../model/labels';
import { C, type Kit } from '../draw/kit';
import { drawPhoto } from '../draw/photo';
import { drawOptionButtons, measureOptionButtons } from './ChoiceButtons';
import { appHeader, emptyResult, HEADER_H, HOME_BAR_H, STATUS_H, type AppResult, type Scroll } from './layout';

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

export function drawGallery(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, go: (n: PhoneNav) => void): AppResult {
  const res = emptyResult(true);
  const g = kit.gfx(root);
  const s = f.state;
  const open = s.photo !== null ? s.shots[s.photo] : undefined;
  const opts = f.decision?.options ?? [];
  const trayH = opts.length ? measureOptionButtons(kit, opts, 336) + 16 : 0;
  const top = STATUS_H + HEADER_H;
  const bottom = kit.H - HOME_BAR_H - trayH;
  if (open) {
    // Full size on black, then what the picture shows and what makes someone recognisable.
    g.fillStyle(0x000000, 1).fillRect(0, 0, 360, kit.H);
    const media = findMedia(open.photo);
    const content = kit.container(root);
    const scroll: Scroll = { content, top, bottom, height: 0, items: [], stick: 'start', key: `photo:${s.photo}` };
    const c = kit.container(content, 0, 0);
    drawPhoto(kit, c, open.photo, 0, 8, 360, 270);
    let y = 290;
    const variants = [media?.blurred ? 'Floutée' : '', media?.cropped ? 'Recadrée' : ''].filter(Boolean).join(' · ');
    if (variants) {
      kit.text(c, 16, y, variants, { size: 12, bold: true, color: '#fcd34d' });
      y += 22;
    }
    const alt = kit.text(c, 16, y, media?.alt ?? open.text, { size: 14, color: '#f3f4f6', wrap: 328, lineSpacing: 3 });
    y += alt.height + 14;
    const ids = media?.identifiers ?? [];
    const idText = ids.length ? `Permet de reconnaître quelqu'un : ${ids.join(', ')}.` : "Rien ne permet de reconnaître quelqu'un.";
    const it = kit.text(c, 16, y, idText, { size: 13, color: ids.length ? '#fca5a5' : '#86efac', wrap: 328, lineSpacing: 2 });
    y += it.height + 12;
    if (open.time) {
      kit.text(c, 16, y, `Prise à ${open.time}`, { size: 12, color: '#9ca3af' });
      y += 20;
    }
    scroll.items.push({ obj: c, y: 0, h: y });
    scroll.height = y + 8;
    res.scroll = scroll;
    res.dark = false;
    appHeader(kit, root, APP_NAMES.gallery, { back: () => go({ kind: 'photo', index: null }), color: 0x111827, sub: `Photo ${s.photo! + 1} sur ${s.shots.length}` });
  } else {
    g.fillStyle(0xffffff, 1).fillRect(0, 0, 360, kit.H);
    const size = 116;
    s.shots.forEach((shot, i) => {
      const x = 4 + (i % 3) * (size + 2);
      const y = top + 4 + Math.floor(i / 3) * (size + 2);
      drawPhoto(kit, root, shot.photo, x, y, size, size);
      kit.hit(x, y, size, size, () => go({ kind: 'photo', index: i }), `Photo ${i + 1} sur ${s.shots.length}`);
    });
    if (s.shots.length === 0) kit.text(root, 180, top + 60, 'Aucune photo', { size: 14, color: C.muted, originX: 0.5 });
    appHeader(kit, root, APP_NAMES.gallery, { back: () => go({ kind: 'back' }) });
  }
  if (opts.length) {
    const y = bottom + 8;
    // The tray is drawn after the photo: its own background goes on a later layer.
    const tg = kit.gfx(root);
    tg.fillStyle(open ? 0x111827 : 0xf8fafc, 1).fillRect(0, bottom, 360, kit.H - bottom);
    res.choices = drawOptionButtons(kit, root, opts, 12, y, 336, { dark: !!open }).rects;
  }
  return res;
}
