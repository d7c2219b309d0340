// « Ce que dit votre cours »: each correction rests on the reference table and states penalties
// as maxima; a debrief shows the corrections its own references touch.
import { describe, expect, it } from 'vitest';
import { ERRATA, errataFor } from '../src/errata/data';
import { findReference } from '../src/narrative/legal/referenceTexts';
import { penaltyProblems } from '../src/narrative/validate/source';
import { buildDebrief } from '../src/debrief/model';
import { ScenarioRunner } from '../src/narrative/runner';
import { compiled } from './helpers';
import { readdirSync, readFileSync } from 'node:fs';
import { playByText } from './helpers';
import type { Role } from '../src/narrative/types';

describe('the errata card', () => {
  it('cites only ids of the reference table that may be cited', () => {
    for (const e of ERRATA) for (const id of [...e.refs, ...e.about]) {
      expect(findReference(id), `${e.id}: ${id}`).toBeDefined();
      expect(findReference(id)!.confidence, `${e.id}: ${id}`).not.toBe('X');
    }
  });
  it('states every penalty as a maximum (a real case keeps its actual sentence)', () => {
    for (const e of ERRATA) for (const text of [e.right, e.why]) {
      expect(penaltyProblems(text, e.refs.some((r) => r.startsWith('cas-'))), `${e.id}: ${text}`).toEqual([]);
    }
  });
  it('covers the four points the course gets wrong', () => {
    const all = ERRATA.map((e) => `${e.course} ${e.right}`).join('\n');
    expect(all).toMatch(/R\.4312-14/);
    expect(all).toMatch(/22 décembre 2020/);
    expect(all).toMatch(/aides-soignants/);
    expect(all).toMatch(/concurrence entre infirmiers/);
  });
  it('picks the corrections a debrief touches, not the others', () => {
    expect(errataFor(['csp-r4312-61']).map((e) => e.id)).toEqual(['concurrence']);
    expect(errataFor(['cp-226-13'])).toEqual([]);
    // The course makes every pseudonym a matter for the Ordre; the table only the professional one.
    expect(errataFor(['oni-pseudonyme']).map((e) => e.id)).toEqual(['pseudonyme']);
  });
});

describe('the debrief points to them', () => {
  it('a page that sells (La page pro) leads to « publicité » and « concurrence »', () => {
    const runner = ScenarioRunner.load(compiled('stories/page-pro.ink'), 'page-pro');
    if (!(runner instanceof ScenarioRunner)) throw new Error(runner.message);
    // Always the first option: the pinned review, then the promo code, and so on.
    let stop = runner.start('infirmier').stop;
    for (let turn = 0; turn < 30 && stop.kind === 'decision'; turn++) stop = runner.choose(0).batch.stop;
    const step = stop;
    expect(step.kind).toBe('ending');
    if (step.kind !== 'ending') return;
    const data = buildDebrief({ info: runner.info, role: 'infirmier', history: runner.choicesMade, ending: step });
    expect(data.ending.id).toBe('pp-commerce');
    expect(data.errata.map((e) => e.id)).toEqual(expect.arrayContaining(['publicite', 'concurrence']));
    expect(data.errata.map((e) => e.id)).not.toContain('lille');
  });
});

describe('each scenario shows the corrections about itself', () => {
  // The course cites R.4312-14 and the « refuse the friend request » rule for the friend request,
  // and Lille for the photos: a debrief elsewhere that cites R.4312-9 or 226-1 is not about them.
  // Every ending of every role is reached through the trainer-readable plans (tests/plans/).
  const onlyFor: Record<string, string> = { 'r4312-14': 'demande-ami', 'demande-ami': 'demande-ami', lille: 'photos-patients' };
  for (const file of readdirSync('tests/plans').filter((f) => f.endsWith('.json'))) {
    const id = file.replace(/\.json$/, '');
    it(`${id}: on every ending and role, no correction tied to another situation; its own when cited`, () => {
      const plans = JSON.parse(readFileSync(`tests/plans/${file}`, 'utf8')) as { role: Role; ending: string; choices: string[] }[];
      const seen = new Set<string>();
      for (const plan of plans) {
        const { ending, runner } = playByText(id, plan.role, 'f', plan.choices);
        expect(ending.id).toBe(plan.ending);
        const d = buildDebrief({ info: runner.info, role: plan.role, history: runner.choicesMade, ending });
        for (const er of d.errata) {
          seen.add(er.id);
          if (onlyFor[er.id]) expect(onlyFor[er.id], `${id} ${plan.role} ${plan.ending}: ${er.id}`).toBe(id);
        }
      }
      if (id === 'demande-ami') expect([...seen]).toEqual(expect.arrayContaining(['r4312-14', 'demande-ami']));
      if (id === 'photos-patients') expect([...seen]).toContain('lille');
    });
  }
});
