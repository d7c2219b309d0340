// Which step a line of text becomes, by the first of these tags it carries (in this order: a
// #notif from someone is a notification, not a message); a line with none of them is narration.
import type { Tag } from '../../tags';
import type { LineStep } from '../../types';
import type { LineEnv, LineTags, TagOf } from '../line-tags';
import { call, mail, notification, photo, timeskip } from './apps';
import { message, system } from './chat';
import { comment, friendRequest, post } from './social';

type Builder<K extends Tag['key']> = (t: TagOf<K>, text: string, tags: LineTags, env: LineEnv) => LineStep;
type Entry = { [K in Tag['key']]: [K, Builder<K>] }[Tag['key']];

const BUILDERS: readonly Entry[] = [
  ['skip', timeskip],
  ['notif', notification],
  ['post', post],
  ['comment', comment],
  ['friend-request', friendRequest],
  ['mail', mail],
  ['call', call],
  ['system', system],
  ['shot', photo],
  ['from', message],
];

export function buildStep(text: string, tags: LineTags, env: LineEnv): LineStep {
  for (const [key, build] of BUILDERS) {
    const t = tags.get(key);
    if (t) return (build as Builder<typeof key>)(t as never, text, tags, env);
  }
  return { kind: 'narration', text };
}
