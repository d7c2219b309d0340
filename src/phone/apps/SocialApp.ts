// « Cercle », the social network: profile, friend requests, the composer with its audience
// selector, the feed with photos, tags and comments.
import type Phaser from 'phaser';
import { PLAYER_ID, type ChoiceOption } from '../../narrative/types';
import type { PhoneFrame } from '../display';
import { APP_NAMES, AUDIENCE_LABELS } from '../model/labels';
import { nameOf } from '../model/reducer';
import type { Post } from '../model/state';
import { drawGlyph } from '../draw/icons';
import { C, type Kit } from '../draw/kit';
import { drawPhoto } from '../draw/photo';
import { drawOptionButtons, measureOptionButtons } from './ChoiceButtons';
import { appHeader, emptyResult, HEADER_H, HOME_BAR_H, STATUS_H, type AppResult, type OptionRect, type Scroll } from './layout';

const CARD_ACTIONS = new Set(['accept', 'decline', 'ignore']);

function card(kit: Kit, parent: Phaser.GameObjects.Container, h: number): void {
  const g = kit.gfx(parent);
  g.fillStyle(0xffffff, 1).fillRoundedRect(8, 0, 344, h, 12);
  parent.sendToBack(g);
}

function drawPost(kit: Kit, parent: Phaser.GameObjects.Container, f: PhoneFrame, p: Post): number {
  const name = nameOf(f.state, p.from);
  kit.avatar(parent, 34, 30, 18, p.from, name);
  kit.text(parent, 60, 14, p.from === PLAYER_ID ? 'Vous' : name, { size: 15, bold: true });
  const ag = kit.gfx(parent);
  drawGlyph(ag, p.audience === 'public' ? 'globe' : p.audience === 'amis' ? 'people' : 'lock', 60, 34, 11, 0x6b7280);
  kit.text(parent, 75, 33, `${p.time ?? ''}${p.time ? ' · ' : ''}${AUDIENCE_LABELS[p.audience]}`, { size: 11, color: C.muted });
  let y = 58;
  if (p.text) {
    const t = kit.text(parent, 20, y, p.text, { size: 14, wrap: 320, lineSpacing: 2 });
    y += t.height + 8;
  }
  if (p.photo) {
    drawPhoto(kit, parent, p.photo, 20, y, 320, 200);
    y += 208;
  }
  if (p.tagged.length) {
    const names = p.tagged.map((id) => (id === PLAYER_ID ? 'vous' : nameOf(f.state, id))).join(', ');
    kit.text(parent, 20, y, `Avec ${names}`, { size: 12, color: '#6d28d9', bold: true, wrap: 320 });
    y += 20;
  }
  for (const cm of p.comments) {
    const cname = cm.from === PLAYER_ID ? 'Vous' : nameOf(f.state, cm.from);
    const t = kit.text(parent, 30, y + 6, `${cname} : ${cm.text}`, { size: 13, wrap: 300 });
    const g = kit.gfx(parent);
    g.fillStyle(0xf3f4f6, 1).fillRoundedRect(20, y, 320, t.height + 12, 10);
    parent.sendToBack(g);
    y += t.height + 16;
  }
  return y + 8;
}

