// « Bulle », the messaging app: thread list, one-to-one and group conversations, the member
// sheet « Qui peut lire ? » and the suggested replies above the message field. Cercle's direct
// messages (its « Messages » list and their conversations) are drawn here too.
import type Phaser from 'phaser';
import { PLAYER_ID, type DecisionStep } from '../../narrative/types';
import type { PhoneFrame } from '../display';
import { APP_NAMES, avatarInk } from '../model/labels';
import { nameOf, threadList } from '../model/reducer';
import type { ChatItem, Thread } from '../model/state';
import { drawGlyph } from '../draw/icons';
import { C, Kit, type RetainedWant } from '../draw/kit';
import { drawPhoto } from '../draw/photo';
import { drawOptionButtons, inlineTray, trayPlacement } from './ChoiceButtons';
import { socialPage } from '../model/view';
import { appHeader, CERCLE_VIOLET, emptyResult, HEADER_H, HOME_BAR_H, INPUT_H, STATUS_H, type AppResult, type Scroll } from './layout';

export interface ChatNav {
  openThread(id: string): void;
  back(): void;
  members(open: boolean): void;
}

export function drawChat(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, nav: ChatNav): AppResult {
  const app = f.state.screen === 'social' ? 'social' : 'chat';
  const thread = f.state.thread ? f.state.threads[f.state.thread] : undefined;
  if (thread) return drawConversation(kit, root, f, thread, nav);
  return drawThreadList(kit, root, f, app, nav);
}

/** The last line of a thread as its list shows it: « Vous : … », « Léa : … » in a group. */
function preview(f: PhoneFrame, t: Thread): string {
  const last = t.items[t.items.length - 1];
  if (!last) return '';
  if (last.kind === 'system') return last.text;
  const who = last.from === PLAYER_ID ? 'Vous : ' : t.group ? `${nameOf(f.state, last.from).split(' ')[0]} : ` : '';
  return `${who}${last.photo && !last.text ? 'Photo' : last.text}`;
}

/** Label of a thread's row: its title, and how many messages wait in it. */
function threadLabel(t: Thread): string {
  return `Conversation « ${t.title} »${t.unread ? `, ${t.unread} non lu${t.unread > 1 ? 's' : ''}` : ''}`;
}

/**
 * A list of threads (Bulle's conversations, Cercle's « Messages »), newest first: title, time,
 * last line and unread count per row. Rows grow with the text size and the list scrolls.
 */
function drawThreadList(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, app: 'chat' | 'social', nav: ChatNav): AppResult {
  const res = emptyResult(app === 'chat');
  const bg = kit.gfx(root);
  bg.fillStyle(C.bg, 1).fillRect(0, 0, 360, kit.H);
  const top = STATUS_H + HEADER_H;
  // A decision that belongs to the app rather than to one of its conversations: its tray under
  // the list, or after it when too tall.
  const decision = f.decision;
  const { inline, bottom } = trayPlacement(kit, decision?.options ?? [], top, kit.H - HOME_BAR_H);
  const content = kit.container(root);
  const scroll: Scroll = { content, top, bottom, height: 0, items: [], stick: 'start', key: `threads:${app}` };
  const accent = app === 'social' ? '#6d28d9' : '#0f766e';
  let y = 0;
  for (const t of threadList(f.state, app)) {
    const row = kit.container(content, 0, y);
    const last = t.items[t.items.length - 1];
    const unread = t.unread > 0;
    const time = kit.text(row, 344, 14, last?.time ?? '', { size: 12, color: unread ? accent : C.muted, originX: 1 });
    const title = kit.line(row, 76, 12, t.title, 344 - 76 - time.width - 10, { size: 16, bold: unread });
    const badgeW = unread ? 34 : 0;
    const p = kit.line(row, 76, 12 + title.height + 4, preview(f, t), 344 - 76 - badgeW, { size: 13, color: unread ? C.ink : C.muted });
    const rowH = Math.max(72, Math.ceil(p.y + p.height + 12));
    kit.avatar(row, 40, rowH / 2, 24, t.group ? t.id : (t.members.find((m) => m !== PLAYER_ID) ?? t.id), t.title);
    kit.badge(row, 334, p.y + p.height / 2, t.unread);
    const g = kit.gfx(row);
    g.fillStyle(C.line, 1).fillRect(76, rowH - 1, 284, 1);
    scroll.items.push({ obj: row, y, h: rowH });
    kit.hit(0, y, 360, rowH, () => nav.openThread(t.id), threadLabel(t), true);
    y += rowH;
  }
  if (y === 0) {
    const c = kit.container(content, 0, 0);
    const empty = app === 'social' ? 'Aucun message privé pour l’instant.' : 'Aucune conversation';
    const t = kit.text(c, 180, 60, empty, { size: 14, color: C.muted, originX: 0.5, wrap: 320, align: 'center' });
    scroll.items.push({ obj: c, y: 0, h: t.height + 60 });
    y = t.height + 80;
  }
  if (decision && inline) {
    const tray = inlineTray(kit, content, y + 8, decision.options, 'Que faites-vous ?', { fill: 0xffffff });
    res.scrolledChoices = tray.rects;
    scroll.items.push({ obj: tray.obj, y: y + 8, h: tray.h });
    y += 8 + tray.h;
  }
  scroll.height = y + 8;
  res.scroll = scroll;
  if (app === 'social') {
    const page = socialPage(f.state);
    appHeader(kit, root, page.title, { back: nav.back, color: CERCLE_VIOLET, sub: page.sub ?? undefined });
  } else {
    appHeader(kit, root, APP_NAMES.chat, { back: nav.back });
  }
  if (decision && !inline) {
    const g = kit.gfx(root);
    g.fillStyle(0xffffff, 1).fillRect(0, bottom, 360, kit.H - bottom);
    g.fillStyle(C.line, 1).fillRect(0, bottom, 360, 1);
    kit.text(root, 14, bottom + 9, 'Que faites-vous ?', { size: 12, color: C.muted, bold: true });
    res.choices = drawOptionButtons(kit, root, decision.options, 12, bottom + 28, 336).rects;
  }
  return res;
}

