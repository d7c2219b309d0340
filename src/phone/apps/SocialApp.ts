// « Cercle », the social network: the feed, the player's profile (their posts and who can see
// each), a visitor's profile (a friend request's sender), friend-request cards with Accepter /
// Refuser / Ignorer, the composer whose audience selector comes before « Publier », photos,
// tags (« X vous a identifié·e ») and comments.
import type Phaser from 'phaser';
import { PLAYER_ID, type Audience, type ChoiceOption } from '../../narrative/types';
import type { PhoneFrame, PhoneNav } from '../display';
import { APP_NAMES, AUDIENCE_LABELS } from '../model/labels';
import { nameOf } from '../model/reducer';
import type { FriendRequest, PhoneState, Post } from '../model/state';
import { drawGlyph } from '../draw/icons';
import { C, type Kit } from '../draw/kit';
import { drawPhoto } from '../draw/photo';
import { drawOptionButtons, measureOptionButtons } from './ChoiceButtons';
import { appHeader, emptyResult, HEADER_H, HOME_BAR_H, STATUS_H, type AppResult, type OptionRect, type Scroll } from './layout';

const CARD_ACTIONS = new Set(['accept', 'decline', 'ignore']);
const VIOLET = 0x6d28d9;

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
  kit.text(parent, 60, y + 14, who(s, p.from), { size: 15, bold: true });
  const ag = kit.gfx(parent);
  drawGlyph(ag, audienceGlyph(p.audience), 60, y + 34, 11, 0x6b7280);
  kit.text(parent, 75, y + 33, `${p.time ?? ''}${p.time ? ' · ' : ''}${AUDIENCE_LABELS[p.audience]}`, { size: 11, color: C.muted });
  y += 58;
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
    kit.text(parent, 20, y, `Avec ${names}`, { size: 12, color: '#6d28d9', bold: true, wrap: 320 });
    y += 20;
  }
  if (p.comments.length) {
    kit.text(parent, 20, y + 2, `${p.comments.length} commentaire${p.comments.length > 1 ? 's' : ''}`, { size: 12, color: C.muted });
    y += 22;
  }
  for (const cm of p.comments) {
    const cname = who(s, cm.from);
    kit.avatar(parent, 34, y + 14, 12, cm.from, nameOf(s, cm.from));
    const n = kit.text(parent, 60, y + 6, cname, { size: 12, bold: true });
    const t = kit.text(parent, 60, y + 6 + n.height + 2, cm.text, { size: 13, wrap: 272 });
    const g = kit.gfx(parent);
    g.fillStyle(0xf3f4f6, 1).fillRoundedRect(50, y, 292, t.height + n.height + 16, 10);
    parent.sendToBack(g);
    y += t.height + n.height + 22;
  }
  return y + 8;
}

/** The composer: a draft per option, each showing its audience selector first, then « Publier ». */
function drawComposer(kit: Kit, c: Phaser.GameObjects.Container, options: readonly ChoiceOption[]): { h: number; rects: OptionRect[] } {
  kit.avatar(c, 34, 28, 16, PLAYER_ID, 'Vous');
  kit.text(c, 58, 12, 'Nouvelle publication', { size: 15, bold: true });
  kit.text(c, 58, 32, 'Choisissez qui la verra, puis publiez', { size: 12, color: C.muted });
  let h = 58;
  // One attachment for every draft: shown once; variants (blurred, cropped) are shown on each draft.
  const photos = new Set(options.map((o) => o.photo).filter(Boolean));
  const photo = photos.size === 1 ? [...photos][0] : undefined;
  if (photo) {
    drawPhoto(kit, c, photo, 20, h, 150, 100);
    kit.text(c, 180, h + 6, 'Photo jointe', { size: 12, color: C.muted, bold: true });
    h += 110;
  }
  // The audience selector, explicit: the three choices of the network and what each means.
  const g = kit.gfx(c);
  const audiences: Audience[] = ['public', 'amis', 'moi'];
  const used = new Set(options.map((o) => o.audience).filter(Boolean));
  kit.text(c, 20, h, 'Qui peut voir votre publication ?', { size: 13, color: '#374151', bold: true });
  h += 22;
  audiences.forEach((a, i) => {
    const x = 20 + i * 108;
    const on = used.has(a);
    g.fillStyle(on ? 0xede9fe : 0xf9fafb, 1).fillRoundedRect(x, h, 102, 30, 15);
    g.lineStyle(1.2, on ? VIOLET : 0xd1d5db, 1).strokeRoundedRect(x, h, 102, 30, 15);
    drawGlyph(g, audienceGlyph(a), x + 9, h + 9, 12, on ? VIOLET : 0x9ca3af);
    kit.text(c, x + 25, h + 15, AUDIENCE_LABELS[a], { size: 11, bold: on, color: on ? '#5b21b6' : '#9ca3af', originY: 0.5 });
  });
  h += 36;
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
  scroll: Scroll;
  choices: OptionRect[];
  y: number;
}

