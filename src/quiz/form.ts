// The quiz as a plain form: one fieldset per item (the answer, then « sûr·e / pas sûr·e »), native
// radio buttons so keyboards and screen readers need nothing more. Text goes in as text only.
import { h, uniqueId } from '../ui/dom';
import { frenchTypography } from '../narrative/typography';
import type { QuizAnswers, QuizItem } from '../learning/quiz';
import './quiz.css';

export interface QuizFormOptions {
  submitLabel: string;
  onSubmit(answers: QuizAnswers): void;
  /** « Passer »: shown when given. */
  skipLabel?: string;
  onSkip?(): void;
}

export function quizForm(items: readonly QuizItem[], opts: QuizFormOptions): HTMLFormElement {
  const status = h('p', { class: 'quiz-status', role: 'status' });
  const sets = items.map((item, n) => {
    const name = uniqueId('quiz-item');
    const legendId = uniqueId('quiz-legend');
    const options = item.options.map((o, i) => h('label', { class: 'quiz-option' },
      h('input', { type: 'radio', name, value: i, 'data-option': i }), ' ', frenchTypography(o)));
    const confidence = ['sûr·e', 'pas sûr·e'].map((label, i) => h('label', { class: 'quiz-option quiz-sure' },
      h('input', { type: 'radio', name: `${name}-sure`, value: i === 0 ? 'sure' : 'unsure', 'data-sure': i === 0 ? 'oui' : 'non' }), ' ', label));
    return h('fieldset', { class: 'quiz-item', 'data-item': item.id, 'aria-labelledby': legendId },
      h('legend', { id: legendId }, `${n + 1}. ${frenchTypography(item.statement)}`),
      h('div', { class: 'quiz-options' + (item.trueFalse ? ' quiz-tf' : '') }, ...options),
      h('div', { class: 'quiz-confidence', role: 'group', 'aria-label': 'Votre certitude' }, h('span', { class: 'quiz-muted' }, 'Vous êtes :'), ...confidence));
  });
  const form = h('form', { class: 'quiz-form', novalidate: true },
    ...sets,
    status,
    h('div', { class: 'quiz-actions' },
      h('button', { type: 'submit', class: 'btn primary', 'data-action': 'quiz-submit' }, opts.submitLabel),
      opts.onSkip ? h('button', { type: 'button', class: 'btn', 'data-action': 'quiz-skip', onclick: () => opts.onSkip!() }, opts.skipLabel ?? 'Passer') : null));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const answers: QuizAnswers = {};
    for (const [k, set] of sets.entries()) {
      const picked = set.querySelector<HTMLInputElement>('input[data-option]:checked');
      const sure = set.querySelector<HTMLInputElement>('input[data-sure]:checked');
      if (!picked || !sure) {
        status.textContent = `Répondez à la question ${k + 1}, et dites si vous êtes sûr·e.`;
        (set.querySelector<HTMLInputElement>(picked ? 'input[data-sure]' : 'input[data-option]'))?.focus();
        return;
      }
      answers[items[k]!.id] = { choice: Number(picked.value), sure: sure.value === 'sure' };
    }
    status.textContent = '';
    opts.onSubmit(answers);
  });
  return form;
}
