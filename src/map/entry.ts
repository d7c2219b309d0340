// The branch map's code as one chunk (model, view, replay), loaded by one lazyChunk (app/chunks.ts).
// As three chunks loaded side by side, the view's static imports of the other two failed with them
// when the network was cut, and the browser keeps a failed module for the page's life: « Réessayer »
// imported the view again under a fresh URL, but its imports of the model and the replay failed at
// once, for ever. One chunk has no such import of its own to fail (its other imports, the entry and
// the shared narrative code, are loaded with the page).
export { buildMapModel, currentPathOf } from './model';
export { mountBranchMap } from './view';
export { applyReplay } from './replay';
