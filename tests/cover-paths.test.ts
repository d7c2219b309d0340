// The paths layout.test.ts walks at its sizes: the first is a longest path (the debrief held to 4
// screens at 1280×720 must be the longest one), and the ones after it show decisions the first did
// not, so the page and the phone are laid out at more of each story than one path shows.
import { describe, expect, it } from 'vitest';
import { explore, type Exploration } from '../src/narrative/explorer';
import { ROLES } from '../src/narrative/types';
import { coverPaths } from './cover-paths';
import { compiledStories } from './map-fixtures';

/** The decision ids a path of option indices goes through, and whether it ends on an ending. */
function walk(ex: Exploration, picks: number[]): { ids: string[]; ended: boolean } {
  const ids: string[] = [];
  let target = ex.root;
  for (const i of picks) {
    if (target.kind !== 'decision') return { ids, ended: false };
    const node = ex.nodes.get(target.key)!;
    ids.push(node.decision.id);
    const o = node.options.find((x) => x.option.index === i);
    if (!o) return { ids, ended: false };
    target = o.target;
  }
  return { ids, ended: target.kind === 'ending' };
}

const stories = compiledStories().ok.filter((s) => s.id !== 'demo');

describe('paths that cover a scenario', () => {
  for (const { id, json } of stories) {
    for (const role of ROLES) {
      it(`${id} (${role})`, () => {
        const ex = explore(json, id, role);
        const cover = coverPaths(ex, 3);
        const walked = cover.picks.map((p) => walk(ex, p));
        // Every path is a whole play, from the first decision to an ending.
        for (const w of walked) expect(w.ended).toBe(true);
        // The first has as many decisions as the story's longest path.
        expect(walked[0]!.ids.length).toBe(ex.longestPath);
        // The decisions shown are those the paths go through, out of all the story has.
        const union = new Set(walked.flatMap((w) => w.ids));
        expect([...cover.shown].sort()).toEqual([...union].sort());
        expect(cover.total).toBe(new Set([...ex.nodes.values()].map((n) => n.decision.id)).size);
        // A later path is only worth walking for what it adds: when the first leaves decisions
        // unseen, the second shows at least one of them.
        const first = new Set(walked[0]!.ids);
        if (first.size < cover.total) expect(walked[1]!.ids.some((d) => !first.has(d))).toBe(true);
      });
    }
  }
});
