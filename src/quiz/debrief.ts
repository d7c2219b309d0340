// The debrief's learning section: the quiz again after the scenario, each item before/after with
// its explanation and references, a calibration line, the result code (text and QR) for the
// trainer, and « Me le rappeler dans une semaine ». Mounted into the debrief by the app.
import { h } from '../ui/dom';
import { frenchTypography } from '../narrative/typography';
import { referenceLabel } from '../narrative/legal/references';
import { calibrationText, isRight, scoreQuiz, type QuizAnswers, type QuizItem } from '../learning/quiz';
import { qrSvg } from './qr';
import { quizForm } from './form';

export interface LearningPanelData {
  items: readonly QuizItem[];
  before: QuizAnswers | null;
  after: QuizAnswers | null;
  /** The code for the current answers. */
  code: (after: QuizAnswers | null) => string;
  saveAfter(answers: QuizAnswers): void;
  remind(missed: string[]): string;
  /** The reminder already set for this scenario, as a French sentence, or null. */
  reminded: string | null;
}

const pct = (a: number, b: number) => (b ? Math.round((100 * a) / b) : 0);

function mark(item: QuizItem, a: QuizAnswers | null): HTMLElement {
  const ans = a?.[item.id];
  if (!ans) return h('span', { class: 'learn-mark quiz-muted' }, '—');
  const ok = isRight(item, ans);
  const text = `${ok ? '✓ juste' : '✗ faux'}${ans.sure ? ', sûr·e' : ', pas sûr·e'}`;
  return h('span', { class: `learn-mark ${ok ? 'ok' : 'ko'}`, 'data-right': ok ? 'oui' : 'non', 'data-sure': ans.sure ? 'oui' : 'non' }, text);
}

/** Copies the code; without a clipboard (permissions, file://) selects it for Ctrl+C instead. */
async function copyCode(codeText: HTMLElement, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(codeText.textContent ?? '');
    status.textContent = 'Code copié.';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(codeText);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    status.textContent = 'Code sélectionné : Ctrl+C pour le copier.';
  }
}

/** The result code's section: what it says and does not say, the code and its QR, copy and remind. */
function codeSectionOf(data: LearningPanelData, codeText: HTMLElement, qrHost: HTMLElement, missed: () => string[]): HTMLElement {
  const remindStatus = h('p', { role: 'status', class: 'quiz-muted' }, data.reminded ?? '');
  const copyStatus = h('span', { role: 'status', class: 'quiz-muted' });
  return h('section', { class: 'dbf-section learn learn-code-section', 'aria-labelledby': 'learn-code-title' },
    h('h2', { id: 'learn-code-title' }, 'Votre code de résultat'),
    h('p', {}, 'Si votre formateur ou formatrice le demande, copiez ce code dans la conversation de la classe, ou montrez le QR code. Il ne dit pas qui vous êtes : seulement votre chemin, la fin et vos réponses au questionnaire. Rien n’est envoyé.'),
    h('div', { class: 'learn-code-box' }, codeText, qrHost),
    h('div', { class: 'learn-actions' },
      h('button', { type: 'button', class: 'btn', 'data-action': 'copy-code', onclick: () => void copyCode(codeText, copyStatus) }, 'Copier le code'), copyStatus),
    h('div', { class: 'learn-actions' },
      h('button', { type: 'button', class: 'btn', 'data-action': 'remind', onclick: () => { remindStatus.textContent = data.remind(missed()); } }, 'Me le rappeler dans une semaine')),
    remindStatus);
}

/** Scores before and after, the calibration, both kinds of error, and each item marked before and after. */
function resultsOf(items: readonly QuizItem[], before: QuizAnswers | null, after: QuizAnswers | null): HTMLElement[] {
  const rows = items.map((item, n) => h('tr', { 'data-item': item.id },
    h('td', {}, h('p', { class: 'learn-q' }, `${n + 1}. ${frenchTypography(item.statement)}`),
      h('p', { class: 'learn-explain' }, `Réponse : ${frenchTypography(item.options[item.answer]!)}. ${frenchTypography(item.explanation)} (${item.refs.map(referenceLabel).join(' ; ')})`)),
    h('td', {}, mark(item, before)),
    h('td', {}, mark(item, after))));
  const b = before ? scoreQuiz(items, before) : null;
  const a = after ? scoreQuiz(items, after) : null;
  const lines: HTMLElement[] = [];
  if (b) lines.push(h('p', { 'data-score': 'before' }, `Avant le scénario : ${b.right} sur ${b.asked} (${pct(b.right, b.asked)} %).`));
  if (a) lines.push(h('p', { 'data-score': 'after' }, `Après le scénario : ${a.right} sur ${a.asked} (${pct(a.right, a.asked)} %).`));
  const last = a ?? b;
  if (last) {
    lines.push(h('p', { class: 'learn-calibration', 'data-calibration': '' }, `Calibration : ${calibrationText(last)}`));
    if (last.errors.prudence || last.errors.laxisme) {
      lines.push(h('p', {}, `Erreurs par excès de prudence (voir un interdit là où le droit permet) : ${last.errors.prudence} ; par excès de confiance (voir une permission là où le droit interdit) : ${last.errors.laxisme}. Les deux comptent autant.`));
    }
  }
  return [...lines,
    h('table', { class: 'learn-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Question'), h('th', { scope: 'col' }, 'Avant'), h('th', { scope: 'col' }, 'Après'))),
      h('tbody', {}, ...rows))];
}

export function mountLearningPanel(host: HTMLElement, before: Element | null, data: LearningPanelData): { destroy(): void; code(): string } {
  let after = data.after;
  const section = h('section', { class: 'dbf-section learn', 'aria-labelledby': 'learn-title', 'data-learning': '' },
    h('h2', { id: 'learn-title' }, 'Testez-vous'));
  const body = h('div', {});
  const codeText = h('p', { class: 'learn-code', 'data-result-code': '' });
  const qrHost = h('div', { class: 'learn-qr' });
  const missed = () => data.items.filter((i) => !isRight(i, (after ?? data.before ?? {})[i.id])).map((i) => i.id);
  const codeSection = codeSectionOf(data, codeText, qrHost, missed);

  function showCode(): void {
    const code = data.code(after);
    codeText.textContent = code;
    qrHost.replaceChildren(qrSvg(document, code, `QR code du résultat ${code}`));
  }

  function showResults(): void {
    body.replaceChildren(...resultsOf(data.items, data.before, after));
    showCode();
  }

  if (after || data.items.length === 0) showResults();
  else {
    body.append(
      h('p', {}, data.before ? 'Les mêmes questions qu’avant de jouer : qu’est-ce qui a changé ?' : 'Quelques questions sur ce que le scénario a montré, avec votre degré de certitude.'),
      quizForm(data.items, {
        submitLabel: 'Voir mes résultats',
        onSubmit: (answers) => {
          after = answers;
          data.saveAfter(answers);
          showResults();
          section.querySelector<HTMLElement>('h2')?.focus();
        },
        skipLabel: 'Plus tard',
        onSkip: () => showResults(),
      }));
    showCode();
  }
  section.querySelector('h2')!.setAttribute('tabindex', '-1');
  // A story without a quiz still gives a result code.
  section.hidden = data.items.length === 0;
  section.append(body);
  if (before && before.parentElement === host) host.insertBefore(section, before);
  else host.append(section);
  section.after(codeSection);
  return {
    destroy: () => {
      section.remove();
      codeSection.remove();
    },
    code: () => codeText.textContent ?? '',
  };
}
