// Lines of the phone's other apps: a mail, a call, a photo taken, a notification, a time skip.
import type { LineStep } from '../../types';
import { typeset } from '../cache';
import type { LineEnv, LineTags, TagOf } from '../line-tags';
import { leaveThread, stamp } from './stamp';

export function timeskip(_t: TagOf<'skip'>, text: string, _tags: LineTags, env: LineEnv): LineStep {
  return { kind: 'timeskip', text, ...stamp(env) };
}

export function notification(t: TagOf<'notif'>, text: string, tags: LineTags, env: LineEnv): LineStep {
  return { kind: 'notification', app: t.app, from: tags.get('from')?.id ?? null, text, ...stamp(env) };
}

export function mail(t: TagOf<'mail'>, text: string, tags: LineTags, env: LineEnv): LineStep {
  leaveThread(env, 'mail');
  return { kind: 'mail', from: t.from, subject: typeset(tags.get('subject')?.value ?? '(sans objet)'), text, ...stamp(env) };
}

export function call(t: TagOf<'call'>, text: string, _tags: LineTags, env: LineEnv): LineStep {
  leaveThread(env, 'phone');
  return { kind: 'call', from: t.from, text, ...stamp(env) };
}

export function photo(t: TagOf<'shot'>, text: string, _tags: LineTags, env: LineEnv): LineStep {
  leaveThread(env, 'camera');
  return { kind: 'photo', photo: t.id, text, ...stamp(env) };
}
