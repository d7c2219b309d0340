// The phone as a reducer: each story step (and each thing the player does on the phone)
// gives a new state. Shallow copies only where something changed.
import { PLAYER_ID, type AppId, type ChoiceOption, type DecisionStep, type LineStep, type ScenarioInfo, type ScreenId } from '../../narrative/types';
import { APP_NAMES } from './labels';
import type { Banner, ChatItem, PhoneState, Thread } from './state';

const MAX_BANNERS = 4;

export function initialPhone(info: Pick<ScenarioInfo, 'contacts' | 'threads'>): PhoneState {
  const names: Record<string, string> = { [PLAYER_ID]: 'Vous' };
  const about: Record<string, string> = {};
  for (const c of info.contacts) {
    names[c.id] = c.name;
    if (c.description.trim()) about[c.id] = c.description.trim();
  }
  const threads: Record<string, Thread> = {};
  for (const t of info.threads) {
    threads[t.id] = { id: t.id, app: t.app, title: t.title, members: [...t.members], group: t.members.length > 2, items: [], unread: 0, left: false, last: 0 };
  }
  return {
    seq: 0, screen: 'lock', thread: null, mail: null, profile: null, messages: false, photo: null, time: null, date: null, names, about, threads,
    banners: [], pending: {}, posts: [], requests: [], mails: [], call: null, shots: [], skip: null, narration: null,
  };
}

export function nameOf(state: PhoneState, id: string | null): string {
  if (!id) return '';
  return state.names[id] ?? id;
}

/** The app a screen belongs to, or null for lock and home. */
export function appOf(screen: ScreenId): AppId | null {
  return screen === 'lock' || screen === 'home' ? null : screen;
}

function withThread(state: PhoneState, id: string, fallbackApp: AppId, change: (t: Thread) => Thread): PhoneState {
  const cur = state.threads[id] ?? {
    id, app: fallbackApp, title: nameOf(state, id), members: [PLAYER_ID], group: false, items: [], unread: 0, left: false, last: 0,
  };
  return { ...state, threads: { ...state.threads, [id]: change(cur) } };
}

function banner(state: PhoneState, b: Omit<Banner, 'seq'>): PhoneState {
  const banners = [{ ...b, seq: state.seq }, ...state.banners].slice(0, MAX_BANNERS);
  const pending = { ...state.pending, [b.app]: (state.pending[b.app] ?? 0) + 1 };
  return { ...state, banners, pending };
}

/** Is the player looking at this thread right now? (The view asks too, before a message arrives.) */
export function looking(state: PhoneState, threadId: string, app: AppId): boolean {
  return state.screen === app && (state.thread === threadId || state.thread === null);
}

function endCall(state: PhoneState): PhoneState {
  return state.call && state.call.state !== 'ended' ? { ...state, call: { ...state.call, state: 'ended' } } : state;
}

/** A call step that starts a new call (someone else calling), rather than continuing the current one. */
export function isNewCall(s: PhoneState, step: LineStep): boolean {
  if (step.kind !== 'call' || step.from === PLAYER_ID) return false;
  return !(s.call && s.call.state !== 'ended' && s.call.from === step.from);
}

/** The phone rings: caller's name and « Appel entrant », before the first line is heard. */
export function ringCall(s: PhoneState, from: string, time: string | null): PhoneState {
  return { ...s, call: { from, lines: [], state: 'ringing', time }, screen: 'phone', thread: null, profile: null, messages: false, photo: null };
}

