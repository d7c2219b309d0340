// Sound follows bus events; story code never calls the audio API. The sounds are synthesised in
// the page, each on its first use (src/audio/voices.ts): nothing is downloaded for them. The
// audio context is created on the player's first gesture (autoplay policy: silent until then),
// and suspended whenever nothing plays, so a game waiting at a decision costs no audio thread.
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

class SynthPlayer {
  private ctx: AudioContext | null = null;
  private master: GainNode | null = null;
  private readonly buffers = new Map<SoundId, AudioBuffer>();
  private readonly sources = new Map<SoundId, Set<AudioBufferSourceNode>>();
  private suspendTimer: ReturnType<typeof setTimeout> | null = null;
  private volume = 1;
  played = 0;

  /** Creates the context inside a user gesture, where browsers let it start. */
  unlock(): void {
    if (this.ctx) {
      // A resume refused outside a gesture (iOS) succeeds inside one.
      if (this.active() > 0 && this.ctx.state !== 'running') void this.ctx.resume().catch(() => undefined);
      return;
    }
    const Ctx = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctx) return;
    try {
      this.ctx = new Ctx();
      this.master = this.ctx.createGain();
      this.master.gain.value = this.volume;
      this.master.connect(this.ctx.destination);
      this.scheduleSuspend();
    } catch {
      this.ctx = null;
    }
  }

  setVolume(v: number): void {
    this.volume = v;
    if (this.master) this.master.gain.value = v;
  }

  private active(): number {
    let n = 0;
    for (const s of this.sources.values()) n += s.size;
    return n;
  }

  private buffer(id: SoundId): AudioBuffer {
    let b = this.buffers.get(id);
    if (!b) {
      const ctx = this.ctx!;
      const samples = synthesise(id, ctx.sampleRate);
      b = ctx.createBuffer(1, samples.length, ctx.sampleRate);
      b.copyToChannel(samples, 0);
      this.buffers.set(id, b);
    }
    return b;
  }

  isPlaying(id: SoundId): boolean {
    return (this.sources.get(id)?.size ?? 0) > 0;
  }

  play(id: SoundId, loop: boolean): void {
    const ctx = this.ctx;
    if (!ctx || !this.master) return;
    if (this.suspendTimer !== null) clearTimeout(this.suspendTimer);
    this.suspendTimer = null;
    const src = ctx.createBufferSource();
    src.buffer = this.buffer(id);
    src.loop = loop;
    src.connect(this.master);
    let set = this.sources.get(id);
    if (!set) this.sources.set(id, (set = new Set()));
    set.add(src);
    src.onended = () => {
      set.delete(src);
      src.disconnect();
      if (this.active() === 0) this.scheduleSuspend();
    };
    this.played += 1;
    if (ctx.state !== 'running') void ctx.resume().catch(() => undefined);
    src.start();
  }

  stop(id: SoundId): void {
    for (const src of this.sources.get(id) ?? []) {
      try {
        src.stop();
      } catch {
        /* never started */
      }
    }
  }

  stopAll(): void {
    for (const id of this.sources.keys()) this.stop(id);
  }

  private scheduleSuspend(): void {
    if (this.suspendTimer !== null) clearTimeout(this.suspendTimer);
    this.suspendTimer = setTimeout(() => {
      this.suspendTimer = null;
      if (this.ctx && this.active() === 0 && this.ctx.state === 'running') void this.ctx.suspend().catch(() => undefined);
    }, SUSPEND_AFTER_MS);
  }

  report(): AudioReport {
    return { context: (this.ctx?.state as AudioReport['context']) ?? null, played: this.played, synthesised: [...this.buffers.keys()] };
  }
}

export class AudioDirector {
  private readonly subs = new Subscriptions();
  private readonly player = new SynthPlayer();
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
