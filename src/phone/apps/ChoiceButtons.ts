// The options of a decision as controls of the app they belong to. Each button's label is the
// option's text, exactly: the DOM mirror lays a real <button> with that name over it.
import type Phaser from 'phaser';
import type { ChoiceAction, ChoiceOption } from '../../narrative/types';
import { AUDIENCE_LABELS } from '../model/labels';
import { findMedia } from '../../narrative/media';
import { drawGlyph } from '../draw/icons';
import { drawPhoto } from '../draw/photos';
import { C, type Kit } from '../draw/kit';
import { TRAY_SHARE, type OptionRect } from './layout';

interface Look {
  fill: number;
  fillAlpha: number;
  stroke: number | null;
  color: string;
  align: 'left' | 'right' | 'center';
}

const LOOKS: Record<ChoiceAction, Look> = {
  reply: { fill: 0xeff6ff, fillAlpha: 1, stroke: 0x93c5fd, color: '#1d4ed8', align: 'right' },
  ignore: { fill: 0xf3f4f6, fillAlpha: 1, stroke: null, color: '#4b5563', align: 'left' },
  accept: { fill: 0x7c3aed, fillAlpha: 1, stroke: null, color: '#ffffff', align: 'center' },
  decline: { fill: 0xffffff, fillAlpha: 1, stroke: 0x9ca3af, color: '#374151', align: 'center' },
  publish: { fill: 0xf5f3ff, fillAlpha: 1, stroke: 0xc4b5fd, color: '#5b21b6', align: 'left' },
  delete: { fill: 0xfef2f2, fillAlpha: 1, stroke: 0xfca5a5, color: '#b91c1c', align: 'left' },
  leave: { fill: 0xfef2f2, fillAlpha: 1, stroke: 0xfca5a5, color: '#b91c1c', align: 'left' },
  report: { fill: 0xfff7ed, fillAlpha: 1, stroke: 0xfdba74, color: '#c2410c', align: 'left' },
  call: { fill: 0x16a34a, fillAlpha: 1, stroke: null, color: '#ffffff', align: 'center' },
  mail: { fill: 0xeff6ff, fillAlpha: 1, stroke: 0x93c5fd, color: '#1d4ed8', align: 'left' },
  photo: { fill: 0x1f2937, fillAlpha: 1, stroke: null, color: '#ffffff', align: 'left' },
  action: { fill: 0xffffff, fillAlpha: 1, stroke: 0xd1d5db, color: '#111827', align: 'left' },
};

const GAP = 8;

/**
 * Stacks the options in a column of width `w` from (x, y); returns their rects and the total height.
 * `number` is the key (1–9) that picks the option, shown as a small hint.
 */
