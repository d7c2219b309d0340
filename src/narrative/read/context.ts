// Tags that move the phone without printing anything: #open, #time, #date, #in.
import type { LineStep } from '../types';
import { typeset } from './cache';
import type { LineEnv, LineTags } from './line-tags';

/** The screen #open shows, as a step; opening another screen than a chat leaves the conversation. */
export function openScreen(tags: LineTags, env: LineEnv): LineStep | null {
  const open = tags.get('open');
  if (!open) return null;
  // Later choices belong to the screen opened, not to the thread that was open before it.
  if (open.screen !== 'chat') {
    env.ctx.thread = null;
    env.ctx.app = open.screen === 'lock' || open.screen === 'home' ? null : open.screen;
  }
  return { kind: 'screen', screen: open.screen, text: '' };
}

/** #time, #date and #in, in the order the line gives them. */
export function applyContextTags(tags: LineTags, env: LineEnv): void {
  for (const t of tags.all) {
    if (t.key === 'time') env.ctx.time = t.value;
    else if (t.key === 'date') env.ctx.date = typeset(t.value);
    else if (t.key === 'in') {
      env.ctx.thread = t.thread;
      const th = env.thread(t.thread);
      if (!th) env.warn(`fil « ${t.thread} » non déclaré (#thread dans l'en-tête)`);
      env.ctx.app = th?.app ?? 'chat';
    }
  }
}
