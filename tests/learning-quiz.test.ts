// « Testez-vous »: the quiz files next to the stories, their checks (file:line like the ink errors)
// and a scoring that rewards telling right from wrong, not suspicion.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkStoryFile } from '../tools/stories-check';
import { describe, expect, it } from 'vitest';
import { calibrationText, itemsFor, parseQuizFile, scoreQuiz, type QuizAnswers } from '../src/learning/quiz';
import { compileInk } from '../tools/ink-compile';

const SCENARIOS = ['demande-ami', 'groupe-whatsapp', 'photos-patients', 'page-pro', 'coup-de-gueule'];

const item = (over: Record<string, unknown> = {}) => ({
  id: 'q1', kind: 'vrai-faux', statement: 'Une affirmation à juger.', answer: false, misconception: 'prudence',
  explanation: 'Parce que la table le dit ainsi.', refs: ['csp-l1110-4'], ...over,
});
const file = (items: unknown[]) => JSON.stringify({ items }, null, 2);
/** A valid quiz of eight items, four errors of each kind. */
const valid = () => Array.from({ length: 8 }, (_, i) => item({ id: `q${i}`, misconception: i % 2 ? 'laxisme' : 'prudence' }));

describe('quiz files of the scenarios', () => {
  for (const id of SCENARIOS) {
    it(`${id}: 8 to 10 items per role, each citing the table, both kinds of error askable`, () => {
      const r = parseQuizFile(readFileSync(`stories/${id}.quiz.json`, 'utf8'), `stories/${id}.quiz.json`);
      expect(r.problems).toEqual([]);
      for (const role of ['etudiant', 'infirmier'] as const) {
        const items = itemsFor(r.quiz!, role);
        expect(items.length).toBeGreaterThanOrEqual(8);
        expect(items.length).toBeLessThanOrEqual(10);
        // Over-caution is a misconception the quiz must be able to catch (legal-references.md §6).
        expect(items.some((i) => i.misconceptions.includes('prudence'))).toBe(true);
      }
    });
  }

  it('the build gives the quiz with the story, and refuses a broken quiz with its file and line', () => {
    const ok = compileInk('stories/page-pro.ink');
    expect(ok.quiz?.items.map((i) => i.id)).toEqual(JSON.parse(readFileSync('stories/page-pro.quiz.json', 'utf8')).items.map((i: { id: string }) => i.id));
    expect(compileInk('stories/demo.ink').quiz).toBeNull();
    // A story folder of its own: the demo with a quiz whose third item has an answer out of range.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'quiz-'));
    try {
      for (const f of ['demo.ink', 'commun.ink', 'commun.media.json']) copyFileSync(`stories/${f}`, path.join(dir, f));
      const items = valid();
      items[2] = item({ id: 'q2', kind: 'choix', options: ['a', 'b'], answer: 2, misconceptions: ['prudence', null] });
      const text = file(items);
      writeFileSync(path.join(dir, 'demo.quiz.json'), text);
      const r = checkStoryFile(path.join(dir, 'demo.ink'), dir);
      const line = text.split('\n').findIndex((l) => l.includes('"q2"')) + 1;
      expect(r.problems).toContainEqual({ file: 'demo.quiz.json', line, message: expect.stringContaining('« answer » vaut 2') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('quiz checks', () => {
  it('accepts a valid file', () => {
    expect(parseQuizFile(file(valid()), 'x.quiz.json').problems).toEqual([]);
  });

  it('an unknown reference id is named with its line', () => {
    const items = valid();
    items[3] = item({ id: 'q3', refs: ['csp-r4312-999'], misconception: 'laxisme' });
    const text = file(items);
    const line = text.split('\n').findIndex((l) => l.includes('"q3"')) + 1;
    expect(parseQuizFile(text, 'x.quiz.json').problems).toEqual([{ file: 'x.quiz.json', line, message: expect.stringContaining('référence inconnue « csp-r4312-999 »') }]);
  });

  it('the forbidden R.4312-14 is refused', () => {
    const items = valid();
    items[0] = item({ id: 'q0', refs: ['csp-r4312-14'] });
    expect(parseQuizFile(file(items), 'x').problems[0]!.message).toContain('référence interdite');
  });

  it('an answer index outside the options is refused, with the range', () => {
    const items = valid();
    items[2] = item({ id: 'q2', kind: 'choix', options: ['a', 'b', 'c'], answer: 3, misconceptions: ['prudence', 'laxisme', null] });
    expect(parseQuizFile(file(items), 'x').problems.map((p) => p.message)).toContain('question « q2 » : « answer » vaut 3 : il n\'y a que 3 réponses (0 à 2)');
  });

  it('missing fields are named', () => {
    const items = valid();
    const broken = item({ id: 'q5' }) as Record<string, unknown>;
    delete broken.explanation;
    delete broken.refs;
    items[5] = broken as never;
    const messages = parseQuizFile(file(items), 'x').problems.map((p) => p.message);
    expect(messages.some((m) => m.includes('« explanation » manquant'))).toBe(true);
    expect(messages.some((m) => m.includes('« refs »'))).toBe(true);
  });

  it('a reference of the other role needs "roles"', () => {
    const items = valid();
    items[1] = item({ id: 'q1', refs: ['csp-l4124-6'], misconception: 'laxisme' });
    expect(parseQuizFile(file(items), 'x').problems[0]!.message).toContain('ne concerne pas le rôle etudiant');
    items[1] = item({ id: 'q1', refs: ['csp-l4124-6'], misconception: 'laxisme', roles: ['infirmier'] });
    // Accepted for the nurse; the student then has 7 items only, which is said too.
    expect(parseQuizFile(file(items), 'x').problems.map((p) => p.message)).toEqual(['questionnaire : 7 questions pour le rôle etudiant, il en faut 8 à 10']);
  });

  it('a quiz where only « c\'est permis » is ever wrong is refused: it would reward suspicion', () => {
    const items = Array.from({ length: 8 }, (_, i) => item({ id: `q${i}`, misconception: 'laxisme' }));
    expect(parseQuizFile(file(items), 'x').problems.map((p) => p.message).join('\n')).toContain('« prudence »');
  });

  it('a penalty stated without « jusqu\'à » is refused (penalties are maxima)', () => {
    const items = valid();
    items[4] = item({ id: 'q4', explanation: 'La révélation est punie d\'un an et 15 000 € d\'amende.' });
    expect(parseQuizFile(file(items), 'x').problems.length).toBeGreaterThan(0);
  });
});

describe('scoring', () => {
  const quiz = parseQuizFile(readFileSync('stories/demande-ami.quiz.json', 'utf8'), 'x').quiz!;
  const items = itemsFor(quiz, 'etudiant');

  it('answering « interdit » to everything is not rewarded: a wrong ban counts as a wrong permission', () => {
    // The cautious answer everywhere: the over-cautious option where there is one, else the right one.
    const suspicious: QuizAnswers = {};
    for (const i of items) {
      const cautious = i.misconceptions.indexOf('prudence');
      suspicious[i.id] = { choice: cautious >= 0 ? cautious : i.answer, sure: true };
    }
    const cautiousItems = items.filter((i) => i.misconceptions.includes('prudence')).length;
    const s = scoreQuiz(items, suspicious);
    expect(s.errors.prudence).toBe(cautiousItems);
    expect(s.right).toBe(items.length - cautiousItems);
    expect(s.right / items.length).toBeLessThanOrEqual(0.5);
    const perfect: QuizAnswers = Object.fromEntries(items.map((i) => [i.id, { choice: i.answer, sure: true }]));
    expect(scoreQuiz(items, perfect).right).toBe(items.length);
  });

  it('the calibration line names the sure-and-wrong answers as what to work on', () => {
    const answers: QuizAnswers = {};
    items.forEach((i, k) => (answers[i.id] = { choice: k < 2 ? (i.answer + 1) % i.options.length : i.answer, sure: k < 4 }));
    const s = scoreQuiz(items, answers);
    expect(s.sureWrong).toBe(2);
    expect(s.sureRight).toBe(2);
    expect(calibrationText(s)).toContain('Sûr·e 4 fois sur 8 : 2 justes, 2 fausses');
    expect(calibrationText(s)).toContain('idées reçues à retravailler');
  });
});

describe('trainer sheet checks', () => {
  it('each scenario has a sheet whose short path names five decisions of the story', () => {
    for (const id of SCENARIOS) {
      const r = compileInk(`stories/${id}.ink`);
      expect(r.problems.filter((p) => p.file.endsWith('.sheet.json'))).toEqual([]);
      expect(r.sheet!.shortPath).toHaveLength(5);
      expect(r.sheet!.shortPath.every((d) => d.note.etudiant.length > 10 && d.expect.infirmier.length > 10)).toBe(true);
    }
  });

  it('a short-path decision missing from the story is named with its line', async () => {
    const { parseSheetFile } = await import('../src/learning/sheet');
    const text = readFileSync('stories/page-pro.sheet.json', 'utf8').replace('"pp-hashtags"', '"pp-inexistante"');
    const decisions = new Map([['pp-avis', 'pp-partenariat', 'pp-comparaison', 'pp-bousquet'].map((d) => [d, { note: { etudiant: 'x', infirmier: 'x' }, expect: { etudiant: 'x', infirmier: 'x' } }] as const)].flat());
    const r = parseSheetFile(text, 'page-pro.sheet.json', decisions);
    const line = text.split('\n').findIndex((l) => l.includes('pp-inexistante')) + 1;
    expect(r.problems).toEqual([{ file: 'page-pro.sheet.json', line, message: '« shortPath » : la décision « pp-inexistante » n\'existe pas dans le scénario' }]);
  });
});
