// « Résultats de la classe » reads codes through each story's decision table (shipped with the page
// as stories/<id>.decisions.json) instead of replaying paths through ink: the same students, paths,
// endings, axes and reasons. A table that no longer matches its story fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClassDecoder, summarise } from '../src/learning/classroom';
import { buildDecisionTable, isDecisionTable, resolveWithTable, type DecisionTable } from '../src/learning/decisionTable';
import { PathResolver } from '../src/learning/resolve';
import { fingerprint } from '../src/narrative/runner';
import { readHeaders } from '../tools/vite-plugin-ink';
import { makeClass, storySources } from '../tools/class-codes';
import { compiled } from './helpers';

const withTables = storySources(undefined, { tables: true });

/**
 * What a table says, whatever the order the explorer listed its states in: per graph, the states
 * numbered as met from the first stop (options in order), each with its decision and where each
 * option leads (a state, or an ending with its title and severity).
 */
function meaning(t: DecisionTable) {
  const out: Record<string, (string | number)[][]> = {};
  for (const [key, g] of Object.entries(t.roles)) {
    const number = new Map<number, number>();
    const states: (string | number)[][] = [];
    const visit = (n: number): string | number => {
      if (n < 0) return `fin ${JSON.stringify(t.endings[-n - 1])}`;
      const known = number.get(n);
      if (known !== undefined) return known;
      const i = states.push([]) - 1;
      number.set(n, i);
      const [d, ...next] = g.nodes[n]!;
      states[i] = [JSON.stringify(t.decisions[d!]), ...next.map(visit)];
      return i;
    };
    visit(g.root);
    out[key] = states;
  }
  return out;
}
const without = withTables.map((s) => ({ ...s, table: null }));
const students = makeClass(without, 120, 7);
const text = students.map((s) => s.code).join('\n');

describe('decision tables', () => {
  // One test per story: exploring the largest (four graphs) takes 5–30 s on a loaded machine.
  it.each(readHeaders('stories').map((h) => h.id))('is shipped for %s and made from its current text (else: npm run tables)', (id) => {
    const json = compiled(`stories/${id}.ink`);
    const file = `stories/${id}.decisions.json`;
    const text = readFileSync(file, 'utf8');
    const shipped: unknown = JSON.parse(text);
    expect(isDecisionTable(shipped, id), `${file} : table illisible (npm run tables)`).toBe(true);
    // The story's fingerprint first: the usual reason, a story changed since its table was written.
    expect((shipped as { fingerprint: string }).fingerprint, `${file} : faite pour une autre version de ${id}.ink (npm run tables)`).toBe(fingerprint(json));
    // Then what the whole table says, against the table made from the story today: every state,
    // decision, option and ending (the order the explorer lists states in does not matter).
    const fresh = buildDecisionTable(json, id, fingerprint(json));
    expect(fresh, `${id} : l'explorateur ne sait plus en faire une table`).not.toBeNull();
    expect(meaning(shipped as DecisionTable), `${file} (npm run tables)`).toEqual(meaning(JSON.parse(JSON.stringify(fresh))));
  }, 180_000);

  it('are made for every scenario, both roles', () => {
    for (const s of withTables) {
      expect(s.table, s.id).not.toBeNull();
      for (const k of ['etudiant:f', 'etudiant:m', 'infirmier:f', 'infirmier:m'] as const) expect(s.table!.roles[k].nodes.length, `${s.id} ${k}`).toBeGreaterThan(5);
    }
  });

  it('decode a class exactly as the replay does, without replaying a single story step', () => {
    const fast = new ClassDecoder(withTables);
    const slow = new ClassDecoder(without);
    const a = fast.read(text);
    const b = slow.read(text);
    expect(fast.steps).toBe(0);
    expect(slow.steps).toBeGreaterThan(0);
    const view = (r: typeof a) => r.results.map((x) => ({ code: x.code, picks: x.picks, endingId: x.endingId, axes: x.axes, older: x.olderVersion }));
    expect(view(a)).toEqual(view(b));
    expect(a.results).toHaveLength(120);
    // The same figures, down to the options' texts as each student read them (Camille « elle » or « il »).
    const shape = (x: ReturnType<typeof summarise>) => x.map((s) => [s.id, s.students, s.endings, s.decisions.map((d) => [d.id, d.total, d.options.map((o) => [o.text, o.count])])]);
    expect(shape(summarise(fast, a))).toEqual(shape(summarise(slow, b)));
  });

  it('give the replay\'s reasons for paths this version does not have', () => {
    const s = withTables[0]!;
    const replay = new PathResolver(s.json, s.id);
    const good = students.find((x) => x.scenarioId === s.id)!;
    const path = new ClassDecoder(without).read(good.code).results[0]!.picks.map((p) => p.optionIndex);
    for (const bad of [[...path, 0], path.slice(0, -1), [9, ...path.slice(1)]]) {
      for (const genre of ['f', 'm'] as const) expect(resolveWithTable(s.table!, good.role, genre, bad)).toEqual(replay.resolve(good.role, genre, bad));
    }
  });

  it('are not used for another version of the story (its fingerprint differs): codes are replayed', () => {
    const stale = withTables.map((s) => ({ ...s, table: { ...s.table!, fingerprint: 'autre-version' } }));
    const d = new ClassDecoder(stale);
    const r = d.read(text);
    expect(r.results).toHaveLength(120);
    expect(d.steps).toBeGreaterThan(0);
  });
});
