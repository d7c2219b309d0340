// References and sanctions as one role may meet them: a student never gets an Ordre or employer
// card, a nurse no institute card. Citing one for the wrong role is the story's mistake, which
// stories:check reports from the warning.
import { refAllowedForRole } from '../legal/references';
import { sanctionsForRole } from '../legal/sanctions';
import type { Role, Sanction } from '../types';

const ROLE_NAMES: Record<Role, string> = { etudiant: 'étudiant·e', infirmier: 'infirmier·e' };

export function refsForRole(ids: readonly string[], role: Role, where: string, warn: (m: string) => void): string[] {
  const out: string[] = [];
  for (const id of ids) {
    if (refAllowedForRole(id, role)) out.push(id);
    else warn(`${where} : la référence « ${id} » ne concerne pas le rôle ${ROLE_NAMES[role]} (écrire {etudiant():…|…} dans la balise)`);
  }
  return out;
}

/** Sanctions of authorities that can act on this role, each with the references this role may see. */
export function sanctionsOfRole(list: readonly Sanction[], role: Role, where: string, warn: (m: string) => void): Sanction[] {
  return sanctionsForRole(list, role).map((x) => ({ ...x, refs: refsForRole(x.refs, role, where, warn) }));
}
