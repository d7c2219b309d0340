// « Révision de la semaine »: three decisions the learner got wrong a week ago, in a close situation
// (names and details changed by the story's sheet file), then the quiz items missed. About three
// minutes. Replays the stored path on the story to find the decisions; text goes in as text.
import { h } from '../ui/dom';
import { frenchTypography } from '../narrative/typography';
import { loadRunner } from '../app/scenarios';
import { findQuiz, findSheet } from '../learning/registry';
import { itemsFor, scoreQuiz } from '../learning/quiz';
import { AXES, type ChoiceOption, type DecisionStep, type LineStep } from '../narrative/types';
import { isRisky } from '../learning/resolve';
import { clearReminder, type Reminder } from '../storage/learning';
import type { Store } from '../storage/store';
import { quizForm } from '../quiz/form';
import '../quiz/quiz.css';

interface Missed {
  decision: DecisionStep;
  taken: number;
  context: string[];
}

const total = (o: ChoiceOption) => AXES.reduce((s, a) => s + o.consequence.deltas[a], 0);

/** Replaces whole words only, longest first (« Marc Delorme » before « Marc »). */
export function makeReplacer(replace: Record<string, string>): (text: string) => string {
  const keys = Object.keys(replace).sort((a, b) => b.length - a.length);
  if (!keys.length) return (t) => t;
  const esc = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}])(${keys.map(esc).join('|')})(?![\\p{L}])`, 'gu');
  return (t) => t.replace(re, (m) => replace[m] ?? m);
}

function lineText(l: LineStep): string | null {
  return 'text' in l && l.text ? l.text : null;
}

export async function mountRefresher(host: HTMLElement, store: Store, r: Reminder, actions: { close(): void }): Promise<() => void> {
  const runner = await loadRunner(r.scenarioId);
  const sheet = (await findSheet(r.scenarioId)) ?? null;
  const quiz = findQuiz(r.scenarioId) ?? null;
  const swap = makeReplacer(sheet?.refresher.replace ?? {});
  const t = (s: string) => swap(frenchTypography(s));
  // The week's path, replayed: each decision with the few lines that led to it.
  const missed: Missed[] = [];
  try {
    runner.start(r.role);
    for (const i of r.path) {
      const stop = runner.currentStop;
      if (stop?.kind !== 'decision' || !stop.options[i]) break;
      const context = runner.shown.slice(-3).map(lineText).filter((x): x is string => !!x);
      if (isRisky(stop.options[i]!.consequence) && Math.max(...stop.options.map(total)) > total(stop.options[i]!)) missed.push({ decision: stop, taken: i, context });
      runner.choose(i);
    }
  } catch {
    // A story changed beyond the stored path: the quiz part still runs.
  }
  missed.sort((a, b) => total(a.decision.options[a.taken]!) - total(b.decision.options[b.taken]!));
  const three = missed.slice(0, 3);
  const items = quiz ? itemsFor(quiz, r.role).filter((i) => r.missed.includes(i.id)) : [];
  const body = h('div', {});
  const heading = h('h1', { tabindex: -1 }, 'Révision de la semaine');
  const root = h('div', { class: 'quiz-screen', 'data-refresher': r.scenarioId }, heading,
    h('p', {}, three.length ? `Trois minutes : ${three.length} situation${three.length > 1 ? 's' : ''} proche${three.length > 1 ? 's' : ''} de celles où votre choix a coûté, avec d’autres personnes, puis ${items.length ? 'les questions manquées' : 'c’est fini'}.` : 'Aucune décision à revoir sur ce chemin : place aux questions manquées.'),
    body);
  host.append(root);
  heading.focus();

  const finish = () => {
    clearReminder(store, r.scenarioId, r.role);
    body.replaceChildren(h('p', { role: 'status' }, 'Révision terminée. Elle est retirée du menu.'),
      h('p', {}, h('button', { type: 'button', class: 'btn primary', onclick: () => actions.close() }, 'Retour au menu')));
  };

  const quizStep = () => {
    if (!items.length) return finish();
    body.replaceChildren(h('h2', {}, 'Les questions manquées'), quizForm(items, {
      submitLabel: 'Voir mes réponses',
      onSubmit: (answers) => {
        const s = scoreQuiz(items, answers);
        body.replaceChildren(h('p', { 'data-score': 'refresher' }, `${s.right} sur ${s.asked} cette fois.`),
          h('ul', {}, ...items.map((i) => h('li', {}, `${t(i.statement)} — ${t(i.explanation)}`))));
        const done = h('p', {}, h('button', { type: 'button', class: 'btn primary', onclick: finish }, 'Terminer'));
        body.append(done);
      },
    }));
  };

  const decisionStep = (k: number) => {
    const m = three[k];
    if (!m) return quizStep();
    const d = m.decision;
    const feedback = h('div', { role: 'status' });
    const buttons = d.options.map((o) => h('button', { type: 'button', class: 'btn refresher-option', 'data-option': o.index, onclick: () => pick(o) }, t(o.text)));
    const pick = (o: ChoiceOption) => {
      for (const b of buttons) b.disabled = true;
      const best = d.options.reduce((a, b) => (total(b) > total(a) ? b : a));
      feedback.replaceChildren(
        h('p', {}, h('strong', {}, isRisky(o.consequence) ? 'Ce choix coûte encore. ' : 'Bon réflexe. '), t(o.consequence.feedback)),
        o.index === best.index ? "" : h('p', {}, `La réponse qui protégeait le mieux : « ${t(best.text)} ». ${t(best.consequence.feedback)}`),
        h('p', {}, h('button', { type: 'button', class: 'btn primary', onclick: () => decisionStep(k + 1) }, k + 1 < three.length ? 'Situation suivante' : 'Continuer')));
    };
    body.replaceChildren(h('h2', {}, `Situation ${k + 1} sur ${three.length}`),
      ...m.context.map((c) => h('p', { class: 'quiz-muted' }, t(c))),
      h('p', { class: 'refresher-prompt' }, h('strong', {}, t(d.note.prompt))),
      h('div', { class: 'quiz-actions', role: 'group', 'aria-label': 'Votre choix' }, ...buttons),
      feedback);
  };
  decisionStep(0);
  return () => root.remove();
}
