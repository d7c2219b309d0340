// « Téléphone »: an incoming call rings (caller, initials, « Appel entrant », Accepter / Refuser),
// then the conversation runs as subtitles, the player's own lines (`#call: moi`) on the right.
// Replies too tall for the room under the caller (long options, large text, a small phone) shrink
// the caller to a bar at the top, and the last lines and the replies scroll under it.
import type Phaser from 'phaser';
import { PLAYER_ID } from '../../narrative/types';
import type { PhoneFrame, PhoneNav } from '../display';
import { nameOf } from '../model/reducer';
import type { CallLine } from '../model/state';
import type { Kit } from '../draw/kit';
import { drawOptionButtons, measureOptionButtons } from './ChoiceButtons';
import { emptyResult, HOME_BAR_H, mixColor, STATUS_H, type AppResult, type Scroll } from './layout';

const SKY = 0x0f172a;
const SEA = 0x134e4a;
/** Room kept for at least one short line of the call above the replies. */
const LINE_ROOM = 60;

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

/** The call's background between y0 and y1, exactly as the full-screen gradient draws it there. */
function background(kit: Kit, root: Phaser.GameObjects.Container, y0: number, y1: number): void {
  const top = mixColor(SKY, SEA, y0 / kit.H);
  const bottom = mixColor(SKY, SEA, y1 / kit.H);
  kit.gfx(root).fillGradientStyle(top, top, bottom, bottom, 1).fillRect(0, y0, 360, y1 - y0);
}

/** One line of the call as a subtitle in `c` (from its top); returns its height. */
function subtitle(kit: Kit, c: Phaser.GameObjects.Container, line: CallLine, first: string): number {
  const mine = line.from === PLAYER_ID;
  const x = mine ? 324 : 36;
  const bg = kit.gfx(c);
  const who = kit.text(c, x, 8, mine ? 'Vous' : first, { size: 11, bold: true, color: mine ? '#bfdbfe' : '#99f6e4', originX: mine ? 1 : 0 });
  // Under the name at any text size.
  const t = kit.text(c, x, Math.ceil(8 + who.height + 2), `« ${line.text} »`, { size: 15, color: '#ffffff', wrap: 270, lineSpacing: 3, originX: mine ? 1 : 0, align: mine ? 'right' : 'left' });
  const h = Math.ceil(t.y + t.height + 10);
  const bw = Math.max(t.width, who.width) + 24;
  bg.fillStyle(mine ? 0x2563eb : 0xffffff, mine ? 0.55 : 0.12).fillRoundedRect(mine ? 336 - bw : 24, 0, bw, h, 14);
  return h;
}

export function drawCall(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, go: (n: PhoneNav) => void): AppResult {
  const res = emptyResult(false);
  background(kit, root, 0, kit.H);
  const call = f.state.call;
  const name = call ? nameOf(f.state, call.from) : 'Aucun appel';
  const first = name.split(' ')[0]!;
  const ringing = call?.state === 'ringing';
  const status = !call ? 'Pas d’appel en cours' : call.state === 'ended' ? 'Appel terminé' : ringing ? 'Appel entrant' : 'En communication';
  const bottomY = kit.H - HOME_BAR_H;
  const opts = ringing ? [] : (f.decision?.options ?? []);
  const lines = [...(call?.lines ?? [])].reverse().slice(0, 4);
  const trayH = opts.length ? measureOptionButtons(kit, opts, 316) + 20 : 110;

  // The caller in full: avatar, name, and the call's state under the name at any text size.
  const head = kit.container(root);
  if (call) {
    if (ringing) {
      // Rings around the avatar while it rings.
      const halo = kit.gfx(head);
      halo.lineStyle(2, 0x5eead4, 0.6).strokeCircle(180, 130, 58);
      halo.lineStyle(2, 0x5eead4, 0.3).strokeCircle(180, 130, 72);
      if (kit.animate) kit.tween({ targets: halo, alpha: 0.2, duration: 600, yoyo: true, repeat: -1 });
    }
    kit.avatar(head, 180, 130, 46, call.from, name);
  }
  const nameT = kit.text(head, 180, 190, name, { size: 24, color: '#ffffff', originX: 0.5, wrap: 320, align: 'center' });
  const statusT = kit.text(head, 180, Math.max(224, Math.ceil(nameT.y + nameT.height + 4)), status, { size: 15, color: '#99f6e4', originX: 0.5, bold: ringing });
  const headBottom = Math.max(250, Math.ceil(statusT.y + statusT.height + 8));

  if (opts.length && trayH > bottomY - 16 - headBottom - (lines.length ? LINE_ROOM : 0)) {
    head.destroy();
    return drawTallCall(kit, root, f, res, { name, first, status, lines, bottomY });
  }

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
  // The last lines, newest at the bottom, as subtitles, down to the caller's name.
  let y = bottomY - trayH - 16;
  for (const line of lines) {
    const c = kit.container(root);
    const h = subtitle(kit, c, line, first);
    y -= h + 10;
    if (y < headBottom) {
      c.destroy();
      break;
    }
    c.y = y;
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

/**
 * The call with replies too tall for the room under the caller: the caller becomes a bar at the
 * top, and the last lines then the replies scroll under it, the replies brought into view.
 */
function drawTallCall(
  kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, res: AppResult,
  o: { name: string; first: string; status: string; lines: CallLine[]; bottomY: number },
): AppResult {
  const call = f.state.call;
  const bar = kit.container(root, 0, STATUS_H);
  const n = kit.line(bar, 72, 0, o.name, 272, { size: 17, bold: true, color: '#ffffff' });
  const st = kit.line(bar, 72, 0, o.status, 272, { size: 13, color: '#99f6e4' });
  const barH = Math.max(60, Math.ceil(n.height + st.height + 16));
  n.setY(Math.round((barH - n.height - st.height) / 2));
  st.setY(n.y + n.height);
  if (call) kit.avatar(bar, 40, barH / 2, 20, call.from, o.name);
  const top = STATUS_H + barH;

  const content = kit.container(root);
  const scroll: Scroll = { content, top, bottom: o.bottomY, height: 0, items: [], stick: 'end', key: `call:${call?.from ?? ''}` };
  let y = 14;
  for (const line of [...o.lines].reverse()) {
    const c = kit.container(content, 0, y);
    const h = subtitle(kit, c, line, o.first);
    scroll.items.push({ obj: c, y, h });
    y += h + 10;
  }
  const tray = kit.container(content, 0, y + 6);
  const b = drawOptionButtons(kit, tray, f.decision?.options ?? [], 22, 0, 316, { dark: true });
  res.scrolledChoices = b.rects.map((r) => ({ ...r, y: r.y + y + 6 }));
  scroll.items.push({ obj: tray, y: y + 6, h: b.height });
  scroll.height = y + 6 + b.height + 16;
  res.scroll = scroll;

  // What scrolls out of the list goes under the bar and under the bottom edge: both are drawn
  // over it with the background they hide.
  background(kit, root, 0, top);
  kit.gfx(root).fillStyle(0xffffff, 0.12).fillRect(0, top - 1, 360, 1);
  root.bringToTop(bar);
  background(kit, root, o.bottomY, kit.H);
  return res;
}
