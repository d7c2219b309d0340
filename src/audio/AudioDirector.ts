// Sound follows bus events; story code never calls Howler. Howler is loaded only after the
// player's first gesture (autoplay policy): before that the game is silent, and if audio is
// blocked or a file is missing, the game goes on without a sound and without an error.
import type { EventBus } from '../events/bus';
import { Subscriptions } from '../events/bus';
import type { Settings } from '../storage/schema';
import { SOUND_URLS, type SoundId } from './sounds';

type HowlLike = { play(): number; stop(): void; volume(v: number): void; playing(): boolean };

export class AudioDirector {
  private readonly subs = new Subscriptions();
  private howls = new Map<SoundId, HowlLike>();
  private loading: Promise<void> | null = null;
  private readonly settings: () => Settings;
  private master: { volume(v: number): void } | null = null;

  constructor(bus: EventBus, settings: () => Settings) {
    this.settings = settings;
    const arm = () => {
      window.removeEventListener('pointerdown', arm, true);
      window.removeEventListener('keydown', arm, true);
      void this.unlock();
    };
    window.addEventListener('pointerdown', arm, true);
    window.addEventListener('keydown', arm, true);

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

  private async unlock(): Promise<void> {
    if (this.loading) return this.loading;
    this.loading = (async () => {
      try {
        const { Howl, Howler } = await import('howler');
        Howler.autoSuspend = false;
        this.master = Howler;
        for (const [id, url] of Object.entries(SOUND_URLS) as [SoundId, string][]) {
          this.howls.set(id, new Howl({ src: [url], format: ['wav'], preload: true, loop: id === 'ringtone', onloaderror: () => this.howls.delete(id), onplayerror: () => undefined }));
        }
        this.applyVolume();
      } catch {
        // No audio on this device: stay silent.
        this.howls.clear();
      }
    })();
    return this.loading;
  }

  private applyVolume(): void {
    const s = this.settings();
    try {
      this.master?.volume(s.sound ? s.volume : 0);
    } catch {
      /* audio unavailable */
    }
  }

  private play(id: SoundId, exclusive = false): void {
    const s = this.settings();
    if (!s.sound || s.volume <= 0) return;
    const h = this.howls.get(id);
    if (!h) return;
    try {
      if (exclusive && h.playing()) return;
      h.play();
    } catch {
      /* a sound that fails must not stop the story */
    }
  }

  private stop(id: SoundId): void {
    try {
      this.howls.get(id)?.stop();
    } catch {
      /* ignore */
    }
  }

  /** The game stops (back to the menu): no ringtone or typing sound outlives it. */
  stopAll(): void {
    for (const h of this.howls.values()) {
      try {
        h.stop();
      } catch {
        /* ignore */
      }
    }
  }

  dispose(): void {
    this.subs.closeAll();
    for (const h of this.howls.values()) h.stop();
  }
}
