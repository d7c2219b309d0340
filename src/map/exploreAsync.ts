// Runs the explorer in a Web Worker when the browser has them, else on the main thread.
// Explorations are plain data (Maps and step records), so they cross the worker boundary as is.
import type { Exploration } from '../narrative/explorer';
import type { Role } from '../narrative/types';

export async function exploreAsync(json: string, id: string, role: Role): Promise<Exploration> {
  if (typeof Worker !== 'undefined') {
    try {
      return await new Promise<Exploration>((resolve, reject) => {
        const w = new Worker(new URL('./explore.worker.ts', import.meta.url), { type: 'module' });
        w.onmessage = (e: MessageEvent<{ ok: true; exploration: Exploration } | { ok: false; message: string }>) => {
          w.terminate();
          if (e.data.ok) resolve(e.data.exploration);
          else reject(new Error(e.data.message));
        };
        w.onerror = (e) => {
          w.terminate();
          reject(new Error(e.message || 'worker failed'));
        };
        w.postMessage({ json, id, role });
      });
    } catch {
      // A worker blocked by the page's policy or failing to load: explore here instead.
    }
  }
  const { explore } = await import('../narrative/explorer');
  return explore(json, id, role);
}
