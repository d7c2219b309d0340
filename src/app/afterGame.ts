// The screens after a game, in a chunk of their own (issue 17: bytes to the first story choice):
// the debrief, « Et si… ? », the branch map and its comparison, and the trainer's projector. The
// page fetches it with the debrief's code once the first choice takes input (preloadDebrief), so an
// ending never waits for it; from the menu, the map and « Animer une séance » fetch it when opened.
import type { Exploration } from '../narrative/explorer';
import type { ScenarioRunner } from '../narrative/runner';
import type { EndingStep, Role } from '../narrative/types';
import { discoveryOf } from '../storage/progress';
import { h } from '../ui/dom';
import type { App } from './App';
import { chunks } from './chunks';
import { loadRunner } from './scenarios';

/** The full debrief (issue 5), with replay, role change, the branch map and « Et si… ? ». */
export async function showDebrief(app: App, id: string, runner: ScenarioRunner, ending: EndingStep): Promise<void> {
  const run = app.run;
  let modules: [typeof import('../debrief/model'), typeof import('../debrief/view'), typeof import('../quiz/flow')];
  try {
    modules = await Promise.all([chunks.debriefModel(), chunks.debriefView(), chunks.debriefLearning()]);
  } catch (e) {
    if (run === app.run) app.loadFailed(e, () => void showDebrief(app, id, runner, ending));
    return;
  }
  const [{ buildDebrief }, { mountDebrief }, { mountDebriefLearning }] = modules;
  if (run !== app.run) return;
  const role = runner.currentRole;
  // Shown again after the map or a comparison: the play was recorded once, when it ended.
  const data = buildDebrief({ info: runner.info, role, history: runner.choicesMade, ending });
  app.setScreen('ending');
  app.endingHost.textContent = '';
  const destroy = mountDebrief(app.endingHost, data, {
    replayFrom: (i) => void app.runSession(id, { kind: 'rewind', runner, historyIndex: i }),
    changeRole: () => void app.playAfterQuiz(id, role === 'etudiant' ? 'infirmier' : 'etudiant'),
    openMap: () => void openMap(app, id, runner, ending),
    menu: () => void app.showMenu(),
    compare: () => void openMap(app, id, runner, ending),
    compareOption: (i, other) => void compareOptions(app, id, runner, ending, i, other),
    errata: (ids) => app.openErrata(ids),
  });
  // Quiz after the scenario, the result code and the reminder (src/quiz/).
  const unlearn = mountDebriefLearning(app.endingHost, app.store, id, runner, ending, data);
  app.ending = { destroy: () => { unlearn(); destroy(); } };
  // A new screen starts at its top, not where the previous one was scrolled to.
  app.endingHost.scrollTop = 0;
}

/** « Et si… ? » on one decision of the path just played: the option taken beside another one. */
async function compareOptions(app: App, id: string, runner: ScenarioRunner, ending: EndingStep, historyIndex: number, other: number): Promise<void> {
  const role = runner.currentRole;
  const history = runner.choicesMade;
  const taken = history[historyIndex];
  if (!taken) return;
  const run = app.run;
  let loaded: [Exploration, typeof import('../compare/model'), typeof import('../compare/view')];
  try {
    loaded = await Promise.all([app.exploration(id, role), chunks.compareModel(), chunks.compareView()]);
  } catch (e) {
    if (run === app.run) app.loadFailed(e, () => void compareOptions(app, id, runner, ending, historyIndex, other));
    return;
  }
  if (run !== app.run) return;
  const [ex, { branchesForOptions, branchFromHistory, compareBranches, withEndingAlong }, { mountCompare }] = loaded;
  const pair = branchesForOptions(ex, history.slice(0, historyIndex).map((h) => h.optionIndex), taken.optionIndex, other, 'Après cette réponse, un chemin possible parmi d’autres : le plus court jusqu’à une fin.');
  if (!pair) return;
  const replay = await replayer(app, id);
  if (run !== app.run) return;
  // Left: what the player really did, to the ending reached; right: the other answer, then the shortest way on.
  const mine = branchFromHistory(history, ending, role);
  app.stopGame();
  app.setScreen('ending');
  const destroy = mountCompare(app.endingHost, compareBranches(mine, replay ? withEndingAlong(pair[1], replay) : pair[1]), { close: () => void showDebrief(app, id, runner, ending), labels: { left: 'Votre choix', right: 'Autre réponse' } });
  app.ending = { destroy };
  // A new screen starts at its top, not where the previous one was scrolled to.
  app.endingHost.scrollTop = 0;
}

export async function openMapFromMenu(app: App, id: string, role: Role): Promise<void> {
  app.menu?.destroy();
  app.menu = null;
  try {
    const runner = await loadRunner(id);
    runner.genre = app.settings.genre;
    runner.start(role);
    await openMap(app, id, runner, null, role);
  } catch (e) {
    await app.showMenu([(e as Error).message]);
  }
}

