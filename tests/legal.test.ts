import { describe, expect, it } from 'vitest';
import { refProblem, referenceLabel } from '../src/narrative/legal/references';
import { allReferences } from '../src/narrative/legal/referenceTexts';
import { AUTHORITIES, appliesToRole, levelRank } from '../src/narrative/legal/sanctions';
import { allMedia } from '../src/narrative/media';

describe('legal references as data', () => {
  it('has unique ids and a readable label for each', () => {
    const ids = allReferences().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of allReferences()) expect(r.label.length, r.id).toBeGreaterThan(5);
  });
  it('forbids the article the course gets wrong, and knows nothing it was not given', () => {
    expect(refProblem('csp-r4312-14')).toBe('forbidden');
    expect(refProblem('csp-r4312-9')).toBeNull();
    expect(refProblem('cnil-whatsapp')).toBe('unknown');
    expect(referenceLabel('cp-226-13')).toBe('Code pénal, art. 226-13');
  });
  it('states the penalties as the reference table does', () => {
    const byId = new Map(allReferences().map((r) => [r.id, r]));
    expect(byId.get('cp-226-13')?.penalty).toContain("1 an d'emprisonnement et 15 000 € d'amende");
    expect(byId.get('cp-226-1')?.penalty).toContain("1 an d'emprisonnement et 45 000 € d'amende");
    expect(byId.get('csp-l4124-6')?.penalty).toContain('3 ans au plus');
  });
  it('every authority scale cites a known reference, and only nurses answer to the Ordre', () => {
    for (const a of AUTHORITIES) for (const b of a.basis) expect(refProblem(b), a.id).toBeNull();
    expect(appliesToRole('ordre', 'etudiant')).toBe(false);
    expect(appliesToRole('institut', 'infirmier')).toBe(false);
    expect(appliesToRole('penal', 'etudiant')).toBe(true);
    expect(levelRank('ordre', 'radiation')).toBe(4);
    expect(levelRank('ordre', 'avertissement')).toBe(1);
  });
});

describe('photo catalogue', () => {
  it('has unique ids and a French description for every photo', () => {
    const ids = allMedia().map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of allMedia()) expect(m.alt.length, m.id).toBeGreaterThan(15);
  });
});
