// What a screen of the phone shows, in words and without Phaser: the scene draws its titles and
// profile lines from here, and the same summary is what `window.__soignantsPhone.view()` returns,
// so Node tests can check what the player sees without a canvas.
import { PLAYER_ID } from '../../narrative/types';
import { APP_NAMES } from './labels';
import { nameOf, socialUnread } from './reducer';
import type { PhoneState } from './state';

/** The head of a Cercle profile: who, what the story says of them, how they stand with the player. */
export interface ProfileInfo {
  id: string;
  mine: boolean;
  name: string;
  /** The contact's description from the story header, shown under the name; null for none. */
  about: string | null;
  /** Friends count (own profile) or the tie with the player (visitor). */
  status: string;
  /** A visitor's profile reminds that it is public. */
  note: string | null;
}

export function profileInfo(s: PhoneState, id: string): ProfileInfo {
  const mine = id === PLAYER_ID;
  if (mine) {
    const friends = s.requests.filter((r) => r.status === 'accepted').length;
    return { id, mine, name: 'Vous', about: null, status: `${124 + friends} amis · compte personnel`, note: null };
  }
  const req = s.requests.find((r) => r.from === id);
  const status = !req ? 'Profil public' : req.status === 'accepted' ? 'Ami·e' : req.status === 'pending' ? 'Vous a envoyé une demande d’ami' : 'Profil public · pas dans vos amis';
  return { id, mine, name: nameOf(s, id), about: s.about[id] ?? null, status, note: 'Ce que vous voyez ici, tout visiteur le voit aussi.' };
}

/** Which page of Cercle is in front, and the words of its top bar. */
export interface SocialPage {
  kind: 'feed' | 'profile' | 'messages' | 'thread';
  title: string;
  sub: string | null;
}

export function socialPage(s: PhoneState): SocialPage {
  if (s.thread) return { kind: 'thread', title: s.threads[s.thread]?.title ?? nameOf(s, s.thread), sub: null };
  if (s.messages) {
    const n = socialUnread(s);
    return { kind: 'messages', title: 'Messages', sub: n ? `${APP_NAMES.social} · ${n} non lu${n > 1 ? 's' : ''}` : APP_NAMES.social };
  }
  if (s.profile === null) return { kind: 'feed', title: APP_NAMES.social, sub: null };
  return { kind: 'profile', title: s.profile === PLAYER_ID ? 'Votre profil' : nameOf(s, s.profile), sub: APP_NAMES.social };
}

/** Label of Cercle's « Messages » button, with its unread count. */
export function messagesLabel(s: PhoneState): string {
  const n = socialUnread(s);
  return n ? `Messages, ${n} non lu${n > 1 ? 's' : ''}` : 'Messages';
}

/** What the phone shows now: the screen, the page open in it, and for a Cercle profile its head. */
export function describeScreen(s: PhoneState): Record<string, unknown> {
  const out: Record<string, unknown> = {
    screen: s.screen, thread: s.thread, profile: s.profile, messages: s.messages, photo: s.photo, mail: s.mail,
    call: s.call ? { from: s.call.from, state: s.call.state, lines: s.call.lines.length } : null,
    mails: s.mails.length, shots: s.shots.length,
  };
  if (s.screen === 'social') {
    const page = socialPage(s);
    out.page = page.kind;
    out.title = page.title;
    out.unread = socialUnread(s);
    if (page.kind === 'profile' && s.profile !== null) {
      const p = profileInfo(s, s.profile);
      out.about = p.about;
      out.status = p.status;
    }
  }
  return out;
}
