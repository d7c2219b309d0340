// One option of a choice, read from its text and tags: what it costs on each axis, the feedback,
// the references and risks the role may see, and how the phone plays it.
import type { Tag } from '../tags';
import type { ChoiceOption, Consequence, Role } from '../types';
import { typeset } from './cache';
import { refsForRole, sanctionsOfRole } from './role-refs';

export function readOption(rawText: string, tags: readonly Tag[], index: number, role: Role, warn: (m: string) => void): ChoiceOption {
  const text = typeset(rawText.trim());
  const consequence: Consequence = { deltas: { secret: 0, respect: 0, posture: 0, image: 0 }, feedback: '', refs: [], risks: [] };
  const option: ChoiceOption = { index, text, action: 'reply', consequence };
  let scored = false;
  const where = `choix « ${text} »`;
  for (const t of tags) {
    switch (t.key) {
      case 'score': consequence.deltas = t.deltas; scored = true; break;
      case 'fb': consequence.feedback = typeset(t.value); break;
      case 'refs': consequence.refs.push(...refsForRole(t.ids, role, where, warn)); break;
      case 'risk': consequence.risks.push(...sanctionsOfRole([t.sanction], role, where, warn)); break;
      case 'do': option.action = t.action; break;
      case 'audience': option.audience = t.audience; break;
      case 'photo': option.photo = t.id; break;
      case 'act': option.act = t.id; break;
      default: break;
    }
  }
  // A role or gender question is answered from the menu: it needs no score nor feedback.
  const isRole = tags.some((t) => t.key === 'role');
  if (!isRole && !scored) warn(`choix « ${text} » sans #score`);
  if (!isRole && !consequence.feedback) warn(`choix « ${text} » sans #fb`);
  return option;
}
