// Settings as real form controls in a native <dialog> (focus trap and Escape for free).
import type { FeedbackMode, Settings, TypingSpeed } from '../../storage/schema';
import { h, uniqueId } from '../dom';
import { prefersReducedMotion } from './motion';

function radioGroup<T extends string>(legend: string, name: string, options: [T, string][], value: T, set: (v: T) => void): HTMLFieldSetElement {
  return h('fieldset', {}, h('legend', {}, legend), ...options.map(([v, label]) =>
    h('label', { class: 'radio' }, h('input', { type: 'radio', name, value: v, checked: v === value, onchange: () => set(v) }), h('span', {}, label))));
}

/** « Effacer mes données », with a confirmation step so one stray click cannot wipe progress. */
function eraseBlock(onErase?: () => string): HTMLElement | null {
  if (!onErase) return null;
  const status = h('p', { class: 'hint', role: 'status' });
  const confirm = h('button', { type: 'button', class: 'btn danger', hidden: true, onclick: () => {
    status.textContent = onErase();
    confirm.hidden = true;
    ask.hidden = false;
  } }, 'Oui, tout effacer');
  const ask = h('button', { type: 'button', class: 'btn', onclick: () => {
    status.textContent = 'Vos fins découvertes, la partie en cours et vos réglages seront effacés de ce navigateur.';
    ask.hidden = true;
    confirm.hidden = false;
    confirm.focus();
  } }, 'Effacer mes données');
  return h('fieldset', {}, h('legend', {}, 'Mes données'), h('p', { class: 'hint' }, 'Tout reste sur cet appareil : rien n’est envoyé.'), ask, confirm, status);
}

export function openSettings(host: HTMLElement, initial: Settings, onChange: (s: Settings) => void, onClose?: () => void, onErase?: () => string): HTMLDialogElement {
  let s = { ...initial };
  const update = (patch: Partial<Settings>) => {
    s = { ...s, ...patch };
    onChange(s);
  };
  const volId = uniqueId('vol');
  const textId = uniqueId('txt');
  const textOut = h('output', { for: textId }, `${Math.round(s.textScale * 100)} %`);
  const volOut = h('output', { for: volId }, `${Math.round(s.volume * 100)} %`);
  const reduced = prefersReducedMotion();
  const dialog = h('dialog', { class: 'settings', 'aria-labelledby': 'settings-title' },
    h('h2', { id: 'settings-title' }, 'Réglages'),
    // First: at 200 % text on a phone the way back to a smaller size must be in view at once.
    h('div', { class: 'range' }, h('label', { for: textId }, 'Taille du texte'),
      h('input', { id: textId, type: 'range', min: 100, max: 200, step: 10, value: Math.round(s.textScale * 100), 'aria-valuetext': `${Math.round(s.textScale * 100)} %`, onchange: (e) => {
        const v = Number((e.target as HTMLInputElement).value);
        textOut.textContent = `${v} %`;
        (e.target as HTMLInputElement).setAttribute('aria-valuetext', `${v} %`);
        update({ textScale: v / 100 });
      } }), textOut),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: s.sound, onchange: (e) => update({ sound: (e.target as HTMLInputElement).checked }) }), h('span', {}, 'Son')),
    h('div', { class: 'range' }, h('label', { for: volId }, 'Volume'),
      h('input', { id: volId, type: 'range', min: 0, max: 100, step: 5, value: Math.round(s.volume * 100), oninput: (e) => {
        const v = Number((e.target as HTMLInputElement).value);
        volOut.textContent = `${v} %`;
        (e.target as HTMLInputElement).setAttribute('aria-valuetext', `${v} %`);
        update({ volume: v / 100 });
      } }), volOut),
    // Under a system « reduce motion » the box shows what happens (off), and cannot say otherwise.
    h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: s.animations && !reduced, disabled: reduced, 'aria-describedby': reduced ? 'anim-hint' : null, onchange: (e) => update({ animations: (e.target as HTMLInputElement).checked }) }), h('span', {}, 'Animations')),
    reduced ? h('p', { class: 'hint', id: 'anim-hint' }, 'Votre système demande de réduire les animations : elles restent désactivées.') : null,
    radioGroup<TypingSpeed>('Vitesse des messages', 'typing', [['normal', 'Normale'], ['rapide', 'Rapide'], ['instantane', 'Instantanée (pour rejouer)']], s.typingSpeed, (v) => update({ typingSpeed: v })),
    radioGroup<FeedbackMode>('Retour après chaque choix', 'feedback', [['immediat', 'Immédiat'], ['examen', 'Mode examen : tout au débriefing']], s.feedback, (v) => update({ feedback: v })),
    eraseBlock(onErase),
    h('form', { method: 'dialog' }, h('button', { class: 'btn primary', value: 'close' }, 'Fermer')),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClose?.();
  });
  host.append(dialog);
  dialog.showModal();
  return dialog;
}
