import { describe, expect, it } from 'vitest';
import { parseSanction } from '../src/narrative/tags';
import { addAxes, ledgerChanges, ledgerOf, scoreOf, zeroAxes, AXIS_MAX, AXIS_MIN } from '../src/narrative/scoring';
import type { Consequence, Sanction } from '../src/narrative/types';

const s = (text: string): Sanction => {
  const r = parseSanction('sanction', text);
  if ('error' in r) throw new Error(r.error);
  return r.sanction;
};
const c = (secret: number, respect: number, posture: number, image: number): Consequence => ({
  deltas: { secret, respect, posture, image }, feedback: '', refs: [], risks: [],
});

describe('axes', () => {
  it('sum the choices and stay on the gauge range', () => {
    expect(scoreOf([c(1, -2, 3, 0), c(2, 0, -1, 1)])).toEqual({ secret: 3, respect: -2, posture: 2, image: 1 });
    const many = Array.from({ length: 6 }, () => c(-3, 3, 0, 0));
    expect(scoreOf(many)).toEqual({ secret: AXIS_MIN, respect: AXIS_MAX, posture: 0, image: 0 });
    expect(addAxes(zeroAxes(), zeroAxes())).toEqual(zeroAxes());
  });
});

describe('ledger', () => {
  it('keeps the heaviest level per authority with every legal basis', () => {
    const ledger = ledgerOf([s('penal; plainte; cp-226-13; par: Marc Delorme'), s('penal; poursuites; cp-226-1, cp-226-6'), s('employeur; avertissement; cgfp-l533-1')], 'infirmier');
    expect(ledger).toEqual([
      { authority: 'employeur', level: 'avertissement', rank: expect.any(Number), refs: ['cgfp-l533-1'] },
      { authority: 'penal', level: 'poursuites', rank: expect.any(Number), refs: ['cp-226-13', 'cp-226-1', 'cp-226-6'] },
    ]);
  });
  it('never puts a student before the Ordre, nor a nurse before the institute', () => {
    const all = [s('ordre; blâme; csp-l4124-6'), s('institut; blâme; ifsi-discipline'), s("stage; signalement au directeur de l'institut; ifsi-discipline"), s('employeur; blâme; cgfp-l533-1'), s('civil; dommages-intérêts; cc-9')];
    expect(ledgerOf(all, 'etudiant').map((l) => l.authority)).toEqual(['institut', 'stage', 'civil']);
    expect(ledgerOf(all, 'infirmier').map((l) => l.authority)).toEqual(['ordre', 'employeur', 'civil']);
  });
  it('reports what rose between two ledgers', () => {
    const before = ledgerOf([s('penal; signalement au procureur; cp-226-13')], 'etudiant');
    const after = ledgerOf([s('penal; poursuites; cp-226-13'), s('institut; avertissement; ifsi-discipline')], 'etudiant');
    expect(ledgerChanges(before, after).map((l) => `${l.authority}: ${l.level}`)).toEqual(['institut: avertissement', 'penal: poursuites']);
    expect(ledgerChanges(after, after)).toEqual([]);
  });
  it('ranks a talk below any sanction', () => {
    expect(s('employeur; entretien avec la cadre; cgfp-l533-1').rank).toBe(0);
    expect(s('employeur; avertissement; cgfp-l533-1').rank).toBeGreaterThan(0);
  });
});