function dayChip(kit: Kit, parent: Phaser.GameObjects.Container, y: number, label: string): number {
  const t = kit.text(parent, 180, y + 6, label, { size: 12, color: '#374151', originX: 0.5, bold: true });
  const g = kit.gfx(parent);
  g.fillStyle(0xe5e7eb, 1).fillRoundedRect(180 - t.width / 2 - 10, y, t.width + 20, t.height + 12, 10);
  parent.sendToBack(g);
  return t.height + 12;
}

/** A message (with the sender's name in a group); returns where it ends, before the gap to the next. */
function drawItem(kit: Kit, parent: Phaser.GameObjects.Container, f: PhoneFrame, t: Thread, item: ChatItem, prev: ChatItem | undefined): number {
  if (item.kind === 'system') {
    const tx = kit.text(parent, 180, 6, item.text, { size: 12, color: '#4b5563', originX: 0.5, wrap: 280, align: 'center', italic: true });
    const g = kit.gfx(parent);
    g.fillStyle(0xf3f4f6, 1).fillRoundedRect(180 - tx.width / 2 - 10, 0, tx.width + 20, tx.height + 12, 10);
    parent.sendToBack(g);
    return tx.height + 14;
  }
  const mine = item.from === PLAYER_ID;
  const sameSender = prev?.kind === 'message' && prev.from === item.from;
  const showName = t.group && !mine && !sameSender;
  const avatarW = t.group && !mine ? 36 : 0;
  const maxW = 256;
  const padX = 12;
  const name = nameOf(f.state, item.from);
  // The sender's name above the bubble, as tall as the text size makes it.
  const nameObj = showName ? kit.line(parent, 12 + avatarW + 4, 0, name, maxW, { size: 12, bold: true, color: `#${avatarInk(item.from).toString(16).padStart(6, '0')}` }) : null;
  const y = nameObj ? Math.ceil(nameObj.height) : 0;
  const c = kit.container(parent);
  const photoH = item.photo ? 150 : 0;
  const textObj = item.text ? kit.text(c, 0, 0, item.text, { size: 15, color: mine ? '#ffffff' : C.ink, wrap: maxW - padX * 2, lineSpacing: 2 }) : null;
  const timeObj = kit.text(c, 0, 0, item.time ?? '', { size: 10, color: mine ? C.timeMine : C.timeTheirs });
  const contentW = Math.max(textObj?.width ?? 0, item.photo ? 200 : 0, timeObj.width + 4);
  const bw = Math.min(maxW, contentW + padX * 2);
  const bh = Math.ceil((textObj ? textObj.height : 0) + photoH + (item.photo && textObj ? 8 : 0) + 8 + Math.max(14, timeObj.height) + 8);
  const bx = mine ? 360 - 12 - bw : 12 + avatarW;
  const g = kit.gfx(c);
  g.fillStyle(mine ? C.mine : C.theirs, 1).fillRoundedRect(bx, y, bw, bh, { tl: 16, tr: 16, bl: mine ? 16 : 4, br: mine ? 4 : 16 });
  c.sendToBack(g);
  let cy = y + 8;
  if (item.photo) {
    drawPhoto(kit, c, item.photo, bx + padX, cy, 200, photoH - 4);
    cy += photoH + (textObj ? 8 : 0);
  }
  if (textObj) textObj.setPosition(bx + padX, cy);
  timeObj.setPosition(bx + bw - padX, y + bh - 8).setOrigin(1, 1);
  kit.frame(c, bx, y, bw, bh);
  if (t.group && !mine) kit.avatar(c, 12 + 15, y + bh - 15, 15, item.from, name);
  parent.add(c);
  return y + bh;
}

