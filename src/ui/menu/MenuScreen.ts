// The start menu: the scenarios with their theme and length, the role, and « Reprendre »
// for a game in progress.
import type { Genre, Role } from '../../narrative/types';
import { h } from '../dom';

export interface MenuEntry {
  id: string;
  title: string;
  theme: string;
  durationMinutes: number;
  /** The heading the story is listed under (`# group:` in its header), '' for none. */
  group: string;
  /** A game in progress for this scenario, if any. */
  saved: { role: Role; savedAt: string } | null;
  /** Endings discovered so far, per role. */
  found: Record<Role, number>;
}

export interface MenuActions {
  play(id: string, role: Role): void;
  resume(id: string): void;
  settings(): void;
  /** The branch map of a scenario, for the chosen role. */
  map(id: string, role: Role): void;
  /** « Animer une séance »: trainer mode on a projector. */
  trainer(): void;
  /** « Ce que dit votre cours »: where the course is wrong or outdated. */
  errata(): void;
  /** Camille's gender changed in the menu (kept with the settings). */
  genre(g: Genre): void;
}

/** Interface labels: the stories then write « diplômée » or « diplômé », never « diplômé·e ». */
export const GENRE_NAMES: Record<Genre, string> = { f: 'elle', m: 'il' };

export const ROLE_NAMES: Record<Role, string> = {
  etudiant: 'Étudiant·e en soins infirmiers, en stage',
  infirmier: 'Infirmier·e diplômé·e',
};

function savedLabel(s: { role: Role; savedAt: string }): string {
  const d = new Date(s.savedAt);
  const when = Number.isNaN(d.getTime()) ? '' : `, enregistrée le ${d.toLocaleDateString('fr-FR')} à ${d.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}`;
  return `Partie en cours (${ROLE_NAMES[s.role].toLowerCase()})${when}`;
}

export function mountMenu(host: HTMLElement, entries: readonly MenuEntry[], role: Role, notices: readonly string[], actions: MenuActions, genre: Genre = 'f'): { destroy(): void; role(): Role } {
  let current: Role = role;
  const genres = (['f', 'm'] as Genre[]).map((g) =>
    h('label', { class: 'role-option' },
      h('input', { type: 'radio', name: 'genre', value: g, checked: g === genre, 'data-focus-key': `genre:${g}`, onchange: () => actions.genre(g) }),
      h('span', {}, GENRE_NAMES[g])),
  );
  const radios = (['etudiant', 'infirmier'] as Role[]).map((r) =>
    h('label', { class: 'role-option' },
      h('input', { type: 'radio', name: 'role', value: r, checked: r === role, 'data-focus-key': `role:${r}`, onchange: () => (current = r) }),
      h('span', {}, ROLE_NAMES[r])),
  );
  const card = (e: MenuEntry, titleLevel: 'h3' | 'h4') =>
    h('li', { class: 'scenario' },
      h(titleLevel, {}, e.title),
      h('p', { class: 'theme' }, e.theme),
      h('p', { class: 'duration' }, `Environ ${e.durationMinutes} min`),
      e.saved ? h('p', { class: 'saved' }, savedLabel(e.saved)) : null,
      e.found.etudiant + e.found.infirmier > 0
        ? h('p', { class: 'found' }, `Fins découvertes : ${e.found.etudiant} en étudiant·e, ${e.found.infirmier} en infirmier·e`)
        : null,
      h('div', { class: 'scenario-actions' },
        e.saved ? h('button', { type: 'button', class: 'btn primary', 'aria-label': `Reprendre : ${e.title}`, 'data-focus-key': `resume:${e.id}`, onclick: () => actions.resume(e.id) }, 'Reprendre') : null,
        h('button', { type: 'button', class: e.saved ? 'btn' : 'btn primary', 'aria-label': `${e.saved ? 'Nouvelle partie' : 'Jouer'} : ${e.title}`, 'data-focus-key': `play:${e.id}`, onclick: () => actions.play(e.id, current) }, e.saved ? 'Nouvelle partie' : 'Jouer'),
        h('button', { type: 'button', class: 'btn', 'aria-label': `Carte des embranchements : ${e.title}`, 'data-focus-key': `map:${e.id}`, onclick: () => actions.map(e.id, current) }, 'Carte des embranchements'),
      ),
    );
  // Stories are listed under their `# group:` headings, in the order the stories give.
  const groups: { name: string; items: MenuEntry[] }[] = [];
  for (const e of entries) {
    const g = groups.find((x) => x.name === e.group) ?? groups[groups.push({ name: e.group, items: [] }) - 1]!;
    g.items.push(e);
  }
  const list = groups.length === 1 && !groups[0]!.name
    ? h('ul', { class: 'scenarios' }, ...entries.map((e) => card(e, 'h3')))
    : h('div', { class: 'scenario-groups' }, ...groups.map((g) =>
      h('section', { class: 'scenario-group', 'aria-label': g.name || 'Autres scénarios' },
        h('h3', { class: 'group-title' }, g.name || 'Autres scénarios'),
        h('ul', { class: 'scenarios' }, ...g.items.map((e) => card(e, 'h4'))))));
  const heading = h('h1', { tabindex: '-1' }, 'Soignants & réseaux sociaux');
  const el = h('main', { class: 'menu', id: 'menu' },
    heading,
    h('p', { class: 'lead' }, 'Des situations vécues sur un téléphone : à chaque choix, voyez ce qu’il coûte aux patients, à l’équipe et à vous-même, et ce que dit le droit.'),
    ...notices.map((n) => h('p', { class: 'notice', role: 'status' }, n)),
    h('fieldset', { class: 'roles' }, h('legend', {}, 'Votre rôle'), ...radios),
    h('fieldset', { class: 'roles genres' }, h('legend', {}, 'Camille, le personnage que vous jouez :'), ...genres),
    h('h2', {}, 'Scénarios'),
    entries.length ? list : h('p', {}, 'Aucun scénario disponible.'),
    h('h2', {}, 'Votre cours'),
    h('p', {}, 'Le cours de l’UE 1.3 se trompe ou a vieilli sur quelques points : voyez ce qui est juste, et pourquoi.'),
    h('p', {}, h('button', { type: 'button', class: 'btn', 'data-focus-key': 'errata', onclick: actions.errata }, 'Ce que dit votre cours')),
    h('h2', {}, 'En groupe'),
    h('p', {}, 'Projetez un scénario, recueillez les votes à main levée et révélez les conséquences quand le groupe a débattu.'),
    h('p', {}, h('button', { type: 'button', class: 'btn', 'data-focus-key': 'trainer', onclick: actions.trainer }, 'Animer une séance')),
    h('p', {}, h('button', { type: 'button', class: 'btn', 'data-focus-key': 'settings', onclick: actions.settings }, 'Réglages')),
  );
  host.append(el);
  heading.focus();
  return { destroy: () => el.remove(), role: () => current };
}
