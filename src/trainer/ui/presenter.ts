// The presenter window, on the trainer's laptop: notes, counts, the next step and every control.
// It holds no runner; it sends commands and draws whatever state the projector posts back.
import { referenceLabel } from '../../narrative/legal/references';
import { FOLLOWED_BY_LABELS, ROLE_LABELS } from '../model/labels';
import type { Command, DecisionView, SessionView } from '../model/types';
import { presenterLink, type Link, type ToPresenter, type ToProjector } from '../sync';
import { confirmLeave, installKeys, toast, toggleFullscreen } from './controls';
import { button, h } from './dom';
import { exportSummary } from './projector';
import { shiftLabel, summaryView } from './panels';
import { percentages, shiftOf } from '../model/votes';
import { describeLine } from './transcript';

const PHASE_LABELS: Record<SessionView['phase'], string> = {
  story: 'Histoire en cours',
  vote: 'Vote à main levée',
  consequence: 'Conséquence révélée',
  ending: 'Fin du scénario',
  summary: 'Bilan de la séance',
};

const KEY_HELP: [string, string][] = [
  ['→, Page suivante, Espace', 'étape suivante'],
  ['←, Page précédente', 'revenir d’une étape'],
  ['1 à 9 / Maj + 1 à 9', 'ajouter / retirer un vote'],
  ['S / M', 'option à suivre suivante / suivre la majorité'],
  ['D', 'vote en deux temps\u00A0: clore le premier vote (« Discutez avec votre voisin·e »), puis ouvrir le second'],
  ['T', 'minuteur de la discussion\u00A0: 1, 2, 3\u00A0min, arrêt'],
  ['R ou Entrée', 'révéler (le choix suivi, les deux votes et leur évolution)'],
  ['B ou « . » / W', 'écran noir / écran blanc'],
  ['F ou F5', 'plein écran'],
  ['Échap', 'quitter la séance'],
];

/** How often the presenter asks the projector whether it is there, and how long a silence means it is not. */
const PING_MS = 1500;
const PROJECTOR_SILENCE_MS = 5000;

/** Names a control across a redraw: its tag, its accessible label or text, its place among its likes. */
function focusKey(el: HTMLElement): string {
  const name = el.getAttribute('aria-label') ?? el.textContent ?? '';
  const option = el.closest('[data-option]')?.getAttribute('data-option') ?? '';
  return `${el.tagName}|${option}|${name}`;
}

export class PresenterWindow {
  private readonly root: HTMLElement;
  private readonly link: Link<ToProjector, ToPresenter>;
  private readonly disposeKeys: () => void;
  private readonly body: HTMLElement;
  private readonly status: HTMLElement;
  private view: SessionView | null = null;
  private waiting: ReturnType<typeof setTimeout> | null = null;
  private readonly onLeave: () => void;
  private readonly sessionId: string;
  /** « La fenêtre de projection est fermée », with « Rouvrir la projection ». */
  private readonly lost: HTMLElement;
  /** When the projector last answered (any message): silence past PROJECTOR_SILENCE_MS means it is gone. */
  private heardAt = 0;
  private beat: ReturnType<typeof setInterval> | null = null;

  constructor(root: HTMLElement, sessionId: string, onLeave: () => void) {
    this.root = root;
    this.onLeave = onLeave;
    this.sessionId = sessionId;
    this.status = h('p', { class: 'ps-status', role: 'status' }, 'Connexion à la fenêtre de projection…');
    this.body = h('div', { class: 'ps-body' });
    this.lost = h('div', { class: 't-notice ps-lost', role: 'alert', hidden: true },
      h('p', {}, 'La fenêtre de projection est fermée\u00A0: la salle ne voit plus la séance. Rouvrez-la\u00A0; elle reprend où vous en étiez.'),
      button('Rouvrir la projection', () => this.reopen(), { class: 't-primary', 'data-action': 'reopen' }));
    root.replaceChildren(h('main', { class: 'trainer-root ps-root', 'data-window': 'presentateur' },
      h('h1', { class: 'ps-title' }, 'Vue présentateur'), this.lost, this.status, this.body));
    document.title = 'Vue présentateur — Soignants & réseaux sociaux';
    this.link = presenterLink(sessionId);
    this.link.onMessage = (msg) => this.onMessage(msg);
    this.disposeKeys = installKeys({
      command: (cmd) => this.send(cmd),
      leave: () => void this.askLeave(),
    });
    if (!this.link.available) {
      this.status.textContent = 'Ce navigateur ne permet pas de relier les deux fenêtres (BroadcastChannel indisponible).';
      return;
    }
    this.link.post({ type: 'hello' });
    this.waiting = setTimeout(() => {
      if (!this.view) this.status.textContent = 'La fenêtre de projection ne répond pas : ouvrez-la (ou rechargez-la), elle reprendra la séance.';
    }, 2000);
    // A heartbeat: the projector answers each ping. Its pagehide message says « closed » at once; the
    // ping also catches a window that went without one (crash, killed process). Message events are
    // not throttled in a hidden window, so a projector in the background still answers in time.
    this.heardAt = performance.now();
    this.beat = setInterval(() => {
      if (this.view && performance.now() - this.heardAt > PROJECTOR_SILENCE_MS) this.showLost(true);
      this.link.post({ type: 'ping' });
    }, PING_MS);
  }

