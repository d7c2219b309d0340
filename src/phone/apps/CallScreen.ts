// « Téléphone »: an incoming call rings (caller, initials, « Appel entrant », Accepter / Refuser),
// then the conversation runs as subtitles, the player's own lines (`#call: moi`) on the right.
import type Phaser from 'phaser';
import { PLAYER_ID } from '../../narrative/types';
import type { PhoneFrame, PhoneNav } from '../display';
import { nameOf } from '../model/reducer';
import type { Kit } from '../draw/kit';
import { drawOptionButtons, measureOptionButtons } from './ChoiceButtons';
import { emptyResult, HOME_BAR_H, type AppResult } from './layout';

function handset(g: Phaser.GameObjects.Graphics, cx: number, cy: number, r: number, down: boolean): void {
  g.lineStyle(r * 0.22, 0xffffff, 1);
  g.beginPath();
  if (down) {
    g.arc(cx, cy + r * 0.35, r * 0.55, 1.15 * Math.PI, 1.85 * Math.PI, false);
  } else {
    g.arc(cx + r * 0.1, cy - r * 0.1, r * 0.5, 0.55 * Math.PI, 1.05 * Math.PI, false);
  }
  g.strokePath();
}

export function drawCall(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, go: (n: PhoneNav) => void): AppResult {
  const res = emptyResult(false);
  const g = kit.gfx(root);
  g.fillGradientStyle(0x0f172a, 0x0f172a, 0x134e4a, 0x134e4a, 1).fillRect(0, 0, 360, kit.H);
  const call = f.state.call;
  const name = call ? nameOf(f.state, call.from) : 'Aucun appel';
  const ringing = call?.state === 'ringing';
  if (call) {
    if (ringing) {
      // Rings around the avatar while it rings.
      const halo = kit.gfx(root);
      halo.lineStyle(2, 0x5eead4, 0.6).strokeCircle(180, 130, 58);
      halo.lineStyle(2, 0x5eead4, 0.3).strokeCircle(180, 130, 72);
      if (kit.animate) kit.tween({ targets: halo, alpha: 0.2, duration: 600, yoyo: true, repeat: -1 });
    }
    kit.avatar(root, 180, 130, 46, call.from, name);
  }
  kit.text(root, 180, 190, name, { size: 24, color: '#ffffff', originX: 0.5, wrap: 320, align: 'center' });
  const status = !call ? 'Pas d’appel en cours' : call.state === 'ended' ? 'Appel terminé' : ringing ? 'Appel entrant' : 'En communication';
  kit.text(root, 180, 224, status, { size: 15, color: '#99f6e4', originX: 0.5, bold: ringing });
  const bottomY = kit.H - HOME_BAR_H;
  if (ringing) {
    // The drawn buttons of a ringing phone: the story takes the call, a tap only answers sooner.
    const y = bottomY - 90;
    for (const [x, accept, label] of [[90, false, 'Refuser'], [270, true, 'Accepter']] as const) {
      const bg = kit.gfx(root);
      bg.fillStyle(accept ? 0x16a34a : 0xdc2626, 1).fillCircle(x, y, 32);
      handset(bg, x, y, 32, !accept);
      kit.text(root, x, y + 42, label, { size: 14, color: '#ffffff', originX: 0.5 });
      kit.hit(x - 40, y - 40, 80, 100, () => go({ kind: 'answer', accept }), accept ? 'Accepter l’appel' : 'Refuser l’appel');
    }
    return res;
  }
  // The last lines, newest at the bottom, as subtitles; the player's own on the right.
  const opts = f.decision?.options ?? [];
  const trayH = opts.length ? measureOptionButtons(kit, opts, 316) + 20 : 110;
  let y = bottomY - trayH - 16;
  for (const line of [...(call?.lines ?? [])].reverse().slice(0, 4)) {
    const mine = line.from === PLAYER_ID;
    const who = kit.text(root, mine ? 324 : 36, 0, mine ? 'Vous' : name.split(' ')[0]!, { size: 11, bold: true, color: mine ? '#bfdbfe' : '#99f6e4', originX: mine ? 1 : 0 });
    const t = kit.text(root, mine ? 324 : 36, 0, `« ${line.text} »`, { size: 15, color: '#ffffff', wrap: 270, lineSpacing: 3, originX: mine ? 1 : 0, align: mine ? 'right' : 'left' });
    const h = t.height + 34;
    y -= h + 10;
    if (y < 250) {
      t.destroy();
      who.destroy();
      break;
    }
    who.setY(y + 8);
    t.setY(y + 24);
    const bg = kit.gfx(root);
    const bw = Math.max(t.width, who.width) + 24;
    bg.fillStyle(mine ? 0x2563eb : 0xffffff, mine ? 0.55 : 0.12).fillRoundedRect(mine ? 336 - bw : 24, y, bw, h, 14);
    root.moveBelow<Phaser.GameObjects.GameObject>(bg, who);
  }
  if (opts.length) {
    res.choices = drawOptionButtons(kit, root, opts, 22, bottomY - trayH, 316, { dark: true }).rects;
  } else if (call && call.state === 'active') {
    const bg = kit.gfx(root);
    bg.fillStyle(0xdc2626, 1).fillCircle(180, bottomY - 60, 30);
    handset(bg, 180, bottomY - 60, 30, true);
  }
  return res;
}
