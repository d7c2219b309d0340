// « Testez-vous » before a scenario: offered, never imposed (« Passer » starts the game at once).
import { h } from '../ui/dom';
import type { QuizAnswers, QuizItem } from '../learning/quiz';
import { quizForm } from './form';

export function mountBeforeQuiz(host: HTMLElement, title: string, items: readonly QuizItem[], done: (answers: QuizAnswers | null) => void): () => void {
  const heading = h('h1', { tabindex: -1 }, 'Testez-vous avant de jouer');
  const root = h('section', { class: 'quiz-screen', 'data-quiz': 'before', 'aria-labelledby': 'quiz-before-title' },
    h('p', { class: 'quiz-kicker' }, title),
    heading,
    h('p', {}, `${items.length} questions courtes, facultatives. Pour chacune, dites aussi si vous êtes sûr·e de votre réponse : après le scénario, vous retrouverez les mêmes questions et verrez ce qui a changé. Rien ne quitte cet ordinateur.`),
    quizForm(items, { submitLabel: 'Valider et jouer', onSubmit: (a) => done(a), skipLabel: 'Passer et jouer', onSkip: () => done(null) }));
  heading.id = 'quiz-before-title';
  host.append(root);
  heading.focus();
  return () => root.remove();
}
