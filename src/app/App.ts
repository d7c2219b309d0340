// The application shell: menu, game screen (phone + consequence panel), settings, pause and
// ending. It owns the store, the bus and the one Phaser game, and runs one PlaySession at a time.
import { EventBus } from '../events/bus';
import type { Exploration } from '../narrative/explorer';
import type { ScenarioRunner } from '../narrative/runner';
import { PlaySession, type SessionOutcome } from '../narrative/session';
import { replayChoicePath, resumeSave, type ChoicePath } from '../narrative/migrate';
import { takeSnapshot } from '../narrative/snapshot';
import { ROLES, type EndingStep, type Role } from '../narrative/types';
import { discoveryOf, eraseMyData, recordPlay } from '../storage/progress';
import type { PhoneGame } from '../phone/PhoneGame';
import { hasWebGL } from '../phone/webgl';
import type { Settings } from '../storage/schema';
import { browserStorage, Store } from '../storage/store';
import { STORAGE_KEY } from '../storage/schema';
// In the entry chunk anyway (storage/schema.ts reads its part of the save): a dynamic import of it
// moved nothing and made every build print INEFFECTIVE_DYNAMIC_IMPORT.
import { clearReminder, dueReminders, type Reminder } from '../storage/learning';
import { eraseText, gameRestoreText, migrationText, storageNoticeText, storageWarningText } from '../ui/labels/storage';
import { AudioDirector } from '../audio/AudioDirector';
import { h } from '../ui/dom';
import { mountMenu, type MenuEntry } from '../ui/menu/MenuScreen';
import { addLearningEntries } from '../classroom/menu';
import { brandMark } from '../ui/menu/art';
import { Mirror } from '../ui/mirror/Mirror';
import { GameNotice } from '../ui/notice/GameNotice';
import { ConsequencePanel } from '../ui/panel/ConsequencePanel';
import { openPause } from '../ui/pause/PauseDialog';
import { prefersReducedMotion } from '../ui/settings/motion';
import { PhoneView } from './PhoneView';
import { loadRunner, loadStoryJson, visibleScenarios } from './scenarios';
import { scenarioCards } from '../content/scenarios';
import { chunks, preloadDebrief } from './chunks';
import { ChunkLoadError, isChunkFailure } from './lazy';
import { soloPhoneTextScale } from '../phone/model/textScale';

/** Said beside the phone when the code of its apps cannot be downloaded mid-story (offline). */
const UI_PHONE_APPS_MISSING = 'Une partie du téléphone n’a pas pu être téléchargée : la connexion au serveur du jeu semble coupée. Le téléphone se mettra à jour dès qu’elle reviendra ; vos choix restent proposés.';

/** How a game on the phone begins. */
type Start =
  /** `notice`: said beside the phone as the game starts (why a resume became a new game). */
  | { kind: 'new'; role: Role; notice?: string }
  | { kind: 'resume' }
  /** A game kept as its choices only (SCORM suspend_data): replayed on a fresh runner. */
  | { kind: 'choices'; path: ChoicePath }
  /** Back to decision `historyIndex` of the runner's own path (debrief « Rejouer depuis ici »). */
  | { kind: 'rewind'; runner: ScenarioRunner; historyIndex: number }
  /** The runner was already put before a decision (branch map): rebuild the phone and wait. */
  | { kind: 'positioned'; runner: ScenarioRunner };

type Screen = 'menu' | 'game' | 'ending' | 'trainer';

/** How long « Jouer » waits for the phone before the story opens as text (the phone then takes over). */
const PHONE_WAIT_MS = 6000;

/** A save or SCORM path made against an earlier version of the scenario: what to say, and whether to start again. */
type Migration = { message: string; restart: boolean };

export class App {
  readonly bus = new EventBus();
  readonly store = new Store(browserStorage());
  screen: Screen = 'menu';
  private readonly root: HTMLElement;
  private readonly main: HTMLElement;
  private readonly menuBtn: HTMLButtonElement;
  private readonly gameEl: HTMLElement;
  private readonly phoneScreen: HTMLElement;
  private readonly overlay: HTMLElement;
  readonly endingHost: HTMLElement;
  /** The phone column and its accessible mirror, made on the first game (see gameArea). */
  private area: { mirror: Mirror; textMode: boolean } | null = null;
  private readonly phoneCol: HTMLElement;
  private readonly panel: ConsequencePanel;
  private readonly notice: GameNotice;
  /** Lasting warning while nothing is saved (storage full, blocked, or a newer version's data). */
  private readonly storageWarning: HTMLElement;
  private phone: PhoneGame | null = null;
  /** The phone boots once, after the first choice of the first game is offered (see bootPhoneAfterFirstChoice). */
  private phoneReady: Promise<PhoneGame | null> | null = null;
  /** Resolves once the phone has taken over the game on screen, or will not (for the bench's `settled()`). */
  private phoneShown: Promise<void> | null = null;
  /** The debrief's code is asked for once, at the first choice of the page's first game. */
  private debriefAsked = false;
  /** No canvas phone in this page (no WebGL, or Phaser failed to boot): the text view stays. */
  private phoneFailed = false;
  /** Ends the wait for the first choice that boots the phone (the game was left before it). */
  private unboot: (() => void) | null = null;
  /** The two faces of the game column: the text view, and the canvas phone once it has booted. */
  private readonly logHost = h('div', { class: 'text-log' });
  private readonly textPhone: HTMLElement;
  private readonly bezel: HTMLElement;
  private view: PhoneView | null = null;
  menu: { destroy(): void; role(): Role } | null = null;
  ending: { destroy(): void } | null = null;
  trainer: { destroy(): void } | null = null;
  readonly trainerHost: HTMLElement;
  private readonly explorations = new Map<string, Promise<Exploration>>();
  /** Stops waiting for the first decision to prepare the map (the game was left before it). */
  private unprepare: (() => void) | null = null;
  /** The map being prepared in the background, for the bench's `settled()`. */
  private preparing: Promise<void> | null = null;
  private dialogOpen = false;
  run = 0;
  private lastRole: Role = 'etudiant';
  /** The scenario on the phone, if any (the update notice resumes it after reloading). */
  private playingId: string | null = null;
  readonly audio: AudioDirector;

