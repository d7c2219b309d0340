// « Fiche formateur »: kept next to each story (stories/<id>.sheet.json): objectives, duration, the
// five decisions of a one-hour class, the texts to read, debrief questions in three phases. Checked
// by the build and stories:check (file:line); the decisions' questions come from the story itself.
import { lineOf, parseDataJson } from '../narrative/dataFile.ts';
import { refProblem } from '../narrative/legal/references.ts';

export interface SheetDecision {
  id: string;
  /** The decision's `#note:` and `#expect:` per role (ink alternatives resolved). */
  note: Record<'etudiant' | 'infirmier', string>;
  expect: Record<'etudiant' | 'infirmier', string>;
}

export interface Sheet {
  objectives: string[];
  durationMinutes: number;
  shortPath: SheetDecision[];
  refs: string[];
  questions: { reactions: string[]; analyse: string[]; synthese: string[] };
  /** The refresher a week later: names and details replaced so the situation is close, not the same. */
  refresher: { replace: Record<string, string> };
}

export interface SheetProblem {
  file: string;
  line: number;
  message: string;
}

const KEYS = new Set(['objectives', 'durationMinutes', 'shortPath', 'refs', 'questions', 'refresher']);
const PHASES = ['reactions', 'analyse', 'synthese'] as const;


const texts = (x: unknown, min: number) => Array.isArray(x) && x.length >= min && x.every((s) => typeof s === 'string' && s.trim().length >= 5);

/**
 * `decisions`: the story's decisions found in its source (id → note and expectation per role);
 * a short-path id missing there is an error.
 */
export function parseSheetFile(text: string, file: string, decisions: ReadonlyMap<string, Omit<SheetDecision, 'id'>>): { sheet: Sheet | null; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const json = parseDataJson(text);
  if (!json.ok) return { sheet: null, problems: [{ file, line: json.line, message: `fiche formateur illisible : ce n'est pas du JSON valide (${json.error})` }] };
  const data = json.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { sheet: null, problems: [{ file, line: 1, message: 'fiche formateur : un objet { "objectives", "durationMinutes", "shortPath", "refs", "questions" } est attendu' }] };
  const r = data as Record<string, unknown>;
  const at = (key: string, message: string) => problems.push({ file, line: lineOf(text, `"${key}"`), message });
  for (const k of Object.keys(r)) if (!KEYS.has(k)) at(k, `champ inconnu « ${k} » (champs : ${[...KEYS].join(', ')})`);
  if (!texts(r.objectives, 2)) at('objectives', '« objectives » : deux objectifs au moins, en phrases');
  if (typeof r.durationMinutes !== 'number' || r.durationMinutes < 15 || r.durationMinutes > 240) at('durationMinutes', '« durationMinutes » : la durée de la séance, en minutes (15 à 240)');
  const path: SheetDecision[] = [];
  if (!Array.isArray(r.shortPath) || r.shortPath.length !== 5) at('shortPath', '« shortPath » : les cinq décisions qui portent le plus, par leur identifiant #decision');
  else for (const id of r.shortPath) {
    const d = typeof id === 'string' ? decisions.get(id) : undefined;
    if (!d) problems.push({ file, line: lineOf(text, `"${String(id)}"`), message: `« shortPath » : la décision « ${String(id)} » n'existe pas dans le scénario` });
    else if (path.some((p) => p.id === id)) problems.push({ file, line: lineOf(text, `"${id}"`), message: `« shortPath » : « ${id} » deux fois` });
    else path.push({ id: id as string, ...d });
  }
  if (!Array.isArray(r.refs) || r.refs.length === 0) at('refs', '« refs » : les textes à lire avec le groupe (identifiants de la table)');
  else for (const ref of r.refs) {
    const pb = typeof ref === 'string' ? refProblem(ref) : 'unknown';
    if (pb) problems.push({ file, line: lineOf(text, `"${String(ref)}"`), message: `« refs » : référence ${pb === 'unknown' ? 'inconnue' : 'interdite'} « ${String(ref)} »` });
  }
  const q = r.questions as Record<string, unknown> | undefined;
  if (!q || typeof q !== 'object') at('questions', '« questions » : { "reactions": […], "analyse": […], "synthese": […] }');
  else for (const p of PHASES) if (!texts(q[p], 1)) at('questions', `« questions.${p} » : une question au moins`);
  const rf = r.refresher as { replace?: unknown } | undefined;
  const replace = rf && typeof rf === 'object' ? rf.replace : undefined;
  if (!replace || typeof replace !== 'object' || Array.isArray(replace) || Object.keys(replace).length < 2 || !Object.values(replace).every((v) => typeof v === 'string' && v.trim())) {
    at(rf ? 'refresher' : 'questions', '« refresher » : { "replace": { "Nom dans le scénario": "autre nom", … } }, deux remplacements au moins (la révision d\'une semaine change les noms et les détails)');
  }
  if (problems.length) return { sheet: null, problems };
  return {
    sheet: {
      objectives: r.objectives as string[],
      durationMinutes: r.durationMinutes as number,
      shortPath: path,
      refs: r.refs as string[],
      questions: { reactions: q!.reactions as string[], analyse: q!.analyse as string[], synthese: q!.synthese as string[] },
      refresher: { replace: { ...(replace as Record<string, string>) } },
    },
    problems,
  };
}
