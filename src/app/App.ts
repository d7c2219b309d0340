// The application shell: menu, game screen (phone + consequence panel), settings, pause and
// ending. It owns the store, the bus and the one Phaser game, and runs one PlaySession at a time.
import { EventBus } from '../events/bus';
import { PlaySession } from '../narrative/session';
import { isRestoreError, parseSnapshot, restoreSnapshot } from '../narrative/snapshot';
import type { Role } from '../narrative/types';
import { createPhoneGame, hasWebGL, type PhoneGame } from '../phone/PhoneGame';
import { progressKey, recordDiscovery, type Settings } from '../storage/schema';
import { browserStorage, Store } from '../storage/store';
import { AudioDirector } from '../audio/AudioDirector';
import { h } from '../ui/dom';
import { mountEnding, type EndingMount } from '../ui/ending/EndingScreen';
import { mountMenu, type MenuEntry } from '../ui/menu/MenuScreen';
import { Mirror } from '../ui/mirror/Mirror';
import { ConsequencePanel } from '../ui/panel/ConsequencePanel';
import { openPause } from '../ui/pause/PauseDialog';
import { openSettings, prefersReducedMotion } from '../ui/settings/SettingsDialog';
import { PhoneView } from './PhoneView';
import { loadRunner, visibleScenarios } from './scenarios';

type Screen = 'menu' | 'game' | 'ending';

export class App {
  readonly bus = new EventBus();
  readonly store = new Store(browserStorage());
  /** Swap point for the full debrief (issue 5): same (container, data, actions) shape. */
  endingMount: EndingMount = mountEnding;
  screen: Screen = 'menu';
  private readonly root: HTMLElement;
  private readonly main: HTMLElement;
  private readonly menuBtn: HTMLButtonElement;
  private readonly gameEl: HTMLElement;
  private readonly phoneScreen: HTMLElement;
  private readonly overlay: HTMLElement;
  private readonly endingHost: HTMLElement;
  private readonly mirror: Mirror;
  private readonly panel: ConsequencePanel;
  private readonly textMode: boolean;
  private phone: PhoneGame | null = null;
  private phoneReady: Promise<PhoneGame | null>;
  private view: PhoneView | null = null;
  private menu: { destroy(): void; role(): Role } | null = null;
  private ending: { destroy(): void } | null = null;
  private dialogOpen = false;
  private run = 0;
  private lastRole: Role = 'etudiant';
  readonly audio: AudioDirector;

  constructor(root: HTMLElement) {
    this.root = root;
    this.textMode = !hasWebGL();
    this.menuBtn = h('button', { type: 'button', class: 'btn ghost', hidden: true, 'aria-keyshortcuts': 'Escape', onclick: () => this.pause() }, 'Menu');
    const header = h('header', { class: 'topbar' },
      h('span', { class: 'brand' }, 'Soignants & réseaux sociaux'),
      h('span', { class: 'topbar-actions' }, this.menuBtn, h('button', { type: 'button', class: 'btn ghost', onclick: () => this.openSettings() }, 'Réglages')));
    this.main = h('div', { class: 'main' });
    this.phoneScreen = h('div', { class: 'phone-screen' });
    this.overlay = h('div', { class: 'phone-overlay' });
    this.phoneScreen.append(this.overlay);
    const logHost = h('div', { class: this.textMode ? 'text-log' : 'sr-only' });
    const phoneCol = h('div', { class: 'phone-col' },
      this.textMode
        ? h('div', { class: 'text-phone' },
          h('p', { class: 'notice', role: 'alert' }, 'Votre navigateur ne peut pas afficher le téléphone animé (WebGL indisponible). Le jeu continue en version texte : tout y est.'),
          logHost, this.overlay)
        : h('div', { class: 'phone-bezel' }, this.phoneScreen));
    if (!this.textMode) phoneCol.append(logHost);
    const side = h('div', { class: 'side' });
    this.gameEl = h('div', { class: 'game', hidden: true }, h('h1', { class: 'sr-only', id: 'game-title' }, 'Partie en cours'), phoneCol, side);
    this.endingHost = h('div', { class: 'ending-host', hidden: true });
    this.main.append(this.gameEl, this.endingHost);
    root.append(header, this.main);
    this.mirror = new Mirror(logHost, this.overlay, this.textMode, () => this.view?.toggleMembers());
    this.panel = new ConsequencePanel(side);
    this.audio = new AudioDirector(this.bus, () => this.settings);
    this.phoneReady = this.textMode ? Promise.resolve(null) : this.createPhone();
    document.addEventListener('keydown', (e) => this.onKey(e));
    matchMedia?.('(prefers-reduced-motion: reduce)').addEventListener?.('change', () => this.applySettings());
    this.applySettings();
  }

