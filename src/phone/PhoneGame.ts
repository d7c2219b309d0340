// Creates the Phaser game that draws the phone screen inside `parent`. The canvas backing store
// is in device pixels (zoom 1/dpr keeps its CSS size), so text stays sharp on HiDPI screens.
import Phaser from 'phaser';
import { EmptyScene } from './scenes/EmptyScene';
import { PhoneScene } from './scenes/PhoneScene';

export function hasWebGL(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

export interface PhoneGame {
  game: Phaser.Game;
  scene: PhoneScene;
  /** Re-measures the parent (after the game screen is shown again). */
  refit(): void;
  destroy(): void;
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
    scene.configure(s.w, s.h, d);
  };
  fit();
  const ro = new ResizeObserver(() => fit());
  ro.observe(parent);
  return {
    game,
    scene,
    refit: fit,
    destroy() {
      ro.disconnect();
      game.destroy(true);
    },
  };
}
