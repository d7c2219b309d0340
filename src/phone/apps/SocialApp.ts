// « Cercle », the social network: the feed, the player's profile (their posts and who can see
// each), a visitor's profile (what the story says of them, their posts), friend-request cards
// with Accepter / Refuser / Ignorer, the composer whose audience selector comes before
// « Publier » (its title stays in view over a long list of drafts), photos, tags (« X vous a
// identifié·e ») and comments. The top bar's « Messages » button opens the direct messages.
import type Phaser from 'phaser';
import { PLAYER_ID, type Audience, type ChoiceOption } from '../../narrative/types';
import type { PhoneFrame, PhoneNav } from '../display';
import { AUDIENCE_LABELS } from '../model/labels';
import { nameOf, socialUnread } from '../model/reducer';
import type { FriendRequest, PhoneState, Post } from '../model/state';
import { messagesLabel, profileInfo, socialPage } from '../model/view';
import { drawGlyph } from '../draw/icons';
import { C, type Kit } from '../draw/kit';
import { drawPhoto } from '../draw/photos';
import { drawOptionButtons, trayPlacement } from './ChoiceButtons';
import { appHeader, CERCLE_VIOLET, emptyResult, HEADER_H, HOME_BAR_H, STATUS_H, type AppResult, type OptionRect, type Scroll } from './layout';
import { ofName } from '../../narrative/typography';

const CARD_ACTIONS = new Set(['accept', 'decline', 'ignore']);
const VIOLET = CERCLE_VIOLET;
/** Width kept at the right of Cercle's top bar for the « Messages » button. */
const MESSAGES_W = 52;

export const AUDIENCE_HINTS: Record<Audience, string> = {
  public: 'Tout le monde, même sans compte',
  amis: 'Vos amis, qui peuvent capturer et partager',
  moi: 'Vous seul·e',
};

function audienceGlyph(a: Audience): 'globe' | 'people' | 'lock' {
  return a === 'public' ? 'globe' : a === 'amis' ? 'people' : 'lock';
}

function card(kit: Kit, parent: Phaser.GameObjects.Container, h: number): void {
  const g = kit.gfx(parent);
  g.fillStyle(0xffffff, 1).fillRoundedRect(8, 0, 344, h, 12);
  parent.sendToBack(g);
}

/** A centred line saying a list is empty; returns the card's height. */
function emptyNote(kit: Kit, c: Phaser.GameObjects.Container, text: string): number {
  const t = kit.text(c, 180, 20, text, { size: 13, color: C.muted, originX: 0.5, wrap: 320, align: 'center' });
  return Math.max(56, Math.ceil(t.height + 36));
}

function who(s: PhoneState, id: string): string {
  return id === PLAYER_ID ? 'Vous' : nameOf(s, id);
}

