// The learning part of the stored data (quiz sittings, result codes, reminders) and the refresher's
// name changes.
import { describe, expect, it } from 'vitest';
import { dueReminders, setReminder, validLearning } from '../src/storage/learning';
import { parseStored } from '../src/storage/schema';
import { Store } from '../src/storage/store';
import { makeReplacer } from '../src/refresher/view';

class Mem {
  map = new Map<string, string>();
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
}

describe('learning part of the stored data', () => {
  it('keeps readable entries and drops broken ones alone; data from before the quiz has an empty part', () => {
    const ok = { answers: { 'da-equipe': { choice: 1, sure: true } }, at: '2026-12-06T10:00:00.000Z', quizFingerprint: 12 };
    const l = validLearning({
      quiz: { 'demande-ami:etudiant': { before: ok, after: null }, 'x:aide-soignant': { before: ok, after: null }, 'page-pro:infirmier': { before: { ...ok, answers: { '<img>': { choice: 1, sure: true } } }, after: ok } },
      codes: { 'demande-ami:etudiant': { code: 'SR1ABCDEFGH', at: ok.at }, 'page-pro:etudiant': { code: '<b>x</b>', at: ok.at } },
      reminders: { 'demande-ami:etudiant': { scenarioId: 'demande-ami', role: 'etudiant', due: ok.at, path: [0, 1], missed: ['da-equipe'], storyFingerprint: 'f' } },
    });
    expect(Object.keys(l.quiz)).toEqual(['demande-ami:etudiant', 'page-pro:infirmier']);
    expect(l.quiz['page-pro:infirmier']).toEqual({ before: null, after: ok });
    expect(Object.keys(l.codes)).toEqual(['demande-ami:etudiant']);
    expect(Object.keys(l.reminders)).toEqual(['demande-ami:etudiant']);
    expect(parseStored(JSON.stringify({ version: 1, settings: undefined, progress: {}, games: {}, trainer: null })).data.learning).toEqual({ quiz: {}, codes: {}, reminders: {} });
  });

  it('a reminder is offered once its week has passed, not before', () => {
    const store = new Store(new Mem());
    const now = new Date('2026-12-06T10:00:00Z');
    setReminder(store, { scenarioId: 'page-pro', role: 'infirmier', due: new Date(now.getTime() + 7 * 86_400_000).toISOString(), path: [0], missed: [], storyFingerprint: 'f' });
    expect(dueReminders(store, new Date(now.getTime() + 6 * 86_400_000))).toEqual([]);
    expect(dueReminders(store, new Date(now.getTime() + 7 * 86_400_000 + 1)).map((r) => r.scenarioId)).toEqual(['page-pro']);
  });
});

describe('refresher names', () => {
  it('replaces whole words, the longest first', () => {
    const swap = makeReplacer({ 'Marc Delorme': 'Gérard Lenoir', Marc: 'Gérard', cardiologie: 'pneumologie' });
    expect(swap('Marc Delorme, sorti de cardiologie ; Marc écrit. Marcel reste.')).toBe('Gérard Lenoir, sorti de pneumologie ; Gérard écrit. Marcel reste.');
  });
});
