// Names and small derived values the phone shows. Fictional look-alikes only: no real brand.
import type { AppId, Audience } from '../../narrative/types';

export const APP_NAMES: Record<AppId, string> = {
  chat: 'Bulle',
  social: 'Cercle',
  mail: 'Courrier',
  phone: 'Téléphone',
  camera: 'Appareil photo',
  gallery: 'Galerie',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  public: 'Public',
  amis: 'Amis',
  moi: 'Moi uniquement',
};

/** Two-letter initials for an avatar: « Julie Marchand » → « JM ». */
export function initials(name: string): string {
  const words = name.replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/[\s-]+/).filter(Boolean);
  if (words.length === 0) return '?';
  // One word (« Sam », the player's « Vous ») gives one letter, as messaging apps do, not « VO ».
  const first = words[0]!.charAt(0);
  const last = words.length > 1 ? words[words.length - 1]!.charAt(0) : '';
  return (first + last).toUpperCase();
}

/**
 * A conversation's colours (drawn by phone/apps/ChatApp.ts, read by tests/contrast.test.ts): the
 * background, the bubbles, and a message's time inside each bubble (6.6:1 and 5.2:1; the grey and
 * pale blue before gave 4.2:1, under the 4.5:1 small text needs).
 */
export const CHAT_PALETTE = {
  conversation: 0xf8fafc,
  theirs: 0xeef0f3,
  mine: 0x2563eb,
  timeTheirs: '#4b5563',
  timeMine: '#ffffff',
} as const;

const AVATAR_COLORS = [0x3b82f6, 0x10b981, 0xf59e0b, 0xef4444, 0x8b5cf6, 0x14b8a6, 0xec4899, 0x6366f1, 0x84cc16, 0xf97316];

/**
 * The same ten hues darkened for text: a sender's name in a group chat, on the conversation's
 * background and the bubbles' (#f8fafc, #eef0f3, white), at 4.8:1 or more (the avatar colours
 * themselves gave 1.7–3.9:1, under the 4.5:1 small text needs). Same index as AVATAR_COLORS, so a
 * name keeps the hue of its avatar.
 */
export const AVATAR_INKS = [0x2e65c0, 0x0a7854, 0x915d06, 0xbf3636, 0x764ed1, 0x0d766a, 0xb63776, 0x575ad4, 0x4b740d, 0xa94e0f];

function avatarIndex(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h % AVATAR_COLORS.length;
}

/** A stable colour per contact id, so a person keeps the same avatar in every app. */
export function avatarColor(id: string): number {
  return AVATAR_COLORS[avatarIndex(id)]!;
}

/** The colour of a contact's name written as text (see AVATAR_INKS). */
export function avatarInk(id: string): number {
  return AVATAR_INKS[avatarIndex(id)]!;
}
