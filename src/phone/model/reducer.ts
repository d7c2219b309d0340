// The phone as a reducer: each story step (and each thing the player does on the phone)
// gives a new state. Shallow copies only where something changed.
import { PLAYER_ID, type AppId, type ChoiceOption, type DecisionStep, type LineStep, type ScenarioInfo, type ScreenId } from '../../narrative/types';
import type { Banner, ChatItem, PhoneState, Thread } from './state';

const MAX_BANNERS = 4;

export function initialPhone(info: Pick<ScenarioInfo, 'contacts' | 'threads'>): PhoneState {
  const names: Record<string, string> = { [PLAYER_ID]: 'Vous' };
  for (const c of info.contacts) names[c.id] = c.name;
  const threads: Record<string, Thread> = {};
  for (const t of info.threads) {
    threads[t.id] = { id: t.id, app: t.app, title: t.title, members: [...t.members], group: t.members.length > 2, items: [], unread: 0, left: false, last: 0 };
  }
  return {
    seq: 0, screen: 'lock', thread: null, mail: null, time: null, date: null, names, threads,
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

/** Is the player looking at this thread right now? */
function looking(state: PhoneState, threadId: string, app: AppId): boolean {
  return state.screen === app && (state.thread === threadId || state.thread === null);
}

function endCall(state: PhoneState): PhoneState {
  return state.call && state.call.state === 'active' ? { ...state, call: { ...state.call, state: 'ended' } } : state;
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
      return { ...s, screen: 'lock', thread: null, banners: [], skip: { seq: s.seq, text: step.text } };
    case 'message': {
      const mine = step.from === PLAYER_ID;
      const item: ChatItem = { kind: 'message', seq: s.seq, from: step.from, text: step.text, photo: step.photo, time: step.time, date: step.date };
      // Writing in a thread means the player has it open; others' messages open it only if its app is in front.
      const see = mine || looking(s, step.thread, step.app);
      s = withThread(s, step.thread, step.app, (t) => ({ ...t, items: [...t.items, item], last: s.seq, unread: see ? 0 : t.unread + 1 }));
      if (see) return { ...s, screen: step.app, thread: step.thread, pending: { ...s.pending, [step.app]: 0 } };
      const t = s.threads[step.thread]!;
      const who = nameOf(s, step.from);
      return banner(s, { app: step.app, from: step.from, text: t.group ? `${who} : ${step.text}` : step.text, time: step.time });
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
      if (step.from === PLAYER_ID) return { ...s, screen: 'social', thread: null };
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
      const same = s.call && s.call.state === 'active' && s.call.from === step.from;
      const call = same ? { ...s.call!, lines: [...s.call!.lines, step.text] } : { from: step.from, lines: [step.text], state: 'active' as const, time: step.time };
      return { ...s, call, screen: 'phone', thread: null };
    }
    case 'photo':
      return { ...s, shots: [{ photo: step.photo, text: step.text, time: step.time }, ...s.shots], screen: 'camera', thread: null };
  }
}

/** The player (or the story) brings a screen to the front. */
export function openScreen(s: PhoneState, screen: ScreenId): PhoneState {
  const app = appOf(screen);
  let next: PhoneState = { ...s, screen, skip: screen === 'lock' ? s.skip : null };
  if (screen !== s.screen) next.thread = null;
  if (app) next.pending = { ...next.pending, [app]: 0 };
  if (screen === 'mail' && next.mails.length > 0 && next.mail === null) next = openMail(next, next.mails[0]!.seq);
  if (screen !== 'lock') next.banners = screen === 'home' ? next.banners : next.banners.filter((b) => b.app !== app);
  return next;
}

export function openThread(s: PhoneState, id: string): PhoneState {
  const t = s.threads[id];
  if (!t) return s;
  return { ...s, screen: t.app, thread: id, threads: { ...s.threads, [id]: { ...t, unread: 0 } }, pending: { ...s.pending, [t.app]: 0 } };
}

export function closeThread(s: PhoneState): PhoneState {
  return { ...s, thread: null };
}

export function openMail(s: PhoneState, seq: number | null): PhoneState {
  return { ...s, mail: seq, mails: s.mails.map((m) => (m.seq === seq ? { ...m, read: true } : m)) };
}

/** Brings forward the place where a decision's options belong, as if the player unlocked and tapped the notification. */
export function focusDecision(s: PhoneState, d: DecisionStep): PhoneState {
  const actions = new Set(d.options.map((o) => o.action));
  if ((actions.has('accept') || actions.has('decline')) && s.requests.some((r) => r.status === 'pending')) return openScreen(s, 'social');
  if (actions.has('publish')) return openScreen(s, 'social');
  if (d.thread && s.threads[d.thread] && (d.app === null || d.app === s.threads[d.thread]!.app)) return openThread(s, d.thread);
  if (d.app === 'phone' && s.call) return { ...s, screen: 'phone' };
  if (d.app && d.app !== appOf(s.screen)) return openScreen(s, d.app);
  if (s.screen === 'lock') return openScreen(s, 'home');
  return s;
}

/** What the phone itself changes when the player takes an option (the story then tells the rest). */
export function applyChoice(s: PhoneState, d: DecisionStep, option: ChoiceOption): PhoneState {
  const status = option.action === 'accept' ? 'accepted' : option.action === 'decline' ? 'declined' : option.action === 'ignore' ? 'ignored' : null;
  if (status && s.screen === 'social') {
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
