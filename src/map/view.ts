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
import { replayTargetOf, type ReplayTarget } from './replay';
import { drawMap, svgToDom } from './svg';
import './map.css';

export interface BranchMapActions {
  /** Replay from a decision: see applyReplay() in ./replay. */
  replay(target: ReplayTarget): void;
  /** « Et si… ? » on two endings chosen on the map; the picker is hidden when absent. */
  compare?(endingA: string, endingB: string): void;
  close?(): void;
}

const MIN_SCALE = 0.2;
const MAX_SCALE = 2.5;
const PAN_STEP = 60;

export function mountBranchMap(container: HTMLElement, model: MapModel, actions: BranchMapActions, layout: MapLayout = layoutMap(model)): () => void {
  const doc = container.ownerDocument;
  const byId = nodeById(model);
  const headingId = uid('map-title');
  const helpId = uid('map-help');
  const root = h(doc, 'section', { class: 'map', 'aria-labelledby': headingId, 'data-scenario': model.scenarioId, 'data-role': model.role });
  const cleanups: (() => void)[] = [];
  const on = <K extends keyof HTMLElementEventMap>(target: EventTarget, type: K | string, fn: (e: never) => void, opts?: AddEventListenerOptions) => {
    target.addEventListener(type, fn as EventListener, opts);
    cleanups.push(() => target.removeEventListener(type, fn as EventListener, opts));
  };

  // Compare picker state, shared by the drawing and the list.
  const picked: string[] = [];
  const compareBtn = actions.compare ? button(doc, UI.mapCompare, () => {
    if (picked.length === 2) actions.compare!(picked[0]!, picked[1]!);
  }, { class: 'map-compare', disabled: true, 'data-action': 'compare' }) : null;
  const setPicked = (endingId: string) => {
    const i = picked.indexOf(endingId);
    if (i >= 0) picked.splice(i, 1);
    else {
      picked.push(endingId);
      if (picked.length > 2) picked.shift();
    }
    for (const g of root.querySelectorAll<SVGElement>('[data-ending]')) {
      const on = picked.includes(g.getAttribute('data-ending')!);
      if (g.tagName.toLowerCase() === 'g') g.setAttribute('aria-pressed', String(on));
      else (g as unknown as HTMLInputElement).checked = on;
    }
    if (compareBtn) compareBtn.disabled = picked.length !== 2;
    pickA.value = picked[0] ?? '';
    pickB.value = picked[1] ?? '';
  };

  // « Choisir deux fins à comparer »: two plain lists, the simplest way to pick on any screen.
  const endings = model.endings;
  const pickA = h(doc, 'select', { class: 'map-pick-a', 'aria-label': UI.mapPickA });
  const pickB = h(doc, 'select', { class: 'map-pick-b', 'aria-label': UI.mapPickB });
  for (const sel of [pickA, pickB]) {
    sel.append(h(doc, 'option', { value: '' }, UI.mapPickNone));
    for (const e of endings) sel.append(h(doc, 'option', { value: e.endingId }, `${e.title} (${SEVERITY_LABELS[e.severity]}${e.discovered ? '' : `, ${UI.mapEndingUnknown}`})`));
  }
  const fromSelects = () => {
    const want = [pickA.value, pickB.value].filter(Boolean);
    for (const id of [...picked]) if (!want.includes(id)) setPicked(id);
    for (const id of want) if (!picked.includes(id)) setPicked(id);
  };
  pickA.addEventListener('change', fromSelects);
  pickB.addEventListener('change', fromSelects);
  const picker = actions.compare ? h(doc, 'fieldset', { class: 'map-picker' },
    h(doc, 'legend', {}, UI.mapPickerTitle),
    h(doc, 'label', {}, h(doc, 'span', {}, UI.mapPickA), pickA),
    h(doc, 'label', {}, h(doc, 'span', {}, UI.mapPickB), pickB),
    compareBtn,
    h(doc, 'p', { class: 'map-hint' }, UI.mapCompareHint)) : null;

  const counter = h(doc, 'p', { class: 'map-found', 'aria-live': 'polite', 'data-found': model.found, 'data-total': model.total }, `${UI.mapFound}${model.found} / ${model.total}`);
  const zoomIn = button(doc, '+', () => zoomBy(1.25), { 'aria-label': UI.mapZoomIn, title: UI.mapZoomIn });
  const zoomOut = button(doc, '\u2212', () => zoomBy(0.8), { 'aria-label': UI.mapZoomOut, title: UI.mapZoomOut });
  const reset = button(doc, UI.mapReset, () => fit(), { 'data-action': 'path' });
  const overview = button(doc, UI.mapOverview, () => fitAll(), { 'data-action': 'overview' });
  root.append(h(doc, 'header', { class: 'map-header' },
    // The screen's one h1, focused when the map opens (focus fell to <body> before).
    h(doc, 'h1', { id: headingId, tabindex: -1 }, UI.mapHeading),
    counter,
    // A long story's map draws part of it: say so where the map is introduced, not in a tooltip.
    model.omitted ? h(doc, 'p', { class: 'map-omitted', 'data-omitted': model.omitted.totalDecisions - model.omitted.shownDecisions }, mapOmittedText(model.omitted)) : null,
    h(doc, 'div', { class: 'map-tools' }, zoomOut, zoomIn, reset, overview, actions.close ? button(doc, UI.mapClose, () => actions.close!(), { 'data-action': 'close' }) : null),
    h(doc, 'p', { class: 'map-help', id: helpId }, UI.mapHelp)));

  // Drawing: the viewport group carries the pan/zoom transform.
  const svg = svgToDom(drawMap(layout), doc) as SVGSVGElement;
  svg.removeAttribute('viewBox');
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', '100%');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', UI.mapHeading);
  const vp = svg.querySelector<SVGGElement>('.map-viewport')!;
  const frame = h(doc, 'div', { class: 'map-frame', tabindex: 0, 'aria-describedby': helpId, 'aria-label': UI.mapHeading });
  frame.append(svg);
  // The drawing first, then what explains it and the comparison picker.
  root.append(frame, legend(doc, model), picker ?? '');

  let scale = 1;
  let tx = 0;
  let ty = 0;
  const apply = () => {
    vp.setAttribute('transform', `translate(${tx.toFixed(1)} ${ty.toFixed(1)}) scale(${scale.toFixed(4)})`);
    frame.dataset.scale = scale.toFixed(3);
  };
  const size = () => ({ w: frame.clientWidth || 800, h: frame.clientHeight || 500 });
  const zoomAt = (factor: number, cx: number, cy: number) => {
    const next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
    // Keep the point under the cursor (or fingers) still.
    tx = cx - ((cx - tx) * next) / scale;
    ty = cy - ((cy - ty) * next) / scale;
    scale = next;
    apply();
  };
  const zoomBy = (factor: number) => {
    const { w, h: hh } = size();
    zoomAt(factor, w / 2, hh / 2);
  };
  /** Keeps the drawing in the frame: no empty band beside a graph larger than the frame. */
  const clamp = () => {
    const { w, h: hh } = size();
    const W = layout.width * scale;
    const H = layout.height * scale;
    tx = W <= w ? (w - W) / 2 : Math.min(0, Math.max(w - W, tx));
    ty = H <= hh ? (hh - H) / 2 : Math.min(0, Math.max(hh - H, ty));
  };
  /** The whole graph in the frame, whatever the text size: the overview (« Tout voir »). */
  const fitAll = () => {
    const { w, h: hh } = size();
    scale = Math.max(MIN_SCALE, Math.min(1.4, w / layout.width, hh / layout.height));
    clamp();
    apply();
  };
  /**
   * The opening view: text at 12 px or more (scale ≥ 1), as large as the frame allows up to the
   * whole graph, centred on the player's path (the ending just reached, else the start), and
   * filling the frame.
   */
  const fit = () => {
    const { w, h: hh } = size();
    scale = Math.max(1, Math.min(1.4, w / layout.width, hh / layout.height));
    const focus = layout.nodes.find((n) => n.node.kind === 'ending' && n.node.current)
      ?? layout.nodes.find((n) => n.node.kind === 'decision' && n.node.current)
      ?? layout.nodes.find((n) => n.id === model.root);
    if (focus) {
      tx = w / 2 - (focus.x + focus.w / 2) * scale;
      ty = hh / 2 - (focus.y + focus.h / 2) * scale;
    }
    clamp();
    apply();
  };
  const reveal = (id: string) => {
    const n = layout.nodes.find((x) => x.id === id);
    if (!n) return;
    const { w, h: hh } = size();
    const left = n.x * scale + tx;
    const top = n.y * scale + ty;
    const right = left + n.w * scale;
    const bottom = top + n.h * scale;
    if (left < 0 || top < 0 || right > w || bottom > hh) {
      tx += w / 2 - (left + right) / 2;
      ty += hh / 2 - (top + bottom) / 2;
      apply();
    }
  };

  // Pointer: one pointer pans (after a few pixels, so a tap still clicks), two pointers pinch.
  const pointers = new Map<number, { x: number; y: number }>();
  let pan: { x: number; y: number; tx: number; ty: number; moved: boolean } | null = null;
  let pinch: { dist: number; scale: number } | null = null;
  let swallowClick = false;
  const local = (e: PointerEvent | WheelEvent) => {
    const r = frame.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return { dist: Math.hypot(a!.x - b!.x, a!.y - b!.y), mid: { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 } };
  };
  on(frame, 'pointerdown', (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    pointers.set(e.pointerId, local(e));
    if (pointers.size === 1) pan = { ...local(e), tx, ty, moved: false };
    else if (pointers.size === 2) {
      pinch = { dist: spread().dist, scale };
      pan = null;
    }
  });
  on(frame, 'pointermove', (e: PointerEvent) => {
    if (!pointers.has(e.pointerId)) return;
    pointers.set(e.pointerId, local(e));
    if (pinch && pointers.size === 2) {
      const s = spread();
      if (pinch.dist > 0) zoomAt((pinch.scale * (s.dist / pinch.dist)) / scale, s.mid.x, s.mid.y);
      swallowClick = true;
      return;
    }
    if (!pan) return;
    const p = local(e);
    const dx = p.x - pan.x;
    const dy = p.y - pan.y;
    if (!pan.moved && Math.hypot(dx, dy) < 5) return;
    if (!pan.moved) {
      pan.moved = true;
      // Capture only once it is a drag: capturing on pointerdown would steal the click from the card.
      try {
        frame.setPointerCapture(e.pointerId);
      } catch {
        /* pointer already gone */
      }
      frame.classList.add('dragging');
    }
    tx = pan.tx + dx;
    ty = pan.ty + dy;
    apply();
  });
  const release = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
    if (pan?.moved) swallowClick = true;
    if (pointers.size < 2) pinch = null;
    if (pointers.size === 0) {
      pan = null;
      frame.classList.remove('dragging');
    }
  };
  on(frame, 'pointerup', release);
  on(frame, 'pointercancel', release);
  on(frame, 'wheel', (e: WheelEvent) => {
    e.preventDefault();
    const p = local(e);
    zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)), p.x, p.y);
  }, { passive: false });

  const activate = (g: Element) => {
    const node = byId.get(g.getAttribute('data-node') ?? '');
    if (!node) return;
    if (node.kind === 'decision') actions.replay(replayTargetOf(node));
    else if (actions.compare) setPicked(node.endingId);
  };
  on(frame, 'click', (e: MouseEvent) => {
    if (swallowClick) {
      swallowClick = false;
      return;
    }
    const g = (e.target as Element).closest?.('[data-node]');
    if (g) activate(g);
  });
  on(frame, 'keydown', (e: KeyboardEvent) => {
    const g = (e.target as Element).closest?.('[data-node]');
    if (g && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      activate(g);
      return;
    }
    const moves: Record<string, [number, number]> = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] };
    const m = moves[e.key];
    if (m) {
      e.preventDefault();
      tx += m[0];
      ty += m[1];
      apply();
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      zoomBy(1.25);
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      zoomBy(0.8);
    } else if (e.key === '0') {
      e.preventDefault();
      fit();
    }
  });
  on(frame, 'focusin', (e: FocusEvent) => {
    const g = (e.target as Element).closest?.('[data-node]');
    if (g) reveal(g.getAttribute('data-node')!);
  });

  root.append(accessibleList(doc, model, byId, actions, setPicked));
  container.append(root);
  root.querySelector<HTMLElement>('h1')?.focus();
  fit();
  if (typeof ResizeObserver !== 'undefined') {
    let first = true;
    const ro = new ResizeObserver(() => {
      // The first call reports the size we already fitted to; later ones are real resizes.
      if (first) first = false;
      else fit();
    });
    ro.observe(frame);
    cleanups.push(() => ro.disconnect());
  }
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
        ...RANK_COLORS.map((c) => h(doc, 'span', { class: 'map-rank-dot', style: `background:${c}`, 'aria-hidden': 'true' })),
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
