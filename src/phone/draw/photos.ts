// The door to the photo painter (./photo.ts), which comes in the chunk of the apps fetched after the
// phone (../apps/later.ts; issue 17: bytes to the first story choice): two of the five stories show
// no photo before their first choice. The scene fetches it before drawing a frame with a photo
// (framePhotos); should one slip through, its frame stays empty and the scene draws again once the
// painter is there (photosMissed).
import type Phaser from 'phaser';
import type { PhoneFrame } from '../display';
import type { Kit } from './kit';

type Painter = typeof import('./photo').drawPhoto;
let painter: Painter | null = null;
let missed = false;

export function providePhotoPainter(p: Painter): void {
  painter = p;
}

/** Whether a photo was asked for without its painter since the last call (then the frame is drawn again once it is there). */
export function photosMissed(): boolean {
  const m = missed;
  missed = false;
  return m;
}

/** Photo `id` in a w×h frame at (x, y) of `parent` (see ./photo.ts); an empty frame until the painter is there. */
export function drawPhoto(kit: Kit, parent: Phaser.GameObjects.Container, id: string, x: number, y: number, w: number, h: number): Phaser.GameObjects.Container {
  if (painter) return painter(kit, parent, id, x, y, w, h);
  missed = true;
  return kit.container(parent, x, y);
}

/** Whether drawing `f` on Cercle's feed or a profile, or its choice's options, shows a photo. */
export function framePhotos(f: PhoneFrame): boolean {
  return f.state.posts.some((p) => p.photo) || !!f.decision?.options.some((o) => o.photo);
}

/** What the layout's debug hook knows of a drawn photo: its size and the container it was laid out in. */
export interface PhotoMark {
  id: string;
  w: number;
  h: number;
  home: Phaser.GameObjects.Container;
}

/**
 * Photo frames drawn, for the layout's debug hook (tests only, see PhoneScene.imageBoxes): a weak
 * map, so nothing is kept for photos destroyed, and a frame regrouped for batching keeps its home.
 */
const marks = new WeakMap<Phaser.GameObjects.Container, PhotoMark>();

export function markPhoto(c: Phaser.GameObjects.Container, m: PhotoMark): void {
  marks.set(c, m);
}

export function photoMark(c: Phaser.GameObjects.Container): PhotoMark | undefined {
  return marks.get(c);
}
