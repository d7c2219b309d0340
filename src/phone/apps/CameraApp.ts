// « Appareil photo » and « Galerie »: the photos the player takes, drawn by the game.
import type Phaser from 'phaser';
import { findMedia } from '../../narrative/media';
import type { PhoneFrame, PhoneNav } from '../display';
import { APP_NAMES } from '../model/labels';
import { C, type Kit } from '../draw/kit';
import { drawPhoto } from '../draw/photo';
import { drawOptionButtons, inlineTray, measureOptionButtons, trayPlacement } from './ChoiceButtons';
import { appHeader, emptyResult, HEADER_H, HOME_BAR_H, STATUS_H, type AppResult, type Scroll } from './layout';

export function drawCamera(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame): AppResult {
  const res = emptyResult(false);
  const g = kit.gfx(root);
  g.fillStyle(0x000000, 1).fillRect(0, 0, 360, kit.H);
  // The photo just taken; opened later, the camera shows a live view (the gallery keeps the photos).
  const shot = f.state.finder ? f.state.shots[0] : undefined;
  const opts = f.decision?.options ?? [];
  const trayH = opts.length ? measureOptionButtons(kit, opts, 336) + 20 : 0;
  const end = kit.H - HOME_BAR_H;
  // The viewfinder, what was shot under it, the shutter under that (lower when the text is large).
  const view = kit.container(root);
  const caption = shot ? kit.text(view, 180, 0, shot.text, { size: 13, color: '#e5e7eb', originX: 0.5, wrap: 320, align: 'center' }) : null;
  const shutterAt = Math.max(70, Math.ceil(10 + (caption?.height ?? 0) + 8 + 32));
  const below = shutterAt + 34;
  const lay = (y0: number, viewH: number) => {
    if (shot) drawPhoto(kit, view, shot.photo, 0, y0, 360, viewH);
    else kit.text(view, 180, y0 + viewH / 2 - 20, 'Viseur', { size: 14, color: '#9ca3af', originX: 0.5 });
    const cy = y0 + viewH;
    caption?.setY(cy + 10);
    const sg = kit.gfx(view);
    sg.lineStyle(4, 0xffffff, 1).strokeCircle(180, cy + shutterAt, 28);
    sg.fillStyle(0xffffff, 1).fillCircle(180, cy + shutterAt, 22);
    return cy + below;
  };
  // Options under the shutter while the viewfinder keeps at least 160 units; taller, everything scrolls.
  if (STATUS_H + 20 + 160 + below <= end - trayH) {
    const bottom = end - trayH;
    lay(STATUS_H + 20, Math.max(160, bottom - 70 - shutterAt - STATUS_H));
    if (opts.length) res.choices = drawOptionButtons(kit, root, opts, 12, bottom + 4, 336, { dark: true }).rects;
    return res;
  }
  const content = kit.container(root);
  content.add(view);
  const scroll: Scroll = { content, top: STATUS_H, bottom: end, height: 0, items: [], stick: 'start', key: 'camera' };
  const y = lay(20, 240);
  scroll.items.push({ obj: view, y: 0, h: y });
  const tray = kit.container(content, 0, y + 4);
  const b = drawOptionButtons(kit, tray, opts, 12, 0, 336, { dark: true });
  res.scrolledChoices = b.rects.map((r) => ({ ...r, y: r.y + y + 4 }));
  scroll.items.push({ obj: tray, y: y + 4, h: b.height });
  scroll.height = y + 4 + b.height + 16;
  res.scroll = scroll;
  // What scrolls out of the list is hidden under the status bar and the bottom edge.
  const cover = kit.gfx(root);
  cover.fillStyle(0x000000, 1).fillRect(0, 0, 360, STATUS_H).fillRect(0, end, 360, kit.H - end);
  return res;
}

/** The gallery's list and what goes after its content: the tray, when it scrolls with it. */
interface GalleryList {
  content: Phaser.GameObjects.Container;
  scroll: Scroll;
  /** Adds the inline tray after the content (no-op when the tray stays at the bottom). */
  after(fill: number, dark: boolean): void;
}

