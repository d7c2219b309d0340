// Says on the debrief why an ending's severity and the four axis totals can seem to disagree
// (a « Très grave » ending with totals of −2, −2, +1): the severity judges what happened at the
// end of the path, the axes add every choice up, good ones included. Pure, so it is unit-tested.
import { frenchTypography } from '../narrative/typography';
import { AXES, type AxisValues, type Severity } from '../narrative/types';
import { quoted } from './labels';
import { signed } from '../ui/labels/numbers';

export interface ExplainInput {
  severity: Severity;
  severityLabel: string;
  totals: AxisValues;
  path: readonly { optionText: string; deltas: AxisValues }[];
}

const sum = (v: AxisValues) => AXES.reduce((n, a) => n + v[a], 0);

/** One short paragraph when the severity and the totals look contradictory, else null. */
export function severityNote(x: ExplainInput): string | null {
  const steps = x.path.map((p) => ({ text: p.optionText, total: sum(p.deltas) }));
  const totals = AXES.map((a) => x.totals[a]);
  const high = x.severity === 'serious' || x.severity === 'critical';
  const low = x.severity === 'exemplary' || x.severity === 'minor';
  if (high) {
    const worst = steps.reduce<(typeof steps)[number] | null>((w, s) => (s.total < (w?.total ?? 0) ? s : w), null);
    const gains = steps.filter((s) => s.total > 0).reduce((n, s) => n + s.total, 0);
    // Totals that already look bad (every axis down, −2 or less on average) need no excuse.
    const sumTotals = totals.reduce((n, t) => n + t, 0);
    if (!worst || (totals.every((t) => t < 0) && (gains === 0 || sumTotals <= -2 * totals.length))) return null;
    return frenchTypography(
      `Pourquoi « ${x.severityLabel} » avec ces totaux ? Les axes additionnent tous vos choix ; la gravité juge où mène le chemin. `
      + (gains > 0 ? `Vos bons choix (${signed(gains)}) n'effacent pas ${quoted(worst.text)} (${signed(worst.total)} sur les quatre axes).` : `${quoted(worst.text)} (${signed(worst.total)} sur les quatre axes) suffit à la faire basculer.`),
    );
  }
  if (low && totals.some((t) => t < 0)) {
    const slip = steps.reduce((w, s) => (s.total < w.total ? s : w), steps[0] ?? { text: '', total: 0 });
    if (slip.total >= 0) return null;
    return frenchTypography(
      `Pourquoi « ${x.severityLabel} » avec un axe négatif ? Les axes gardent la trace de ${quoted(slip.text)} (${signed(slip.total)}) ; la gravité, elle, juge ce qui est arrivé au bout du chemin, et le faux pas a été rattrapé avant d'avoir des suites.`,
    );
  }
  return null;
}
