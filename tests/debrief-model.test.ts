// The debrief a player reads at each ending: right chain of authorities for the role, axes that
// add up to what the gauges showed, readable legal cards, French typography, a JSON that reloads.
import { describe, expect, it } from 'vitest';
import { buildDebrief, type DebriefData } from '../src/debrief/model';
import { debriefFileName, debriefToJson } from '../src/debrief/export';
import { SEVERITY_LABELS, UI } from '../src/debrief/labels';
import { ScenarioRunner } from '../src/narrative/runner';
import { typographyProblems } from '../src/narrative/typography';
import type { EndingStep, Role } from '../src/narrative/types';
import { compiledStories, explorations } from './map-fixtures';

const { ok: stories } = compiledStories();
const demo = stories.find((s) => s.id === 'demo')!;

function play(json: string, id: string, role: Role, choices: number[]): DebriefData {
  const runner = ScenarioRunner.load(json, id) as ScenarioRunner;
  let stop = runner.start(role).stop;
  for (const c of choices) stop = runner.choose(c).batch.stop;
  if (stop.kind !== 'ending') throw new Error('not an ending');
  return buildDebrief({ info: runner.info, role, history: runner.choicesMade, ending: stop as EndingStep });
}

describe('debrief of the demo', () => {
  it('student who denied: institute and ward, never the Ordre; penal complaint with its penalty', () => {
    const d = play(demo.json, 'demo', 'etudiant', [0, 1]);
    expect(d.ending).toMatchObject({ id: 'demo-deni', severity: 'serious', severityLabel: SEVERITY_LABELS.serious });
    expect(d.ledger.map((l) => l.authority)).toEqual(['institut', 'stage', 'penal', 'civil']);
    const byAuth = Object.fromEntries(d.ledger.map((l) => [l.authority, l]));
    expect(byAuth.institut!.level).toBe('blâme');
    expect(byAuth.stage!.level).toBe("signalement au directeur de l'institut");
    expect(byAuth.penal!.level).toBe('plainte');
    expect(byAuth.penal!.penalties.map((p) => p.penalty).join(' ')).toContain('15 000 €');
    expect(byAuth.civil!.level).toBeNull();
    expect(d.references.map((r) => r.id)).toEqual(expect.arrayContaining(['cp-226-13', 'csp-r4312-4', 'csp-r4312-5', 'ifsi-discipline']));
  });

  it('nurse on the same path: Ordre and employer instead', () => {
    const d = play(demo.json, 'demo', 'infirmier', [0, 1]);
    expect(d.ledger.map((l) => l.authority)).toEqual(['ordre', 'employeur', 'penal', 'civil']);
    expect(d.ledger.find((l) => l.authority === 'ordre')!.level).toBe('avertissement');
    expect(d.roleLabel).toMatch(/Infirmier/);
  });

  it('exemplary ending: nothing incurred anywhere, axes up', () => {
    const d = play(demo.json, 'demo', 'etudiant', [1]);
    expect(d.ledger.every((l) => l.level === null)).toBe(true);
    expect(d.axes.find((a) => a.axis === 'secret')!.total).toBe(2);
    expect(d.path).toHaveLength(1);
    expect(d.path[0]!.feedback).toMatch(/secret professionnel/);
  });

  it('each axis total is the sum of the moves listed under it, with the option that moved it', () => {
    const d = play(demo.json, 'demo', 'etudiant', [0, 1]);
    const posture = d.axes.find((a) => a.axis === 'posture')!;
    expect(posture.moves.map((m) => [m.decisionId, m.delta])).toEqual([['demo-voisine', -1], ['demo-cadre', -2]]);
    for (const a of d.axes) expect(a.moves.reduce((s, m) => s + m.delta, 0)).toBe(a.total);
  });

  it('path keeps every decision, the option taken, the others, and what to replay', () => {
    const d = play(demo.json, 'demo', 'etudiant', [0, 0]);
    expect(d.path.map((p) => [p.decisionId, p.optionIndex, p.historyIndex])).toEqual([['demo-voisine', 0, 0], ['demo-cadre', 0, 1]]);
    expect(d.path[0]!.otherOptions).toHaveLength(2);
    expect(d.optionKeys).toEqual(['demo-voisine:0', 'demo-cadre:0']);
    expect(d.choices).toEqual([0, 0]);
    expect(d.questions.length).toBeGreaterThan(0);
  });

  it('exports as JSON that parses back to the same debrief, with a safe file name', () => {
    const d = play(demo.json, 'demo', 'etudiant', [0, 1]);
    const back = JSON.parse(debriefToJson(d, new Date('2025-03-01T10:00:00Z')));
    expect(back).toMatchObject({ format: 'soignants-reseaux-debrief', version: 1, exportedAt: '2025-03-01T10:00:00.000Z' });
    expect({ ...back, exportedAt: undefined }).toEqual({ ...d, exportedAt: undefined });
    expect(debriefFileName(d, new Date('2025-03-01T10:00:00Z'))).toBe('debriefing-demo-etudiant-demo-deni-2025-03-01.json');
  });
});

describe('debrief on every ending of every scenario', () => {
  for (const fx of stories) {
    for (const { role, ex } of explorations(fx)) {
      it(`${fx.id} (${role}): only the role's authorities, only citable references with a summary`, () => {
        const forbidden: Record<Role, string[]> = { etudiant: ['ordre', 'employeur'], infirmier: ['institut', 'stage'] };
        for (const e of ex.endings.values()) {
          const d = play(fx.json, fx.id, role, e.examplePath);
          expect(d.ending.id).toBe(e.ending.id);
          for (const l of d.ledger) expect(forbidden[role]).not.toContain(l.authority);
          for (const r of d.references) {
            expect(r.summary.length).toBeGreaterThan(10);
            expect(r.id).not.toBe('csp-r4312-14');
          }
        }
      });
    }
  }
});

describe('French typography of the interface', () => {
  it('every label has a non-breaking space before : ; ! ? and no straight quotes', () => {
    for (const [k, v] of Object.entries(UI)) {
      expect(typographyProblems(v), k).toEqual([]);
      expect(v, k).not.toMatch(/ [:;!?]/);
    }
  });
});
