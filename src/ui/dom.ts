// The game's one DOM kit. Story, save and import text always goes in as text nodes, never as HTML,
// and every text gets French spacing (no line break before « : » or « ? »). Builders take the
// document to build in when it is not the page's own (the projector window, a debrief printed in
// another document), so one kit serves every view.
import { frenchSpacing } from '../narrative/typography';

/**
 * Inline style, as CSS properties (`{ width: '40%', '--hue': 120 }`): set through the CSSOM
 * (`style.setProperty`), which the page's Content-Security-Policy allows. A `style="…"` attribute
 * (a string) is refused by that policy (no 'unsafe-inline' for styles, tools/vite-plugin-csp.ts).
 */
export type StyleProps = Readonly<Record<string, string | number>>;
type AttrValue = string | number | boolean | null | undefined | StyleProps | ((e: Event) => void);
/** `style` only as CSS properties: `style: 'width:40%'` does not compile. */
export type Attrs = { style?: StyleProps | null | false } & Record<string, AttrValue>;
export type Child = Node | string | null | undefined | false;

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Attributes, listeners (`onclick`…), `style` (CSS properties), `text` (the element's text) and children, in that order. */
function apply(el: HTMLElement | SVGElement, attrs: Attrs | undefined, children: readonly Child[]): void {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v as EventListener);
    else if (k === 'style') setStyle(el, v);
    else if (typeof v === 'object') throw new TypeError(`attribute ${k}: an object is only for style`);
    else if (k === 'class') el.setAttribute('class', String(v));
    else if (k === 'text') el.textContent = frenchSpacing(String(v));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? el.ownerDocument.createTextNode(frenchSpacing(c)) : c);
  }
}

/** Sets CSS properties through the CSSOM; a style string would be a `style` attribute, which CSP refuses. */
export function setStyle(el: HTMLElement | SVGElement, style: AttrValue): void {
  if (typeof style !== 'object' || style === null) throw new TypeError('style: CSS properties ({ width: "40%" }), never a style="…" string (refused by the Content-Security-Policy)');
  for (const [name, value] of Object.entries(style)) el.style.setProperty(name, String(value));
}

/** An HTML element of this page (`h('p', {}, 'texte')`) or of `doc` (`h(doc, 'p', {}, 'texte')`). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K];
export function h<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K];
export function h(...args: unknown[]): HTMLElement {
  const [doc, rest] = typeof args[0] === 'string' ? [document, args] : [args[0] as Document, args.slice(1)];
  const [tag, attrs, ...children] = rest as [string, Attrs | undefined, ...Child[]];
  const el = doc.createElement(tag);
  apply(el, attrs, children);
  return el;
}

/** An SVG element of `doc` (the branch map draws in the page or in a printed copy). */
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

export function clear(el: Element): void {
  el.replaceChildren();
}

/** Ids unique per mount, so two debriefs (or a debrief and a map) can share a page. */
let uid = 0;
export function uniqueId(prefix: string): string {
  uid += 1;
  return `${prefix}-${uid}`;
}
