// The branch map as a self-contained DOM component: an SVG drawing with pan and zoom (mouse,
// touch, keyboard) and, below it, the same graph as nested lists of buttons for keyboard and
// screen-reader users. Choosing a decision hands a ReplayTarget to the play screen.
import { levelWithActor } from '../narrative/legal/sanctions';
import { authorityName, mapOmittedText, pickEndingLabel, quoted, SEVERITY_LABELS, UI } from '../debrief/labels';
import { button, h, s, uniqueId as uid } from '../ui/dom';
import type { Authority } from '../narrative/types';
import { AUTHORITY_ICONS, RANK_COLORS } from './icons';
import { layoutMap, type MapLayout } from './layout';
import { nodeById, type MapDecision, type MapEnding, type MapModel } from './model';
import { bindGestures, type On } from './gestures';
import { endingPicker } from './picker';
import { replayTargetOf, type ReplayTarget } from './replay';
import { Viewport } from './viewport';
import { drawMap, svgToDom } from './svg';
import './map.css';

export interface BranchMapActions {
  /** Replay from a decision: see applyReplay() in ./replay. */
  replay(target: ReplayTarget): void;
  /** « Et si… ? » on two endings chosen on the map; the picker is hidden when absent. */
  compare?(endingA: string, endingB: string): void;
  close?(): void;
}

/** The header: the found count, zoom tools, close, and the help the frame points to. */
function mapHeader(doc: Document, model: MapModel, ids: { heading: string; help: string }, vp: () => Viewport, close: (() => void) | undefined): HTMLElement {
  const counter = h(doc, 'p', { class: 'map-found', 'aria-live': 'polite', 'data-found': model.found, 'data-total': model.total }, `${UI.mapFound}${model.found} / ${model.total}`);
  const zoomIn = button(doc, '+', () => vp().zoomBy(1.25), { 'aria-label': UI.mapZoomIn, title: UI.mapZoomIn });
  const zoomOut = button(doc, '\u2212', () => vp().zoomBy(0.8), { 'aria-label': UI.mapZoomOut, title: UI.mapZoomOut });
  const reset = button(doc, UI.mapReset, () => vp().fit(), { 'data-action': 'path' });
  const overview = button(doc, UI.mapOverview, () => vp().fitAll(), { 'data-action': 'overview' });
  return h(doc, 'header', { class: 'map-header' },
    // The screen's one h1, focused when the map opens (focus fell to <body> before).
    h(doc, 'h1', { id: ids.heading, tabindex: -1 }, UI.mapHeading),
    counter,
    // A long story's map draws part of it: say so where the map is introduced, not in a tooltip.
    model.omitted ? h(doc, 'p', { class: 'map-omitted', 'data-omitted': model.omitted.totalDecisions - model.omitted.shownDecisions }, mapOmittedText(model.omitted)) : null,
    h(doc, 'div', { class: 'map-tools' }, zoomOut, zoomIn, reset, overview, close ? button(doc, UI.mapClose, () => close(), { 'data-action': 'close' }) : null),
    h(doc, 'p', { class: 'map-help', id: ids.help }, UI.mapHelp));
}

/** The drawing in its focusable frame; the viewport group carries the pan/zoom transform. */
function mapFrame(doc: Document, layout: MapLayout, helpId: string): { frame: HTMLElement; group: SVGGElement } {
  const svg = svgToDom(drawMap(layout), doc) as SVGSVGElement;
  svg.removeAttribute('viewBox');
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', '100%');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', UI.mapHeading);
  const frame = h(doc, 'div', { class: 'map-frame', tabindex: 0, 'aria-describedby': helpId, 'aria-label': UI.mapHeading });
  frame.append(svg);
  return { frame, group: svg.querySelector<SVGGElement>('.map-viewport')! };
}

