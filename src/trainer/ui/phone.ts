// The projector's Phaser phone: the game's own phone, large, drawing the frame the session is at.
// The trainer may tap through it (open a thread, « Qui peut lire ? »): that browsing is local and
// the next step of the session draws the story's own state again.
import type { PhoneFrame, PhoneNav } from '../../phone/display';
import { decisionInView, decisionPlace, focusDecision, goBack, openMail, openMessages, openPhoto, openProfile, openScreen, openThread } from '../../phone/model/reducer';
import type { PhoneGame } from '../../phone/PhoneGame';
import type { DecisionStep } from '../../narrative/types';
import { PROJECTOR_SKIP_MS, phoneTextScale, type SkipAt } from '../model/phone';

const HOOKS = '__soignantsPhone';

export interface ProjectorPhoneOptions {
  /** Body text size of the projector in CSS pixels, read when the phone is laid out. */
  bodyPx: () => number;
  /** Whether the phone may animate (the game's « Animations » setting and the system's reduced motion). */
  animations: () => boolean;
  /** The trainer tapped Accepter or Refuser on the ringing phone: the session answers, as « next » does. */
  onAnswer: () => void;
  /** Called once, with the reason, when the phone cannot be drawn (the transcript stays the display). */
  onUnavailable: (reason: string) => void;
}

export class ProjectorPhone {
  private game: PhoneGame | null = null;
  private frame: PhoneFrame | null = null;
  /** The decision open to the vote, wherever the trainer browsed. */
  private open: DecisionStep | null = null;
  private destroyed = false;
  private scale = 0;
  private animations: boolean | null = null;
  /** The time skip the session is at (played once per arrival on it), and the one last played. */
  private skip: SkipAt | null = null;
  private skipPlayed: number | null = null;
  /** Tells the transition that ended apart from a newer one. */
  private skipRun = 0;
  private readonly ro: ResizeObserver;
  private readonly previousHooks: PropertyDescriptor | undefined;

  constructor(private readonly host: HTMLElement, private readonly opts: ProjectorPhoneOptions) {
    // Inside the game's page (menu « Animer une séance ») the game's own phone owns the test hooks:
    // ours replace them for the session and the game's come back after.
    this.previousHooks = Object.getOwnPropertyDescriptor(window, HOOKS);
    this.ro = new ResizeObserver(() => this.fitText());
    this.ro.observe(host);
    void this.boot();
  }

  private async boot(): Promise<void> {
    try {
      // Phaser comes with the projector's phone only: the presenter's window never loads it.
      const { createPhoneGame } = await import('../../phone/PhoneGame');
      const game = await createPhoneGame(this.host);
      if (this.destroyed) {
        game.destroy();
        this.restoreHooks();
        return;
      }
      game.game.canvas.setAttribute('aria-hidden', 'true');
      game.game.canvas.setAttribute('tabindex', '-1');
      game.scene.onNav((n) => this.nav(n));
      this.game = game;
      this.fitText(true);
      // The projector follows the class wherever the story goes: every app's code at once.
      game.scene.prefetchApps();
      if (this.frame) game.scene.render(this.frame);
      this.syncSkip();
    } catch (e) {
      this.restoreHooks();
      if (!this.destroyed) this.opts.onUnavailable((e as Error).message);
    }
  }

  /** Keeps the phone's message text at the projector's body size as the window changes. */
  private fitText(force = false): void {
    const g = this.game;
    if (!g || this.host.clientWidth === 0) return;
    const scale = phoneTextScale(this.opts.bodyPx(), this.host.clientWidth);
    const animations = this.opts.animations();
    if (!force && scale === this.scale && animations === this.animations) return;
    this.scale = scale;
    this.animations = animations;
    g.scene.setOptions({ textScale: scale, animations });
  }

  /**
   * Draws the session's frame (each step, back included, hands over a frame rebuilt from the
   * transcript) and, when the step is a time skip, the lock-screen transition over it.
   */
  show(frame: PhoneFrame, open: DecisionStep | null, skip: SkipAt | null = null): void {
    this.open = open;
    // Motion may have been turned off since the last step (system setting): the next drawing follows.
    this.fitText();
    this.draw(frame);
    this.skip = skip;
    this.syncSkip();
  }

  /**
   * The time skip as on the student's phone: the text fades in over the screen, holds, and fades out
   * to the lock screen at the new time; without animations it shows at once for the same time. It
   * plays once per arrival on the skip (votes and blank screens redraw the step without replaying
   * it), and any other step ends it at once, so the trainer's next key is never held up.
   */
  private syncSkip(): void {
    const g = this.game;
    if (!g) return;
    const want = this.skip;
    if (want && want.index === this.skipPlayed) return;
    if (this.skipPlayed !== null) {
      this.skipPlayed = null;
      // A zero-length skip ends the one on screen (PhoneScene.timeSkip ends any running one first).
      void g.scene.timeSkip('', 0);
    }
    if (!want) return;
    this.skipPlayed = want.index;
    const run = ++this.skipRun;
    // What the overlay shows, for a look from outside: the phone's texts() hook reads the app under it only.
    this.host.dataset.timeskip = want.text;
    void g.scene.timeSkip(want.text, PROJECTOR_SKIP_MS).then(() => {
      if (run === this.skipRun) delete this.host.dataset.timeskip;
    });
  }

  private draw(frame: PhoneFrame): void {
    this.frame = frame;
    this.game?.scene.render(frame);
  }

  /** After the phone was hidden (the summary), measure again. */
  refit(): void {
    this.game?.refit();
    this.fitText();
  }

  get ready(): boolean {
    return this.game !== null;
  }

  private nav(n: PhoneNav): void {
    const f = this.frame;
    const d = this.open;
    if (!f) return;
    let s = f.state;
    let members = false;
    switch (n.kind) {
      case 'screen': s = openScreen(s, n.screen); break;
      case 'thread': s = openThread(s, n.id); break;
      case 'back': s = goBack(s); break;
      case 'profile': s = openProfile(s, n.id); break;
      case 'messages': s = openMessages(s); break;
      case 'photo': s = openPhoto(s, n.index); break;
      case 'mail': s = openMail(s, n.seq); break;
      case 'members': members = n.open; break;
      case 'decision':
        if (!d) return;
        s = focusDecision(s, d);
        break;
      // The ringing phone's Accepter / Refuser: the trainer takes the call, the session moves on
      // exactly as with « next » (Refuser too: as in solo play, the caller rings back at once).
      case 'answer':
        if (f.state.call?.state === 'ringing') this.opts.onAnswer();
        return;
      // A choice is the room's to make (votes): taps do nothing.
      case 'choice':
      case 'advance':
        return;
    }
    // The decision open to the vote follows the trainer's browsing, as in solo play.
    const inView = d && decisionInView(s, d) ? d : null;
    this.draw({ ...f, state: s, members, narration: null, headsUp: null, decision: inView, waiting: d && !inView ? decisionPlace(s, d) : null });
  }

  private restoreHooks(): void {
    if (this.previousHooks) Object.defineProperty(window, HOOKS, this.previousHooks);
    else if (Object.getOwnPropertyDescriptor(window, HOOKS)?.configurable) delete (window as unknown as Record<string, unknown>)[HOOKS];
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.ro.disconnect();
    this.skipRun++;
    delete this.host.dataset.timeskip;
    if (this.game) {
      this.game.destroy();
      this.game = null;
      this.restoreHooks();
    }
  }
}
