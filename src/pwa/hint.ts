// The scenario to resume after « Mettre à jour » reloaded the page. Apart from register.ts so the
// page reads it at start without loading the service worker's module (registered later, when idle).
export const HINT_KEY = 'soignants-reseaux:reprendre-apres-mise-a-jour';

/** The scenario to resume after an update reload, read once. */
export function resumeHint(): string | null {
  try {
    const id = sessionStorage.getItem(HINT_KEY);
    sessionStorage.removeItem(HINT_KEY);
    return id;
  } catch {
    return null;
  }
}