/** The gap after a message: smaller between two messages of one sender (a system line has its own margin). */
function gapAfter(item: ChatItem, prev: ChatItem | undefined): number {
  if (item.kind === 'system') return 0;
  return prev?.kind === 'message' && prev.from === item.from ? 4 : 6;
}

/**
 * Identities of the model's items for the retained entries' signatures: a message's drawing
 * depends on the item before it (same sender: no name, a smaller gap).
 */
const itemIds = new WeakMap<object, number>();
let nextItemId = 1;
function idOf(item: ChatItem | undefined): number {
  if (!item) return 0;
  let id = itemIds.get(item);
  if (id === undefined) itemIds.set(item, (id = nextItemId++));
  return id;
}

/**
 * What the thread shows, in order: a day chip where the date changes, then each message, and
 * under my last message whether the others have read it. A receipt is an entry of its own: when
 * it moves from « Distribué » to « Lu », or to my next message, the bubbles stay as drawn (they
 * only move), instead of being drawn again with their texts from the first that changed on.
 */
function threadEntries(kit: Kit, f: PhoneFrame, t: Thread): RetainedWant[] {
  let lastMine = -1;
  t.items.forEach((it, i) => {
    if (it.kind === 'message' && it.from === PLAYER_ID) lastMine = i;
  });
  const readAfter = lastMine >= 0 && t.items.slice(lastMine + 1).some((it) => it.kind === 'message' && it.from !== PLAYER_ID);
  const wants: RetainedWant[] = [];
  let lastDate: string | null = null;
  t.items.forEach((item, i) => {
    if (item.date && item.date !== lastDate) {
      const label = item.date.charAt(0).toUpperCase() + item.date.slice(1);
      wants.push({ ref: item, sig: `day:${label}`, draw: (c) => {
        const h = dayChip(kit, c, 0, label);
        return { h, advance: h + 10 };
      } });
      lastDate = item.date;
    }
    const prev = t.items[i - 1];
    const gap = gapAfter(item, prev);
    wants.push({ ref: item, sig: `msg:${idOf(prev)}`, draw: (c) => {
      const h = drawItem(kit, c, f, t, item, prev);
      return { h, advance: h + gap };
    } });
    if (i !== lastMine) return;
    const receipt = readAfter || i < t.items.length - 1 ? `Lu${item.time ? ` à ${item.time}` : ''}` : 'Distribué';
    // Under the bubble, the gap to the next message after it.
    wants.push({ ref: item, sig: `receipt:${gap}:${receipt}`, draw: (c) => {
      const r = kit.text(c, 348, 2 - gap, receipt, { size: 11, color: receipt.startsWith('Lu') ? '#2563eb' : C.muted, originX: 1 });
      const h = 2 + Math.ceil(r.height);
      return { h, advance: h };
    } });
  });
  return wants;
}

/**
 * Draws the entries in `content`: those drawn last time stay as they are (moved if a receipt
 * before them came or went), so a new message draws that message, not the thread. Returns where
 * the list ends.
 */
function drawEntries(kit: Kit, content: Phaser.GameObjects.Container, t: Thread, wants: RetainedWant[], scroll: Scroll): number {
  const list = kit.retained(`thread:${t.id}|${t.group ? 'group' : 'pair'}`, content);
  const y = kit.layoutRetained(list, wants, 12);
  scroll.items.push(...list.entries);
  return y;
}