  constructor(root: HTMLElement) {
    this.root = root;
    this.menuBtn = h('button', { type: 'button', class: 'btn ghost', hidden: true, 'aria-keyshortcuts': 'Escape', onclick: () => (this.screen === 'game' ? this.pause() : void this.showMenu()) }, 'Menu');
    const header = h('header', { class: 'topbar' },
      h('span', { class: 'brand' }, brandMark(), h('span', { class: 'brand-text' }, 'Soignants & réseaux sociaux')),
      h('span', { class: 'topbar-actions' }, this.menuBtn, h('button', { type: 'button', class: 'btn ghost', onclick: () => this.openSettings() }, 'Réglages')));
    // The page's one <main>: every screen of the game (menu, game, debrief, map…) is drawn inside it,
    // so each has exactly one main landmark; trainer mode hides it and shows its own.
    this.main = h('main', { class: 'main' });
    this.storageWarning = h('p', { class: 'notice storage-warning', role: 'alert', hidden: true });
    this.phoneScreen = h('div', { class: 'phone-screen' });
    this.overlay = h('div', { class: 'phone-overlay' });
    this.phoneScreen.append(this.overlay);
    this.textPhone = h('div', { class: 'text-phone' });
    this.bezel = h('div', { class: 'phone-bezel' }, this.phoneScreen);
    const phoneCol = h('div', { class: 'phone-col' });
    this.phoneCol = phoneCol;
    // The consequence panel scrolls on its own when a long card overflows it: focusable, and named,
    // so a keyboard user can scroll it too (it may hold no control to tab to).
    const side = h('section', { class: 'side', tabindex: '0', 'aria-label': 'Conséquences de vos choix' });
    this.gameEl = h('div', { class: 'game', hidden: true }, h('h1', { class: 'sr-only', id: 'game-title' }, 'Partie en cours'), phoneCol, side);
    this.endingHost = h('div', { class: 'ending-host', hidden: true });
    this.main.append(this.gameEl, this.endingHost);
    this.trainerHost = h('div', { class: 'trainer-host', hidden: true });
    root.append(header, this.storageWarning, this.main, this.trainerHost);
    this.panel = new ConsequencePanel(side);
    this.notice = new GameNotice(side);
    this.audio = new AudioDirector(this.bus, () => this.settings);
    document.addEventListener('keydown', (e) => this.onKey(e));
    matchMedia?.('(prefers-reduced-motion: reduce)').addEventListener?.('change', () => this.applySettings());
    this.applySettings();
    this.store.subscribe(() => this.showStorageStatus());
    this.showStorageStatus();
    // Another tab (or the trainer's window) wrote: show what is stored now. The game on screen is
    // this tab's own and goes on; the menu and the settings follow the store.
    window.addEventListener('storage', (e) => {
      if (e.key !== STORAGE_KEY && e.key !== null) return;
      if (!this.store.refresh()) return;
      this.applySettings();
      if (this.screen === 'menu' && !this.dialogOpen) void this.refreshMenu();
    });
  }

  /**
   * The menu drawn again from the store, keeping the role picked and the focused control (found
   * by its data-focus-key: « Jouer » becomes « Nouvelle partie » when another tab saved a game).
   */
  private async refreshMenu(): Promise<void> {
    if (this.menu) this.lastRole = this.menu.role();
    const active = document.activeElement;
    const key = active instanceof HTMLElement && this.main.contains(active) ? active.dataset.focusKey : undefined;
    await this.showMenu();
    if (!key) return;
    [...this.main.querySelectorAll<HTMLElement>('[data-focus-key]')].find((el) => el.dataset.focusKey === key)?.focus();
  }

  private showStorageStatus(): void {
    const text = storageWarningText(this.store.status);
    this.storageWarning.hidden = text === null;
    if (this.storageWarning.textContent !== (text ?? '')) this.storageWarning.textContent = text ?? '';
  }

