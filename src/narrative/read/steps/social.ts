// Lines of the social network: a post, a comment, a friend request. Each happens outside any
// conversation, so reading one leaves the open thread.
import { PLAYER_ID, type LineStep } from '../../types';
import type { LineEnv, LineTags, TagOf } from '../line-tags';
import { leaveThread, stamp } from './stamp';

export function post(t: TagOf<'post'>, text: string, tags: LineTags, env: LineEnv): LineStep {
  leaveThread(env, 'social');
  return {
    kind: 'post', id: t.id, from: tags.get('from')?.id ?? PLAYER_ID, audience: tags.get('audience')?.audience ?? 'amis', text,
    photo: tags.get('photo')?.id ?? null, tagged: tags.get('tagged')?.ids ?? [], ...stamp(env),
  };
}

export function comment(t: TagOf<'comment'>, text: string, tags: LineTags, env: LineEnv): LineStep {
  leaveThread(env, 'social');
  return { kind: 'comment', post: t.post, from: tags.get('from')?.id ?? PLAYER_ID, text, ...stamp(env) };
}

export function friendRequest(t: TagOf<'friend-request'>, text: string, _tags: LineTags, env: LineEnv): LineStep {
  leaveThread(env, 'social');
  return { kind: 'friendRequest', from: t.from, text, ...stamp(env) };
}