/** The « … is typing » bubble at `y` of the list; returns its height. */
function drawTyping(kit: Kit, content: Phaser.GameObjects.Container, f: PhoneFrame, t: Thread, typing: string, y: number, scroll: Scroll, res: AppResult): number {
  const c = kit.container(content, 0, y);
  const bx = t.group ? 48 : 12;
  const g = kit.gfx(c);
  g.fillStyle(C.theirs, 1).fillRoundedRect(bx, 0, 64, 36, { tl: 16, tr: 16, bl: 4, br: 16 });
  if (kit.animate) {
    // The dots bounce in the page, over the canvas (PhoneGame's typing overlay): the compositor
    // animates that small area and the phone's loop sleeps while someone types.
    res.typingDots = { x: bx + 14, y: y + 8, w: 36, h: 14 };
  } else {
    for (let i = 0; i < 3; i++) c.add(kit.scene.add.circle(bx + 18 + i * 14, 18, 4, 0x6b7280));
  }
  if (t.group) kit.avatar(c, 27, 21, 15, typing, nameOf(f.state, typing));
  scroll.items.push({ obj: c, y, h: 44 });
  return 44;
}

/** The header over the conversation: back, avatar, title and « Qui peut lire ? », which opens the sheet. */
function conversationHeader(kit: Kit, root: Phaser.GameObjects.Container, t: Thread, nav: ChatNav, res: AppResult): void {
  const top = STATUS_H + HEADER_H;
  const hg = kit.gfx(root);
  hg.fillStyle(0xffffff, 1).fillRect(0, 0, 360, top);
  hg.fillStyle(C.line, 1).fillRect(0, top - 1, 360, 1);
  drawGlyph(hg, 'back', 8, STATUS_H + 16, 20, 0x111827);
  kit.hit(0, STATUS_H, 40, HEADER_H, nav.back, 'Retour');
  const other = t.members.find((m) => m !== PLAYER_ID) ?? t.id;
  kit.avatar(root, 52, STATUS_H + HEADER_H / 2, 17, t.group ? t.id : other, t.title);
  const title = kit.line(root, 76, STATUS_H + 7, t.title, 270, { size: 16, bold: true });
  const sub = t.group ? `${t.members.length} membres · Qui peut lire ?` : t.left ? '' : 'Conversation privée · Qui peut lire ?';
  // Title and « Qui peut lire ? » share the bar; with large text the line under the title goes
  // (the bar itself still opens the sheet, as its tap zone and the mirror's button say).
  if (sub) {
    const s = kit.line(root, 76, 0, sub, 270, { size: 12, color: '#0f766e' });
    const both = title.height + s.height;
    if (both > HEADER_H - 2) {
      s.destroy();
      title.setY(STATUS_H + (HEADER_H - title.height) / 2);
    } else {
      title.setY(STATUS_H + (HEADER_H - both) / 2);
      s.setY(title.y + title.height);
    }
  } else {
    title.setY(STATUS_H + (HEADER_H - title.height) / 2);
  }
  res.members = { x: 40, y: STATUS_H, w: 320, h: HEADER_H };
  kit.hit(40, STATUS_H, 320, HEADER_H, () => nav.members(true), 'Qui peut lire ?');
}

/** Where the replies go: a tray of `trayW` from `bottom` (unless `inline`), its title, the message field at `inputTop`. */
interface ReplyArea {
  decision: DecisionStep | null;
  inline: boolean;
  bottom: number;
  inputTop: number;
  trayTitle: string;
  trayW: number;
}

/** Suggested replies (when they stay at the bottom), then the message field. */
function replyArea(kit: Kit, root: Phaser.GameObjects.Container, t: Thread, a: ReplyArea, res: AppResult): void {
  const ig = kit.gfx(root);
  ig.fillStyle(0xffffff, 1).fillRect(0, a.bottom, 360, kit.H - a.bottom);
  ig.fillStyle(C.line, 1).fillRect(0, a.bottom, 360, 1);
  if (a.decision && !a.inline) {
    kit.text(root, 14, a.bottom + 9, a.trayTitle, { size: 12, color: C.muted, bold: true });
    res.choices = drawOptionButtons(kit, root, a.decision.options, 12, a.bottom + 28, a.trayW).rects;
  }
  if (t.left) {
    kit.text(root, 180, a.inputTop + INPUT_H / 2, 'Vous avez quitté ce groupe.', { size: 13, color: C.muted, originX: 0.5, originY: 0.5 });
  } else {
    ig.fillStyle(0xf3f4f6, 1).fillRoundedRect(12, a.inputTop + 9, 292, 36, 18);
    kit.text(root, 28, a.inputTop + 27, 'Message', { size: 14, color: '#9ca3af', originY: 0.5 });
    ig.fillStyle(0x0ea5a4, 1).fillCircle(330, a.inputTop + 27, 18);
    drawGlyph(ig, 'send', 322, a.inputTop + 19, 16, 0xffffff);
  }
}

