// Cards both windows draw: gauges, decision options, consequence, ending, summary.
import { referenceLabel } from '../../narrative/legal/references';
import { type LedgerLine } from '../../narrative/scoring';
import { AXIS_LABELS } from '../../ui/labels/story';
import { AXES, type AxisValues, type EndingStep, type Sanction } from '../../narrative/types';
import { FOLLOWED_BY_LABELS, ROLE_LABELS, SEVERITY_LABELS, sanctionLabel } from '../model/labels';
import { signed } from '../../ui/labels/numbers';
import type { ConsequenceView, DecisionView, Summary, SummaryRun } from '../model/types';
import { button, h } from './dom';
import { gaugeFill } from '../../ui/gauge';

export function gauges(score: AxisValues, before?: AxisValues): HTMLElement {
  return h('div', { class: 'tp-gauges', role: 'list', 'aria-label': 'Jauges' },
    ...AXES.map((axis) => {
      const v = score[axis];
      const delta = before ? v - before[axis] : 0;
      const fill = gaugeFill(v);
      const bar = h('div', { class: 'tp-gauge-track', 'aria-hidden': 'true' },
        h('div', { class: `tp-gauge-fill ${fill.side}`, style: `left:${fill.left}%;width:${fill.width}%` }),
        h('div', { class: 'tp-gauge-zero' }));
      return h('div', { class: 'tp-gauge', role: 'listitem', 'data-axis': axis },
        h('span', { class: 'tp-gauge-label' }, AXIS_LABELS[axis]),
        bar,
        h('span', { class: 'tp-gauge-value' }, signed(v)),
        before ? h('span', { class: `tp-gauge-delta ${delta < 0 ? 'neg' : delta > 0 ? 'pos' : ''}` }, delta === 0 ? '=' : signed(delta)) : null);
    }));
}

export function sanctionList(items: readonly (Sanction | LedgerLine)[], empty: string): HTMLElement {
  if (!items.length) return h('p', { class: 'tp-none' }, empty);
  return h('ul', { class: 'tp-sanctions' }, ...items.map((s) => h('li', {}, sanctionLabel(s), h('span', { class: 'tp-refs' }, ` — ${s.refs.map(referenceLabel).join(' ; ')}`))));
}

export function refList(ids: readonly string[]): HTMLElement {
  return h('ul', { class: 'tp-reflist' }, ...ids.map((id) => h('li', {}, referenceLabel(id))));
}

/** The options as the room sees them: numbered, counts shown once entered, no consequence. */
export function optionsCard(d: DecisionView, opts: { showCounts: boolean }): HTMLElement {
  return h('section', { class: 'tp-card tp-options', 'aria-label': `Décision ${d.number}` },
    h('h2', {}, `Décision ${d.number}\u00A0: que faites-vous\u202F?`),
    h('ol', {},
      ...d.options.map((o) => h('li', { class: 'tp-option', 'data-option': o.number },
        h('span', { class: 'tp-num' }, String(o.number)),
        h('span', { class: 'tp-option-text' }, o.text),
        opts.showCounts && d.totalVotes > 0 ? h('span', { class: 'tp-count', 'data-votes': o.votes }, `${o.votes} vote${o.votes > 1 ? 's' : ''}`) : null,
        // The show of hands as bars the back of the room reads at a glance (the count beside it says
        // the same in figures); an empty track before the first vote shows where they will appear.
        opts.showCounts ? voteBar(o.percent, o.followed && d.totalVotes > 0) : null))));
}

function voteBar(percent: number, leading: boolean): HTMLElement {
  return h('span', { class: `tp-bar${leading ? ' tp-bar-lead' : ''}`, 'aria-hidden': 'true' },
    h('span', { class: 'tp-bar-fill', style: `width:${Math.max(0, Math.min(100, percent))}%` }));
}

export function consequenceCard(c: ConsequenceView): HTMLElement {
  const r = c.round;
  const total = r.votes.reduce((a, b) => a + b, 0);
  return h('section', { class: 'tp-card tp-consequence', 'aria-live': 'polite' },
    h('h2', {}, `Décision ${c.number}\u00A0: option ${r.followed + 1} suivie`),
    h('p', { class: 'tp-followed' }, `« ${r.options[r.followed] ?? ''} »`),
    h('p', { class: 'tp-votes-line' }, total
      ? `Votes\u00A0: ${r.votes.map((v, i) => `option ${i + 1} → ${v}`).join(' · ')} (${FOLLOWED_BY_LABELS[r.by]})`
      : `Sans vote (${FOLLOWED_BY_LABELS[r.by]})`),
    h('p', { class: 'tp-feedback' }, r.consequence.feedback),
    c.risks.length ? h('h3', {}, 'Risques ouverts par ce choix') : null,
    c.risks.length ? sanctionList(c.risks, '') : null,
    gauges(c.score, c.scoreBefore));
}

