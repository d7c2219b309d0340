// Layered left-to-right layout of the branch map (a small Sugiyama): columns by longest path
// from the start, rows ordered by where their parents' options sit, then placed top-down with a
// fixed gap so that no two cards can overlap. Text is wrapped and cut here, on an estimated
// width, so every label stays inside its card whatever the font.
import { levelWithActor } from '../narrative/legal/sanctions';
import type { Authority } from '../narrative/types';
import { authorityName, SEVERITY_LABELS, UI } from '../debrief/labels';
import { nodeById, type MapDecision, type MapEnding, type MapModel, type MapNode, type MapNodeId } from './model';

export const CARD_W = 280;
export const PAD = 10;
export const COL_GAP = 110;
export const ROW_GAP = 22;
export const MARGIN = 24;
export const BADGE = 24;
const TITLE = { size: 14, weight: 700, line: 18, maxLines: 3 };
const OPTION = { size: 12.5, weight: 400, line: 16, maxLines: 2 };
const SMALL = { size: 12, weight: 400, line: 16 };
const OPTION_INDENT = 22;
/** Wider than the average glyph of common sans fonts (≈0.52em): estimates err on the safe side. */
export const CHAR_EM = 0.6;
const BOLD_EM = 0.64;

export interface TextLine {
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  size: number;
  weight: number;
  /** Estimated width, never less than the real one for ordinary sans fonts. */
  width: number;
}

export interface LaidOption {
  index: number;
  text: string;
  y: number;
  h: number;
  /** Where edges leave, at the row's vertical centre. */
  cy: number;
  lines: TextLine[];
  visited: boolean;
  current: boolean;
  /** Its targets are (partly) left out of a long story's map: drawn as a dashed stub. */
  cut: boolean;
}

export interface LaidBadge {
  authority: Authority;
  x: number;
  y: number;
  size: number;
  rank: number;
  /** « Ordre des infirmiers : blâme », for <title> and screen readers. */
  label: string;
}

export interface LaidNode {
  id: MapNodeId;
  node: MapNode;
  layer: number;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: TextLine[];
  options: LaidOption[];
  badges: LaidBadge[];
}

export interface LaidEdge {
  from: MapNodeId;
  option: number;
  to: MapNodeId;
  d: string;
  visited: boolean;
  current: boolean;
  /** Goes back to an earlier column (a loop in the story). */
  back: boolean;
}

export interface MapLayout {
  nodes: LaidNode[];
  edges: LaidEdge[];
  width: number;
  height: number;
}

export function estimateWidth(text: string, size: number, weight = 400): number {
  return [...text].length * size * (weight >= 600 ? BOLD_EM : CHAR_EM);
}

/** Word-wraps into at most `maxLines` lines of `width` px; the last line ends in « … » when cut. */
export function wrap(text: string, width: number, size: number, weight: number, maxLines: number): string[] {
  const maxChars = Math.max(4, Math.floor(width / (size * (weight >= 600 ? BOLD_EM : CHAR_EM))));
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  let i = 0;
  for (; i < words.length; i++) {
    let w = words[i]!;
    if ([...w].length > maxChars) w = [...w].slice(0, maxChars - 1).join('') + '…';
    const next = cur ? `${cur} ${w}` : w;
    if ([...next].length <= maxChars) {
      cur = next;
      continue;
    }
    lines.push(cur);
    cur = w;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && cur) {
    lines.push(cur);
    cur = '';
    i = words.length;
  }
  if (i < words.length || cur) {
    // Cut: make room for the ellipsis on the last line.
    const last = lines[lines.length - 1] ?? '';
    const chars = [...last];
    lines[lines.length - 1] = (chars.length + 1 > maxChars ? chars.slice(0, maxChars - 1).join('').trimEnd() : last) + '…';
  }
  return lines.length ? lines : [''];
}

function textLines(texts: string[], x: number, top: number, style: { size: number; weight: number; line: number }): TextLine[] {
  return texts.map((t, i) => ({
    text: t,
    x,
    y: top + i * style.line + style.size,
    size: style.size,
    weight: style.weight,
    width: estimateWidth(t, style.size, style.weight),
  }));
}

