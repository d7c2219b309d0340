// Runs the explorer in a Web Worker when the browser allows it, else on the main thread.
// The worker is an ES-module worker made from a few lines that import the page's own explorer
// chunk (exploreEntry), so it shares the runner chunk with the page. Where it cannot start (a
// single inlined HTML file has no chunk URL to import, file:// pages, a strict policy) the
// exploration runs here instead. Explorations are plain data (Maps and step records), so they
// cross the worker boundary as they are.
import type { Exploration } from '../narrative/explorer';
import type { Role } from '../narrative/types';
import { lazyChunk } from '../app/lazy';
import { wordEnding } from '../ui/labels/story';

/** The explorer's chunk, tried again for real after a failed download (see app/lazy.ts). */
const exploreEntry = lazyChunk(() => import('./exploreEntry'));

type Reply = { ok: true; exploration: Exploration } | { ok: false; message: string };

/** The worker's whole source: import the page's chunk, explore what it is sent, post the result. */
export function workerSource(moduleUrl: string): string {
  return `import { explore } from ${JSON.stringify(moduleUrl)};
self.onmessage = (e) => {
  const { json, id, role } = e.data;
  try {
    self.postMessage({ ok: true, exploration: explore(json, id, role) });
  } catch (err) {
    self.postMessage({ ok: false, message: String(err && err.message || err) });
  }
};`;
}

function inWorker(moduleUrl: string, json: string, id: string, role: Role): Promise<Exploration> {
  return new Promise<Exploration>((resolve, reject) => {
    // Only an absolute http(s) URL can be imported from a blob worker.
    if (!/^https?:/.test(moduleUrl) || typeof Worker === 'undefined' || typeof URL.createObjectURL !== 'function') {
      reject(new Error('no worker here'));
      return;
    }
    const src = URL.createObjectURL(new Blob([workerSource(moduleUrl)], { type: 'text/javascript' }));
    let w: Worker;
    try {
      w = new Worker(src, { type: 'module', name: 'explore' });
    } catch (e) {
      URL.revokeObjectURL(src);
      reject(e as Error);
      return;
    }
    const done = () => {
      w.terminate();
      URL.revokeObjectURL(src);
    };
    w.onmessage = (e: MessageEvent<Reply>) => {
      done();
      if (e.data.ok) resolve(e.data.exploration);
      else reject(new Error(e.data.message));
    };
    // A module that cannot load (no such URL, wrong type) ends here too.
    w.onerror = (e) => {
      e.preventDefault?.();
      done();
      reject(new Error(e.message || 'worker failed'));
    };
    w.postMessage({ json, id, role });
  });
}

/**
 * The words of the unnamed endings of broken paths, put in here rather than in the worker: the
 * labels module lives in the page's entry chunk, and a worker importing that chunk runs the whole page.
 */
function wordEndings(ex: Exploration): Exploration {
  for (const node of ex.endings.values()) {
    node.ending = wordEnding(node.ending);
    node.variants = node.variants.map(wordEnding);
  }
  return ex;
}

/** Where explorations ran, and why the last worker failed (tests and the bench read it). */
export const explorationLog = { worker: 0, page: 0, lastError: '' };

export async function exploreAsync(json: string, id: string, role: Role): Promise<Exploration> {
  const { explore, moduleUrl } = await exploreEntry();
  try {
    const ex = await inWorker(moduleUrl, json, id, role);
    explorationLog.worker += 1;
    return wordEndings(ex);
  } catch (e) {
    // The worker could not start or load: explore here instead (slower to the map, same result).
    explorationLog.lastError = (e as Error).message;
    explorationLog.page += 1;
    return wordEndings(explore(json, id, role));
  }
}
