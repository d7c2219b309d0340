// Entry points of trainer mode (issue 6). The lead wires them in src/main.ts:
//   const t = trainerModeFromUrl(location.search);
//   if (t) { await startTrainerFromUrl(document.getElementById('app')!); return; }
// and the menu's « Animer une séance » calls startTrainerMode(root, { onExit: backToMenu }).
import '../styles/tokens.css';
import './trainer.css';
import { SCENARIOS, type ScenarioEntry } from '../content/scenarios';
import { ScenarioRunner } from '../narrative/runner';
import { ROLES, type Role } from '../narrative/types';
import type { EventBus } from '../events/bus';
import { browserStorage } from '../storage/store';
import { trainerRestoreText } from '../ui/labels/storage';
import { ROLE_LABELS } from './model/labels';
import { TrainerSession } from './model/session';
import { asStore, loadTrainerSession, saveTrainerSession, type StoreLike } from './persist';
import { button, h } from './ui/dom';
import { installEmojiIcons } from '../ui/emoji/icons';
import { PresenterWindow } from './ui/presenter';
import { ProjectorWindow } from './ui/projector';
import { ENDING_WORDS } from '../ui/labels/story';

export type TrainerWindow = { mode: 'formateur'; sessionId: string | null; scenarioId: string | null; role: Role | null } | { mode: 'presentateur'; sessionId: string };

/** Reads `?mode=formateur[&scenario=…&role=…|&session=…]` or `?mode=presentateur&session=…`; null otherwise. */
export function trainerModeFromUrl(search: string): TrainerWindow | null {
  const p = new URLSearchParams(search);
  const session = p.get('session');
  const validId = session && /^[a-z0-9-]{1,40}$/.test(session) ? session : null;
  if (p.get('mode') === 'presentateur' && validId) return { mode: 'presentateur', sessionId: validId };
  if (p.get('mode') === 'formateur') {
    const role = p.get('role');
    return { mode: 'formateur', sessionId: validId, scenarioId: p.get('scenario'), role: ROLES.includes(role as Role) ? (role as Role) : null };
  }
  return null;
}

export interface TrainerModeOptions {
  /** The game's store inside the game's page, so the page has one writer logic; else the browser's storage. */
  storage?: StoreLike;
  scenarios?: readonly ScenarioEntry[];
  /** Back to the game's menu after leaving; without it the setup screen comes back. */
  onExit?: () => void;
  /** Start at once (URL parameters or the menu's own choice). */
  scenarioId?: string | null;
  role?: Role | null;
  /** Resume this session id if it is the one stored. */
  sessionId?: string | null;
  /** The game's bus inside the game's page (menu « Animer une séance »): the ringing phone rings on it. */
  bus?: EventBus | null;
  /** Extra pages offered on the setup screen (« Résultats de la classe », « Fiche formateur »). */
  links?: { label: string; action: (scenarioId: string | null) => void }[];
}

export interface TrainerHandle {
  destroy(): void;
}

function newSessionId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 10);
}

function pageUrl(params: Record<string, string>): string {
  const url = new URL(window.location.href);
  url.search = new URLSearchParams(params).toString();
  url.hash = '';
  return url.toString();
}

async function loadRunner(entry: ScenarioEntry): Promise<ScenarioRunner> {
  const loaded = ScenarioRunner.load(await entry.load(), entry.id, ENDING_WORDS);
  if (!(loaded instanceof ScenarioRunner)) throw new Error(loaded.message);
  return loaded;
}

/** Trainers see the real scenarios; the demo only when nothing else is registered or when asked by URL. */
function offered(all: readonly ScenarioEntry[], asked: string | null | undefined): ScenarioEntry[] {
  const real = all.filter((s) => !s.demo);
  return real.length ? [...real, ...all.filter((s) => s.demo && s.id === asked)] : [...all];
}

