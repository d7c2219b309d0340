// The home screen: the six apps with their unread badges.
import type Phaser from 'phaser';
import { APPS, type AppId } from '../../narrative/types';
import type { PhoneFrame } from '../display';
import { APP_NAMES } from '../model/labels';
import { badges } from '../model/reducer';
import { drawAppIcon } from '../draw/icons';
import type { Kit } from '../draw/kit';
import { emptyResult, type AppResult } from './layout';
import { wallpaper } from './LockScreen';

export function drawHome(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, open: (app: AppId) => void): AppResult {
  wallpaper(kit, root);
  const b = badges(f.state);
  const size = 62;
  const cols = 3;
  const gapX = (360 - cols * size) / (cols + 1);
  APPS.forEach((app, i) => {
    const x = gapX + (i % cols) * (size + gapX);
    const y = 70 + Math.floor(i / cols) * (size + 52);
    const g = kit.gfx(root);
    drawAppIcon(g, app, x, y, size);
    kit.text(root, x + size / 2, y + size + 8, APP_NAMES[app], { size: 12, color: '#ffffff', originX: 0.5 });
    kit.badge(root, x + size - 2, y + 2, b[app]);
    kit.hit(x - 8, y - 8, size + 16, size + 36, () => open(app), `Ouvrir ${APP_NAMES[app]}`);
  });
  return emptyResult(false);
}
