// A tiny element builder for the debrief, map and comparison views. Text only ever goes in
// through textContent (story text is authored, but a save file or an export is not trusted).
import { frenchSpacing } from '../narrative/typography';

export type Attrs = Record<string, string | number | boolean | null | undefined>;
export type Child = Node | string | null | undefined | false;

export const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(el: Element, attrs: Attrs | undefined, children: Child[]): void {
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' ? el.ownerDocument.createTextNode(frenchSpacing(c)) : c);
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  apply(el, attrs, children);
  return el;
}

export function s(doc: Document, tag: string, attrs?: Attrs, ...children: Child[]): SVGElement {
  const el = doc.createElementNS(SVG_NS, tag) as SVGElement;
  apply(el, attrs, children);
  return el;
}

export function button(doc: Document, label: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = h(doc, 'button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** Ids unique per mount, so two debriefs (or a debrief and a map) can share a page. */
let counter = 0;
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
