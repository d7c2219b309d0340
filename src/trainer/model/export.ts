// Exports of the session summary. The CSV targets French spreadsheet apps: « ; » separator
// (what Excel expects under a French locale), a UTF-8 BOM so accents survive, CRLF rows (RFC 4180).
import { AXIS_LABELS } from '../../ui/labels/story';
import { AXES } from '../../narrative/types';
import { FOLLOWED_BY_LABELS, ROLE_LABELS, SEVERITY_LABELS, refsLabel, sanctionLabel } from './labels';
import type { Summary } from './types';

export const SUMMARY_FORMAT = 'soignants-reseaux-bilan';
export const SUMMARY_VERSION = 1;

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

export function summaryToJson(summary: Summary, now = new Date()): string {
  return JSON.stringify({ format: SUMMARY_FORMAT, version: SUMMARY_VERSION, exportedAt: now.toISOString(), roleLabel: ROLE_LABELS[summary.role], ...summary }, null, 2);
}

type Cell = string | number | null;

/** Quotes a cell when it holds the separator, a quote, a line break or edge spaces; doubles inner quotes. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // A cell starting with = + - @ (or their full-width forms, which some spreadsheets read the same)
  // would run as a formula: an apostrophe keeps it text. Numbers are written as numbers, never text.
  const text = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR);
}

export const CSV_HEADERS = [
  'Parcours', 'Décision', 'Identifiant', 'Question', 'Option', 'Texte de l’option', 'Votes', 'Part des votes (%)',
  'Option suivie', 'Décidé par', 'Conséquence', ...AXES.map((a) => AXIS_LABELS[a]), 'Sanctions encourues', 'Références',
  // Last, so a sheet built on the earlier columns still reads them: empty for a decision voted once.
  'Votes au 1er vote', 'Part au 1er vote (%)', 'Évolution (points)',
] as const;

/** One row per option of each decision, and one « Fin » row per path with its ending and final scores. */
export function summaryToCsv(summary: Summary): string {
  const rows: string[] = [csvRow([...CSV_HEADERS])];
  for (const run of summary.runs) {
    for (const d of run.decisions) {
      d.options.forEach((o, i) => {
        const f = o.followed;
        rows.push(csvRow([
          run.number, d.number, d.decisionId, d.prompt, o.number, o.text, o.votes, o.percent,
          f ? 'oui' : 'non',
          f ? FOLLOWED_BY_LABELS[d.by] : '',
          f ? d.feedback : '',
          ...AXES.map((a) => (f ? d.deltas[a] : null)),
          f ? d.risks.map(sanctionLabel).join(' ; ') : '',
          f ? refsLabel(d.refs) : '',
          d.firstRound ? d.firstRound.votes[i] ?? 0 : null,
          d.firstRound ? d.firstRound.percents[i] ?? 0 : null,
          d.shift ? d.shift[i] ?? 0 : null,
        ]));
      });
    }
    const e = run.ending;
    rows.push(csvRow([
      run.number, 'Fin', e?.id ?? '', '', null, e ? e.title : 'Scénario non terminé', run.totalVotes, null, '', '',
      e ? `Gravité\u00A0: ${SEVERITY_LABELS[e.severity]}` : '',
      ...AXES.map((a) => run.score[a]),
      run.ledger.map(sanctionLabel).join(' ; '),
      e ? refsLabel(e.refs) : '',
    ]));
  }
  return BOM + rows.join('\r\n') + '\r\n';
}

/** « seance-demo-2025-10-09-1430 »: sorts by date in a file manager. */
export function exportBaseName(summary: Summary): string {
  const d = new Date(summary.startedAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = Number.isNaN(d.getTime()) ? 'date-inconnue' : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
  return `seance-${summary.scenarioId}-${stamp}`;
}
