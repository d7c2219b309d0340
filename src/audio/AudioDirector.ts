// Sound follows bus events; story code never calls Howler. The sounds are synthesised in the page,
// each on its first use (src/audio/voices.ts), and played by Howler, loaded on the player's first
// gesture (autoplay policy: silent until then): no sound file is ever downloaded. The audio context
// is suspended whenever nothing plays, so a game waiting at a decision costs no audio thread.
// If audio is unavailable or blocked, the game goes on silently and without an error.
import type { EventBus } from '../events/bus';
import { Subscriptions } from '../events/bus';
import type { Settings } from '../storage/schema';
import { synthesise, type SoundId } from './voices';

/** Quiet time after the last sound ends before the context is suspended (resuming takes a few ms). */
const SUSPEND_AFTER_MS = 1000;

export interface AudioReport {
  /** The audio context's state (null before the first gesture or without Web Audio). */
  context: AudioContextState | 'interrupted' | null;
  /** Sounds started since the page opened. */
  played: number;
  /** Sounds synthesised so far (each once, on its first use). */
  synthesised: SoundId[];
}

/** Sample rate of the synthesised sounds: enough for phone bleeps, and small as WAV. */
const RATE = 22050;

/** A mono 16-bit WAV of `samples`, as a data URI: Howler decodes it in the page, nothing is fetched. */
export function wavDataUri(samples: Float32Array, rate: number): string {
  const n = samples.length;
  const bytes = new Uint8Array(44 + n * 2);
  const v = new DataView(bytes.buffer);
  const ascii = (at: number, text: string) => {
    for (let i = 0; i < text.length; i++) v.setUint8(at + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  v.setUint32(4, 36 + n * 2, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);
  v.setUint16(22, 1, true);
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  ascii(36, 'data');
  v.setUint32(40, n * 2, true);
  for (let i = 0; i < n; i++) {
    const x = Math.max(-1, Math.min(1, samples[i]!));
    v.setInt16(44 + i * 2, x < 0 ? x * 0x8000 : x * 0x7fff, true);
  }
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:audio/wav;base64,${btoa(bin)}`;
}

type HowlerLib = typeof import('howler');

/**
 * Plays the synthesised sounds through Howler, which the game loads on the player's first gesture
 * (nothing audio before it). Howler's own suspension waits 30 s of silence; ours waits 1 s, so a
 * game waiting at a decision costs no audio thread. Howler's timer is switched off only so that it
 * does not fight ours: the context is suspended by us and resumed before each sound.
 */
class HowlerPlayer {
  private lib: HowlerLib | null = null;
  private loading: Promise<void> | null = null;
  private readonly howls = new Map<SoundId, import('howler').Howl>();
  private readonly playing = new Map<SoundId, Set<number>>();
  private suspendTimer: ReturnType<typeof setTimeout> | null = null;
  private volume = 1;
  played = 0;

  /** On a gesture: loads Howler the first time, and resumes a context a browser left suspended. */
  unlock(): void {
    if (!this.loading) {
      this.loading = import('howler')
        .then((m) => {
          this.lib = m;
          m.Howler.autoSuspend = false;
          m.Howler.volume(this.volume);
          this.scheduleSuspend();
        })
        .catch(() => {
          // No audio library (a chunk that failed to load): the game goes on silently.
        });
    }
    const ctx = this.lib?.Howler.ctx;
    if (ctx && this.active() > 0 && ctx.state !== 'running') void ctx.resume().catch(() => undefined);
  }

  setVolume(v: number): void {
    this.volume = v;
    this.lib?.Howler.volume(v);
  }

  private active(): number {
    let n = 0;
    for (const s of this.playing.values()) n += s.size;
    return n;
  }

  private howl(lib: HowlerLib, id: SoundId, loop: boolean): import('howler').Howl {
    let h = this.howls.get(id);
    if (!h) {
      h = new lib.Howl({ src: [wavDataUri(synthesise(id, RATE), RATE)], format: ['wav'], loop, preload: true });
      this.howls.set(id, h);
    }
    return h;
  }

  isPlaying(id: SoundId): boolean {
    return (this.playing.get(id)?.size ?? 0) > 0;
  }

  play(id: SoundId, loop: boolean): void {
    const lib = this.lib;
    if (!lib) {
      // Asked between the first gesture and Howler's arrival (a few ms): play it once loaded.
      void this.loading?.then(() => this.lib && this.play(id, loop));
      return;
    }
    if (this.suspendTimer !== null) clearTimeout(this.suspendTimer);
    this.suspendTimer = null;
    const ctx = lib.Howler.ctx;
    if (ctx && ctx.state !== 'running') void ctx.resume().catch(() => undefined);
    const h = this.howl(lib, id, loop);
    const sid = h.play();
    let set = this.playing.get(id);
    if (!set) this.playing.set(id, (set = new Set()));
    set.add(sid);
    const done = () => {
      set.delete(sid);
      if (this.active() === 0) this.scheduleSuspend();
    };
    if (!loop) h.once('end', done, sid);
    h.once('stop', done, sid);
    this.played += 1;
  }

  stop(id: SoundId): void {
    const h = this.howls.get(id);
    if (!h) return;
    h.stop();
    this.playing.get(id)?.clear();
    if (this.active() === 0) this.scheduleSuspend();
  }

  stopAll(): void {
    for (const id of this.howls.keys()) this.stop(id);
  }

  private scheduleSuspend(): void {
    if (this.suspendTimer !== null) clearTimeout(this.suspendTimer);
    this.suspendTimer = setTimeout(() => {
      this.suspendTimer = null;
      const ctx = this.lib?.Howler.ctx;
      if (ctx && this.active() === 0 && ctx.state === 'running') void ctx.suspend().catch(() => undefined);
    }, SUSPEND_AFTER_MS);
  }

  report(): AudioReport {
    return { context: (this.lib?.Howler.ctx?.state as AudioReport['context']) ?? null, played: this.played, synthesised: [...this.howls.keys()] };
  }
}

export class AudioDirector {
  private readonly subs = new Subscriptions();
  private readonly player = new HowlerPlayer();
  private readonly settings: () => Settings;
  private readonly arm: () => void;

  constructor(bus: EventBus, settings: () => Settings) {
    this.settings = settings;
    // Every gesture: the first creates the context, later ones resume one a browser left suspended.
    this.arm = () => this.player.unlock();
    window.addEventListener('pointerdown', this.arm, true);
    window.addEventListener('keydown', this.arm, true);
    this.applyVolume();

    this.subs.add(bus.on('story:step', ({ step, instant }) => {
      if (instant) return;
      if (step.kind !== 'call') this.stop('ringtone');
      if (step.kind === 'message' && step.from !== 'moi') this.play('message-received');
      else if (step.kind === 'notification' || step.kind === 'friendRequest' || step.kind === 'mail') this.play('notification');
    }));
    // The ringtone follows the phone's ringing phase, not each line of the conversation.
    this.subs.add(bus.on('ui:call-ringing', () => this.play('ringtone', true)));
    this.subs.add(bus.on('ui:call-answered', () => this.stop('ringtone')));
    this.subs.add(bus.on('ui:message-sent', () => this.play('message-sent')));
    this.subs.add(bus.on('ui:typing', ({ ms }) => {
      if (ms >= 500) this.play('typing');
    }));
    this.subs.add(bus.on('story:decision', () => this.stop('ringtone')));
    this.subs.add(bus.on('story:choice', ({ ledgerRaised }) => {
      // In exam mode the sting would reveal a consequence the debrief is meant to reveal.
      if (ledgerRaised.length > 0 && this.settings().feedback !== 'examen') this.play('sanction');
    }));
    this.subs.add(bus.on('settings:changed', () => this.applyVolume()));
  }

  private applyVolume(): void {
    const s = this.settings();
    this.player.setVolume(s.sound ? s.volume : 0);
  }

  /** `exclusive`: a looping sound (the ringtone) that is not started twice. */
  private play(id: SoundId, exclusive = false): void {
    const s = this.settings();
    if (!s.sound || s.volume <= 0) return;
    try {
      if (exclusive && this.player.isPlaying(id)) return;
      this.player.play(id, exclusive);
    } catch {
      /* a sound that fails must not stop the story */
    }
  }

  private stop(id: SoundId): void {
    this.player.stop(id);
  }

  /** The game stops (back to the menu): no ringtone or typing sound outlives it. */
  stopAll(): void {
    this.player.stopAll();
  }

  /** For tests and the bench: the context's state and what was played. */
  report(): AudioReport {
    return this.player.report();
  }

  dispose(): void {
    this.subs.closeAll();
    window.removeEventListener('pointerdown', this.arm, true);
    window.removeEventListener('keydown', this.arm, true);
    this.player.stopAll();
  }
}