/** Applies one line of the story. */
export function applyStep(prev: PhoneState, step: LineStep): PhoneState {
  let s: PhoneState = { ...prev, seq: prev.seq + 1 };
  if ('time' in step && step.time) s.time = step.time;
  if ('date' in step && step.date) s.date = step.date;
  if (step.kind !== 'call' && step.kind !== 'narration') s = endCall(s);
  switch (step.kind) {
    case 'screen':
      return openScreen(s, step.screen);
    case 'narration':
      return { ...s, narration: step.text };
    case 'timeskip':
      return { ...s, screen: 'lock', thread: null, messages: false, banners: [], skip: { seq: s.seq, text: step.text }, finder: false };
    case 'message': {
      const mine = step.from === PLAYER_ID;
      const item: ChatItem = { kind: 'message', seq: s.seq, from: step.from, text: step.text, photo: step.photo, time: step.time, date: step.date };
      // Writing in a thread means the player has it open; others' messages open it only if its app is in front.
      const see = mine || looking(s, step.thread, step.app);
      s = withThread(s, step.thread, step.app, (t) => ({ ...t, items: [...t.items, item], last: s.seq, unread: see ? 0 : t.unread + 1 }));
      if (see) return { ...s, screen: step.app, thread: step.thread, pending: { ...s.pending, [step.app]: 0 } };
      const t = s.threads[step.thread]!;
      const who = nameOf(s, step.from);
      return banner(s, { app: step.app, from: step.from, text: t.group ? `${who} : ${step.text}` : step.text, time: step.time, thread: step.thread });
    }
    case 'system': {
      const item: ChatItem = { kind: 'system', seq: s.seq, text: step.text, time: step.time, date: step.date };
      return withThread(s, step.thread, 'chat', (t) => {
        let members = t.members;
        if (step.join && !members.includes(step.join)) members = [...members, step.join];
        if (step.leave) members = members.filter((m) => m !== step.leave);
        return { ...t, items: [...t.items, item], members, group: t.group || members.length > 2, left: t.left || step.leave === PLAYER_ID, last: s.seq };
      });
    }
    case 'notification':
      return banner(s, { app: step.app, from: step.from, text: step.text, time: step.time });
    case 'post': {
      const post = { id: step.id, from: step.from, audience: step.audience, text: step.text, photo: step.photo, tagged: [...step.tagged], time: step.time, date: step.date, comments: [] };
      s = { ...s, posts: [post, ...s.posts.filter((p) => p.id !== step.id)] };
      if (step.from === PLAYER_ID) return { ...s, screen: 'social', thread: null, messages: false };
      if (s.screen !== 'social' && step.tagged.includes(PLAYER_ID)) {
        return banner(s, { app: 'social', from: step.from, text: `${nameOf(s, step.from)} vous a identifié·e dans une publication`, time: step.time });
      }
      return s;
    }
    case 'comment': {
      const posts = s.posts.map((p) => (p.id === step.post ? { ...p, comments: [...p.comments, { from: step.from, text: step.text, time: step.time }] } : p));
      s = { ...s, posts };
      if (s.screen === 'social' || step.from === PLAYER_ID) return s;
      return banner(s, { app: 'social', from: step.from, text: `${nameOf(s, step.from)} a commenté : ${step.text}`, time: step.time });
    }
    case 'friendRequest': {
      s = { ...s, requests: [...s.requests.filter((r) => r.from !== step.from), { from: step.from, text: step.text, status: 'pending', time: step.time }] };
      if (s.screen === 'social') return s;
      return banner(s, { app: 'social', from: step.from, text: step.text, time: step.time });
    }
    case 'mail': {
      const open = s.screen === 'mail';
      s = { ...s, mails: [{ seq: s.seq, from: step.from, subject: step.subject, text: step.text, time: step.time, date: step.date, read: open }, ...s.mails] };
      if (open) return { ...s, mail: s.seq };
      return banner(s, { app: 'mail', from: step.from, text: step.subject, time: step.time });
    }
    case 'call': {
      // The player's own lines (`#call: moi`) continue the call in progress.
      const cur = prev.call && prev.call.state !== 'ended' ? prev.call : null;
      const same = cur && (cur.from === step.from || step.from === PLAYER_ID);
      const line = { from: step.from, text: step.text };
      const call = same ? { ...cur, lines: [...cur.lines, line], state: 'active' as const } : { from: step.from, lines: [line], state: 'active' as const, time: step.time };
      return { ...s, call, screen: 'phone', thread: null, profile: null, messages: false, photo: null };
    }
    case 'photo':
      return { ...s, shots: [{ photo: step.photo, text: step.text, time: step.time }, ...s.shots], screen: 'camera', thread: null, messages: false, photo: null, finder: true };
  }
}

