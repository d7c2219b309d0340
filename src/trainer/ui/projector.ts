// The projector window: the authoritative side. It holds the runner, applies every command
// (its own keys and the presenter's), saves after each one and posts the new view to the presenter.
import { ROLE_LABELS } from '../model/labels';
import { AXES } from '../../narrative/types';
import { exportBaseName, summaryToCsv, summaryToJson } from '../model/export';
import type { TrainerSession } from '../model/session';
import type { Command, SessionView } from '../model/types';
import { asStore, saveTrainerSession, type StoreLike } from '../persist';
import { projectorLink, type Link, type ToPresenter, type ToProjector } from '../sync';
import type { EventBus } from '../../events/bus';
import type { Store } from '../../storage/store';
import { storageWarningText } from '../../ui/labels/storage';
import { hasWebGL } from '../../phone/webgl';
import { phoneFrameAt, timeSkipAt } from '../model/phone';
import { confirmLeave, installKeys, toast } from './controls';
import { button, download, h } from './dom';
import { consequenceCard, discussCard, endingCard, gauges, optionsCard, summaryView, votesSentence } from './panels';
import { ProjectorPhone } from './phone';
import { contextLines, renderLine, renderRinging, TranscriptView } from './transcript';
import { setSessionResults } from '../../classroom/state';
import { sessionFigures } from '../../learning/sessionFigures';

export interface ProjectorDeps {
  /** The game's store when the projector runs in the game's page, else the browser's storage. */
  storage: StoreLike;
  /** URL of the presenter window for this session. */
  presenterUrl: string;
  /** Called after the trainer confirmed leaving (the session is already cleared). */
  onLeave: () => void;
  /**
   * The game's event bus, when the projector runs inside the game's page: the phone's ringing is
   * announced on it (ui:call-ringing / ui:call-answered) so the game's sound plays the ringtone.
   * Without it (the projector window opened by URL) the projector stays silent.
   */
  bus?: EventBus | null;
  /** Opens the scenario's sheet (it reads this session's figures from the stored session). */
  onSheet?: (scenarioId: string) => void;
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function exportSummary(view: SessionView, kind: 'json' | 'csv'): void {
  if (!view.summary) return;
  const base = exportBaseName(view.summary);
  if (kind === 'json') download(`${base}.json`, summaryToJson(view.summary), 'application/json;charset=utf-8');
  else download(`${base}.csv`, summaryToCsv(view.summary), 'text/csv;charset=utf-8');
}

export class ProjectorWindow {
  private readonly root: HTMLElement;
  private readonly session: TrainerSession;
  private readonly deps: ProjectorDeps;
  private readonly link: Link<ToPresenter, ToProjector>;
  private readonly disposeKeys: () => void;
  /** The story as text: the accessible mirror of the phone, and the display itself without WebGL. */
  private readonly transcript: HTMLElement;
  private readonly phoneCol: HTMLElement;
  private phone: ProjectorPhone | null = null;
  private readonly panel: HTMLElement;
  /** Left of the phone: the lines that set up what the room is looking at (the vote's message stays in view). */
  private readonly context: HTMLElement;
  private readonly header: HTMLElement;
  private readonly title: HTMLElement;
  private readonly roleLine: HTMLElement;
  /** What the transcript shows, so a command only appends (or removes) the lines that changed. */
  private readonly lines = new TranscriptView();
  private readonly onPageHide: () => void;
  private readonly blank: HTMLElement;
  private leaving = false;
  /** The call whose ringtone was announced on the bus (caller, transcript line), to stop it when the phone stops ringing. */
  private ringtone: { from: string; at: number } | null = null;
  /** The game's « Animations » setting, read once: the trainer does not change it mid-session. */
  private readonly animationsSetting: boolean;
  private readonly store: Store;
  /** Lasting warning while the session is not saved (storage full, blocked, or a newer version's data). */
  private readonly storageWarning: HTMLElement;
  /** Ticks the discussion's countdown once a second, only while one runs (an idle projector does no work). */
  private tick: ReturnType<typeof setInterval> | null = null;

