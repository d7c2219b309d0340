// « Téléphone »: an incoming call, what the caller says as subtitles, and the call's choices.
import type Phaser from 'phaser';
import type { PhoneFrame } from '../display';
import { nameOf } from '../model/reducer';
import type { Kit } from '../draw/kit';
import { drawOptionButtons, measureOptionButtons } from './ChoiceButtons';
import { emptyResult, HOME_BAR_H, type AppResult } from './layout';

export function drawCall(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame): AppResult {
  const res = emptyResult(false);
  const g = kit.gfx(root);
  g.fillGradientStyle(0x0f172a, 0x0f172a, 0x134e4a, 0x134e4a, 1).fillRect(0, 0, 360, kit.H);
  const call = f.state.call;
  const name = call ? nameOf(f.state, call.from) : 'Aucun appel';
  if (call) kit.avatar(root, 180, 130, 46, call.from, name);
  kit.text(root, 180, 190, name, { size: 24, color: '#ffffff', originX: 0.5 });
  const status = !call ? 'Pas d’appel en cours' : call.state === 'ended' ? 'Appel terminé' : call.lines.length <= 1 && f.decision ? 'Appel entrant…' : 'En communication';
  kit.text(root, 180, 224, status, { size: 14, color: '#99f6e4', originX: 0.5 });
  // The last lines, newest at the bottom, as subtitles.
  const opts = f.decision?.options ?? [];
  const trayH = opts.length ? measureOptionButtons(kit, opts, 316) + 20 : 110;
  let y = kit.H - HOME_BAR_H - trayH - 16;
  for (const line of [...(call?.lines ?? [])].reverse().slice(0, 3)) {
    const t = kit.text(root, 36, 0, `« ${line} »`, { size: 15, color: '#ffffff', wrap: 288, lineSpacing: 3 });
    y -= t.height + 16;
    if (y < 260) {
      t.destroy();
      break;
    }
    t.setY(y + 8);
    const bg = kit.gfx(root);
    bg.fillStyle(0xffffff, 0.12).fillRoundedRect(24, y, 312, t.height + 16, 14);
  }
  if (opts.length) {
    res.choices = drawOptionButtons(kit, root, opts, 22, kit.H - HOME_BAR_H - trayH, 316, { dark: true }).rects;
  } else if (call && call.state === 'active') {
    const bg = kit.gfx(root);
    bg.fillStyle(0xdc2626, 1).fillCircle(180, kit.H - HOME_BAR_H - 60, 30);
    bg.lineStyle(5, 0xffffff, 1).lineBetween(166, kit.H - HOME_BAR_H - 58, 194, kit.H - HOME_BAR_H - 58);
  }
  return res;
}