/** The player (or the story) brings a screen to the front. */
export function openScreen(s: PhoneState, screen: ScreenId): PhoneState {
  const app = appOf(screen);
  let next: PhoneState = { ...s, screen, skip: screen === 'lock' ? s.skip : null };
  // Opening an app from the home screen shows its first page (the inbox, the feed, the grid).
  if (screen !== s.screen) next = { ...next, thread: null, mail: null, profile: null, messages: false, photo: null, finder: false };
  if (app) next.pending = { ...next.pending, [app]: 0 };
  if (screen !== 'lock') next.banners = screen === 'home' ? next.banners : next.banners.filter((b) => b.app !== app);
  return next;
}

export function openThread(s: PhoneState, id: string): PhoneState {
  const t = s.threads[id];
  if (!t) return s;
  // Its banners go with it: at a decision the story brings the player into a group whose messages
  // came while they were in another conversation, and the banner of the newest one was left over
  // the very thread that shows it (groupe-whatsapp, over the photo the decision is about).
  const banners = s.banners.filter((b) => b.thread !== id);
  return { ...s, screen: t.app, thread: id, threads: { ...s.threads, [id]: { ...t, unread: 0 } }, pending: { ...s.pending, [t.app]: 0 }, banners };
}

export function closeThread(s: PhoneState): PhoneState {
  return { ...s, thread: null };
}

/** Opens a Cercle profile: the player's own (`moi`) or a visitor's. */
export function openProfile(s: PhoneState, id: string | null): PhoneState {
  return { ...s, screen: 'social', thread: null, profile: id, messages: false, pending: { ...s.pending, social: 0 } };
}

/**
 * Opens Cercle's « Messages » list from anywhere in Cercle. The page the player was on (feed or
 * profile) stays underneath, so back returns to it; nothing of the story moves.
 */
export function openMessages(s: PhoneState): PhoneState {
  const base = s.screen === 'social' ? s : openScreen(s, 'social');
  return { ...base, thread: null, messages: true };
}

/** Unread direct messages in Cercle: the badge on its « Messages » button. */
export function socialUnread(s: PhoneState): number {
  return Object.values(s.threads).reduce((n, t) => n + (t.app === 'social' ? t.unread : 0), 0);
}

/** Opens a gallery photo full-size (index in `shots`), or back to the grid with null. */
export function openPhoto(s: PhoneState, index: number | null): PhoneState {
  if (index !== null && !s.shots[index]) return s;
  return { ...s, screen: 'gallery', thread: null, photo: index };
}

/** One step back inside the app in front; at an app's first page, back to the home screen. */
export function goBack(s: PhoneState): PhoneState {
  // A conversation opened from Cercle's « Messages » goes back to that list, and the list to the page under it.
  if (s.thread) return closeThread(s);
  if (s.screen === 'social' && s.messages) return { ...s, messages: false };
  if (s.screen === 'mail' && s.mail !== null) return { ...s, mail: null };
  if (s.screen === 'social' && s.profile !== null) return { ...s, profile: null };
  if (s.screen === 'gallery' && s.photo !== null) return { ...s, photo: null };
  return openScreen(s, 'home');
}

export function openMail(s: PhoneState, seq: number | null): PhoneState {
  return { ...s, mail: seq, mails: s.mails.map((m) => (m.seq === seq ? { ...m, read: true } : m)) };
}

/** Brings forward the place where a decision's options belong, as if the player unlocked and tapped the notification. */
export function focusDecision(s: PhoneState, d: DecisionStep): PhoneState {
  const actions = new Set(d.options.map((o) => o.action));
  if (requestDecision(s, d) || actions.has('publish')) return { ...openScreen(s, 'social'), thread: null, profile: null, messages: false };
  if (d.thread && s.threads[d.thread] && (d.app === null || d.app === s.threads[d.thread]!.app)) {
    // Already reading that conversation from Cercle's « Messages »: back still leads to the list.
    const fromList = s.screen === 'social' && s.thread === d.thread && s.messages;
    return { ...openThread(s, d.thread), profile: fromList ? s.profile : null, photo: null, messages: fromList };
  }
  if (d.app === 'phone' && s.call) return { ...s, screen: 'phone', thread: null };
  if (d.app === 'mail') {
    // A reply to a letter: the newest letter is open above the reply tray.
    const next = s.screen === 'mail' ? s : openScreen(s, 'mail');
    return next.mail === null && next.mails[0] ? openMail(next, next.mails[0].seq) : next;
  }
  if (d.app && d.app !== appOf(s.screen)) return openScreen(s, d.app);
  if (d.app === 'social' && (s.thread || s.profile || s.messages)) return { ...s, thread: null, profile: null, messages: false };
  if (s.screen === 'lock') return openScreen(s, 'home');
  return s;
}

