// Synthesises the game's sounds into assets/sounds/ as 16-bit PCM mono WAV files.
// Run with `npm run sounds`; the output is committed with this script, so anyone can rebuild it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const RATE = 22050;
const OUT = path.resolve(import.meta.dirname, '../assets/sounds');

type Voice = (t: number) => number;

function render(seconds: number, voice: Voice): Float32Array {
  const n = Math.round(seconds * RATE);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = voice(i / RATE);
  return out;
}

/** Attack/decay envelope: a short rise, then an exponential fall. */
function env(t: number, start: number, attack: number, decay: number): number {
  const x = t - start;
  if (x < 0) return 0;
  if (x < attack) return x / attack;
  return Math.exp(-(x - attack) / decay);
}

const sine = (f: number, t: number) => Math.sin(2 * Math.PI * f * t);

// A deterministic noise source, so rebuilding gives byte-identical files.
let seed = 12345;
function noise(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return (seed / 0x3fffffff) - 1;
}

function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  let peak = 0;
  for (const s of samples) peak = Math.max(peak, Math.abs(s));
  const gain = peak > 0 ? 0.8 / peak : 1;
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s * gain)) * 32767), i * 2));
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVE', 8);
  h.write('fmt ', 12);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(RATE, 24);
  h.writeUInt32LE(RATE * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

const SOUNDS: Record<string, Float32Array> = {
  // Two rising bell tones.
  notification: render(0.6, (t) => sine(880, t) * env(t, 0, 0.005, 0.12) + sine(1318.5, t) * env(t, 0.12, 0.005, 0.2)),
  // A quick upward blip.
  'message-sent': render(0.18, (t) => sine(600 + 1400 * t, t) * env(t, 0, 0.004, 0.05)),
  // A soft low pop.
  'message-received': render(0.25, (t) => (sine(520, t) + 0.4 * sine(1040, t)) * env(t, 0, 0.003, 0.06)),
  // Three faint key clicks.
  typing: render(0.36, (t) => [0, 0.11, 0.24].reduce((a, s) => a + noise() * env(t, s, 0.001, 0.008), 0) * 0.6),
  // One ring of a trilled double tone, then silence (Howler loops it).
  ringtone: render(1.2, (t) => {
    const ring = (t % 1.2) < 0.9 ? 1 : 0;
    const trill = (Math.floor(t * 20) % 2) ? 1 : 0.6;
    return ring * trill * (sine(660, t) + sine(880, t)) * 0.5 * Math.min(1, (t % 1.2) / 0.02);
  }),
  // A low falling sting when a sanction lands.
  sanction: render(0.9, (t) => (sine(220 - 60 * t, t) + 0.5 * sine(233, t) + 0.3 * sine(110, t)) * env(t, 0, 0.01, 0.35)),
};

mkdirSync(OUT, { recursive: true });
for (const [name, samples] of Object.entries(SOUNDS)) {
  const file = path.join(OUT, `${name}.wav`);
  writeFileSync(file, wav(samples));
  console.log(`${path.relative(process.cwd(), file)}  ${(samples.length / RATE).toFixed(2)} s`);
}