function drawPost(kit: Kit, parent: Phaser.GameObjects.Container, f: PhoneFrame, p: Post): number {
  const s = f.state;
  let y = 0;
  // Being tagged by someone else: said above the post, as the network does.
  if (p.tagged.includes(PLAYER_ID) && p.from !== PLAYER_ID) {
    const tg = kit.gfx(parent);
    tg.fillStyle(0xede9fe, 1).fillRoundedRect(8, 0, 344, 30, { tl: 12, tr: 12, bl: 0, br: 0 });
    kit.line(parent, 20, 8, `${nameOf(s, p.from)} vous a identifié·e`, 320, { size: 12, bold: true, color: '#5b21b6' });
    y = 30;
  }
  const name = nameOf(s, p.from);
  kit.avatar(parent, 34, y + 30, 18, p.from, name);
  // Who, then when and for whom, one under the other at any text size.
  const n = kit.text(parent, 60, y + 12, who(s, p.from), { size: 15, bold: true, wrap: 280 });
  const meta = kit.text(parent, 75, n.y + n.height + 1, `${p.time ?? ''}${p.time ? ' · ' : ''}${AUDIENCE_LABELS[p.audience]}`, { size: 11, color: C.muted, wrap: 265 });
  const ag = kit.gfx(parent);
  drawGlyph(ag, audienceGlyph(p.audience), 60, meta.y + Math.min(meta.height, 16) / 2 - 5.5, 11, 0x6b7280);
  y = Math.max(y + 58, Math.ceil(meta.y + meta.height + 8));
  if (p.text) {
    const t = kit.text(parent, 20, y, p.text, { size: 14, wrap: 320, lineSpacing: 2 });
    y += t.height + 8;
  }
  if (p.photo) {
    drawPhoto(kit, parent, p.photo, 20, y, 320, 200);
    y += 208;
  }
  if (p.tagged.length) {
    const names = p.tagged.map((id) => (id === PLAYER_ID ? 'vous' : nameOf(s, id))).join(', ');
    const t = kit.text(parent, 20, y, `Avec ${names}`, { size: 12, color: '#6d28d9', bold: true, wrap: 320 });
    y = Math.ceil(t.y + t.height + 4);
  }
  if (p.comments.length) {
    const t = kit.text(parent, 20, y + 2, `${p.comments.length} commentaire${p.comments.length > 1 ? 's' : ''}`, { size: 12, color: C.muted, wrap: 320 });
    y = Math.ceil(t.y + t.height + 6);
  }
  for (const cm of p.comments) {
    const cname = who(s, cm.from);
    kit.avatar(parent, 34, y + 14, 12, cm.from, nameOf(s, cm.from));
    const n = kit.line(parent, 60, y + 6, cname, 272, { size: 12, bold: true });
    const t = kit.text(parent, 60, y + 6 + n.height + 2, cm.text, { size: 13, wrap: 272 });
    const g = kit.gfx(parent);
    g.fillStyle(0xf3f4f6, 1).fillRoundedRect(50, y, 292, t.height + n.height + 16, 10);
    parent.sendToBack(g);
    y += t.height + n.height + 22;
  }
  return y + 8;
}

/** The photo every draft of the composer attaches (shown once, in its title), if they share one. */
function sharedAttachment(options: readonly ChoiceOption[]): string | undefined {
  const photos = new Set(options.map((o) => o.photo).filter(Boolean));
  return photos.size === 1 ? [...photos][0] : undefined;
}

/** Size of the attachment beside the composer's title, in units. */
const ATTACH_W = 88;
const ATTACH_H = 66;

/**
 * The composer's title, on an opaque strip of its own: the scene keeps it at the top of the list
 * while the drafts under it scroll. The photo the drafts attach sits beside the title, so it stays
 * in view while the player reads them (under the title, it went under the pinned strip as soon as
 * the drafts were scrolled to, and the player chose what to publish without seeing the picture).
 * `divider` (square corners, a line and a soft shadow) shows only while it is pinned.
 */
function drawComposerHead(kit: Kit, head: Phaser.GameObjects.Container, photo: string | undefined): { h: number; divider: Phaser.GameObjects.Graphics; photoShown: boolean; subShown: boolean } {
  const bg = kit.gfx(head);
  const divider = kit.gfx(head);
  // Beside the title while the title keeps to one line there; with large text, under it, in the body.
  const narrow = 284 - ATTACH_W - 12;
  const title = kit.text(head, 58, 10, 'Nouvelle publication', { size: 15, bold: true, wrap: 284 });
  const beside = !!photo && title.width <= narrow;
  const wrap = beside ? narrow : 284;
  const sub = kit.text(head, 58, 10 + title.height + 2, beside ? 'Photo jointe. Choisissez qui la verra, puis publiez' : SUB, { size: 12, color: C.muted, wrap });
  let h = Math.max(58, Math.ceil(sub.y + sub.height + 10), beside ? ATTACH_H + 16 : 0);
  // With large text the line under the title goes to the body: pinned, the strip would hide most
  // of the drafts it titles on a small phone.
  const subShown = beside || h <= 96;
  if (!subShown) {
    sub.destroy();
    h = Math.max(58, Math.ceil(title.y + title.height + 10));
  }
  kit.avatar(head, 34, 28, 16, PLAYER_ID, 'Vous');
  bg.fillStyle(0xffffff, 1).fillRoundedRect(8, 0, 344, h, { tl: 12, tr: 12, bl: 0, br: 0 });
  divider.fillStyle(0xffffff, 1).fillRect(8, 0, 344, h);
  divider.fillStyle(0xddd6fe, 1).fillRect(8, h - 1, 344, 1);
  divider.fillStyle(0x000000, 0.08).fillRect(8, h, 344, 3);
  divider.visible = false;
  if (photo && beside) drawPhoto(kit, head, photo, 352 - 10 - ATTACH_W, 8, ATTACH_W, ATTACH_H);
  kit.frame(head, 8, 0, 344, h);
  return { h, divider, photoShown: beside, subShown };
}

