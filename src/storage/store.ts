// The one place that reads and writes localStorage. Several writers share the key: the game, the
// trainer's projector, and the same game in other tabs. So every write reads the key again and
// changes only its own part (a setting, one game by scenario id, one progress entry, the trainer
// session) before writing it back: a copy read earlier can never put back what another writer
// replaced. Storage can be missing, full or blocked (private browsing, quotas), and the key may
// come from a newer version of the game: the game then keeps playing with what it has in memory,
// and `status` says why nothing is saved (the UI words it, see ui/labels/storage.ts).
import { emptyData, parseStored, STORAGE_KEY, type LoadReport, type StorageNotice, type StoredData } from './schema';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StoreStatus =
  /** Saved at the last write (or nothing written yet). */
  | { kind: 'ok' }
  /** No storage at all, or reading it throws (blocked by the browser). */
  | { kind: 'unavailable' }
  /** Writing threw: storage full (quota) or blocked. The next write tries again. */
  | { kind: 'write-failed' }
  /** The key holds a newer version's data: left untouched, nothing is written. */
  | { kind: 'newer'; version: number }
  /** « Effacer mes données » could not remove the key. */
  | { kind: 'erase-failed' };

type Listener = () => void;

/** A page writes a few changes per step: this many unsaved ones is hours of play. */
const MAX_PENDING = 500;

export class Store {
  private data: StoredData;
  /** What loading found (damaged parts reset…), shown once by the menu. Later reads add theirs. */
  readonly notices: StorageNotice[] = [];
  private readonly backend: KeyValueStorage | null;
  private state: StoreStatus = { kind: 'ok' };
  /** The text last read or written: a `storage` event with the same text changes nothing. */
  private lastText: string | null = null;
  private readonly listeners = new Set<Listener>();
  /** Changes made since the last successful write (storage full): replayed by the next write. */
  private pending: ((d: StoredData) => void)[] = [];

  constructor(backend: KeyValueStorage | null) {
    this.backend = backend;
    this.data = emptyData();
    if (!backend) {
      this.state = { kind: 'unavailable' };
      return;
    }
    const report = this.read();
    if (!report) return;
    this.data = report.data;
    // Cleaned data is written back at once so the same notice is not shown at every load.
    if (report.notices.length && this.state.kind === 'ok') this.write();
  }

  get(): Readonly<StoredData> {
    return this.data;
  }

  get status(): StoreStatus {
    return this.state;
  }

  /** True when changes reach the browser's storage. */
  get saving(): boolean {
    return this.state.kind === 'ok';
  }

  /**
   * Applies `fn` to the stored data as it is now in the browser (re-read), then writes it back.
   * `fn` must change only what it owns (`d.games[id] = …`, `d.settings = …`), never replace `d`.
   * Returns whether the change was saved; in memory it always applies.
   */
  update(fn: (d: StoredData) => void): boolean {
    const report = this.state.kind === 'newer' || !this.backend ? null : this.read();
    if (!report || report.newer !== null) {
      // Nothing can be written (blocked, or a newer version's data): this page goes on in memory.
      fn(this.data);
      this.emit();
      return false;
    }
    // Changes a failed write could not store are applied again, in order, on the fresh data.
    this.pending.push(fn);
    if (this.pending.length > MAX_PENDING) this.pending.shift();
    this.data = report.data;
    for (const change of this.pending) change(this.data);
    const saved = this.write();
    if (saved) this.pending = [];
    this.emit();
    return saved;
  }

  /** Reads the key again (another tab or window wrote it); true when what it holds changed. */
  refresh(): boolean {
    if (!this.backend) return false;
    const before = this.lastText;
    const wasStatus = this.state.kind;
    const report = this.read();
    if (report && report.newer === null) {
      this.data = report.data;
      for (const change of this.pending) change(this.data);
    }
    const changed = this.lastText !== before || this.state.kind !== wasStatus;
    if (changed) this.emit();
    return changed;
  }

  /** Called after every change of the data or the status; returns the function that unsubscribes. */
  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** « Effacer mes données »: everything, including a newer version's data (the player asked). */
  clearAll(): boolean {
    this.data = emptyData();
    this.pending = [];
    try {
      this.backend?.removeItem(STORAGE_KEY);
      this.lastText = null;
      this.state = this.backend ? { kind: 'ok' } : { kind: 'unavailable' };
      this.emit();
      return true;
    } catch {
      this.state = { kind: 'erase-failed' };
      this.emit();
      return false;
    }
  }

  /** Reads and parses the key; null (and the status set) when the browser refuses to read it. */
  private read(): LoadReport | null {
    let text: string | null;
    try {
      text = this.backend!.getItem(STORAGE_KEY);
    } catch {
      this.state = { kind: 'unavailable' };
      return null;
    }
    const report = parseStored(text);
    this.lastText = text;
    for (const n of report.notices) if (!this.notices.some((m) => JSON.stringify(m) === JSON.stringify(n))) this.notices.push(n);
    if (report.newer !== null) this.state = { kind: 'newer', version: report.newer };
    else if (this.state.kind === 'unavailable' || this.state.kind === 'newer') this.state = { kind: 'ok' };
    return report;
  }

  private write(): boolean {
    const text = JSON.stringify(this.data);
    try {
      this.backend!.setItem(STORAGE_KEY, text);
      this.lastText = text;
      this.state = { kind: 'ok' };
      return true;
    } catch {
      this.state = { kind: 'write-failed' };
      return false;
    }
  }

  private emit(): void {
    for (const fn of [...this.listeners]) {
      try {
        fn();
      } catch (e) {
        console.warn('store listener failed', e);
      }
    }
  }
}

export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
