// The one place that reads and writes localStorage. Storage can be missing or full
// (private browsing, quotas): the game then keeps playing with what it has in memory.
import { emptyData, parseStored, STORAGE_KEY, type LoadReport, type StoredData } from './schema';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export class Store {
  private data: StoredData;
  readonly notices: string[];
  private readonly backend: KeyValueStorage | null;
  lastError: string | null = null;

  constructor(backend: KeyValueStorage | null) {
    this.backend = backend;
    let report: LoadReport;
    try {
      report = parseStored(backend?.getItem(STORAGE_KEY) ?? null);
    } catch {
      report = { data: emptyData(), notices: ['Le stockage du navigateur est inaccessible : vos progrès ne seront pas conservés.'] };
    }
    this.data = report.data;
    this.notices = report.notices;
    if (report.notices.length) this.flush();
  }

  get(): Readonly<StoredData> {
    return this.data;
  }

  update(fn: (d: StoredData) => void): void {
    fn(this.data);
    this.flush();
  }

  clearAll(): void {
    this.data = emptyData();
    try {
      this.backend?.removeItem(STORAGE_KEY);
      this.lastError = null;
    } catch (e) {
      this.lastError = (e as Error).message;
    }
  }

  private flush(): void {
    try {
      this.backend?.setItem(STORAGE_KEY, JSON.stringify(this.data));
      this.lastError = null;
    } catch (e) {
      this.lastError = `L'enregistrement a échoué (stockage plein ou bloqué) : ${(e as Error).message}`;
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
