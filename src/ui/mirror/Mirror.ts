// The accessible mirror of the phone: a live log that receives every message, notification
// and consequence as text, and each available choice as a real <button> named exactly like the
// choice. Over the canvas the buttons are laid on the phone's own controls; without WebGL the
// same layer is the whole interface.
import type { ChoiceOption } from '../../narrative/types';
import type { ChoiceRect } from '../../phone/display';
import { h } from '../dom';
import { Listeners } from '../../events/listeners';

const MAX_LOG = 300;

/**
 * After a decision appears, input is ignored this long. At « Instantanée » speed the next decision
 * is on screen a few milliseconds after a choice: the second click of a double-click (even 250 ms
 * apart), a key pressed just after a click, or a held digit used to answer it too, unread.
 */
export const CHOICE_GUARD_MS = 400;

export class Mirror {
  readonly log: HTMLElement;
  private readonly choices: HTMLElement;
  private readonly membersBtn: HTMLButtonElement;
  private buttons: HTMLButtonElement[] = [];
  private pick: ((index: number) => void) | null = null;
  private lastRects: readonly ChoiceRect[] = [];
  private lastMembers: { x: number; y: number; w: number; h: number } | null = null;
  /** The log and the buttons are the interface (no canvas phone, or not yet): see setTextMode. */
  private textMode: boolean;
  private away = false;
  private muted = false;
  private pending: string[] = [];
  private rebuilds = 0;
  private readonly returned = new Listeners<[]>();
  private readonly revealed = new Listeners<[index: number]>();
  /** When the current options were shown (performance.now()), for the input guard. */
  private shownAt = 0;
  private armTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly armed = new Listeners<[]>();

  constructor(logHost: HTMLElement, overlay: HTMLElement, textMode: boolean, onMembers: () => void) {
    this.textMode = textMode;
    this.log = h('div', { class: 'mirror-log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': 'Ce qui se passe sur le téléphone' });
    logHost.append(this.log);
    this.choices = h('div', { class: textMode ? 'choices choices-text' : 'choices', role: 'group', 'aria-label': 'Vos choix', tabindex: '-1' });
    this.membersBtn = h('button', { type: 'button', class: 'phone-hit', hidden: true, onclick: onMembers }, 'Qui peut lire ?');
    overlay.append(this.membersBtn, this.choices);
    // A keyboard user reaching a choice while the phone shows another app is brought back to it.
    this.choices.addEventListener('focusin', (e) => {
      const b = e.target;
      if (!(b instanceof HTMLButtonElement)) return;
      if (this.away) this.returned.emit();
      // A control scrolled out of the phone's view leaves its button a one-pixel strip: keyboard
      // focus there would be invisible, so the phone scrolls the control back under it. A click or
      // a touch already lands on a visible button, and must not move the screen under the finger.
      if (keyboardFocus(b)) this.revealed.emit(Number(b.dataset.index));
    });
    // A held Enter or Space repeats its keydown: each repeat would click the next decision's option.
    this.choices.addEventListener('keydown', (e) => {
      if (e.repeat && (e.key === 'Enter' || e.key === ' ')) e.preventDefault();
    });
  }

  /**
   * Text view or buttons laid over the canvas phone. The game opens as text and the phone takes
   * over once Phaser has booted (after the first choice is offered): the buttons on screen stay,
   * with their focus and their guard, and move onto the drawn controls at the next place().
   */
  setTextMode(on: boolean): void {
    if (on === this.textMode) return;
    this.textMode = on;
    this.choices.classList.toggle('choices-text', on);
    if (on) for (const b of this.buttons) {
      b.classList.remove('unplaced');
      b.style.cssText = '';
    }
    this.place(this.lastRects, this.lastMembers);
  }

  /** Calls `cb` once, when the options on screen take input (the guard is over); returns the disposer. */
  onArmed(cb: () => void): () => void {
    const off = this.armed.add(() => {
      off();
      cb();
    });
    return off;
  }

  /** Calls `cb` every time options take input; returns the disposer. */
  onEveryArmed(cb: () => void): () => void {
    return this.armed.add(cb);
  }

  /** Calls `cb` with the option's index when its button gets keyboard focus; returns the disposer. */
  onReveal(cb: (index: number) => void): () => void {
    return this.revealed.add(cb);
  }

  /** Calls `cb` when a choice gets focus while the player browses elsewhere on the phone; returns the disposer. */
  onReturn(cb: () => void): () => void {
    return this.returned.add(cb);
  }

  /**
   * The choice waits while the player looks at other apps: its buttons stay in the page (and
   * keys 1–9 still work) but are not drawn over an unrelated screen.
   */
  setAway(away: boolean): void {
    this.away = away && !this.textMode;
    this.choices.classList.toggle('choices-away', this.away);
  }

  say(text: string): void {
    // Said while the log is muted after a rebuild, it would never be heard: it waits for the unmute.
    if (this.muted) {
      this.pending.push(text);
      if (this.pending.length > MAX_LOG) this.pending.shift();
      return;
    }
    this.append(text);
  }

  private append(text: string): void {
    const line = h('p', {}, text);
    this.log.append(line);
    while (this.log.childElementCount > MAX_LOG) this.log.firstElementChild?.remove();
    // Without WebGL the log is what the player reads: the newest line comes into view, unless
    // options are waiting (then they stay in view: the focused one, else the whole group).
    if (this.textMode) reveal(this.buttons.length ? (this.focusedButton() ?? this.choices) : line);
  }

