// Small DOM helpers for trainer mode; the element builder is the game's own (strings go in as text nodes).
import { h, type Attrs } from '../../ui/dom';

export { h };

/** A button that gives focus back to the page after a mouse click, so Space/Enter keep driving the session. */
export function button(label: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', (e) => {
    onClick();
    if (e.detail > 0) b.blur();
  });
  return b;
}

export function download(filename: string, content: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Keys typed into a field belong to the field (a vote count, a dialog button). */
export function isTypingTarget(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
}
