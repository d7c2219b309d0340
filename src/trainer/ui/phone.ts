// The projector's Phaser phone: the game's own phone, large, drawing the frame the session is at.
// The trainer may tap through it (open a thread, « Qui peut lire ? »): that browsing is local and
// the next step of the session draws the story's own state again.
import type { PhoneFrame, PhoneNav } from '../../phone/display';
import { decisionInView, decisionPlace, focusDecision, goBack, openMail, openPhoto, openProfile, openScreen, openThread } from '../../phone/model/reducer';
import { createPhoneGame, type PhoneGame } from '../../phone/PhoneGame';
import type { DecisionStep } from '../../narrative/types';
import { phoneTextScale } from '../model/phone';

const HOOKS = '__soignantsPhone';

export interface ProjectorPhoneOptions {
  /** Body text size of the projector in CSS pixels, read when the phone is laid out. */
  bodyPx: () => number;
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
      if (this.frame) game.scene.render(this.frame);
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
    if (!force && scale === this.scale) return;
    this.scale = scale;
    const animations = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    g.scene.setOptions({ textScale: scale, animations });
  }

  /** Draws the session's frame (each step, back included, hands over a frame rebuilt from the transcript). */
  show(frame: PhoneFrame, open: DecisionStep | null): void {
    this.open = open;
    this.draw(frame);
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
      case 'photo': s = openPhoto(s, n.index); break;
      case 'mail': s = openMail(s, n.seq); break;
      case 'members': members = n.open; break;
      case 'decision':
        if (!d) return;
        s = focusDecision(s, d);
        break;
      // A choice is the room's to make (votes), a call is answered by the story: taps do nothing.
      case 'choice':
      case 'answer':
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
    if (this.game) {
      this.game.destroy();
      this.game = null;
      this.restoreHooks();
    }
  }
}