/**
 * An open conversation: its messages in a list that starts at the end, the typing bubble, the
 * replies (above the message field, or after the last message when too tall), the header over it
 * all, and the « Qui peut lire ? » sheet when open.
 */
function drawConversation(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, t: Thread, nav: ChatNav): AppResult {
  const res = emptyResult(true);
  const bg = kit.gfx(root);
  bg.fillStyle(0xf8fafc, 1).fillRect(0, 0, 360, kit.H);
  const decision = f.decision && !f.members ? f.decision : null;
  // Replies sit above the message field; the conversation shrinks to leave them room. Replies
  // too tall for that (long options, large text on a small phone) follow the last message
  // instead and scroll with the conversation, under its header that stays in place.
  const trayW = 336;
  const top = STATUS_H + HEADER_H;
  const inputTop = kit.H - HOME_BAR_H - INPUT_H;
  const actions = new Set(decision?.options.map((o) => o.action) ?? []);
  const trayTitle = actions.size === 1 && actions.has('reply') ? 'Réponses suggérées' : 'Que faites-vous ?';
  const { inline, bottom } = trayPlacement(kit, decision?.options ?? [], top, inputTop, 34, trayW);

  const content = kit.container(root);
  const scroll: Scroll = { content, top, bottom, height: 0, items: [], stick: 'end', key: `thread:${t.id}` };
  let y = drawEntries(kit, content, t, threadEntries(kit, f, t), scroll);
  if (f.typing) y += drawTyping(kit, content, f, t, f.typing, y, scroll, res);
  if (decision && inline) {
    const tray = inlineTray(kit, content, y, decision.options, trayTitle, { fill: 0xffffff, w: trayW });
    res.scrolledChoices = tray.rects;
    scroll.items.push({ obj: tray.obj, y, h: tray.h });
    y += tray.h;
  }
  scroll.height = y + 8;
  res.scroll = scroll;

  conversationHeader(kit, root, t, nav, res);
  replyArea(kit, root, t, { decision, inline, bottom, inputTop, trayTitle, trayW }, res);
  if (f.members) drawMembers(kit, root, f, t, nav);
  return res;
}

/** The teaching device: who can read, copy and forward what is written here. */
function drawMembers(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, t: Thread, nav: ChatNav): void {
  const dim = kit.gfx(root);
  dim.fillStyle(0x000000, 0.45).fillRect(0, 0, 360, kit.H);
  const members = t.members;
  const g = kit.gfx(root);
  // Texts first, then the sheet sized to them: at 200 % the explanation wraps onto more lines and
  // the rows must start under it, not at a fixed offset.
  const title = kit.text(root, 20, 0, 'Qui peut lire ?', { size: 18, bold: true });
  const n = members.filter((m) => m !== PLAYER_ID).length;
  const why = kit.text(root, 20, 0, `${n} personne${n > 1 ? 's' : ''} en plus de vous peu${n > 1 ? 'vent' : 't'} lire, copier, capturer et transférer tout ce qui est écrit ici.`, { size: 13, color: '#374151', wrap: 320 });
  const names = members.map((m) => kit.text(root, 68, 0, m === PLAYER_ID ? 'Vous' : nameOf(f.state, m), { size: 15, bold: true }));
  const rowH = Math.max(52, ...names.map((x) => x.height + 16));
  const rowsTop = 22 + title.height + 8 + why.height + 14;
  const sheetH = Math.min(kit.H - 80, rowsTop + members.length * rowH + 16);
  const y0 = kit.H - sheetH;
  g.fillStyle(0xffffff, 1).fillRoundedRect(0, y0, 360, sheetH + 20, 20);
  g.fillStyle(0xd1d5db, 1).fillRoundedRect(160, y0 + 8, 40, 4, 2);
  title.setY(y0 + 22);
  why.setY(y0 + 22 + title.height + 8);
  members.forEach((m, i) => {
    const y = y0 + rowsTop + i * rowH;
    kit.avatar(root, 40, y + rowH / 2 - 6, 18, m, names[i]!.text);
    names[i]!.setY(y + rowH / 2 - 6 - names[i]!.height / 2);
  });
  if (t.left) kit.text(root, 20, kit.H - 40, 'Vous ne faites plus partie de ce groupe.', { size: 13, color: C.muted });
  kit.hit(0, 0, 360, y0, () => nav.members(false), 'Fermer « Qui peut lire ? »');
}
