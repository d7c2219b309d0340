// The two windows talk over a BroadcastChannel named after the session (no server). The projector
// is the only authority: it applies commands and posts the whole view back after each change.
import { validCommand, validSessionView } from './messages';
import type { Command, SessionView } from './model/types';
import { isObj } from '../narrative/guards';

/**
 * `closed`: the session ended (the presenter closes too). `gone`: the projector window is closing or
 * reloading (pagehide), the session goes on. `pong`: the answer to the presenter's `ping`, so a
 * projector closed without a pagehide (crash, killed tab) is noticed too.
 */
export type ToPresenter =
  | { type: 'state'; view: SessionView }
  | { type: 'refused'; reason: string }
  | { type: 'closed' }
  | { type: 'gone' }
  | { type: 'pong' };

export type ToProjector =
  | { type: 'hello' }
  | { type: 'ping' }
  | { type: 'command'; command: Command }
  | { type: 'leave' };

export function channelName(sessionId: string): string {
  return `soignants-reseaux:seance:${sessionId}`;
}


const only = (x: Record<string, unknown>, ...keys: string[]) => Object.keys(x).every((k) => keys.includes(k));

/** Any same-origin tab can post on a channel: the projector only runs commands whose every field is checked. */
export function asToProjector(x: unknown): ToProjector | null {
  if (!isObj(x)) return null;
  if ((x.type === 'hello' || x.type === 'leave' || x.type === 'ping') && only(x, 'type')) return { type: x.type };
  if (x.type === 'command' && only(x, 'type', 'command') && validCommand(x.command)) return { type: 'command', command: x.command };
  return null;
}

export function asToPresenter(x: unknown): ToPresenter | null {
  if (!isObj(x)) return null;
  if ((x.type === 'closed' || x.type === 'gone' || x.type === 'pong') && only(x, 'type')) return { type: x.type };
  if (x.type === 'refused' && only(x, 'type', 'reason') && typeof x.reason === 'string' && x.reason.length <= 500) return { type: 'refused', reason: x.reason };
  if (x.type === 'state' && only(x, 'type', 'view') && validSessionView(x.view)) return { type: 'state', view: x.view };
  return null;
}

export interface Link<Out, In> {
  post(msg: Out): void;
  close(): void;
  readonly available: boolean;
  onMessage: ((msg: In) => void) | null;
}

function open<Out, In>(sessionId: string, parse: (x: unknown) => In | null): Link<Out, In> {
  const Ctor = typeof BroadcastChannel === 'undefined' ? null : BroadcastChannel;
  const ch = Ctor ? new Ctor(channelName(sessionId)) : null;
  const link: Link<Out, In> = {
    available: ch !== null,
    onMessage: null,
    post(msg: Out) {
      ch?.postMessage(msg);
    },
    close() {
      ch?.close();
    },
  };
  if (ch) {
    ch.onmessage = (e: MessageEvent) => {
      const msg = parse(e.data);
      // Ignored, and said in the console for whoever debugs the two windows.
      if (!msg) console.warn('séance : message ignoré (forme inattendue)', e.data);
      else link.onMessage?.(msg);
    };
  }
  return link;
}

export function projectorLink(sessionId: string): Link<ToPresenter, ToProjector> {
  return open<ToPresenter, ToProjector>(sessionId, asToProjector);
}

export function presenterLink(sessionId: string): Link<ToProjector, ToPresenter> {
  return open<ToProjector, ToPresenter>(sessionId, asToPresenter);
}