export function drawSocial(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame): AppResult {
  const res = emptyResult(true);
  const s = f.state;
  const bg = kit.gfx(root);
  bg.fillStyle(0xede9fe, 1).fillRect(0, 0, 360, kit.H);
  const decision = f.decision;
  const options = decision?.options ?? [];
  const cardOpts = options.filter((o) => CARD_ACTIONS.has(o.action));
  const pendingReq = s.requests.find((r) => r.status === 'pending');
  const publishOpts = options.filter((o) => o.action === 'publish');
  const inCard = new Set<ChoiceOption>([...(pendingReq ? cardOpts : []), ...publishOpts]);
  const rest = options.filter((o) => !inCard.has(o));
  const trayH = rest.length ? measureOptionButtons(kit, rest, 336) + 34 : 0;
  const top = STATUS_H + HEADER_H;
  const bottom = kit.H - HOME_BAR_H - trayH;
  const content = kit.container(root);
  const scroll: Scroll = { content, top, bottom, height: 0, items: [], stick: 'start', key: 'social' };
  const choices: OptionRect[] = [];
  let y = 8;
  const push = (draw: (c: Phaser.GameObjects.Container) => number) => {
    const c = kit.container(content, 0, y);
    const h = draw(c);
    card(kit, c, h);
    scroll.items.push({ obj: c, y, h });
    y += h + 8;
  };
  // Profile strip.
  const friends = s.requests.filter((r) => r.status === 'accepted').length;
  push((c) => {
    kit.avatar(c, 40, 36, 24, PLAYER_ID, 'Vous');
    kit.text(c, 74, 18, 'Votre profil', { size: 16, bold: true });
    kit.text(c, 74, 40, `${124 + friends} amis · compte personnel`, { size: 12, color: C.muted });
    return 72;
  });
  for (const r of s.requests) {
    push((c) => {
      const name = nameOf(s, r.from);
      kit.text(c, 20, 12, "Demande d'ami", { size: 12, bold: true, color: '#6d28d9' });
      kit.avatar(c, 44, 58, 22, r.from, name);
      kit.text(c, 76, 40, name, { size: 15, bold: true });
      const t = kit.text(c, 76, 62, r.text, { size: 13, color: '#374151', wrap: 264 });
      let h = Math.max(92, 70 + t.height + 10);
      if (r.status === 'pending' && r === pendingReq && cardOpts.length) {
        const b = drawOptionButtons(kit, c, cardOpts, 20, h, 320);
        // Rects are relative to the card: the scene offsets them with the scroll.
        for (const rect of b.rects) choices.push({ ...rect, y: rect.y + y });
        h += b.height + 12;
      } else if (r.status !== 'pending') {
        const label = r.status === 'accepted' ? 'Vous êtes maintenant amis' : r.status === 'declined' ? 'Demande refusée' : 'Demande ignorée';
        kit.text(c, 76, h - 14, label, { size: 12, color: C.muted, italic: true });
        h += 12;
      }
      return h;
    });
  }
  if (publishOpts.length) {
    push((c) => {
      kit.text(c, 20, 12, 'Nouvelle publication', { size: 15, bold: true });
      let h = 38;
      const photo = publishOpts.find((o) => o.photo)?.photo;
      if (photo) {
        drawPhoto(kit, c, photo, 20, h, 150, 100);
        kit.text(c, 180, h + 6, 'Photo jointe', { size: 12, color: C.muted });
        h += 110;
      }
      kit.text(c, 20, h, 'Qui peut voir votre publication ?', { size: 13, color: '#374151', bold: true });
      h += 24;
      const b = drawOptionButtons(kit, c, publishOpts, 20, h, 320);
      for (const rect of b.rects) choices.push({ ...rect, y: rect.y + y });
      return h + b.height + 12;
    });
  }
  for (const p of s.posts) push((c) => drawPost(kit, c, f, p));
  if (s.posts.length === 0 && s.requests.length === 0) {
    push((c) => {
      kit.text(c, 180, 20, 'Rien de nouveau dans votre fil.', { size: 13, color: C.muted, originX: 0.5 });
      return 56;
    });
  }
  scroll.height = y;
  res.scroll = scroll;
  res.scrolledChoices = choices;
  appHeader(kit, root, APP_NAMES.social, { color: 0x6d28d9 });
  if (rest.length) {
    const g = kit.gfx(root);
    g.fillStyle(0xffffff, 1).fillRect(0, bottom, 360, kit.H - bottom);
    kit.text(root, 14, bottom + 9, 'Que faites-vous ?', { size: 12, color: C.muted, bold: true });
    res.choices = drawOptionButtons(kit, root, rest, 12, bottom + 28, 336).rects;
  }
  return res;
}