  constructor(root: HTMLElement, session: TrainerSession, deps: ProjectorDeps) {
    this.root = root;
    this.session = session;
    this.deps = deps;
    this.store = asStore(deps.storage);
    this.animationsSetting = this.store.get().settings.animations;
    // Built once and updated in place: rebuilt on every command, the title focused when the session
    // starts fell to <body> at the first key.
    this.title = h('h1', { tabindex: '-1' });
    this.roleLine = h('p', { class: 'pj-role' });
    this.header = h('header', { class: 'pj-header' }, this.title, this.roleLine);
    this.storageWarning = h('p', { class: 't-notice t-storage-warning', role: 'alert', hidden: true });
    // role="log": a named live region whose new lines are read as they come (aria-label on a bare div was invalid).
    this.transcript = h('div', { class: 'pj-transcript', role: 'log', 'aria-live': 'polite', 'aria-label': 'Le téléphone' });
    this.panel = h('div', { class: 'pj-panel' });
    this.context = h('div', { class: 'pj-context' });
    this.blank = h('div', { class: 'pj-blank', hidden: true, 'data-screen': 'normal' });
    const screen = h('div', { class: 'pj-screen' });
    this.phoneCol = h('div', { class: 'pj-phone' }, h('div', { class: 'pj-bezel' }, screen), this.transcript);
    const top = h('div', { class: 'trainer-root pj-root', 'data-window': 'projecteur', 'data-display': 'texte' },
      this.header,
      this.storageWarning,
      h('main', { class: 'pj-main' }, this.context, this.phoneCol, this.panel),
      this.blank);
    root.replaceChildren(top);
    window.addEventListener('resize', this.onResize);
    if (hasWebGL()) {
      // The drawn phone; the transcript stays in the page for screen readers (visually hidden).
      top.dataset.display = 'telephone';
      this.phone = new ProjectorPhone(screen, {
        bodyPx: () => parseFloat(getComputedStyle(top).fontSize) || 28,
        animations: () => this.animationsSetting && !prefersReducedMotion(),
        onAnswer: () => {
          if (this.session.view().ringing) this.run({ kind: 'next' });
        },
        onUnavailable: (reason) => {
          console.warn('projector phone unavailable', reason);
          top.dataset.display = 'texte';
          this.phone = null;
        },
      });
    }
    this.link = projectorLink(session.id);
    this.link.onMessage = (msg) => this.onMessage(msg);
    // Closing (or reloading) this window tells the presenter at once, which offers to reopen it.
    this.onPageHide = () => this.link.post({ type: 'gone' });
    window.addEventListener('pagehide', this.onPageHide);
    this.disposeKeys = installKeys({
      command: (cmd) => this.run(cmd),
      leave: () => void this.askLeave(),
      presenter: () => this.openPresenter(),
    });
    this.commit();
    // A new screen: its title takes the focus (it fell to <body> after « Commencer la séance »).
    this.title.focus();
  }

  /** Applies a command from either window; a refusal is shown in both. */
  run(cmd: Command): void {
    const r = this.session.apply(cmd);
    if (!r.ok) {
      toast(this.root.firstElementChild as HTMLElement, r.reason);
      this.link.post({ type: 'refused', reason: r.reason });
      return;
    }
    this.commit();
  }

  private commit(): void {
    const warning = storageWarningText(saveTrainerSession(this.store, this.session.data()));
    this.storageWarning.hidden = warning === null;
    this.storageWarning.textContent = warning ?? '';
    const view = this.session.view();
    this.link.post({ type: 'state', view });
    this.render(view);
  }

  private onMessage(msg: ToProjector): void {
    // A presenter window is there: the summary's controls (print, export, replay) live in it, and
    // the projected summary shows only what the room reads.
    (this.root.firstElementChild as HTMLElement).dataset.presenter = 'on';
    if (msg.type === 'ping') this.link.post({ type: 'pong' });
    else if (msg.type === 'hello') this.link.post({ type: 'state', view: this.session.view() });
    else if (msg.type === 'command') this.run(msg.command);
    else if (msg.type === 'leave') this.leave();
  }

  openPresenter(): void {
    window.open(this.deps.presenterUrl, `soignants-presentateur-${this.session.id}`, 'popup,width=1280,height=800');
  }

  private async askLeave(): Promise<void> {
    const leave = await confirmLeave(this.root.firstElementChild as HTMLElement, 'Les votes de cette séance seront effacés. Exportez le bilan avant si vous voulez le garder.');
    if (leave) this.leave();
  }

  private leave(): void {
    if (this.leaving) return;
    this.leaving = true;
    // The sheet can still show this session's figures once the stored session is cleared.
    setSessionResults(sessionFigures(this.session.data()));
    saveTrainerSession(this.store, null);
    this.link.post({ type: 'closed' });
    this.destroy();
    this.deps.onLeave();
  }

