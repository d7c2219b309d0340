// Writes the game's sounds to assets/sounds/ as 16-bit PCM mono WAV files, to listen to them.
// The game does not ship these files: it synthesises the same formulas (src/audio/voices.ts) in
// the page, each on its first use. Run with `npm run sounds`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SOUND_IDS, synthesise } from '../src/audio/voices';

const RATE = 22050;
const OUT = path.resolve(import.meta.dirname, '../assets/sounds');

function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(s * 32767), i * 2));
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

mkdirSync(OUT, { recursive: true });
for (const id of SOUND_IDS) {
  const samples = synthesise(id, RATE);
  const file = path.join(OUT, `${id}.wav`);
  writeFileSync(file, wav(samples));
  console.log(`${path.relative(process.cwd(), file)}  ${(samples.length / RATE).toFixed(2)} s`);
}
