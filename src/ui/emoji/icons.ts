// The project's own emoji icons in the page. Where a system has no emoji font, emoji in page text
// (debrief, map, « Et si… ? », projector) were empty boxes: every emoji that reaches the page is
// replaced by a small SVG drawn here (the same icon on every system), named for screen readers.
import { EMOJI_RE, emojiIcon, type EmojiIcon, type IconName } from './table';

export type Shape = [tag: string, attrs: Record<string, string | number>];

const FACE = '#fbbf24';
const LINE = '#78350f';
const face = (): Shape[] => [['circle', { cx: 12, cy: 12, r: 10, fill: FACE, stroke: '#b45309', 'stroke-width': 1 }]];
const eyes = (): Shape[] => [['circle', { cx: 8.5, cy: 10, r: 1.4, fill: LINE }], ['circle', { cx: 15.5, cy: 10, r: 1.4, fill: LINE }]];
const stroke = { fill: 'none', stroke: LINE, 'stroke-width': 1.6, 'stroke-linecap': 'round' };
const HEART = 'M12 20.5s-8-4.9-8-10.6A4.4 4.4 0 0 1 12 7.3a4.4 4.4 0 0 1 8 2.6c0 5.7-8 10.6-8 10.6z';

const SHAPES: Record<IconName, (color: string) => Shape[]> = {
  smile: () => [...face(), ...eyes(), ['path', { d: 'M7.5 14a5 5 0 0 0 9 0', ...stroke }]],
  wink: () => [...face(), ['circle', { cx: 8.5, cy: 10, r: 1.4, fill: LINE }], ['path', { d: 'M14 10h3', ...stroke }], ['path', { d: 'M7.5 14a5 5 0 0 0 9 0', ...stroke }]],
  laugh: () => [...face(), ['path', { d: 'M6.8 10.2l1.7-1.4 1.7 1.4M13.8 10.2l1.7-1.4 1.7 1.4', ...stroke }], ['path', { d: 'M7 13h10a5 5 0 0 1-10 0z', fill: LINE }]],
  love: () => [...face(), ['path', { d: 'M8.5 12s-2.4-1.5-2.4-3.1a1.2 1.2 0 0 1 2.4-.6 1.2 1.2 0 0 1 2.4.6c0 1.6-2.4 3.1-2.4 3.1zM15.5 12s-2.4-1.5-2.4-3.1a1.2 1.2 0 0 1 2.4-.6 1.2 1.2 0 0 1 2.4.6c0 1.6-2.4 3.1-2.4 3.1z', fill: '#e11d48' }], ['path', { d: 'M8 15a4.6 4.6 0 0 0 8 0', ...stroke }]],
  sad: () => [...face(), ...eyes(), ['path', { d: 'M8 17a4.6 4.6 0 0 1 8 0', ...stroke }]],
  shock: () => [...face(), ...eyes(), ['ellipse', { cx: 12, cy: 16, rx: 2, ry: 2.6, fill: LINE }]],
  annoyed: () => [...face(), ['path', { d: 'M6.5 7.5l3.5 1.5M17.5 7.5L14 9M8.5 16h7', ...stroke }], ...eyes()],
  hush: () => [...face(), ...eyes(), ['path', { d: 'M8 15.5h8M10 14v3M14 14v3', ...stroke }]],
  sleep: () => [...face(), ['path', { d: 'M7 10.5h3M14 10.5h3M10 16h4', ...stroke }], ['path', { d: 'M17 3h3l-3 3h3', fill: 'none', stroke: '#1d4ed8', 'stroke-width': 1.3 }]],
  cool: () => [...face(), ['path', { d: 'M5 9h14v1.5c0 1.5-1 2.5-2.5 2.5h-1.5c-1.5 0-2-1-3-2.5-1 1.5-1.5 2.5-3 2.5H7.5C6 13 5 12 5 10.5z', fill: '#111827' }], ['path', { d: 'M8.5 16a4 4 0 0 0 7 0', ...stroke }]],
  heart: (c) => [['path', { d: HEART, fill: c, stroke: c === '#f8fafc' ? '#94a3b8' : c, 'stroke-width': 1 }]],
  thumb: () => [['path', { d: 'M7 10.5h-3v9h3zM7 19.5h9.5a2 2 0 0 0 2-1.6l1.2-5.6a2 2 0 0 0-2-2.4h-4.2l.7-3.6A1.7 1.7 0 0 0 10.6 5L7 10.5z', fill: FACE, stroke: '#b45309', 'stroke-width': 1, 'stroke-linejoin': 'round' }]],
  pray: () => [['path', { d: 'M12 3.5l-3.2 6.8-3.3 5.4 2.6 4.8L12 16zM12 3.5l3.2 6.8 3.3 5.4-2.6 4.8L12 16z', fill: FACE, stroke: '#b45309', 'stroke-width': 1, 'stroke-linejoin': 'round' }]],
  star: () => [['path', { d: 'M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.3L12 17.1l-5.7 3.1 1.2-6.3-4.7-4.4 6.4-.8z', fill: '#fbbf24', stroke: '#b45309', 'stroke-width': 1, 'stroke-linejoin': 'round' }]],
  eyes: () => [['ellipse', { cx: 8, cy: 12, rx: 3.6, ry: 5, fill: '#fff', stroke: '#334155', 'stroke-width': 1 }], ['ellipse', { cx: 16, cy: 12, rx: 3.6, ry: 5, fill: '#fff', stroke: '#334155', 'stroke-width': 1 }], ['circle', { cx: 9, cy: 13, r: 1.8, fill: '#111827' }], ['circle', { cx: 17, cy: 13, r: 1.8, fill: '#111827' }]],
  down: () => [['path', { d: 'M12 3v16M6 13l6 6 6-6', fill: 'none', stroke: '#b45309', 'stroke-width': 2.4, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }]],
  drink: () => [['path', { d: 'M6 4h12l-1.5 7a4.5 4.5 0 0 1-9 0zM12 15.5V20M8.5 20.5h7', fill: '#be123c', stroke: '#4c0519', 'stroke-width': 1.2, 'stroke-linejoin': 'round' }]],
  food: () => [['path', { d: 'M3 11h18a9 7 0 0 1-18 0z', fill: '#f59e0b', stroke: '#92400e', 'stroke-width': 1 }], ['path', { d: 'M8 9c0-2 2-2 2-4M12 9c0-2 2-2 2-4', fill: 'none', stroke: '#94a3b8', 'stroke-width': 1.2, 'stroke-linecap': 'round' }]],
  care: () => [['rect', { x: 3, y: 3, width: 18, height: 18, rx: 5, fill: '#0f766e' }], ['path', { d: 'M12 7v10M7 12h10', stroke: '#fff', 'stroke-width': 3, 'stroke-linecap': 'round' }]],
  music: () => [['path', { d: 'M9 17V5l10-2v12', fill: 'none', stroke: '#1e293b', 'stroke-width': 1.8 }], ['circle', { cx: 7, cy: 17.5, r: 2.5, fill: '#1e293b' }], ['circle', { cx: 17, cy: 15.5, r: 2.5, fill: '#1e293b' }]],
  sun: () => [['circle', { cx: 12, cy: 12, r: 4.5, fill: '#fbbf24' }], ['path', { d: 'M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1', stroke: '#f59e0b', 'stroke-width': 1.8, 'stroke-linecap': 'round' }]],
  link: () => [['path', { d: 'M10 14a4 4 0 0 1 0-5.7l2.3-2.3a4 4 0 0 1 5.7 5.7l-1.2 1.2M14 10a4 4 0 0 1 0 5.7L11.7 18A4 4 0 0 1 6 12.3l1.2-1.2', fill: 'none', stroke: '#475569', 'stroke-width': 2, 'stroke-linecap': 'round' }]],
  check: () => [['rect', { x: 3, y: 3, width: 18, height: 18, rx: 4, fill: '#15803d' }], ['path', { d: 'M7 12.5l3.2 3.2L17 9', fill: 'none', stroke: '#fff', 'stroke-width': 2.4, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }]],
  card: () => [['rect', { x: 5, y: 2.5, width: 14, height: 19, rx: 2, fill: '#fff', stroke: '#334155', 'stroke-width': 1.2 }], ['path', { d: 'M12 8l1.4 2.8 3 .4-2.2 2.1.5 3L12 14.9l-2.7 1.4.5-3-2.2-2.1 3-.4z', fill: '#dc2626' }]],
  shrug: () => [...face(), ...eyes(), ['path', { d: 'M8.5 15.5h7', ...stroke }], ['path', { d: 'M1.5 9l2 3M22.5 9l-2 3', stroke: '#b45309', 'stroke-width': 1.6, 'stroke-linecap': 'round' }]],
};

