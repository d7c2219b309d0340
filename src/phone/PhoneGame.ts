// Creates the Phaser game that draws the phone screen inside `parent`. The canvas backing store
// is in device pixels (zoom 1/dpr keeps its CSS size), so text stays sharp on HiDPI screens.
// This module is the only door to Phaser (its code comes trimmed from ./phaser.ts): the page imports it once the first choice of the first
// game is offered (the game opens as text), and the trainer's projector with its phone; never with
// the menu. The loop renders on demand: it sleeps when nothing moves.
import Phaser from './phaser';
import type { TapZone } from './display';
import { softwareGL } from './webgl';
import { FONT, W } from './draw/kit';
import { EmptyScene } from './scenes/EmptyScene';
import { PhoneScene, type ImageBox, type TextBox } from './scenes/PhoneScene';

export { hasWebGL, softwareGL } from './webgl';

export interface PhoneGame {
  game: Phaser.Game;
  scene: PhoneScene;
  /** Re-measures the parent (after the game screen is shown again). */
  refit(): void;
  /** Keeps the loop running while `on` holds (the bench's frame measures), whatever the scene shows. */
  keepAwake(on: boolean): void;
  /** Whether the loop is running now (false: asleep, nothing is drawn until something changes). */
  awake(): boolean;
  destroy(): void;
}

/**
 * Render on demand. A phone waiting for the player's choice draws the same picture 60 times a
 * second if the loop runs: measured 130 ms of main-thread work per second with software GL. The
 * loop sleeps as soon as a frame was drawn with no tween running and no hold, and the scene wakes
 * it when anything changes (a step, a tap, a scroll, a resize): one change, one frame. (It used to
 * draw a second, identical frame before sleeping: in a burst of messages, half the frames drawn
 * showed nothing new.) A sleeping WebGL canvas keeps showing its last frame.
 */
const QUIET_FRAMES = 1;

function renderOnDemand(game: Phaser.Game, scene: PhoneScene): { keepAwake(on: boolean): void } {
  const loop = game.loop;
  let quiet = 0;
  let holds = 0;
  const wake = () => {
    quiet = 0;
    if (loop.running) return;
    // No catch-up after a long sleep: the first frame's delta is one frame, not the time asleep.
    loop.lastTime = performance.now();
    // The next animation frame draws the change. loop.wake() would also draw a frame at once, inside
    // the task that made the change (a timer, a click), then again at the next frame: twice the work.
    const l = loop as unknown as { running: boolean; _target: number };
    loop.raf.start(loop.hasFpsLimit ? loop.stepLimitFPS.bind(loop) : loop.step.bind(loop), loop.forceSetTimeOut, l._target);
    l.running = true;
  };
  scene.onInvalidate(wake);
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (holds > 0 || scene.animating()) {
      quiet = 0;
      return;
    }
    quiet += 1;
    if (quiet >= QUIET_FRAMES) loop.sleep();
  });
  return {
    keepAwake(on: boolean) {
      holds = Math.max(0, holds + (on ? 1 : -1));
      wake();
    },
  };
}