  get settings(): Settings {
    return this.store.get().settings;
  }

  private async createPhone(): Promise<PhoneGame | null> {
    try {
      // Phaser needs a laid-out parent: show the game area invisibly while it boots.
      this.gameEl.hidden = false;
      this.gameEl.classList.add('booting');
      const p = await createPhoneGame(this.phoneScreen);
      p.game.canvas.setAttribute('aria-hidden', 'true');
      p.game.canvas.setAttribute('tabindex', '-1');
      this.phoneScreen.prepend(p.game.canvas);
      p.scene.onChoiceRects((rects, extra) => this.mirror.place(rects, extra.members));
      this.phone = p;
      this.applySettings();
      return p;
    } catch (e) {
      console.warn('phone display unavailable', e);
      return null;
    } finally {
      this.gameEl.classList.remove('booting');
      if (this.screen !== 'game') this.gameEl.hidden = true;
    }
  }

  private applySettings(): void {
    const s = this.settings;
    const animations = s.animations && !prefersReducedMotion();
    document.documentElement.style.setProperty('--text-scale', String(s.textScale));
    document.documentElement.dataset.motion = animations ? 'on' : 'off';
    this.phone?.scene.setOptions({ textScale: s.textScale, animations });
    this.panel.el.classList.toggle('exam', s.feedback === 'examen');
  }

  private saveSettings(s: Settings): void {
    this.store.update((d) => {
      d.settings = s;
    });
    this.applySettings();
    this.bus.emit('settings:changed', { key: 'settings' });
  }

  openSettings(): void {
    if (this.dialogOpen) return;
    this.dialogOpen = true;
    const back = document.activeElement as HTMLElement | null;
    openSettings(this.root, this.settings, (s) => this.saveSettings(s), () => {
      this.dialogOpen = false;
      back?.focus?.();
    });
  }

