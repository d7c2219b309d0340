// « Courrier »: letters from the institute, the Ordre, the employer.
import type Phaser from 'phaser';
import type { PhoneFrame } from '../display';
import { APP_NAMES } from '../model/labels';
import { nameOf } from '../model/reducer';
import { C, type Kit } from '../draw/kit';
import { drawOptionButtons, measureOptionButtons } from './ChoiceButtons';
import { appHeader, emptyResult, HEADER_H, HOME_BAR_H, STATUS_H, type AppResult, type Scroll } from './layout';

export function drawMail(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, nav: { open(seq: number | null): void }): AppResult {
  const res = emptyResult(true);
  const s = f.state;
  const bg = kit.gfx(root);
  bg.fillStyle(0xffffff, 1).fillRect(0, 0, 360, kit.H);
  const top = STATUS_H + HEADER_H;
  const opts = f.decision?.options ?? [];
  const trayH = opts.length ? measureOptionButtons(kit, opts, 336) + 34 : 0;
  const bottom = kit.H - HOME_BAR_H - trayH;
  const content = kit.container(root);
  const scroll: Scroll = { content, top, bottom, height: 0, items: [], stick: 'start', key: `mail:${s.mail ?? 'list'}` };
  const mail = s.mails.find((m) => m.seq === s.mail);
  if (mail) {
    const c = kit.container(content, 0, 0);
    const subj = kit.text(c, 16, 14, mail.subject, { size: 18, bold: true, wrap: 328 });
    let y = 14 + subj.height + 10;
    const name = nameOf(s, mail.from);
    kit.avatar(c, 34, y + 18, 18, mail.from, name);
    kit.text(c, 60, y + 2, name, { size: 14, bold: true });
    kit.text(c, 60, y + 20, `À : vous · ${mail.date ?? ''}${mail.time ? `, ${mail.time}` : ''}`, { size: 12, color: C.muted });
    y += 52;
    const body = kit.text(c, 16, y, mail.text, { size: 14, wrap: 328, lineSpacing: 4 });
    y += body.height + 20;
    scroll.items.push({ obj: c, y: 0, h: y });
    scroll.height = y;
    appHeader(kit, root, APP_NAMES.mail, { back: () => nav.open(null) });
  } else {
    let y = 0;
    for (const m of s.mails) {
      const c = kit.container(content, 0, y);
      const g = kit.gfx(c);
      if (!m.read) g.fillStyle(0x2563eb, 1).fillCircle(14, 24, 5);
      kit.line(c, 28, 12, nameOf(s, m.from), 240, { size: 15, bold: !m.read });
      kit.text(c, 344, 14, m.time ?? '', { size: 12, color: C.muted, originX: 1 });
      kit.line(c, 28, 34, m.subject, 310, { size: 13, bold: !m.read });
      kit.line(c, 28, 54, m.text, 310, { size: 12, color: C.muted });
      g.fillStyle(C.line, 1).fillRect(28, 79, 332, 1);
      scroll.items.push({ obj: c, y, h: 80 });
      kit.hit(0, top + y, 360, 80, () => nav.open(m.seq));
      y += 80;
    }
    if (s.mails.length === 0) kit.text(content, 180, 60, 'Aucun courriel', { size: 14, color: C.muted, originX: 0.5 });
    scroll.height = y;
    appHeader(kit, root, APP_NAMES.mail);
  }
  res.scroll = scroll;
  if (opts.length && f.decision) {
    const g = kit.gfx(root);
    g.fillStyle(0xf8fafc, 1).fillRect(0, bottom, 360, kit.H - bottom);
    g.fillStyle(C.line, 1).fillRect(0, bottom, 360, 1);
    kit.text(root, 14, bottom + 9, 'Répondre', { size: 12, color: C.muted, bold: true });
    res.choices = drawOptionButtons(kit, root, opts, 12, bottom + 28, 336).rects;
  }
  return res;
}