export async function createPhoneGame(parent: HTMLElement): Promise<PhoneGame> {
  const dpr = () => Math.min(3, window.devicePixelRatio || 1);
  const size = () => ({ w: Math.max(1, parent.clientWidth), h: Math.max(1, parent.clientHeight) });
  const scene = new PhoneScene();
  const { w, h } = size();
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    width: Math.round(w * dpr()),
    height: Math.round(h * dpr()),
    backgroundColor: '#000000',
    roundPixels: true,
    antialias: true,
    // Multisampling smooths the edges of drawn shapes; on a software renderer it is what makes a
    // frame miss 60 fps (measured: a scrolling thread 30 fps with it, 60 without), so it is kept
    // for real GPUs only. Text is unaffected either way (textures at device resolution).
    antialiasGL: !softwareGL(),
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.NONE, zoom: 1 / dpr() },
    input: { keyboard: false },
    // EmptyScene is registered, not started: the bench switches to it for its baseline.
    scene: [scene, new EmptyScene()],
  });
  await new Promise<void>((r) => game.events.once(Phaser.Core.Events.READY, () => r()));
  await scene.ready;
  let last = '';
  const fit = () => {
    // A hidden phone (menu, ending) has no size: keep the last one rather than shrink to nothing.
    if (parent.clientWidth === 0 || parent.clientHeight === 0) return;
    const s = size();
    const d = dpr();
    const key = `${s.w}x${s.h}@${d}`;
    if (key === last) return;
    last = key;
    game.scale.setZoom(1 / d);
    game.scale.resize(Math.round(s.w * d), Math.round(s.h * d));
    // At zoom 1 (one device pixel per CSS pixel) Phaser leaves the canvas' CSS size as it was: after
    // a resize (a larger text size makes the top bar taller), the old size would stretch the drawing
    // away from the buttons laid over it, and cut its bottom.
    game.canvas.style.width = `${s.w}px`;
    game.canvas.style.height = `${s.h}px`;
    scene.configure(s.w, s.h, d);
  };
  const demand = renderOnDemand(game, scene);
  const typing = typingOverlay(parent, scene);
  fit();
  const ro = new ResizeObserver(() => fit());
  ro.observe(parent);
  installPhoneHooks(scene, game);
  const unforward = forwardGestures(parent, scene, game.canvas);
  return {
    game,
    scene,
    refit: fit,
    keepAwake: demand.keepAwake,
    awake: () => game.loop.running,
    destroy() {
      typing.remove();
      unforward();
      ro.disconnect();
      game.destroy(true);
      // Phaser destroys the game at its next step: a sleeping loop must take one.
      demand.keepAwake(true);
    },
  };
}

/**
 * The typing dots, in the page over the canvas: three dots animated by CSS (src/styles/main.css,
 * .phone-typing), placed where the thread draws the typing bubble. A sleeping canvas under a
 * compositor animation costs nothing per frame; drawn in the canvas, they kept the whole phone
 * redrawing 60 times a second while someone typed.
 */
function typingOverlay(parent: HTMLElement, scene: PhoneScene): HTMLElement {
  const el = document.createElement('div');
  el.className = 'phone-typing';
  el.setAttribute('aria-hidden', 'true');
  el.hidden = true;
  for (let i = 0; i < 3; i++) el.append(document.createElement('i'));
  parent.append(el);
  scene.onTypingDots((r) => {
    el.hidden = !r;
    if (!r) return;
    el.style.left = `${r.x}px`;
    el.style.top = `${r.y}px`;
    el.style.width = `${r.w}px`;
    el.style.height = `${r.h}px`;
    el.style.setProperty('--u', `${r.unit}px`);
  });
  return el;
}

/**
 * The choice buttons laid over the canvas (the accessible mirror) catch the wheel and the finger
 * before Phaser does: a list under them (the composer's drafts, replies after a conversation)
 * must still scroll. A wheel turned over them, and a vertical drag that starts on one, scroll the
 * phone; the click that ends such a drag is not a choice. Returns what removes the listeners.
 */
