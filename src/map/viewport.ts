// Pan and zoom of the branch map's drawing: one transform on the viewport group, kept inside the
// frame, with the views the map opens on (the player's path, the whole graph).
import type { MapLayout } from './layout';

const MIN_SCALE = 0.2;
const MAX_SCALE = 2.5;

export class Viewport {
  private scale = 1;
  private tx = 0;
  private ty = 0;

  constructor(private readonly frame: HTMLElement, private readonly group: SVGGElement, private readonly layout: MapLayout, private readonly root: string) {}

  get zoom(): number {
    return this.scale;
  }

  get offset(): { x: number; y: number } {
    return { x: this.tx, y: this.ty };
  }

  private apply(): void {
    this.group.setAttribute('transform', `translate(${this.tx.toFixed(1)} ${this.ty.toFixed(1)}) scale(${this.scale.toFixed(4)})`);
    this.frame.dataset.scale = this.scale.toFixed(3);
  }

  private size(): { w: number; h: number } {
    return { w: this.frame.clientWidth || 800, h: this.frame.clientHeight || 500 };
  }

  /** Zooms by `factor`, keeping the point under the cursor (or fingers) still. */
  zoomAt(factor: number, cx: number, cy: number): void {
    const next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, this.scale * factor));
    this.tx = cx - ((cx - this.tx) * next) / this.scale;
    this.ty = cy - ((cy - this.ty) * next) / this.scale;
    this.scale = next;
    this.apply();
  }

  zoomBy(factor: number): void {
    const { w, h } = this.size();
    this.zoomAt(factor, w / 2, h / 2);
  }

  /** Moves the drawing to `x`, `y` (a drag) or by `dx`, `dy` (arrow keys). */
  panTo(x: number, y: number): void {
    this.tx = x;
    this.ty = y;
    this.apply();
  }

  panBy(dx: number, dy: number): void {
    this.panTo(this.tx + dx, this.ty + dy);
  }

  /** Keeps the drawing in the frame: no empty band beside a graph larger than the frame. */
  private clamp(): void {
    const { w, h } = this.size();
    const W = this.layout.width * this.scale;
    const H = this.layout.height * this.scale;
    this.tx = W <= w ? (w - W) / 2 : Math.min(0, Math.max(w - W, this.tx));
    this.ty = H <= h ? (h - H) / 2 : Math.min(0, Math.max(h - H, this.ty));
  }

  /** The whole graph in the frame, whatever the text size: the overview (« Tout voir »). */
  fitAll(): void {
    const { w, h } = this.size();
    this.scale = Math.max(MIN_SCALE, Math.min(1.4, w / this.layout.width, h / this.layout.height));
    this.clamp();
    this.apply();
  }

  /**
   * The opening view: text at 12 px or more (scale ≥ 1), as large as the frame allows up to the
   * whole graph, centred on the player's path (the ending just reached, else the start), and
   * filling the frame.
   */
  fit(): void {
    const { w, h } = this.size();
    const nodes = this.layout.nodes;
    this.scale = Math.max(1, Math.min(1.4, w / this.layout.width, h / this.layout.height));
    const focus = nodes.find((n) => n.node.kind === 'ending' && n.node.current)
      ?? nodes.find((n) => n.node.kind === 'decision' && n.node.current)
      ?? nodes.find((n) => n.id === this.root);
    if (focus) {
      this.tx = w / 2 - (focus.x + focus.w / 2) * this.scale;
      this.ty = h / 2 - (focus.y + focus.h / 2) * this.scale;
    }
    this.clamp();
    this.apply();
  }

  /** Brings node `id` into the frame when it is not wholly in it (keyboard focus on its card). */
  reveal(id: string): void {
    const n = this.layout.nodes.find((x) => x.id === id);
    if (!n) return;
    const { w, h } = this.size();
    const left = n.x * this.scale + this.tx;
    const top = n.y * this.scale + this.ty;
    const right = left + n.w * this.scale;
    const bottom = top + n.h * this.scale;
    if (left < 0 || top < 0 || right > w || bottom > h) this.panBy(w / 2 - (left + right) / 2, h / 2 - (top + bottom) / 2);
  }
}
