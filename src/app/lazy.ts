// Lazy chunks that can fail (server stopped, network lost after the game loaded) and be tried again.
// A browser keeps a failed dynamic import: importing the same URL again fails at once, even once the
// server is back. So a second try imports the same module under a fresh URL (?retry=…), after the
// original loader ran again. Vite's preload remembers every stylesheet it asked for, loaded or failed,
// and never asks again: a retry downloads the failed stylesheets itself (`reloadFailedStylesheets`),
// or the chunk would come back unstyled. A chunk whose own imports failed cannot be rebuilt that way
// (the browser keeps those failures too, under URLs we cannot change): once the server answers again,
// only reloading the page brings it back, and the error says so (`reloadNeeded`).

/** A chunk could not be downloaded: said in French, with the browser's reason kept for the console. */
export class ChunkLoadError extends Error {
  override readonly cause: unknown;
  /** The server answers, yet the module still fails: the browser keeps an earlier failure until the page is reloaded. */
  readonly reloadNeeded: boolean;
  constructor(cause: unknown, reloadNeeded = false) {
    super('Cette partie du jeu n’a pas pu être téléchargée : la connexion au serveur du jeu semble coupée.');
    this.name = 'ChunkLoadError';
    this.cause = cause;
    this.reloadNeeded = reloadNeeded;
  }
}

/** Whether the game's server answers for `url` now (bypassing every cache). */
async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

/** The module URL a failed dynamic import names (Chromium and Firefox say it; Safari does not). */
export function failedModuleUrl(e: unknown): string | null {
  const message = e instanceof Error ? e.message : String(e);
  const m = /dynamically imported module:?\s*(\S+)/i.exec(message);
  return m && /\.m?js(\?|$)/.test(m[1]!) ? m[1]! : null;
}

/** Whether `e` is a failed download rather than an error of the code that was loaded. */
export function isChunkFailure(e: unknown): boolean {
  if (e instanceof ChunkLoadError) return true;
  const message = e instanceof Error ? e.message : String(e);
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS|error loading dynamically imported module|Failed to fetch/i.test(message);
}

let fresh = 0;

/** Stylesheet <link>s that failed to load (a lazy chunk's CSS, added by Vite's preload), as they fail. */
const failedSheets = new Set<HTMLLinkElement>();
if (typeof document !== 'undefined') {
  // A load error does not bubble: the capture phase sees every <link>'s, including Vite's.
  document.addEventListener('error', (e) => {
    const t = e.target;
    if (t instanceof HTMLLinkElement && t.relList.contains('stylesheet')) failedSheets.add(t);
  }, true);
}

/**
 * Downloads again every stylesheet that failed, each new <link> in place of its failed one (same
 * place, same cascade order); resolves once they are applied, fails with a ChunkLoadError if one
 * fails again (its new <link> is then the one remembered for the next try).
 */
export async function reloadFailedStylesheets(): Promise<void> {
  const links = [...failedSheets].filter((l) => l.isConnected);
  failedSheets.clear();
  await Promise.all(links.map((old) => new Promise<void>((resolve, reject) => {
    const link = old.ownerDocument.createElement('link');
    link.rel = 'stylesheet';
    if (old.crossOrigin !== null) link.crossOrigin = old.crossOrigin;
    link.href = old.href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new ChunkLoadError(new Error(`Unable to preload CSS for ${old.href}`))), { once: true });
    old.replaceWith(link);
  })));
}

/** Names of the chunks loaded so far (for the tests: the debrief's code is there before the ending). */
export const loadedChunks = new Set<string>();

/**
 * Wraps `load` (an `() => import('…')`): the module once loaded is kept, a failure is a ChunkLoadError,
 * and every later call really tries again. Use one wrapper per chunk for the whole page, so that all
 * its users get the module that finally loaded.
 */
export function lazyChunk<T>(load: () => Promise<T>, name = '', expected?: string): () => Promise<T> {
  let loaded: T | null = null;
  let pending: Promise<T> | null = null;
  let failedUrl: string | null = null;
  let failures = 0;
  const attempt = async (): Promise<T> => {
    // A retry: first the stylesheets that failed (the preload below would skip them for good).
    if (failures > 0) await reloadFailedStylesheets();
    try {
      return await load();
    } catch (e) {
      if (!isChunkFailure(e)) throw e;
      failures += 1;
      const url = failedModuleUrl(e) ?? failedUrl;
      failedUrl = url;
      // First failure (the network is most likely down): say so. A retry whose import failed again
      // at once (the browser keeps the failed module) imports it under a new URL.
      if (!url || failures === 1) throw new ChunkLoadError(e);
      try {
        fresh += 1;
        const m = (await import(/* @vite-ignore */ `${url}${url.includes('?') ? '&' : '?'}retry=${Date.now().toString(36)}-${fresh}`)) as T;
        // A chunk shared by several importers exports minified names: only a reload can rebuild it.
        if (expected && !(expected in (m as object))) throw new Error(`le module rechargé n'exporte pas ${expected}`);
        return m;
      } catch (again) {
        // Failed under a fresh URL while the file itself downloads: one of its own imports failed
        // earlier and the browser keeps that failure.
        throw new ChunkLoadError(again, isChunkFailure(again) && (await answers(url)));
      }
    }
  };
  return () => {
    if (loaded) return Promise.resolve(loaded);
    pending ??= attempt().then(
      (m) => {
        loaded = m;
        if (name) loadedChunks.add(name);
        return m;
      },
      (e: unknown) => {
        pending = null;
        throw e;
      },
    );
    return pending;
  };
}
