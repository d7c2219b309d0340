// Escape during a game: continue, settings, or back to the menu (the game stays saved).
import { h } from '../dom';

export interface PauseActions {
  settings(): void;
  quit(): void;
}

export function openPause(host: HTMLElement, actions: PauseActions, onClose: () => void): HTMLDialogElement {
  let next: (() => void) | null = null;
  const dialog = h('dialog', { class: 'pause', 'aria-labelledby': 'pause-title' },
    h('h2', { id: 'pause-title' }, 'Pause'),
    h('p', {}, 'Votre partie est enregistrée à chaque étape.'),
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