/** The projector window: setup (or resume), then the session. */
export async function startTrainerMode(root: HTMLElement, opts: TrainerModeOptions = {}): Promise<TrainerHandle> {
  // Story text on the projector: emoji drawn as the project's icons (no emoji font on many PCs).
  installEmojiIcons(root);
  const storage = asStore(opts.storage === undefined ? browserStorage() : opts.storage);
  const all = opts.scenarios ?? SCENARIOS;
  let current: ProjectorWindow | null = null;
  document.title = 'Séance en groupe — Soignants & réseaux sociaux';

  const exit = () => {
    current = null;
    window.history.replaceState(null, '', pageUrl({ mode: 'formateur' }));
    if (opts.onExit) opts.onExit();
    else void setup(null);
  };

  const launch = (session: TrainerSession) => {
    // The URL now names the session, so a reload of this window resumes it instead of starting over.
    window.history.replaceState(null, '', pageUrl({ mode: 'formateur', session: session.id }));
    current = new ProjectorWindow(root, session, {
      storage,
      presenterUrl: pageUrl({ mode: 'presentateur', session: session.id }),
      onLeave: exit,
      bus: opts.bus ?? null,
    });
  };

  const startNew = async (entry: ScenarioEntry, role: Role) => {
    const runner = await loadRunner(entry);
    launch(TrainerSession.start(runner, role, { id: newSessionId() }));
  };

  /** The stored session, restored on its story; a French notice when it cannot be. */
  const restoreStored = async (): Promise<{ session: TrainerSession | null; notice: string | null }> => {
    const stored = loadTrainerSession(storage);
    if (!stored.ok) return { session: null, notice: trainerRestoreText(stored.problem) };
    if (!stored.session) return { session: null, notice: null };
    const entry = all.find((s) => s.id === stored.session!.scenarioId);
    if (!entry) return { session: null, notice: 'Le scénario de la séance enregistrée n’existe plus : commencez une nouvelle séance.' };
    const restored = TrainerSession.restore(await loadRunner(entry), stored.session);
    if (restored instanceof TrainerSession) return { session: restored, notice: null };
    return { session: null, notice: trainerRestoreText(restored.kind) };
  };

  const setup = async (notice: string | null) => {
    const stored = await restoreStored();
    const list = offered(all, opts.scenarioId);
    const infos = await Promise.all(list.map(async (e) => ({ entry: e, info: (await loadRunner(e)).info })));
    let role: Role = 'etudiant';
    let chosen = infos[0]?.entry ?? null;
    const form = h('form', { class: 'tset-form' });
    const scen = h('fieldset', {}, h('legend', {}, 'Scénario'),
      ...infos.map(({ entry, info }, i) => {
        const input = h('input', { type: 'radio', name: 'scenario', value: entry.id, checked: i === 0 });
        input.addEventListener('change', () => { chosen = entry; });
        return h('label', {}, input, ` ${info.title}`, h('span', { class: 'tset-theme' }, ` — ${info.theme} (${info.durationMinutes}\u00A0min)`));
      }));
    const roles = h('fieldset', {}, h('legend', {}, 'Rôle joué par le groupe'),
      ...ROLES.map((r, i) => {
        const input = h('input', { type: 'radio', name: 'role', value: r, checked: i === 0 });
        input.addEventListener('change', () => { role = r; });
        return h('label', {}, input, ` ${ROLE_LABELS[r]}`);
      }));
    form.append(scen, roles, h('button', { type: 'submit', class: 't-primary' }, 'Commencer la séance'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (chosen) void startNew(chosen, role);
    });
    const resume = stored.session
      ? h('section', { class: 'tp-card tset-resume' },
        h('h2', {}, 'Séance en cours'),
        h('p', {}, `${stored.session.view().scenarioTitle} · ${ROLE_LABELS[stored.session.view().role]} · décision ${stored.session.rounds.length + 1}`),
        button('Reprendre la séance', () => launch(stored.session!), { class: 't-primary' }))
      : null;
    const heading = h('h1', { tabindex: '-1' }, 'Animer une séance');
    // The setup screen is the window's one <main> (the game's is hidden in trainer mode).
    root.replaceChildren(h('main', { class: 'trainer-root tset-root' },
      heading,
      notice || stored.notice ? h('p', { class: 't-notice', role: 'alert' }, (notice ?? stored.notice)!) : null,
      resume,
      h('section', { class: 'tp-card' }, h('h2', {}, resume ? 'Ou une nouvelle séance' : 'Nouvelle séance'), form),
      opts.links?.length ? h('section', { class: 'tp-card' }, h('h2', {}, 'Préparer et conclure'),
        ...opts.links.map((l) => button(l.label, () => l.action(chosen?.id ?? null)))) : null,
      opts.onExit ? button('Retour au menu', opts.onExit) : null));
    // A new screen: focus its title (it fell to <body> after « Animer une séance »).
    heading.focus();
  };

  try {
    if (opts.sessionId) {
      const stored = await restoreStored();
      if (stored.session && stored.session.id === opts.sessionId) launch(stored.session);
      else await setup(stored.notice ?? 'Cette séance n’existe plus sur cet ordinateur : commencez-en une nouvelle.');
    } else if (opts.scenarioId && opts.role) {
      const entry = all.find((s) => s.id === opts.scenarioId);
      if (entry) await startNew(entry, opts.role);
      else await setup(`Le scénario « ${opts.scenarioId} » n’existe pas.`);
    } else await setup(null);
  } catch (e) {
    root.replaceChildren(h('main', { class: 'trainer-root tset-root' }, h('h1', {}, 'Animer une séance'), h('p', { class: 't-notice', role: 'alert' }, `La séance n’a pas pu démarrer\u00A0: ${(e as Error).message}`)));
  }
  return { destroy: () => (current as ProjectorWindow | null)?.destroy() };
}

/** The presenter window (opened by « Vue présentateur »). */
export function startPresenterView(root: HTMLElement, sessionId: string, opts: { onExit?: () => void } = {}): TrainerHandle {
  installEmojiIcons(root);
  const w = new PresenterWindow(root, sessionId, () => {
    if (opts.onExit) opts.onExit();
    else window.close();
  });
  return { destroy: () => w.destroy() };
}

/** One call for src/main.ts: starts the right window from the URL, or returns null for the normal game. */
export async function startTrainerFromUrl(root: HTMLElement, opts: Omit<TrainerModeOptions, 'scenarioId' | 'role' | 'sessionId'> = {}): Promise<TrainerHandle | null> {
  const mode = trainerModeFromUrl(window.location.search);
  if (!mode) return null;
  if (mode.mode === 'presentateur') return startPresenterView(root, mode.sessionId, { onExit: opts.onExit });
  return startTrainerMode(root, { ...opts, scenarioId: mode.scenarioId, role: mode.role, sessionId: mode.sessionId });
}

export { saveTrainerSession, loadTrainerSession };
