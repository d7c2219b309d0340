// Result codes: what a student reads at the end of a scenario and the trainer pastes. Round trip on
// every ending of every scenario in both roles, mistyped codes refused with a French message, codes
// from an older story version, and the class aggregation the trainer reads.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../tools/ink-compile';
import { explore, type Exploration } from '../src/narrative/explorer';
import { ScenarioRunner } from '../src/narrative/runner';
import { decodeResult, encodeResult, extractCodes, type ResultData } from '../src/learning/code';
import { ClassDecoder, classCsv, csvCell, summarise, type StorySource } from '../src/learning/classroom';
import { itemsFor, type Quiz } from '../src/learning/quiz';
import type { Role } from '../src/narrative/types';

const SCENARIOS = ['demande-ami', 'groupe-whatsapp', 'photos-patients', 'page-pro', 'coup-de-gueule'];
const stories: StorySource[] = SCENARIOS.map((id) => {
  const c = compileInk(`stories/${id}.ink`);
  return { id, title: id, json: c.json!, quiz: c.quiz };
});
const fp = (id: string) => (ScenarioRunner.load(stories.find((s) => s.id === id)!.json, id) as ScenarioRunner).fingerprint;

function result(id: string, role: Role, path: number[], endingId: string, quiz: Quiz | null, fingerprint = fp(id)): ResultData {
  const items = quiz ? itemsFor(quiz, role) : [];
  return {
    scenarioId: id, role, genre: 'm', storyFingerprint: fingerprint, quizFingerprint: quiz?.fingerprint ?? 0, endingId, path,
    // Before: every answer wrong and sure; after: right, unsure on the odd ones (the longest state).
    before: items.map((i) => ({ choice: (i.answer + 1) % i.options.length, sure: true })),
    after: items.map((i, k) => ({ choice: i.answer, sure: k % 2 === 0 })),
    nonce: 1023,
  };
}

const explorations = new Map<string, Exploration>();
beforeAll(() => {
  for (const s of stories) for (const role of ['etudiant', 'infirmier'] as const) explorations.set(`${s.id}:${role}`, explore(s.json, s.id, role));
}, 300_000);

describe('round trip on every ending', () => {
  it('each ending of each scenario, in both roles, decodes to the same path, ending and answers; codes stay ≤ 40 characters', () => {
    const decoder = new ClassDecoder(stories);
    const longest: Record<string, number> = {};
    for (const s of stories) {
      for (const role of ['etudiant', 'infirmier'] as const) {
        const ex = explorations.get(`${s.id}:${role}`)!;
        expect(ex.endings.size).toBeGreaterThan(0);
        for (const [endingId, node] of ex.endings) {
          const data = result(s.id, role, node.examplePath, endingId, s.quiz);
          const code = encodeResult(data);
          longest[s.id] = Math.max(longest[s.id] ?? 0, code.length);
          const d = decodeResult(code);
          if ('kind' in d) throw new Error(d.message);
          expect(d.path).toEqual(node.examplePath);
          expect(d.role).toBe(role);
          expect(d.genre).toBe('m');
          expect(d.before).toEqual(data.before);
          expect(d.after).toEqual(data.after);
          const r = decoder.resolve(d);
          if ('reason' in r) throw new Error(r.reason);
          expect(r.endingId).toBe(endingId);
          expect(r.olderVersion).toBe(false);
          expect(Object.keys(r.after!).length).toBe(data.after.length);
        }
      }
    }
    console.log('longest code per scenario:', longest);
    for (const n of Object.values(longest)) expect(n).toBeLessThanOrEqual(40);
  });
});

describe('refused codes', () => {
  const ex = () => explorations.get('page-pro:etudiant')!;
  const good = () => {
    const [endingId, node] = [...ex().endings][0]!;
    return encodeResult(result('page-pro', 'etudiant', node.examplePath, endingId, stories[3]!.quiz));
  };

  it('every single mistyped character is refused with a clear French message', () => {
    const code = good();
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = 3; i < code.length; i++) {
      const c = code[i]!;
      const other = alphabet[(alphabet.indexOf(c) + 7) % 32]!;
      const typo = code.slice(0, i) + other + code.slice(i + 1);
      const d = decodeResult(typo);
      expect('kind' in d && d.kind).not.toBe(false);
      if ('kind' in d) expect(d.message).toMatch(/mal recopié|autre version|caractère/);
    }
    const swapped = code.slice(0, 5) + code[6] + code[5] + code.slice(7);
    if (swapped !== code) expect(decodeResult(swapped)).toMatchObject({ kind: 'check', message: expect.stringContaining('un caractère a été mal recopié') });
  });

  it('lower case, and I, L, O typed for 1, 1, 0, are read as meant; a cut code says so', () => {
    const code = good();
    expect('kind' in decodeResult(code.toLowerCase())).toBe(false);
    expect(decodeResult(code.replace(/1/g, 'l'))).not.toHaveProperty('kind');
    expect(decodeResult(code.slice(0, 8))).toMatchObject({ kind: 'format', message: expect.stringContaining('incomplet') });
    expect(decodeResult(code.slice(0, -3))).toHaveProperty('kind');
  });
});

