// The home screen: the six apps with their unread badges. A decision that belongs to no app
// (« Que faites-vous ? » when the phone is only in the pocket) is a card of suggestions at the
// bottom, under the apps; when the card is taller than the room under them (long options, large
// text, a small phone), the apps and the card scroll together.
import type Phaser from 'phaser';
import { APPS, type AppId, type ChoiceOption } from '../../narrative/types';
import type { PhoneFrame } from '../display';
import { APP_NAMES } from '../model/labels';
import { badges } from '../model/reducer';
import { drawAppIcon } from '../draw/icons';
import { C, type Kit } from '../draw/kit';
import { drawOptionButtons, measureOptionButtons } from './ChoiceButtons';
import { emptyResult, HOME_BAR_H, STATUS_H, type AppResult, type OptionRect, type Scroll } from './layout';
import { wallpaper, wallpaperBand } from './LockScreen';

const SIZE = 62;
const COLS = 3;
const GRID_TOP = 70;
const ROW_STEP = SIZE + 52;
const CARD_TITLE = 'Que faites-vous ?';

/** The app icons from `top` (screen or list units); returns the bottom of their lowest label. */
function drawGrid(kit: Kit, parent: Phaser.GameObjects.Container, f: PhoneFrame, top: number, open: (app: AppId) => void, scrolled: boolean): number {
  const b = badges(f.state);
  const gapX = (360 - COLS * SIZE) / (COLS + 1);
  let bottom = top;
  APPS.forEach((app, i) => {
    const x = gapX + (i % COLS) * (SIZE + gapX);
    const y = top + Math.floor(i / COLS) * ROW_STEP;
    const g = kit.gfx(parent);
    drawAppIcon(g, app, x, y, SIZE);
    const label = kit.text(parent, x + SIZE / 2, y + SIZE + 8, APP_NAMES[app], { size: 12, color: '#ffffff', originX: 0.5 });
    bottom = Math.max(bottom, Math.ceil(label.y + label.height));
    kit.badge(parent, x + SIZE - 2, y + 2, b[app]);
    kit.hit(x - 8, y - 8, SIZE + 16, SIZE + 36, () => open(app), `Ouvrir ${APP_NAMES[app]}`, scrolled);
  });
  return bottom;
}

/** The suggestions card at (0, 0) of `c`: its title, then one button per option. */
function drawCard(kit: Kit, c: Phaser.GameObjects.Container, options: readonly ChoiceOption[]): { h: number; rects: OptionRect[] } {
  const g = kit.gfx(c);
  const head = kit.text(c, 22, 12, CARD_TITLE, { size: 12, color: C.muted, bold: true });
  const b = drawOptionButtons(kit, c, options, 20, Math.ceil(12 + head.height + 8), 320);
  const h = Math.ceil(12 + head.height + 8 + b.height + 12);
  g.fillStyle(0xffffff, 0.96).fillRoundedRect(8, 0, 344, h, 20);
  return { h, rects: b.rects };
}

export function drawHome(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, open: (app: AppId) => void): AppResult {
  const res = emptyResult(false);
  const options = f.decision?.options ?? [];
  if (options.length === 0) {
    wallpaper(kit, root);
    drawGrid(kit, root, f, GRID_TOP, open, false);
    return res;
  }
  const cardBottom = kit.H - HOME_BAR_H - 6;
  // The card's height, and the grid's (its labels grow with the text size), measured first.
  const probe = kit.container(null);
  const label = kit.text(probe, 0, 0, APP_NAMES.chat, { size: 12 });
  const title = kit.text(probe, 0, 0, CARD_TITLE, { size: 12, bold: true });
  const gridBottom = GRID_TOP + (Math.ceil(APPS.length / COLS) - 1) * ROW_STEP + SIZE + 8 + Math.ceil(label.height);
  const cardH = Math.ceil(12 + title.height + 8 + measureOptionButtons(kit, options, 320) + 12);
  probe.destroy(true);

  if (cardBottom - cardH >= gridBottom + 12) {
    wallpaper(kit, root);
    drawGrid(kit, root, f, GRID_TOP, open, false);
    const c = kit.container(root, 0, cardBottom - cardH);
    const card = drawCard(kit, c, options);
    c.y = cardBottom - card.h;
    res.choices = card.rects.map((r) => ({ ...r, y: r.y + c.y }));
    return res;
  }

  // Too tall: the apps, then the card, in one list between the status bar and the home bar.
  const top = STATUS_H;
  const bottom = kit.H - HOME_BAR_H;
  wallpaper(kit, root, [top, bottom]);
  const content = kit.container(root);
  const scroll: Scroll = { content, top, bottom, height: 0, items: [], stick: 'start', key: 'home' };
  const grid = kit.container(content);
  const gb = drawGrid(kit, grid, f, GRID_TOP - top, open, true);
  scroll.items.push({ obj: grid, y: 0, h: gb });
  const cardY = gb + 16;
  const c = kit.container(content, 0, cardY);
  const card = drawCard(kit, c, options);
  scroll.items.push({ obj: c, y: cardY, h: card.h });
  scroll.height = cardY + card.h + 12;
  res.scrolledChoices = card.rects.map((r) => ({ ...r, y: r.y + cardY }));
  res.scroll = scroll;
  // What scrolls out of the list goes under the status bar and the home bar: the wallpaper there
  // is drawn again over it.
  wallpaperBand(kit, root, 0, top);
  wallpaperBand(kit, root, bottom, kit.H);
  return res;
}
