// Turns what an ending's lines declared into the EndingStep the debrief shows, for one role, and
// reports what the author left out (stories:check turns each warning into an error).
import type { EndingProblem, EndingStep, EndingWords, LineStep, Role } from '../types';
import type { EndingDraft } from './ending-draft';
import { refsForRole, sanctionsOfRole } from './role-refs';

/** A path that stops without one of the story's endings: an unnamed ending that says why. */
export function unexpectedEnding(problem: EndingProblem, words: EndingWords | null): EndingStep {
  return {
    kind: 'ending', id: '', title: words?.title ?? '', severity: 'minor', sanctions: [], refs: [],
    debrief: words ? [words.debrief(problem)] : [], questions: [], problem,
  };
}

function warnMissing(draft: EndingDraft & { id: string }, warn: (m: string) => void): void {
  if (!draft.title) warn(`fin « ${draft.id} » sans #title`);
  if (!draft.severity) warn(`fin « ${draft.id} » sans #severity`);
  if (draft.debrief.length === 0) warn(`fin « ${draft.id} » sans paragraphe #debrief`);
  if (draft.questions.length === 0) warn(`fin « ${draft.id} » sans #question`);
  if (draft.sanctions.length === 0 && !draft.noneDeclared) warn(`fin « ${draft.id} » sans #sanction (écrire « #sanction: aucune » si rien n'est encouru)`);
}

export function assembleEnding(draft: EndingDraft | null, batch: readonly LineStep[], role: Role, warn: (m: string) => void, words: EndingWords | null): EndingStep {
  if (!draft?.id) {
    const last = [...batch].reverse().find((l) => 'text' in l && l.text);
    const after = last && 'text' in last ? ` après « ${last.text} »` : '';
    warn(`le chemin s'arrête sans fin déclarée (#ending)${after}`);
    return unexpectedEnding({ kind: 'no-ending' }, words);
  }
  const where = `fin « ${draft.id} »`;
  // L.4124-2 limits who may bring a hospital nurse before the Ordre for acts of the function only.
  const cited = [...draft.refs, ...draft.sanctions.flatMap((x) => x.refs)];
  if (cited.includes('csp-l4124-2') && draft.conduite !== 'service') {
    warn(`${where} cite csp-l4124-2, qui ne vaut que pour les actes de la fonction publique : marquer la fin « #conduite: service », ou retirer la référence (conduite privée : ordre-plainte-conciliation)`);
  }
  const sanctions = sanctionsOfRole(draft.sanctions, role, where, warn);
  const refs = refsForRole(draft.refs, role, where, warn);
  for (const s of sanctions) for (const r of s.refs) if (!refs.includes(r)) refs.push(r);
  warnMissing({ ...draft, id: draft.id }, warn);
  return {
    kind: 'ending',
    id: draft.id,
    title: draft.title ?? draft.id,
    severity: draft.severity ?? 'minor',
    sanctions,
    refs,
    debrief: draft.debrief,
    questions: draft.questions,
  };
}
