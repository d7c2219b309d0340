// The errata card as a native <dialog> (focus trap and Escape for free), from the menu and from a
// debrief. Printing prints the card alone.
import { referenceLabel } from '../narrative/legal/references';
import { h } from '../ui/dom';
import { ERRATA, type ErratumItem } from './data';
import './errata.css';

const PRINTING = 'errata-print-only';

function card(e: ErratumItem, highlighted: boolean): HTMLElement {
  return h('article', { class: highlighted ? 'erratum highlighted' : 'erratum', id: `erratum-${e.id}`, 'aria-labelledby': `erratum-${e.id}-title` },
    h('h3', { id: `erratum-${e.id}-title` }, e.title),
    h('dl', {},
      h('dt', {}, 'Votre cours dit'), h('dd', { class: 'course' }, e.course),
      h('dt', {}, 'Ce qui est juste'), h('dd', {}, e.right),
      h('dt', {}, 'Pourquoi c’est important'), h('dd', {}, e.why),
      h('dt', {}, 'Références'), h('dd', { class: 'refs' }, e.refs.map(referenceLabel).join(' ; '))));
}

/** Opens the card; `focusIds` are the corrections a debrief pointed to, shown first and marked. */
export function openErrata(host: HTMLElement, focusIds: readonly string[] = [], onClose?: () => void): HTMLDialogElement {
  const first = ERRATA.filter((e) => focusIds.includes(e.id));
  const rest = ERRATA.filter((e) => !focusIds.includes(e.id));
  const close = h('button', { type: 'button', class: 'btn primary', onclick: () => dialog.close() }, 'Fermer');
  const dialog = h('dialog', { class: 'errata', 'aria-labelledby': 'errata-title' },
    h('h2', { id: 'errata-title' }, 'Ce que dit votre cours, et ce qui est juste'),
    h('p', { class: 'hint' }, 'Le cours que vous avez reçu se trompe ou a vieilli sur quelques points. Voici, pour chacun, ce qu’il dit, ce qui est juste, et pourquoi.'),
    ...first.map((e) => card(e, true)),
    ...rest.map((e) => card(e, false)),
    h('p', { class: 'errata-actions' },
      h('button', { type: 'button', class: 'btn', onclick: () => {
        document.documentElement.classList.add(PRINTING);
        try {
          window.print();
        } finally {
          document.documentElement.classList.remove(PRINTING);
        }
      } }, 'Imprimer'),
      close));
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClose?.();
  });
  host.append(dialog);
  dialog.showModal();
  (first.length ? (dialog.querySelector('.erratum.highlighted h3') as HTMLElement | null) : null)?.setAttribute('tabindex', '-1');
  close.focus();
  return dialog;
}
