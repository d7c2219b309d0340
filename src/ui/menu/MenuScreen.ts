// The start menu: the scenarios with their theme and length, the role, and « Reprendre »
// for a game in progress.
import type { Genre, Role } from '../../narrative/types';
import { h } from '../dom';
import { finishMenuPhone, hueOf, menuPhone, scenarioPicture } from './art';

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

/** What changes with the role, said on its card: who can sanction. */
const ROLE_HINTS: Record<Role, string> = {
  // The host hospital has no disciplinary power over a student: it reports to the institute (ifsi-discipline).
  etudiant: 'L’institut de formation (le lieu de stage signale, il ne sanctionne pas), et la justice.',
  infirmier: 'L’Ordre, l’employeur à l’hôpital, et la justice.',
};

function savedLabel(s: { role: Role; savedAt: string }): string {
  const d = new Date(s.savedAt);
  const when = Number.isNaN(d.getTime()) ? '' : `, enregistrée le ${d.toLocaleDateString('fr-FR')} à ${d.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}`;
  return `Partie en cours (${ROLE_NAMES[s.role].toLowerCase()})${when}`;
}

/** One scenario's card: picture, title, theme, duration, save and found endings, its three actions. */
function scenarioCard(e: MenuEntry, hue: string, titleLevel: 'h3' | 'h4', actions: MenuActions, role: () => Role): HTMLElement {
  return h('li', { class: 'scenario', 'data-id': e.id, style: { '--hue': hue } },
    h('div', { class: 'scenario-pic' }, scenarioPicture(e.id, hue)),
    h('div', { class: 'scenario-body' },
      h(titleLevel, {}, e.title),
      h('p', { class: 'theme' }, e.theme),
      h('p', { class: 'duration' }, `Environ ${e.durationMinutes} min`),
      e.saved ? h('p', { class: 'saved' }, savedLabel(e.saved)) : null,
      e.found.etudiant + e.found.infirmier > 0
        ? h('p', { class: 'found' }, `Fins découvertes : ${e.found.etudiant} en étudiant·e, ${e.found.infirmier} en infirmier·e`)
        : null,
      h('div', { class: 'scenario-actions' },
        e.saved ? h('button', { type: 'button', class: 'btn primary', 'aria-label': `Reprendre : ${e.title}`, 'data-focus-key': `resume:${e.id}`, onclick: () => actions.resume(e.id) }, 'Reprendre') : null,
        h('button', { type: 'button', class: e.saved ? 'btn' : 'btn primary', 'aria-label': `${e.saved ? 'Nouvelle partie' : 'Jouer'} : ${e.title}`, 'data-focus-key': `play:${e.id}`, onclick: () => actions.play(e.id, role()) }, e.saved ? 'Nouvelle partie' : 'Jouer'),
        // Secondary: the map is for after a first play, so it stays quieter than « Jouer ».
        h('button', { type: 'button', class: 'btn quiet', 'aria-label': `Carte des embranchements : ${e.title}`, 'data-focus-key': `map:${e.id}`, onclick: () => actions.map(e.id, role()) }, 'Carte'),
      )));
}

/** The scenarios, under their `# group:` headings in the order the stories give (no heading for one unnamed group). */
function scenarioList(entries: readonly MenuEntry[], actions: MenuActions, role: () => Role): HTMLElement {
  const groups: { name: string; items: MenuEntry[] }[] = [];
  for (const e of entries) {
    const g = groups.find((x) => x.name === e.group) ?? groups[groups.push({ name: e.group, items: [] }) - 1]!;
    g.items.push(e);
  }
  // One column count for every group, so their cards line up (a short group leaves a gap, not a wide
  // card): as many columns as cards on a wide screen (up to five, no orphan), fewer below.
  const cols = Math.min(5, Math.max(1, ...groups.map((g) => g.items.length)));
  const cards = (items: readonly MenuEntry[], level: 'h3' | 'h4') =>
    h('ul', { class: 'scenarios', style: { '--cols': cols } },
      ...items.map((e) => scenarioCard(e, hueOf(e.id, entries.indexOf(e)), level, actions, role)));
  return groups.length === 1 && !groups[0]!.name
    ? cards(entries, 'h3')
    : h('div', { class: 'scenario-groups' }, ...groups.map((g) =>
      h('section', { class: 'scenario-group', 'aria-label': g.name || 'Autres scénarios' },
        h('h3', { class: 'group-title' }, g.name || 'Autres scénarios'),
        cards(g.items, 'h4'))));
}