export function endingCard(e: EndingStep, ledger: readonly LedgerLine[], score: AxisValues): HTMLElement {
  return h('section', { class: `tp-card tp-ending sev-${e.severity}` },
    h('h2', {}, `Fin\u00A0: ${e.title}`),
    h('p', { class: 'tp-severity' }, `Gravité\u00A0: ${SEVERITY_LABELS[e.severity]}`),
    ...e.debrief.map((p) => h('p', {}, p)),
    h('h3', {}, 'Sanctions encourues'),
    sanctionList(ledger, 'Aucune sanction encourue.'),
    e.questions.length ? h('h3', {}, 'Pour en discuter') : null,
    e.questions.length ? h('ul', { class: 'tp-questions' }, ...e.questions.map((q) => h('li', {}, q))) : null,
    gauges(score));
}

export interface SummaryActions {
  onReplay?: (round: number, option: number) => void;
  onJson: () => void;
  onCsv: () => void;
}

function runSection(run: SummaryRun, actions: SummaryActions): HTMLElement {
  const table = h('table', { class: 'ts-table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Décision'), h('th', { scope: 'col' }, 'Option'), h('th', { scope: 'col' }, 'Votes'),
      h('th', { scope: 'col' }, 'Suivie'), h('th', { scope: 'col' }, 'Conséquence'))),
    h('tbody', {}, ...run.decisions.flatMap((d) => d.options.map((o, i) => h('tr', { class: o.followed ? 'ts-followed' : '', 'data-decision': d.number, 'data-option': o.number },
      i === 0 ? h('th', { scope: 'rowgroup', rowspan: d.options.length }, `${d.number}. ${d.prompt || d.decisionId}`) : null,
      h('td', {}, `${o.number}. ${o.text}`),
      h('td', { class: 'ts-votes' }, `${o.votes} (${o.percent}\u00A0%)`),
      h('td', {}, o.followed ? `Oui — ${FOLLOWED_BY_LABELS[d.by]}` : ''),
      h('td', {},
        o.followed ? h('p', {}, d.feedback) : null,
        o.followed && d.risks.length ? h('p', { class: 'ts-risks' }, `Risques\u00A0: ${d.risks.map(sanctionLabel).join(' ; ')}`) : null,
        !o.followed && run.current && actions.onReplay
          ? button('Rejouer cette option', () => actions.onReplay!(d.number - 1, o.number - 1), { class: 'ts-replay no-print', 'data-replay': `${d.number}-${o.number}` })
          : null))))));
  return h('section', { class: 'ts-run', 'data-run': run.number },
    h('h3', {}, `Parcours ${run.number}${run.current ? '' : ' (avant de rejouer une autre branche)'} — ${run.totalVotes} vote${run.totalVotes > 1 ? 's' : ''}`),
    table,
    h('p', { class: 'ts-ending' }, run.ending ? `Fin\u00A0: ${run.ending.title} (gravité\u00A0: ${SEVERITY_LABELS[run.ending.severity].toLowerCase()})` : 'Scénario non terminé'),
    h('h4', {}, 'Sanctions atteintes'),
    sanctionList(run.ledger, 'Aucune sanction encourue sur ce parcours.'),
    gauges(run.score));
}

export function summaryView(summary: Summary, actions: SummaryActions): HTMLElement {
  return h('section', { class: 'ts-summary', 'aria-label': 'Bilan de la séance' },
    h('h2', {}, `Bilan de la séance — ${summary.scenarioTitle}`),
    h('p', {}, `Rôle joué\u00A0: ${ROLE_LABELS[summary.role]} · séance du ${new Date(summary.startedAt).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' })}`),
    h('div', { class: 'ts-actions no-print' },
      button('Imprimer le bilan', () => window.print()),
      button('Exporter en JSON', actions.onJson),
      button('Exporter en CSV (tableur)', actions.onCsv)),
    ...summary.runs.map((r) => runSection(r, actions)));
}
