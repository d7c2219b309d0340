// Test-only page (served by the Vite dev server, never built): plays a story with plain buttons
// instead of the phone, and wires the debrief, the map and « Et si… ? » the way the play screen
// should. tests/browser/debrief-map.test.ts drives it; it is also the reference for the wiring.
import { findScenario } from '../../content/scenarios';
import { buildDebrief } from '../../debrief/model';
import { mountDebrief } from '../../debrief/view';
import { h, button } from '../../ui/dom';
import { compareBranches, branchToEnding } from '../../compare/model';
import { mountCompare } from '../../compare/view';
import { explore, type Exploration } from '../../narrative/explorer';
import { ScenarioRunner } from '../../narrative/runner';
import type { Batch } from '../../narrative/runner';
import type { EndingStep, Role } from '../../narrative/types';
import { browserStorage, Store } from '../../storage/store';
import { discoveryOf, recordPlay } from '../../storage/progress';
import { buildMapModel, currentPathOf } from '../model';
import { mountBranchMap } from '../view';
import { applyReplay } from '../replay';
import { ENDING_WORDS } from '../../ui/labels/story';

const params = new URLSearchParams(location.search);
const role = (params.get('role') === 'infirmier' ? 'infirmier' : 'etudiant') as Role;
const scenarioId = findScenario(params.get('scenario') ?? '') ? params.get('scenario')! : 'demo';
const storyJson = await findScenario(scenarioId)!.load();
const app = document.getElementById('app')!;
const store = new Store(browserStorage());
const runner = ScenarioRunner.load(storyJson, scenarioId, ENDING_WORDS) as ScenarioRunner;
const explorations = new Map<Role, Exploration>();
const exploration = (r: Role) => explorations.get(r) ?? explorations.set(r, explore(storyJson, scenarioId, r, { words: ENDING_WORDS })).get(r)!;
let unmount: (() => void) | null = null;

function screen(): HTMLElement {
  unmount?.();
  unmount = null;
  app.textContent = '';
  return app;
}

function show(batch: Batch): void {
  const root = screen();
  const stop = batch.stop;
  if (stop.kind === 'ending') return ending(stop);
  const box = h(document, 'section', { class: 'harness-decision', 'data-decision': stop.id, style: { padding: '1rem', font: '16px system-ui' } },
    h(document, 'h1', {}, stop.note.prompt || stop.id));
  stop.options.forEach((o) => box.append(h(document, 'p', {}, button(document, o.text, () => show(runner.choose(o.index).batch), { 'data-option': o.index }))));
  box.append(button(document, 'Carte', () => openMap(null), { 'data-action': 'map' }));
  root.append(box);
}

function ending(stop: EndingStep): void {
  const data = buildDebrief({ info: runner.info, role: runner.currentRole, history: runner.choicesMade, ending: stop });
  recordPlay(store, { scenarioId, role: data.role, endingId: stop.id, optionKeys: data.optionKeys, choices: data.choices });
  const root = screen();
  unmount = mountDebrief(root, data, {
    replayFrom: (i) => {
      const decision = runner.rewindTo(i);
      show({ lines: [], stop: decision });
    },
    changeRole: () => {
      location.search = `?scenario=${scenarioId}&role=${role === 'etudiant' ? 'infirmier' : 'etudiant'}`;
    },
    openMap: () => openMap(stop),
    menu: () => show(runner.start(role)),
    compare: () => openMap(stop),
    // Shown as in the game (so the page measures the same); comparing one decision is the game's job.
    compareOption: () => undefined,
    errata: () => undefined,
  });
}

function openMap(current: EndingStep | null): void {
  const ex = exploration(runner.currentRole);
  const model = buildMapModel(ex, discoveryOf(store, scenarioId, runner.currentRole), currentPathOf(runner.choicesMade, current?.id ?? null), scenarioId);
  const root = screen();
  const wrap = h(document, 'div', { style: { padding: '1rem' } });
  root.append(wrap);
  unmount = mountBranchMap(wrap, model, {
    replay: (target) => {
      const decision = applyReplay(runner, target, runner.currentRole);
      show({ lines: [], stop: decision });
    },
    compare: (a, b) => {
      const paths = discoveryOf(store, scenarioId, runner.currentRole)?.paths ?? {};
      const left = branchToEnding(ex, a, paths[a]);
      const right = branchToEnding(ex, b, paths[b]);
      if (!left || !right) return;
      const r = screen();
      unmount = mountCompare(r, compareBranches(left, right), { close: () => openMap(current) });
    },
    close: () => (current ? ending(current) : show({ lines: [], stop: runner.currentStop! })),
  });
}

/** Option indices of a path with the most decisions (the longest debrief to lay out). */
function longestChoices(ex: Exploration): number[] {
  const memo = new Map<string, number[]>();
  const walk = (key: string): number[] => {
    const hit = memo.get(key);
    if (hit) return hit;
    memo.set(key, []);
    let best: number[] = [];
    for (const o of ex.nodes.get(key)!.options) {
      const rest = o.target.kind === 'decision' ? walk(o.target.key) : [];
      if (rest.length + 1 > best.length) best = [o.option.index, ...rest];
    }
    memo.set(key, best);
    return best;
  };
  return ex.root.kind === 'decision' ? walk(ex.root.key) : [];
}

// ?auto=longest or ?auto=0,1,0: play those options at once and open the debrief (layout checks).
const auto = params.get('auto');
let batch = runner.start(role);
if (auto) {
  const picks = auto === 'longest' ? longestChoices(exploration(role)) : auto.split(',').map(Number);
  for (const i of picks) {
    if (batch.stop.kind === 'ending') break;
    batch = runner.choose(i).batch;
  }
}
show(batch);