/** Fits the drawing again when the frame is resized (not on the first report: that size is fitted already). */
function refitOnResize(frame: HTMLElement, vp: Viewport): (() => void) | null {
  if (typeof ResizeObserver === 'undefined') return null;
  let first = true;
  const ro = new ResizeObserver(() => {
    if (first) first = false;
    else vp.fit();
  });
  ro.observe(frame);
  return () => ro.disconnect();
}

export function mountBranchMap(container: HTMLElement, model: MapModel, actions: BranchMapActions, layout: MapLayout = layoutMap(model)): () => void {
  const doc = container.ownerDocument;
  const byId = nodeById(model);
  const ids = { heading: uid('map-title'), help: uid('map-help') };
  const root = h(doc, 'section', { class: 'map', 'aria-labelledby': ids.heading, 'data-scenario': model.scenarioId, 'data-role': model.role });
  const cleanups: (() => void)[] = [];
  const on: On = (target, type, fn, opts) => {
    target.addEventListener(type, fn as EventListener, opts);
    cleanups.push(() => target.removeEventListener(type, fn as EventListener, opts));
  };
  const picker = endingPicker(doc, model, root, actions.compare ? (a, b) => actions.compare!(a, b) : undefined);
  const { frame, group } = mapFrame(doc, layout, ids.help);
  const vp = new Viewport(frame, group, layout, model.root);
  root.append(mapHeader(doc, model, ids, () => vp, actions.close));
  // The drawing first, then what explains it and the comparison picker.
  root.append(frame, legend(doc, model), picker.element ?? '');
  bindGestures(frame, vp, on, (g) => {
    const node = byId.get(g.getAttribute('data-node') ?? '');
    if (node?.kind === 'decision') actions.replay(replayTargetOf(node));
    else if (node && actions.compare) picker.toggle(node.endingId);
  });
  root.append(accessibleList(doc, model, byId, actions, picker.toggle));
  container.append(root);
  root.querySelector<HTMLElement>('h1')?.focus();
  vp.fit();
  const stopResize = refitOnResize(frame, vp);
  if (stopResize) cleanups.push(stopResize);
  return () => {
    for (const c of cleanups.splice(0)) c();
    root.remove();
  };
}

function stateText(d: MapDecision): string {
  return d.current ? UI.mapCurrent : d.visited ? UI.mapVisited : UI.mapNotVisited;
}

/** A legend for every mark of the drawing: line styles, and each authority icon the map uses with its colours. */
function legend(doc: Document, model: MapModel): HTMLElement {
  const used = new Set<Authority>();
  for (const e of model.endings) for (const x of e.sanctions) used.add(x.authority);
  const icon = (a: Authority) => s(doc, 'svg', { viewBox: '0 0 20 20', class: 'map-legend-icon', 'aria-hidden': 'true' },
    s(doc, 'path', { d: AUTHORITY_ICONS[a], fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }));
  return h(doc, 'div', { class: 'map-legend-box' },
    h(doc, 'ul', { class: 'map-legend', 'aria-label': UI.mapLegend },
      h(doc, 'li', { class: 'current' }, UI.mapLegendCurrent),
      h(doc, 'li', { class: 'visited' }, UI.mapLegendVisited),
      h(doc, 'li', { class: 'unvisited' }, UI.mapLegendNew)),
    used.size ? h(doc, 'ul', { class: 'map-legend map-legend-icons', 'aria-label': UI.mapLegendIcons },
      ...[...used].map((a) => h(doc, 'li', { 'data-authority': a }, icon(a), authorityName(a))),
      h(doc, 'li', { class: 'map-legend-ranks' },
        ...RANK_COLORS.map((c) => h(doc, 'span', { class: 'map-rank-dot', style: { background: c }, 'aria-hidden': 'true' })),
        UI.mapLegendRanks)) : null);
}

/**
 * The same graph as a flat list, one entry per decision (no indentation that grows level after
 * level: on a phone the nested list left one word per line): each option says where it leads,
 * a decision by a link to its entry, an ending in full with its box for « Et si… ? ».
 */
