// The debrief screen as a self-contained DOM component. The play screen mounts it over (or in
// place of) the phone at an ending and gets a disposer back.
import { AXIS_MAX, AXIS_MIN } from '../narrative/scoring';
import { gaugeFill } from '../ui/gauge';
import { quoted, SEVERITY_COLORS, UI } from './labels';
import { signed } from '../ui/labels/numbers';
import { button, h, uniqueId as uid } from '../ui/dom';
import { downloadDebriefJson, PRINT_CLASS, printDebrief } from './export';
import type { DebriefData } from './model';
import { severityNote } from './explain';
import '../styles/tokens.css';
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
    h(doc, 'summary', { class: 'btn quiet', 'aria-label': `${UI.whatIfShort} ${UI.whatIfIntro.replace(/\s*:\s*$/, '')}` }, UI.whatIfShort),
    h(doc, 'p', { class: 'dbf-muted' }, UI.whatIfIntro),
    h(doc, 'ul', {}, ...others.map((o) => h(doc, 'li', {},
      button(doc, quoted(o.text), () => actions.compareOption!(p.historyIndex, o.index), { 'data-option': o.index, class: 'btn quiet dbf-whatif-option' })))));
}

/** The four axes as compact figures: what the path adds up to, read at a glance. */
function totals(doc: Document, data: DebriefData): HTMLElement {
  return h(doc, 'ul', { class: 'dbf-totals', 'aria-label': UI.axesCaption }, ...data.axes.map((a) => {
    const fill = gaugeFill(a.total);
    return h(doc, 'li', { class: 'dbf-axis', 'data-axis': a.axis },
      h(doc, 'span', { class: 'dbf-axis-label' }, a.label),
      h(doc, 'strong', { class: `dbf-axis-total ${a.total < 0 ? 'neg' : a.total > 0 ? 'pos' : ''}` }, signed(a.total)),
      h(doc, 'span', {
        class: 'dbf-gauge', role: 'meter', 'aria-valuemin': AXIS_MIN, 'aria-valuemax': AXIS_MAX, 'aria-valuenow': a.total, 'aria-label': a.label,
      }, h(doc, 'span', { class: `dbf-gauge-fill ${fill.side}`, style: { left: `${fill.left}%`, width: `${fill.width}%` } })));
  }));
}

/** « Qui décide quoi »: one row per authority of the role — who, the level on this path, on which text. */
function whoDecides(doc: Document, data: DebriefData): HTMLElement {
  const careful = new Set(data.references.filter((r) => r.careful).map((r) => r.id));
  // Penalties also quoted in « Les textes cités, en entier » may be left to it where room is short.
  const cited = new Set(data.references.map((r) => r.id));
  const shown = new Set<string>();
  const rows = data.ledger.map((line) => {
    const scale = h(doc, 'ol', { class: 'dbf-scale', 'aria-label': UI.ledgerScale + line.name });
    let onScale = false;
    for (const step of line.scale) {
      const isLevel = line.level !== null && step === line.level.trim().toLowerCase();
      onScale ||= isLevel;
      scale.append(h(doc, 'li', { class: isLevel ? 'on' : null, 'aria-current': isLevel ? 'true' : null }, isLevel ? h(doc, 'span', { class: 'sr-only' }, UI.ledgerLevel) : null, step));
    }
    onScale &&= line.scale.length > 1;
    // A text already quoted in full on an earlier row is named again, not repeated.
    const basis = line.penalties.length
      ? h(doc, 'ul', { class: 'dbf-basis' }, ...line.penalties.map((p) => h(doc, 'li', { 'data-ref': p.refId },
        h(doc, 'strong', {}, p.label),
        shown.has(p.refId) ? null : h(doc, 'span', { class: cited.has(p.refId) ? 'dbf-penalty cited' : 'dbf-penalty' }, (careful.has(p.refId) ? UI.penaltyCareful : UI.penaltyMax) + p.penalty))))
      : h(doc, 'span', { class: 'dbf-muted' }, '—');
    for (const p of line.penalties) shown.add(p.refId);
    // The level is the highlighted step of the scale; said in words when it is not on it, or when
    // the words say more (who acts: « plainte que peut déposer … »).
    const words = line.levelText ?? line.level;
    const sayLevel = !onScale || !!line.by;
    return h(doc, 'tr', { class: `dbf-ledger-line ${line.level ? 'hit' : 'clear'}`, 'data-authority': line.authority },
      h(doc, 'th', { scope: 'row', 'data-label': UI.whoAuthority }, line.name,
        ...line.notes.map((n) => h(doc, 'span', { class: 'dbf-note' }, n))),
      h(doc, 'td', { 'data-label': UI.whoLevel, class: sayLevel ? 'dbf-who-level said' : 'dbf-who-level' },
        sayLevel ? h(doc, 'p', { class: 'dbf-level' }, words ?? UI.ledgerNothing) : null,
        line.scale.length > 1 ? scale : null),
      h(doc, 'td', { 'data-label': UI.whoBasis, class: line.penalties.length ? 'dbf-who-basis' : 'dbf-who-basis none' }, basis));
  });
  return h(doc, 'table', { class: 'dbf-who' },
    h(doc, 'thead', {}, h(doc, 'tr', {},
      h(doc, 'th', { scope: 'col' }, UI.whoAuthority), h(doc, 'th', { scope: 'col' }, UI.whoLevel), h(doc, 'th', { scope: 'col' }, UI.whoBasis))),
    h(doc, 'tbody', {}, ...rows));
}