function push(x: Ctx, draw: (c: Phaser.GameObjects.Container) => number, tap?: { label: string; go: () => void; h?: number }): void {
  const c = x.kit.container(x.content, 0, x.y);
  const h = draw(c);
  card(x.kit, c, h);
  x.scroll.items.push({ obj: c, y: x.y, h });
  if (tap) x.kit.hit(8, x.y, 344, tap.h ?? h, tap.go, tap.label, true);
  x.y += h + 8;
}

function requestCard(x: Ctx, r: FriendRequest, cardOpts: ChoiceOption[], withButtons: boolean): void {
  const { kit } = x;
  const s = x.f.state;
  const top = x.y;
  push(x, (c) => {
    const name = nameOf(s, r.from);
    kit.text(c, 20, 12, "Demande d'ami", { size: 12, bold: true, color: '#6d28d9' });
    kit.avatar(c, 44, 58, 22, r.from, name);
    kit.text(c, 76, 40, name, { size: 15, bold: true });
    const t = kit.text(c, 76, 62, r.text, { size: 13, color: '#374151', wrap: 264 });
    let h = Math.max(92, 70 + t.height + 10);
    if (withButtons) {
      const b = drawOptionButtons(kit, c, cardOpts, 20, h, 320);
      // Rects are relative to the card: the scene offsets them with the scroll.
      for (const rect of b.rects) x.choices.push({ ...rect, y: rect.y + top });
      h += b.height + 12;
    } else if (r.status !== 'pending') {
      const label = r.status === 'accepted' ? 'Vous êtes maintenant amis' : r.status === 'declined' ? 'Demande refusée' : 'Demande ignorée';
      kit.text(c, 76, h - 14, label, { size: 12, color: C.muted, italic: true });
      h += 12;
    }
    return h;
  }, s.profile === r.from ? undefined : { label: `profile:${r.from}`, go: () => x.go({ kind: 'profile', id: r.from }), h: 90 });
}

