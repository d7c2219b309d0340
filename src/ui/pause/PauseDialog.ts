// Escape during a game: continue, settings, or back to the menu (the game stays saved when storage works).
import type { StoreStatus } from '../../storage/store';
import { pauseSavingText } from '../labels/storage';
import { h } from '../dom';

export interface PauseActions {
  settings(): void;
  quit(): void;
  /** Whether games are being saved now: the dialog never claims it saves when it does not. */
  saving(): StoreStatus;
}

export function openPause(host: HTMLElement, actions: PauseActions, onClose: () => void): HTMLDialogElement {
  let next: (() => void) | null = null;
  const dialog = h('dialog', { class: 'pause', 'aria-labelledby': 'pause-title' },
    h('h2', { id: 'pause-title' }, 'Pause'),
    h('p', { class: actions.saving().kind === 'ok' ? '' : 'pause-unsaved' }, pauseSavingText(actions.saving())),
    h('form', { method: 'dialog', class: 'pause-actions' },
      h('button', { class: 'btn primary', value: 'continue' }, 'Continuer la partie'),
      h('button', { class: 'btn', value: 'settings', onclick: () => (next = actions.settings) }, 'Réglages'),
      h('button', { class: 'btn', value: 'quit', onclick: () => (next = actions.quit) }, 'Retour au menu'),
    ),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClose();
    next?.();
  });
  host.append(dialog);
  dialog.showModal();
  return dialog;
}
