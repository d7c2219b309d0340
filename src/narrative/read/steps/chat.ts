// Lines of a conversation: a message from someone in the open thread, a system line (joined, left).
import type { AppId, LineStep } from '../../types';
import type { LineEnv, LineTags, TagOf } from '../line-tags';
import { stamp } from './stamp';

export function system(t: TagOf<'system'>, text: string, tags: LineTags, env: LineEnv): LineStep {
  return { kind: 'system', thread: t.thread, text, join: tags.get('join')?.id ?? null, leave: tags.get('leave')?.id ?? null, ...stamp(env) };
}

/** A message goes into the thread #in opened; without one it can only be told as narration. */
export function message(t: TagOf<'from'>, text: string, tags: LineTags, env: LineEnv): LineStep {
  const thread = env.ctx.thread;
  if (!thread) {
    env.warn(`message de « ${t.id} » sans fil : ajouter #in`);
    return { kind: 'narration', text };
  }
  const app: AppId = env.thread(thread)?.app ?? 'chat';
  env.ctx.app = app;
  return { kind: 'message', app, thread, from: t.id, text, photo: tags.get('photo')?.id ?? null, ...stamp(env) };
}
