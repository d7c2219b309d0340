// Persistence as a player meets it: progress survives a reload; broken, cut or old data gives a
// French message, loses only the broken part, and never stops the game.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseStored, STORAGE_KEY, STORAGE_VERSION, type StoredData } from '../src/storage/schema';
import { Store, type KeyValueStorage } from '../src/storage/store';
import { discoveryOf, endingsFound, eraseMyData, recordPlay } from '../src/storage/progress';
import { SAVE_FORMAT, SAVE_VERSION } from '../src/narrative/snapshot';
import { eraseText, storageNoticeText, storageWarningText } from '../src/ui/labels/storage';

class MemoryStorage implements KeyValueStorage {
  map = new Map<string, string>();
  failWrites = false;
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    if (this.failWrites) throw new Error('SecurityError');
    this.map.delete(k);
  }
}

const game = (scenarioId: string) => ({ format: SAVE_FORMAT, version: SAVE_VERSION, scenarioId, fingerprint: 'abc', role: 'etudiant', savedAt: '', choices: [] });

function full(): StoredData {
  return {
    version: STORAGE_VERSION,
    settings: { ...DEFAULT_SETTINGS, volume: 0.3, typingSpeed: 'rapide' },
    progress: { 'demo:etudiant': { endings: ['demo-deni'], options: ['demo-voisine:0', 'demo-cadre:1'], plays: 1, paths: { 'demo-deni': [0, 1] } } },
    games: { demo: game('demo') },
    trainer: null,
    learning: { quiz: {}, codes: {}, reminders: {} },
  };
}

describe('progress round trip', () => {
  it('endings found per scenario and role are there after a reload, with the path to each', () => {
    const mem = new MemoryStorage();
    const a = new Store(mem);
    recordPlay(a, { scenarioId: 'demo', role: 'etudiant', endingId: 'demo-deni', optionKeys: ['demo-voisine:0', 'demo-cadre:1'], choices: [0, 1] });
    recordPlay(a, { scenarioId: 'demo', role: 'etudiant', endingId: 'demo-silence', optionKeys: ['demo-voisine:2'], choices: [2] });
    recordPlay(a, { scenarioId: 'demo', role: 'etudiant', endingId: 'demo-deni', optionKeys: ['demo-voisine:0', 'demo-cadre:1'], choices: [0, 1] });
    recordPlay(a, { scenarioId: 'demo', role: 'infirmier', endingId: null, optionKeys: ['demo-voisine:1'], choices: [1] });

    const b = new Store(mem);
    expect(b.notices).toEqual([]);
    expect(endingsFound(b, 'demo', 'etudiant')).toEqual(['demo-deni', 'demo-silence']);
    expect(discoveryOf(b, 'demo', 'etudiant')).toMatchObject({ plays: 3, paths: { 'demo-deni': [0, 1], 'demo-silence': [2] } });
    // The other role has its own count; an unfinished game is not a play and finds no ending.
    expect(discoveryOf(b, 'demo', 'infirmier')).toMatchObject({ endings: [], options: ['demo-voisine:1'], plays: 0 });
  });

  it('keeps settings, games and progress exactly', () => {
    const mem = new MemoryStorage();
    mem.setItem(STORAGE_KEY, JSON.stringify(full()));
    const s = new Store(mem);
    expect(s.notices).toEqual([]);
    expect(s.get()).toEqual(full());
  });
});