  /**
   * The phone column, built on the first game. It opens as the text view (the accessible log, the
   * choices as buttons: the version without WebGL): the opening and the first choice need neither
   * Phaser (413 kB, 104 KiB gzip once trimmed to what the phone uses, src/phone/phaser.ts) nor a WebGL context (its GPU
   * process blocked the main thread up to 1.3 s with software GL on a loaded machine). The canvas
   * phone takes over once it has booted (usePhoneLayout), from the model, nothing lost.
   */
  private gameArea(): { mirror: Mirror; textMode: boolean } {
    if (this.area) return this.area;
    this.textPhone.append(this.logHost, this.overlay);
    this.phoneCol.append(this.textPhone);
    const mirror = new Mirror(this.logHost, this.overlay, true, () => this.view?.toggleMembers());
    mirror.onEveryArmed(() => this.bus.emit('ui:choices-armed', {}));
    this.area = { mirror, textMode: true };
    return this.area;
  }

  private get mirror(): Mirror {
    return this.gameArea().mirror;
  }

  get settings(): Settings {
    return this.store.get().settings;
  }

  private ensurePhone(): Promise<PhoneGame | null> {
    this.phoneReady ??= this.createPhone();
    return this.phoneReady;
  }

  /**
   * Phaser is requested once the first choice takes input (its guard is over) and the browser is
   * idle: the player has the choice in hand, as text, before a byte of Phaser is asked for, and
   * Phaser's evaluation (a long task) does not land between the choice appearing and its first
   * click. The phone then swaps in with the decision waiting on it. Later games have it at once.
   */
  private bootPhoneAfterFirstChoice(run: number): void {
    this.unboot?.();
    this.unboot = null;
    const attach = (p: PhoneGame | null) => {
      if (p && run === this.run) this.view?.attachDisplay(p.scene);
      // Booted at the first choice: the apps the opening did not need come next (see prefetchApps).
      p?.scene.prefetchApps();
    };
    if (this.phoneReady) {
      this.phoneShown = this.phoneReady.then(attach);
      return;
    }
    this.phoneShown = new Promise<void>((resolve) => {
      const offArmed = this.mirror.onArmed(() => whenIdle(() => {
        this.unboot = null;
        if (run !== this.run) return resolve();
        void this.ensurePhone().then(attach).finally(resolve);
      }));
      this.unboot = () => {
        offArmed();
        resolve();
      };
    });
  }

  private async createPhone(): Promise<PhoneGame | null> {
    if (!hasWebGL()) {
      this.textPhone.prepend(h('p', { class: 'notice', role: 'alert' }, 'Votre navigateur ne peut pas afficher le téléphone animé (WebGL indisponible). Le jeu continue en version texte : tout y est.'));
      this.phoneFailed = true;
      return null;
    }
    // Phaser needs a laid-out parent: the phone is laid out, invisible, beside the text while it
    // boots (and the whole game area too if the player has left it meanwhile).
    this.bezel.classList.add('booting');
    this.phoneCol.append(this.bezel);
    const away = this.gameEl.hidden;
    if (away) {
      this.gameEl.hidden = false;
      this.gameEl.classList.add('booting');
    }
    try {
      const { createPhoneGame } = await import('../phone/PhoneGame');
      const p = await createPhoneGame(this.phoneScreen);
      p.game.canvas.setAttribute('aria-hidden', 'true');
      p.game.canvas.setAttribute('tabindex', '-1');
      this.phoneScreen.prepend(p.game.canvas);
      p.scene.onChoiceRects((rects, extra) => this.mirror.place(rects, extra.members));
      // Offline in the middle of a story: the phone keeps its last picture, the choices stay in the
      // page (keys 1–9, the buttons), and the player is told why the phone does not change.
      p.scene.onAppsMissing((missing) => {
        if (missing) this.notice.show(UI_PHONE_APPS_MISSING);
        else if (this.notice.message === UI_PHONE_APPS_MISSING) this.notice.hide();
      });
      this.mirror.onReveal((i) => p.scene.revealChoice(i));
      this.phone = p;
      // A hidden phone (menu, debrief) measures 0: its text is sized when it is shown again.
      new ResizeObserver(() => {
        if (this.phoneScreen.clientWidth > 0) this.applyPhoneOptions();
      }).observe(this.phoneScreen);
      this.applySettings();
      this.usePhoneLayout(p);
      return p;
    } catch (e) {
      console.warn('phone display unavailable', e);
      this.phoneFailed = true;
      this.bezel.remove();
      return null;
    } finally {
      this.bezel.classList.remove('booting');
      this.gameEl.classList.remove('booting');
      if (this.screen !== 'game') this.gameEl.hidden = true;
    }
  }