type Doc = Document;

/** 1. The ending: what happened, how serious, in which role, and the four totals beside it. */
function endingHeader(doc: Doc, data: DebriefData, titleId: string, roomy: boolean): HTMLElement {
  const badge = h(doc, 'span', { class: 'dbf-severity', style: { background: SEVERITY_COLORS[data.ending.severity] } }, data.ending.severityLabel);
  const note = severityNote({
    severity: data.ending.severity, severityLabel: data.ending.severityLabel,
    totals: Object.fromEntries(data.axes.map((a) => [a.axis, a.total])) as DebriefData['path'][number]['deltas'], path: data.path,
  });
  return h(doc, 'header', { class: 'dbf-header' },
    h(doc, 'p', { class: 'dbf-kicker' }, `${UI.debriefHeading} — ${data.scenarioTitle} · ${data.roleLabel}`),
    h(doc, 'div', { class: 'dbf-title-row' },
      h(doc, 'h1', { id: titleId, tabindex: -1 }, data.ending.title),
      h(doc, 'p', { class: 'dbf-meta' }, h(doc, 'span', {}, UI.severity), badge)),
    totals(doc, data),
    note ? severityFold(doc, note, roomy) : null,
  );
}

/** The note on severity and totals: in full where there is room; on a phone its question opens it. */
function severityFold(doc: Doc, note: string, roomy: boolean): HTMLElement {
  const m = /^(Pourquoi[^?]*\?)\s*([\s\S]+)$/.exec(note);
  if (roomy || !m) return h(doc, 'p', { class: 'dbf-severity-note' }, note);
  return h(doc, 'details', { class: 'dbf-severity-note dbf-severity-fold' }, h(doc, 'summary', {}, m[1]!), h(doc, 'p', {}, m[2]!));
}

/** A fold with a heading for its summary: `open` where there is room for it, closed on a phone. */
function fold(doc: Doc, cls: string, title: string, open: boolean, ...children: (Node | null)[]): HTMLDetailsElement {
  return h(doc, 'details', { class: `dbf-fold ${cls}`, open }, h(doc, 'summary', {}, h(doc, 'h3', {}, title)), ...children);
}

/**
 * 3. What to remember; beside it, the questions to talk about and where the course students hold
 * says otherwise (both folded on a narrow screen). Null when the ending has none of them.
 */
function debriefText(doc: Doc, data: DebriefData, actions: DebriefActions, roomy: boolean): HTMLElement | null {
  const errata = data.errata?.length && actions.errata
    ? fold(doc, 'dbf-errata dbf-noprint', `Votre cours dit autre chose (${data.errata.length})`, roomy,
      h(doc, 'p', { class: 'dbf-muted' }, 'Sur ces points, le cours que vous avez reçu se trompe ou a vieilli :'),
      h(doc, 'ul', { class: 'dbf-errata-list' }, ...data.errata.map((e) => h(doc, 'li', {}, button(doc, e.title, () => actions.errata!(data.errata!.map((x) => x.id)), { class: 'dbf-errata-open', 'data-erratum': e.id })))))
    : null;
  if (!data.debrief.length && !data.questions.length && !errata) return null;
  return section(doc, UI.debriefText, 'dbf-text',
    h(doc, 'div', { class: 'dbf-text-body' }, ...data.debrief.map((p) => h(doc, 'p', {}, p))),
    data.questions.length ? fold(doc, 'dbf-questions', `${UI.talkHeading} (${data.questions.length})`, roomy, h(doc, 'ul', {}, ...data.questions.map((q) => h(doc, 'li', {}, q)))) : null,
    errata);
}

/**
 * One choice of the path, folded: the summary line is the choice and its four score changes (what
 * the issue asks to see of each choice); the prompt, why, the texts and the ways back open under it.
 */
