// The debrief explains a severity that its axis totals seem to contradict, and quotes options
// that quote a message without « « … » ».
import { describe, expect, it } from 'vitest';
import { severityNote } from '../src/debrief/explain';
import { quoted } from '../src/debrief/labels';

const d = (secret: number, respect: number, posture: number, image: number) => ({ secret, respect, posture, image });

describe('severity note', () => {
  it('explains a « Très grave » ending whose later good choices lifted the totals', () => {
    const note = severityNote({
      severity: 'critical', severityLabel: 'Très grave', totals: d(-2, -2, 1, -1),
      path: [{ optionText: 'Publier en public', deltas: d(-2, -3, -2, -3) }, { optionText: 'Prévenir la cadre', deltas: d(2, 2, 2, 1) }],
    });
    expect(note).toContain('Très grave');
    expect(note).toContain('Publier en public');
    expect(note).toContain('+7');
    expect(note).toContain('\u221210');
  });

  it('says nothing when the totals already agree with a grave ending or a good one', () => {
    expect(severityNote({ severity: 'serious', severityLabel: 'Grave', totals: d(-4, -3, -2, -2), path: [{ optionText: 'x', deltas: d(-4, -3, -2, -2) }] })).toBeNull();
    expect(severityNote({ severity: 'exemplary', severityLabel: 'Exemplaire', totals: d(3, 2, 2, 1), path: [{ optionText: 'x', deltas: d(3, 2, 2, 1) }] })).toBeNull();
  });

  it('explains a good ending that kept a negative axis', () => {
    const note = severityNote({ severity: 'minor', severityLabel: 'Mineure', totals: d(-1, 1, 1, 0), path: [{ optionText: 'Répondre vite', deltas: d(-2, 0, 0, 0) }, { optionText: 'Corriger', deltas: d(1, 1, 1, 0) }] });
    expect(note).toContain('Répondre vite');
  });
});

describe('quoted', () => {
  it('nests a quoted message with English quotes instead of a second pair of guillemets', () => {
    expect(quoted('Publier : « Ma team de nuit »')).toBe('«\u00A0Publier : “Ma team de nuit”\u00A0»');
    expect(quoted('Bonjour')).toBe('«\u00A0Bonjour\u00A0»');
  });
});
