// The menu's pictures, drawn by the project in SVG (no image file, no third-party art): a phone
// showing a notification, and one small scene per scenario. A scenario without its own picture
// gets the chat bubbles, so a sixth story still has a face.
const NS = 'http://www.w3.org/2000/svg';

type Shape = [tag: string, attrs: Record<string, string | number>];

function svg(viewBox: string, cls: string, shapes: Shape[]): SVGSVGElement {
  const root = document.createElementNS(NS, 'svg');
  root.setAttribute('viewBox', viewBox);
  root.setAttribute('class', cls);
  root.setAttribute('aria-hidden', 'true');
  root.setAttribute('focusable', 'false');
  for (const [tag, attrs] of shapes) {
    const el = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    root.append(el);
  }
  return root;
}

/** Hue of each scenario's card: its picture and its accent line, so the cards tell apart at a glance. */
export const SCENARIO_HUES: Record<string, string> = {
  'demande-ami': '#2563eb',
  'groupe-whatsapp': '#0f766e',
  'photos-patients': '#b45309',
  'page-pro': '#7c3aed',
  'coup-de-gueule': '#be185d',
};
const FALLBACK_HUES = ['#7c3aed', '#be185d', '#0369a1', '#4d7c0f'];

export function hueOf(id: string, index: number): string {
  return SCENARIO_HUES[id] ?? FALLBACK_HUES[index % FALLBACK_HUES.length]!;
}

const ink = '#0b1220';
const paper = '#ffffff';

const PICTURES: Record<string, (hue: string) => Shape[]> = {
  // A profile with a « + » badge: the patient's friend request.
  'demande-ami': (hue) => [
    ['rect', { x: 38, y: 14, width: 84, height: 70, rx: 10, fill: paper, stroke: hue, 'stroke-width': 2 }],
    ['circle', { cx: 80, cy: 40, r: 12, fill: hue, opacity: 0.85 }],
    ['path', { d: 'M58 74c3-12 12-18 22-18s19 6 22 18z', fill: hue, opacity: 0.85 }],
    ['circle', { cx: 118, cy: 20, r: 13, fill: '#16a34a', stroke: paper, 'stroke-width': 3 }],
    ['path', { d: 'M118 13v14M111 20h14', stroke: paper, 'stroke-width': 3, 'stroke-linecap': 'round' }],
  ],
  // Overlapping chat bubbles: the team's group.
  'groupe-whatsapp': (hue) => [
    ['rect', { x: 22, y: 16, width: 72, height: 30, rx: 12, fill: paper, stroke: hue, 'stroke-width': 2 }],
    ['path', { d: 'M34 46l-6 10 14-10z', fill: paper, stroke: hue, 'stroke-width': 2, 'stroke-linejoin': 'round' }],
    ['rect', { x: 64, y: 40, width: 74, height: 30, rx: 12, fill: hue }],
    ['path', { d: 'M126 70l8 10-16-10z', fill: hue }],
    ['circle', { cx: 86, cy: 55, r: 3.5, fill: paper }],
    ['circle', { cx: 100, cy: 55, r: 3.5, fill: paper }],
    ['circle', { cx: 114, cy: 55, r: 3.5, fill: paper }],
    ['rect', { x: 32, y: 26, width: 40, height: 4, rx: 2, fill: hue, opacity: 0.6 }],
    ['rect', { x: 32, y: 34, width: 26, height: 4, rx: 2, fill: hue, opacity: 0.4 }],
  ],
  // A camera frame over a hospital bed: the photos.
  'photos-patients': (hue) => [
    ['rect', { x: 40, y: 18, width: 80, height: 60, rx: 8, fill: paper, stroke: hue, 'stroke-width': 2 }],
    ['path', { d: 'M52 62h56M56 62v-12h20a6 6 0 0 1 6 6v6', stroke: ink, 'stroke-width': 3, fill: 'none', 'stroke-linecap': 'round', opacity: 0.7 }],
    ['circle', { cx: 66, cy: 46, r: 5, fill: ink, opacity: 0.7 }],
    ['path', { d: 'M46 28v-4h8M114 28v-4h-8M46 68v4h8M114 68v4h-8', stroke: hue, 'stroke-width': 3, fill: 'none', 'stroke-linecap': 'round' }],
    ['circle', { cx: 106, cy: 32, r: 4, fill: '#dc2626' }],
  ],
  // A public page with a heart: the professional page.
  'page-pro': (hue) => [
    ['rect', { x: 36, y: 12, width: 88, height: 72, rx: 8, fill: paper, stroke: hue, 'stroke-width': 2 }],
    ['rect', { x: 36, y: 12, width: 88, height: 20, rx: 8, fill: hue, opacity: 0.85 }],
    ['circle', { cx: 54, cy: 34, r: 9, fill: paper, stroke: hue, 'stroke-width': 2 }],
    ['rect', { x: 68, y: 40, width: 44, height: 5, rx: 2.5, fill: ink, opacity: 0.5 }],
    ['rect', { x: 46, y: 52, width: 66, height: 4, rx: 2, fill: ink, opacity: 0.3 }],
    ['rect', { x: 46, y: 60, width: 52, height: 4, rx: 2, fill: ink, opacity: 0.3 }],
    ['path', { d: 'M118 62c0-5 7-7 9-2 2-5 9-3 9 2 0 6-9 11-9 11s-9-5-9-11z', fill: '#dc2626', stroke: paper, 'stroke-width': 2 }],
  ],
  // A megaphone and a sharp speech bubble: the public outburst.
  'coup-de-gueule': (hue) => [
    ['path', { d: 'M40 44l36-16v40l-36-16z', fill: hue }],
    ['rect', { x: 28, y: 40, width: 14, height: 16, rx: 3, fill: hue, opacity: 0.8 }],
    ['path', { d: 'M36 56l6 14h8l-5-14z', fill: hue, opacity: 0.7 }],
    ['path', { d: 'M90 20h46a6 6 0 0 1 6 6v22a6 6 0 0 1-6 6h-30l-12 10 2-10h-6a6 6 0 0 1-6-6v-22a6 6 0 0 1 6-6z', fill: paper, stroke: hue, 'stroke-width': 2 }],
    ['path', { d: 'M104 30l4 8-4 8M116 30v10M116 44v2M124 30l4 8-4 8', stroke: hue, 'stroke-width': 2.5, fill: 'none', 'stroke-linecap': 'round' }],
  ],
};

