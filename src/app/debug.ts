// window.__soignants: read-only hooks for the browser tests and the bench. Nothing here
// changes the story; the bench hooks (?bench) draw a synthetic thread on the phone.
import { PLAYER_ID, type LineStep } from '../narrative/types';
import { applyStep, initialPhone, openThread } from '../phone/model/reducer';
import type { App } from './App';

function frameTimes(ms: number, onFrame?: () => void): Promise<number[]> {
  return new Promise((resolve) => {
    const times: number[] = [];
    let last = performance.now();
    const end = last + ms;
    const tick = (now: number) => {
      times.push(now - last);
      last = now;
      onFrame?.();
      if (now < end) requestAnimationFrame(tick);
      else resolve(times.slice(2));
    };
    requestAnimationFrame(tick);
  });
}

export function installDebug(app: App): void {
  const bench = new URLSearchParams(location.search).has('bench');
  const hooks = {
    get screen() {
      return app.debug().screen;
    },
    get phoneScreen() {
      return app.debug().phoneScreen;
    },
    get textMode() {
      return app.debug().textMode;
    },
    /** The audio context's state and the sounds played (synthesised on first use, nothing downloaded). */
    audio() {
      return app.audio.report();
    },
    ...(bench
      ? {
          /** Draws a thread of `n` messages on the phone and scrolls it for `ms`; returns frame times. */
          async scrollThread(n: number, ms: number): Promise<number[]> {
            const p = app.debug().phone;
            if (!p) return [];
            p.game.scene.stop('EmptyScene');
            p.game.scene.wake('PhoneScene');
            let s = initialPhone({ contacts: [{ id: 'lea', name: 'Léa Martin', description: '' }, { id: 'hugo', name: 'Hugo Petit', description: '' }], threads: [{ id: 'g', app: 'chat', title: 'Équipe 3B nuit', members: ['moi', 'lea', 'hugo'] }] });
            s = openThread({ ...s, screen: 'chat' }, 'g');
            for (let i = 0; i < n; i++) {
              const step: LineStep = { kind: 'message', app: 'chat', thread: 'g', from: [PLAYER_ID, 'lea', 'hugo'][i % 3]!, text: `Message ${i + 1} : ${'on se retrouve en salle de pause après la relève '.slice(0, 10 + (i * 7) % 40)}`, photo: null, time: '21:00', date: i < n / 2 ? 'lundi 3 mars' : 'mardi 4 mars' };
              s = applyStep(s, step);
            }
            p.scene.render({ state: s, decision: null, typing: null, narration: null, headsUp: null, members: false });
            let dir = -1;
            let y = 0;
            return frameTimes(ms, () => {
              y += dir * 40;
              if (y < -12000 || y > 0) dir = -dir;
              p.scene.scrollBy(dir * 40);
            });
          },
          /** The same measure with a scene that draws nothing. */
          async emptyScene(ms: number): Promise<number[]> {
            const p = app.debug().phone;
            if (!p) return [];
            p.game.scene.sleep('PhoneScene');
            p.game.scene.run('EmptyScene');
            const t = await frameTimes(ms);
            p.game.scene.stop('EmptyScene');
            p.game.scene.wake('PhoneScene');
            return t;
          },
          /** Resolves once the branch maps being prepared in the background are ready (the heap bench reads after it). */
          async settled(): Promise<void> {
            await Promise.allSettled(app.debug().explorations);
          },
          heap(): number | null {
            const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
            return m ? m.usedJSHeapSize : null;
          },
        }
      : {}),
  };
  Object.defineProperty(window, '__soignants', { value: Object.freeze(hooks), configurable: false });
}
