// How the map's frame answers the hand and the keyboard: one pointer pans (after a few pixels, so a
// tap still clicks), two pointers pinch, the wheel zooms, arrows pan, + − 0 zoom, and Enter/Space
// or a click on a card acts on it.
import type { Viewport } from './viewport';

/** Adds a listener and remembers how to remove it (the map's unmount removes them all). */
export type On = (target: EventTarget, type: string, fn: (e: never) => void, opts?: AddEventListenerOptions) => void;

const PAN_STEP = 60;
const DRAG_THRESHOLD = 5;

type Point = { x: number; y: number };

/** Pointer panning and pinching; returns whether the click that follows a drag must be ignored. */
function bindPointer(frame: HTMLElement, vp: Viewport, on: On): () => boolean {
  const pointers = new Map<number, Point>();
  let pan: { x: number; y: number; tx: number; ty: number; moved: boolean } | null = null;
  let pinch: { dist: number; scale: number } | null = null;
  let swallowClick = false;
  const local = (e: PointerEvent | WheelEvent): Point => {
    const r = frame.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const spread = () => {
    const [a, b] = [...pointers.values()] as [Point, Point];
    return { dist: Math.hypot(a.x - b.x, a.y - b.y), mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
  };
  const startDrag = (pointerId: number) => {
    // Capture only once it is a drag: capturing on pointerdown would steal the click from the card.
    try {
      frame.setPointerCapture(pointerId);
    } catch {
      /* pointer already gone */
    }
    frame.classList.add('dragging');
  };
  on(frame, 'pointerdown', (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    pointers.set(e.pointerId, local(e));
    if (pointers.size === 1) pan = { ...local(e), tx: vp.offset.x, ty: vp.offset.y, moved: false };
    else if (pointers.size === 2) {
      pinch = { dist: spread().dist, scale: vp.zoom };
      pan = null;
    }
  });
  on(frame, 'pointermove', (e: PointerEvent) => {
    if (!pointers.has(e.pointerId)) return;
    pointers.set(e.pointerId, local(e));
    if (pinch && pointers.size === 2) {
      const s = spread();
      if (pinch.dist > 0) vp.zoomAt((pinch.scale * (s.dist / pinch.dist)) / vp.zoom, s.mid.x, s.mid.y);
      swallowClick = true;
      return;
    }
    if (!pan) return;
    const p = local(e);
    const dx = p.x - pan.x;
    const dy = p.y - pan.y;
    if (!pan.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!pan.moved) {
      pan.moved = true;
      startDrag(e.pointerId);
    }
    vp.panTo(pan.tx + dx, pan.ty + dy);
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
    vp.zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)), p.x, p.y);
  }, { passive: false });
  return () => {
    const was = swallowClick;
    swallowClick = false;
    return was;
  };
}

const MOVES: Record<string, [number, number]> = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] };
const ZOOM_KEYS: Record<string, (vp: Viewport) => void> = {
  '+': (vp) => vp.zoomBy(1.25), '=': (vp) => vp.zoomBy(1.25),
  '-': (vp) => vp.zoomBy(0.8), _: (vp) => vp.zoomBy(0.8),
  '0': (vp) => vp.fit(),
};

function bindKeys(frame: HTMLElement, vp: Viewport, on: On, activate: (card: Element) => void): void {
  on(frame, 'keydown', (e: KeyboardEvent) => {
    const g = (e.target as Element).closest?.('[data-node]');
    if (g && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      activate(g);
      return;
    }
    const m = MOVES[e.key];
    const zoom = ZOOM_KEYS[e.key];
    if (!m && !zoom) return;
    e.preventDefault();
    if (m) vp.panBy(m[0], m[1]);
    else zoom!(vp);
  });
  on(frame, 'focusin', (e: FocusEvent) => {
    const g = (e.target as Element).closest?.('[data-node]');
    if (g) vp.reveal(g.getAttribute('data-node')!);
  });
}

export function bindGestures(frame: HTMLElement, vp: Viewport, on: On, activate: (card: Element) => void): void {
  const afterDrag = bindPointer(frame, vp, on);
  on(frame, 'click', (e: MouseEvent) => {
    if (afterDrag()) return;
    const g = (e.target as Element).closest?.('[data-node]');
    if (g) activate(g);
  });
  bindKeys(frame, vp, on, activate);
}