/** The phone picture beside the title and what the game is about. */
function menuHero(heading: HTMLElement): HTMLElement {
  return h('div', { class: 'menu-hero' },
    // First in the page so that on a phone the text flows around it.
    h('div', { class: 'menu-phone-wrap' }, finishMenuPhone(menuPhone())),
    h('div', { class: 'menu-intro' },
      h('p', { class: 'menu-kicker' }, 'UE 1.3 · Législation, éthique, déontologie'),
      heading,
      h('p', { class: 'lead' }, 'Des situations vécues sur un téléphone : à chaque choix, voyez ce qu’il coûte aux patients, à l’équipe et à vous-même, et ce que dit le droit.'),
      // The phone draws each option as the app's own control (a red « Supprimer », a green « Appeler »):
      // players read the colour as a grade unless told it is the gesture's.
      h('p', { class: 'menu-howto' }, 'Vos choix sont les boutons des applications : leur couleur est celle du geste (répondre, publier, supprimer, appeler…), pas une note. Aucune couleur ne désigne la bonne réponse.')),
  );
}

/** Two side panels after the scenarios: the course's corrections, and the group session. */
function menuMore(actions: MenuActions): HTMLElement {
  return h('div', { class: 'menu-more' },
    h('section', { class: 'menu-group', 'aria-labelledby': 'menu-course-title' },
      h('h2', { id: 'menu-course-title' }, 'Votre cours'),
      h('p', {}, 'Le cours de l’UE 1.3 se trompe ou a vieilli sur quelques points : voyez ce qui est juste, et pourquoi.'),
      h('button', { type: 'button', class: 'btn', 'data-focus-key': 'errata', onclick: actions.errata }, 'Ce que dit votre cours')),
    h('section', { class: 'menu-group', 'aria-labelledby': 'menu-group-title' },
      h('h2', { id: 'menu-group-title' }, 'En groupe'),
      h('p', {}, 'Projetez un scénario, recueillez les votes à main levée et révélez les conséquences quand le groupe a débattu.'),
      h('button', { type: 'button', class: 'btn', 'data-focus-key': 'trainer', onclick: actions.trainer }, 'Animer une séance')));
}

export function mountMenu(host: HTMLElement, entries: readonly MenuEntry[], role: Role, notices: readonly string[], actions: MenuActions, genre: Genre = 'f'): { destroy(): void; role(): Role } {
  let current: Role = role;
  const genres = (['f', 'm'] as Genre[]).map((g) =>
    h('label', { class: 'genre-option' },
      h('input', { type: 'radio', name: 'genre', value: g, checked: g === genre, 'data-focus-key': `genre:${g}`, onchange: () => actions.genre(g) }),
      h('span', {}, GENRE_NAMES[g])),
  );
  // Large role cards: the whole card is the radio's label, and the chosen one is plainly marked.
  const radios = (['etudiant', 'infirmier'] as Role[]).map((r) =>
    h('label', { class: 'role-card' },
      h('input', { type: 'radio', name: 'role', value: r, checked: r === role, 'data-focus-key': `role:${r}`, onchange: () => (current = r) }),
      h('span', { class: 'role-text' }, h('span', { class: 'role-name' }, ROLE_NAMES[r]), h('span', { class: 'role-hint' }, ROLE_HINTS[r]))),
  );
  const heading = h('h1', { tabindex: '-1' }, 'Soignants & réseaux sociaux');
  const el = h('div', { class: 'menu', id: 'menu' },
    menuHero(heading),
    ...notices.map((n) => h('p', { class: 'notice', role: 'status' }, n)),
    h('fieldset', { class: 'roles' }, h('legend', {}, 'Votre rôle'), h('div', { class: 'role-cards' }, ...radios)),
    h('fieldset', { class: 'genres' }, h('legend', {}, 'Camille, le personnage que vous jouez :'), ...genres),
    h('h2', {}, 'Scénarios'),
    entries.length ? scenarioList(entries, actions, () => current) : h('p', {}, 'Aucun scénario disponible.'),
    menuMore(actions),
  );
  host.append(el);
  heading.focus();
  return { destroy: () => el.remove(), role: () => current };
}
