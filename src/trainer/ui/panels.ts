// Cards both windows draw: gauges, decision options, consequence, ending, summary.
import { referenceLabel } from '../../narrative/legal/references';
import { type LedgerLine } from '../../narrative/scoring';
import { AXIS_LABELS } from '../../ui/labels/story';
import { AXES, type AxisValues, type EndingStep, type Sanction } from '../../narrative/types';
import { FOLLOWED_BY_LABELS, ROLE_LABELS, SEVERITY_LABELS, sanctionLabel } from '../model/labels';
import { signed } from '../../ui/labels/numbers';
import type { ConsequenceView, DecisionView, Round, Summary, SummaryRun } from '../model/types';
import { percentages, shiftOf } from '../model/votes';
import { button, h } from './dom';
import { gaugeFill } from '../../ui/gauge';

export function gauges(score: AxisValues, before?: AxisValues): HTMLElement {
  return h('div', { class: 'tp-gauges', role: 'list', 'aria-label': 'Jauges' },
    ...AXES.map((axis) => {
      const v = score[axis];
      const delta = before ? v - before[axis] : 0;
      const fill = gaugeFill(v);
      const bar = h('div', { class: 'tp-gauge-track', 'aria-hidden': 'true' },
        h('div', { class: `tp-gauge-fill ${fill.side}`, style: { left: `${fill.left}%`, width: `${fill.width}%` } }),
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

/** « 1er vote » / « 2d vote » as the room reads it. */
const ROUND_NAMES = ['1er vote', '2d vote'] as const;

/** « +20 points », « −10 points », « = » (no change): the shift in words, not colour alone. */
export function shiftLabel(points: number): string {
  if (points === 0) return 'sans changement';
  return `${signed(points)}\u00A0point${Math.abs(points) > 1 ? 's' : ''}`;
}

/** One sentence per option: what a screen reader reads for the chart, and the transcript's line. */
export function votesSentence(round: Pick<Round, 'options' | 'votes' | 'firstVotes' | 'followed'>): string {
  const second = percentages(round.votes);
  if (!round.firstVotes) {
    return `Votes\u00A0: ${round.options.map((_, i) => `option ${i + 1}, ${second[i]}\u00A0% (${round.votes[i]})`).join(' ; ')}. Option ${round.followed + 1} suivie.`;
  }
  const first = percentages(round.firstVotes);
  const shift = shiftOf(round.firstVotes, round.votes);
  return `Deux votes\u00A0: ${round.options.map((_, i) => `option ${i + 1}, ${first[i]}\u00A0% puis ${second[i]}\u00A0% (${shiftLabel(shift[i]!)})`).join(' ; ')}. Option ${round.followed + 1} suivie.`;
}

/**
 * Both distributions side by side and the shift between them, or the one distribution of a single
 * round: thick bars with their figures in words, sized to be read from the back of a classroom.
 */
export function voteChart(round: Pick<Round, 'options' | 'votes' | 'firstVotes' | 'followed'>): HTMLElement {
  const rounds = round.firstVotes ? [round.firstVotes, round.votes] : [round.votes];
  const pcts = rounds.map((r) => percentages(r));
  const shift = round.firstVotes ? shiftOf(round.firstVotes, round.votes) : null;
  return h('div', { class: `tp-chart${shift ? ' two' : ''}`, 'data-chart': rounds.length },
    h('p', { class: 'tp-sr' }, votesSentence(round)),
    h('ol', { class: 'tp-chart-rows', 'aria-hidden': 'true' }, ...round.options.map((text, i) =>
      h('li', { class: `tp-chart-row${i === round.followed ? ' followed' : ''}`, 'data-option': i + 1 },
        h('p', { class: 'tp-chart-label' }, h('span', { class: 'tp-num' }, String(i + 1)), h('span', { class: 'tp-chart-text' }, text)),
        ...rounds.map((votes, k) => h('div', { class: `tp-cbar-line r${k + 1}`, 'data-round': k + 1 },
          rounds.length > 1 ? h('span', { class: 'tp-cbar-name' }, ROUND_NAMES[k]!) : null,
          h('span', { class: 'tp-cbar-track' }, h('span', { class: `tp-cbar r${k + 1}`, style: { width: `${pcts[k]![i]}%` } })),
          h('span', { class: 'tp-cbar-value', 'data-percent': pcts[k]![i] }, `${pcts[k]![i]}\u00A0%`))),
        shift ? h('p', { class: `tp-shift ${shift[i]! > 0 ? 'up' : shift[i]! < 0 ? 'down' : ''}`, 'data-shift': shift[i] }, shiftLabel(shift[i]!)) : null))));
}

/** « Discutez avec votre voisin·e », with the countdown when the trainer started one. */
export function discussCard(d: DecisionView, timer: HTMLElement | null): HTMLElement {
  return h('section', { class: 'tp-card tp-discuss', 'aria-label': `Décision ${d.number}\u00A0: discussion` },
    h('h2', { role: 'status' }, 'Discutez avec votre voisin·e'),
    h('p', {}, `Premier vote clos (${d.firstVotes?.reduce((a, b) => a + b, 0) ?? 0} mains)\u00A0: ses résultats restent cachés. Convainquez votre voisin·e, puis on revote.`),
    timer,
    h('ol', { class: 'tp-discuss-options' }, ...d.options.map((o) => h('li', { 'data-option': o.number }, h('span', { class: 'tp-num' }, String(o.number)), ' ', o.text))));
}

/** The options as the room sees them: numbered, counts shown once entered (unless hidden for two rounds), no consequence. */
export function optionsCard(d: DecisionView, opts: { showCounts: boolean }): HTMLElement {
  const title = d.by === 'parcours'
    ? `Décision ${d.number}\u00A0: ${d.voted ? 'déjà votée dans cette séance' : 'hors du parcours court'}`
    : d.stage === 'second' ? `Décision ${d.number}\u00A0: second vote` : `Décision ${d.number}\u00A0: que faites-vous\u202F?`;
  return h('section', { class: 'tp-card tp-options', 'aria-label': `Décision ${d.number}`, 'data-stage': d.stage },
    h('h2', {}, title),
    d.by === 'parcours' ? h('p', {}, `Pas de vote ici\u00A0: on suit la réponse qui mène aux décisions de la fiche (option ${d.followed! + 1}).`) : null,
    d.hidden && d.by !== 'parcours' ? h('p', { class: 'tp-hidden-note' }, d.stage === 'second' ? 'Votez à nouveau\u00A0: les deux votes seront montrés ensemble.' : 'Votez sans regarder vos voisin·es\u00A0: les résultats restent cachés.') : null,
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
    h('span', { class: 'tp-bar-fill', style: { width: `${Math.max(0, Math.min(100, percent))}%` } }));
}

/**
 * The reveal. With two rounds, both distributions and the shift come first (what the room waited
 * for); in the exam setting the consequence, risks and gauges wait for the ending.
 */
export function consequenceCard(c: ConsequenceView, opts: { exam: boolean }): HTMLElement {
  const r = c.round;
  const total = r.votes.reduce((a, b) => a + b, 0) + (r.firstVotes?.reduce((a, b) => a + b, 0) ?? 0);
  return h('section', { class: 'tp-card tp-consequence', 'data-exam': opts.exam ? 'oui' : 'non' },
    h('h2', {}, `Décision ${c.number}\u00A0: option ${r.followed + 1} suivie`),
    h('p', { class: 'tp-followed' }, `« ${r.options[r.followed] ?? ''} »`),
    total ? voteChart(r) : h('p', { class: 'tp-votes-line' }, `Sans vote (${FOLLOWED_BY_LABELS[r.by]})`),
    total ? h('p', { class: 'tp-votes-by' }, FOLLOWED_BY_LABELS[r.by]) : null,
    opts.exam ? h('p', { class: 'tp-exam-note' }, 'Mode examen\u00A0: conséquences et scores à la fin du scénario.') : null,
    opts.exam ? null : h('p', { class: 'tp-feedback' }, r.consequence.feedback),
    !opts.exam && c.risks.length ? h('h3', {}, 'Risques ouverts par ce choix') : null,
    !opts.exam && c.risks.length ? sanctionList(c.risks, '') : null,
    opts.exam ? null : gauges(c.score, c.scoreBefore));
}

export function endingCard(e: EndingStep, ledger: readonly LedgerLine[], score: AxisValues): HTMLElement {
  return h('section', { class: `tp-card tp-ending sev-${e.severity}` },
    h('h2', {}, `Fin\u00A0: ${e.title}`),
    h('p', { class: 'tp-severity' }, `Gravité\u00A0: ${SEVERITY_LABELS[e.severity]}`),
    ...e.debrief.map((p) => h('p', {}, p)),
    h('h3', {}, 'Ce qui peut arriver, et qui en décide'),
    sanctionList(ledger, 'Aucune sanction encourue.'),
    e.questions.length ? h('h3', {}, 'Pour en discuter') : null,
    e.questions.length ? h('ul', { class: 'tp-questions' }, ...e.questions.map((q) => h('li', {}, q))) : null,
    gauges(score));
}

export interface SummaryActions {
  onReplay?: (round: number, option: number) => void;
  /** « Fiche formateur » with this session's figures (the projector inside the game's page). */
  onSheet?: () => void;
  onJson: () => void;
  onCsv: () => void;
}

function runSection(run: SummaryRun, actions: SummaryActions): HTMLElement {
  const table = h('table', { class: 'ts-table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Décision'), h('th', { scope: 'col' }, 'Option'), h('th', { scope: 'col' }, run.decisions.some((d) => d.firstRound) ? 'Votes (1er vote → 2d vote)' : 'Votes'),
      h('th', { scope: 'col' }, 'Suivie'), h('th', { scope: 'col' }, 'Conséquence'))),
    h('tbody', {}, ...run.decisions.flatMap((d) => d.options.map((o, i) => h('tr', { class: o.followed ? 'ts-followed' : '', 'data-decision': d.number, 'data-option': o.number },
      i === 0 ? h('th', { scope: 'rowgroup', rowspan: d.options.length }, `${d.number}. ${d.prompt || d.decisionId}`) : null,
      h('td', {}, `${o.number}. ${o.text}`),
      h('td', { class: 'ts-votes' }, d.firstRound
        ? `${d.firstRound.votes[i]} (${d.firstRound.percents[i]}\u00A0%) → ${o.votes} (${o.percent}\u00A0%), ${shiftLabel(d.shift![i]!)}`
        : `${o.votes} (${o.percent}\u00A0%)`),
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
    h('h4', {}, 'Ce qui peut arriver, et qui en décide'),
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
      button('Exporter en CSV (tableur)', actions.onCsv),
      actions.onSheet ? button('Fiche formateur avec les chiffres de la séance', actions.onSheet, { 'data-action': 'sheet' }) : null),
    h('p', { class: 'ts-actions-elsewhere no-print' }, 'Imprimer, exporter ou rejouer une option\u00A0: dans la vue présentateur.'),
    ...summary.runs.map((r) => runSection(r, actions)));
}
