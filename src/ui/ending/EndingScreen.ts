// A simple ending screen. Kept behind the same shape as the full debrief (issue 5,
// mountDebrief(container, data, actions)) so the lead can swap one for the other in one line.
import { authorityInfo } from '../../narrative/legal/sanctions';
import { AXIS_LABELS } from '../../narrative/scoring';
import type { PlayState } from '../../narrative/session';
import { AXES, type EndingStep, type Severity } from '../../narrative/types';
import { refLabels, signed } from '../../phone/model/describe';
import { h } from '../dom';

export interface EndingData {
  ending: EndingStep;
  state: PlayState;
}

export interface EndingActions {
  replay(): void;
  changeRole(): void;
  menu(): void;
}

export type EndingMount = (container: HTMLElement, data: EndingData, actions: EndingActions) => { destroy(): void };

export const SEVERITY_LABELS: Record<Severity, string> = {
  exemplary: 'Exemplaire',
  minor: 'Mineure',
  moderate: 'Modérée',
  serious: 'Grave',
  critical: 'Très grave',
};

const ROLE_LABELS = { etudiant: 'étudiant·e en stage', infirmier: 'infirmier·e diplômé·e' } as const;

export const mountEnding: EndingMount = (container, data, actions) => {
  const { ending, state } = data;
  const heading = h('h2', { tabindex: '-1' }, ending.title);
  const el = h('section', { class: `ending severity-${ending.severity}`, 'aria-labelledby': 'ending-title' },
    h('p', { class: 'ending-kicker' }, `Fin du scénario « ${state.info.title} » · rôle : ${ROLE_LABELS[state.role]}`),
    heading,
    h('p', { class: 'severity' }, `Gravité : ${SEVERITY_LABELS[ending.severity]}`),
    h('h3', {}, 'Vos quatre axes'),
    h('ul', { class: 'ending-axes' }, ...AXES.map((a) => h('li', {}, h('span', {}, AXIS_LABELS[a]), h('strong', {}, signed(state.score[a]))))),
    h('h3', {}, 'Sanctions encourues'),
    state.ledger.length
      ? h('ul', { class: 'ledger' }, ...state.ledger.map((l) => h('li', { class: `ledger-line rank-${l.rank}` }, h('strong', {}, authorityInfo(l.authority).name), ` : ${l.level}`, h('span', { class: 'refs' }, refLabels(l.refs).join(' ; ')))))
      : h('p', {}, 'Aucune sanction : ce chemin ne vous expose à rien.'),
    h('h3', {}, 'Débriefing'),
    ...ending.debrief.map((p) => h('p', { class: 'debrief' }, p)),
    ending.refs.length ? h('p', { class: 'refs' }, `Références : ${refLabels(ending.refs).join(' ; ')}`) : null,
    h('h3', {}, 'Pour en discuter'),
    h('ul', { class: 'questions' }, ...ending.questions.map((q) => h('li', {}, q))),
    h('div', { class: 'ending-actions' },
      h('button', { type: 'button', class: 'btn primary', onclick: actions.replay }, 'Rejouer'),
      h('button', { type: 'button', class: 'btn', onclick: actions.changeRole }, 'Changer de rôle'),
      h('button', { type: 'button', class: 'btn', onclick: actions.menu }, 'Menu'),
    ),
  );
  heading.id = 'ending-title';
  container.append(el);
  heading.focus();
  return { destroy: () => el.remove() };
};