const SUB = 'Choisissez qui la verra, puis publiez';

/**
 * The composer's body under its title: the attachment when the title has no room for it, the
 * audience selector, then a draft per option, each showing its audience first, then « Publier ».
 */
function drawComposer(kit: Kit, c: Phaser.GameObjects.Container, options: readonly ChoiceOption[], headH: number, photo: string | undefined, sub: boolean): { h: number; rects: OptionRect[] } {
  let h = headH;
  if (sub) {
    const t = kit.text(c, 20, h, SUB, { size: 12, color: C.muted, wrap: 320 });
    h += Math.ceil(t.height + 8);
  }
  if (photo) {
    drawPhoto(kit, c, photo, 20, h, 150, 100);
    kit.text(c, 180, h + 6, 'Photo jointe', { size: 12, color: C.muted, bold: true, wrap: 160 });
    h += 110;
  }
  // The audience selector, explicit: the three choices of the network and what each means.
  const g = kit.gfx(c);
  const audiences: Audience[] = ['public', 'amis', 'moi'];
  const used = new Set(options.map((o) => o.audience).filter(Boolean));
  // Wrapped: at 200 % on a phone the question ran past the card's edge.
  const ask = kit.text(c, 20, h, 'Qui peut voir votre publication ?', { size: 13, color: '#374151', bold: true, wrap: 320 });
  h += Math.max(22, Math.ceil(ask.height + 6));
  // Three chips in a row, each as wide as its label needs, while they fit; at large text sizes,
  // one under the other, whole (« Moi uniquement » is never cut).
  const labels = audiences.map((a) => kit.text(c, 0, 0, AUDIENCE_LABELS[a], { size: 11, bold: used.has(a), color: used.has(a) ? '#5b21b6' : '#9ca3af', originY: 0.5 }));
  const need = labels.map((t) => Math.ceil(t.width) + 33);
  const room = 320 - 2 * 6;
  const spare = room - need.reduce((a, b) => a + b, 0);
  const row = spare >= 0;
  let cx = 20;
  audiences.forEach((a, i) => {
    const on = used.has(a);
    const t = labels[i]!;
    const w = row ? need[i]! + spare / 3 : 320;
    const x = row ? cx : 20;
    const ch = Math.max(30, Math.ceil(t.height + 8));
    g.fillStyle(on ? 0xede9fe : 0xf9fafb, 1).fillRoundedRect(x, h, w, ch, 15);
    g.lineStyle(1.2, on ? VIOLET : 0xd1d5db, 1).strokeRoundedRect(x, h, w, ch, 15);
    drawGlyph(g, audienceGlyph(a), x + 9, h + ch / 2 - 6, 12, on ? VIOLET : 0x9ca3af);
    t.setPosition(x + 25, h + ch / 2);
    cx += w + 6;
    if (!row || i === audiences.length - 1) h += ch + 6;
  });
  for (const a of audiences.filter((x) => used.has(x))) {
    const t = kit.text(c, 20, h, `${AUDIENCE_LABELS[a]} : ${AUDIENCE_HINTS[a]}`, { size: 11, color: C.muted, wrap: 320 });
    h += t.height + 4;
  }
  h += 8;
  const b = drawOptionButtons(kit, c, options, 20, h, 320);
  return { h: h + b.height + 12, rects: b.rects };
}

