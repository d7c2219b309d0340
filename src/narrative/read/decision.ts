// What the lines before a choice say about the decision: its #decision id and the trainer's note.
import type { Tag } from '../tags';
import type { TrainerNote } from '../types';
import { typeset } from './cache';

export interface DecisionMeta {
  id: string | null;
  note: TrainerNote;
}

const emptyNote = (): TrainerNote => ({ prompt: '', expect: '', refs: [] });

/** The decision as `t` leaves it, or undefined when `t` says nothing about a decision. */
export function readDecisionTag(t: Tag, d: DecisionMeta | null): DecisionMeta | undefined {
  switch (t.key) {
    case 'decision': return { id: t.id, note: d?.note ?? emptyNote() };
    case 'note': return { id: d?.id ?? null, note: { ...(d?.note ?? emptyNote()), prompt: typeset(t.value) } };
    case 'expect': return { id: d?.id ?? null, note: { ...(d?.note ?? emptyNote()), expect: typeset(t.value) } };
    default: return undefined;
  }
}

/** #refs before a choice: the trainer's references for that decision. */
export function addDecisionRefs(d: DecisionMeta | null, ids: readonly string[]): DecisionMeta {
  const out = d ?? { id: null, note: emptyNote() };
  out.note = { ...out.note, refs: [...out.note.refs, ...ids] };
  return out;
}
