// Layout on real graphs: what a player would notice is a card over another card, a label running
// out of its card or over another label, or an ending missing from the map.
import { describe, expect, it } from 'vitest';
import { buildMapModel, currentPathOf } from '../src/map/model';
import { layoutMap, PAD, type LaidNode, type MapLayout, type TextLine } from '../src/map/layout';
import { drawMap, svgToString } from '../src/map/svg';
import { ScenarioRunner } from '../src/narrative/runner';
import { compiledStories, explorations, syntheticStory, type StoryFixture } from './map-fixtures';

interface Box { x0: number; y0: number; x1: number; y1: number }
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const textBox = (n: LaidNode, t: TextLine, dx = 0, dy = 0): Box => ({
  x0: n.x + dx + t.x, x1: n.x + dx + t.x + t.width, y0: n.y + dy + t.y - t.size * 0.85, y1: n.y + dy + t.y + t.size * 0.25,
});

function allTexts(n: LaidNode): Box[] {
  return [...n.lines.map((t) => textBox(n, t)), ...n.options.flatMap((o) => o.lines.map((t) => textBox(n, t)))];
}

function checkLayout(layout: MapLayout, label: string) {
  const cards = layout.nodes.map((n) => ({ n, box: { x0: n.x, y0: n.y, x1: n.x + n.w, y1: n.y + n.h } }));
  for (let i = 0; i < cards.length; i++) {
    for (let j = i + 1; j < cards.length; j++) {
      expect(overlap(cards[i]!.box, cards[j]!.box), `${label}: ${cards[i]!.n.id} overlaps ${cards[j]!.n.id}`).toBe(false);
    }
  }
  for (const { n, box } of cards) {
    const texts = allTexts(n);
    const badges = n.badges.map((b) => ({ x0: n.x + b.x, y0: n.y + b.y, x1: n.x + b.x + b.size, y1: n.y + b.y + b.size }));
    for (const t of [...texts, ...badges]) {
      // Inside the card, padding kept on the right.
      expect(t.x0 >= box.x0 && t.x1 <= box.x1 - PAD / 2 && t.y0 >= box.y0 && t.y1 <= box.y1, `${label}: a label leaves card ${n.id}`).toBe(true);
    }
    const all = [...texts, ...badges];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) expect(overlap(all[i]!, all[j]!), `${label}: two labels overlap in ${n.id}`).toBe(false);
    }
    // Option rows do not overlap each other.
    for (let i = 1; i < n.options.length; i++) expect(n.options[i]!.y).toBeGreaterThanOrEqual(n.options[i - 1]!.y + n.options[i - 1]!.h);
  }
  expect(layout.width).toBeGreaterThanOrEqual(Math.max(...cards.map((c) => c.box.x1)));
  expect(layout.height).toBeGreaterThanOrEqual(Math.max(...cards.map((c) => c.box.y1)));
}

function reachableFromRoot(layout: MapLayout, root: string): Set<string> {
  const seen = new Set([root]);
  const queue = [root];
  while (queue.length) {
    const k = queue.shift()!;
    for (const e of layout.edges) if (e.from === k && !seen.has(e.to)) {
      seen.add(e.to);
      queue.push(e.to);
    }
  }
  return seen;
}

const { ok: stories, skipped } = compiledStories();
const fixtures: StoryFixture[] = [...stories, syntheticStory()];

describe('map layout on every scenario that compiles', () => {
  it('finds the scenarios (demo at least)', () => {
    expect(stories.map((s) => s.id)).toContain('demo');
    if (skipped.length) console.info(`map-layout: ignorés : ${skipped.join(', ')}`);
  });

  for (const fx of fixtures) {
    for (const { role, ex } of explorations(fx)) {
      describe(`${fx.id} (${role})`, () => {
        const model = buildMapModel(ex, undefined, null, fx.id);
        const layout = layoutMap(model);

        it('draws every card and label without overlap', () => checkLayout(layout, `${fx.id}/${role}`));

        it('shows every ending, each reachable from the start along drawn edges', () => {
          const reach = reachableFromRoot(layout, model.root);
          const endingIds = [...ex.endings.keys()].filter((id) => id !== '');
          expect(endingIds.length).toBeGreaterThan(0);
          for (const id of endingIds) {
            expect(layout.nodes.some((n) => n.id === `e:${id}`), `ending ${id} on the map`).toBe(true);
            expect(reach.has(`e:${id}`), `ending ${id} reachable`).toBe(true);
          }
          expect(model.total).toBe(endingIds.length);
        });

        it('has one card per decision and an edge for every option', () => {
          const ids = new Set([...ex.nodes.values()].map((n) => n.decision.id));
          expect(model.decisions.map((d) => d.decisionId).sort()).toEqual([...ids].sort());
          for (const d of model.decisions) {
            for (const o of d.options) expect(layout.edges.some((e) => e.from === d.id && e.option === o.index), `${d.decisionId} option ${o.index}`).toBe(true);
          }
        });

        it('renders to SVG with every ending title and no markup from story text', () => {
          const svg = svgToString(drawMap(layout));
          for (const e of model.endings) expect(svg).toContain(`data-ending="${e.endingId}"`);
          expect(svg).not.toMatch(/<script|javascript:/i);
        });
      });
    }
  }
});

describe('current path on the map', () => {
  it('highlights one unbroken chain from the start to the ending just reached', () => {
    const demo = stories.find((s) => s.id === 'demo')!;
    const { ex } = explorations(demo)[0]!;
    const runner = ScenarioRunner.load(demo.json, 'demo') as ScenarioRunner;
    runner.start(ex.role);
    runner.choose(0);
    const end = runner.choose(1).batch.stop;
    expect(end.kind).toBe('ending');
    const layout = layoutMap(buildMapModel(ex, undefined, currentPathOf(runner.choicesMade, end.id), 'demo'));
    const current = layout.edges.filter((e) => e.current);
    expect(current.map((e) => [e.from, e.option, e.to])).toEqual([['d:demo-voisine', 0, 'd:demo-cadre'], ['d:demo-cadre', 1, `e:${end.id}`]]);
  });
});