function pathStep(doc: Doc, data: DebriefData, actions: DebriefActions, p: DebriefData['path'][number], n: number, refLabel: ReadonlyMap<string, string>): HTMLElement {
  const refs = p.refs.map((id) => refLabel.get(id)).filter((x): x is string => !!x);
  // Short axis names on screen (the totals above give the full ones); a screen reader hears the full name.
  const deltas = h(doc, 'span', { class: 'dbf-deltas' }, ...data.axes.map((a) => {
    const d = p.deltas[a.axis];
    return h(doc, 'span', { class: `dbf-delta ${d > 0 ? 'up' : d < 0 ? 'down' : 'zero'}`, 'data-axis': a.axis },
      h(doc, 'span', { class: 'sr-only' }, `${a.label} `), h(doc, 'span', { 'aria-hidden': 'true' }, `${shortAxis(a.label)} `), h(doc, 'strong', {}, signed(d)),
      h(doc, 'span', { class: 'sr-only' }, ' ; '));
  }));
  return h(doc, 'li', { class: 'dbf-step-item' }, h(doc, 'details', { class: 'dbf-step', 'data-decision': p.decisionId },
    h(doc, 'summary', { class: 'dbf-step-summary' },
      h(doc, 'span', { class: 'dbf-step-no' }, h(doc, 'span', { class: 'sr-only' }, UI.stepLabel), `${n + 1}`),
      h(doc, 'span', { class: 'dbf-option' }, h(doc, 'span', { class: 'sr-only' }, UI.pathOption), quoted(p.optionText), h(doc, 'span', { class: 'sr-only' }, ' ; ')),
      deltas),
    h(doc, 'div', { class: 'dbf-step-body' },
      p.prompt ? h(doc, 'p', { class: 'dbf-prompt' }, p.prompt) : null,
      p.feedback ? h(doc, 'p', { class: 'dbf-why' }, h(doc, 'strong', {}, UI.pathFeedback), p.feedback) : null,
      refs.length ? h(doc, 'p', { class: 'dbf-step-refs' }, UI.stepRefs + refs.join(' ; ')) : null,
      h(doc, 'div', { class: 'dbf-step-actions dbf-noprint' },
        button(doc, UI.pathReplay, () => actions.replayFrom(p.historyIndex), {
          class: 'btn quiet dbf-replay', 'data-history-index': p.historyIndex,
          // Every step has the same visible label: the accessible name says which decision.
          'aria-label': `${UI.pathReplay}\u00A0: ${p.prompt || p.decisionId}`,
        }),
        whatIf(doc, p, actions)))));
}

/** 5. The texts cited, folded: each choice names them already; the full wording is one click away. */
function referencesFold(doc: Doc, data: DebriefData): HTMLDetailsElement | null {
  if (!data.references.length) return null;
  const cards = h(doc, 'ul', { class: 'dbf-refs' });
  for (const r of data.references) {
    cards.append(h(doc, 'li', { class: 'dbf-ref', 'data-ref': r.id },
      h(doc, 'h3', {}, r.label),
      h(doc, 'p', {}, r.summary),
      r.penalty ? h(doc, 'p', { class: 'dbf-penalty' }, (r.careful ? UI.penaltyCareful : UI.penaltyMax) + r.penalty) : null));
  }
  return h(doc, 'details', { class: 'dbf-section dbf-refs-section' }, h(doc, 'summary', {}, h(doc, 'h2', {}, `${UI.refsFold} (${data.references.length})`)), cards);
}

/** The debrief's actions: replay (to the steps' buttons), role, map, compare, print, export, menu. */
function actionsNav(doc: Doc, data: DebriefData, actions: DebriefActions, path: HTMLElement): HTMLElement {
  return h(doc, 'nav', { class: 'dbf-actions dbf-noprint', 'aria-label': UI.actionsHeading },
    button(doc, UI.replayFrom, () => {
      // The steps above carry one replay button each, folded: open the first and bring the player there.
      const step = path.querySelector<HTMLDetailsElement>('details.dbf-step');
      if (step) {
        step.open = true;
        const fold = step.closest<HTMLDetailsElement>('details.dbf-path-fold');
        if (fold) fold.open = true;
        path.scrollIntoView({ block: 'start' });
        step.querySelector<HTMLButtonElement>('.dbf-replay')?.focus();
      }
    }, { 'data-action': 'replay', class: 'btn', disabled: data.path.length === 0 }),
    button(doc, UI.changeRole, () => actions.changeRole(), { 'data-action': 'role', class: 'btn' }),
    button(doc, UI.openMap, () => actions.openMap(), { 'data-action': 'map', class: 'btn' }),
    actions.compare ? button(doc, UI.compare, () => actions.compare!(), { 'data-action': 'compare', class: 'btn' }) : null,
    button(doc, UI.print, () => printDebrief(doc.defaultView ?? window), { 'data-action': 'print', class: 'btn' }),
    button(doc, UI.exportJson, () => downloadDebriefJson(data, doc), { 'data-action': 'json', class: 'btn' }),
    button(doc, UI.menu, () => actions.menu(), { 'data-action': 'menu', class: 'btn' }),
  );
}