describe('broken data: a French message, that part reset, the rest kept', () => {
  const load = (text: string) => {
    const r = parseStored(text);
    return { ...r, notices: r.notices.map(storageNoticeText) };
  };

  it('unreadable text (corrupted)', () => {
    const r = load('{"version":1,"settings":{"so');
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatch(/illisibles\u00A0: elles ont été remises à zéro/);
    expect(r.data.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('truncated in the middle of the progress', () => {
    const text = JSON.stringify(full());
    const r = load(text.slice(0, Math.floor(text.length * 0.6)));
    expect(r.notices.length).toBe(1);
    expect(r.data.progress).toEqual({});
  });

  it('bad settings only: defaults back, progress kept', () => {
    const r = load(JSON.stringify({ ...full(), settings: { sound: 'oui' } }));
    expect(r.notices).toEqual([expect.stringMatching(/réglages/)]);
    expect(r.data.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.data.progress['demo:etudiant']!.endings).toEqual(['demo-deni']);
  });

  it('settings saved before the gender choice existed are kept, with Camille as « elle »; « il » is kept too', () => {
    const { genre: _genre, ...old } = DEFAULT_SETTINGS;
    const r = load(JSON.stringify({ ...full(), settings: { ...old, volume: 0.3 } }));
    expect(r.notices).toEqual([]);
    expect(r.data.settings).toEqual({ ...DEFAULT_SETTINGS, volume: 0.3, genre: 'f' });
    expect(load(JSON.stringify({ ...full(), settings: { ...DEFAULT_SETTINGS, genre: 'm' } })).data.settings.genre).toBe('m');
  });

  it('one broken discovery is dropped, the others kept', () => {
    const d = full();
    (d.progress as Record<string, unknown>)['demo:infirmier'] = { endings: 'demo-deni', options: [], plays: 1 };
    (d.progress as Record<string, unknown>)['autre:pirate'] = { endings: [], options: [], plays: 0 };
    const r = load(JSON.stringify(d));
    expect(r.notices).toEqual([expect.stringMatching(/progression était abîmée/)]);
    expect(Object.keys(r.data.progress)).toEqual(['demo:etudiant']);
  });

  it('a bad stored path is dropped alone, the discovery kept', () => {
    const d = full();
    d.progress['demo:etudiant']!.paths = { 'demo-deni': [0, -1] as number[], 'demo-silence': [2] };
    const r = load(JSON.stringify(d));
    expect(r.notices).toEqual([]);
    expect(r.data.progress['demo:etudiant']!.paths).toEqual({ 'demo-silence': [2] });
  });

  it('a game in progress that is not a save of this format is dropped, other games kept', () => {
    const d = full();
    d.games = { demo: game('demo'), 'demande-ami': { hello: 'world' }, 'photos-patients': JSON.stringify(game('photos-patients')), x: 'pas du JSON' };
    const r = load(JSON.stringify(d));
    expect(Object.keys(r.data.games).sort()).toEqual(['demo', 'photos-patients']);
    expect(r.notices).toEqual([expect.stringMatching(/parties en cours étaient abîmées/)]);
    expect(r.data.settings.volume).toBe(0.3);
  });

  it('older version: readable parts kept, with a message', () => {
    const old = { ...full(), version: 0, games: undefined };
    const r = load(JSON.stringify(old));
    expect(r.notices).toEqual([expect.stringMatching(/version précédente du jeu \(version 0\)\u00A0: ce qui était lisible a été conservé/)]);
    expect(r.data.progress['demo:etudiant']!.endings).toEqual(['demo-deni']);
    expect(r.data.settings.volume).toBe(0.3);
    expect(r.data.version).toBe(STORAGE_VERSION);
  });

  it('foreign data: everything reset, with a message that says so (never « version undefined »)', () => {
    for (const text of [JSON.stringify({ hello: 'world' }), JSON.stringify({ foo: 1 }), '[1,2,3]', '"texte"', 'null']) {
      const r = load(text);
      expect(r.notices, text).toEqual([expect.stringMatching(/illisibles\u00A0: elles ont été remises à zéro/)]);
      expect(r.data.progress).toEqual({});
      expect(r.newer).toBeNull();
    }
  });

  it('the store rewrites the cleaned data, so the message is shown once', () => {
    const mem = new MemoryStorage();
    mem.setItem(STORAGE_KEY, '{{{{');
    expect(new Store(mem).notices).toHaveLength(1);
    expect(new Store(mem).notices).toHaveLength(0);
  });
});

describe('« Effacer mes données »', () => {
  it('removes progress, settings and games; the next load starts clean and silent', () => {
    const mem = new MemoryStorage();
    mem.setItem(STORAGE_KEY, JSON.stringify(full()));
    const s = new Store(mem);
    const r = eraseMyData(s);
    expect(r).toMatchObject({ ok: true });
    expect(eraseText(r.ok)).toMatch(/effacées/);
    expect(mem.getItem(STORAGE_KEY)).toBeNull();
    expect(endingsFound(s, 'demo', 'etudiant')).toEqual([]);
    const again = new Store(mem);
    expect(again.notices).toEqual([]);
    expect(again.get().settings).toEqual(DEFAULT_SETTINGS);
  });

  it('says so in French when the browser refuses, and the game keeps running in memory', () => {
    const mem = new MemoryStorage();
    const s = new Store(mem);
    mem.failWrites = true;
    const r = eraseMyData(s);
    expect(r.ok).toBe(false);
    expect(eraseText(r.ok)).toMatch(/n’ont pas pu être effacées de ce navigateur/);
    expect(eraseText(r.ok)).not.toMatch(/SecurityError/);
    expect(() => recordPlay(s, { scenarioId: 'demo', role: 'etudiant', endingId: 'demo-deni', optionKeys: [], choices: [] })).not.toThrow();
    expect(s.status).toEqual({ kind: 'write-failed' });
    expect(storageWarningText(s.status)).toMatch(/plein ou bloqué/);
  });
});