/** The shapes of an icon in its 24×24 box (SVG elements and attributes): the page and the phone's canvas draw the same. */
export function iconShapes(icon: EmojiIcon): Shape[] {
  return SHAPES[icon.icon](icon.color ?? '#e11d48');
}

const NS = 'http://www.w3.org/2000/svg';

/** The icon as an inline SVG (decorative: its wrapper carries the name). */
export function emojiSvg(icon: EmojiIcon, doc: Document = document): SVGSVGElement {
  const svg = doc.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const [tag, attrs] of iconShapes(icon)) {
    const el = doc.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    svg.append(el);
  }
  return svg;
}

/**
 * The icon in the text's place, as tall as the text, named for screen readers. The emoji itself
 * stays in the page, visually hidden, so copying the text or reading it back gives what was written.
 */
export function emojiElement(cluster: string, icon: EmojiIcon, doc: Document = document): HTMLElement {
  const wrap = doc.createElement('span');
  wrap.className = 'emo';
  wrap.setAttribute('role', 'img');
  wrap.setAttribute('aria-label', icon.label);
  wrap.dataset.icon = icon.icon;
  const hidden = doc.createElement('span');
  hidden.className = 'emo-text';
  hidden.textContent = cluster;
  wrap.append(emojiSvg(icon, doc), hidden);
  return wrap;
}