  private showLost(lost: boolean): void {
    if (this.lost.hidden !== lost) return;
    this.lost.hidden = !lost;
    this.root.firstElementChild?.toggleAttribute('data-projector-lost', lost);
  }

  /** Opens the projector window again on this session (stored after every command: it resumes where it was). */
  private reopen(): void {
    const url = new URL(window.location.href);
    url.search = new URLSearchParams({ mode: 'formateur', session: this.sessionId }).toString();
    url.hash = '';
    window.open(url.toString(), `soignants-projection-${this.sessionId}`);
  }

  private send(command: Command): void {
    this.link.post({ type: 'command', command });
  }

  private onMessage(msg: ToPresenter): void {
    const host = this.root.firstElementChild as HTMLElement;
    if (msg.type === 'gone') {
      this.showLost(true);
      return;
    }
    this.heardAt = performance.now();
    if (msg.type === 'pong') {
      // A projector that answers but was noticed gone (a reload) is back: its state follows the hello.
      if (!this.lost.hidden) this.link.post({ type: 'hello' });
      return;
    }
    if (msg.type !== 'closed') this.showLost(false);
    if (msg.type === 'refused') toast(host, msg.reason);
    else if (msg.type === 'closed') {
      this.view = null;
      this.status.textContent = 'La séance est terminée. Vous pouvez fermer cette fenêtre.';
      this.body.replaceChildren();
      this.destroy();
      window.close();
    } else {
      if (this.waiting) clearTimeout(this.waiting);
      this.view = msg.view;
      this.render(msg.view);
    }
  }

  private async askLeave(): Promise<void> {
    const leave = await confirmLeave(this.root.firstElementChild as HTMLElement, 'La séance se ferme aussi sur le projecteur et les votes sont effacés. Exportez le bilan avant si vous voulez le garder.');
    if (!leave) return;
    this.link.post({ type: 'leave' });
    this.destroy();
    this.onLeave();
  }

  destroy(): void {
    if (this.beat) clearInterval(this.beat);
    this.beat = null;
    this.disposeKeys();
    this.link.close();
  }

  private render(v: SessionView): void {
    const host = this.root.firstElementChild as HTMLElement;
    host.dataset.phase = v.phase;
    host.dataset.screen = v.screen;
    const screenNote = v.screen === 'black' ? ' · ÉCRAN NOIR' : v.screen === 'white' ? ' · ÉCRAN BLANC' : '';
    const ringNote = v.ringing ? ` · le téléphone sonne (${v.contacts[v.ringing.from] ?? v.ringing.from})` : '';
    const modes = [
      v.settings.feedback === 'examen' ? 'mode examen' : 'retour immédiat',
      v.settings.shortPath ? 'parcours court' : null,
      v.settings.twoRounds ? 'votes en deux temps' : null,
    ].filter(Boolean).join(', ');
    this.status.textContent = `${v.scenarioTitle} · ${ROLE_LABELS[v.role]} · ${modes} · ${PHASE_LABELS[v.phase]}${ringNote}${screenNote}`;
    const nextDetail = v.nextLine ? describeLine(v.nextLine, { contacts: v.contacts, threads: v.threads }) : null;
    const parts: (HTMLElement | null)[] = [
      h('section', { class: 'ps-next', 'aria-label': 'Étape suivante' },
        h('h2', {}, 'Étape suivante'),
        h('p', { class: 'ps-next-label', 'data-next': '' }, v.nextLabel),
        nextDetail ? h('p', { class: 'ps-next-line' }, nextDetail) : null),
      this.controls(v),
      v.decision ? this.decisionPanel(v.decision, v.phase === 'vote') : null,
      v.consequence ? h('section', { class: 'ps-card ps-consequence' },
        h('h2', {}, `Décision ${v.consequence.number}\u00A0: ${v.settings.feedback === 'examen' ? 'choix suivi affiché (la conséquence attend la fin)' : 'conséquence affichée'}`),
        v.consequence.round.firstVotes ? h('p', { class: 'ps-shift' }, `Évolution entre les deux votes\u00A0: ${shiftOf(v.consequence.round.firstVotes, v.consequence.round.votes).map((p, i) => `option ${i + 1} ${shiftLabel(p)}`).join(' · ')}`) : null,
        h('p', {}, v.consequence.round.consequence.feedback)) : null,
      v.ending ? h('section', { class: 'ps-card' }, h('h2', {}, `Fin\u00A0: ${v.ending.title}`), h('h3', {}, 'Questions pour le débat'), h('ul', {}, ...v.ending.questions.map((q) => h('li', {}, q)))) : null,
      v.summary && v.phase === 'summary'
        ? summaryView(v.summary, {
          onReplay: (round, option) => this.send({ kind: 'replay', round, option }),
          onJson: () => exportSummary(v, 'json'),
          onCsv: () => exportSummary(v, 'csv'),
        })
        : null,
      h('section', { class: 'ps-help no-print', 'aria-label': 'Touches' },
        h('h2', {}, 'Touches (télécommande ou clavier)'),
        h('dl', {}, ...KEY_HELP.flatMap(([k, what]) => [h('dt', {}, k), h('dd', {}, what)]))),
    ];
    // Drawn again after each command: the control that had the focus (a keyboard user's « + ») gets it back.
    const focused = document.activeElement instanceof HTMLElement && this.body.contains(document.activeElement) ? focusKey(document.activeElement) : null;
    this.body.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
    if (focused) [...this.body.querySelectorAll<HTMLElement>('button, input, summary')].find((el) => focusKey(el) === focused)?.focus();
  }

