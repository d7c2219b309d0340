// « Fiche formateur »: one printable page per scenario, from the story's sheet file and the story's
// own decision notes; with class results read in this page, the class's figures are filled in.
import { h } from '../ui/dom';
import { frenchTypography } from '../narrative/typography';
import { findReference } from '../narrative/legal/referenceTexts';
import { loadStoryJson } from '../app/scenarios';
import { scenarioCards } from '../content/scenarios';
import { findSheet } from '../learning/registry';
import type { Sheet } from '../learning/sheet';
import type { ScenarioSummary } from '../learning/classroom';
import { classResultsFor, sessionResultsFor } from '../classroom/state';
import { sessionFigures, sessionFiguresFor, type SessionFigures } from '../learning/sessionFigures';
import { browserStorage } from '../storage/store';
import { loadTrainerSession } from '../trainer/persist';
import './sheet.css';

const pct = (a: number, b: number) => (b ? Math.round((100 * a) / b) : 0);

/** « 62 % ont choisi « … » » lines for one decision, most chosen first. */
export function figuresFor(summary: ScenarioSummary | null, decisionId: string): string[] {
  const d = summary?.decisions.find((x) => x.id === decisionId);
  if (!d || d.total === 0) return [];
  return [...d.options].filter((o) => o.count > 0).sort((a, b) => b.count - a.count)
    .map((o) => `${pct(o.count, d.total)}\u00A0% ont choisi « ${frenchTypography(o.text)} »${o.risky ? ' (réponse risquée)' : ''} (${o.count} sur ${d.total}).`);
}

/** The figures of the sheet: class results read in this page first, else the trainer's session. */
export function renderSheet(title: string, theme: string, sheet: Sheet, summary: ScenarioSummary | null, session: SessionFigures | null = null): HTMLElement {
  const fromSession = summary ? null : session;
  const date = fromSession ? new Date(fromSession.startedAt) : null;
  const both = (r: Record<'etudiant' | 'infirmier', string>) => (r.etudiant === r.infirmier ? [r.etudiant] : [`Étudiant·e : ${r.etudiant}`, `Infirmier·e : ${r.infirmier}`]);
  return h('article', { class: 'tsheet', 'data-sheet': '' },
    h('header', {},
      h('p', { class: 'tsheet-kicker' }, 'Fiche formateur'),
      h('h1', { tabindex: -1 }, frenchTypography(title)),
      h('p', {}, frenchTypography(theme)),
      h('p', { 'data-duration': sheet.durationMinutes }, `Durée : ${sheet.durationMinutes}\u00A0min, dont la partie projetée sur le parcours court (cinq décisions).`)),
    fromSession ? h('p', { class: 'tsheet-class', 'data-session-figures': fromSession.decisions.length },
      `Chiffres de votre séance${date && !Number.isNaN(date.getTime()) ? ` du ${date.toLocaleDateString('fr-FR', { dateStyle: 'long' })}` : ''} : votes à main levée sur ${fromSession.decisions.length} décision${fromSession.decisions.length > 1 ? 's' : ''}.`) : null,
    summary ? h('p', { class: 'tsheet-class', 'data-class-figures': summary.students }, `Chiffres de votre classe : ${summary.students} étudiant·e${summary.students > 1 ? 's' : ''} ; fins les plus fréquentes : ${summary.endings.slice(0, 3).map((e) => `${frenchTypography(e.title)} (${pct(e.count, summary.students)}\u00A0%)`).join(', ')}.`) : null,
    h('section', {}, h('h2', {}, 'Objectifs'), h('ul', {}, ...sheet.objectives.map((o) => h('li', {}, frenchTypography(o))))),
    h('section', {}, h('h2', {}, 'Parcours court pour une heure'),
      h('ol', { class: 'tsheet-path' }, ...sheet.shortPath.map((d) => h('li', { 'data-decision': d.id },
        ...both(d.note).map((t) => h('p', { class: 'tsheet-note' }, t)),
        ...both(d.expect).map((t) => h('p', { class: 'tsheet-expect' }, h('strong', {}, 'À faire ressortir : '), t)),
        ...figuresFor(summary, d.id).map((t) => h('p', { class: 'tsheet-figure', 'data-figure': '' }, t)),
        ...sessionFiguresFor(fromSession, d.id).map((t) => h('p', { class: 'tsheet-figure', 'data-figure': 'seance' }, t)))))),
    h('section', {}, h('h2', {}, 'Textes à lire avec le groupe'),
      h('ul', { class: 'tsheet-refs' }, ...sheet.refs.map((id) => {
        const r = findReference(id)!;
        // The table's penalties end with their own full stop.
        return h('li', { 'data-ref': id }, h('strong', {}, r.label), ` — ${r.summary}`, r.penalty ? ` Peine : ${r.penalty}` : '');
      }))),
    h('section', {}, h('h2', {}, 'Questions de débriefing'),
      ...([['Réactions', sheet.questions.reactions], ['Analyse', sheet.questions.analyse], ['Synthèse', sheet.questions.synthese]] as const).map(([phase, qs]) =>
        h('div', { class: 'tsheet-phase', 'data-phase': phase }, h('h3', {}, phase), h('ul', {}, ...qs.map((q) => h('li', {}, frenchTypography(q))))))));
}

export async function mountSheetPage(host: HTMLElement, id: string, actions: { close(): void }): Promise<() => void> {
  await loadStoryJson(id);
  const sheet = await findSheet(id);
  const card = scenarioCards().find((c) => c.id === id);
  if (!sheet || !card) throw new Error(`Le scénario « ${id} » n’a pas de fiche formateur.`);
  const root = h('div', { class: 'tsheet-page' },
    h('nav', { class: 'tsheet-actions', 'aria-label': 'Fiche formateur' },
      h('button', { type: 'button', class: 'btn primary', 'data-action': 'print', onclick: () => window.print() }, 'Imprimer la fiche'),
      h('button', { type: 'button', class: 'btn', 'data-action': 'close', onclick: () => actions.close() }, 'Retour')),
    renderSheet(card.title, card.theme, sheet, classResultsFor(id), storedSessionFigures(id) ?? sessionResultsFor(id)));
  host.append(root);
  root.querySelector<HTMLElement>('h1')?.focus();
  document.documentElement.classList.add('tsheet-print-only');
  return () => {
    root.remove();
    document.documentElement.classList.remove('tsheet-print-only');
  };
}

/** The trainer session kept in this browser for this scenario (in progress, or at its summary), as figures. */
function storedSessionFigures(scenarioId: string): SessionFigures | null {
  const stored = loadTrainerSession(browserStorage());
  if (!stored.ok || !stored.session || stored.session.scenarioId !== scenarioId) return null;
  return sessionFigures(stored.session);
}