interface Ctx {
  kit: Kit;
  f: PhoneFrame;
  go: (n: PhoneNav) => void;
  content: Phaser.GameObjects.Container;
  /** Section titles the scene pins over the list (drawn above `content`, under the top bar). */
  pins: Phaser.GameObjects.Container;
  scroll: Scroll;
  choices: OptionRect[];
  y: number;
}

/** Adds a card to the list; `tap.h` (read once the card is drawn) limits its tap zone to its top part. */
function push(x: Ctx, draw: (c: Phaser.GameObjects.Container) => number, tap?: { label: string; go: () => void; h?: () => number }): void {
  const c = x.kit.container(x.content, 0, x.y);
  const h = draw(c);
  card(x.kit, c, h);
  x.kit.frame(c, 8, 0, 344, h);
  x.scroll.items.push({ obj: c, y: x.y, h });
  if (tap) x.kit.hit(8, x.y, 344, tap.h?.() ?? h, tap.go, tap.label, true);
  x.y += h + 8;
}

/** The composer card, its title pinned over its drafts while they scroll. */
function composer(x: Ctx, options: readonly ChoiceOption[]): void {
  const top0 = x.y;
  const head = x.kit.container(x.pins);
  const photo = sharedAttachment(options);
  const hd = drawComposerHead(x.kit, head, photo);
  push(x, (c) => {
    const r = drawComposer(x.kit, c, options, hd.h, hd.photoShown ? undefined : photo, !hd.subShown);
    for (const rect of r.rects) x.choices.push({ ...rect, y: rect.y + top0 });
    return r.h;
  });
  (x.scroll.pinned ??= []).push({ obj: head, y: top0, h: hd.h, end: x.y - 8, divider: hd.divider });
}

function requestCard(x: Ctx, r: FriendRequest, cardOpts: ChoiceOption[], withButtons: boolean): void {
  const { kit } = x;
  const s = x.f.state;
  const top = x.y;
  // The card's top (who, their words) opens the sender's profile; its buttons answer.
  let tapH = 90;
  push(x, (c) => {
    const name = nameOf(s, r.from);
    const head = kit.text(c, 20, 12, 'Demande d’ami', { size: 12, bold: true, color: '#6d28d9' });
    const y0 = Math.max(40, 12 + head.height + 8);
    kit.avatar(c, 44, y0 + 18, 22, r.from, name);
    const n = kit.text(c, 76, y0, name, { size: 15, bold: true, wrap: 264 });
    const t = kit.text(c, 76, y0 + n.height + 4, r.text, { size: 13, color: '#374151', wrap: 264 });
    let h = Math.max(y0 + 52, t.y + t.height + 10);
    tapH = h;
    if (withButtons) {
      const b = drawOptionButtons(kit, c, cardOpts, 20, h, 320);
      // Rects are relative to the card: the scene offsets them with the scroll.
      for (const rect of b.rects) x.choices.push({ ...rect, y: rect.y + top });
      h += b.height + 12;
    } else if (r.status !== 'pending') {
      const label = r.status === 'accepted' ? 'Vous êtes maintenant amis' : r.status === 'declined' ? 'Demande refusée' : 'Demande ignorée';
      const l = kit.text(c, 76, h - 6, label, { size: 12, color: C.muted, italic: true, wrap: 264 });
      h = Math.ceil(l.y + l.height + 10);
      tapH = h;
    }
    return h;
  }, s.profile === r.from ? undefined : { label: `Profil ${ofName(nameOf(s, r.from))}`, go: () => x.go({ kind: 'profile', id: r.from }), h: () => tapH });
}