function decisionBox(d: MapDecision): Omit<LaidNode, 'layer' | 'x' | 'y'> {
  const inner = CARD_W - 2 * PAD;
  const head = wrap(d.prompt || d.decisionId, inner, TITLE.size, TITLE.weight, TITLE.maxLines);
  const lines = textLines(head, PAD, PAD, TITLE);
  let y = PAD + head.length * TITLE.line + 8;
  const options: LaidOption[] = d.options.map((o) => {
    const t = wrap(o.text, inner - OPTION_INDENT, OPTION.size, OPTION.weight, OPTION.maxLines);
    const h = t.length * OPTION.line + 8;
    const opt: LaidOption = {
      index: o.index, text: o.text, y, h, cy: y + h / 2,
      lines: textLines(t, PAD + OPTION_INDENT, y + 4, OPTION),
      visited: o.visited, current: o.current, cut: o.cut,
    };
    y += h + 2;
    return opt;
  });
  return { id: d.id, node: d, w: CARD_W, h: y + PAD - 2, lines, options, badges: [] };
}

function endingBox(e: MapEnding): Omit<LaidNode, 'layer' | 'x' | 'y'> {
  const inner = CARD_W - 2 * PAD;
  const head = wrap(e.title, inner, TITLE.size, TITLE.weight, TITLE.maxLines);
  const lines = textLines(head, PAD, PAD, TITLE);
  let y = PAD + head.length * TITLE.line + 4;
  const state = e.discovered ? UI.mapEndingFound : UI.mapEndingUnknown;
  lines.push(...textLines(wrap(`${SEVERITY_LABELS[e.severity]} · ${state}`, inner, SMALL.size, SMALL.weight, 1), PAD, y, SMALL));
  y += SMALL.line + 6;
  const badges: LaidBadge[] = [];
  if (e.sanctions.length === 0) {
    lines.push(...textLines([UI.mapNoSanction], PAD, y, SMALL));
    y += SMALL.line;
  } else {
    // Badges wrap onto a second row if a role ever has more authorities than fit on one.
    const perRow = Math.floor((inner + 6) / (BADGE + 6));
    e.sanctions.forEach((s, i) => {
      badges.push({
        authority: s.authority,
        x: PAD + (i % perRow) * (BADGE + 6),
        y: y + Math.floor(i / perRow) * (BADGE + 6),
        size: BADGE,
        rank: s.rank,
        label: `${authorityName(s.authority)}\u00A0: ${levelWithActor(s.level, s.by)}`,
      });
    });
    y += Math.ceil(e.sanctions.length / perRow) * (BADGE + 6) - 6;
  }
  return { id: e.id, node: e, w: CARD_W, h: y + PAD, lines, options: [], badges };
}

type Succ = Map<MapNodeId, MapNodeId[]>;

/** DFS from the root: a preorder for stable ordering, and the back edges (loops) to leave out of layering. */
function depthFirst(model: MapModel, byId: ReadonlyMap<MapNodeId, unknown>, succ: Succ): { order: Map<MapNodeId, number>; back: Set<string> } {
  const order = new Map<MapNodeId, number>();
  const back = new Set<string>();
  const state = new Map<MapNodeId, 1 | 2>();
  const stack: { id: MapNodeId; i: number }[] = [];
  const visit = (id: MapNodeId) => {
    state.set(id, 1);
    order.set(id, order.size);
    stack.push({ id, i: 0 });
  };
  const starts = [model.root, ...model.decisions.map((d) => d.id), ...model.endings.map((e) => e.id)];
  for (const s of starts) {
    if (!byId.has(s) || state.has(s)) continue;
    visit(s);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const next = succ.get(top.id)?.[top.i];
      if (next === undefined) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      top.i += 1;
      const st = state.get(next);
      if (st === 1) back.add(`${top.id}>${next}`);
      else if (!st) visit(next);
    }
  }
  return { order, back };
}

/** Longest-path layering on the acyclic part (Kahn's order): each node's column. */
function layerOf(byId: ReadonlyMap<MapNodeId, unknown>, succ: Succ, order: ReadonlyMap<MapNodeId, number>, back: ReadonlySet<string>): Map<MapNodeId, number> {
  const indeg = new Map<MapNodeId, number>([...byId.keys()].map((k) => [k, 0]));
  for (const [from, ts] of succ) for (const t of ts) if (!back.has(`${from}>${t}`)) indeg.set(t, (indeg.get(t) ?? 0) + 1);
  const layer = new Map<MapNodeId, number>();
  const queue = [...byId.keys()].filter((k) => indeg.get(k) === 0).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  for (const k of queue) layer.set(k, 0);
  while (queue.length) {
    const k = queue.shift()!;
    for (const t of succ.get(k) ?? []) {
      if (back.has(`${k}>${t}`)) continue;
      layer.set(t, Math.max(layer.get(t) ?? 0, (layer.get(k) ?? 0) + 1));
      indeg.set(t, indeg.get(t)! - 1);
      if (indeg.get(t) === 0) queue.push(t);
    }
  }
  return layer;
}

