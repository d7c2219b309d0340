// Draws the app icons (192 and 512 px, and a 512 px « maskable » one with a safe margin) as PNG
// files in public/icons/: a phone on the game's night-blue background, a speech bubble on its
// screen holding a care cross. Pure code, no image library: shapes are signed distance functions,
// sampled 4×4 per pixel for smooth edges, and the PNG is written with node:zlib.
//   npm run icons
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

const NIGHT: RGBA = [15, 42, 61, 255];
const PHONE: RGBA = [236, 242, 246, 255];
const SCREEN: RGBA = [38, 120, 150, 255];
const BUBBLE: RGBA = [255, 255, 255, 255];
const CROSS: RGBA = [214, 62, 74, 255];

/** Distance to a rounded rectangle centred on (cx, cy), half sizes hw/hh, corner radius r (negative inside). */
function roundRect(x: number, y: number, cx: number, cy: number, hw: number, hh: number, r: number): number {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** The colour at (x, y) in a unit square [0, 1]²; `scale` shrinks the drawing toward the centre (maskable safe zone). */
function colourAt(x: number, y: number, maskable: boolean): RGBA | null {
  const s = maskable ? 0.78 : 1;
  const u = 0.5 + (x - 0.5) / s;
  const v = 0.5 + (y - 0.5) / s;
  // Background: a rounded square, or the full square for a maskable icon (the platform cuts its own shape).
  const inBg = maskable ? true : roundRect(x, y, 0.5, 0.5, 0.5, 0.5, 0.2) <= 0;
  if (!inBg) return null;
  // Phone body and screen.
  if (roundRect(u, v, 0.5, 0.5, 0.25, 0.4, 0.06) <= 0) {
    if (roundRect(u, v, 0.5, 0.49, 0.21, 0.33, 0.02) > 0) {
      // Home button dot under the screen.
      return Math.hypot(u - 0.5, v - 0.865) < 0.02 ? NIGHT : PHONE;
    }
    // Speech bubble with a tail, holding a cross.
    const bubble = roundRect(u, v, 0.5, 0.45, 0.16, 0.13, 0.05) <= 0;
    const tail = v > 0.55 && v < 0.64 && u > 0.38 && u < 0.46 && u - 0.38 < (0.64 - v) * 0.9;
    if (bubble || tail) {
      const arm = roundRect(u, v, 0.5, 0.45, 0.025, 0.085, 0.008) <= 0 || roundRect(u, v, 0.5, 0.45, 0.085, 0.025, 0.008) <= 0;
      return arm ? CROSS : BUBBLE;
    }
    return SCREEN;
  }
  return NIGHT;
}

export function drawIcon(size: number, maskable: boolean): Buffer {
  const n = 4;
  const px = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const acc: [number, number, number, number] = [0, 0, 0, 0];
      for (let sj = 0; sj < n; sj++) {
        for (let si = 0; si < n; si++) {
          const c = colourAt((i + (si + 0.5) / n) / size, (j + (sj + 0.5) / n) / size, maskable);
          if (!c) continue;
          // Premultiplied, so transparent samples do not darken the edges.
          acc[0] += c[0] * c[3]; acc[1] += c[1] * c[3]; acc[2] += c[2] * c[3]; acc[3] += c[3];
        }
      }
      const o = (j * size + i) * 4;
      const a = acc[3]!;
      px[o] = a ? Math.round(acc[0]! / a) : 0;
      px[o + 1] = a ? Math.round(acc[1]! / a) : 0;
      px[o + 2] = a ? Math.round(acc[2]! / a) : 0;
      px[o + 3] = Math.round(a / (n * n));
    }
  }
  return encodePng(size, size, px);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let b = 0; b < 8; b++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A truecolour-with-alpha, 8-bit, non-interlaced PNG. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-512-maskable.png', size: 512, maskable: true },
] as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(import.meta.dirname, '../public/icons');
  mkdirSync(dir, { recursive: true });
  for (const icon of ICONS) {
    const png = drawIcon(icon.size, icon.maskable);
    writeFileSync(path.join(dir, icon.file), png);
    console.log(`public/icons/${icon.file}: ${png.length} octets`);
  }
}
