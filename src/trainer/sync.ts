// The two windows talk over a BroadcastChannel named after the session (no server). The projector
// is the only authority: it applies commands and posts the whole view back after each change.
import type { Command, SessionView } from './model/types';

export type ToPresenter =
  | { type: 'state'; view: SessionView }
  | { type: 'refused'; reason: string }
  | { type: 'closed' };

export type ToProjector =
  | { type: 'hello' }
  | { type: 'command'; command: Command }
  | { type: 'leave' };

const COMMAND_KINDS = new Set<Command['kind']>(['next', 'back', 'vote', 'setVotes', 'pick', 'cyclePick', 'reveal', 'screen', 'replay']);

export function channelName(sessionId: string): string {
  return `soignants-reseaux:seance:${sessionId}`;
}

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Any same-origin tab can post on a channel: the projector only runs commands of a known shape. */
export function asToProjector(x: unknown): ToProjector | null {
  if (!isObj(x)) return null;
  if (x.type === 'hello' || x.type === 'leave') return { type: x.type };
  if (x.type === 'command' && isObj(x.command) && COMMAND_KINDS.has(x.command.kind as Command['kind'])) {
    return { type: 'command', command: x.command as unknown as Command };
  }
  return null;
}

export function asToPresenter(x: unknown): ToPresenter | null {
  if (!isObj(x)) return null;
  if (x.type === 'closed') return { type: 'closed' };
  if (x.type === 'refused' && typeof x.reason === 'string') return { type: 'refused', reason: x.reason };
  if (x.type === 'state' && isObj(x.view) && typeof x.view.phase === 'string') return { type: 'state', view: x.view as unknown as SessionView };
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
      if (msg) link.onMessage?.(msg);
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