describe('codes from an older version of a story', () => {
  it('a path that still leads to the same ending is counted, marked as older; one that no longer fits is set apart with a reason', () => {
    const s = stories[0]!;
    const [endingId, node] = [...explorations.get(`${s.id}:etudiant`)!.endings][0]!;
    const decoder = new ClassDecoder(stories);
    const old = encodeResult(result(s.id, 'etudiant', node.examplePath, endingId, s.quiz, 'an-older-build'));
    const broken = encodeResult(result(s.id, 'etudiant', [...node.examplePath.slice(0, -1), 7], endingId, s.quiz, 'an-older-build'));
    const read = decoder.read(`${old}\n${broken}`);
    expect(read.results).toHaveLength(1);
    expect(read.results[0]!.olderVersion).toBe(true);
    expect(read.apart).toEqual([{ code: broken, scenarioId: s.id, reason: expect.stringMatching(/^version antérieure du scénario : la décision \d+ n'a pas d'option 8/) }]);
    const [sum] = summarise(decoder, read);
    expect(sum!.olderVersion).toBe(1);
    expect(sum!.apart).toHaveLength(1);
  });
});

describe('class aggregation', () => {
  it('counts endings, options per decision and the quiz before/after from a pasted chat export', () => {
    const s = stories.find((x) => x.id === 'coup-de-gueule')!;
    const endings = [...explorations.get(`${s.id}:infirmier`)!.endings];
    const lines: string[] = [];
    // 6 students: 4 reach the first ending on the same path with the same answers, 2 the second; one pastes twice.
    const picks = [0, 0, 0, 0, 1, 1];
    picks.forEach((k, n) => {
      const [id, node] = endings[k]!;
      lines.push(`[14:0${n}] Étudiant ${n} : voilà mon code ${encodeResult({ ...result(s.id, 'infirmier', node.examplePath, id, s.quiz), nonce: n * 97 })} merci`);
    });
    lines.push(lines[0]!);
    lines.push('SR1ZZZZZZZZZZ (faute de frappe)');
    const decoder = new ClassDecoder(stories);
    const read = decoder.read(lines.join('\n'));
    expect(read.results).toHaveLength(6);
    expect(read.duplicates).toBe(1);
    expect(read.refused).toHaveLength(1);
    const [sum] = summarise(decoder, read);
    expect(sum!.students).toBe(6);
    expect(sum!.byRole).toEqual({ etudiant: 0, infirmier: 6 });
    expect(sum!.endings.map((e) => [e.id, e.count])).toEqual([[endings[0]![0], 4], [endings[1]![0], 2]]);
    const first = sum!.decisions[0]!;
    expect(first.total).toBe(6);
    const firstPick = endings[0]![1].examplePath[0]!;
    expect(first.options[firstPick]!.count).toBeGreaterThanOrEqual(4);
    // Quiz: all wrong before, all right after.
    expect(sum!.quiz!.before).toBe(0);
    expect(sum!.quiz!.after).toBe(1);
    expect(sum!.quiz!.beforeStudents).toBe(6);
    // Misconceptions come from the latest sitting: none left after a perfect one.
    expect(sum!.misconceptions).toEqual([]);
  });

  it('extracts codes from noisy text, one or several per line', () => {
    expect(extractCodes('Léa: SR1ABCD0123 et SR1XYZ9876Q\nrien ici\n').codes).toEqual(['SR1ABCD0123', 'SR1XYZ9876Q']);
  });

  it('CSV: semicolons, BOM, and no cell a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    const csv = classCsv([{ id: 'x', title: '=1+1', students: 1, byRole: { etudiant: 1, infirmier: 0 }, olderVersion: 0, endings: [], decisions: [], axes: [], quiz: null, misconceptions: [], apart: [] }]);
    expect(csv.startsWith('\uFEFF"scénario";"rubrique"')).toBe(true);
    expect(csv).toContain('"\'=1+1";"étudiant·es"');
  });
});