  /** A window resized on the ending or a reveal (the projector's display settles late): fit the card again. */
  private readonly onResize = (): void => {
    if (this.root.querySelector('.pj-root[data-phase="ending"], .pj-root[data-phase="consequence"]')) this.fitCard();
  };

  destroy(): void {
    window.removeEventListener('resize', this.onResize);
    this.stopTick();
    this.announceRinging(null);
    this.phone?.destroy();
    this.phone = null;
    this.disposeKeys();
    window.removeEventListener('pagehide', this.onPageHide);
    this.link.close();
  }

  private render(v: SessionView): void {
    // The projected screen carries no controls: they live in the presenter's window (key P opens it,
    // and the title card offers the button once, before the story starts).
    if (this.title.textContent !== v.scenarioTitle) this.title.textContent = v.scenarioTitle;
    if (this.roleLine.textContent !== ROLE_LABELS[v.role]) this.roleLine.textContent = ROLE_LABELS[v.role];
    this.context.replaceChildren(...this.contextFor(v));
    // Too long for the column (three long mails): the newest line is the one to keep in view.
    this.context.scrollTop = this.context.scrollHeight;
    this.lines.render(this.transcript, v.transcript, { contacts: v.contacts, threads: v.threads }, v.ringing, this.voteLines(v));
    this.drawPhone(v);
    // The ringtone follows the ringing step, and goes quiet while the screen is blanked.
    this.announceRinging(v.screen === 'normal' && v.ringing ? { from: v.ringing.from, at: v.shown } : null);
    this.stopTick();
    this.panel.replaceChildren(this.panelFor(v));
    if (v.phase === 'ending' || v.phase === 'consequence') this.fitCard();
    this.blank.hidden = v.screen === 'normal';
    this.blank.dataset.screen = v.screen;
    this.blank.className = `pj-blank ${v.screen}`;
    const root = this.root.firstElementChild as HTMLElement;
    root.dataset.phase = v.phase;
    root.dataset.screen = v.screen;
    // Who is calling while the phone rings (for the page's styles and tests), absent otherwise.
    if (v.ringing) root.dataset.ringing = v.ringing.from;
    else delete root.dataset.ringing;
  }

  /**
   * Each revealed vote as a line of the accessible transcript, where the choice was made: a screen
   * reader hears the distributions (and the shift) once, as the newest line, like the room sees them.
   */
  private voteLines(v: SessionView): { at: number; text: string }[] {
    const made = this.session.runner.choicesMade;
    return this.session.rounds
      .map((r, i) => ({ round: r, at: made[i]?.transcriptLength ?? -1 }))
      .filter(({ round, at }) => at >= 0 && at <= v.shown && round.by !== 'parcours')
      .map(({ round, at }) => ({ at, text: `Décision ${this.session.rounds.indexOf(round) + 1}\u00A0: ${votesSentence(round)}` }));
  }

  private stopTick(): void {
    if (this.tick) clearInterval(this.tick);
    this.tick = null;
  }

  /** The countdown's text now; « Temps écoulé » once it ran out. */
  private static timerText(t: { seconds: number; startedAt: string }, now = Date.now()): { text: string; left: number } {
    const left = Math.max(0, Math.ceil(t.seconds - (now - Date.parse(t.startedAt)) / 1000));
    const text = left === 0 ? 'Temps écoulé' : `${Math.floor(left / 60)}\u00A0min\u00A0${String(left % 60).padStart(2, '0')}\u00A0s`;
    return { text, left };
  }

  private timerElement(v: SessionView): HTMLElement | null {
    const t = v.decision?.timer;
    if (!t) return null;
    // role=timer is not announced on every tick; the end is said once (role=status below).
    const clock = h('p', { class: 'tp-timer', role: 'timer', 'aria-label': 'Temps de discussion restant' });
    const done = h('p', { class: 'tp-sr', role: 'status' });
    const update = () => {
      const { text, left } = ProjectorWindow.timerText(t);
      clock.textContent = text;
      clock.dataset.left = String(left);
      if (left === 0) {
        done.textContent = 'Temps de discussion écoulé.';
        this.stopTick();
      }
    };
    update();
    if (ProjectorWindow.timerText(t).left > 0) this.tick = setInterval(update, 1000);
    return h('div', { class: 'tp-timer-box' }, clock, done);
  }

  private announceRinging(call: { from: string; at: number } | null): void {
    const bus = this.deps.bus;
    const was = this.ringtone;
    if (was?.from === call?.from && was?.at === call?.at) return;
    this.ringtone = call;
    if (!bus) return;
    if (was) bus.emit('ui:call-answered', { from: was.from });
    if (call) bus.emit('ui:call-ringing', { from: call.from });
  }