/** Room for the side-by-side layout (the container query of debrief.css, in rem): folds open there. */
function widthInRem(container: HTMLElement): number {
  const rem = parseFloat(getComputedStyle(container.ownerDocument.documentElement).fontSize) || 16;
  return container.clientWidth / rem;
}

/**
 * On paper every fold is open (each choice's why and texts, the texts in full, the questions);
 * after printing, the screen gets back the folds as the reader left them.
 */
function printOpen(root: HTMLElement): { before(): void; after(): void } {
  let closed: HTMLDetailsElement[] = [];
  return {
    before: () => {
      closed = [...root.querySelectorAll<HTMLDetailsElement>('details:not([open]):not(.dbf-whatif)')];
      for (const d of closed) d.open = true;
    },
    after: () => {
      for (const d of closed) d.open = false;
      closed = [];
    },
  };
}

export function mountDebrief(container: HTMLElement, data: DebriefData, actions: DebriefActions): () => void {
  const doc = container.ownerDocument;
  const titleId = uid('dbf-title');
  const pathId = uid('dbf-path');
  const rem = widthInRem(container);
  const roomy = rem >= 60;
  // A phone at 200 % text (about 12 rem across): each choice takes a screen, so the list is a fold too.
  const cramped = rem < 20;
  const root = h(doc, 'article', { class: 'dbf', 'aria-labelledby': titleId, 'data-ending': data.ending.id, 'data-severity': data.ending.severity });
  root.append(endingHeader(doc, data, titleId, roomy));

  // 2. Who decides what.
  root.append(section(doc, UI.whoHeading, 'dbf-ledger-section', h(doc, 'p', { class: 'dbf-muted dbf-intro' }, UI.ledgerIntro), whoDecides(doc, data)));
  const text = debriefText(doc, data, actions, roomy);
  if (text) root.append(text);

  // 4. Each choice once, with its four score changes, folded; why and a way back open under it.
  const refLabel = new Map(data.references.map((r) => [r.id, r.label]));
  const path = h(doc, 'ol', { class: 'dbf-path', id: pathId, tabindex: -1 });
  data.path.forEach((p, n) => path.append(pathStep(doc, data, actions, p, n, refLabel)));
  const list = cramped && data.path.length
    ? h(doc, 'details', { class: 'dbf-fold dbf-path-fold' }, h(doc, 'summary', {}, h(doc, 'h3', {}, `${UI.stepsFold} (${data.path.length})`)), path)
    : path;
  root.append(section(doc, UI.stepsHeading, 'dbf-path-section',
    data.path.length ? h(doc, 'p', { class: 'dbf-muted dbf-intro' }, UI.stepsIntro) : null,
    data.path.length ? list : h(doc, 'p', {}, UI.noChoice)));

  const refsFold = referencesFold(doc, data);
  if (refsFold) root.append(refsFold);
  root.append(actionsNav(doc, data, actions, path));

  // A printed debrief has every fold open, whether or not the reader opened it.
  const win = doc.defaultView;
  const print = printOpen(root);
  win?.addEventListener('beforeprint', print.before);
  win?.addEventListener('afterprint', print.after);

  container.append(root);
  doc.documentElement.classList.add(PRINT_CLASS);
  root.querySelector<HTMLElement>('h1')?.focus();
  return () => {
    win?.removeEventListener('beforeprint', print.before);
    win?.removeEventListener('afterprint', print.after);
    root.remove();
    if (!doc.querySelector('.dbf')) doc.documentElement.classList.remove(PRINT_CLASS);
  };
}

/** « Secret professionnel » → « Secret »: the first word names each axis unambiguously. */
function shortAxis(label: string): string {
  return label.split(/\s/)[0]!;
}

function section(doc: Document, title: string, cls: string, ...children: (Node | null)[]): HTMLElement {
  const id = uid('dbf-h');
  return h(doc, 'section', { class: `dbf-section ${cls}`, 'aria-labelledby': id }, h(doc, 'h2', { id }, title), ...children);
}
