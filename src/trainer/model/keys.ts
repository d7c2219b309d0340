// Remote-control keys, shared by both windows. Presentation clickers send PageDown/PageUp,
// « . » or B for a black screen, and F5 for « start the show »: all of them land here.
import type { Command } from './types';

export type KeyAction =
  | { kind: 'command'; command: Command }
  | { kind: 'fullscreen' }
  | { kind: 'leave' }
  | { kind: 'presenter' };

export interface KeyInput {
  key: string;
  /** Physical key: digits are read from it because on a French AZERTY keyboard the unshifted top row types & é " ' … */
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

function digitOf(code: string): number | null {
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(code);
  return m ? Number(m[1]) : null;
}

/** The action for a key, or null to let the browser have it (Ctrl+P prints, Tab moves focus…). */
export function keyAction(e: KeyInput): KeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const digit = digitOf(e.code);
  if (digit !== null) return { kind: 'command', command: { kind: 'vote', option: digit - 1, delta: e.shiftKey ? -1 : 1 } };
  switch (e.key) {
    case 'PageDown':
    case 'ArrowRight':
    case ' ':
      return { kind: 'command', command: { kind: 'next' } };
    case 'PageUp':
    case 'ArrowLeft':
      return { kind: 'command', command: { kind: 'back' } };
    case 'Enter':
      return { kind: 'command', command: { kind: 'reveal' } };
    case 'F5':
      return { kind: 'fullscreen' };
    case 'Escape':
      return { kind: 'leave' };
    default:
      break;
  }
  switch (e.key.toLowerCase()) {
    case 'r':
      return { kind: 'command', command: { kind: 'reveal' } };
    case 'b':
    case '.':
      return { kind: 'command', command: { kind: 'screen', screen: 'black' } };
    case 'w':
      return { kind: 'command', command: { kind: 'screen', screen: 'white' } };
    case 'f':
      return { kind: 'fullscreen' };
    case 'p':
      return { kind: 'presenter' };
    case 's':
      // « Suivre » : the next option becomes the one to follow (settles a tie without the mouse).
      return { kind: 'command', command: { kind: 'cyclePick' } };
    case 'm':
      // Back to « follow the majority » after a pick.
      return { kind: 'command', command: { kind: 'pick', option: null } };
    case 'd':
      // « Discutez avec votre voisin·e »: closes the first vote, then opens the second.
      return { kind: 'command', command: { kind: 'discuss' } };
    case 't':
      return { kind: 'command', command: { kind: 'cycleTimer' } };
    default:
      return null;
  }
}
