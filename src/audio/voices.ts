// The game's six sounds as formulas: synthesised in the browser on first use (no sound file is
// ever downloaded) and by `npm run sounds` into WAV files to listen to. Pure: no Web Audio here.

type Voice = (t: number, noise: () => number) => number;

/** Attack/decay envelope: a short rise, then an exponential fall. */
function env(t: number, start: number, attack: number, decay: number): number {
  const x = t - start;
  if (x < 0) return 0;
  if (x < attack) return x / attack;
  return Math.exp(-(x - attack) / decay);
}

const sine = (f: number, t: number) => Math.sin(2 * Math.PI * f * t);

const VOICES = {
  // Two rising bell tones.
  notification: { seconds: 0.6, voice: ((t) => sine(880, t) * env(t, 0, 0.005, 0.12) + sine(1318.5, t) * env(t, 0.12, 0.005, 0.2)) as Voice },
  // A quick upward blip.
  'message-sent': { seconds: 0.18, voice: ((t) => sine(600 + 1400 * t, t) * env(t, 0, 0.004, 0.05)) as Voice },
  // A soft low pop.
  'message-received': { seconds: 0.25, voice: ((t) => (sine(520, t) + 0.4 * sine(1040, t)) * env(t, 0, 0.003, 0.06)) as Voice },
  // Three faint key clicks.
  typing: { seconds: 0.36, voice: ((t, noise) => [0, 0.11, 0.24].reduce((a, s) => a + noise() * env(t, s, 0.001, 0.008), 0) * 0.6) as Voice },
  // One ring of a trilled double tone, then silence (the player loops it).
  ringtone: {
    seconds: 1.2,
    voice: ((t) => {
      const ring = t % 1.2 < 0.9 ? 1 : 0;
      const trill = Math.floor(t * 20) % 2 ? 1 : 0.6;
      return ring * trill * (sine(660, t) + sine(880, t)) * 0.5 * Math.min(1, (t % 1.2) / 0.02);
    }) as Voice,
  },
  // A low falling sting when a sanction lands.
  sanction: { seconds: 0.9, voice: ((t) => (sine(220 - 60 * t, t) + 0.5 * sine(233, t) + 0.3 * sine(110, t)) * env(t, 0, 0.01, 0.35)) as Voice },
} as const;

export type SoundId = keyof typeof VOICES;
export const SOUND_IDS = Object.keys(VOICES) as SoundId[];

/**
 * The samples of sound `id` at `rate` Hz, normalised to a peak of 0.8. Deterministic (the noise
 * is seeded), so every run and every browser hears the same sound.
 */
export function synthesise(id: SoundId, rate: number): Float32Array<ArrayBuffer> {
  const { seconds, voice } = VOICES[id];
  let seed = 12345;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x3fffffff - 1;
  };
  const n = Math.round(seconds * rate);
  const out = new Float32Array(n);
  let peak = 0;
  for (let i = 0; i < n; i++) {
    const v = voice(i / rate, noise);
    out[i] = v;
    peak = Math.max(peak, Math.abs(v));
  }
  const gain = peak > 0 ? 0.8 / peak : 1;
  for (let i = 0; i < n; i++) out[i] = Math.max(-1, Math.min(1, out[i]! * gain));
  return out;
}
