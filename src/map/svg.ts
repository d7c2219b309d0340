// The map drawn as a small SVG tree, rendered two ways: to DOM nodes for the game (createElementNS
// + textContent, never innerHTML), and to a string for Node tests and the bench. One drawing, two
// outputs, so what the tests and the bench measure is what players see.
import { SEVERITY_COLORS, UI } from '../debrief/labels';
import { SVG_NS } from '../ui/dom';
import { AUTHORITY_ICONS, rankColor } from './icons';
import type { LaidNode, MapLayout } from './layout';

export interface SvgEl {
  tag: string;
  attrs: Record<string, string | number>;
  /** Inline CSS properties: set through the CSSOM in the page (a style attribute is refused by its CSP). */
  style?: Record<string, string>;
  children: (SvgEl | string)[];
}

function el(tag: string, attrs: Record<string, string | number | undefined | null | false> = {}, ...children: (SvgEl | string | null | false)[]): SvgEl {
  const a: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) a[k] = v;
  return { tag, attrs: a, children: children.filter((c): c is SvgEl | string => c !== null && c !== false) };
}

/**
 * A card's accessible name starts with the words drawn on it, in the order drawn (WCAG 2.5.3, label
 * in name: a voice-control user says what they see), then, in parentheses, what the card does and
 * its state. The name used to start with « Rejouer depuis : » and the full prompt, which the card
 * shows cut and without that phrase.
 */
function nodeLabel(n: LaidNode): string {
  const drawn = (lines: { text: string }[]) => lines.map((l) => l.text).join(' ');
  if (n.node.kind === 'decision') {
    const d = n.node;
    const state = d.current ? UI.mapCurrent : d.visited ? UI.mapVisited : UI.mapNotVisited;
    const options = n.options.map((o) => `${o.index + 1} ${drawn(o.lines)}`).join(' ');
    return `${drawn(n.lines)} ${options} (${UI.mapReplay.replace(/\s*:\s*$/, '')} cette décision, ${state})`;
  }
  const e = n.node;
  const sanctions = e.sanctions.length ? ` (${n.badges.map((b) => b.label).join(', ')})` : '';
  return `${drawn(n.lines)}${sanctions}`;
}

function textEls(n: LaidNode['lines'], cls: string): SvgEl[] {
  // The trailing space is not drawn (SVG collapses it) but keeps a line's last word apart from the
  // next line's first word for tools that read the card's text as one string (axe's label-in-name check).
  return n.map((l) => el('text', { x: l.x, y: l.y, class: cls, 'font-size': l.size, 'font-weight': l.weight }, `${l.text} `));
}