/** One photo full size on black, then what it shows and what makes someone recognisable. */
function drawViewer(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, go: (n: PhoneNav) => void, list: GalleryList, res: AppResult): void {
  const s = f.state;
  const open = s.shots[s.photo!]!;
  const g = kit.gfx(root);
  root.sendToBack(g);
  g.fillStyle(0x000000, 1).fillRect(0, 0, 360, kit.H);
  const media = findMedia(open.photo);
  const c = kit.container(list.content, 0, 0);
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
  list.scroll.items.push({ obj: c, y: 0, h: y });
  list.scroll.height = y + 8;
  list.after(0x111827, true);
  // Under the black top bar the status bar is white.
  res.dark = false;
  appHeader(kit, root, APP_NAMES.gallery, { back: () => go({ kind: 'photo', index: null }), color: 0x111827, sub: `Photo ${s.photo! + 1} sur ${s.shots.length}` });
}

/** The photos in a grid of three per row, each opening the viewer. */
function drawGrid(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, go: (n: PhoneNav) => void, list: GalleryList): void {
  const s = f.state;
  const g = kit.gfx(root);
  root.sendToBack(g);
  g.fillStyle(0xffffff, 1).fillRect(0, 0, 360, kit.H);
  const size = 116;
  // A row of three per list item: the grid scrolls when there are many photos (or options after it).
  for (let row = 0; row * 3 < s.shots.length; row++) {
    const y = 4 + row * (size + 2);
    const c = kit.container(list.content, 0, y);
    s.shots.slice(row * 3, row * 3 + 3).forEach((shot, k) => {
      const i = row * 3 + k;
      const x = 4 + k * (size + 2);
      drawPhoto(kit, c, shot.photo, x, 0, size, size);
      kit.hit(x, y, size, size, () => go({ kind: 'photo', index: i }), `Photo ${i + 1} sur ${s.shots.length}`, true);
    });
    list.scroll.items.push({ obj: c, y, h: size });
    list.scroll.height = y + size + 4;
  }
  if (s.shots.length === 0) {
    const c = kit.container(list.content, 0, 0);
    kit.text(c, 180, 60, 'Aucune photo', { size: 14, color: C.muted, originX: 0.5 });
    list.scroll.items.push({ obj: c, y: 0, h: 100 });
    list.scroll.height = 100;
  }
  list.after(0xf8fafc, false);
  appHeader(kit, root, APP_NAMES.gallery, { back: () => go({ kind: 'back' }) });
}

/** « Galerie »: the grid of photos taken, or one of them opened; a decision's tray at the bottom or after them. */
export function drawGallery(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, go: (n: PhoneNav) => void): AppResult {
  const res = emptyResult(true);
  const s = f.state;
  const open = s.photo !== null ? s.shots[s.photo] : undefined;
  const opts = f.decision?.options ?? [];
  const top = STATUS_H + HEADER_H;
  // The tray at the bottom; too tall for that, after the photo (or the grid), scrolling with it.
  const { inline, bottom } = trayPlacement(kit, opts, top, kit.H - HOME_BAR_H, 16);
  const content = kit.container(root);
  const scroll: Scroll = { content, top, bottom, height: 0, items: [], stick: 'start', key: open ? `photo:${s.photo}` : 'gallery' };
  res.scroll = scroll;
  const after = (fill: number, dark: boolean) => {
    if (!inline) return;
    const tray = inlineTray(kit, content, scroll.height, opts, 'Que faites-vous ?', { fill, dark });
    res.scrolledChoices = tray.rects;
    scroll.items.push({ obj: tray.obj, y: scroll.height, h: tray.h });
    scroll.height += tray.h;
  };
  if (open) drawViewer(kit, root, f, go, { content, scroll, after }, res);
  else drawGrid(kit, root, f, go, { content, scroll, after });
  if (opts.length && !inline) {
    const y = bottom + 8;
    // The tray is drawn after the photo: its own background goes on a later layer.
    const tg = kit.gfx(root);
    tg.fillStyle(open ? 0x111827 : 0xf8fafc, 1).fillRect(0, bottom, 360, kit.H - bottom);
    res.choices = drawOptionButtons(kit, root, opts, 12, y, 336, { dark: !!open }).rects;
  }
  return res;
}
