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
import { findSheet, hasSheet } from '../learning/registry';
import { shippedTable } from '../content/decisionTables';
import { DEFAULT_SETTINGS, type SessionSettings } from './model/types';
import { TrainerSession } from './model/session';
import { asStore, loadTrainerSession, saveTrainerSession, type StoreLike } from './persist';
import { button, h } from './ui/dom';
import { installEmojiIcons } from '../ui/emoji/icons';
import { PresenterWindow } from './ui/presenter';
import { ProjectorWindow } from './ui/projector';
import { ENDING_WORDS } from '../ui/labels/story';

/** What the setup screen chooses besides scenario and role; `shortPath` here only says « the sheet's ». */
export interface SetupChoice {
  twoRounds: boolean;
  feedback: SessionSettings['feedback'];
  shortPath: boolean;
}

export type TrainerWindow =
  | { mode: 'formateur'; sessionId: string | null; scenarioId: string | null; role: Role | null; choice: SetupChoice }
  | { mode: 'presentateur'; sessionId: string };

/**
 * Reads `?mode=formateur[&scenario=…&role=…[&retour=immediat][&parcours=court][&votes=deux]|&session=…]`
 * or `?mode=presentateur&session=…`; null otherwise. Without `retour`, the exam setting.
 */
export function trainerModeFromUrl(search: string): TrainerWindow | null {
  const p = new URLSearchParams(search);
  const session = p.get('session');
  const validId = session && /^[a-z0-9-]{1,40}$/.test(session) ? session : null;
  if (p.get('mode') === 'presentateur' && validId) return { mode: 'presentateur', sessionId: validId };
  if (p.get('mode') === 'formateur') {
    const role = p.get('role');
    const choice: SetupChoice = {
      twoRounds: p.get('votes') === 'deux',
      feedback: p.get('retour') === 'immediat' ? 'immediat' : DEFAULT_SETTINGS.feedback,
      shortPath: p.get('parcours') === 'court',
    };
    return { mode: 'formateur', sessionId: validId, scenarioId: p.get('scenario'), role: ROLES.includes(role as Role) ? (role as Role) : null, choice };
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
  /** Settings of a session started at once (URL parameters); the setup screen has its own switches. */
  choice?: SetupChoice;
  /** Resume this session id if it is the one stored. */
  sessionId?: string | null;
  /** The game's bus inside the game's page (menu « Animer une séance »): the ringing phone rings on it. */
  bus?: EventBus | null;
  /** « Fiche formateur » from the session's summary, filled with the session's figures. */
  onSheet?: (scenarioId: string) => void;
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

const NEW_CHOICE: SetupChoice = { twoRounds: false, feedback: DEFAULT_SETTINGS.feedback, shortPath: false };

/** A new session of `entry` in `role`, with the short path through the sheet's decisions when asked and the story has one. */
async function newSession(entry: ScenarioEntry, role: Role, choice: SetupChoice = NEW_CHOICE): Promise<TrainerSession> {
  const runner = await loadRunner(entry);
  // The sheet is registered with its story (loaded just above); a story without one runs whole.
  const sheet = choice.shortPath ? await findSheet(entry.id) : null;
  const settings: SessionSettings = { twoRounds: choice.twoRounds, feedback: choice.feedback, shortPath: sheet ? sheet.shortPath.map((d) => d.id) : null };
  // The story's decision table steers the short path through every decision of the sheet.
  const table = sheet ? await shippedTable(entry.id) : null;
  return TrainerSession.start(runner, role, { id: newSessionId(), settings, table });
}

type Stored = { session: TrainerSession | null; notice: string | null };

/** The stored session, restored on its story; a French notice when it cannot be. */
async function restoreStored(storage: Parameters<typeof loadTrainerSession>[0], all: readonly ScenarioEntry[]): Promise<Stored> {
  const stored = loadTrainerSession(storage);
  if (!stored.ok) return { session: null, notice: trainerRestoreText(stored.problem) };
  if (!stored.session) return { session: null, notice: null };
  const entry = all.find((s) => s.id === stored.session!.scenarioId);
  if (!entry) return { session: null, notice: 'Le scénario de la séance enregistrée n’existe plus : commencez une nouvelle séance.' };
  const table = stored.session.settings?.shortPath ? await shippedTable(entry.id) : null;
  const restored = TrainerSession.restore(await loadRunner(entry), stored.session, table);
  if (restored instanceof TrainerSession) return { session: restored, notice: null };
  return { session: null, notice: trainerRestoreText(restored.kind) };
}

/** A radio button with its label, and a hint under it when given. */
function radio(name: string, value: string, checked: boolean, label: string, onPick: () => void, hint: string | null = null, attrs: Record<string, string | boolean> = {}): HTMLElement[] {
  const input = h('input', { type: 'radio', name, value, checked, ...attrs });
  input.addEventListener('change', () => { if (input.checked) onPick(); });
  const out: HTMLElement[] = [h('label', {}, input, ` ${label}`)];
  if (hint) out.push(h('p', { class: 'tset-hint' }, hint));
  return out;
}

/** The settings of a new session: feedback, path (short only with a sheet) and votes, written into `choice`. */
function settingsFields(choice: SetupChoice, chosen: () => ScenarioEntry | null): { fields: HTMLElement[]; scenarioChanged: () => void } {
  const shortRadio = h('span', {});
  const whole = radio('parcours', 'complet', true, 'Scénario entier', () => { choice.shortPath = false; });
  /** « Parcours court (1 h) » is offered when the chosen scenario has a sheet. */
  const pathChoice = () => {
    const entry = chosen();
    const sheet = entry ? hasSheet(entry.id) : false;
    if (!sheet) {
      choice.shortPath = false;
      (whole[0]!.querySelector('input') as HTMLInputElement).checked = true;
    }
    shortRadio.replaceChildren(...radio('parcours', 'court', choice.shortPath, 'Parcours court (1\u00A0h)', () => { choice.shortPath = true; },
      sheet ? `Les cinq décisions de la fiche formateur\u00A0: on vote sur elles\u00A0; les autres passent sans vote, d’une touche, sur la réponse qui mène aux décisions de la fiche (la plus protectrice à égalité).` : 'Ce scénario n’a pas de fiche formateur.',
      sheet ? {} : { disabled: true }));
  };
  pathChoice();
  const feedback = h('fieldset', { class: 'tset-settings', 'data-setting': 'retour' }, h('legend', {}, 'Scores et conséquences'),
    ...radio('retour', 'examen', true, 'Mode examen\u00A0: après la fin du scénario', () => { choice.feedback = 'examen'; },
      'Après chaque vote, la salle voit le choix suivi et les votes\u00A0; conséquences, risques et jauges au moment de la fin.'),
    ...radio('retour', 'immediat', false, 'Retour immédiat\u00A0: après chaque vote', () => { choice.feedback = 'immediat'; }));
  const path = h('fieldset', { class: 'tset-settings', 'data-setting': 'parcours' }, h('legend', {}, 'Parcours'),
    shortRadio,
    ...whole);
  const twoRounds = h('input', { type: 'checkbox', name: 'votes', value: 'deux' });
  twoRounds.addEventListener('change', () => { choice.twoRounds = twoRounds.checked; });
  const votes = h('fieldset', { class: 'tset-settings', 'data-setting': 'votes' }, h('legend', {}, 'Votes'),
    h('label', {}, twoRounds, ' Voter en deux temps à chaque décision'),
    h('p', { class: 'tset-hint' }, 'Premier vote aux résultats cachés, « Discutez avec votre voisin·e » (minuteur au choix), second vote, puis les deux votes et leur évolution. Touche D à n’importe quelle décision, même sans cette case.'));
  return { fields: [feedback, path, votes], scenarioChanged: pathChoice };
}

/** The new session's form: scenario, role, settings; `start` is called with them on submit. */
function setupForm(infos: readonly { entry: ScenarioEntry; info: { title: string; theme: string; durationMinutes: number } }[], start: (entry: ScenarioEntry, role: Role, choice: SetupChoice) => void): { form: HTMLElement; chosen: () => ScenarioEntry | null } {
  let role: Role = 'etudiant';
  let chosen = infos[0]?.entry ?? null;
  const choice: SetupChoice = { ...NEW_CHOICE };
  const settings = settingsFields(choice, () => chosen);
  const scen = h('fieldset', {}, h('legend', {}, 'Scénario'),
    ...infos.map(({ entry, info }, i) => {
      const input = h('input', { type: 'radio', name: 'scenario', value: entry.id, checked: i === 0 });
      input.addEventListener('change', () => {
        chosen = entry;
        settings.scenarioChanged();
      });
      return h('label', {}, input, ` ${info.title}`, h('span', { class: 'tset-theme' }, ` — ${info.theme} (${info.durationMinutes}\u00A0min)`));
    }));
  const roles = h('fieldset', {}, h('legend', {}, 'Rôle joué par le groupe'),
    ...ROLES.map((r, i) => {
      const input = h('input', { type: 'radio', name: 'role', value: r, checked: i === 0 });
      input.addEventListener('change', () => { role = r; });
      return h('label', {}, input, ` ${ROLE_LABELS[r]}`);
    }));
  const form = h('form', { class: 'tset-form' });
  form.append(scen, roles, ...settings.fields, h('button', { type: 'submit', class: 't-primary' }, 'Commencer la séance'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (chosen) start(chosen, role, { ...choice });
  });
  return { form, chosen: () => chosen };
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
      onSheet: opts.onSheet,
    });
  };

  const startNew = async (entry: ScenarioEntry, role: Role, choice?: SetupChoice) => launch(await newSession(entry, role, choice));

  const setup = async (notice: string | null) => {
    const stored = await restoreStored(storage, all);
    const list = offered(all, opts.scenarioId);
    const infos = await Promise.all(list.map(async (e) => ({ entry: e, info: (await loadRunner(e)).info })));
    const { form, chosen } = setupForm(infos, (entry, role, choice) => void startNew(entry, role, choice));
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
        ...opts.links.map((l) => button(l.label, () => l.action(chosen()?.id ?? null)))) : null,
      opts.onExit ? button('Retour au menu', opts.onExit) : null));
    // A new screen: focus its title (it fell to <body> after « Animer une séance »).
    heading.focus();
  };

  try {
    if (opts.sessionId) {
      const stored = await restoreStored(storage, all);
      if (stored.session && stored.session.id === opts.sessionId) launch(stored.session);
      else await setup(stored.notice ?? 'Cette séance n’existe plus sur cet ordinateur : commencez-en une nouvelle.');
    } else if (opts.scenarioId && opts.role) {
      const entry = all.find((s) => s.id === opts.scenarioId);
      if (entry) await startNew(entry, opts.role, opts.choice);
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
  return startTrainerMode(root, { ...opts, scenarioId: mode.scenarioId, role: mode.role, sessionId: mode.sessionId, choice: mode.choice });
}

export { saveTrainerSession, loadTrainerSession };