export function drawOptionButtons(
  kit: Kit, parent: Phaser.GameObjects.Container, options: readonly ChoiceOption[], x: number, y: number, w: number,
  opts: { dark?: boolean } = {},
): { rects: OptionRect[]; height: number } {
  const rects: OptionRect[] = [];
  let cy = y;
  options.forEach((option) => {
    const look = LOOKS[option.action];
    const c = kit.container(parent, x, cy);
    const padX = 12;
    const hintW = 22;
    // The audience line and the « Publier » pill of a draft, measured first: they grow with the text size.
    const audience = option.action === 'publish' && option.audience ? kit.text(c, padX + hintW + 16, 8, `Audience : ${AUDIENCE_LABELS[option.audience]}`, { size: 11, color: '#6d28d9' }) : null;
    const pub = option.action === 'publish' ? kit.text(c, 0, 0, 'Publier', { size: 12, bold: true, color: '#ffffff', originX: 0.5, originY: 0.5 }) : null;
    const pillW = pub ? Math.max(84, Math.ceil(pub.width) + 24) : 0;
    const pillH = pub ? Math.max(26, Math.ceil(pub.height) + 8) : 0;
    const extra = audience ? Math.max(18, Math.ceil(audience.height) + 2) : 0;
    // A draft ends with its « Publier » button, after the audience it goes to.
    const publishH = pub ? Math.max(option.photo ? 42 : 30, pillH + 4) : 0;
    const t = kit.text(c, padX + hintW, 10 + extra, option.text, { size: 14, color: opts.dark && look.fill === 0xffffff ? '#111827' : look.color, wrap: w - padX * 2 - hintW - 4, bold: option.action !== 'ignore', lineSpacing: 2 });
    const h = Math.max(40, t.height + 20 + extra + publishH);
    const g = kit.gfx(c);
    g.fillStyle(look.fill, look.fillAlpha).fillRoundedRect(0, 0, w, h, Math.min(20, h / 2));
    if (look.stroke !== null) g.lineStyle(1.5, look.stroke, 1).strokeRoundedRect(0, 0, w, h, Math.min(20, h / 2));
    c.sendToBack(g);
    kit.frame(c, 0, 0, w, h);
    // The digit that picks this option from the keyboard: its place in the whole decision, not in
    // this group (the composer's drafts and the options under them share one numbering).
    g.fillStyle(0x000000, look.color === '#ffffff' ? 0.18 : 0.07).fillCircle(padX + 8, h / 2, 9);
    kit.text(c, padX + 8, h / 2, String(option.index + 1), { size: 11, bold: true, color: look.color, originX: 0.5, originY: 0.5 });
    if (audience && option.audience) {
      const ig = kit.gfx(c);
      drawGlyph(ig, option.audience === 'public' ? 'globe' : option.audience === 'amis' ? 'people' : 'lock', padX + hintW, 8 + Math.min(audience.height, 16) / 2 - 6, 12, 0x6d28d9);
    }
    if (pub) {
      // The pill at the bottom right, the attachment (if any) on the same row at the left.
      const cy = h - 10 - pillH / 2;
      if (option.photo) {
        // The attachment of this draft, as it will be published (original, blurred or cropped).
        drawPhoto(kit, c, option.photo, padX + hintW, cy - 15, 40, 30);
        const m = findMedia(option.photo);
        const variant = m?.blurred ? 'Photo floutée' : m?.cropped ? 'Photo recadrée' : 'Photo jointe';
        kit.line(c, padX + hintW + 48, cy, variant, w - 12 - pillW - 8 - (padX + hintW + 48), { size: 11, color: '#6d28d9', originY: 0.5 });
      }
      const pg = kit.gfx(c);
      pg.fillStyle(0x6d28d9, 1).fillRoundedRect(w - 12 - pillW, cy - pillH / 2, pillW, pillH, pillH / 2);
      // Drawn after the pill, on top of it.
      c.bringToTop(pub);
      pub.setPosition(w - 12 - pillW / 2, cy);
    }
    if (option.action === 'reply') {
      const sg = kit.gfx(c);
      drawGlyph(sg, 'send', w - 22, h / 2 - 6, 12, 0x2563eb);
    }
    rects.push({ option, x, y: cy, w, h });
    cy += h + GAP;
  });
  return { rects, height: Math.max(0, cy - y - GAP) };
}

/** Height the buttons will take, measured without keeping anything on screen. */
export function measureOptionButtons(kit: Kit, options: readonly ChoiceOption[], w: number): number {
  const probe = kit.container(null);
  const r = drawOptionButtons(kit, probe, options, 0, 0, w);
  probe.destroy(true);
  return r.height;
}

/**
 * Where a decision's options go on a screen whose content runs from `top` to `floor`: a tray of
 * `trayH` at the bottom (the content ends at `bottom`), or, taller than TRAY_SHARE of that room,
 * `inline` after the content, scrolling with it (`trayH` 0). `pad` is the tray's title and margins.
 */
export function trayPlacement(kit: Kit, options: readonly ChoiceOption[], top: number, floor: number, pad = 34, w = 336): { inline: boolean; trayH: number; bottom: number } {
  const tall = options.length ? measureOptionButtons(kit, options, w) + pad : 0;
  const inline = tall > (floor - top) * TRAY_SHARE;
  const trayH = inline ? 0 : tall;
  return { inline, trayH, bottom: floor - trayH };
}

/**
 * The options as one item of a scrolled list, for a tray too tall to stay at the bottom of the
 * screen: a titled band across the screen, the buttons under the title. Returns the band (for
 * the list), its height and the buttons' rects in the list's coordinates (`y` is its top there).
 */
export function inlineTray(
  kit: Kit, content: Phaser.GameObjects.Container, y: number, options: readonly ChoiceOption[], title: string,
  o: { fill: number; w?: number; dark?: boolean },
): { obj: Phaser.GameObjects.Container; h: number; rects: OptionRect[] } {
  const w = o.w ?? 336;
  const x = (360 - w) / 2;
  const c = kit.container(content, 0, y);
  const g = kit.gfx(c);
  const head = kit.text(c, x + 2, 12, title, { size: 12, color: o.dark ? '#cbd5e1' : C.muted, bold: true });
  const b = drawOptionButtons(kit, c, options, x, Math.ceil(12 + head.height + 8), w, { dark: o.dark });
  const h = Math.ceil(12 + head.height + 8 + b.height + 16);
  g.fillStyle(o.fill, 1).fillRect(0, 0, 360, h);
  g.fillStyle(o.dark ? 0xffffff : C.line, o.dark ? 0.15 : 1).fillRect(0, 0, 360, 1);
  return { obj: c, h, rects: b.rects.map((r) => ({ ...r, y: r.y + y })) };
}
