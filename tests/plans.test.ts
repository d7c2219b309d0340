import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playPlan, type Plan } from '../src/narrative/plans';
import { compiled } from './helpers';

// Each tests/plans/<story>.json lists, per ending, the choices a trainer would make and what the
// debrief must then show. They are readable on their own: see tests/plans/README.md.
const files = readdirSync('tests/plans').filter((f) => f.endsWith('.json'));

for (const file of files) {
  const plans = JSON.parse(readFileSync(`tests/plans/${file}`, 'utf8')) as Plan[];
  describe(`plans ${file}`, () => {
    it('has at least one plan', () => expect(plans.length).toBeGreaterThan(0));
    for (const plan of plans) {
      it(`${plan.role} → ${plan.ending}`, () => {
        const r = playPlan(compiled(`stories/${plan.story}.ink`), plan);
        expect(r.missing, r.missing ? `choice « ${r.missing.wanted} » not offered; offered: ${r.missing.available.join(' / ')}` : '').toBeNull();
        expect(r.ending).toBe(plan.ending);
        expect(r.axes).toEqual(plan.expect.axes);
        expect(r.sanctions.sort()).toEqual([...plan.expect.sanctions].sort());
        if (plan.role === 'etudiant') expect(r.ledger.some((l) => l.startsWith('ordre') || l.startsWith('employeur'))).toBe(false);
        else expect(r.ledger.some((l) => l.startsWith('institut') || l.startsWith('stage'))).toBe(false);
      });
    }
  });
}
