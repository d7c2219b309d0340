// What every reader of a line is handed: the line's tags by kind, and the runner's state it may
// update (where the phone stands, the story's warnings).
import type { Tag } from '../tags';
import type { StoryContext, ThreadInfo } from '../types';

export type TagOf<K extends Tag['key']> = Extract<Tag, { key: K }>;

/** A line's tags, looked up by kind (the first of a kind counts, as ink authors expect). */
export class LineTags {
  readonly all: readonly Tag[];
  private readonly byKey = new Map<Tag['key'], Tag>();
  constructor(tags: readonly Tag[]) {
    this.all = tags;
    for (const t of tags) if (!this.byKey.has(t.key)) this.byKey.set(t.key, t);
  }
  get<K extends Tag['key']>(key: K): TagOf<K> | undefined {
    return this.byKey.get(key) as TagOf<K> | undefined;
  }
}

export interface LineEnv {
  /** Where the phone stands; readers move it (a post leaves the conversation, #in enters one). */
  ctx: StoryContext;
  thread(id: string): ThreadInfo | undefined;
  warn(message: string): void;
  /** False while exploring: texts are not typeset then, except the ones an ending keeps. */
  recording: boolean;
}
