// Photos are drawn from their description (media/*.ts): no image file, no download. This module
// comes with the apps fetched after the phone (../apps/later.ts): the apps draw photos through ./photos. The scene
// kind gives the composition; identifiers add what makes a person recognisable (a bracelet,
// a room number, a face), so blurring and cropping visibly remove them.
import type Phaser from 'phaser';
import { findMedia, type MediaItem } from '../../narrative/media';
import { KEEP_WHOLE, type Kit } from './kit';
import { markPhoto } from './photos';

const SKIN = [0xf1c27d, 0xe0ac69, 0xc68642, 0x8d5524, 0xffdbac];

function seeded(id: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

function face(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number, skin: number, hair: number): void {
  g.fillStyle(hair, 1);
  g.fillCircle(x, y - r * 0.15, r * 1.08);
  g.fillStyle(skin, 1);
  g.fillCircle(x, y + r * 0.1, r * 0.9);
  g.fillStyle(0x1f2937, 1);
  g.fillCircle(x - r * 0.32, y, r * 0.09);
  g.fillCircle(x + r * 0.32, y, r * 0.09);
  g.lineStyle(r * 0.08, 0x7c2d12, 1);
  g.beginPath();
  g.arc(x, y + r * 0.25, r * 0.3, 0.2 * Math.PI, 0.8 * Math.PI, false);
  g.strokePath();
}

function has(m: MediaItem, word: RegExp): boolean {
  return m.identifiers.some((i) => word.test(i));
}

/** What a scene painter gets: the photo's graphics, its media, its size, its random draw and skin tone. */
interface Canvas {
  g: Phaser.GameObjects.Graphics;
  m: MediaItem;
  w: number;
  h: number;
  rnd: () => number;
  skin: number;
}

/** A team's selfie in the break room (and, through the door behind them, a patient in bed). */
function selfie({ g, m, w, h, rnd }: Canvas): void {
  g.fillStyle(0xdbeafe, 1).fillRect(0, 0, w, h);
  g.fillStyle(0xbfdbfe, 1).fillRect(0, h * 0.55, w, h * 0.45);
  g.fillStyle(0x93c5fd, 1).fillRect(w * 0.62, h * 0.1, w * 0.3, h * 0.3);
  if (m.patientBehind && !m.cropped) {
    // The patient the selfie exposes: in bed, through the open door behind the team.
    g.fillStyle(0xffffff, 1).fillRoundedRect(w * 0.64, h * 0.27, w * 0.26, h * 0.1, 3);
    g.fillStyle(0x9ec5e8, 1).fillRoundedRect(w * 0.72, h * 0.29, w * 0.18, h * 0.08, 3);
    face(g, w * 0.7, h * 0.24, w * 0.045, SKIN[4]!, 0x9ca3af);
    if (has(m, /tournesol/i)) {
      g.fillStyle(0x15803d, 1).fillRect(w * 0.875, h * 0.16, w * 0.006, h * 0.1);
      g.fillStyle(0xfacc15, 1).fillCircle(w * 0.87, h * 0.15, w * 0.018).fillCircle(w * 0.89, h * 0.17, w * 0.016);
      g.fillStyle(0x78350f, 1).fillCircle(w * 0.87, h * 0.15, w * 0.007).fillCircle(w * 0.89, h * 0.17, w * 0.006);
    }
  }
  const n = 2 + Math.floor(rnd() * 2);
  for (let i = 0; i < n; i++) {
    const fx = w * (0.25 + (0.5 * i) / Math.max(1, n - 1));
    // Shoulders down to the photo's bottom edge, not past it onto what follows the photo.
    const rr = w * 0.06;
    g.fillStyle(i % 2 ? 0x0d9488 : 0x60a5fa, 1).fillRoundedRect(fx - w * 0.13, h * 0.62, w * 0.26, h * 0.38, { tl: rr, tr: rr, bl: 0, br: 0 });
    face(g, fx, h * 0.48, w * 0.1, SKIN[(i + 1) % SKIN.length]!, i % 2 ? 0x3f2a1d : 0x111827);
  }
}

function bed({ g, w, h, skin }: Canvas): void {
  g.fillStyle(0xe2e8f0, 1).fillRect(0, 0, w, h);
  g.fillStyle(0xcbd5e1, 1).fillRect(0, h * 0.7, w, h * 0.3);
  g.fillStyle(0x94a3b8, 1).fillRect(w * 0.05, h * 0.45, w * 0.9, h * 0.06);
  g.fillStyle(0xffffff, 1).fillRoundedRect(w * 0.08, h * 0.35, w * 0.84, h * 0.32, 6);
  g.fillStyle(0x9ec5e8, 1).fillRoundedRect(w * 0.3, h * 0.4, w * 0.6, h * 0.27, 6);
  g.fillStyle(0xf8fafc, 1).fillEllipse(w * 0.2, h * 0.42, w * 0.22, h * 0.12);
  face(g, w * 0.22, h * 0.37, w * 0.07, skin, 0x6b7280);
}

function wound({ g, w, h, skin }: Canvas): void {
  g.fillStyle(skin, 1).fillRect(0, 0, w, h);
  g.fillStyle(0xffffff, 1).fillRoundedRect(w * 0.28, h * 0.3, w * 0.44, h * 0.4, 8);
  g.fillStyle(0xfca5a5, 1).fillEllipse(w * 0.5, h * 0.5, w * 0.2, h * 0.1);
  g.lineStyle(2, 0xe5e7eb, 1).strokeRoundedRect(w * 0.28, h * 0.3, w * 0.44, h * 0.4, 8);
}

/** A document or a screenshot: a sheet with lines of text, or of chat bubbles. */
function paper({ g, m, w, h, rnd }: Canvas): void {
  g.fillStyle(0x64748b, 1).fillRect(0, 0, w, h);
  const px = w * 0.15;
  g.fillStyle(0xffffff, 1).fillRect(px, h * 0.08, w - 2 * px, h * 0.84);
  for (let i = 0; i < 9; i++) {
    const ly = h * (0.16 + i * 0.08);
    const lw = (w - 4 * px) * (0.5 + rnd() * 0.5);
    if (m.scene === 'screenshot') {
      const left = i % 2 === 0;
      g.fillStyle(left ? 0xe5e7eb : 0x93c5fd, 1).fillRoundedRect(left ? px * 1.4 : w - px * 1.4 - lw * 0.7, ly, lw * 0.7, h * 0.05, 4);
    } else {
      g.fillStyle(i === 0 ? 0x1e3a8a : 0x9ca3af, 1).fillRect(px * 1.5, ly, i === 0 ? lw * 0.6 : lw, h * 0.025);
    }
  }
}

function poster({ g, w, h, rnd }: Canvas): void {
  g.fillStyle(0x0f766e, 1).fillRect(0, 0, w, h);
  g.fillStyle(0xfef3c7, 1).fillRect(w * 0.1, h * 0.1, w * 0.8, h * 0.18);
  g.fillStyle(0xffffff, 1);
  for (let i = 0; i < 4; i++) g.fillRect(w * 0.1, h * (0.38 + i * 0.1), w * (0.5 + rnd() * 0.3), h * 0.04);
  g.fillStyle(0xfbbf24, 1).fillCircle(w * 0.8, h * 0.8, w * 0.08);
}

function landscape({ g, w, h, rnd }: Canvas): void {
  g.fillGradientStyle(0xfb923c, 0xfb923c, 0xfde68a, 0xfde68a, 1).fillRect(0, 0, w, h * 0.7);
  g.fillStyle(0xfde047, 1).fillCircle(w * 0.5, h * 0.62, w * 0.12);
  g.fillStyle(0x475569, 1).fillRect(0, h * 0.65, w, h * 0.35);
  g.fillStyle(0x334155, 1);
  for (let i = 0; i < 6; i++) g.fillRect(w * (0.05 + i * 0.16), h * (0.5 + rnd() * 0.1), w * 0.1, h * 0.3);
  g.lineStyle(w * 0.03, 0xf8fafc, 1).strokeRect(w * 0.02, h * 0.02, w * 0.96, h * 0.96).lineBetween(w / 2, 0, w / 2, h);
}

function object({ g, w, h }: Canvas): void {
  g.fillStyle(0xfef3c7, 1).fillRect(0, 0, w, h);
  g.fillStyle(0xa16207, 1).fillRect(0, h * 0.6, w, h * 0.4);
  g.fillStyle(0xffffff, 1).fillRoundedRect(w * 0.2, h * 0.42, w * 0.16, h * 0.2, 4).fillRoundedRect(w * 0.56, h * 0.44, w * 0.16, h * 0.18, 4);
  g.fillStyle(0xd97706, 1).fillEllipse(w * 0.45, h * 0.72, w * 0.25, h * 0.1);
}

/** The composition of each kind of scene. */
const SCENES: Record<MediaItem['scene'], (c: Canvas) => void> = {
  selfie, bed, wound, document: paper, screenshot: paper, poster, landscape, object,
};

/** The identification bracelet, with the patient's name where the photo is large enough to read it. */
function bracelet(kit: Kit, art: Phaser.GameObjects.Container, { g, m, w, h }: Canvas, words: boolean): void {
  g.fillStyle(0xffffff, 1).fillRoundedRect(w * 0.54, h * 0.615, w * 0.24, h * 0.06, 3);
  g.lineStyle(1, 0x1e3a8a, 1).strokeRoundedRect(w * 0.54, h * 0.615, w * 0.24, h * 0.06, 3);
  // The name of the patient in this photo, never a placeholder shared by every patient.
  if (m.bracelet && words) kit.text(art, w * 0.56, h * 0.62, m.bracelet, { size: Math.max(6, w * 0.03) / kit.textScale, color: '#1e3a8a', bold: true });
}

/** The room's door plate (« Ch. 214 »). */
function doorPlate(kit: Kit, art: Phaser.GameObjects.Container, { g, w, h }: Canvas, room: string | undefined, words: boolean): void {
  g.fillStyle(0x1e3a8a, 1).fillRoundedRect(w * 0.04, h * 0.06, w * 0.22, h * 0.12, 3);
  if (words) kit.text(art, w * 0.15, h * 0.12, `Ch. ${room ?? '214'}`, { size: Math.max(7, w * 0.045) / kit.textScale, color: '#ffffff', bold: true, originX: 0.5, originY: 0.5 });
}

/** A tattooed anchor: in a corner once the photo is cropped (« pointe du tatouage »). */
function tattoo({ g, m, w, h }: Canvas): void {
  const corner = m.cropped || has(m, /pointe|coin/i);
  const r = Math.max(4, Math.min(w * 0.05, h * 0.12));
  const lw = Math.max(1.2, r * 0.25);
  // Inside the frame whatever its shape: the corner's anchor once reached past a thumbnail's edge.
  const ax = corner ? Math.min(w * 0.9, w - r - lw) : w * 0.78;
  const ay = corner ? Math.min(h * 0.88, h - r - lw) : Math.max(h * 0.22, r + lw);
  g.lineStyle(lw, 0x1e3a8a, 1);
  g.lineBetween(ax, ay - r, ax, ay + r);
  g.lineBetween(ax - r * 0.6, ay - r * 0.5, ax + r * 0.6, ay - r * 0.5);
  g.beginPath();
  g.arc(ax, ay + r * 0.2, r * 0.8, 0.1 * Math.PI, 0.9 * Math.PI, false);
  g.strokePath();
}

/**
 * What identifies someone, drawn where the media says so: blurring and cropping then visibly remove it.
 * Labels painted in the photo belong to the image: they keep its scale whatever the text size. A
 * thumbnail shows the plates without their words, as a real one would (too small to read, and a
 * minimum type size there would run the labels into each other).
 */
function identifiers(kit: Kit, art: Phaser.GameObjects.Container, c: Canvas): void {
  const { g, m, w, h, skin } = c;
  const words = w >= 100;
  if (has(m, /bracelet/i)) bracelet(kit, art, c, words);
  // A cropped photo has lost its edges, where the door plate was.
  const room = m.identifiers.map((i) => /chambre\s*(\d+)/i.exec(i)?.[1]).find(Boolean);
  if ((room || has(m, /chambre|porte/i)) && !m.cropped) doorPlate(kit, art, c, room, words);
  if (has(m, /tatouage/i)) tattoo(c);
  if (has(m, /badge/i)) {
    g.fillStyle(0xffffff, 1).fillRect(w * 0.2, h * 0.72, w * 0.1, h * 0.06);
    g.fillStyle(0x2563eb, 1).fillRect(w * 0.2, h * 0.72, w * 0.1, h * 0.015);
  }
  if (m.sign && !m.cropped) {
    g.fillStyle(0x166534, 1).fillRoundedRect(w * 0.3, h * 0.03, w * 0.4, h * 0.09, 2);
    if (words) kit.text(art, w * 0.5, h * 0.075, m.sign, { size: Math.max(6, w * 0.032) / kit.textScale, color: '#ffffff', bold: true, originX: 0.5, originY: 0.5 });
  }
  if (has(m, /visage/i) && (m.scene === 'wound' || m.scene === 'object' || m.scene === 'landscape')) {
    face(g, w * 0.85, h * 0.25, w * 0.07, skin, 0x4b5563);
  }
  if (has(m, /nom|lisible/i) && m.scene !== 'document' && m.scene !== 'screenshot' && !has(m, /bracelet/i)) {
    g.fillStyle(0xffffff, 1).fillRect(w * 0.62, h * 0.78, w * 0.3, h * 0.08);
    if (words) kit.text(art, w * 0.64, h * 0.79, 'Mme L.', { size: Math.max(6, w * 0.04) / kit.textScale, color: '#111827' });
  }
}

/** A blurred photo: frosted as a thumbnail (too small for the blur filter to read), else blurred. */
function blur(kit: Kit, art: Phaser.GameObjects.Container, m: MediaItem, w: number, h: number): void {
  if (!m.blurred) return;
  if (w < 100) {
    const frost = kit.gfx(art);
    frost.fillStyle(0xffffff, 0.45).fillRect(0, 0, w, h);
  } else {
    // Filters are WebGL-only: the phone never runs without WebGL (the text mode takes over then).
    art.enableFilters();
    art.filters?.internal.addBlur(1, 2, 2, 3);
  }
}

/**
 * Draws photo `id` into a w×h frame at (x, y) of `parent`: its scene, what identifies someone in
 * it, its blur, a thin outline. Returns the photo's container.
 */
export function drawPhoto(kit: Kit, parent: Phaser.GameObjects.Container, id: string, x: number, y: number, w: number, h: number): Phaser.GameObjects.Container {
  const m: MediaItem = findMedia(id) ?? { id, alt: 'Photo', scene: 'object', identifiers: [] };
  const frame = kit.container(parent, x, y);
  markPhoto(frame, { id, w, h, home: parent });
  // A frost drawn over the labels, a blur filter: the photo is drawn as one piece.
  frame.setName(KEEP_WHOLE);
  const art = kit.container(frame);
  const rnd = seeded(id);
  const c: Canvas = { g: kit.gfx(art), m, w, h, rnd, skin: SKIN[Math.floor(rnd() * SKIN.length)]! };
  SCENES[m.scene]?.(c);
  identifiers(kit, art, c);
  blur(kit, art, m, w, h);
  const outline = kit.gfx(frame);
  outline.lineStyle(1, 0x000000, 0.12).strokeRect(0, 0, w, h);
  return frame;
}
