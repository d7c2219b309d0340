// Explores a story off the main thread, so the phone and the menu stay responsive while the
// branch map is prepared (up to a second for the largest scenario on a small laptop).
import { explore } from '../narrative/explorer';
import type { Role } from '../narrative/types';

self.onmessage = (e: MessageEvent<{ json: string; id: string; role: Role }>) => {
  const { json, id, role } = e.data;
  try {
    self.postMessage({ ok: true, exploration: explore(json, id, role) });
  } catch (err) {
    self.postMessage({ ok: false, message: (err as Error).message });
  }
};
