// What the lines of an ending declare, gathered until the story stops (assembled in ending.ts).
import type { Conduite, Tag } from '../tags';
import type { Sanction, Severity } from '../types';
import { typeset } from './cache';

export interface EndingDraft {
  id: string | null;
  title: string | null;
  severity: Severity | null;
  sanctions: Sanction[];
  noneDeclared: boolean;
  refs: string[];
  conduite: Conduite | null;
  debrief: string[];
  questions: string[];
}

/** Tags that make a line part of an ending (its #refs then belong to the ending, not a decision). */
export const ENDING_KEYS: ReadonlySet<Tag['key']> = new Set(['ending', 'severity', 'sanction', 'conduite', 'debrief', 'question']);

export function emptyEnding(): EndingDraft {
  return { id: null, title: null, severity: null, sanctions: [], noneDeclared: false, refs: [], conduite: null, debrief: [], questions: [] };
}

/** Records an ending tag in `draft` (created when needed); false when `t` is not an ending tag. */
export function readEndingTag(t: Tag, draft: () => EndingDraft): boolean {
  switch (t.key) {
    case 'ending': draft().id = t.id; return true;
    case 'title': draft().title = typeset(t.value); return true;
    case 'severity': draft().severity = t.severity; return true;
    case 'conduite': draft().conduite = t.conduite; return true;
    case 'sanction': {
      const d = draft();
      if (t.sanction) d.sanctions.push(t.sanction);
      else d.noneDeclared = true;
      return true;
    }
    default: return false;
  }
}