/** Elements whose text must stay text (an SVG <text> cannot hold an icon; fields and scripts are not prose). */
const SKIP = 'script, style, textarea, title, option, svg, [contenteditable]';

/** Replaces the emoji of one text node by icons; an emoji with no icon is left (and fails the tests). */
function replaceIn(node: Text): void {
  const text = node.nodeValue ?? '';
  EMOJI_RE.lastIndex = 0;
  const any = EMOJI_RE.test(text);
  // matchAll below starts where this test left the shared expression: back to the start.
  EMOJI_RE.lastIndex = 0;
  if (!any) return;
  const parent = node.parentElement;
  if (!parent || parent.closest(SKIP) || parent.classList.contains('emo-text')) return;
  const out: (string | Node)[] = [];
  let last = 0;
  let changed = false;
  for (const m of text.matchAll(EMOJI_RE)) {
    const icon = emojiIcon(m[0]);
    if (!icon) continue;
    out.push(text.slice(last, m.index), emojiElement(m[0], icon, node.ownerDocument));
    last = m.index + m[0].length;
    changed = true;
  }
  if (!changed) return;
  out.push(text.slice(last));
  node.replaceWith(...out.filter((x) => x !== ''));
}

function scan(root: Node): void {
  if (root.nodeType === Node.TEXT_NODE) {
    replaceIn(root as Text);
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  while (walker.nextNode()) found.push(walker.currentNode as Text);
  found.forEach(replaceIn);
}

/**
 * Watches `root` for text added anywhere under it (every screen builds its DOM as it goes) and
 * draws its emoji as icons. Returns the disconnector.
 */
const watched = new Set<Node>();

export function installEmojiIcons(root: Node = document.body): () => void {
  // The page's entry and the trainer's both install it: one observer per tree is enough.
  if ([...watched].some((w) => w.contains(root))) return () => undefined;
  watched.add(root);
  scan(root);
  const mo = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') scan(r.target);
      else r.addedNodes.forEach(scan);
    }
  });
  mo.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    mo.disconnect();
    watched.delete(root);
  };
}
