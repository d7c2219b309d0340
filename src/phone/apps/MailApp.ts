// « Courrier »: letters from the institute, the Ordre, the employer. An inbox, then the letter
// itself: sender, subject, date and the whole body in paragraphs, scrollable.
import type Phaser from 'phaser';
import type { PhoneFrame, PhoneNav } from '../display';
import { APP_NAMES } from '../model/labels';
import { nameOf } from '../model/reducer';
import { paragraphs } from '../model/letters';
import type { Mail } from '../model/state';
import { C, type Kit } from '../draw/kit';
import { drawOptionButtons, inlineTray, trayPlacement } from './ChoiceButtons';
import { appHeader, emptyResult, HEADER_H, HOME_BAR_H, STATUS_H, type AppResult, type Scroll } from './layout';
import { ofName } from '../../narrative/typography';

const ROW_H = 84;

function stamp(m: Mail): string {
  const d = m.date ? m.date.charAt(0).toUpperCase() + m.date.slice(1) : '';
  return [d, m.time ?? ''].filter(Boolean).join(', ');
}

export function drawMail(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, go: (n: PhoneNav) => void): AppResult {
  const res = emptyResult(true);
  const s = f.state;
  const bg = kit.gfx(root);
  bg.fillStyle(0xffffff, 1).fillRect(0, 0, 360, kit.H);
  const top = STATUS_H + HEADER_H;
  const opts = f.decision?.options ?? [];
  // The reply tray under the letter; too tall for that, it follows the letter and scrolls with it.
  const { inline, bottom } = trayPlacement(kit, opts, top, kit.H - HOME_BAR_H);
  const content = kit.container(root);
  const scroll: Scroll = { content, top, bottom, height: 0, items: [], stick: 'start', key: `mail:${s.mail ?? 'list'}` };
  const mail = s.mails.find((m) => m.seq === s.mail);
  if (mail) {
    const head = kit.container(content, 0, 0);
    const subj = kit.text(head, 18, 16, mail.subject, { size: 19, bold: true, wrap: 324, lineSpacing: 2 });
    let y = 16 + subj.height + 14;
    const name = nameOf(s, mail.from);
    kit.avatar(head, 38, y + 20, 20, mail.from, name);
    kit.text(head, 68, y + 2, name, { size: 15, bold: true });
    kit.text(head, 68, y + 22, 'À : vous', { size: 12, color: C.muted });
    y += 48;
    kit.text(head, 18, y, stamp(mail), { size: 12, color: C.muted });
    y += 24;
    const hg = kit.gfx(head);
    hg.fillStyle(C.line, 1).fillRect(18, y, 324, 1);
    y += 16;
    scroll.items.push({ obj: head, y: 0, h: y });
    for (const para of paragraphs(mail.text)) {
      const c = kit.container(content, 0, y);
      // Serif-free, larger, airy: formal letters are long and read on a small screen.
      const t = kit.text(c, 18, 0, para, { size: 15, wrap: 324, lineSpacing: 6, color: '#1f2937' });
      scroll.items.push({ obj: c, y, h: t.height });
      y += t.height + 14;
    }
    scroll.height = y + 24;
    appHeader(kit, root, APP_NAMES.mail, { back: () => go({ kind: 'back' }), sub: 'Boîte de réception' });
  } else {
    let y = 0;
    for (const m of s.mails) {
      const c = kit.container(content, 0, y);
      const g = kit.gfx(c);
      if (!m.read) g.fillStyle(0x2563eb, 1).fillCircle(14, 24, 5);
      kit.line(c, 28, 12, nameOf(s, m.from), 220, { size: 15, bold: !m.read });
      kit.text(c, 344, 14, m.time ?? '', { size: 12, color: m.read ? C.muted : '#2563eb', originX: 1, bold: !m.read });
      kit.line(c, 28, 34, m.subject, 310, { size: 13, bold: !m.read, color: m.read ? '#374151' : C.ink });
      kit.line(c, 28, 56, m.text, 310, { size: 12, color: C.muted });
      g.fillStyle(C.line, 1).fillRect(28, ROW_H - 1, 332, 1);
      scroll.items.push({ obj: c, y, h: ROW_H });
      kit.hit(0, y, 360, ROW_H, () => go({ kind: 'mail', seq: m.seq }), `Courriel ${ofName(nameOf(s, m.from))} : « ${m.subject} »${m.read ? '' : ', non lu'}`, true);
      y += ROW_H;
    }
    if (s.mails.length === 0) kit.text(content, 180, 60, 'Aucun courriel', { size: 14, color: C.muted, originX: 0.5 });
    scroll.height = y;
    const unread = s.mails.filter((m) => !m.read).length;
    appHeader(kit, root, APP_NAMES.mail, { back: () => go({ kind: 'back' }), sub: unread ? `Boîte de réception · ${unread} non lu${unread > 1 ? 's' : ''}` : 'Boîte de réception' });
  }
  if (opts.length && inline) {
    const tray = inlineTray(kit, content, scroll.height, opts, 'Répondre', { fill: 0xf8fafc });
    res.scrolledChoices = tray.rects;
    scroll.items.push({ obj: tray.obj, y: scroll.height, h: tray.h });
    scroll.height += tray.h;
  }
  res.scroll = scroll;
  if (opts.length && !inline) {
    const g = kit.gfx(root);
    g.fillStyle(0xf8fafc, 1).fillRect(0, bottom, 360, kit.H - bottom);
    g.fillStyle(C.line, 1).fillRect(0, bottom, 360, 1);
    kit.text(root, 14, bottom + 9, 'Répondre', { size: 12, color: C.muted, bold: true });
    res.choices = drawOptionButtons(kit, root, opts, 12, bottom + 28, 336).rects;
  }
  return res;
}