/** « Que faites-vous ? » as a card of the feed: the options too tall for the tray at the bottom. */
function trayCard(x: Ctx, options: readonly ChoiceOption[]): void {
  const top = x.y;
  push(x, (c) => {
    const head = x.kit.text(c, 20, 12, 'Que faites-vous ?', { size: 12, color: C.muted, bold: true });
    const b = drawOptionButtons(x.kit, c, options, 20, Math.ceil(12 + head.height + 8), 320);
    for (const rect of b.rects) x.choices.push({ ...rect, y: rect.y + top });
    return Math.ceil(12 + head.height + 8 + b.height + 12);
  });
}

function profileHead(x: Ctx, id: string): void {
  const { kit } = x;
  const p = profileInfo(x.f.state, id);
  push(x, (c) => {
    const g = kit.gfx(c);
    g.fillGradientStyle(0x7c3aed, 0x6d28d9, 0xa78bfa, 0x8b5cf6, 1).fillRoundedRect(8, 0, 344, 70, { tl: 12, tr: 12, bl: 0, br: 0 });
    kit.avatar(c, 60, 78, 38, id, p.name);
    // The name beside the avatar, below the banner; long names and large text wrap under it.
    const name = kit.text(c, 110, 76, p.name, { size: 19, bold: true, wrap: 232 });
    let h = Math.max(126, Math.ceil(name.y + name.height + 8));
    // What the story says of this person (their bio), under the name, across the card.
    if (p.about) {
      const t = kit.text(c, 20, h, p.about, { size: 14, color: '#1f2937', wrap: 320, lineSpacing: 2 });
      h += t.height + 10;
    }
    const st = kit.text(c, 20, h, p.status, { size: 13, color: C.muted, wrap: 320 });
    h += st.height + 8;
    if (p.mine) {
      // Who sees what: the legend of the three audience icons of the player's posts.
      for (const a of ['public', 'amis', 'moi'] as Audience[]) {
        drawGlyph(g, audienceGlyph(a), 20, h + 1, 13, VIOLET);
        const t = kit.text(c, 40, h, `${AUDIENCE_LABELS[a]} : ${AUDIENCE_HINTS[a]}`, { size: 12, color: '#374151', wrap: 300 });
        h += t.height + 6;
      }
    } else if (p.note) {
      const t = kit.text(c, 20, h, p.note, { size: 12, color: '#6d28d9', italic: true, wrap: 320 });
      h += t.height + 2;
    }
    return h + 12;
  });
}

/** The « Messages » button at the right of Cercle's top bar, with the unread direct messages. */
function messagesButton(kit: Kit, root: Phaser.GameObjects.Container, s: PhoneState, go: (n: PhoneNav) => void): void {
  const g = kit.gfx(root);
  const x = 360 - MESSAGES_W;
  const cy = STATUS_H + HEADER_H / 2;
  g.fillStyle(0xffffff, 0.16).fillRoundedRect(x + 6, cy - 18, 40, 36, 12);
  drawGlyph(g, 'bubble', x + 14, cy - 12, 24, 0xffffff);
  kit.badge(root, x + 42, cy - 14, socialUnread(s));
  kit.hit(x, STATUS_H, MESSAGES_W, HEADER_H, () => go({ kind: 'messages' }), messagesLabel(s));
}

