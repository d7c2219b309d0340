// The installed web app's service worker (site build only; see vite.config.ts). When a new version
// has been downloaded, the player is asked before anything reloads: « Une nouvelle version est
// disponible ». Updating reloads the page; the game in progress was autosaved at its last stop and
// is resumed at once after the reload (resumeHint), so no game is lost.
import { registerSW } from 'virtual:pwa-register';
import { h } from '../ui/dom';
import { HINT_KEY } from './hint';

export { resumeHint } from './hint';

export interface PwaHooks {
  /** The scenario being played, if any, to resume after the update. */
  playing(): string | null;
}

export function registerPwa(hooks: PwaHooks): void {
  if (!('serviceWorker' in navigator)) return;
  let banner: HTMLElement | null = null;
  const updateSW = registerSW({
    // Registered after the page's load event: the first screen does not share the network with the precache.
    immediate: false,
    onNeedRefresh() {
      if (banner) return;
      const update = h('button', { type: 'button', class: 'btn primary' }, 'Mettre à jour');
      const later = h('button', { type: 'button', class: 'btn ghost' }, 'Plus tard');
      banner = h('div', { class: 'update-banner', role: 'region', 'aria-label': 'Mise à jour du jeu' },
        h('p', { role: 'status' }, 'Une nouvelle version est disponible. Votre partie en cours est enregistrée et reprendra après la mise à jour.'),
        h('p', { class: 'update-actions' }, update, later));
      update.addEventListener('click', () => {
        const id = hooks.playing();
        try {
          if (id) sessionStorage.setItem(HINT_KEY, id);
        } catch {
          /* no session storage: the game stays offered under « Reprendre » in the menu */
        }
        update.disabled = true;
        void takeUpdate(() => updateSW(true));
      });
      later.addEventListener('click', () => {
        banner?.remove();
        banner = null;
      });
      document.body.append(banner);
    },
    onRegisterError(e: unknown) {
      console.warn('service worker not registered', e);
    },
  });
}

/**
 * The waiting worker takes over, then the page reloads on the new version: on the controller's
 * change when this page is controlled, else (first visit, nothing controls it yet) when the new
 * worker is active.
 */
async function takeUpdate(skipWaiting: () => Promise<void>): Promise<void> {
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  navigator.serviceWorker.addEventListener('controllerchange', reload);
  const next = (await navigator.serviceWorker.getRegistration())?.waiting ?? null;
  next?.addEventListener('statechange', () => {
    if (next.state === 'activated') reload();
  });
  await skipWaiting();
  if (!next) reload();
}
