// The phone screen, drawn in Phaser from the phone model. It never sees ink: the view hands it
// a PhoneFrame and listens to taps. Everything is laid out in phone units (360 wide) and the
// camera zoom maps units to device pixels.
import Phaser from '../phaser';
import type { AppId } from '../../narrative/types';
import type { ChoiceRect, PhoneDisplay, PhoneFrame, PhoneNav, TapZone } from '../display';
import { APP_NAMES } from '../model/labels';
import { nameOf } from '../model/reducer';
import { describeScreen } from '../model/view';
import { drawAppIcon } from '../draw/icons';
import { KEEP_WHOLE, Kit, RetainedLists, TextCache, W, frameOf, textHome, type Hit } from '../draw/kit';
import { framePhotos, photoMark, photosMissed, providePhotoPainter } from '../draw/photos';
import { IconText } from '../draw/iconText';
import { HOME_BAR_H, STATUS_H, type AppResult, type OptionRect, type Scroll, type UnitRect } from '../apps/layout';
import { drawLock } from '../apps/LockScreen';
import { drawSocial } from '../apps/SocialApp';
import { ofName } from '../../narrative/typography';
import { Listeners } from '../../events/listeners';
import { lazyChunk } from '../../app/lazy';
import { softwareGL } from '../webgl';

/** The apps fetched after the phone (../apps/later.ts): one loader for every scene of the page. */
const laterApps = lazyChunk(() => import('../apps/later'), 'phoneApps');
let later: typeof import('../apps/later') | null = null;

/**
 * Whether drawing `f` needs the code fetched later: every screen but the lock screen and Cercle's
 * feed or profiles (a conversation, Bulle's or Cercle's, the home screen, the mails, a call, the
 * camera), and any photo.
 */
function needsLaterApps(f: PhoneFrame): boolean {
  const s = f.state;
  return !(s.screen === 'lock' || (s.screen === 'social' && !s.thread && !s.messages)) || framePhotos(f);
}

/** Device pixels of canvas above which a software renderer draws no slide-ins (1280×720's phone is 217 000). */
const HEAVY_SOFTWARE_PX = 400_000;

/** How long the phone waits before downloading the apps' code again after a failure. */
const APPS_RETRY_MS = 4000;

/** Fetches the later apps; never fails (a failed download is tried again by the next frame that needs them). */
function loadLaterApps(): Promise<boolean> {
  return laterApps().then(
    (m) => {
      later = m;
      providePhotoPainter(m.drawPhoto);
      return true;
    },
    (e: unknown) => {
      console.warn('phone apps unavailable', e);
      return false;
    },
  );
}

/** Where something was drawn and the box it was laid out in, in CSS pixels (the layout's debug hooks). */
interface LaidOutBox {
  x: number;
  y: number;
  w: number;
  h: number;
  frame: { x: number; y: number; w: number; h: number };
  /** Whether `frame` is a box the layout declared (else the whole screen). */
  framed: boolean;
  /** The visible band of the scrolled list it is in, or null when it does not scroll. */
  clip: { y0: number; y1: number } | null;
}

/** A drawn text and the box it was laid out in. */
export interface TextBox extends LaidOutBox {
  text: string;
  layer: string;
}

/** A drawn photo and the box it was laid out in (a bubble, a card, a button). */
export interface ImageBox extends LaidOutBox {
  photo: string;
  /** The phone's screen. */
  screen: { w: number; h: number };
}

type RectsCb = Parameters<PhoneDisplay['onChoiceRects']>[0];
type TypingDots = { x: number; y: number; w: number; h: number; unit: number } | null;

export class PhoneScene extends Phaser.Scene implements PhoneDisplay {
  private root: Phaser.GameObjects.Container | null = null;
  /** The frame drawn now. */
  private frame: PhoneFrame | null = null;
  /** The frame asked for while the code of its app was still downloading: drawn when it lands, the last picture kept meanwhile. */
  private pending: PhoneFrame | null = null;
  private kit: Kit | null = null;
  private result: AppResult | null = null;
  private scroll: Scroll | null = null;
  private scrollY = 0;
  private scrollKey = '';
  private cssW = 360;
  private cssH = 740;
  private dpr = 1;
  private textScale = 1;
  private animations = true;
  private readonly rectsOut = new Listeners<Parameters<RectsCb>>();
  private readonly typingOut = new Listeners<[dots: TypingDots]>();
  /** The apps' code could not be downloaded (true), or came after all (false). */
  private readonly appsOut = new Listeners<[missing: boolean]>();
  private appsMissing = false;
  private readonly navOut = new Listeners<[nav: PhoneNav]>();
  private overlay: Phaser.GameObjects.Container | null = null;
  /** Ends the time skip on screen now (its promise resolves). */
  private finishSkip: (() => void) | null = null;
  /** Texts reused from one drawing to the next. */
  private readonly textCache = new TextCache();
  /** Lists kept from one drawing to the next (the open conversation's messages). */
  private readonly lists = new RetainedLists();
  private down: { x: number; y: number; scroll: number } | null = null;
  private dragged = false;
  /** Wakes the game's sleeping loop: something on screen changed (render on demand). */
  private readonly invalidated = new Listeners<[]>();
  /** Objects on screen after the last drawing, to tell the new ones of the next (renderStats, when tracked). */
  private seen: WeakSet<object> | null = null;
  private stats = { fresh: 0, total: 0, ms: 0 };
  /** Resolved by the game once create() ran. */
  ready: Promise<void>;
  private markReady!: () => void;

