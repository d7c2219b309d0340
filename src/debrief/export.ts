// The debrief leaves the game only as a file the player saves herself: a JSON download built
// from a Blob, or the browser's own print dialog (which offers « Enregistrer en PDF »). No network.
import type { DebriefData } from './model';

export function debriefToJson(data: DebriefData, now = new Date()): string {
  return JSON.stringify({ ...data, exportedAt: now.toISOString() }, null, 2);
}

/** File name without characters that some systems refuse. */
export function debriefFileName(data: DebriefData, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  const safe = (x: string) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-zA-Z0-9-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return `debriefing-${safe(data.scenarioId)}-${safe(data.role)}-${safe(data.ending.id) || 'fin'}-${day}.json`;
}

export function downloadDebriefJson(data: DebriefData, doc: Document = document): void {
  const blob = new Blob([debriefToJson(data)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = debriefFileName(data);
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns: revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Class on <html> while a debrief is mounted: the print stylesheet then prints only the debrief. */
export const PRINT_CLASS = 'dbf-print-only';

export function printDebrief(win: Window = window): void {
  win.print();
}