export function scenarioPicture(id: string, hue: string): SVGSVGElement {
  const draw = PICTURES[id] ?? PICTURES['groupe-whatsapp']!;
  const el = svg('0 0 160 96', 'scenario-art', draw(hue));
  // Centred in its band at any card width; the band's tint fills the rest.
  el.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  return el;
}

/** The phone of the menu: a lock screen with a message that asks for a choice. */
export function menuPhone(): SVGSVGElement {
  return svg('0 0 180 340', 'menu-phone', [
    ['rect', { x: 4, y: 4, width: 172, height: 332, rx: 28, fill: '#111827', stroke: '#334155', 'stroke-width': 3 }],
    ['rect', { x: 14, y: 16, width: 152, height: 308, rx: 20, fill: 'url(#menu-phone-bg)' }],
    ['defs', {}],
    ['rect', { x: 66, y: 22, width: 48, height: 8, rx: 4, fill: '#0b1220' }],
    ['text', { x: 90, y: 84, 'text-anchor': 'middle', fill: '#ffffff', 'font-size': 40, 'font-weight': 300, 'font-family': 'system-ui, sans-serif' }],
    ['rect', { x: 24, y: 128, width: 132, height: 58, rx: 12, fill: '#ffffff', opacity: 0.95 }],
    ['circle', { cx: 42, cy: 146, r: 9, fill: '#0f766e' }],
    ['rect', { x: 58, y: 140, width: 60, height: 6, rx: 3, fill: '#0b1220', opacity: 0.75 }],
    ['rect', { x: 34, y: 158, width: 110, height: 5, rx: 2.5, fill: '#0b1220', opacity: 0.35 }],
    ['rect', { x: 34, y: 170, width: 84, height: 5, rx: 2.5, fill: '#0b1220', opacity: 0.35 }],
    ['rect', { x: 24, y: 196, width: 132, height: 42, rx: 12, fill: '#ffffff', opacity: 0.8 }],
    ['circle', { cx: 42, cy: 217, r: 9, fill: '#2563eb' }],
    ['rect', { x: 58, y: 211, width: 76, height: 5, rx: 2.5, fill: '#0b1220', opacity: 0.5 }],
    ['rect', { x: 58, y: 222, width: 50, height: 5, rx: 2.5, fill: '#0b1220', opacity: 0.3 }],
    ['rect', { x: 30, y: 262, width: 120, height: 30, rx: 15, fill: '#0f766e' }],
    ['rect', { x: 30, y: 262, width: 120, height: 30, rx: 15, fill: 'none', stroke: '#f59e0b', 'stroke-width': 2 }],
    ['rect', { x: 62, y: 314, width: 56, height: 4, rx: 2, fill: '#ffffff', opacity: 0.6 }],
  ]);
}

/** The gradient of the phone's screen and its clock, which plain shapes above cannot hold. */
export function finishMenuPhone(el: SVGSVGElement): SVGSVGElement {
  const defs = el.querySelector('defs')!;
  const grad = document.createElementNS(NS, 'linearGradient');
  grad.setAttribute('id', 'menu-phone-bg');
  grad.setAttribute('x1', '0');
  grad.setAttribute('y1', '0');
  grad.setAttribute('x2', '0.4');
  grad.setAttribute('y2', '1');
  for (const [offset, color] of [['0', '#134e4a'], ['0.55', '#1e3a5f'], ['1', '#0b1220']]) {
    const stop = document.createElementNS(NS, 'stop');
    stop.setAttribute('offset', offset!);
    stop.setAttribute('stop-color', color!);
    grad.append(stop);
  }
  defs.append(grad);
  el.querySelector('text')!.textContent = '21:47';
  return el;
}

/** The game's mark: a phone with a care cross, in the top bar beside (or instead of) the name. */
export function brandMark(): SVGSVGElement {
  return svg('0 0 32 32', 'brand-mark', [
    ['rect', { x: 8, y: 2, width: 16, height: 28, rx: 4, fill: '#0f766e' }],
    ['rect', { x: 10, y: 5, width: 12, height: 20, rx: 2, fill: '#e6fffa' }],
    ['path', { d: 'M16 10v10M11 15h10', stroke: '#0f766e', 'stroke-width': 3.2, 'stroke-linecap': 'round' }],
  ]);
}