/** The branch map of the scenario for the role of `runner` (or `role` before any play). */
async function openMap(app: App, id: string, runner: ScenarioRunner, ending: EndingStep | null, role: Role = runner.currentRole): Promise<void> {
  app.stopGame();
  const run = app.run;
  app.setScreen('ending');
  const wait = h('p', { class: 'notice', role: 'status' }, 'Calcul de la carte des embranchements…');
  app.endingHost.append(wait);
  // Let the message paint before the exploration holds the main thread.
  await new Promise((r) => setTimeout(r, 30));
  let loaded: [Exploration, typeof import('../map/entry')];
  try {
    // The map's code is one chunk (map/entry.ts), so that « Réessayer » can really load it again.
    loaded = await Promise.all([app.exploration(id, role), chunks.map()]);
  } catch (e) {
    // It used to stay on « Calcul de la carte… » for ever.
    if (run === app.run) app.loadFailed(e, () => void openMap(app, id, runner, ending, role));
    return;
  }
  const [ex, map] = loaded;
  if (run !== app.run) return;
  wait.remove();
  const mapModel = map.buildMapModel(ex, discoveryOf(app.store, id, role), map.currentPathOf(ending ? runner.choicesMade : [], ending?.id ?? null), id);
  const destroy = map.mountBranchMap(app.endingHost, mapModel, {
    replay: (target) => {
      try {
        map.applyReplay(runner, target, role);
      } catch {
        void app.showMenu(['Cette décision n’est plus accessible : le scénario a changé depuis le calcul de la carte.']);
        return;
      }
      void app.runSession(id, { kind: 'positioned', runner });
    },
    compare: (a, b) => void openCompare(app, id, runner, ending, role, ex, a, b),
    close: () => (ending ? void showDebrief(app, id, runner, ending) : void app.showMenu()),
  });
  app.ending = { destroy };
  // A new screen starts at its top, not where the previous one was scrolled to.
  app.endingHost.scrollTop = 0;
}

async function openCompare(app: App, id: string, runner: ScenarioRunner, ending: EndingStep | null, role: Role, ex: Exploration, a: string, b: string): Promise<void> {
  const run = app.run;
  let loaded: [typeof import('../compare/model'), typeof import('../compare/view')];
  try {
    loaded = await Promise.all([chunks.compareModel(), chunks.compareView()]);
  } catch (e) {
    if (run === app.run) app.loadFailed(e, () => void openCompare(app, id, runner, ending, role, ex, a, b));
    return;
  }
  if (run !== app.run) return;
  const [{ branchToEnding, compareBranches, withEndingAlong }, { mountCompare }] = loaded;
  const paths = discoveryOf(app.store, id, role)?.paths ?? {};
  let left = branchToEnding(ex, a, paths[a]);
  let right = branchToEnding(ex, b, paths[b]);
  if (!left || !right) return;
  const replay = await replayer(app, id);
  if (run !== app.run) return;
  if (replay) {
    left = withEndingAlong(left, replay);
    right = withEndingAlong(right, replay);
  }
  app.stopGame();
  app.setScreen('ending');
  const destroy = mountCompare(app.endingHost, compareBranches(left, right), { close: () => void openMap(app, id, runner, ending, role) });
  app.ending = { destroy };
  // A new screen starts at its top, not where the previous one was scrolled to.
  app.endingHost.scrollTop = 0;
}

/** A runner of its own, with the player's settings, to replay a compared path to its exact ending. */
async function replayer(app: App, id: string): Promise<ScenarioRunner | null> {
  try {
    const r = await loadRunner(id);
    r.genre = app.settings.genre;
    return r;
  } catch {
    // The story was played a moment ago, so this hardly fails; the explorer's version will do.
    return null;
  }
}

/** « Animer une séance »: the projector window of trainer mode, in place of the game. */
export async function startTrainer(app: App): Promise<void> {
  app.stopGame();
  app.menu?.destroy();
  app.menu = null;
  const run = app.run;
  let trainer: typeof import('../trainer');
  try {
    trainer = await chunks.trainer();
  } catch (e) {
    // It used to leave a blank page.
    if (run === app.run) app.loadFailed(e, () => void startTrainer(app));
    return;
  }
  const { startTrainerMode } = trainer;
  if (run !== app.run) return;
  app.setScreen('trainer');
  app.trainer = await startTrainerMode(app.trainerHost, {
    // The projector's phone rings through the game's sounds.
    bus: app.bus,
    // One store for the page: the trainer's writes and the game's go through the same re-read and merge.
    storage: app.store,
    onExit: () => {
      document.title = 'Soignants & réseaux sociaux';
      void app.showMenu();
    },
    onSheet: (sid) => void app.openSheet(sid),
    links: [
      { label: 'Résultats de la classe', action: () => void app.openClassroom() },
      { label: 'Fiche formateur du scénario choisi', action: (sid) => sid && void app.openSheet(sid) },
    ],
  });
}
