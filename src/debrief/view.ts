// The debrief screen as a self-contained DOM component. The play screen mounts it over (or in
// place of) the phone at an ending and gets a disposer back.
import { AXIS_MAX, AXIS_MIN } from '../narrative/scoring';
import { SEVERITY_COLORS, signed, UI } from './labels';
import { button, h, uid } from './dom';
import { downloadDebriefJson, PRINT_CLASS, printDebrief } from './export';
import type { DebriefData } from './model';
import './debrief.css';

export interface DebriefActions {
  /** Go back to just before decision `historyIndex` of the path just played. */
  replayFrom(historyIndex: number): void;
  changeRole(): void;
  openMap(): void;
  menu(): void;
  /** « Ce que dit votre cours », opened on the corrections `ids`; the section is hidden when absent. */
  errata?(ids: string[]): void;
  /** Optional « Et si… ? » entry point; the button is hidden when absent. */
  compare?(): void;
  /** « Et si… ? » on one decision: the option taken beside `otherOptionIndex`. Hidden when absent. */
  compareOption?(historyIndex: number, otherOptionIndex: number): void;
}

/** « Et si… ? » for one step: the other options of the decision, each to compare with the one taken. */
function whatIf(doc: Document, p: DebriefData['path'][number], actions: DebriefActions): HTMLElement | null {
  if (!actions.compareOption || p.otherOptions.length === 0) return null;
  // Options keep their order in the decision; the taken one is left out of otherOptions.
  const others = p.otherOptions.map((text, i) => ({ text, index: i < p.optionIndex ? i : i + 1 }));
  return h(doc, 'details', { class: 'dbf-noprint dbf-whatif', 'data-decision': p.decisionId },
    h(doc, 'summary', {}, 'Et si… ? Comparer avec une autre réponse'),
    h(doc, 'ul', {}, ...others.map((o) => h(doc, 'li', {},
      button(doc, `« ${o.text} »`, () => actions.compareOption!(p.historyIndex, o.index), { 'data-option': o.index, class: 'dbf-whatif-option' })))));
}

