import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explore, type Exploration } from '../src/narrative/explorer';
import { ScenarioRunner } from '../src/narrative/runner';
import { checkSources } from '../src/narrative/validate/source';
import { countSentences } from '../src/narrative/validate/story';
import { ROLES, SEVERITIES, type LineStep, type Role } from '../src/narrative/types';
import { checkStoryFile } from '../tools/stories-check';
import { compiled, compileResult } from './helpers';

// The three situations of the course, measured on their explored graphs (issue 3).
const STORIES = ['demande-ami', 'groupe-whatsapp', 'photos-patients'];
const BRANDS = /facebook|whats\s?app|instagram|snapchat|twitter|linkedin|tiktok|messenger|gmail|outlook/i;

for (const id of STORIES) {
  const file = `stories/${id}.ink`;
  describe(`scenario ${id}`, () => {
    const json = compiled(file);
    const explored = new Map<Role, Exploration>(ROLES.map((r) => [r, explore(json, id, r)]));

    it('passes stories:check with no problem', () => {
      // The exploration and compile above are reused: exploring again here took 18–28 s under load.
      expect(checkStoryFile(file, undefined, { compiled: compileResult(file), explored }).problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
    });

    for (const role of ROLES) {
      describe(role, () => {
        const ex = () => explored.get(role)!;
        it('ends every path, without loops that trap the player', () => {
          expect(ex().trapped).toEqual([]);
          expect(ex().truncated).toBe(false);
          expect([...ex().endings.keys()]).not.toContain('');
        });
        it('has at least 6 distinct endings, from exemplary to serious or worse', () => {
          const endings = [...ex().endings.values()].map((e) => e.ending);
          expect(endings.length).toBeGreaterThanOrEqual(6);
          const severities = new Set(endings.map((e) => e.severity));
          expect(severities.has('exemplary')).toBe(true);
          expect(endings.some((e) => SEVERITIES.indexOf(e.severity) >= SEVERITIES.indexOf('serious'))).toBe(true);
        });
        it('asks at least 7 decisions on the longest path, most with 3 or 4 options', () => {
          expect(ex().longestPath).toBeGreaterThanOrEqual(7);
          const byId = new Map([...ex().nodes.values()].map((n) => [n.decision.id, n.decision.options.length]));
          const wide = [...byId.values()].filter((n) => n >= 3 && n <= 4).length;
          expect(wide / byId.size).toBeGreaterThan(0.5);
        });
        it('scores every option on the four axes with a feedback, and annotates every decision', () => {
          expect(ex().warnings).toEqual([]);
          for (const n of ex().nodes.values()) {
            expect(n.decision.note.prompt, n.decision.id).not.toBe('');
            expect(n.decision.note.expect, n.decision.id).not.toBe('');
            for (const o of n.decision.options) {
              expect(o.consequence.feedback, `${n.decision.id}: ${o.text}`).not.toBe('');
              expect(Object.keys(o.consequence.deltas).sort()).toEqual(['image', 'posture', 'respect', 'secret']);
            }
          }
        });
        it('closes every ending with a title, sanctions right for the role, a 3–6 sentence debrief and 2 questions', () => {
          for (const { ending } of ex().endings.values()) {
            expect(ending.title).not.toBe(ending.id);
            const n = countSentences(ending.debrief);
            expect(n, ending.id).toBeGreaterThanOrEqual(3);
            expect(n, ending.id).toBeLessThanOrEqual(6);
            expect(ending.questions, ending.id).toHaveLength(2);
            const authorities = ending.sanctions.map((s) => s.authority);
            if (role === 'etudiant') expect(authorities.filter((a) => a === 'ordre' || a === 'employeur'), ending.id).toEqual([]);
            else expect(authorities.filter((a) => a === 'institut' || a === 'stage'), ending.id).toEqual([]);
            if (SEVERITIES.indexOf(ending.severity) >= SEVERITIES.indexOf('moderate')) expect(authorities.length, ending.id).toBeGreaterThan(0);
          }
        });
        it('never tells a student about the Ordre in an ending', () => {
          if (role !== 'etudiant') return;
          for (const { ending } of ex().endings.values()) {
            const text = [...ending.debrief, ...ending.questions].join(' ');
            expect(text, ending.id).not.toMatch(/chambre disciplinaire|radiation|radié/i);
          }
        });
      });
    }

    it('brings at least 2 delayed consequences through the phone after a time skip', () => {
      const delayed = new Set<string>();
      for (const role of ROLES) {
        for (const e of explored.get(role)!.endings.values()) {
          const r = ScenarioRunner.load(json, id) as ScenarioRunner;
          let batch = r.start(role);
          const steps: LineStep[] = [...batch.lines];
          for (const i of e.examplePath) {
            batch = r.choose(i).batch;
            steps.push(...batch.lines);
          }
          steps.forEach((s, i) => {
            if (s.kind !== 'timeskip') return;
            const next = steps.slice(i + 1, i + 6);
            if (next.some((n) => n.kind === 'mail' || n.kind === 'call' || n.kind === 'notification' || (n.kind === 'message' && n.from !== 'moi'))) delayed.add(s.text);
          });
        }
      }
      expect(delayed.size).toBeGreaterThanOrEqual(2);
    });

    it('has about 3,000 words or more, and no real brand names', () => {
      const src = checkSources([{ file, text: readFileSync(file, 'utf8') }]);
      expect(src.words).toBeGreaterThanOrEqual(3000);
      const brand = src.lines.find((l) => BRANDS.test(l.text));
      expect(brand ? `${brand.file}:${brand.line}: ${brand.text}` : null).toBeNull();
    });
  });
}
