// A trainer's long scenario: the explorer walks a 5,000-decision story (a recursive walk overflowed
// the JS stack there), and the branch map draws part of it and says what it left out.
import { beforeAll, describe, expect, it } from 'vitest';
import { mapOmittedText } from '../src/debrief/labels';
import { layoutMap } from '../src/map/layout';
import { buildMapModel, MAP_MAX_DECISIONS } from '../src/map/model';
import { drawMap, svgToString } from '../src/map/svg';
import { explore, type Exploration } from '../src/narrative/explorer';
import { compileSynthetic } from '../tools/synthetic-story';

const N = 5_000;

describe(`a story of ${N} decisions`, () => {
  let ex: Exploration;
  beforeAll(() => {
    // Measured under a load of 25 on 2 cores: compiling ≈ 42 s, exploring ≈ 34 s (9,999 states),
    // 2 min 15 s for the file. The budget is 4× the loaded figure, a lot more than 4× an idle one.
    const story = compileSynthetic(N);
    ex = explore(story.json, story.id, 'etudiant');
  }, 600_000);

  it('is explored whole, without overflowing the stack', () => {
    // Two memory states per decision (« relayer » or not just before), one for the first.
    expect(ex.states).toBe(2 * N - 1);
    expect(ex.truncated).toBe(false);
    expect(ex.longestPath).toBe(N);
    expect(ex.endings.size).toBe(12);
    expect(ex.trapped).toEqual([]);
    // The last decision's options end on fin-0 after N choices; « ne pas répondre » at the first on fin-0 too.
    expect(ex.endings.get('fin-0')!.examplePath).toEqual([2]);
    expect(Math.max(...[...ex.nodes.values()].map((n) => n.depth))).toBe(N - 1);
    for (const e of ex.endings.values()) expect(e.paths).toBeGreaterThan(0);
  });

  it('draws the first decisions on the map and says how many it left out', () => {
    const model = buildMapModel(ex, undefined, null, 'longue');
    expect(model.decisions).toHaveLength(MAP_MAX_DECISIONS);
    expect(model.decisions.map((d) => d.decisionId).slice(0, 3)).toEqual(['q1', 'q2', 'q3']);
    expect(model.omitted).toEqual({ shownDecisions: MAP_MAX_DECISIONS, totalDecisions: N, shownEndings: 12, totalEndings: 12 });
    // The counter still counts the story's endings, drawn or not.
    expect(model.total).toBe(12);
    expect(mapOmittedText(model.omitted!)).toMatch(/^La carte montre 300 des 5\u202F000 décisions\u00A0: .*Les 4\u202F700 autres ne sont pas dessinées/);
    // The last decision drawn leads out of the map: its two « go on » options are marked and drawn as cut.
    const last = model.decisions.at(-1)!;
    expect(last.options.map((o) => o.cut)).toEqual([true, true, false]);
    const svg = svgToString(drawMap(layoutMap(model)));
    expect(svg.match(/data-cut="true"/g)).toHaveLength(2);
    // Every edge drawn goes to a card drawn.
    const ids = new Set([...model.decisions, ...model.endings].map((n) => n.id));
    for (const d of model.decisions) for (const o of d.options) for (const t of o.targets) expect(ids.has(t)).toBe(true);
  });

  it("keeps the player's own path on the map, however deep", () => {
    const depth = 400;
    const choices = Array.from({ length: depth }, (_, i) => ({ decisionId: `q${i + 1}`, optionIndex: 0 }));
    const model = buildMapModel(ex, undefined, { choices: [...choices, { decisionId: `q${depth + 1}`, optionIndex: 2 }], endingId: 'fin-4' }, 'longue');
    const drawn = new Set(model.decisions.map((d) => d.decisionId));
    for (let i = 1; i <= depth + 1; i++) expect(drawn.has(`q${i}`)).toBe(true);
    expect(model.omitted?.shownDecisions).toBe(depth + 1);
    expect(model.endings.some((e) => e.endingId === 'fin-4' && e.current)).toBe(true);
  });
});

describe('a story that fits', () => {
  it('is drawn whole, with nothing said left out', () => {
    const story = compileSynthetic(100);
    const model = buildMapModel(explore(story.json, story.id, 'etudiant'), undefined, null, 'longue');
    expect(model.decisions).toHaveLength(100);
    expect(model.omitted).toBeNull();
    expect(model.decisions.flatMap((d) => d.options).some((o) => o.cut)).toBe(false);
  });
});
