// Every lazy chunk of the page, each behind one lazyChunk (./lazy): a chunk that failed to download
// is tried again for real, and every user gets the module that finally loaded.
import { lazyChunk } from './lazy';

export const chunks = {
  debriefModel: lazyChunk(() => import('../debrief/model'), 'debriefModel'),
  debriefView: lazyChunk(() => import('../debrief/view'), 'debriefView'),
  debriefLearning: lazyChunk(() => import('../quiz/flow'), 'debriefLearning'),
  // The screens after a game (debrief, map, « Et si… ? ») and the trainer's projector: app/afterGame.ts.
  afterGame: lazyChunk(() => import('./afterGame'), 'afterGame', 'showDebrief'),
  // « Testez-vous » before a play, without the debrief's part of the quiz (QR code, result code).
  quizBefore: lazyChunk(() => import('../quiz/ask'), 'quizBefore'),
  compareModel: lazyChunk(() => import('../compare/model'), 'compareModel'),
  compareView: lazyChunk(() => import('../compare/view'), 'compareView'),
  // One chunk for the map's model, view and replay: see map/entry.ts.
  map: lazyChunk(() => import('../map/entry'), 'map', 'mountBranchMap'),
  exploreAsync: lazyChunk(() => import('../map/exploreAsync'), 'exploreAsync'),
  trainer: lazyChunk(() => import('../trainer'), 'trainer'),
  errata: lazyChunk(() => import('../errata/view'), 'errata'),
  // « Réglages », fetched when opened: no story needs it before its first choice.
  settings: lazyChunk(() => import('../ui/settings/SettingsDialog'), 'settings', 'openSettings'),
  // The trainer's pages and the weekly refresher, each with its stylesheet.
  classroom: lazyChunk(() => import('../classroom/view'), 'classroom', 'mountClassroom'),
  classroomSources: lazyChunk(() => import('../classroom/sources'), 'classroomSources', 'loadStorySources'),
  sheet: lazyChunk(() => import('../sheet/view'), 'sheet', 'mountSheetPage'),
  refresher: lazyChunk(() => import('../refresher/view'), 'refresher', 'mountRefresher'),
};

/** The debrief's code, fetched during the game: reaching an ending never depends on the network. */
export function preloadDebrief(): Promise<void> {
  return Promise.all([chunks.afterGame(), chunks.debriefModel(), chunks.debriefView(), chunks.debriefLearning()]).then(() => undefined, () => undefined);
}