type Incoming = Map<MapNodeId, { from: MapNodeId; option: LaidOption }[]>;

/** Incoming option rows, to place each card level with the options that lead to it. */
function incomingRows(boxes: ReadonlyMap<MapNodeId, LaidNode>, back: ReadonlySet<string>): Incoming {
  const incoming: Incoming = new Map();
  for (const b of boxes.values()) {
    for (const o of b.options) {
      const d = b.node as MapDecision;
      for (const t of d.options.find((x) => x.index === o.index)?.targets ?? []) {
        if (!boxes.has(t) || back.has(`${b.id}>${t}`)) continue;
        (incoming.get(t) ?? incoming.set(t, []).get(t)!).push({ from: b.id, option: o });
      }
    }
  }
  return incoming;
}

/** Places the columns left to right, each card as level as it can be with its incoming rows; returns the height. */
function placeColumns(layers: readonly LaidNode[][], boxes: ReadonlyMap<MapNodeId, LaidNode>, incoming: Incoming, order: ReadonlyMap<MapNodeId, number>): number {
  let height = 0;
  layers.forEach((col, li) => {
    if (!col) return;
    const x = MARGIN + li * (CARD_W + COL_GAP);
    const desired = new Map<MapNodeId, number>();
    for (const b of col) {
      const ins = incoming.get(b.id) ?? [];
      const ys = ins.map((i) => boxes.get(i.from)!.y + i.option.cy);
      desired.set(b.id, ys.length ? ys.reduce((a, c) => a + c, 0) / ys.length - TITLE.line : MARGIN);
    }
    col.sort((a, b) => desired.get(a.id)! - desired.get(b.id)! || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    let bottom = MARGIN - ROW_GAP;
    for (const b of col) {
      b.x = x;
      b.y = Math.max(desired.get(b.id)!, bottom + ROW_GAP);
      bottom = b.y + b.h;
    }
    height = Math.max(height, bottom);
  });
  return height;
}

/** One curve per option and target, from the option's row to the target card's title. */
function edgesOf(boxes: ReadonlyMap<MapNodeId, LaidNode>, back: ReadonlySet<string>): LaidEdge[] {
  const edges: LaidEdge[] = [];
  for (const b of boxes.values()) {
    if (b.node.kind !== 'decision') continue;
    for (const o of b.node.options) {
      const row = b.options.find((r) => r.index === o.index)!;
      for (const t of o.targets) {
        const tb = boxes.get(t);
        if (!tb) continue;
        const isBack = back.has(`${b.id}>${t}`) || tb.layer <= b.layer;
        const sx = b.x + b.w;
        const sy = b.y + row.cy;
        const tx = tb.x;
        const ty = tb.y + PAD + TITLE.line / 2;
        const dx = isBack ? 70 : Math.max(40, (tx - sx) / 2);
        edges.push({
          from: b.id, option: o.index, to: t,
          d: `M${r(sx)} ${r(sy)} C${r(sx + dx)} ${r(sy)} ${r(tx - dx)} ${r(ty)} ${r(tx)} ${r(ty)}`,
          visited: o.visited, current: o.current && (tb.node.kind === 'decision' ? tb.node.current : tb.node.current),
          back: isBack,
        });
      }
    }
  }
  return edges;
}

export function layoutMap(model: MapModel): MapLayout {
  const byId = nodeById(model);
  const succ: Succ = new Map();
  for (const d of model.decisions) succ.set(d.id, [...new Set(d.options.flatMap((o) => o.targets))].filter((t) => byId.has(t)));
  const { order, back } = depthFirst(model, byId, succ);
  const layer = layerOf(byId, succ, order, back);

  const boxes = new Map<MapNodeId, LaidNode>();
  for (const [id, n] of byId) {
    const box = n.kind === 'decision' ? decisionBox(n) : endingBox(n);
    boxes.set(id, { ...box, layer: layer.get(id) ?? 0, x: 0, y: 0 });
  }
  const layers: LaidNode[][] = [];
  for (const b of boxes.values()) (layers[b.layer] ??= []).push(b);

  const height = placeColumns(layers, boxes, incomingRows(boxes, back), order);
  const edges = edgesOf(boxes, back);
  const cols = layers.length;
  return {
    nodes: [...boxes.values()],
    edges,
    width: MARGIN * 2 + cols * CARD_W + Math.max(0, cols - 1) * COL_GAP,
    height: height + MARGIN,
  };
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}