function profileHead(x: Ctx, id: string): void {
  const { kit } = x;
  const s = x.f.state;
  const mine = id === PLAYER_ID;
  const friends = s.requests.filter((r) => r.status === 'accepted').length;
  const req = s.requests.find((r) => r.from === id);
  push(x, (c) => {
    const g = kit.gfx(c);
    g.fillGradientStyle(0x7c3aed, 0x6d28d9, 0xa78bfa, 0x8b5cf6, 1).fillRoundedRect(8, 0, 344, 70, { tl: 12, tr: 12, bl: 0, br: 0 });
    kit.avatar(c, 60, 78, 38, id, mine ? 'Vous' : nameOf(s, id));
    kit.text(c, 110, 80, mine ? 'Vous' : nameOf(s, id), { size: 19, bold: true });
    let h = 126;
    if (mine) {
      kit.text(c, 20, h, `${124 + friends} amis · compte personnel`, { size: 13, color: C.muted });
      h += 26;
      // Who sees what: the legend of the three audience icons of the player's posts.
      for (const a of ['public', 'amis', 'moi'] as Audience[]) {
        drawGlyph(g, audienceGlyph(a), 20, h + 1, 13, VIOLET);
        const t = kit.text(c, 40, h, `${AUDIENCE_LABELS[a]} : ${AUDIENCE_HINTS[a]}`, { size: 12, color: '#374151', wrap: 300 });
        h += t.height + 6;
      }
    } else {
      const status = !req ? 'Profil public' : req.status === 'accepted' ? 'Ami·e' : req.status === 'pending' ? "Vous a envoyé une demande d'ami" : 'Profil public · pas dans vos amis';
      kit.text(c, 20, h, status, { size: 13, color: C.muted });
      h += 22;
      kit.text(c, 20, h, 'Ce que vous voyez ici, tout visiteur le voit aussi.', { size: 12, color: '#6d28d9', italic: true, wrap: 320 });
      h += 20;
    }
    return h + 12;
  });
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
  const trayH = rest.length ? measureOptionButtons(kit, rest, 336) + 34 : 0;
  const top = STATUS_H + HEADER_H;
  const bottom = kit.H - HOME_BAR_H - trayH;
  const content = kit.container(root);
  const x: Ctx = { kit, f, go, content, choices: [], y: 8, scroll: { content, top, bottom, height: 0, items: [], stick: 'start', key: `social:${page ?? 'feed'}` } };

  if (page === null) {
    const friends = s.requests.filter((r) => r.status === 'accepted').length;
    push(x, (c) => {
      kit.avatar(c, 40, 36, 24, PLAYER_ID, 'Vous');
      kit.text(c, 74, 18, 'Votre profil', { size: 16, bold: true });
      kit.text(c, 74, 40, `${124 + friends} amis · compte personnel`, { size: 12, color: C.muted });
      kit.text(c, 340, 36, '›', { size: 24, color: '#9ca3af', originX: 1, originY: 0.5 });
      return 72;
    }, { label: 'profile:moi', go: () => go({ kind: 'profile', id: PLAYER_ID }) });
    for (const r of s.requests) requestCard(x, r, cardOpts, showCard && r === pendingReq);
    if (showComposer) push(x, (c) => {
      const top0 = x.y;
      const r = drawComposer(kit, c, publishOpts);
      for (const rect of r.rects) x.choices.push({ ...rect, y: rect.y + top0 });
      return r.h;
    });
    for (const p of s.posts) push(x, (c) => drawPost(kit, c, f, p));
    if (s.posts.length === 0 && s.requests.length === 0) {
      push(x, (c) => {
        kit.text(c, 180, 20, 'Rien de nouveau dans votre fil.', { size: 13, color: C.muted, originX: 0.5 });
        return 56;
      });
    }
  } else {
    profileHead(x, page);
    const req = s.requests.find((r) => r.from === page);
    if (page !== PLAYER_ID && req) requestCard(x, req, cardOpts, showCard && req === pendingReq);
    if (page === PLAYER_ID && showComposer) push(x, (c) => {
      const top0 = x.y;
      const r = drawComposer(kit, c, publishOpts);
      for (const rect of r.rects) x.choices.push({ ...rect, y: rect.y + top0 });
      return r.h;
    });
    // Their posts, and the posts they are tagged in.
    const posts = s.posts.filter((p) => p.from === page || p.tagged.includes(page));
    for (const p of posts) push(x, (c) => drawPost(kit, c, f, p));
    if (posts.length === 0) {
      push(x, (c) => {
        kit.text(c, 180, 20, page === PLAYER_ID ? "Vous n'avez encore rien publié." : 'Aucune publication visible.', { size: 13, color: C.muted, originX: 0.5 });
        return 56;
      });
    }
  }
  x.scroll.height = x.y;
  res.scroll = x.scroll;
  res.scrolledChoices = x.choices;
  const title = page === null ? APP_NAMES.social : page === PLAYER_ID ? 'Votre profil' : nameOf(s, page);
  appHeader(kit, root, title, { color: VIOLET, back: () => go({ kind: 'back' }), sub: page === null ? undefined : APP_NAMES.social });
  if (rest.length) {
    const g = kit.gfx(root);
    g.fillStyle(0xffffff, 1).fillRect(0, bottom, 360, kit.H - bottom);
    kit.text(root, 14, bottom + 9, 'Que faites-vous ?', { size: 12, color: C.muted, bold: true });
    res.choices = drawOptionButtons(kit, root, rest, 12, bottom + 28, 336).rects;
  }
  return res;
}