  private pause(): void {
    if (this.dialogOpen || this.screen !== 'game') return;
    this.dialogOpen = true;
    const back = document.activeElement as HTMLElement | null;
    openPause(this.root, { settings: () => this.openSettings(), quit: () => void this.showMenu() }, () => {
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
      this.pause();
    } else if (/^[1-9]$/.test(e.key) && this.screen === 'game' && this.mirror.key(Number(e.key))) {
      e.preventDefault();
    } else if ((e.key === 'PageUp' || e.key === 'PageDown') && this.screen === 'game' && this.phone) {
      e.preventDefault();
      this.phone.scene.scrollBy(e.key === 'PageUp' ? -300 : 300);
    }
  }

  private setScreen(s: Screen): void {
    this.screen = s;
    this.gameEl.hidden = s !== 'game';
    this.endingHost.hidden = s !== 'ending';
    this.menuBtn.hidden = s !== 'game';
    this.root.dataset.screen = s;
    if (s === 'game') this.phone?.refit();
  }

  private stopGame(): void {
    this.run += 1;
    this.view?.dispose();
    this.view = null;
    this.ending?.destroy();
    this.ending = null;
  }

  async showMenu(notices: string[] = []): Promise<void> {
    this.stopGame();
    this.menu?.destroy();
    this.setScreen('menu');
    const entries: MenuEntry[] = [];
    const games = this.store.get().games;
    for (const s of visibleScenarios(location.search)) {
      try {
        const r = await loadRunner(s.id);
        const g = games[s.id] as { role?: Role; savedAt?: string } | undefined;
        entries.push({
          id: s.id, title: r.info.title, theme: r.info.theme, durationMinutes: r.info.durationMinutes,
          saved: g && (g.role === 'etudiant' || g.role === 'infirmier') ? { role: g.role, savedAt: String(g.savedAt ?? '') } : null,
        });
      } catch (e) {
        notices.push((e as Error).message);
      }
    }
    if (this.screen !== 'menu') return;
    this.menu?.destroy();
    this.menu = mountMenu(this.main, entries, this.lastRole, [...this.store.notices.splice(0), ...notices], {
      play: (id, role) => void this.play(id, role),
      resume: (id) => void this.resume(id),
      settings: () => this.openSettings(),
    });
  }

  async play(id: string, role: Role): Promise<void> {
    await this.runSession(id, role, false);
  }

  async resume(id: string): Promise<void> {
    await this.runSession(id, this.lastRole, true);
  }

  private async runSession(id: string, role: Role, resume: boolean): Promise<void> {
    this.stopGame();
    const run = this.run;
    this.menu?.destroy();
    this.menu = null;
    const phone = await this.phoneReady;
    const runner = await loadRunner(id);
    if (run !== this.run) return;
    let resumed = false;
    if (resume) {
      const snap = parseSnapshot(this.store.get().games[id], { scenarioId: id, fingerprint: runner.fingerprint });
      const err = isRestoreError(snap) ? snap : restoreSnapshot(runner, snap);
      if (err) {
        this.store.update((d) => delete d.games[id]);
        await this.showMenu([err.message]);
        return;
      }
      resumed = true;
      role = runner.currentRole;
    }
    this.lastRole = role;
    this.setScreen('game');
    this.mirror.rebuild([]);
    this.mirror.say(`${runner.info.title}. ${runner.info.theme}.`);
    const view = new PhoneView({ info: runner.info, display: phone?.scene ?? null, mirror: this.mirror, panel: this.panel, bus: this.bus, settings: () => this.settings });
    this.view = view;
    const session = new PlaySession(runner, view, {
      bus: this.bus,
      save: (snap) => this.store.update((d) => {
        d.games[id] = snap;
      }),
    });
    const st = session.state();
    this.panel.reset(st.score, st.ledger, this.settings.feedback === 'examen');
    try {
      const outcome = resumed ? await session.resume() : await session.start(role);
      if (run !== this.run || outcome.kind !== 'ended') return;
      const { ending, state } = outcome;
      this.store.update((d) => {
        delete d.games[id];
        const key = progressKey(id, state.role);
        d.progress[key] = recordDiscovery(d.progress[key], ending.id, state.history.map((x) => `${x.decision.id}:${x.optionIndex}`), true);
      });
      // Let the last card be read before the phone gives way to the ending.
      await new Promise((r) => setTimeout(r, this.settings.typingSpeed === 'instantane' ? 0 : 600));
      if (run !== this.run) return;
      this.setScreen('ending');
      this.panel.reset(state.score, state.ledger, false);
      this.ending = this.endingMount(this.endingHost, { ending, state }, {
        replay: () => void this.play(id, state.role),
        changeRole: () => void this.play(id, state.role === 'etudiant' ? 'infirmier' : 'etudiant'),
        menu: () => void this.showMenu(),
      });
    } catch (e) {
      const message = `Le scénario s’est interrompu : ${(e as Error).message}`;
      this.bus.emit('story:error', { message });
      console.warn(message);
      if (run === this.run) await this.showMenu([message]);
    }
  }

  /** For tests and the bench: what the phone shows. */
  debug() {
    return {
      screen: this.screen,
      phoneScreen: this.view?.state.screen ?? null,
      textMode: this.textMode,
      phone: this.phone,
      view: this.view,
    };
  }
}
