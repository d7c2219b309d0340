// The StoryView the play session awaits: it folds each step into the phone model, asks the
// Phaser display (if any) to draw it, mirrors it as text, and waits the typing time. Choices
// resolve from the mirror's buttons (or digit keys); the phone only shows where they belong.
import type { EventBus } from '../events/bus';
import type { ChoiceResult, PlayState, SessionCommand, StoryView } from '../narrative/session';
import { PLAYER_ID, type DecisionStep, type EndingStep, type LineStep, type ScenarioInfo } from '../narrative/types';
import type { PhoneDisplay, PhoneFrame, PhoneNav } from '../phone/display';
import { describeStep, photoAlt } from '../phone/model/describe';
import { findMedia } from '../narrative/media';
import { applyChoice, applyStep, decisionInView, decisionPlace, focusDecision, goBack, initialPhone, isNewCall, looking, nameOf, openMail, openMessages, openPhoto, openProfile, openScreen, openThread, ringCall } from '../phone/model/reducer';
import type { Banner, PhoneState } from '../phone/model/state';
import { beatMs, ringMs, typingMs } from '../phone/model/typing';
import type { Settings } from '../storage/schema';
import type { Mirror } from '../ui/mirror/Mirror';
import type { GameNotice } from '../ui/notice/GameNotice';
import type { ConsequencePanel } from '../ui/panel/ConsequencePanel';

export interface PhoneViewDeps {
  info: ScenarioInfo;
  /** Null while the phone's chunk is not there yet (see attachDisplay), or for good without WebGL. */
  display: PhoneDisplay | null;
  mirror: Mirror;
  panel: ConsequencePanel;
  bus: EventBus;
  settings: () => Settings;
  /** Where a message about the game itself is shown beside the phone. */
  notice?: GameNotice | null;
}

const HEADS_UP_MS = 2600;

/**
 * The first minute: everything the story shows before its first decision plays within this
 * budget (typing, narration cards, beats), so the first choice comes in under 10 s whatever the
 * length of the story's opening (measured 8 to 53 s without it). Each wait is cut to what is left
 * of the budget; what comes after it is drawn without waiting. Tap, Space or Enter goes faster.
 */
export const INTRO_MS = { normal: 7000, rapide: 3000, instantane: 0 } as const;

export class PhoneView implements StoryView {
  private phone: PhoneState;
  private decision: DecisionStep | null = null;
  private typing: string | null = null;
  private narration: string | null = null;
  private headsUp: Banner | null = null;
  private members = false;
  private aborted = false;
  /** A message about the game itself, kept until the next choice. */
  private notice: string | null = null;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly wakers = new Set<() => void>();
  /** When the opening's time budget runs out (ms, performance.now()), until the first decision; null after it. */
  private introEnd: number | null = null;
  private introDone = false;
  private answer: ((a: number | SessionCommand) => void) | null = null;
  /** Ends the ringing phase early (the drawn « Accepter »). */
  private pickUp: (() => void) | null = null;
  private readonly d: PhoneViewDeps;
  /** What this view subscribed to on the display and the mirror, dropped on dispose(). */
  private readonly unsubscribe: (() => void)[] = [];

  constructor(deps: PhoneViewDeps) {
    this.d = deps;
    this.phone = initialPhone(deps.info);
    if (deps.display) this.unsubscribe.push(deps.display.onNav((n) => this.nav(n)));
    // Tabbing to a choice while browsing elsewhere brings the choice's place back.
    this.unsubscribe.push(deps.mirror.onReturn(() => this.nav({ kind: 'decision' })));
    this.draw();
  }

  /**
   * The canvas phone arrives during the game (the first choice is offered as text before Phaser is
   * even requested): it draws the phone as the story left it, the decision waiting included, and
   * its taps come here from now on. Everything lives in the model, so nothing is lost.
   */
  attachDisplay(display: PhoneDisplay): void {
    if (this.d.display === display) return;
    this.d.display = display;
    this.unsubscribe.push(display.onNav((n) => this.nav(n)));
    this.draw();
  }