  /**
   * The canvas phone in place of the text view: the log stays for screen readers, the choice
   * buttons move onto the drawn controls. Moving them would drop the keyboard focus: it is given back.
   */
  private usePhoneLayout(p: PhoneGame): void {
    const focused = document.activeElement instanceof HTMLElement && this.overlay.contains(document.activeElement) ? document.activeElement : null;
    // Seen before the focus comes back: nothing under a visibility:hidden box can take it.
    this.bezel.classList.remove('booting');
    this.phoneScreen.append(this.overlay);
    this.logHost.className = 'sr-only';
    this.phoneCol.replaceChildren(this.bezel, this.logHost);
    this.mirror.setTextMode(false);
    this.gameArea().textMode = false;
    focused?.focus({ preventScroll: true });
    p.refit();
  }

  /** The options last given to the phone, so a resize that changes nothing redraws nothing. */
  private phoneOptions: string | null = null;

  /**
   * The phone's text follows the page's: on a laptop the phone is drawn smaller than a real phone,
   * so its text is raised to the page's body size (sized again whenever the phone's size changes).
   */
  private applyPhoneOptions(animations = this.settings.animations && !prefersReducedMotion()): void {
    if (!this.phone) return;
    const bodyPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 15;
    const textScale = soloPhoneTextScale(this.settings.textScale, bodyPx, this.phoneScreen.clientWidth);
    const key = `${textScale}/${animations}`;
    if (key === this.phoneOptions) return;
    this.phoneOptions = key;
    this.phone.scene.setOptions({ textScale, animations });
  }

  private applySettings(): void {
    const s = this.settings;
    const animations = s.animations && !prefersReducedMotion();
    document.documentElement.style.setProperty('--text-scale', String(s.textScale));
    document.documentElement.dataset.motion = animations ? 'on' : 'off';
    this.phoneOptions = null;
    this.applyPhoneOptions(animations);
    this.panel.el.classList.toggle('exam', s.feedback === 'examen');
  }

  private saveSettings(s: Settings): void {
    this.store.update((d) => {
      d.settings = s;
    });
    this.applySettings();
    this.bus.emit('settings:changed', { key: 'settings' });
  }

  /** « Ce que dit votre cours »: the course's errata, opened on `ids` when a debrief points to them. */
  openErrata(ids: string[] = []): void {
    const opener = document.activeElement as HTMLElement | null;
    chunks.errata().then(({ openErrata }) => openErrata(this.root, ids, () => opener?.focus()), (e: unknown) => this.loadFailed(e, () => this.openErrata(ids)));
  }

  openSettings(): void {
    if (this.dialogOpen) return;
    // Open from the click on: a second click while its code downloads opens nothing more.
    this.dialogOpen = true;
    const back = document.activeElement as HTMLElement | null;
    chunks.settings().then(({ openSettings }) => openSettings(this.root, this.settings, (s) => this.saveSettings(s), () => {
      this.dialogOpen = false;
      back?.focus?.();
    }, () => {
      const message = eraseText(eraseMyData(this.store).ok);
      this.explorations.clear();
      this.applySettings();
      if (this.screen === 'menu') void this.showMenu([message]);
      return message;
    }), (e: unknown) => {
      this.dialogOpen = false;
      // A game in progress stays on screen: said beside the phone, « Réglages » tries again.
      if (this.screen === 'game') {
        console.warn('chargement impossible', e);
        this.notice.show('Les réglages n’ont pas pu être téléchargés : la connexion au serveur du jeu semble coupée. Réessayez « Réglages » une fois la connexion revenue.');
      } else this.loadFailed(e, () => this.openSettings());
    });
  }

  private pause(): void {
    if (this.dialogOpen || this.screen !== 'game') return;
    this.dialogOpen = true;
    const back = document.activeElement as HTMLElement | null;
    openPause(this.root, { settings: () => this.openSettings(), quit: () => void this.showMenu(), saving: () => this.store.status }, () => {
      this.dialogOpen = false;
      back?.focus?.();
    });
  }