/** The decision answers a friend request still waiting (its card holds Accepter / Refuser / Ignorer). */
export function requestDecision(s: PhoneState, d: DecisionStep): boolean {
  const actions = new Set(d.options.map((o) => o.action));
  return (actions.has('accept') || actions.has('decline')) && s.requests.some((r) => r.status === 'pending');
}

/**
 * Is the place where the decision's controls are drawn on screen? When the player browses
 * elsewhere, the choice waits (« Une réponse vous attend ») instead of following them.
 */
export function decisionInView(s: PhoneState, d: DecisionStep): boolean {
  if (s.screen === 'lock') return false;
  const at = focusDecision(s, d);
  if (at.screen !== s.screen || at.thread !== s.thread) return false;
  if (s.screen === 'social') {
    // The story's conversation is open (whatever page lies under it); the « Messages » list holds no choice.
    if (s.thread) return true;
    if (s.messages) return false;
    if (s.profile === null) return true;
    // The request card is also on its sender's profile; the composer on the player's own.
    const pending = s.requests.find((r) => r.status === 'pending');
    if (requestDecision(s, d)) return s.profile === pending?.from;
    if (d.options.some((o) => o.action === 'publish')) return s.profile === PLAYER_ID;
    return false;
  }
  return true;
}

/** Where the waiting decision is, in words (the « Une réponse vous attend » banner). */
export function decisionPlace(s: PhoneState, d: DecisionStep): { app: AppId | null; label: string } {
  const at = focusDecision(s, d);
  const app = appOf(at.screen);
  if (at.thread && at.threads[at.thread]) return { app, label: at.threads[at.thread]!.title };
  return { app, label: app ? APP_NAMES[app] : 'Téléphone' };
}

/** What the phone itself changes when the player takes an option (the story then tells the rest). */
export function applyChoice(s: PhoneState, d: DecisionStep, option: ChoiceOption): PhoneState {
  const status = option.action === 'accept' ? 'accepted' : option.action === 'decline' ? 'declined' : option.action === 'ignore' ? 'ignored' : null;
  if (status && requestDecision(s, d)) {
    const i = s.requests.findIndex((r) => r.status === 'pending');
    if (i >= 0) return { ...s, requests: s.requests.map((r, k) => (k === i ? { ...r, status } : r)) };
  }
  if (option.action === 'leave' && d.thread && s.threads[d.thread]) {
    const t = s.threads[d.thread]!;
    return { ...s, threads: { ...s.threads, [t.id]: { ...t, left: true, members: t.members.filter((m) => m !== PLAYER_ID) } } };
  }
  return s;
}

/** Unread badge per app on the home screen. */
export function badges(s: PhoneState): Record<AppId, number> {
  const out: Record<AppId, number> = { chat: 0, social: 0, mail: 0, phone: 0, camera: 0, gallery: 0 };
  for (const t of Object.values(s.threads)) out[t.app] += t.unread;
  // A friend request also raises a notification: count the larger, not both.
  out.social += Math.max(s.pending.social ?? 0, s.requests.filter((r) => r.status === 'pending').length);
  out.mail += s.mails.filter((m) => !m.read).length;
  // Chat and mail notifications announce items already counted as unread.
  out.phone += s.pending.phone ?? 0;
  out.camera += s.pending.camera ?? 0;
  out.gallery += s.pending.gallery ?? 0;
  return out;
}

/** Threads of an app, most recent first. */
export function threadList(s: PhoneState, app: AppId): Thread[] {
  return Object.values(s.threads).filter((t) => t.app === app && (t.items.length > 0 || t.last > 0)).sort((a, b) => b.last - a.last);
}
