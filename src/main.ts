// Entry point: trainer windows from the URL (?mode=formateur / ?mode=presentateur), otherwise the
// game. Trainer mode is its own chunk so a student's first screen never downloads it.
import './styles/tokens.css';
import './styles/main.css';
import { App } from './app/App';
import { installDebug } from './app/debug';
import { AudioDirector } from './audio/AudioDirector';
import { EventBus } from './events/bus';
import { browserStorage, Store } from './storage/store';
import { whenIdle } from './app/App';
import { resumeHint } from './pwa/hint';
import { chunks } from './app/chunks';
import { h } from './ui/dom';
import { installEmojiIcons } from './ui/emoji/icons';

/** The trainer's code could not be downloaded: a French page with a way to try again and a way out (it was blank). */
function trainerUnavailable(root: HTMLElement): void {
  const title = h('h1', { tabindex: '-1' }, 'Chargement impossible');
  root.replaceChildren(h('main', { class: 'load-failed' },
    title,
    h('p', {}, 'Le mode formateur n’a pas pu être téléchargé : la connexion au serveur du jeu semble coupée. Vérifiez la connexion, puis réessayez.'),
    h('p', { class: 'load-failed-actions' },
      // A reload downloads everything again (the browser does not keep the failure across pages).
      h('button', { type: 'button', class: 'btn primary', onclick: () => location.reload() }, 'Réessayer'),
      ' ',
      h('a', { class: 'btn', href: location.pathname }, 'Menu'))));
  title.focus();
}

/**
 * The service worker precaches the whole game for offline play (about 2 MB with Phaser): it is
 * registered once the first decision takes input and the browser is idle, or after 10 s on the
 * menu, so that a first visit spends its bytes and its main thread on the menu and the story first
 * (a game started before then waits for its first choice: the timer does not cut into its opening).
 */
function registerPwaLater(app: App): void {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    off();
    clearTimeout(timer);
    whenIdle(() => void import('./pwa/register').then(({ registerPwa }) => registerPwa({ playing: () => app.playing })));
  };
  const off = app.bus.on('ui:choices-armed', go);
  // Elsewhere than the menu (a story loading, « Testez-vous », class results), asked again later.
  const tick = () => {
    if (app.onMenu) go();
    else timer = setTimeout(tick, 10_000);
  };
  let timer = setTimeout(tick, 10_000);
}

async function boot(root: HTMLElement): Promise<void> {
  // Every window (game, projector, presenter): emoji in page text drawn as the project's icons.
  installEmojiIcons(document.body);
  const mode = new URLSearchParams(location.search).get('mode');
  if (mode === 'formateur' || mode === 'presentateur') {
    let trainer: typeof import('./trainer');
    try {
      trainer = await chunks.trainer();
    } catch (e) {
      console.warn('chargement impossible', e);
      trainerUnavailable(root);
      return;
    }
    const { startTrainerFromUrl } = trainer;
    const bus = new EventBus();
    const handle = await startTrainerFromUrl(root, {
      bus,
      onExit: () => {
        location.href = location.pathname;
      },
    });
    if (handle) {
      // The projector's phone rings with the sound settings of this browser, as in the game.
      const store = new Store(browserStorage());
      if (mode === 'formateur') new AudioDirector(bus, () => store.get().settings);
      return;
    }
  }
  const app = new App(root);
  installDebug(app);
  // MODE is a build-time constant (vite.config.ts): each build keeps only its own branch.
  if (import.meta.env.MODE === 'scorm') {
    const { connectScorm } = await import('./scorm/adapter');
    const scenario = new URLSearchParams(location.search).get('scenario');
    const link = connectScorm({ bus: app.bus, scenario });
    if (link?.resume) {
      await app.resumeChoices(link.resume.scenario, link.resume);
      return;
    }
  } else if (import.meta.env.MODE === 'production') {
    registerPwaLater(app);
    // Back from « Mettre à jour »: the game that was on the phone goes on from its autosave.
    const id = resumeHint();
    if (id && app.store.get().games[id]) {
      await app.resume(id);
      return;
    }
  }
  await app.showMenu();
}

/**
 * Resolves once the browser has painted the page's static bar, at once if it has. This script is
 * often ready when the HTML is parsed (cached, or arriving with it): run at once, the boot and the
 * menu came before the first paint, which then waited for them (issue 17). One frame first, then
 * the app; `ms` bounds the wait where no frame comes (a tab opened in the background).
 */
function afterFirstPaint(ms = 100): Promise<void> {
  if (performance.getEntriesByName('first-contentful-paint').length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    // A timeout queued from a frame's callback runs after that frame is painted.
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(timer);
      resolve();
    }, 0));
  });
}

const root = document.getElementById('app');
if (root) {
  void afterFirstPaint().then(() => {
    // The page's static bar gives way to the app's (same look), in the task that draws it.
    root.querySelector('[data-shell]')?.remove();
    return boot(root);
  });
}
