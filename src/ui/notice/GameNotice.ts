// A message about the game itself (not the story) shown beside the phone, such as « your save was
// replayed in the new version of the scenario ». It is not a live region: the mirror's log
// already reads it out, and it would be heard twice.
import { frenchSpacing } from '../../narrative/typography';
import { h } from '../dom';

export class GameNotice {
  readonly el: HTMLElement;
  private readonly text: HTMLParagraphElement;
  private onClose: (() => void) | null = null;
  private shown = '';

  constructor(host: HTMLElement) {
    this.text = h('p', { class: 'game-notice-text' });
    const close = h('button', { type: 'button', class: 'btn game-notice-close', onclick: () => this.dismiss() }, 'Fermer');
    this.el = h('section', { class: 'notice game-notice', hidden: true, 'aria-label': 'Information sur votre partie' }, this.text, close);
    host.prepend(this.el);
  }

  /** `onClose` runs when the player dismisses it (so focus can go back to the choices). */
  show(message: string, onClose: (() => void) | null = null): void {
    this.shown = message;
    this.text.textContent = frenchSpacing(message);
    this.onClose = onClose;
    this.el.hidden = false;
  }

  hide(): void {
    this.el.hidden = true;
    this.onClose = null;
  }

  /** The message shown (as given to `show`, before French spacing), or null when hidden. */
  get message(): string | null {
    return this.el.hidden ? null : this.shown;
  }

  get visible(): boolean {
    return !this.el.hidden;
  }

  private dismiss(): void {
    const cb = this.onClose;
    const hadFocus = this.el.contains(document.activeElement);
    this.hide();
    if (hadFocus) cb?.();
  }
}