  constructor() {
    super('PhoneScene');
    this.ready = new Promise((r) => (this.markReady = r));
  }

  /** `cb` is called whenever what the phone shows changes and a frame must be drawn. */
  onInvalidate(cb: () => void): () => void {
    return this.invalidated.add(cb);
  }

  private invalidate(): void {
    this.invalidated.emit();
  }

  /** Whether something moves by itself (a tween: typing dots, a banner sliding in, a time skip). */
  animating(): boolean {
    return this.tweens.getTweens().length > 0;
  }

  /**
   * Whether screens and messages slide in: the player's setting, except where the canvas is large
   * and WebGL runs on the CPU (a PC without a usable GPU): there the renderer and the page's
   * compositor share one thread, and a message sliding in at 1920×1080 made the page miss every
   * other frame (bench burst p95 2.00× the empty page; 1.00× drawn at once).
   */
  get moving(): boolean {
    return this.animations && !(softwareGL() && this.cssW * this.dpr * this.cssH * this.dpr > HEAVY_SOFTWARE_PX);
  }

  get unitsHigh(): number {
    return (this.cssH / this.cssW) * W;
  }

  create(): void {
    // The canvas' own pointer events, not Phaser's input system (issue 17: its plugin, manager,
    // pointers and mouse and touch managers were 6 KiB gzip of the 105 the phone waits for): the
    // phone has no interactive game object, only a press, a drag that scrolls, a tap it hit-tests
    // itself and the wheel. The camera shows units 0…W across the canvas' CSS width, from its top; its
    // place is read at each event, so a canvas moved at the same size (the game screen shown) needs nothing.
    const canvas = this.game.canvas;
    const at = (e: PointerEvent | WheelEvent) => {
      const r = canvas.getBoundingClientRect();
      const k = W / Math.max(1, r.width);
      return { x: (e.clientX - r.left) * k, y: (e.clientY - r.top) * k };
    };
    let pointer: number | null = null;
    const down = (e: PointerEvent) => {
      if (e.button !== 0 && e.pointerType === 'mouse') return;
      pointer = e.pointerId;
      // Moves and the release reach the phone even off the canvas, as Phaser's window listeners did.
      canvas.setPointerCapture?.(e.pointerId);
      const p = at(e);
      this.down = { x: p.x, y: p.y, scroll: this.scrollY };
      this.dragged = false;
    };
    const move = (e: PointerEvent) => {
      if (!this.down || e.pointerId !== pointer) return;
      const dy = at(e).y - this.down.y;
      if (Math.abs(dy) > 6) this.dragged = true;
      if (this.dragged && this.scroll) this.setScroll(this.down.scroll - dy);
    };
    const up = (e: PointerEvent) => {
      if (e.pointerId !== pointer) return;
      pointer = null;
      // A press that began elsewhere (on a choice's button over the canvas, then dragged here) is no tap.
      const wasTap = this.down !== null && !this.dragged && e.type === 'pointerup';
      this.down = null;
      if (wasTap) {
        const p = at(e);
        this.tap(p.x, p.y);
      }
    };
    const wheel = (e: WheelEvent) => {
      const dy = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaMode === 2 ? e.deltaY * canvas.clientHeight : e.deltaY;
      this.scrollBy(dy * 0.6);
      // The page behind the phone does not scroll with it (Phaser prevented the wheel too).
      e.preventDefault();
    };
    // A press on the drawing leaves the keyboard focus where it was (Phaser prevented the mouse's
    // press, which would have moved it to the page's body).
    const mousedown = (e: MouseEvent) => e.preventDefault();
    canvas.addEventListener('pointerdown', down);
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerup', up);
    canvas.addEventListener('pointercancel', up);
    canvas.addEventListener('wheel', wheel, { passive: false });
    canvas.addEventListener('mousedown', mousedown);
    // A stopped scene lets go of everything it drew and of its listeners (a restart adds them again).
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.clear();
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerup', up);
      canvas.removeEventListener('pointercancel', up);
      canvas.removeEventListener('wheel', wheel);
      canvas.removeEventListener('mousedown', mousedown);
    });
    this.markReady();
  }

  /**
   * Forgets the game that was shown (back to the menu): destroys every drawn object, stops the
   * tweens, ends a time skip in progress and drops the frame, so nothing of the last game stays
   * alive between games. The next render draws from scratch.
   */
  clear(): void {
    this.kit?.stopTweens();
    this.finishSkip?.();
    this.textCache.clear();
    this.lists.clear();
    this.root?.destroy();
    this.root = null;
    this.frame = null;
    this.pending = null;
    this.kit = null;
    this.result = null;
    this.scroll = null;
    this.scrollKey = '';
    this.scrollY = 0;
    this.down = null;
    this.typingOut.emit(null);
    this.invalidate();
  }

  /** The phone's CSS size changed (window resize, text size): re-lay everything out. */
  configure(cssW: number, cssH: number, dpr: number): void {
    this.cssW = Math.max(1, cssW);
    this.cssH = Math.max(1, cssH);
    this.dpr = dpr;
    const cam = this.cameras.main;
    cam.setSize(this.cssW * dpr, this.cssH * dpr);
    cam.setZoom((this.cssW * dpr) / W);
    cam.centerOn(W / 2, this.unitsHigh / 2);
    // A resized canvas is blank until drawn again.
    const f = this.pending ?? this.frame;
    if (f) this.render(f);
    else this.invalidate();
  }

  setOptions(o: { textScale: number; animations: boolean }): void {
    this.textScale = o.textScale;
    this.animations = o.animations;
    const f = this.pending ?? this.frame;
    if (f) this.render(f);
  }

  /**
   * Resolves once the phone can draw `f` at once (the code of its app is there): the story waits
   * for it before showing a step, as it waits for a message being typed, rather than leave the last
   * picture on screen. Resolves also when the download failed (the text view tells the story).
   */
  prepare(f: PhoneFrame): Promise<void> {
    if (later || !needsLaterApps(f)) return Promise.resolve();
    return this.fetchApps().then(() => undefined);
  }

  /** Told when the apps' code cannot be downloaded (the page says so beside the phone), then when it came. */
  onAppsMissing(cb: (missing: boolean) => void): () => void {
    return this.appsOut.add(cb);
  }

  private fetchApps(): Promise<boolean> {
    return loadLaterApps().then((ok) => {
      if (ok === this.appsMissing) {
        this.appsMissing = !ok;
        this.appsOut.emit(!ok);
      }
      return ok;
    });
  }

  /** Fetches the apps not needed yet, so that opening one later never waits (called once the first choice takes input). */
  prefetchApps(): void {
    if (!later) void loadLaterApps();
  }

  onChoiceRects(cb: RectsCb): () => void {
    return this.rectsOut.add(cb);
  }

  /** Where the typing dots are on screen now, in CSS pixels from the canvas' top-left (null: none shown). */
  onTypingDots(cb: (r: TypingDots) => void): () => void {
    return this.typingOut.add(cb);
  }

  private emitTyping(): void {
    if (this.typingOut.size === 0) return;
    const d = this.result?.typingDots;
    const s = this.scroll;
    if (!d || !s) {
      this.typingOut.emit(null);
      return;
    }
    const k = this.cssW / W;
    const y = d.y + s.top - this.scrollY;
    // Shown only where the list shows it: not over the top bar, a pinned title or the replies.
    if (y < this.listTop() || y + d.h > s.bottom) this.typingOut.emit(null);
    else this.typingOut.emit({ x: d.x * k, y: y * k, w: d.w * k, h: d.h * k, unit: k });
  }

  onNav(cb: (n: PhoneNav) => void): () => void {
    return this.navOut.add(cb);
  }

  private nav(n: PhoneNav): void {
    this.navOut.emit(n);
  }

  private readonly go = (n: PhoneNav): void => this.nav(n);

  /** The tap zones on screen now, in CSS pixels from the canvas' top-left (tests tap them by label). */
  tapZones(): TapZone[] {
    const k = this.cssW / W;
    const out: TapZone[] = [];
    for (const h of this.kit?.hits ?? []) {
      const r = this.hitRect(h);
      if (!r) continue;
      out.push({ label: h.label, x: r.x * k, y: r.y * k, w: r.w * k, h: r.h * k });
    }
    return out;
  }

  describeView(): Record<string, unknown> {
    const s = this.frame?.state;
    if (!s) return {};
    // overlay: the opacity of an ellipse's card over the phone (it fades in and out), null without one.
    return { ...describeScreen(s), decision: !!this.frame?.decision, waiting: this.frame?.waiting ?? null, scrollY: this.scrollY, overlay: this.overlay ? this.overlay.alpha : null };
  }

  /**
   * Every text on screen now (in shown containers), with its box in CSS pixels from the canvas'
   * top-left, and for the layout tests: `frame`, the box it was laid out in (a card, a bubble, a
   * button, else the screen); `layer`, what it is drawn over (texts of one layer must not
   * overlap); `clip`, for a text in a scrolled list, the list's visible band (it may pass under the
   * top bar while scrolling).
   */
  textBoxes(): TextBox[] {
    const k = this.cssW / W;
    const out: TextBox[] = [];
    const screen = { x: 0, y: 0, w: this.cssW, h: this.cssH };
    const css = (r: { x: number; y: number; w: number; h: number }) => ({ x: r.x * k, y: r.y * k, w: r.w * k, h: r.h * k });
    const content = this.scroll?.content ?? null;
    const clip = this.scroll ? { y0: this.listTop() * k, y1: this.scroll.bottom * k } : null;
    const boxOf = (t: Phaser.GameObjects.Text): { frame: TextBox['frame']; framed: boolean; layer: string } => {
      let layer: string | undefined;
      let frame: TextBox['frame'] | undefined;
      for (let c: Phaser.GameObjects.Container | null | undefined = textHome(t); c; c = c.parentContainer) {
        const f = frameOf(c);
        if (!f) continue;
        if (!frame) {
          const m = c.getWorldTransformMatrix();
          const a = m.transformPoint(f.x, f.y);
          const b = m.transformPoint(f.x + f.w, f.y + f.h);
          frame = css({ x: a.x, y: a.y, w: b.x - a.x, h: b.y - a.y });
        }
        layer ??= f.layer;
        if (frame && layer) break;
      }
      return { frame: frame ?? screen, framed: !!frame, layer: layer ?? 'app' };
    };
    const walk = (o: Phaser.GameObjects.GameObject, shown: boolean, scrolled: boolean) => {
      if (o instanceof Phaser.GameObjects.Text) {
        if (!shown || !o.visible || o.alpha === 0 || !o.text) return;
        // World bounds: the parent containers' offsets (the scroll) included.
        const b = o.getBounds();
        out.push({ text: o.text, ...css({ x: b.x, y: b.y, w: b.width, h: b.height }), ...boxOf(o), clip: scrolled ? clip : null });
      } else if (o instanceof Phaser.GameObjects.Container) {
        o.list.forEach((c) => walk(c, shown && o.visible && o.alpha > 0, scrolled || o === content));
      }
    };
    if (this.root) walk(this.root, true, false);
    return out;
  }

  /**
   * Every photo in view now (in shown containers), with its box in CSS pixels from the canvas'
   * top-left, the box it was laid out in (`frame`: a bubble, a card, a button; else the screen)
   * and, in a scrolled list, the list's visible band (tests only).
   */
  imageBoxes(): ImageBox[] {
    const k = this.cssW / W;
    const out: ImageBox[] = [];
    const screen = { w: this.cssW, h: this.cssH };
    const content = this.scroll?.content ?? null;
    const clip = this.scroll ? { y0: this.listTop() * k, y1: this.scroll.bottom * k } : null;
    const world = (c: Phaser.GameObjects.Container, x: number, y: number, w: number, h: number) => {
      const m = c.getWorldTransformMatrix();
      const a = m.transformPoint(x, y);
      const b = m.transformPoint(x + w, y + h);
      return { x: a.x * k, y: a.y * k, w: (b.x - a.x) * k, h: (b.y - a.y) * k };
    };
    const frameFrom = (home: Phaser.GameObjects.Container) => {
      for (let c: Phaser.GameObjects.Container | null = home; c; c = c.parentContainer) {
        const f = frameOf(c);
        if (f) return world(c, f.x, f.y, f.w, f.h);
      }
      return null;
    };
    const walk = (o: Phaser.GameObjects.GameObject, shown: boolean, scrolled: boolean) => {
      if (!(o instanceof Phaser.GameObjects.Container)) return;
      const on = shown && o.visible && o.alpha > 0;
      const mark = photoMark(o);
      if (mark && on) {
        const frame = frameFrom(mark.home);
        out.push({ photo: mark.id, ...world(o, 0, 0, mark.w, mark.h), frame: frame ?? { x: 0, y: 0, ...screen }, framed: !!frame, clip: scrolled ? clip : null, screen });
      }
      o.list.forEach((c) => walk(c, on, scrolled || o === content));
    };
    if (this.root) walk(this.root, true, false);
    return out;
  }

  texts(): string[] {
    const out: string[] = [];
    const walk = (o: Phaser.GameObjects.GameObject) => {
      if (o instanceof Phaser.GameObjects.Text) out.push(o.text);
      else if (o instanceof Phaser.GameObjects.Container) o.list.forEach(walk);
    };
    if (this.root) walk(this.root);
    return out;
  }

  /** The project's emoji icons painted in the texts on the phone now (their names). */
  icons(): string[] {
    const out: string[] = [];
    const walk = (o: Phaser.GameObjects.GameObject) => {
      if (o instanceof IconText) out.push(...o.shownIcons().map((i) => i.icon));
      else if (o instanceof Phaser.GameObjects.Container) o.list.forEach(walk);
    };
    if (this.root) walk(this.root);
    return out;
  }

  /** A hit in screen units; scrolled hits follow the list and are clipped to it (null when out of view). */
  private hitRect(h: Hit): { x: number; y: number; w: number; h: number } | null {
    if (!h.scrolled) return h;
    const sc = this.scroll;
    if (!sc) return null;
    const y0 = Math.max(this.listTop(), h.y + sc.top - this.scrollY);
    const y1 = Math.min(sc.bottom, h.y + h.h + sc.top - this.scrollY);
    return y1 - y0 > 4 ? { x: h.x, y: y0, w: h.w, h: y1 - y0 } : null;
  }

  /** Where a section title of the list is drawn now (screen units), and whether it is pinned. */
  private pinnedAt(p: NonNullable<Scroll['pinned']>[number]): { y: number; pinned: boolean } {
    const sc = this.scroll!;
    // In list coordinates: its own place, or the top of the view, but never below its section's end.
    // A title taller than half the view (large text on a small phone) is not pinned: it would
    // hide the section it titles.
    if (p.h > (sc.bottom - sc.top) / 2) return { y: sc.top + p.y - this.scrollY, pinned: false };
    const at = Math.max(p.y, Math.min(this.scrollY, p.end - p.h));
    return { y: sc.top + at - this.scrollY, pinned: at > p.y };
  }

  /** Top of the list's visible part: under the top bar, and under a section title pinned there. */
  private listTop(): number {
    const sc = this.scroll;
    if (!sc) return 0;
    let top = sc.top;
    for (const p of sc.pinned ?? []) {
      const at = this.pinnedAt(p);
      if (at.pinned) top = Math.max(top, at.y + p.h);
    }
    return top;
  }

  /**
   * What the last drawing cost: objects made for it (`fresh`) among those on screen (`total`), and
   * its time. A message added to a long thread makes that message's objects, not the thread's.
   */
  renderStats(): { fresh: number; total: number; ms: number } {
    return { ...this.stats };
  }

  /** Counts the objects of each drawing from now on (tests and bench only: it walks the whole tree). */
  trackRenders(): void {
    this.seen ??= new WeakSet();
  }

  private count(ms: number): void {
    if (!this.seen) {
      this.stats = { fresh: 0, total: 0, ms };
      return;
    }
    const seen = new WeakSet<object>();
    let fresh = 0;
    let total = 0;
    const walk = (o: Phaser.GameObjects.GameObject) => {
      total += 1;
      if (!this.seen!.has(o)) fresh += 1;
      seen.add(o);
      if (o instanceof Phaser.GameObjects.Container) o.list.forEach(walk);
    };
    if (this.root) walk(this.root);
    this.seen = seen;
    this.stats = { fresh, total, ms };
  }

  render(frame: PhoneFrame): void {
    if (!later && needsLaterApps(frame)) {
      // Its app's code is not there yet (a tap opened the mails before the prefetch ended): the last
      // picture stays until it lands, then the latest frame asked for is drawn.
      this.pending = frame;
      void this.fetchApps().then((ok) => {
        if (this.pending !== frame) return;
        // Offline (a classroom's Wi-Fi dropping): tried again until it comes, or another frame is asked for.
        if (ok) this.render(frame);
        else setTimeout(() => this.pending === frame && this.render(frame), APPS_RETRY_MS);
      });
      return;
    }
    this.pending = null;
    photosMissed();
    const t0 = performance.now();
    this.frame = frame;
    this.kit?.stopTweens();
    this.textCache.release();
    this.lists.release();
    this.root?.destroy();
    const H = this.unitsHigh;
    // Text is rasterised at device pixels per unit, so glyphs are never scaled up.
    const res = Math.min(8, Math.ceil(((this.cssW * this.dpr) / W) * 4) / 4);
    const kit = new Kit(this, H, res, this.textScale, this.moving, this.textCache, this.lists);
    this.kit = kit;
    const root = kit.container(null);
    this.root = root;
    const s = frame.state;
    const open = (app: AppId | null) => this.nav({ kind: 'screen', screen: app ?? 'home' });
    let r: AppResult;
    switch (s.screen) {
      case 'lock': r = drawLock(kit, root, frame, open); break;
      case 'home': r = later!.drawHome(kit, root, frame, (app) => open(app)); break;
      // The other apps are there (needsLaterApps, checked above).
      case 'chat': r = later!.drawChat(kit, root, frame, this.chatNav()); break;
      // Cercle's direct messages (the « Messages » list, a conversation) are threads like Bulle's.
      case 'social': r = s.thread || s.messages ? later!.drawChat(kit, root, frame, this.chatNav()) : drawSocial(kit, root, frame, this.go); break;
      case 'mail': r = later!.drawMail(kit, root, frame, this.go); break;
      case 'phone': r = later!.drawCall(kit, root, frame, this.go); break;
      case 'camera': r = later!.drawCamera(kit, root, frame); break;
      case 'gallery': r = later!.drawGallery(kit, root, frame, this.go); break;
    }
    this.result = r;
    this.installScroll(r.scroll, r.scrolledChoices);
    this.drawChrome(kit, root, frame, r.dark);
    this.textCache.sweep();
    this.lists.sweep();
    this.emitRects();
    this.emitTyping();
    this.count(performance.now() - t0);
    this.invalidate();
    // A photo framePhotos did not foresee was left empty: drawn again once the painter is there.
    if (photosMissed()) void loadLaterApps().then((ok) => ok && this.frame === frame && !this.pending && this.render(frame));
  }

  private chatNav() {
    return {
      openThread: (id: string) => this.nav({ kind: 'thread', id }),
      back: () => this.nav({ kind: 'back' }),
      members: (open: boolean) => this.nav({ kind: 'members', open }),
    };
  }

  /**
   * Regroups the scrolled content by kind of draw: every shape (bubble, avatar disc) first, then
   * every text and image. Interleaved, each bubble switches the WebGL batch three or four times;
   * regrouped, a screenful of bubbles is a couple of draw calls. Items are laid out side by side and
   * never overlap, and order inside each layer follows the original order, so nothing changes on
   * screen. Animated items (the typing dots) and units that must stay whole (a blurred photo) are
   * moved as they are.
   */
  private layerize(scroll: Scroll): void {
    const under = this.add.container(0, 0);
    const over = this.add.container(0, 0);
    const scene = this;
    const plain = (c: Phaser.GameObjects.Container) =>
      c.scaleX === 1 && c.scaleY === 1 && c.rotation === 0 && c.alpha === 1 && c.visible && !c.filters && c.name !== KEEP_WHOLE;
    // An item kept from the previous drawing (a retained message) was regrouped then, into its
    // list's own layers: only new items are regrouped.
    for (const it of scroll.items) if (it.layers === undefined) it.layers = regroup(it, it.layerInto ?? { under, over });
    scroll.content.add([under, over]);

    function regroup(it: Scroll['items'][number], into: { under: Phaser.GameObjects.Container; over: Phaser.GameObjects.Container }): Phaser.GameObjects.Container[] | null {
      const leaves: { o: Phaser.GameObjects.GameObject; x: number; y: number; shape: boolean }[] = [];
      let animated = false;
      const walk = (c: Phaser.GameObjects.Container, ox: number, oy: number) => {
        for (const o of c.list) {
          if (scene.tweens.isTweening(o)) animated = true;
          if (o instanceof Phaser.GameObjects.Container && plain(o)) walk(o, ox + o.x, oy + o.y);
          else leaves.push({ o, x: ox, y: oy, shape: o instanceof Phaser.GameObjects.Graphics || o instanceof Phaser.GameObjects.Shape });
        }
      };
      if (!plain(it.obj)) return null;
      walk(it.obj, 0, 0);
      if (animated || leaves.length === 0) return null;
      const a = scene.add.container(it.obj.x, it.obj.y);
      const b = scene.add.container(it.obj.x, it.obj.y);
      for (const l of leaves) {
        const t = l.o as Phaser.GameObjects.GameObject & { x: number; y: number };
        t.x += l.x;
        t.y += l.y;
        (l.shape ? a : b).add(t);
      }
      into.under.add(a);
      into.over.add(b);
      return [a, b];
    }
  }

  private installScroll(scroll: Scroll | null, scrolled: OptionRect[]): void {
    this.scroll = scroll;
    if (scroll) this.layerize(scroll);
    if (!scroll) {
      this.scrollY = 0;
      return;
    }
    const max = Math.max(0, scroll.height - (scroll.bottom - scroll.top));
    if (scroll.key !== this.scrollKey) {
      this.scrollKey = scroll.key;
      this.scrollY = scroll.stick === 'end' ? max : 0;
    } else if (scroll.stick === 'end') {
      this.scrollY = max;
    }
    // Bring the choices of a card (a friend request, the composer) into view, the first one first,
    // clear of a section title that will be pinned over them.
    const first = scrolled[0];
    if (first) {
      const last = scrolled[scrolled.length - 1]!;
      const viewH = scroll.bottom - scroll.top;
      const over = (y: number) => Math.max(0, ...(scroll.pinned ?? []).filter((p) => p.y <= y && y < p.end).map((p) => p.h));
      let target = Math.min(first.y - Math.max(60, over(first.y) + 12), last.y + last.h + 12 - viewH);
      // The photo the decision is about (the last one before its options: the attachment of the
      // composer, the post or the message above the tray) stays in view, as much of it as the
      // first option, kept whole, leaves room for: scrolled to the last option it was under the
      // top bar, and the player chose what to do with a picture they could not see.
      const lead = Math.max(-Infinity, ...this.photoTops(scroll).filter((y) => y < first.y));
      if (lead > -Infinity) target = Math.min(target, Math.max(lead - over(lead) - 8, first.y + first.h + 12 - viewH));
      this.scrollY = Math.min(max, Math.max(0, target));
    }
    this.setScroll(this.scrollY);
  }

  /** Tops of the photos drawn in a scrolled list, in the list's coordinates. */
  private photoTops(scroll: Scroll): number[] {
    const base = scroll.content.getWorldTransformMatrix().ty;
    const out: number[] = [];
    const walk = (o: Phaser.GameObjects.GameObject) => {
      if (!(o instanceof Phaser.GameObjects.Container)) return;
      if (photoMark(o)) out.push(o.getWorldTransformMatrix().ty - base);
      else o.list.forEach(walk);
    };
    walk(scroll.content);
    return out;
  }

  private setScroll(y: number): void {
    const s = this.scroll;
    if (!s) return;
    const viewH = s.bottom - s.top;
    const max = Math.max(0, s.height - viewH);
    this.scrollY = Math.max(0, Math.min(max, y));
    s.content.y = s.top - this.scrollY;
    // Only what is in view is drawn: a 300-message thread costs what a screenful costs.
    for (const it of s.items) {
      const top = it.y - this.scrollY;
      const vis = top + it.h > -20 && top < viewH + 20;
      it.obj.visible = vis;
      if (it.layers) for (const p of it.layers) p.visible = vis;
    }
    for (const p of s.pinned ?? []) {
      const at = this.pinnedAt(p);
      p.obj.y = at.y;
      p.obj.visible = at.y + p.h > s.top && at.y < s.bottom;
      if (p.divider) p.divider.visible = at.pinned;
    }
    if (this.result?.scrolledChoices.length) this.emitRects();
    this.emitTyping();
    this.invalidate();
  }

  scrollBy(dy: number): void {
    this.setScroll(this.scrollY + dy);
  }

  revealChoice(index: number): void {
    const s = this.scroll;
    const c = this.result?.scrolledChoices.find((o) => o.option.index === index);
    if (!s || !c) return;
    // Room for the focus ring around the control; a pinned title moves with the scroll, so the
    // visible top is measured again after each step (a few steps settle it).
    const margin = 8;
    for (let k = 0; k < 3; k++) {
      const top = c.y + s.top - this.scrollY;
      const minTop = this.listTop() + margin;
      const over = top + c.h - (s.bottom - margin);
      // Its top first: a control taller than the view shows its beginning.
      const dy = top < minTop ? top - minTop : over > 0 ? Math.min(over, top - minTop) : 0;
      if (Math.abs(dy) < 0.5) return;
      const before = this.scrollY;
      this.setScroll(this.scrollY + dy);
      if (this.scrollY === before) return;
    }
  }

  private emitRects(): void {
    const r = this.result;
    if (!r || this.rectsOut.size === 0) return;
    const k = this.cssW / W;
    const css = (u: UnitRect) => ({ x: u.x * k, y: u.y * k, w: u.w * k, h: u.h * k });
    const s = this.scroll;
    // A control scrolled under the top bar (or a pinned title) or below the list must not lay its
    // button over what is drawn there (« Retour », « Messages », the home indicator): it is cut to its
    // visible part, and one scrolled out of view keeps a one-unit strip at the top of the list (still
    // in the page for the keyboard, never over another control).
    const top = s ? this.listTop() : 0;
    const bottom = s ? s.bottom : this.unitsHigh;
    const clip = (u: UnitRect): UnitRect => {
      const y0 = Math.max(top, u.y);
      const y1 = Math.min(bottom, u.y + u.h);
      if (y1 - y0 >= 1) return { ...u, y: y0, h: y1 - y0 };
      return { ...u, y: top, h: 1 };
    };
    const rects: ChoiceRect[] = [
      ...r.choices.map((c) => ({ option: c.option, ...css(c) })),
      ...r.scrolledChoices.map((c) => ({ option: c.option, ...css(clip({ ...c, y: c.y + (s ? s.top - this.scrollY : 0) })) })),
    ];
    this.rectsOut.emit(rects, { members: r.members ? css(r.members) : null });
  }

  private tap(x: number, y: number): void {
    // Under the narrator's card the phone is dimmed: a tap turns the page, it presses nothing.
    if (this.frame?.narration) {
      this.nav({ kind: 'advance' });
      return;
    }
    const hits = this.kit?.hits ?? [];
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i]!;
      const r = this.hitRect(h);
      if (r && x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h) {
        h.onTap();
        return;
      }
    }
    // Nothing there: the tap moves the story on (as in a visual novel), if anything waits.
    this.nav({ kind: 'advance' });
  }

  /** Status bar, home indicator, heads-up banner and narration card, over any app. */
  private drawChrome(kit: Kit, root: Phaser.GameObjects.Container, f: PhoneFrame, dark: boolean): void {
    const s = f.state;
    const color = dark ? '#111827' : '#ffffff';
    const c = dark ? 0x111827 : 0xffffff;
    const g = kit.gfx(root);
    // Before the story sets a time, no clock rather than « --:-- ».
    // System chrome, as on a real phone: it grows a little with the text size, never past its bar
    // (at 200 % it ran under the screen's rounded corner).
    if (s.screen !== 'lock' && s.time) kit.line(root, 22, STATUS_H / 2, s.time, 90, { size: (13 * Math.min(1.25, kit.textScale)) / kit.textScale, bold: true, color, originY: 0.5 });
    // Network bars, then the battery.
    for (let i = 0; i < 4; i++) g.fillStyle(c, 1).fillRect(292 + i * 5, 18 - (i + 1) * 2.5, 3, (i + 1) * 2.5);
    g.lineStyle(1.2, c, 1).strokeRoundedRect(318, 8, 24, 12, 3);
    g.fillStyle(c, 1).fillRoundedRect(320, 10, 16, 8, 1.5).fillRect(343, 12, 2, 4);
    g.fillStyle(c, 0.8).fillRoundedRect(130, kit.H - HOME_BAR_H + 4, 100, 4, 2);
    // The home indicator takes the player home from any app, even while a choice waits.
    if (s.screen !== 'lock' && s.screen !== 'home') kit.hit(100, kit.H - HOME_BAR_H - 8, 160, HOME_BAR_H + 8, () => this.nav({ kind: 'screen', screen: 'home' }), 'Écran d’accueil');
    if (f.waiting && !f.decision) this.drawWaiting(kit, root, f.waiting);
    if (f.headsUp && s.screen !== 'lock') {
      const b = f.headsUp;
      const hc = kit.container(root, 8, STATUS_H + 4);
      // The sender's line first, cut to the card; the message under it, wherever the text size puts it.
      const head = kit.line(hc, 52, 10, `${APP_NAMES[b.app]} · ${b.from ? nameOf(s, b.from) : ''}`, 280, { size: 11, bold: true, color: '#4b5563' });
      const t = kit.text(hc, 52, head.y + head.height + 2, b.text, { size: 13, wrap: 280, maxLines: 2 });
      const h = Math.max(60, Math.ceil(t.y + t.height + 10));
      const hg = kit.gfx(hc);
      hg.fillStyle(0xffffff, 1).fillRoundedRect(0, 0, 344, h, 16);
      hg.lineStyle(1, 0x000000, 0.08).strokeRoundedRect(0, 0, 344, h, 16);
      drawAppIcon(hg, b.app, 10, 12, 32);
      hc.sendToBack(hg);
      kit.frame(hc, 0, 0, 344, h, 'heads-up');
      kit.hit(8, STATUS_H + 4, 344, h, () => this.nav({ kind: 'screen', screen: b.app }), `Notification ${APP_NAMES[b.app]}${b.from ? ` ${ofName(nameOf(s, b.from))}` : ''}`);
      if (this.moving) {
        hc.y = -h;
        kit.tween({ targets: hc, y: STATUS_H + 4, duration: 220, ease: 'Cubic.easeOut' });
      }
    }
    if (f.narration) this.drawNarration(kit, root, f.narration);
  }

  /**
   * The narrator's card: opaque, over the phone dimmed, at the bottom of the screen, clear of what
   * the apps draw at the top (a caller's name, a clock, a sender) and of the photo in the middle it
   * may talk about, which stays visible, dimmed, above it. A tap anywhere turns the page.
   */
  private drawNarration(kit: Kit, root: Phaser.GameObjects.Container, text: string): void {
    const nc = kit.container(root);
    const dim = kit.gfx(nc);
    dim.fillStyle(0x020617, 0.55).fillRect(0, 0, W, kit.H);
    const card = kit.container(nc, 12, 0);
    const t = kit.text(card, 18, 16, text, { size: 15, italic: true, color: '#ffffff', wrap: 300, lineSpacing: 3 });
    const hint = kit.line(card, 18, t.y + t.height + 8, 'Touchez pour continuer', 300, { size: 11, color: '#94a3b8' });
    const h = Math.ceil(hint.y + hint.height + 14);
    const g = kit.gfx(card);
    g.fillStyle(0x0f172a, 1).fillRoundedRect(0, 0, 336, h, 14);
    g.lineStyle(1, 0xffffff, 0.18).strokeRoundedRect(0, 0, 336, h, 14);
    card.sendToBack(g);
    card.y = Math.max(STATUS_H + 8, kit.H - HOME_BAR_H - 12 - h);
    kit.frame(card, 0, 0, 336, h, 'narration');
    if (this.moving) {
      nc.alpha = 0;
      kit.tween({ targets: nc, alpha: 1, duration: 200 });
    }
  }

  /** « Une réponse vous attend »: the pending choice, one tap away, while the player browses. */
  private drawWaiting(kit: Kit, root: Phaser.GameObjects.Container, w: NonNullable<PhoneFrame['waiting']>): void {
    const c = kit.container(root, 12, 0);
    const g = kit.gfx(c);
    const dot = kit.scene.add.circle(326, 10, 5, 0xf59e0b);
    c.add(dot);
    // Two lines, as tall as the text size makes them.
    const t1 = kit.line(c, 50, 7, 'Une réponse vous attend', 266, { size: 14, bold: true, color: '#ffffff' });
    const t2 = kit.line(c, 50, 7 + t1.height, `${w.label} · touchez pour y revenir`, 270, { size: 12, color: '#fcd34d' });
    const h = Math.max(48, Math.ceil(t2.y + t2.height + 6));
    const y = kit.H - HOME_BAR_H - h - 10;
    c.y = y;
    g.fillStyle(0x0f172a, 0.94).fillRoundedRect(0, 0, 336, h, Math.min(24, h / 2));
    g.lineStyle(2, 0xf59e0b, 1).strokeRoundedRect(0, 0, 336, h, Math.min(24, h / 2));
    if (w.app) drawAppIcon(g, w.app, 10, (h - 30) / 2, 30);
    kit.hit(12, y, 336, h, () => this.nav({ kind: 'decision' }), `Une réponse vous attend : ${w.label}`);
    // A few pulses, then still: a pulse forever would keep the loop drawing while the player reads.
    if (this.moving) kit.tween({ targets: dot, alpha: 0.2, duration: 700, yoyo: true, repeat: 4 });
  }

  timeSkip(text: string, ms: number): Promise<void> {
    this.finishSkip?.();
    if (ms <= 0 || !this.kit) return Promise.resolve();
    // Its own kit, outside the text cache: the overlay outlives the drawings made under it.
    const kit = new Kit(this, this.kit.H, this.kit.res, this.textScale, this.moving);
    const o = kit.container(null);
    o.setDepth(10);
    this.overlay = o;
    const g = kit.gfx(o);
    g.fillStyle(0x020617, 1).fillRect(0, 0, W, kit.H);
    kit.text(o, W / 2, kit.H / 2, text, { size: 22, italic: true, color: '#ffffff', originX: 0.5, originY: 0.5, wrap: 300, align: 'center' });
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      let chain: Phaser.Tweens.TweenChain | null = null;
      const done = () => {
        if (this.finishSkip === done) this.finishSkip = null;
        if (this.overlay === o) this.overlay = null;
        if (timer !== null) clearTimeout(timer);
        // stop(), not remove(): on a TweenChain, remove(tween) takes a child tween out and throws without one.
        chain?.stop();
        o.destroy();
        this.invalidate();
        resolve();
      };
      this.finishSkip = done;
      this.invalidate();
      if (!this.moving) {
        // A browser timer, not the scene's clock: the still card needs no frame until it goes.
        timer = setTimeout(done, ms);
        return;
      }
      o.alpha = 0;
      chain = this.tweens.chain({
        targets: o,
        tweens: [
          { alpha: 1, duration: ms * 0.25 },
          { alpha: 1, duration: ms * 0.45 },
          { alpha: 0, duration: ms * 0.3 },
        ],
        onComplete: done,
      });
    });
  }
}