  private controls(v: SessionView): HTMLElement {
    return h('div', { class: 'ps-controls no-print' },
      button('← Revenir', () => this.send({ kind: 'back' }), { disabled: !v.canBack }),
      button('Suivant →', () => this.send({ kind: 'next' }), { class: 't-primary', disabled: v.phase === 'summary' }),
      button('Révéler (R)', () => this.send({ kind: 'reveal' }), { disabled: v.phase !== 'vote' || v.decision?.followed == null }),
      button(v.screen === 'black' ? 'Rallumer l’écran (B)' : 'Écran noir (B)', () => this.send({ kind: 'screen', screen: 'black' })),
      button(v.screen === 'white' ? 'Rallumer l’écran (W)' : 'Écran blanc (W)', () => this.send({ kind: 'screen', screen: 'white' })),
      button('Plein écran (F)', toggleFullscreen),
      button('Quitter (Échap)', () => void this.askLeave()));
  }

  /** The discussion between two votes: the first round's figures for the trainer alone, the countdown. */
  private discussPanel(d: DecisionView, open: boolean): HTMLElement {
    const first = d.firstVotes ?? [];
    const pct = percentages(first);
    const timer = (label: string, seconds: number | null) =>
      button(label, () => this.send({ kind: 'timer', seconds }), { 'aria-pressed': (d.timer?.seconds ?? null) === seconds ? 'true' : 'false', disabled: !open });
    return h('div', { class: 'ps-decision' },
      h('section', { class: 'ps-card ps-votes', 'aria-label': 'Votes', 'data-stage': 'discuss' },
        h('h2', {}, `Décision ${d.number} — discussion entre voisin·es`),
        h('p', {}, 'La salle voit « Discutez avec votre voisin·e ». Premier vote (caché à la salle)\u00A0:'),
        h('ol', {}, ...d.options.map((o, i) => h('li', { class: 'ps-option', 'data-option': o.number },
          h('p', { class: 'ps-option-text' }, `${o.number}. ${o.text}`),
          h('p', { class: 'ps-count', 'data-votes': first[i] ?? 0 }, `${first[i] ?? 0} (${pct[i] ?? 0}\u00A0%)`)))),
        h('div', { class: 'ps-round-actions' },
          button('Ouvrir le second vote (D)', () => this.send({ kind: 'discuss' }), { class: 't-primary', disabled: !open, 'data-action': 'revote' })),
        h('h3', {}, 'Minuteur projeté (T)'),
        h('div', { class: 'ps-round-actions' }, timer('1\u00A0min', 60), timer('2\u00A0min', 120), timer('3\u00A0min', 180), timer('Sans minuteur', null))),
      this.notes(d));
  }