  /** Whether the canvas phone draws this game (false: the text view, for now or for good). */
  get hasDisplay(): boolean {
    return this.d.display !== null;
  }

  get state(): PhoneState {
    return this.phone;
  }

  /** Ends the game from outside (menu): pending waits return at once and the next choice answers « quit ». */
  abort(): void {
    this.aborted = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const w of this.wakers) w();
    this.wakers.clear();
    this.answer?.({ kind: 'quit' });
    this.answer = null;
    this.d.mirror.clearChoices();
  }

  /** Lets a rewind (the branch map, issue 5) answer the pending decision. */
  command(c: SessionCommand): void {
    this.answer?.(c);
    this.answer = null;
    this.d.mirror.clearChoices();
  }

  /**
   * A message about the game itself (a save replayed in a new version of the story): shown beside
   * the phone and said in the log until the next choice. A resume rebuilds the log after this
   * call, so reset() says it again.
   */
  announce(text: string): void {
    this.notice = text;
    this.d.notice?.show(text, () => this.d.mirror.focusFirst());
    this.d.mirror.say(text);
  }

  private clearNotice(): void {
    this.notice = null;
    this.d.notice?.hide();
  }

  private wait(ms: number): Promise<void> {
    if (!this.introDone) {
      this.introEnd ??= performance.now() + INTRO_MS[this.speed];
      ms = Math.min(ms, Math.max(0, this.introEnd - performance.now()));
    }
    if (this.aborted || ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.timers.delete(t);
        this.wakers.delete(done);
        resolve();
      };
      const t = setTimeout(done, ms);
      this.timers.add(t);
      this.wakers.add(done);
    });
  }

  /**
   * Tap, Space or Enter: the wait in progress ends now (a message being typed lands, a narration
   * card gives way), as a reader turns a page. Nothing to do while a choice waits. Returns
   * whether something moved on.
   */
  advance(): boolean {
    if (this.answer || this.wakers.size === 0) return false;
    for (const w of [...this.wakers]) w();
    return true;
  }

  private get speed() {
    return this.d.settings().typingSpeed;
  }

  private frame(): PhoneFrame {
    // The player may browse other apps while a choice waits: it is drawn only where it belongs.
    const d = this.decision;
    const inView = !d || decisionInView(this.phone, d);
    // A heads-up lasts as long as its banner: the reducer drops a banner once the player is where
    // it points (a decision bringing them into the group whose message it announced, over the thread).
    const h = this.headsUp;
    const headsUp = h && this.phone.banners.some((b) => b.seq === h.seq) ? h : null;
    return {
      state: this.phone, decision: inView ? d : null, typing: this.typing, narration: this.narration, headsUp, members: this.members,
      waiting: d && !inView ? decisionPlace(this.phone, d) : null,
    };
  }

  private draw(): void {
    const f = this.frame();
    this.d.mirror.setAway(!!f.waiting);
    this.d.display?.render(f);
  }

  private threadTitle = (id: string) => this.phone.threads[id]?.title ?? id;
  private name = (id: string | null) => nameOf(this.phone, id);

  describe(step: LineStep): string | null {
    return describeStep(step, this.name, this.threadTitle);
  }

  async present(step: LineStep, instant: boolean): Promise<void> {
    if (instant || this.aborted) {
      this.phone = applyStep(this.phone, step);
      return;
    }
    // The phone draws some apps with code fetched when first needed: the story waits for it here
    // (one request, in the opening of a story that opens a conversation) rather than draw late.
    if (this.d.display) {
      await this.d.display.prepare({ ...this.frame(), state: applyStep(this.phone, step) });
      if (this.aborted) {
        this.phone = applyStep(this.phone, step);
        return;
      }
    }
    const speed = this.speed;
    this.narration = null;
    if (step.kind === 'call' && isNewCall(this.phone, step) && ringMs(speed) > 0) {
      // The phone rings first (the ringtone follows the bus' story:step), then the first line is heard.
      this.phone = ringCall(this.phone, step.from, step.time);
      this.headsUp = null;
      this.draw();
      this.d.mirror.say(`Appel entrant : ${this.name(step.from)}.`);
      this.d.bus.emit('ui:call-ringing', { from: step.from });
      await Promise.race([this.wait(ringMs(speed)), new Promise<void>((r) => (this.pickUp = r))]);
      this.pickUp = null;
      this.d.bus.emit('ui:call-answered', { from: step.from });
    }
    if (step.kind === 'message' && step.from !== PLAYER_ID) {
      const willSee = looking(this.phone, step.thread, step.app);
      const ms = typingMs(step.text, speed);
      if (willSee && ms > 0) {
        if (this.phone.thread !== step.thread) this.phone = openThread(this.phone, step.thread);
        this.typing = step.from;
        this.draw();
        this.d.bus.emit('ui:typing', { from: step.from, ms });
        await this.wait(ms);
        this.typing = null;
      } else {
        await this.wait(beatMs(speed));
      }
    } else if (step.kind === 'message') {
      this.d.bus.emit('ui:message-sent', { text: step.text });
    }
    const before = this.phone;
    this.phone = applyStep(this.phone, step);
    const text = this.describe(step);
    if (step.kind === 'timeskip') {
      this.headsUp = null;
      this.draw();
      if (text) this.d.mirror.say(text);
      const ms = !this.d.settings().animations ? Math.min(900, beatMs(speed) * 2) : speed === 'normal' ? 2200 : speed === 'rapide' ? 900 : 0;
      await this.d.display?.timeSkip(step.text, ms);
      if (!this.d.display) await this.wait(ms);
      return;
    }
    // A banner that lands while an app is open slides in over it for a moment.
    if (this.phone.banners[0] && this.phone.banners[0] !== before.banners[0] && this.phone.screen !== 'lock') this.showHeadsUp(this.phone.banners[0]);
    if (step.kind === 'narration') this.narration = step.text;
    this.draw();
    if (text) this.d.mirror.say(text);
    if (step.kind === 'narration') await this.wait(speed === 'instantane' ? 0 : Math.min(4000, 900 + step.text.length * (speed === 'rapide' ? 10 : 30)));
    else if (step.kind !== 'screen') await this.wait(beatMs(speed));
  }

  private showHeadsUp(b: Banner): void {
    this.headsUp = b;
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (this.headsUp === b) {
        this.headsUp = null;
        this.draw();
      }
    }, HEADS_UP_MS);
    this.timers.add(t);
  }

  choose(decision: DecisionStep, _state: PlayState): Promise<number | SessionCommand> {
    this.introDone = true;
    if (this.aborted) return Promise.resolve({ kind: 'quit' });
    this.narration = null;
    this.members = false;
    this.phone = focusDecision(this.phone, decision);
    this.decision = decision;
    this.draw();
    return new Promise((resolve) => {
      this.answer = resolve;
      this.d.mirror.showChoices(decision.options, (i) => {
        this.answer = null;
        this.clearNotice();
        this.d.bus.emit('ui:click', {});
        this.phone = applyChoice(this.phone, decision, decision.options[i]!);
        this.decision = null;
        this.draw();
        resolve(i);
      });
      this.d.mirror.focusFirst();
    });
  }

  async consequence(result: ChoiceResult): Promise<void> {
    if (this.d.settings().feedback === 'examen') return;
    const text = this.d.panel.showChoice(result);
    this.d.mirror.say(text);
    if (this.aborted) return;
    // A small screen shows the feedback as a sheet over the phone: the story waits for « Continuer ».
    const held = this.d.panel.hold();
    const release = () => this.d.panel.acknowledge();
    this.wakers.add(release);
    await held;
    this.wakers.delete(release);
  }

  async ending(ending: EndingStep, _state: PlayState): Promise<void> {
    this.decision = null;
    this.narration = null;
    this.draw();
    this.d.mirror.say(`Fin du scénario : ${ending.title}.`);
  }

  async reset(shown: readonly LineStep[]): Promise<void> {
    // A resumed or replayed game is past its opening.
    this.introDone = shown.length > 0;
    this.phone = initialPhone(this.d.info);
    this.decision = null;
    this.typing = null;
    this.narration = null;
    this.headsUp = null;
    const lines: string[] = [];
    for (const step of shown) {
      this.phone = applyStep(this.phone, step);
      const t = this.describe(step);
      if (t) lines.push(t);
    }
    this.d.mirror.rebuild(lines);
    if (this.notice) this.d.mirror.say(this.notice);
    this.draw();
  }

  /** Taps on the phone (and the mirror's « Qui peut lire ? » button). */
  nav(n: PhoneNav): void {
    const s = this.phone;
    switch (n.kind) {
      case 'advance':
        this.advance();
        return;
      case 'screen':
        // « Touchez pour déverrouiller » unlocks and, in the opening, moves the story on too.
        if (s.screen === 'lock') this.advance();
        this.phone = openScreen(s, n.screen);
        break;
      case 'thread':
        this.phone = openThread(s, n.id);
        break;
      case 'back':
        this.phone = goBack(s);
        break;
      case 'decision':
        if (this.decision) this.phone = focusDecision(s, this.decision);
        break;
      case 'profile':
        this.phone = openProfile(s, n.id);
        break;
      case 'messages':
        this.phone = openMessages(s);
        break;
      case 'photo': {
        this.phone = openPhoto(s, n.index);
        const shot = n.index !== null ? this.phone.shots[n.index] : undefined;
        if (shot) {
          const ids = findMedia(shot.photo)?.identifiers ?? [];
          this.d.mirror.say(`Galerie, photo ${n.index! + 1} sur ${this.phone.shots.length} : ${photoAlt(shot.photo)}${ids.length ? ` Permet de reconnaître quelqu'un : ${ids.join(', ')}.` : ''}`);
        }
        break;
      }
      case 'answer':
        if (!this.pickUp) return;
        if (!n.accept) this.d.mirror.say(`${this.name(s.call?.from ?? null)} rappelle aussitôt : vous décrochez.`);
        this.pickUp();
        this.pickUp = null;
        return;
      case 'mail':
        this.phone = openMail(s, n.seq);
        break;
      case 'members': {
        this.members = n.open;
        const t = s.thread ? s.threads[s.thread] : undefined;
        if (n.open && t) {
          const names = t.members.map((m) => (m === PLAYER_ID ? 'vous' : this.name(m)));
          this.d.mirror.say(`Qui peut lire « ${t.title} » : ${names.join(', ')} (${t.members.length} personnes). Chacune peut copier, capturer et transférer ce qui est écrit ici.`);
        }
        break;
      }
      case 'choice':
        this.d.mirror.key(n.index + 1);
        return;
    }
    // A choice waiting elsewhere stays pending: the phone shows « Une réponse vous attend ».
    this.draw();
  }

  toggleMembers(): void {
    this.nav({ kind: 'members', open: !this.members });
  }

  /** Whether « Qui peut lire ? » is open (Escape closes it before it opens the pause menu). */
  get membersOpen(): boolean {
    return this.members;
  }

  /** The game is left: pending waits end, and the display and the mirror no longer call this view. */
  dispose(): void {
    this.abort();
    this.clearNotice();
    this.pickUp = null;
    for (const off of this.unsubscribe.splice(0)) off();
    this.d.display?.clear();
    this.d.mirror.setAway(false);
  }
}
