// « Et si… ? » as a self-contained DOM component: two columns (left and right path) compared
// row by row in tables, so a screen reader reads « axe, gauche, droite » in order.
import { quoted, SEVERITY_COLORS, SEVERITY_LABELS, UI } from '../debrief/labels';
import { signed } from '../ui/labels/numbers';
import { button, h, uniqueId as uid } from '../ui/dom';
import type { BranchSummary, Comparison } from './model';
import '../debrief/debrief.css';
import './compare.css';

export interface CompareActions {
  close?(): void;
  /**
   * Column names when the two sides are two answers to one decision (« Votre choix » / « Autre
   * réponse »): their endings may have the same title, so the title cannot name the column.
   */
  labels?: { left: string; right: string };
}

export function mountCompare(container: HTMLElement, cmp: Comparison, actions: CompareActions = {}): () => void {
  const doc = container.ownerDocument;
  const titleId = uid('cmp-title');
  const root = h(doc, 'section', { class: 'dbf cmp', 'aria-labelledby': titleId });
  const head = (s: BranchSummary, side: 'left' | 'right') => h(doc, 'div', { class: `cmp-head cmp-${side}`, 'data-ending': s.branch.ending.id },
    actions.labels ? h(doc, 'p', { class: 'cmp-label' }, actions.labels[side]) : null,
    h(doc, 'h2', {}, s.branch.ending.title),
    h(doc, 'span', { class: 'dbf-severity', style: { background: SEVERITY_COLORS[s.branch.ending.severity] } }, SEVERITY_LABELS[s.branch.ending.severity]),
    s.branch.note ? h(doc, 'p', { class: 'dbf-muted' }, s.branch.note) : null);
  const leftTitle = actions.labels?.left ?? cmp.left.branch.ending.title;
  const rightTitle = actions.labels?.right ?? cmp.right.branch.ending.title;

  root.append(h(doc, 'header', { class: 'cmp-header' },
    // The screen's one h1, focused when the comparison opens (focus fell to <body> before).
    h(doc, 'h1', { id: titleId, tabindex: -1 }, UI.compareHeading),
    actions.close ? button(doc, UI.compareClose, () => actions.close!(), { 'data-action': 'close' }) : null));
  root.append(h(doc, 'div', { class: 'cmp-heads' }, head(cmp.left, 'left'), head(cmp.right, 'right')));

  const d = cmp.divergence;
  const div = h(doc, 'div', { class: 'dbf-section cmp-divergence', 'data-divergence': d?.decisionId ?? '' });
  if (!d) div.append(h(doc, 'p', {}, UI.compareSame));
  else if (d.decisionId === null) div.append(h(doc, 'p', {}, UI.compareNoDecision));
  else {
    div.append(h(doc, 'p', {}, h(doc, 'strong', {}, UI.compareDivergence), d.prompt || d.decisionId));
    div.append(h(doc, 'ul', { class: 'cmp-split' },
      h(doc, 'li', {}, h(doc, 'strong', {}, `${leftTitle}\u00A0: `), d.left ? quoted(d.left) : '—'),
      h(doc, 'li', {}, h(doc, 'strong', {}, `${rightTitle}\u00A0: `), d.right ? quoted(d.right) : '—')));
  }
  root.append(div);

  // The first column's header names what its rows are (read by screen readers; an empty <th> was an error).
  const table = (caption: string, rows: [string, string, string][], firstColumn: string) => h(doc, 'table', { class: 'cmp-table' },
    h(doc, 'caption', {}, caption),
    h(doc, 'thead', {}, h(doc, 'tr', {}, h(doc, 'th', { scope: 'col' }, h(doc, 'span', { class: 'sr-only' }, firstColumn)), h(doc, 'th', { scope: 'col' }, leftTitle), h(doc, 'th', { scope: 'col' }, rightTitle))),
    h(doc, 'tbody', {}, ...rows.map(([k, a, b]) => h(doc, 'tr', { class: a === b ? 'same' : 'differs' }, h(doc, 'th', { scope: 'row' }, k), h(doc, 'td', {}, a), h(doc, 'td', {}, b)))));

  root.append(h(doc, 'div', { class: 'dbf-section' }, table(UI.compareAxes, cmp.axes.map((a) => [a.label, signed(a.left), signed(a.right)]), 'Axe')));
  const level = (l: Comparison['authorities'][number]['left']) => (l ? l.levelText ?? l.level ?? UI.ledgerNothing : '—');
  root.append(h(doc, 'div', { class: 'dbf-section cmp-ledger' }, table(UI.compareLedger, cmp.authorities.map((a) => [a.name, level(a.left), level(a.right)]), 'Autorité')));

  const refList = (label: string, cards: Comparison['refs']['both'], cls: string) => h(doc, 'div', { class: `cmp-refs ${cls}` },
    h(doc, 'h3', {}, label.trim()),
    cards.length ? h(doc, 'ul', {}, ...cards.map((c) => h(doc, 'li', { 'data-ref': c.id }, h(doc, 'strong', {}, c.label), ` — ${c.summary}`, c.penalty ? ` ${UI.refPenalty}${c.penalty}` : ''))) : h(doc, 'p', { class: 'dbf-muted' }, UI.compareNone));
  root.append(h(doc, 'section', { class: 'dbf-section', 'aria-label': UI.compareRefs },
    h(doc, 'h2', {}, UI.compareRefs),
    refList(UI.compareOnlyLeft.replace(/\s*:\s*$/, '') + ` (${leftTitle})`, cmp.refs.onlyLeft, 'only-left'),
    refList(UI.compareOnlyRight.replace(/\s*:\s*$/, '') + ` (${rightTitle})`, cmp.refs.onlyRight, 'only-right'),
    refList(UI.compareBoth.replace(/\s*:\s*$/, ''), cmp.refs.both, 'both')));

  container.append(root);
  root.querySelector<HTMLElement>('h1')?.focus();
  return () => root.remove();
}