function forwardGestures(parent: HTMLElement, scene: PhoneScene, canvas: HTMLCanvasElement): () => void {
  // The tray of options with no drawn control scrolls itself (wheel, finger), not the phone.
  const overButton = (t: EventTarget | null) => t !== canvas && t instanceof Element && !!t.closest('button') && !t.closest('.choices-tray');
  const onWheel = (e: WheelEvent) => {
    if (!overButton(e.target)) return;
    const dy = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaMode === 2 ? e.deltaY * parent.clientHeight : e.deltaY;
    // The same step as Phaser's wheel on the canvas.
    scene.scrollBy(dy * 0.6);
    e.preventDefault();
  };
  let drag: { id: number; y: number; moved: boolean } | null = null;
  let swallow = false;
  const onDown = (e: PointerEvent) => {
    swallow = false;
    drag = overButton(e.target) ? { id: e.pointerId, y: e.clientY, moved: false } : null;
  };
  const onMove = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    const dy = e.clientY - drag.y;
    if (!drag.moved && Math.abs(dy) <= 6) return;
    drag.moved = true;
    drag.y = e.clientY;
    scene.scrollBy((-dy * W) / Math.max(1, parent.clientWidth));
  };
  const onUp = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    swallow = drag.moved;
    drag = null;
    // The click, if any, comes right after; a later one (a key) is never swallowed.
    if (swallow) setTimeout(() => (swallow = false), 0);
  };
  const onClick = (e: MouseEvent) => {
    if (!swallow) return;
    swallow = false;
    e.stopPropagation();
    e.preventDefault();
  };
  // A finger on the phone scrolls the phone, never the page behind it (as on the canvas).
  const touchAction = parent.style.touchAction;
  parent.style.touchAction = 'none';
  parent.addEventListener('wheel', onWheel, { passive: false });
  parent.addEventListener('pointerdown', onDown);
  parent.addEventListener('pointermove', onMove);
  parent.addEventListener('pointerup', onUp);
  parent.addEventListener('pointercancel', onUp);
  parent.addEventListener('click', onClick, true);
  return () => {
    parent.style.touchAction = touchAction;
    parent.removeEventListener('wheel', onWheel);
    parent.removeEventListener('pointerdown', onDown);
    parent.removeEventListener('pointermove', onMove);
    parent.removeEventListener('pointerup', onUp);
    parent.removeEventListener('pointercancel', onUp);
    parent.removeEventListener('click', onClick, true);
  };
}

/** What the browser tests read of the phone: `window.__soignantsPhone` (read-only, like `window.__soignants`). */
export interface PhoneHooks {
  /** Tap zones on screen now, in CSS pixels from the canvas' top-left, with their labels. */
  zones(): TapZone[];
  /** What the phone shows: screen, open thread, profile, photo, mail, call state, waiting choice. */
  view(): Record<string, unknown>;
  /** Every text drawn on the phone now, as the canvas draws it (each emoji a placeholder its icon is painted on). */
  texts(): string[];
  /** The names of the project's emoji icons painted in those texts. */
  icons(): string[];
  /** The texts in view now with their boxes, in CSS pixels from the canvas' top-left, and the box each was laid out in (tests only). */
  textBoxes(): TextBox[];
  /** The photos in view now with their boxes and the box each was laid out in (tests only). */
  imageBoxes(): ImageBox[];
  /** WebGL on the CPU (then no multisampling): the bench prints it beside its frame times. */
  softwareGL(): boolean;
  /** Whether screens and messages slide in now (the setting, and not on a large canvas drawn by the CPU). */
  moving(): boolean;
  /** Whether Phaser's loop runs now (it sleeps while nothing on the phone moves). */
  awake(): boolean;
  /** Frames drawn since the game booted. */
  frames(): number;
  /** Objects made by the last drawing among those on screen, and its time (see PhoneScene.renderStats). */
  renderStats(): { fresh: number; total: number; ms: number };
}

function installPhoneHooks(scene: PhoneScene, game: Phaser.Game): void {
  const hooks: PhoneHooks = {
    zones: () => scene.tapZones(),
    view: () => scene.describeView(),
    texts: () => scene.texts(),
    icons: () => scene.icons(),
    textBoxes: () => scene.textBoxes(),
    imageBoxes: () => scene.imageBoxes(),
    softwareGL: () => softwareGL(),
    moving: () => scene.moving,
    awake: () => game.loop.running,
    frames: () => game.loop.frame,
    renderStats: () => scene.renderStats(),
  };
  Object.defineProperty(window, '__soignantsPhone', { value: Object.freeze(hooks), configurable: true });
}