function accessibleList(doc: Document, model: MapModel, byId: ReturnType<typeof nodeById>, actions: BranchMapActions, pick: (endingId: string) => void): HTMLElement {
  const listId = uid('map-list');
  const anchors = new Map<string, string>();
  const boxed = new Set<string>();
  const endingItem = (e: MapEnding): HTMLElement => {
    const sanctions = e.sanctions.length
      ? e.sanctions.map((x) => `${authorityName(x.authority)}\u00A0: ${levelWithActor(x.level, x.by)}`).join(' ; ').replace(/ ;/g, '\u202F;')
      : UI.mapNoSanction;
    const li = h(doc, 'div', { class: `map-list-ending ${e.discovered ? 'discovered' : 'undiscovered'}`, 'data-list-ending': e.endingId },
      h(doc, 'strong', {}, `${UI.mapEnding}${e.title}`), ` — ${SEVERITY_LABELS[e.severity]}, ${e.discovered ? UI.mapEndingFound : UI.mapEndingUnknown}${e.current ? `, ${UI.mapCurrent}` : ''}. `,
      sanctions + '.');
    // One box per ending, where the list first reaches it, named after the ending: an ending reached
    // by several options used to get a box at each, all called « Choisir pour « Et si… ? » ».
    if (actions.compare && !boxed.has(e.endingId)) {
      boxed.add(e.endingId);
      const id = uid('map-pick');
      const box = h(doc, 'input', { type: 'checkbox', id, 'data-ending': e.endingId });
      box.addEventListener('change', () => pick(e.endingId));
      li.append(' ', h(doc, 'span', { class: 'map-list-pick' }, box, h(doc, 'label', { for: id }, pickEndingLabel(e.title))));
    }
    return li;
  };
  // Decisions in the order a player meets them (breadth first from the start).
  const order: MapDecision[] = [];
  const seen = new Set<string>();
  const queue = [model.root];
  while (queue.length) {
    const n = byId.get(queue.shift()!);
    if (!n || n.kind !== 'decision' || seen.has(n.id)) continue;
    seen.add(n.id);
    order.push(n);
    for (const o of n.options) queue.push(...o.targets);
  }
  for (const d of model.decisions) if (!seen.has(d.id)) order.push(d);
  order.forEach((d, i) => anchors.set(d.id, uid('map-d')));
  const top = h(doc, 'ol', { class: 'map-list-flat' });
  order.forEach((d, i) => {
    const opts = h(doc, 'ul', { class: 'map-list-options' });
    for (const o of d.options) {
      const li = h(doc, 'li', { class: `map-list-option ${o.visited ? 'visited' : 'unvisited'}` },
        h(doc, 'span', {}, `${o.index + 1}. ${quoted(o.text)} (${o.current ? UI.mapCurrent : o.visited ? UI.mapVisited : UI.mapNotVisited})`));
      for (const t of o.targets) {
        const n = byId.get(t);
        if (!n) continue;
        if (n.kind === 'ending') li.append(endingItem(n));
        else {
          const target = order.indexOf(n) + 1;
          li.append(h(doc, 'div', { class: 'map-list-next' }, button(doc, `${UI.mapGoTo}${target}`, () => doc.getElementById(anchors.get(n.id)!)?.focus(), { class: 'map-list-back' })));
        }
      }
      opts.append(li);
    }
    top.append(h(doc, 'li', { class: 'map-list-item' },
      button(doc, `${UI.mapDecisionNo}${i + 1}. ${UI.mapReplay}${d.prompt || d.decisionId} (${stateText(d)})`, () => actions.replay(replayTargetOf(d)), { class: 'map-list-decision', id: anchors.get(d.id)!, 'data-list-decision': d.decisionId }),
      opts));
  });
  if (model.decisions.length === 0) {
    const rootNode = byId.get(model.root);
    if (rootNode?.kind === 'ending') top.append(h(doc, 'li', {}, endingItem(rootNode)));
  }
  return h(doc, 'nav', { class: 'map-list', 'aria-labelledby': listId }, h(doc, 'h2', { id: listId }, UI.mapListHeading), top);
}