  /** The phone rebuilt from the lines on screen and the choices made: back one step redraws it exactly. */
  private drawPhone(v: SessionView): void {
    if (!this.phone) return;
    const stop = this.session.runner.currentStop;
    const open = v.phase === 'vote' && stop?.kind === 'decision' ? stop : null;
    const at = { info: this.session.runner.info, transcript: v.transcript, choices: this.session.runner.choicesMade, phase: v.phase, decision: open, ringing: v.ringing };
    this.phone.show(phoneFrameAt(at), open, timeSkipAt(at));
    if (v.phase !== 'summary') this.phone.refit();
  }

  /**
   * The ending and a reveal are read in front of the room, where nobody scrolls: the card steps its
   * text down (to 70 % at most) until it fits the screen. Endings differ in length, and a reveal of
   * four long options with their bars, the feedback, the risks and four gauges ran under the bottom
   * edge; a fixed size fits only some.
   */
  private fitCard(): void {
    const card = this.panel.querySelector<HTMLElement>('.tp-ending, .tp-consequence');
    if (!card) return;
    for (let size = 1; size >= 0.7; size -= 0.05) {
      card.style.fontSize = `${size.toFixed(2)}em`;
      if (this.panel.scrollHeight <= this.panel.clientHeight + 1) return;
    }
  }

  /**
   * What the room reads left of the phone: the title before the story, then the last lines on the
   * phone (the message a vote is about stays here, large, while the phone shows the replies).
   */
  private contextFor(v: SessionView): HTMLElement[] {
    if (v.phase === 'ending' || v.phase === 'summary') return [];
    if (v.shown === 0 && !v.ringing) {
      return [h('section', { class: 'tp-card tp-title' },
        h('h2', {}, v.scenarioTitle),
        h('p', {}, `Vous jouez\u00A0: ${ROLE_LABELS[v.role]}.`),
        h('p', {}, 'À chaque décision, la salle vote à main levée.'),
        button('Ouvrir la vue présentateur (P)', () => this.openPresenter(), { class: 'pj-presenter-btn no-print' }))];
    }
    const names = { contacts: v.contacts, threads: v.threads };
    const lines = contextLines(v.transcript).map((l) => renderLine(l, names)).filter((x): x is HTMLElement => x !== null);
    if (v.ringing) lines.push(renderRinging(v.ringing, names));
    lines[lines.length - 1]?.classList.add('tr-latest');
    return [h('section', { class: 'pj-context-card', 'aria-hidden': 'true' },
      h('h2', {}, v.phase === 'vote' ? 'La situation' : 'Sur le téléphone'), ...lines)];
  }

  private panelFor(v: SessionView): HTMLElement {
    switch (v.phase) {
      case 'story':
        // Four gauges at zero say nothing: before the first choice the room sees how a session goes.
        if (AXES.every((a) => v.score[a] === 0)) {
          return h('section', { class: 'tp-card tp-howto' },
            h('h2', {}, 'Déroulé'),
            h('p', {}, 'L’histoire avance sur le téléphone. À chaque décision, la salle vote à main levée\u00A0; puis la conséquence du choix s’affiche ici.'));
        }
        // In the exam setting the scores wait for the ending.
        return v.settings.feedback === 'examen'
          ? h('section', { class: 'tp-card tp-exam' }, h('h2', {}, 'Mode examen'), h('p', {}, 'Scores et conséquences à la fin du scénario.'))
          : h('section', { class: 'tp-card' }, h('h2', {}, 'Jauges'), gauges(v.score));
      case 'vote':
        if (!v.decision) return h('div');
        return v.decision.stage === 'discuss' ? discussCard(v.decision, this.timerElement(v)) : optionsCard(v.decision, { showCounts: !v.decision.hidden });
      case 'consequence':
        return v.consequence ? consequenceCard(v.consequence, { exam: v.settings.feedback === 'examen' }) : h('div');
      case 'ending':
        return v.ending ? endingCard(v.ending, v.ledger, v.score) : h('div');
      case 'summary':
        return v.summary
          ? summaryView(v.summary, {
            onReplay: (round, option) => this.run({ kind: 'replay', round, option }),
            onJson: () => exportSummary(v, 'json'),
            onCsv: () => exportSummary(v, 'csv'),
            onSheet: this.deps.onSheet ? () => this.deps.onSheet!(v.scenarioId) : undefined,
          })
          : h('div');
    }
  }
}
