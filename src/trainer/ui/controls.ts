// Window-level plumbing shared by both windows: remote keys, fullscreen, the leave confirmation.
import { keyAction } from '../model/keys';
import type { Command } from '../model/types';
import { button, h, isTypingTarget } from './dom';

export interface KeyHandlers {
  command(cmd: Command): void;
  leave(): void;
  presenter?(): void;
}

export function toggleFullscreen(): void {
  // Fullscreen needs a gesture in this very window: the presenter cannot turn it on for the projector.
  const doc = document;
  if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
  else void doc.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Listens on the window; returns the disposer. */
export function installKeys(handlers: KeyHandlers): () => void {
  let fullscreenChangedAt = 0;
  const onFs = () => {
    fullscreenChangedAt = performance.now();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    if (document.querySelector('dialog[open]')) return;
    const action = keyAction(e);
    if (!action) return;
    const t = e.target;
    if (isTypingTarget(t) && action.kind !== 'leave' && action.kind !== 'fullscreen') return;
    // A focused button keeps its own Enter/Space (keyboard users activate it that way).
    if (t instanceof HTMLButtonElement && (e.key === 'Enter' || e.key === ' ')) return;
    e.preventDefault(); // F5 must not reload, Space must not scroll, PageDown must not page.
    if (e.repeat && action.kind !== 'command') return;
    switch (action.kind) {
      case 'command': handlers.command(action.command); break;
      case 'fullscreen': toggleFullscreen(); break;
      case 'presenter': handlers.presenter?.(); break;
      case 'leave':
        // The Esc that left fullscreen is the browser's: it must not also open the leave dialog.
        if (document.fullscreenElement || performance.now() - fullscreenChangedAt < 400) return;
        handlers.leave();
        break;
    }
  };
  window.addEventListener('keydown', onKey);
  document.addEventListener('fullscreenchange', onFs);
  return () => {
    window.removeEventListener('keydown', onKey);
    document.removeEventListener('fullscreenchange', onFs);
  };
}

/** « Quitter la séance ? » as a modal dialog; resolves true to leave. Esc or « Continuer » stays. */
export function confirmLeave(host: HTMLElement, detail: string): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 't-dialog', 'aria-labelledby': 't-leave-title' });
    // Staying gives the focus back to what opened the dialog, else to the window's title: removing
    // the focused dialog used to leave it on <body> (after Escape or « Continuer la séance »).
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const done = (leave: boolean) => {
      dialog.close();
      dialog.remove();
      if (!leave) {
        const back = opener?.isConnected ? opener : host.querySelector<HTMLElement>('h1');
        if (back && !back.hasAttribute('tabindex') && !back.matches('button, a[href], input, select, textarea, summary')) back.setAttribute('tabindex', '-1');
        back?.focus();
      }
      resolve(leave);
    };
    const stay = button('Continuer la séance', () => done(false), { class: 't-primary', autofocus: true });
    dialog.append(
      h('h2', { id: 't-leave-title' }, 'Quitter la séance\u202F?'),
      h('p', {}, detail),
      h('div', { class: 't-dialog-actions' }, stay, button('Quitter la séance', () => done(true), { 'data-leave': 'oui' })),
    );
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      done(false);
    });
    host.append(dialog);
    dialog.showModal();
    stay.focus();
  });
}

/** A short message that fades: refused commands (« Égalité… ») without blocking the session. */
export function toast(host: HTMLElement, text: string): void {
  host.querySelector('.t-toast')?.remove();
  const el = h('p', { class: 't-toast', role: 'status' }, text);
  host.append(el);
  setTimeout(() => el.remove(), 4000);
}
