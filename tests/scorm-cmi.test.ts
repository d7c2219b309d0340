// What the SCORM package reports (src/scorm/cmi.ts) and the resume data it keeps: every
// scenario's longest path, in both roles, fits SCORM 1.2's 4,096-character suspend_data and
// replays to the same ending.
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../src/content/scenarios';
import { explore, type Exploration, type Target } from '../src/narrative/explorer';
import { replayChoicePath } from '../src/narrative/migrate';
import { migrationText } from '../src/ui/labels/storage';
import { ScenarioRunner } from '../src/narrative/runner';
import { ROLES, type ChoiceOption } from '../src/narrative/types';
import {
  axisObjectives, cmiIdentifier, correctPattern, decodeSuspend, encodeSuspend, interactionResult, lessonStatus, masteryFrom,
  MASTERY_SCORE, optionId, scoreRaw, SUSPEND_LIMIT, timeOfDay, timespan,
} from '../src/scorm/cmi';
import { compiled } from './helpers';

const option = (index: number, deltas: Partial<Record<'secret' | 'respect' | 'posture' | 'image', number>>): ChoiceOption => ({
  index, text: `option ${index}`, action: 'reply',
  consequence: { deltas: { secret: 0, respect: 0, posture: 0, image: 0, ...deltas }, feedback: '', refs: [], risks: [] },
});

describe('CMI values', () => {
  it('formats SCORM 1.2 times', () => {
    expect(timespan(0)).toBe('0000:00:00.00');
    expect(timespan(3_723_450)).toBe('0001:02:03.45');
    expect(timespan(59_999)).toBe('0000:01:00.00');
    expect(timeOfDay(new Date(2026, 0, 1, 9, 5, 7))).toBe('09:05:07');
  });

  it('names options a, b, c… and gives the result from their weight', () => {
    expect([0, 1, 25].map(optionId)).toEqual(['a', 'b', 'z']);
    expect(() => optionId(26)).toThrow();
    expect(interactionResult(option(0, { secret: 2, image: -1 }))).toBe('correct');
    expect(interactionResult(option(0, { secret: -2, posture: 1 }))).toBe('wrong');
    expect(interactionResult(option(0, { respect: 1, image: -1 }))).toBe('neutral');
    expect(correctPattern([option(0, { secret: -1 }), option(1, { secret: 2 }), option(2, { posture: 2 })])).toBe('b,c');
    expect(correctPattern([option(0, { secret: -1 }), option(1, {})])).toBe('');
    expect(cmiIdentifier('refus poli à Jérémie')).toBe('refus_poli_a_Jeremie');
  });

  it('scores 0–100 from the four axes, capped by the ending, passed at the mastery score', () => {
    const best = { secret: 10, respect: 10, posture: 10, image: 10 };
    expect(scoreRaw(best, 'exemplary')).toBe(100);
    expect(scoreRaw(best, 'critical')).toBe(20);
    expect(scoreRaw({ secret: 0, respect: 0, posture: 0, image: 0 }, null)).toBe(50);
    expect(scoreRaw({ secret: 6, respect: 4, posture: 2, image: 4 }, 'minor')).toBe(70);
    expect(lessonStatus(70, MASTERY_SCORE)).toBe('passed');
    expect(lessonStatus(69, MASTERY_SCORE)).toBe('failed');
    expect(masteryFrom('80')).toBe(80);
    expect(masteryFrom('')).toBe(MASTERY_SCORE);
    expect(masteryFrom('abc')).toBe(MASTERY_SCORE);
    expect(axisObjectives({ secret: -2, respect: 0, posture: 3, image: 10 }, true)).toEqual([
      { id: 'secret', raw: 40, status: 'failed' }, { id: 'respect', raw: 50, status: 'passed' },
      { id: 'posture', raw: 65, status: 'passed' }, { id: 'image', raw: 100, status: 'passed' },
    ]);
  });

  it('reads back only its own suspend_data', () => {
    const d = { scenario: 'demande-ami', role: 'infirmier' as const, genre: 'f', fingerprint: '1a2b3c', choices: [0, 3, 1, 12] };
    expect(encodeSuspend(d)).toBe('1;demande-ami;i;f;1a2b3c;031c');
    expect(decodeSuspend(encodeSuspend(d))).toEqual(d);
    for (const bad of ['', 'viewed=1,2,3', '2;demande-ami;e;;x;01', '1;demande-ami;x;;x;01', '1;demande-ami;e;;x;0-1']) expect(decodeSuspend(bad)).toBeNull();
  });
});

/** The longest sequence of option indexes from the start to an ending (the graph has no loop to an ending). */
function longestPath(ex: Exploration): number[] {
  const memo = new Map<string, number[]>();
  const walk = (t: Target, seen: Set<string>): number[] | null => {
    if (t.kind === 'ending') return [];
    const hit = memo.get(t.key);
    if (hit) return hit;
    if (seen.has(t.key)) return null;
    seen.add(t.key);
    let best: number[] | null = null;
    for (const [i, o] of ex.nodes.get(t.key)!.options.entries()) {
      const rest = walk(o.target, seen);
      if (rest && (!best || rest.length + 1 > best.length)) best = [i, ...rest];
    }
    seen.delete(t.key);
    if (best) memo.set(t.key, best);
    return best;
  };
  return walk(ex.root, new Set())!;
}

describe('suspend_data on every scenario’s longest path', () => {
  for (const s of SCENARIOS.filter((x) => !x.demo)) {
    for (const role of ROLES) {
      it(`${s.id}, ${role}: under ${SUSPEND_LIMIT} characters, and replays to an ending`, () => {
        const json = compiled(`stories/${s.id}.ink`);
        const ex = explore(json, s.id, role);
        const path = longestPath(ex);
        expect(path.length).toBe(ex.longestPath);
        const runner = ScenarioRunner.load(json, s.id) as ScenarioRunner;
        const text = encodeSuspend({ scenario: s.id, role, genre: 'm', fingerprint: runner.fingerprint, choices: path });
        expect(text.length).toBeLessThan(SUSPEND_LIMIT);
        // Everything a resume needs: the same version replays every choice to the same place.
        const back = decodeSuspend(text)!;
        expect(replayChoicePath(runner, back)).toBeNull();
        expect(runner.currentStop?.kind).toBe('ending');
        // Camille's gender comes back with the choices.
        expect(runner.genre).toBe('m');
        expect(runner.choicesMade.map((h) => h.optionIndex)).toEqual(path);
        // Another version: the choices the story still offers are replayed, and the player is told.
        const older = replayChoicePath(runner, { ...back, fingerprint: 'version-precedente' });
        expect(older).toMatchObject({ replayed: path.length, total: path.length });
        expect(migrationText(older!)).toMatch(/ont été rejoués dans la nouvelle version/);
        // Explores the whole story: a budget that holds on a machine four times slower, under load.
      }, 120_000);
    }
  }

  it('stops replaying where an older path no longer fits the story', () => {
    const json = compiled('stories/demande-ami.ink');
    const runner = ScenarioRunner.load(json, 'demande-ami') as ScenarioRunner;
    const migration = replayChoicePath(runner, { role: 'etudiant', fingerprint: 'version-precedente', choices: [0, 35, 0] });
    expect(migration).toMatchObject({ replayed: 1, total: 3 });
    expect(runner.choicesMade).toHaveLength(1);
    expect(runner.currentStop?.kind).toBe('decision');
  });
});