  private focusedButton(): HTMLButtonElement | null {
    const a = this.choices.ownerDocument.activeElement;
    return a instanceof HTMLButtonElement && this.buttons.includes(a) ? a : null;
  }

  /** Rebuilds the log from a transcript without making the screen reader read it all again. */
  rebuild(lines: readonly string[]): void {
    const token = ++this.rebuilds;
    this.muted = true;
    this.pending = [];
    this.log.setAttribute('aria-live', 'off');
    this.log.replaceChildren(...lines.slice(-MAX_LOG).map((l) => h('p', {}, l)));
    // Back to polite on the next frame, after the bulk insert; a newer rebuild unmutes for itself.
    requestAnimationFrame(() => {
      if (token !== this.rebuilds) return;
      this.log.setAttribute('aria-live', 'polite');
      this.muted = false;
      for (const t of this.pending.splice(0)) this.append(t);
    });
  }

  showChoices(options: readonly ChoiceOption[], onPick: (index: number) => void): void {
    this.clearChoices();
    this.pick = onPick;
    this.buttons = options.map((o, i) =>
      h('button', { type: 'button', class: `choice choice-${o.action}`, 'data-index': String(i), 'aria-keyshortcuts': i < 9 ? String(i + 1) : null, onclick: (e: Event) => this.choose(i, e.timeStamp) }, o.text),
    );
    this.choices.append(...this.buttons);
    // Input guard: until it ends, the group says its options are not available yet (assistive
    // technologies, and test drivers that wait for an enabled control), and clicks are dropped.
    this.shownAt = performance.now();
    if (this.armTimer) clearTimeout(this.armTimer);
    this.choices.setAttribute('aria-disabled', 'true');
    this.armTimer = setTimeout(() => {
      this.armTimer = null;
      this.choices.removeAttribute('aria-disabled');
      this.armed.emit();
    }, CHOICE_GUARD_MS);
    // The phone may have drawn the controls before the buttons existed.
    this.place(this.lastRects, this.lastMembers);
    this.say(`${options.length} choix possibles. Touches 1 à ${Math.min(9, options.length)}, ou Tab.`);
  }

  /** Lays each button over its control on the phone; any option the phone did not place stays visible below it. */
  place(rects: readonly ChoiceRect[], members: { x: number; y: number; w: number; h: number } | null): void {
    this.lastRects = rects;
    this.lastMembers = members;
    if (!this.textMode) {
      for (const b of this.buttons) {
        const i = Number(b.dataset.index);
        const r = rects.find((x) => x.option.index === i) ?? rects[i];
        if (r) {
          b.classList.remove('unplaced');
          b.style.cssText = `left:${r.x}px;top:${r.y}px;width:${r.w}px;height:${r.h}px`;
        } else {
          b.classList.add('unplaced');
          b.style.cssText = '';
        }
      }
    }
    // Nothing drawn to lay them on (the « Qui peut lire ? » sheet covers the options): the buttons
    // show themselves, in a tray at the bottom of the phone that scrolls to the focused one.
    const unplaced = this.buttons.length > 0 && this.buttons.every((b) => b.classList.contains('unplaced'));
    this.choices.classList.toggle('choices-tray', !this.textMode && unplaced);
    this.membersBtn.hidden = !members || this.textMode;
    if (members) this.membersBtn.style.cssText = `left:${members.x}px;top:${members.y}px;width:${members.w}px;height:${members.h}px`;
  }

  focusFirst(): void {
    const target = this.buttons[0] ?? this.choices;
    // Over the canvas the phone scrolls its own controls; in text mode the page must bring it into view.
    target.focus({ preventScroll: true });
    if (this.textMode) reveal(target);
  }

  /**
   * Digits 1–9 pick a choice, as the buttons' aria-keyshortcuts say. `at`: when the key was pressed
   * (the event's timeStamp), so a key that arrived before the options were shown picks nothing.
   */
  key(digit: number, at?: number): boolean {
    const b = this.buttons[digit - 1];
    if (!b) return false;
    this.choose(digit - 1, at);
    return true;
  }

  hasChoices(): boolean {
    return this.buttons.length > 0;
  }

  /** Whether input at `at` (performance.now() time) falls in the guard of the options on screen. */
  private guarded(at: number | undefined): boolean {
    const now = performance.now();
    return now - this.shownAt < CHOICE_GUARD_MS || (at !== undefined && at > 0 && at < this.shownAt);
  }

  private choose(i: number, at?: number): void {
    const cb = this.pick;
    if (!cb || !this.buttons[i] || this.guarded(at)) return;
    this.clearChoices();
    // Keep focus in the choices area so Tab continues from the phone, not from the top of the page.
    this.choices.focus({ preventScroll: true });
    cb(i);
  }

  clearChoices(): void {
    if (this.armTimer) clearTimeout(this.armTimer);
    this.armTimer = null;
    this.choices.removeAttribute('aria-disabled');
    this.pick = null;
    this.buttons = [];
    this.choices.replaceChildren();
  }
}

/** Scrolls the nearest scrolling ancestor (only it, never the page) so that `el` is in view. */
function reveal(el: HTMLElement): void {
  let box = el.parentElement;
  while (box && !(box.scrollHeight > box.clientHeight && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
  if (!box) return;
  const r = el.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  if (r.bottom > b.bottom) box.scrollTop += Math.min(r.bottom - b.bottom, r.top - b.top);
  else if (r.top < b.top) box.scrollTop -= b.top - r.top;
}

function keyboardFocus(b: HTMLElement): boolean {
  try {
    return b.matches(':focus-visible');
  } catch {
    // A browser without :focus-visible: any focus.
    return true;
  }
}