  private notes(d: DecisionView): HTMLElement {
    return h('section', { class: 'ps-card ps-notes', 'aria-label': 'Notes du formateur' },
      h('h2', {}, 'Notes pour animer'),
      h('h3', {}, 'Question à discuter'),
      h('p', {}, d.note.prompt || '—'),
      h('h3', {}, 'À faire ressortir'),
      h('p', {}, d.note.expect || '—'),
      h('h3', {}, 'Références'),
      d.note.refs.length ? h('ul', {}, ...d.note.refs.map((r) => h('li', {}, referenceLabel(r)))) : h('p', {}, '—'));
  }

  private decisionPanel(d: DecisionView, open: boolean): HTMLElement {
    if (d.by === 'parcours') {
      return h('section', { class: 'ps-card ps-votes ps-passed', 'aria-label': 'Votes' },
        h('h2', {}, `Décision ${d.number} — ${d.voted ? 'déjà votée dans cette séance' : 'hors du parcours court'}`),
        h('p', { class: 'ps-followed', 'data-followed': d.followed! + 1 }, `Passée sans vote\u00A0: option ${d.followed! + 1}, la réponse qui mène aux décisions de la fiche. « Suivant » la passe.`),
        h('ol', {}, ...d.options.map((o) => h('li', { class: `ps-option${o.followed ? ' ps-is-followed' : ''}`, 'data-option': o.number }, h('p', { class: 'ps-option-text' }, `${o.number}. ${o.text}`)))));
    }
    if (d.stage === 'discuss') return this.discussPanel(d, open);
    // Before any hand is counted there is no tie to settle: a neutral prompt, not the red warning.
    const noVotes = d.totalVotes === 0 && d.followed === null;
    const status = noVotes
      ? 'Aucun vote pour l’instant\u00A0: comptez les mains (touches 1 à 9), ou choisissez l’option à suivre.'
      : d.followed === null
        ? 'Égalité\u00A0: choisissez l’option à suivre (S ou bouton « Suivre »).'
        : `Option suivie\u00A0: ${d.followed + 1} (${FOLLOWED_BY_LABELS[d.by!]})`;
    return h('div', { class: 'ps-decision' },
      h('section', { class: 'ps-card ps-votes', 'aria-label': 'Votes', 'data-stage': d.stage },
        h('h2', {}, `Décision ${d.number}${open ? '' : ' (à venir)'}${d.stage === 'second' ? ' — second vote' : d.hidden ? ' — premier vote' : ''} — ${d.totalVotes} vote${d.totalVotes > 1 ? 's' : ''}`),
        d.hidden ? h('p', { class: 'ps-hidden-note' }, 'La salle ne voit pas les résultats.') : null,
        d.firstVotes ? h('p', { class: 'ps-first', 'data-first': d.firstVotes.join(',') }, `Premier vote\u00A0: ${d.firstVotes.map((n, i) => `${i + 1} → ${n}`).join(' · ')}`) : null,
        h('p', { class: `ps-followed${d.tie && d.followed === null && !noVotes ? ' ps-tie' : ''}`, 'data-followed': d.followed === null ? '' : d.followed + 1 }, status),
        h('ol', {}, ...d.options.map((o, i) => {
          const input = h('input', { type: 'number', min: 0, max: 999, value: o.votes, 'aria-label': `Votes pour l’option ${o.number}`, disabled: !open });
          input.addEventListener('change', () => this.send({ kind: 'setVotes', option: i, count: Number(input.value) || 0 }));
          return h('li', { class: `ps-option${o.followed ? ' ps-is-followed' : ''}`, 'data-option': o.number },
            h('p', { class: 'ps-option-text' }, `${o.number}. ${o.text}`),
            h('div', { class: 'ps-option-votes' },
              button('−', () => this.send({ kind: 'vote', option: i, delta: -1 }), { 'aria-label': `Retirer un vote à l’option ${o.number}`, disabled: !open }),
              input,
              button('+', () => this.send({ kind: 'vote', option: i, delta: 1 }), { 'aria-label': `Ajouter un vote à l’option ${o.number}`, disabled: !open }),
              h('span', { class: 'ps-count', 'data-votes': o.votes }, `${o.votes} (${o.percent}\u00A0%)`),
              button(o.followed ? 'Suivie' : 'Suivre', () => this.send({ kind: 'pick', option: i }), { 'aria-pressed': o.followed ? 'true' : 'false', disabled: !open })),
            h('details', {}, h('summary', {}, 'Conséquence prévue'), h('p', {}, o.consequence.feedback)));
        })),
        h('div', { class: 'ps-round-actions' },
          button('Suivre la majorité (M)', () => this.send({ kind: 'pick', option: null }), { disabled: !open }),
          d.stage === 'first' ? button('Discutez avec votre voisin·e (D)', () => this.send({ kind: 'discuss' }), { disabled: !open, 'data-action': 'discuss' }) : null)),
      this.notes(d));
  }
}