function drawNode(n: LaidNode): SvgEl {
  const common = { 'data-node': n.id, transform: `translate(${n.x} ${n.y})`, tabindex: 0 };
  if (n.node.kind === 'decision') {
    const d = n.node;
    const cls = ['map-node', 'map-decision', d.visited ? 'visited' : 'unvisited', d.current ? 'current' : ''].filter(Boolean).join(' ');
    return el('g', { ...common, class: cls, role: 'button', 'aria-label': nodeLabel(n), 'data-decision': d.decisionId },
      el('title', {}, d.prompt || d.decisionId),
      el('rect', { class: 'map-card', width: n.w, height: n.h, rx: 10 }),
      ...textEls(n.lines, 'map-title'),
      ...n.options.map((o) => el('g', { class: ['map-option', o.visited ? 'visited' : 'unvisited', o.current ? 'current' : ''].filter(Boolean).join(' '), 'data-option': o.index },
        el('title', {}, o.text),
        el('rect', { class: 'map-option-bg', x: 6, y: o.y, width: n.w - 12, height: o.h, rx: 6 }),
        el('text', { x: 12, y: o.lines[0]!.y, class: 'map-option-num', 'font-size': 12, 'font-weight': 700 }, `${o.index + 1} `),
        ...textEls(o.lines, 'map-option-text'),
        o.cut && el('g', { class: 'map-cut', 'data-cut': 'true' },
          el('title', {}, UI.mapCut),
          el('path', { class: 'map-cut-line', d: `M${n.w} ${o.cy} h40` }),
          el('text', { x: n.w + 44, y: o.cy + 4, class: 'map-cut-text', 'font-size': 14, 'font-weight': 700 }, '…')))),
    );
  }
  const e = n.node;
  const cls = ['map-node', 'map-ending', e.discovered ? 'discovered' : 'undiscovered', e.current ? 'current' : '', `sev-${e.severity}`].filter(Boolean).join(' ');
  return el('g', { ...common, class: cls, role: 'button', 'aria-pressed': 'false', 'aria-label': nodeLabel(n), 'data-ending': e.endingId },
    el('title', {}, e.title),
    { ...el('rect', { class: 'map-card', width: n.w, height: n.h, rx: 10 }), style: { stroke: SEVERITY_COLORS[e.severity] } },
    el('rect', { class: 'map-sev-bar', width: 8, height: n.h, rx: 4, fill: SEVERITY_COLORS[e.severity] }),
    ...textEls(n.lines, 'map-title'),
    ...n.badges.map((b) => el('g', { class: 'map-badge', transform: `translate(${b.x} ${b.y})`, 'data-authority': b.authority },
      el('title', {}, b.label),
      el('rect', { width: b.size, height: b.size, rx: 5, fill: rankColor(b.rank) }),
      el('path', { d: AUTHORITY_ICONS[b.authority], transform: `translate(2 2)`, fill: 'none', stroke: '#fff', 'stroke-width': 1.6, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }))),
  );
}

export function drawMap(layout: MapLayout): SvgEl {
  const edges = [...layout.edges].sort((a, b) => Number(a.visited) - Number(b.visited) || Number(a.current) - Number(b.current));
  return el('svg', { xmlns: SVG_NS, class: 'map-svg', viewBox: `0 0 ${layout.width} ${layout.height}`, width: layout.width, height: layout.height },
    el('defs', {},
      el('marker', { id: 'map-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 10, markerHeight: 10, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
        el('path', { d: 'M0 0 L10 5 L0 10 z', class: 'map-arrow' }))),
    el('g', { class: 'map-viewport' },
      el('g', { class: 'map-edges', 'aria-hidden': 'true' },
        ...edges.map((e) => el('path', {
          d: e.d, class: ['map-edge', e.visited ? 'visited' : 'unvisited', e.current ? 'current' : '', e.back ? 'back' : ''].filter(Boolean).join(' '),
          'data-from': e.from, 'data-to': e.to, 'data-option': e.option, 'marker-end': 'url(#map-arrow)',
        }))),
      el('g', { class: 'map-nodes' }, ...layout.nodes.map(drawNode))));
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ESC[c]!);

export function svgToString(n: SvgEl): string {
  const style = n.style ? Object.entries(n.style).map(([k, v]) => `${k}:${v}`).join(';') : '';
  const attrs = Object.entries(n.attrs).map(([k, v]) => ` ${k}="${esc(String(v))}"`).join('') + (style ? ` style="${esc(style)}"` : '');
  const inner = n.children.map((c) => (typeof c === 'string' ? esc(c) : svgToString(c))).join('');
  return `<${n.tag}${attrs}>${inner}</${n.tag}>`;
}

export function svgToDom(n: SvgEl, doc: Document): SVGElement {
  const node = doc.createElementNS(SVG_NS, n.tag) as SVGElement;
  for (const [k, v] of Object.entries(n.attrs)) if (k !== 'xmlns') node.setAttribute(k, String(v));
  for (const [k, v] of Object.entries(n.style ?? {})) node.style.setProperty(k, v);
  for (const c of n.children) node.appendChild(typeof c === 'string' ? doc.createTextNode(c) : svgToDom(c, doc));
  return node;
}
