// The menu's entries for this part of the game, added to the menu the app mounted (the menu's own
// file stays the menu's): « Résultats de la classe », « Fiches formateur », and the refresher a
// week after « Me le rappeler dans une semaine ».
import { h } from '../ui/dom';
import { frenchTypography } from '../narrative/typography';
import type { Reminder } from '../storage/learning';

export interface LearningMenuActions {
  classroom(): void;
  sheet(scenarioId: string): void;
  refresher(r: Reminder): void;
  later(r: Reminder): void;
}

export function addLearningEntries(menu: HTMLElement, cards: { id: string; title: string }[], due: Reminder[], actions: LearningMenuActions): void {
  const trainer = menu.querySelector('[data-focus-key="trainer"]')?.closest('p') ?? null;
  const sheets = h('select', { id: 'menu-sheet', 'data-focus-key': 'sheet-choice' }, ...cards.map((c) => h('option', { value: c.id }, frenchTypography(c.title))));
  const block = h('div', { class: 'menu-learning' },
    h('p', {}, h('button', { type: 'button', class: 'btn', 'data-focus-key': 'classroom', onclick: () => actions.classroom() }, 'Résultats de la classe')),
    h('p', {}, h('label', { for: 'menu-sheet' }, 'Fiche formateur : '), sheets, ' ',
      h('button', { type: 'button', class: 'btn', 'data-focus-key': 'sheet', onclick: () => actions.sheet(sheets.value) }, 'Ouvrir la fiche')));
  if (trainer) trainer.after(block);
  else menu.append(block);
  if (!due.length) return;
  const r = due[0]!;
  const title = cards.find((c) => c.id === r.scenarioId)?.title ?? r.scenarioId;
  const offer = h('section', { class: 'notice menu-refresher', 'data-refresher': r.scenarioId, 'aria-labelledby': 'menu-refresher-title' },
    h('h2', { id: 'menu-refresher-title' }, 'Votre révision de la semaine'),
    h('p', {}, `Il y a une semaine, vous avez demandé qu’on vous rappelle « ${frenchTypography(title)} ». Trois minutes : trois décisions à revoir dans une situation proche, puis les questions manquées.`),
    h('p', {},
      h('button', { type: 'button', class: 'btn primary', 'data-focus-key': 'refresher', onclick: () => actions.refresher(r) }, 'Faire la révision'), ' ',
      h('button', { type: 'button', class: 'btn', onclick: () => actions.later(r) }, 'Plus tard')));
  const heading = menu.querySelector('h1');
  const lead = heading?.nextElementSibling;
  (lead ?? heading)?.after(offer);
}
