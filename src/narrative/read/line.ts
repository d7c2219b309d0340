// One line of ink, read: the steps it shows, and what it adds to the decision or the ending the
// story is heading for. Each kind of tag has its reader (context.ts, decision.ts, ending-draft.ts,
// steps/); this module only says in which order they apply.
import type { Tag } from '../tags';
import type { LineStep } from '../types';
import { typeset } from './cache';
import { applyContextTags, openScreen } from './context';
import { addDecisionRefs, readDecisionTag, type DecisionMeta } from './decision';
import { emptyEnding, ENDING_KEYS, readEndingTag, type EndingDraft } from './ending-draft';
import { LineTags, type LineEnv } from './line-tags';
import { buildStep } from './steps';

export interface Pending {
  decision: DecisionMeta | null;
  ending: EndingDraft | null;
}

/** Decision and ending tags, in the line's order (#refs goes to whichever the line is about). */
function readMeta(tags: LineTags, pending: Pending): Pending {
  let { decision, ending } = pending;
  const isEndingLine = tags.all.some((t) => ENDING_KEYS.has(t.key));
  const draft = () => (ending ??= emptyEnding());
  for (const t of tags.all) {
    const d = readDecisionTag(t, decision);
    if (d) decision = d;
    else if (t.key === 'refs') {
      if (isEndingLine || (ending && !decision)) draft().refs.push(...t.ids);
      else decision = addDecisionRefs(decision, t.ids);
    } else readEndingTag(t, draft);
  }
  return { decision, ending };
}

export function readLine(text: string, parsed: readonly Tag[], pending: Pending, env: LineEnv): Pending & { steps: LineStep[] } {
  const tags = new LineTags(parsed);
  const steps: LineStep[] = [];
  // The screen opens first, so an #in on the same line opens its thread inside it.
  const screen = openScreen(tags, env);
  if (screen) steps.push(screen);
  applyContextTags(tags, env);
  const meta = readMeta(tags, pending);
  if (!text) return { steps, ...meta };
  if (tags.get('debrief') || tags.get('question')) {
    // While exploring, texts are not typeset on the way in: an ending's are, since they are kept.
    const ending = meta.ending ?? emptyEnding();
    (tags.get('debrief') ? ending.debrief : ending.questions).push(env.recording ? text : typeset(text));
    return { steps, decision: meta.decision, ending };
  }
  steps.push(buildStep(text, tags, env));
  return { steps, ...meta };
}