  private onKey(e: KeyboardEvent): void {
    if (this.dialogOpen || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
    if (e.key === 'Escape' && this.screen === 'game') {
      e.preventDefault();
      // Escape closes what is open on the phone first, as a phone's back gesture would.
      if (this.view?.membersOpen) this.view.toggleMembers();
      else this.pause();
    } else if (/^[1-9]$/.test(e.key) && this.screen === 'game' && this.area && (e.repeat || this.area.mirror.key(Number(e.key), e.timeStamp))) {
      // A held digit repeats its keydown: only the first press picks (the repeats would answer the next decision).
      e.preventDefault();
    } else if ((e.key === ' ' || e.key === 'Enter') && this.screen === 'game' && !(target && target.closest('button, a, [role="button"], summary')) && this.view?.advance()) {
      // Space or Enter on no control turns the page: the message being typed lands, the card gives way.
      e.preventDefault();
    } else if ((e.key === 'PageUp' || e.key === 'PageDown') && this.screen === 'game' && this.phone) {
      e.preventDefault();
      this.phone.scene.scrollBy(e.key === 'PageUp' ? -300 : 300);
    }
  }

  setScreen(s: Screen): void {
    this.screen = s;
    this.gameEl.hidden = s !== 'game';
    this.endingHost.hidden = s !== 'ending';
    this.trainerHost.hidden = s !== 'trainer';
    this.main.hidden = s === 'trainer';
    (this.root.querySelector('.topbar') as HTMLElement | null)?.toggleAttribute('hidden', s === 'trainer');
    // A way back from every screen: the pause dialog during a game, the menu itself elsewhere.
    this.menuBtn.hidden = s !== 'game' && s !== 'ending';
    this.root.dataset.screen = s;
    if (s === 'game') this.phone?.refit();
  }

  /** The menu is on screen (not a game, nor « Testez-vous » or a story loading after « Jouer »). */
  get onMenu(): boolean {
    return this.menu !== null;
  }

  /** The scenario being played, or null outside a game. */
  get playing(): string | null {
    return this.screen === 'game' ? this.playingId : null;
  }

  stopGame(): void {
    this.run += 1;
    this.unprepare?.();
    this.unprepare = null;
    this.unboot?.();
    this.unboot = null;
    this.playingId = null;
    this.panel.acknowledge();
    this.view?.dispose();
    this.view = null;
    this.audio.stopAll();
    this.ending?.destroy();
    this.ending = null;
    this.trainer?.destroy();
    this.trainer = null;
    this.endingHost.textContent = '';
  }

  async showMenu(notices: string[] = []): Promise<void> {
    this.stopGame();
    this.menu?.destroy();
    this.setScreen('menu');
    const entries: MenuEntry[] = [];
    const games = this.store.get().games;
    const visible = new Set(visibleScenarios(location.search).map((s) => s.id));
    // The menu reads titles from the build-time index: no story and no ink runtime to download yet.
    for (const card of scenarioCards().filter((c) => visible.has(c.id))) {
      const g = games[card.id] as { role?: Role; savedAt?: string } | undefined;
      entries.push({
        id: card.id, title: card.title, theme: card.theme, durationMinutes: card.durationMinutes, group: card.group,
        saved: g && (g.role === 'etudiant' || g.role === 'infirmier') ? { role: g.role, savedAt: String(g.savedAt ?? '') } : null,
        found: { etudiant: discoveryOf(this.store, card.id, 'etudiant')?.endings.length ?? 0, infirmier: discoveryOf(this.store, card.id, 'infirmier')?.endings.length ?? 0 },
      });
    }
    if (this.screen !== 'menu') return;
    this.menu?.destroy();
    this.menu = mountMenu(this.main, entries, this.lastRole, [...this.store.notices.splice(0).map(storageNoticeText), ...notices], {
      play: (id, role) => void this.playAfterQuiz(id, role),
      resume: (id) => void this.resume(id),
      settings: () => this.openSettings(),
      map: (id, role) => void this.openMapFromMenu(id, role),
      genre: (g) => this.saveSettings({ ...this.settings, genre: g }),
      trainer: () => void this.startTrainer(),
      errata: () => this.openErrata(),
    }, this.settings.genre);
    this.addLearningEntries();
  }

  /**
   * The menu's entries for class results, trainer sheets and the weekly refresher (src/classroom/menu.ts).
   * In the entry chunk: on their own they were one more request before the first choice (1.1 KiB
   * with its headers, for 0.6 KiB of code here), and they now come with the menu rather than after it.
   */
  private addLearningEntries(): void {
    const el = this.main.querySelector<HTMLElement>('#menu');
    if (this.screen !== 'menu' || !el || el.querySelector('.menu-learning')) return;
    const cards = scenarioCards().filter((c) => !c.demo);
    addLearningEntries(el, cards, dueReminders(this.store), {
      classroom: () => void this.openClassroom(),
      sheet: (id) => void this.openSheet(id),
      refresher: (r) => void this.openRefresher(r),
      later: (r) => {
        clearReminder(this.store, r.scenarioId, r.role);
        void this.showMenu();
      },
    });
  }

  /**
   * A full-page screen of this part of the game (class results, sheet, refresher) in place of the menu.
   * Its code failing to download says so in French with « Réessayer » (`retry`), not the browser's message.
   */
  private async showPage(mount: (host: HTMLElement, close: () => void) => Promise<() => void> | (() => void), retry: () => void): Promise<void> {
    this.stopGame();
    this.menu?.destroy();
    this.menu = null;
    this.setScreen('ending');
    const run = this.run;
    try {
      const destroy = await mount(this.endingHost, () => void this.showMenu());
      if (run !== this.run) destroy();
      else this.ending = { destroy };
    } catch (e) {
      if (run !== this.run) return;
      if (isChunkFailure(e)) this.loadFailed(e, retry);
      else await this.showMenu([(e as Error).message]);
    }
  }

  async openClassroom(): Promise<void> {
    await this.showPage(async (host, close) => {
      const [{ mountClassroom }, { loadStorySources }] = await Promise.all([chunks.classroom(), chunks.classroomSources()]);
      return mountClassroom(host, await loadStorySources(), { close, sheet: (id) => void this.openSheet(id) });
    }, () => void this.openClassroom());
  }

  async openSheet(id: string): Promise<void> {
    await this.showPage(async (host, close) => {
      const { mountSheetPage } = await chunks.sheet();
      return mountSheetPage(host, id, { close });
    }, () => void this.openSheet(id));
  }

  async openRefresher(r: Reminder): Promise<void> {
    await this.showPage(async (host, close) => {
      const { mountRefresher } = await chunks.refresher();
      return mountRefresher(host, this.store, r, { close });
    }, () => void this.openRefresher(r));
  }

  async play(id: string, role: Role): Promise<void> {
    await this.runSession(id, { kind: 'new', role });
  }

  /** A new play from the menu: « Testez-vous » first when the story has a quiz (skippable). */
  async playAfterQuiz(id: string, role: Role): Promise<void> {
    this.stopGame();
    this.menu?.destroy();
    this.menu = null;
    this.setScreen('menu');
    const run = this.run;
    let flow: typeof import('../quiz/ask');
    try {
      flow = await chunks.quizBefore();
    } catch (e) {
      if (run === this.run) this.loadFailed(e, () => void this.playAfterQuiz(id, role));
      return;
    }
    if (run !== this.run) return;
    const { askBefore } = flow;
    const title = scenarioCards().find((c) => c.id === id)?.title ?? id;
    const r = await askBefore(this.main, this.store, id, role, title);
    if (run !== this.run) return;
    if (r === 'failed') await this.showMenu([`Le scénario « ${id} » n’a pas pu être chargé. Vérifiez la connexion au serveur du jeu, puis réessayez.`]);
    else await this.play(id, role);
  }

  async resume(id: string): Promise<void> {
    await this.runSession(id, { kind: 'resume' });
  }

  /** Resumes a game kept as its choices only (SCORM cmi.suspend_data). */
  async resumeChoices(id: string, path: ChoicePath): Promise<void> {
    await this.runSession(id, { kind: 'choices', path });
  }

  async runSession(id: string, start: Start): Promise<void> {
    this.stopGame();
    const run = this.run;
    this.menu?.destroy();
    this.menu = null;
    const runner = await this.loadWithPhone(id, start, run);
    if (!runner) return;
    const phone = this.phone;
    const restored = await this.restore(id, start, runner);
    if (restored === 'restarted') return;
    const { migration } = restored;
    this.lastRole = start.kind === 'new' ? start.role : runner.currentRole;
    this.showGameScreen(id, runner);
    const { view, session } = this.openSession(id, runner, phone, run);
    if (migration) view.announce(migration.message);
    else if (start.kind === 'new' && start.notice) view.announce(start.notice);
    await this.playToDebrief(id, start, runner, session, migration, run);
  }

  /**
   * The phone first, as a player expects of this game: it boots while the story loads, and the
   * game waits for it a little (PHONE_WAIT_MS). Where it is late (a slow network or machine), the
   * story opens as text and the phone takes over at the first choice (bootPhoneAfterFirstChoice),
   * nothing lost: Phaser is six times Inky's whole page, and nobody should stare at a blank screen.
   * Null when the story failed to load (the menu says why) or another game was asked for meanwhile.
   */
  private async loadWithPhone(id: string, start: Start, run: number): Promise<ScenarioRunner | null> {
    this.gameArea();
    const booting = this.phone || this.phoneFailed ? null : this.ensurePhone();
    let runner: ScenarioRunner;
    try {
      runner = start.kind === 'rewind' || start.kind === 'positioned' ? start.runner : await loadRunner(id);
    } catch (e) {
      if (run === this.run) await this.showMenu([(e as Error).message]);
      return null;
    }
    if (run !== this.run) return null;
    if (booting) await Promise.race([booting, new Promise((resolve) => setTimeout(resolve, PHONE_WAIT_MS))]);
    if (run !== this.run) return null;
    return runner;
  }

  /**
   * Puts the runner where the save or the SCORM path left it; `migration` is set when they were made
   * against an earlier version of the scenario. 'restarted' when the save could not be resumed and
   * the scenario was started again instead.
   */
  private async restore(id: string, start: Start, runner: ScenarioRunner): Promise<{ migration: Migration | null } | 'restarted'> {
    let migration: Migration | null = null;
    if (start.kind === 'choices') {
      let replayed: ReturnType<typeof replayChoicePath>;
      try {
        replayed = replayChoicePath(runner, start.path);
      } catch {
        replayed = null;
        runner.start(start.path.role);
      }
      if (replayed) migration = { message: migrationText(replayed), restart: replayed.replayed === 0 && replayed.total > 0 };
    }
    if (start.kind === 'resume') {
      const saved = this.store.get().games[id];
      const res = resumeSave(runner, saved, { scenarioId: id, fingerprint: runner.fingerprint });
      if (!res.ok) {
        // Said once, then gone: the same broken save must not fail the same way at every « Reprendre ».
        await this.restartAfterFailedResume(id, savedRole(saved), gameRestoreText(res.error));
        return 'restarted';
      }
      if (res.migration) {
        // Nothing replayed: the story is told from the start again, not dumped at once as a resume would.
        migration = { message: migrationText(res.migration), restart: res.migration.replayed === 0 && res.migration.total > 0 };
        // Saved at once in this version, so that reloading again resumes instead of replaying again.
        this.store.update((d) => {
          d.games[id] = takeSnapshot(runner);
        });
      }
    }
    return { migration };
  }

  /** The game screen for real, at the top of the page, the phone's input where its canvas now is. */
  private showGameScreen(id: string, runner: ScenarioRunner): void {
    // Still booting (the phone is late): the game area is shown for real now, the phone beside it.
    this.gameEl.classList.remove('booting');
    this.setScreen('game');
    // The game starts at the top of the page, wherever the menu was scrolled to reach « Jouer »
    // (at 360 px the phone's top was above the screen, its taps out of reach).
    document.scrollingElement?.scrollTo(0, 0);
    // The debrief's code and style come during the game, once the first choice takes input and the
    // browser is idle: an ending never waits for (or fails on) the network, and the opening and its
    // first choice do not share the network with them (issue 17: bytes to the first choice).
    if (!this.debriefAsked) {
      this.debriefAsked = true;
      const off = this.bus.on('ui:choices-armed', () => {
        off();
        whenIdle(() => {
          void preloadDebrief();
          // « Réglages » opens at once during the game, the network lost or not.
          void chunks.settings().catch(() => undefined);
          // The phone's apps its opening did not need (conversations, mails, calls, camera): there
          // before the player can open one. A phone still booting fetches them once attached.
          this.phone?.scene.prefetchApps();
        });
      });
    }
    this.playingId = id;
    this.mirror.rebuild([]);
    this.mirror.say(`${runner.info.title}. ${runner.info.theme}.`);
  }

  /** The view (the phone, or text until it comes) and the session that saves each step. */
  private openSession(id: string, runner: ScenarioRunner, phone: PhoneGame | null, run: number): { view: PhoneView; session: PlaySession } {
    const view = new PhoneView({ info: runner.info, display: phone?.scene ?? null, mirror: this.mirror, panel: this.panel, notice: this.notice, bus: this.bus, settings: () => this.settings });
    this.view = view;
    const session = new PlaySession(runner, view, {
      bus: this.bus,
      save: (snap) => this.store.update((d) => {
        d.games[id] = snap;
      }),
    });
    const st = session.state();
    this.panel.reset(st.score, st.ledger, this.settings.feedback === 'examen');
    this.prepareMapAfterFirstDecision(id, this.lastRole, run);
    if (!phone) this.bootPhoneAfterFirstChoice(run);
    return { view, session };
  }

  /** Plays from where the game starts to its ending, then the debrief; a story that breaks goes back to the menu. */
  private async playToDebrief(id: string, start: Start, runner: ScenarioRunner, session: PlaySession, migration: Migration | null, run: number): Promise<void> {
    try {
      let outcome: SessionOutcome;
      // Camille's gender is chosen in the menu, like the role; a resumed game keeps the one it was saved with.
      if (start.kind === 'new') runner.genre = this.settings.genre;
      if (start.kind === 'new') outcome = await session.start(start.role);
      else if (migration?.restart) outcome = await session.start(runner.currentRole);
      else if (start.kind === 'rewind') outcome = await session.replayFrom(start.historyIndex);
      else outcome = await session.resume();
      if (run !== this.run || outcome.kind !== 'ended') return;
      const { ending } = outcome;
      this.store.update((d) => delete d.games[id]);
      // The ending gets its moment: the last card stays readable, and the player opens the debrief.
      await this.panel.holdEnding(ending.title);
      if (run !== this.run) return;
      recordPlay(this.store, { scenarioId: id, role: runner.currentRole, endingId: ending.id, optionKeys: runner.choicesMade.map((x) => `${x.decision.id}:${x.optionIndex}`), choices: runner.choicesMade.map((x) => x.optionIndex) });
      await this.showDebrief(id, runner, ending);
    } catch (e) {
      const message = `Le scénario s’est interrompu : ${(e as Error).message}`;
      this.bus.emit('story:error', { message });
      console.warn(message);
      if (run !== this.run) return;
      // A resumed game that breaks while being rebuilt is a broken save: cleared, and the game starts again.
      if (start.kind === 'resume') await this.restartAfterFailedResume(id, runner.currentRole, gameRestoreText({ kind: 'corrupted' }));
      else await this.showMenu([message]);
    }
  }

  /** Clears a save that cannot be resumed, says why, and really starts the scenario again (same role when known). */
  private async restartAfterFailedResume(id: string, role: Role | null, message: string): Promise<void> {
    this.store.update((d) => {
      delete d.games[id];
    });
    await this.runSession(id, { kind: 'new', role: role ?? this.lastRole, notice: message });
  }

  /** The screens after a game (./afterGame.ts): a chunk fetched with the debrief's during the game. */
  private after(open: (m: typeof import('./afterGame')) => Promise<void>, retry: () => void): Promise<void> {
    const run = this.run;
    return chunks.afterGame().then(open, (e: unknown) => {
      if (run === this.run) this.loadFailed(e, retry);
    });
  }

  /** The full debrief (issue 5), with replay, role change, the branch map and « Et si… ? ». */
  private showDebrief(id: string, runner: ScenarioRunner, ending: EndingStep): Promise<void> {
    return this.after((m) => m.showDebrief(this, id, runner, ending), () => void this.showDebrief(id, runner, ending));
  }

  /**
   * Prepares the branch map while the player reads the first decision, once its options take input
   * and the browser is idle, so the debrief opens it at once. Not at « Jouer »: the worker would
   * compete with the first messages on a small machine (and its chunk with the first choice's
   * bytes), and a player who leaves at once never needed it.
   */
  private prepareMapAfterFirstDecision(id: string, role: Role, run: number): void {
    this.unprepare?.();
    const off = this.bus.on('ui:choices-armed', () => {
      off();
      this.unprepare = null;
      this.preparing = new Promise<void>((resolve) => whenIdle(() => {
        if (run !== this.run) return resolve();
        void this.exploration(id, role).catch(() => undefined).finally(resolve);
      }));
    });
    this.unprepare = off;
  }

  /** One exploration per scenario and role, computed in a worker and shared by every map opening. */
  exploration(id: string, role: Role): Promise<Exploration> {
    const key = `${id}:${role}`;
    const hit = this.explorations.get(key);
    if (hit) return hit;
    const pending = Promise.all([chunks.exploreAsync(), loadStoryJson(id)]).then(([{ exploreAsync }, json]) => exploreAsync(json, id, role));
    pending.catch(() => this.explorations.delete(key));
    this.explorations.set(key, pending);
    return pending;
  }

  private openMapFromMenu(id: string, role: Role): Promise<void> {
    return this.after((m) => m.openMapFromMenu(this, id, role), () => void this.openMapFromMenu(id, role));
  }

  /** « Animer une séance »: the projector window of trainer mode, in place of the game. */
  startTrainer(): Promise<void> {
    return this.after((m) => m.startTrainer(this), () => void this.startTrainer());
  }

  /**
   * A part of the game could not be downloaded (server stopped, network lost): said in French on a
   * screen of its own, with « Réessayer » (which really downloads again, see ./lazy.ts) and « Menu ».
   */
  loadFailed(e: unknown, retry: () => void): void {
    console.warn('chargement impossible', e);
    const network = isChunkFailure(e);
    const reload = e instanceof ChunkLoadError && e.reloadNeeded;
    this.ending?.destroy();
    this.ending = null;
    this.setScreen('ending');
    const title = h('h1', { tabindex: '-1' }, network ? 'Chargement impossible' : 'Une erreur est survenue');
    const box = h('section', { class: 'load-failed', 'aria-labelledby': 'load-failed-title' },
      title,
      h('p', {}, reload
        ? 'La connexion est revenue, mais le navigateur garde l’échec du premier téléchargement : rechargez la page pour ouvrir cette partie du jeu. Vos parties et vos fins trouvées sont gardées.'
        : network
          ? 'Cette partie du jeu n’a pas pu être téléchargée : la connexion au serveur du jeu semble coupée. Vérifiez la connexion, puis réessayez. Vos parties et vos fins trouvées sont gardées.'
          : `Cette partie du jeu n’a pas pu s’ouvrir (${(e as Error)?.message ?? String(e)}).`),
      h('p', { class: 'load-failed-actions' },
        reload
          ? h('button', { type: 'button', class: 'btn primary', 'data-action': 'reload', onclick: () => location.reload() }, 'Recharger la page')
          : h('button', { type: 'button', class: 'btn primary', 'data-action': 'retry', onclick: () => retry() }, 'Réessayer'),
        ' ',
        h('button', { type: 'button', class: 'btn', 'data-action': 'menu', onclick: () => void this.showMenu() }, 'Menu')));
    title.id = 'load-failed-title';
    this.endingHost.replaceChildren(box);
    title.focus();
  }

  /** For tests and the bench: what the phone shows. */
  debug() {
    return {
      screen: this.screen,
      phoneScreen: this.view?.state.screen ?? null,
      textMode: this.area?.textMode ?? null,
      phone: this.phone,
      view: this.view,
      explorations: [...this.explorations.values(), ...(this.preparing ? [this.preparing] : [])],
      phoneShown: this.phoneShown,
      /** The game on screen is still the text view, waiting for the canvas phone to take over. */
      phonePending: this.screen === 'game' && !!this.view && !this.view.hasDisplay && !this.phoneFailed,
    };
  }
}

/** Runs `fn` when the browser is idle (a timer where requestIdleCallback is missing: Safari). */
export function whenIdle(fn: () => void, timeout = 3000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout });
  else setTimeout(fn, 1500);
}

/** The role a stored game was played in, when it says one the game knows. */
function savedRole(saved: unknown): Role | null {
  const role = typeof saved === 'object' && saved !== null ? (saved as { role?: unknown }).role : undefined;
  return ROLES.includes(role as Role) ? (role as Role) : null;
}
