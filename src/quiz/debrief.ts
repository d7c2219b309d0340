// « Testez-vous » after the scenario, a step of its own beside the debrief: the quiz again, each
// item before/after with its explanation and references, a calibration line, the result code (text
// and QR) for the trainer, and « Me le rappeler dans une semaine ». The debrief leads here by a
// button and this step leads back; on paper, the debrief carries the scores and the code.
import { h, uniqueId } from '../ui/dom';
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

/** « Avant le scénario : 4 sur 9 (44 %). », then the same after: the two scores, as lines. */
function scoreLines(items: readonly QuizItem[], before: QuizAnswers | null, after: QuizAnswers | null): HTMLElement[] {
  const b = before ? scoreQuiz(items, before) : null;
  const a = after ? scoreQuiz(items, after) : null;
  const lines: HTMLElement[] = [];
  if (b) lines.push(h('p', { 'data-score': 'before' }, `Avant le scénario : ${b.right} sur ${b.asked} (${pct(b.right, b.asked)} %).`));
  if (a) lines.push(h('p', { 'data-score': 'after' }, `Après le scénario : ${a.right} sur ${a.asked} (${pct(a.right, a.asked)} %).`));
  return lines;
}

/** Scores before and after, the calibration, both kinds of error, and each item marked before and after. */
function resultsOf(items: readonly QuizItem[], before: QuizAnswers | null, after: QuizAnswers | null): HTMLElement[] {
  const rows = items.map((item, n) => h('tr', { 'data-item': item.id },
    h('td', {}, h('p', { class: 'learn-q' }, `${n + 1}. ${frenchTypography(item.statement)}`),
      h('p', { class: 'learn-explain' }, `Réponse : ${frenchTypography(item.options[item.answer]!)}. ${frenchTypography(item.explanation)} (${item.refs.map(referenceLabel).join(' ; ')})`)),
    h('td', {}, mark(item, before)),
    h('td', {}, mark(item, after))));
  const lines = scoreLines(items, before, after);
  const last = after ? scoreQuiz(items, after) : before ? scoreQuiz(items, before) : null;
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

/** What the debrief's buttons to this step say: the quiz still to answer, its results, or the code alone. */
export function entryLabel(items: number, answered: boolean): string {
  if (items === 0) return 'Votre code de résultat';
  return answered ? 'Vos résultats et votre code' : `Testez-vous\u00A0: ${items} questions`;
}

export interface LearningStep {
  /** A button that opens the step from the debrief (one near the top, one among its actions). */
  entry(cls: string): HTMLButtonElement;
  /** For the printed debrief: the scores and the code, as text. */
  printSummary(): HTMLElement;
  destroy(): void;
  code(): string;
}

/**
 * The quiz after the scenario and the result code, as a step of their own beside the debrief: the
 * debrief stays short enough to read, and one button leads here and back. `debrief` is hidden
 * while the step is shown, and shown again (scrolled where it was, the focus on the button that
 * led here) on « Retour au débriefing ».
 */
export function mountLearningStep(host: HTMLElement, debrief: HTMLElement, kicker: string, data: LearningPanelData): LearningStep {
  let after = data.after;
  let opener: HTMLElement | null = null;
  let debriefTop = 0;
  const entries: HTMLButtonElement[] = [];
  const scroller = host;
  const titleId = uniqueId('learn-step-title');
  const title = h('h1', { id: titleId, tabindex: -1 }, data.items.length ? 'Testez-vous' : 'Votre code de résultat');
  const back = (where: string) => h('button', { type: 'button', class: `btn learn-back ${where === 'top' ? 'quiet' : 'primary'}`, 'data-action': 'back-to-debrief', onclick: () => close() }, '← Retour au débriefing');
  const panel = quizPanel(data, (answers) => {
    after = answers;
    for (const b of entries) b.textContent = entryLabel(data.items.length, true);
    refreshPrint();
  });
  const step = h('article', { class: 'learn-step', 'aria-labelledby': titleId, hidden: true, 'data-learning-step': '' },
    h('nav', { class: 'learn-nav', 'aria-label': 'Retour' }, back('top')),
    h('p', { class: 'quiz-kicker' }, kicker),
    title,
    h('p', { class: 'learn-lead' }, data.items.length
      ? `${data.items.length} questions sur ce que le scénario a montré, puis votre code de résultat, à donner si votre formateur ou formatrice le demande.`
      : 'À donner si votre formateur ou formatrice le demande.'),
    panel.section, panel.codeSection,
    h('nav', { class: 'learn-nav learn-nav-end', 'aria-label': 'Retour' }, back('end')));
  const printed = h('section', { class: 'dbf-section learn-print' });
  function refreshPrint(): void {
    printed.replaceChildren(h('h2', {}, 'Testez-vous et code de résultat'), ...scoreLines(data.items, data.before, after),
      h('p', {}, 'Code de résultat : ', h('strong', { class: 'learn-print-code' }, panel.code())));
  }
  function open(from: HTMLElement): void {
    opener = from;
    debriefTop = scroller.scrollTop;
    debrief.hidden = true;
    step.hidden = false;
    scroller.scrollTop = 0;
    title.focus();
  }
  function close(): void {
    step.hidden = true;
    debrief.hidden = false;
    scroller.scrollTop = debriefTop;
    (opener ?? debrief.querySelector<HTMLElement>('h1'))?.focus({ preventScroll: true });
  }
  host.append(step);
  refreshPrint();
  return {
    entry: (cls) => {
      const b = h('button', { type: 'button', class: `btn primary learn-entry ${cls}`, 'data-action': 'learn' }, entryLabel(data.items.length, !!after));
      b.addEventListener('click', () => open(b));
      entries.push(b);
      return b;
    },
    printSummary: () => printed,
    destroy: () => {
      step.remove();
      printed.remove();
      for (const b of entries) b.remove();
      if (step.hidden === false) debrief.hidden = false;
    },
    code: panel.code,
  };
}

/** The quiz form, then its results, and the code section; `answered` when the form is sent. */
function quizPanel(data: LearningPanelData, answered: (a: QuizAnswers) => void) {
  let after = data.after;
  const heading = h('h2', { id: uniqueId('learn-title'), tabindex: -1 }, 'Les questions');
  const section = h('section', { class: 'dbf-section learn', 'aria-labelledby': heading.id, 'data-learning': '' }, heading);
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
    heading.textContent = 'Vos résultats';
    section.classList.remove('learn-unanswered');
    body.replaceChildren(...resultsOf(data.items, data.before, after));
    showCode();
  }

  if (after || data.items.length === 0) showResults();
  else {
    section.classList.add('learn-unanswered');
    body.append(
      h('p', {}, data.before ? 'Les mêmes questions qu’avant de jouer : qu’est-ce qui a changé ?' : 'Pour chaque question, dites aussi si vous êtes sûr·e de votre réponse.'),
      quizForm(data.items, {
        submitLabel: 'Voir mes résultats',
        onSubmit: (answers) => {
          after = answers;
          data.saveAfter(answers);
          showResults();
          answered(answers);
          heading.focus();
        },
        skipLabel: 'Plus tard',
        onSkip: () => showResults(),
      }));
    showCode();
  }
  // A story without a quiz still gives a result code.
  section.hidden = data.items.length === 0;
  section.append(body);
  return { section, codeSection, code: () => codeText.textContent ?? '' };
}