export function drawSocial(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, go: (n: PhoneNav) => void): AppResult {
  // White status bar over the violet header.
  const res = emptyResult(false);
  const s = f.state;
  const bg = kit.gfx(root);
  bg.fillStyle(0xede9fe, 1).fillRect(0, 0, 360, kit.H);
  const options = f.decision?.options ?? [];
  const cardOpts = options.filter((o) => CARD_ACTIONS.has(o.action));
  const pendingReq = s.requests.find((r) => r.status === 'pending');
  const publishOpts = options.filter((o) => o.action === 'publish');
  const page = s.profile;
  // Where each group of options is drawn on this page.
  const showCard = !!pendingReq && cardOpts.length > 0 && (page === null || page === pendingReq.from);
  const showComposer = publishOpts.length > 0 && (page === null || page === PLAYER_ID);
  const inCard = new Set<ChoiceOption>([...(showCard ? cardOpts : []), ...(showComposer ? publishOpts : [])]);
  const rest = page === null ? options.filter((o) => !inCard.has(o)) : [];
  const top = STATUS_H + HEADER_H;
  // The other options in a tray at the bottom; too tall for that, in a card of the feed under the
  // newest post (what they answer), scrolling with it.
  const { inline, bottom } = trayPlacement(kit, rest, top, kit.H - HOME_BAR_H);
  const content = kit.container(root);
  // Above the list, under the top bar and the tray (drawn later).
  const pins = kit.container(root);
  const x: Ctx = { kit, f, go, content, pins, choices: [], y: 8, scroll: { content, top, bottom, height: 0, items: [], stick: 'start', key: `social:${page ?? 'feed'}` } };

  if (page === null) {
    push(x, (c) => {
      kit.avatar(c, 40, 36, 24, PLAYER_ID, 'Vous');
      const t = kit.text(c, 74, 14, 'Votre profil', { size: 16, bold: true, wrap: 250 });
      const n = kit.text(c, 74, 14 + t.height + 2, profileInfo(s, PLAYER_ID).status, { size: 12, color: C.muted, wrap: 250 });
      const h = Math.max(72, Math.ceil(n.y + n.height + 12));
      kit.text(c, 340, h / 2, '›', { size: 24, color: '#9ca3af', originX: 1, originY: 0.5 });
      return h;
    }, { label: 'Votre profil', go: () => go({ kind: 'profile', id: PLAYER_ID }) });
    for (const r of s.requests) requestCard(x, r, cardOpts, showCard && r === pendingReq);
    if (showComposer) composer(x, publishOpts);
    s.posts.forEach((p, i) => {
      push(x, (c) => drawPost(kit, c, f, p));
      if (i === 0 && inline) trayCard(x, rest);
    });
    if (s.posts.length === 0 && s.requests.length === 0) {
      push(x, (c) => emptyNote(kit, c, 'Rien de nouveau dans votre fil.'));
    }
    if (s.posts.length === 0 && inline) trayCard(x, rest);
  } else {
    profileHead(x, page);
    const req = s.requests.find((r) => r.from === page);
    if (page !== PLAYER_ID && req) requestCard(x, req, cardOpts, showCard && req === pendingReq);
    if (page === PLAYER_ID && showComposer) composer(x, publishOpts);
    // Their posts, and the posts they are tagged in.
    const posts = s.posts.filter((p) => p.from === page || p.tagged.includes(page));
    for (const p of posts) push(x, (c) => drawPost(kit, c, f, p));
    if (posts.length === 0) {
      push(x, (c) => emptyNote(kit, c, page === PLAYER_ID ? 'Vous n’avez encore rien publié.' : 'Aucune publication visible.'));
    }
  }
  x.scroll.height = x.y;
  res.scroll = x.scroll;
  res.scrolledChoices = x.choices;
  const head = socialPage(s);
  appHeader(kit, root, head.title, { color: VIOLET, back: () => go({ kind: 'back' }), sub: head.sub ?? undefined, right: MESSAGES_W });
  messagesButton(kit, root, s, go);
  if (rest.length && !inline) {
    const g = kit.gfx(root);
    g.fillStyle(0xffffff, 1).fillRect(0, bottom, 360, kit.H - bottom);
    kit.text(root, 14, bottom + 9, 'Que faites-vous ?', { size: 12, color: C.muted, bold: true });
    res.choices = drawOptionButtons(kit, root, rest, 12, bottom + 28, 336).rects;
  }
  return res;
}
