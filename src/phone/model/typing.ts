// How long the other person « types » before a message lands: grows with the message, capped
// so a long message never stalls the story. The speed setting divides it for replays.
import type { TypingSpeed } from '../../storage/schema';

const BASE_MS = 450;
const PER_CHAR_MS = 26;
const MAX_MS = 3200;

export function typingMs(text: string, speed: TypingSpeed): number {
  if (speed === 'instantane') return 0;
  const ms = Math.min(MAX_MS, BASE_MS + PER_CHAR_MS * [...text].length);
  return speed === 'rapide' ? Math.round(ms / 3) : ms;
}

/** Pause after a line without typing (a notification, a system line): lets the eye catch up. */
export function beatMs(speed: TypingSpeed): number {
  return speed === 'instantane' ? 0 : speed === 'rapide' ? 150 : 450;
}

/** How long an incoming call rings before the first line is heard. */
export function ringMs(speed: TypingSpeed): number {
  return speed === 'instantane' ? 0 : speed === 'rapide' ? 800 : 2200;
}