export function mountDebrief(container: HTMLElement, data: DebriefData, actions: DebriefActions): () => void {
  const doc = container.ownerDocument;
  const titleId = uid('dbf-title');
  const pathId = uid('dbf-path');
  const root = h(doc, 'article', { class: 'dbf', 'aria-labelledby': titleId, 'data-ending': data.ending.id, 'data-severity': data.ending.severity });

  // Header: what happened, how serious, in which role.
  const badge = h(doc, 'span', { class: 'dbf-severity', style: `background:${SEVERITY_COLORS[data.ending.severity]}` }, data.ending.severityLabel);
  root.append(
    h(doc, 'header', { class: 'dbf-header' },
      h(doc, 'p', { class: 'dbf-kicker' }, `${UI.debriefHeading} — ${data.scenarioTitle}`),
      h(doc, 'h1', { id: titleId, tabindex: -1 }, data.ending.title),
      h(doc, 'p', { class: 'dbf-meta' }, h(doc, 'span', {}, UI.severity), badge),
      h(doc, 'p', { class: 'dbf-meta' }, UI.role + data.roleLabel),
    ),
  );

  if (data.debrief.length) {
    root.append(section(doc, UI.debriefText, 'dbf-text', ...data.debrief.map((p) => h(doc, 'p', {}, p))));
  }

  // Axes: a gauge per axis and the choices that moved it.
  const axes = h(doc, 'ul', { class: 'dbf-axes' });
  for (const a of data.axes) {
    const pct = ((a.total - AXIS_MIN) / (AXIS_MAX - AXIS_MIN)) * 100;
    const moves = a.moves.length
      ? h(doc, 'ul', { class: 'dbf-moves' }, ...a.moves.map((m) => h(doc, 'li', {},
        h(doc, 'span', { class: `dbf-delta ${m.delta > 0 ? 'up' : 'down'}` }, signed(m.delta)), ' ', `« ${m.optionText} »`)))
      : h(doc, 'p', { class: 'dbf-muted' }, UI.axisNoMove);
    axes.append(h(doc, 'li', { class: 'dbf-axis', 'data-axis': a.axis },
      h(doc, 'div', { class: 'dbf-axis-head' }, h(doc, 'strong', {}, a.label), h(doc, 'span', {}, UI.axisTotal + signed(a.total))),
      h(doc, 'div', {
        class: 'dbf-gauge', role: 'meter', 'aria-valuemin': AXIS_MIN, 'aria-valuemax': AXIS_MAX, 'aria-valuenow': a.total, 'aria-label': a.label,
      }, h(doc, 'span', { class: `dbf-gauge-fill ${a.total < 0 ? 'neg' : 'pos'}`, style: a.total < 0 ? `left:${pct}%;width:${50 - pct}%` : `left:50%;width:${pct - 50}%` })),
      moves));
  }
  root.append(section(doc, UI.axesHeading, 'dbf-axes-section', axes));

  // Ledger, one block per authority of the role.
  const ledger = h(doc, 'ul', { class: 'dbf-ledger' });
  for (const line of data.ledger) {
    const scale = h(doc, 'ol', { class: 'dbf-scale', 'aria-label': UI.ledgerScale + line.name });
    for (const step of line.scale) {
      const isLevel = line.level !== null && step === line.level.trim().toLowerCase();
      scale.append(h(doc, 'li', { class: isLevel ? 'on' : null, 'aria-current': isLevel ? 'true' : null }, step));
    }
    ledger.append(h(doc, 'li', { class: `dbf-ledger-line ${line.level ? 'hit' : 'clear'}`, 'data-authority': line.authority },
      h(doc, 'h3', {}, line.name),
      ...line.notes.map((n) => h(doc, 'p', { class: 'dbf-muted' }, n)),
      h(doc, 'p', { class: 'dbf-level' }, line.levelText ? UI.ledgerLevel + line.levelText : UI.ledgerNothing),
      scale,
      ...line.penalties.map((p) => h(doc, 'p', { class: 'dbf-penalty' }, `${UI.ledgerPenalty}${p.penalty} (${p.label})`))));
  }
  root.append(section(doc, UI.ledgerHeading, 'dbf-ledger-section', h(doc, 'p', { class: 'dbf-muted' }, UI.ledgerIntro), ledger));

  // Legal references as cards.
  if (data.references.length) {
    const cards = h(doc, 'ul', { class: 'dbf-refs' });
    for (const r of data.references) {
      cards.append(h(doc, 'li', { class: 'dbf-ref', 'data-ref': r.id },
        h(doc, 'h3', {}, r.label),
        r.article !== r.label ? h(doc, 'p', { class: 'dbf-article' }, r.article) : null,
        h(doc, 'p', {}, r.summary),
        r.penalty ? h(doc, 'p', { class: 'dbf-penalty' }, UI.refPenalty + r.penalty) : null,
        r.careful ? h(doc, 'p', { class: 'dbf-muted' }, UI.refCareful) : null));
    }
    root.append(section(doc, UI.refsHeading, 'dbf-refs-section', cards));
  }

  // Where the course students hold says otherwise, a way to the correction.
  if (data.errata?.length && actions.errata) {
    const ids = data.errata.map((e) => e.id);
    root.append(section(doc, 'Votre cours dit autre chose', 'dbf-errata dbf-noprint',
      h(doc, 'p', { class: 'dbf-muted' }, 'Sur ces points, le cours que vous avez reçu se trompe ou a vieilli :'),
      h(doc, 'ul', { class: 'dbf-errata-list' }, ...data.errata.map((e) => h(doc, 'li', {}, button(doc, e.title, () => actions.errata!(ids), { class: 'dbf-errata-open', 'data-erratum': e.id }))))));
  }

  // The path, each step with a way back to it.
  const path = h(doc, 'ol', { class: 'dbf-path', id: pathId, tabindex: -1 });
  for (const p of data.path) {
    path.append(h(doc, 'li', { class: 'dbf-step', 'data-decision': p.decisionId },
      p.prompt ? h(doc, 'p', { class: 'dbf-prompt' }, p.prompt) : null,
      h(doc, 'p', {}, h(doc, 'strong', {}, UI.pathOption), `« ${p.optionText} »`),
      p.feedback ? h(doc, 'p', {}, h(doc, 'strong', {}, UI.pathFeedback), p.feedback) : null,
      button(doc, UI.pathReplay, () => actions.replayFrom(p.historyIndex), {
        class: 'dbf-noprint dbf-replay', 'data-history-index': p.historyIndex,
        // Every step has the same visible label: the accessible name says which decision.
        'aria-label': `${UI.pathReplay}\u00A0: ${p.prompt || p.decisionId}`,
      }),
      whatIf(doc, p, actions)));
  }
  root.append(section(doc, UI.pathHeading, 'dbf-path-section', data.path.length ? path : h(doc, 'p', {}, UI.noChoice)));

  if (data.questions.length) {
    root.append(section(doc, UI.questionsHeading, 'dbf-questions', h(doc, 'ul', {}, ...data.questions.map((q) => h(doc, 'li', {}, q)))));
  }

  const nav = h(doc, 'nav', { class: 'dbf-actions dbf-noprint', 'aria-label': UI.actionsHeading },
    button(doc, UI.replayFrom, () => {
      // The steps above carry one replay button each: bring the player there.
      const first = path.querySelector<HTMLButtonElement>('button');
      if (first) {
        path.scrollIntoView({ block: 'start' });
        first.focus();
      }
    }, { 'data-action': 'replay', disabled: data.path.length === 0 }),
    button(doc, UI.changeRole, () => actions.changeRole(), { 'data-action': 'role' }),
    button(doc, UI.openMap, () => actions.openMap(), { 'data-action': 'map' }),
    actions.compare ? button(doc, UI.compare, () => actions.compare!(), { 'data-action': 'compare' }) : null,
    button(doc, UI.print, () => printDebrief(doc.defaultView ?? window), { 'data-action': 'print' }),
    button(doc, UI.exportJson, () => downloadDebriefJson(data, doc), { 'data-action': 'json' }),
    button(doc, UI.menu, () => actions.menu(), { 'data-action': 'menu' }),
  );
  root.append(nav);

  container.append(root);
  doc.documentElement.classList.add(PRINT_CLASS);
  root.querySelector<HTMLElement>('h1')?.focus();
  return () => {
    root.remove();
    if (!doc.querySelector('.dbf')) doc.documentElement.classList.remove(PRINT_CLASS);
  };
}

function section(doc: Document, title: string, cls: string, ...children: (Node | null)[]): HTMLElement {
  const id = uid('dbf-h');
  return h(doc, 'section', { class: `dbf-section ${cls}`, 'aria-labelledby': id }, h(doc, 'h2', { id }, title), ...children);
}
