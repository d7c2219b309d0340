// The debrief as plain data: built from what the runner knows at an ending, so the DOM view,
// the print page, the JSON export and the tests all read one object.
import { errataFor } from '../errata/data';
import { refAllowedForRole, type LegalReference } from '../narrative/legal/references';
import { findReference } from '../narrative/legal/referenceTexts';
import { AUTHORITIES, basisOf, employerScaleNote, levelWithActor, scaleOf } from '../narrative/legal/sanctions';
import { pathLedger } from '../narrative/ledger';
import { axisContributions, scoreOf, type LedgerLine } from '../narrative/scoring';
import { AXIS_LABELS } from '../ui/labels/story';
import { consequencesOf } from '../narrative/snapshot';
import {
  AXES, type Authority, type Axis, type AxisValues, type EndingStep, type HistoryEntry, type Role, type ScenarioInfo, type Severity, type Statut,
} from '../narrative/types';
import { frenchTypography } from '../narrative/typography';
import { authorityName, roleLabel, SEVERITY_LABELS } from './labels';

export const DEBRIEF_FORMAT = 'soignants-reseaux-debrief';
export const DEBRIEF_VERSION = 1;

export interface AxisMove {
  historyIndex: number;
  decisionId: string;
  optionText: string;
  delta: number;
}

export interface DebriefAxis {
  axis: Axis;
  label: string;
  total: number;
  moves: AxisMove[];
}

export interface DebriefLedgerLine {
  authority: Authority;
  name: string;
  /** What the authority can do, and its limits (« Il signale, il ne sanctionne pas. », the conseil de discipline…). */
  notes: string[];
  /** null: this authority can act in this role, but this path exposes the player to nothing. */
  level: string | null;
  /** The level with who acts: « plainte que peut déposer Lucienne Pernin ». */
  levelText: string | null;
  /** Who acts (`par:` in the story), when named. */
  by?: string;
  rank: number | null;
  /** The authority's whole scale for the status staged, lightest first, so the level can be placed on it. */
  scale: string[];
  /** Penalties stated by the reference table for this line's legal bases. */
  penalties: { refId: string; label: string; penalty: string }[];
  refs: string[];
}

export interface ReferenceCard {
  id: string;
  label: string;
  article: string;
  summary: string;
  penalty: string | null;
  /** 'M' in the table: shown with a note that the wording is cautious. */
  careful: boolean;
}

export interface DebriefPathStep {
  historyIndex: number;
  decisionId: string;
  prompt: string;
  optionIndex: number;
  optionText: string;
  otherOptions: string[];
  feedback: string;
  deltas: AxisValues;
  refs: string[];
}

export interface DebriefData {
  format: typeof DEBRIEF_FORMAT;
  version: typeof DEBRIEF_VERSION;
  scenarioId: string;
  scenarioTitle: string;
  role: Role;
  roleLabel: string;
  ending: { id: string; title: string; severity: Severity; severityLabel: string };
  axes: DebriefAxis[];
  ledger: DebriefLedgerLine[];
  references: ReferenceCard[];
  path: DebriefPathStep[];
  debrief: string[];
  questions: string[];
  /** Every "decisionId:optionIndex" of the path, for the progress store. */
  optionKeys: string[];
  /** Option indices from the start: enough to replay this exact path. */
  choices: number[];
  /** « Ce que dit votre cours »: the corrections of the course that this debrief's references touch. */
  errata: { id: string; title: string }[];
}

export interface DebriefInput {
  info: ScenarioInfo;
  role: Role;
  history: readonly HistoryEntry[];
  ending: EndingStep;
}

// The reference table is typed with plain apostrophes and spaces: give it the game's typography.
function card(ref: LegalReference): ReferenceCard {
  return {
    id: ref.id, label: frenchTypography(ref.label), article: frenchTypography(ref.article), summary: frenchTypography(ref.summary),
    penalty: ref.penalty ? frenchTypography(ref.penalty) : null, careful: ref.confidence === 'M',
  };
}

/** Known, citable references only, in first-seen order: a missing or 'X' id is never shown. */
export function referenceCards(ids: Iterable<string>): ReferenceCard[] {
  const out: ReferenceCard[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const ref = findReference(id);
    if (ref && ref.confidence !== 'X') out.push(card(ref));
  }
  return out;
}

/**
 * One line per authority that can sanction this role, in the scale order of sanctions.ts,
 * including the ones this path leaves untouched: seeing « rien d'encouru » next to the Ordre
 * teaches as much as seeing a level.
 */
export function debriefLedger(lines: readonly LedgerLine[], role: Role, statut: Statut | null = null): DebriefLedgerLine[] {
  // A self-employed nurse has no employer: no line « rien d'encouru » for one that does not exist.
  return AUTHORITIES.filter((a) => a.roles.includes(role) && !(a.id === 'employeur' && statut === 'liberal')).map((a) => {
    const line = lines.find((l) => l.authority === a.id);
    const refs = line ? line.refs.filter((id) => refAllowedForRole(id, role)) : [];
    // Only the scale of the status staged: a contractuel never reads « révocation ».
    const penaltyIds = [...basisOf(a.id, statut), ...refs];
    const penalties: DebriefLedgerLine['penalties'] = [];
    for (const id of new Set(penaltyIds)) {
      const ref = findReference(id);
      if (ref?.penalty && ref.confidence !== 'X' && ref.roles.includes(role)) penalties.push({ refId: id, label: frenchTypography(ref.label), penalty: frenchTypography(ref.penalty) });
    }
    const notes = [a.note, a.id === 'employeur' ? employerScaleNote(statut) : null].filter((n): n is string => !!n).map(frenchTypography);
    return {
      authority: a.id,
      name: authorityName(a.id),
      notes,
      level: line?.level ?? null,
      levelText: line ? frenchTypography(levelWithActor(line.level, line.by)) : null,
      ...(line?.by ? { by: line.by } : {}),
      rank: line?.rank ?? null,
      scale: scaleOf(a.id, statut).map((l) => l.name),
      penalties,
      refs,
    };
  });
}

export function buildDebrief(input: DebriefInput): DebriefData {
  const { info, role, history, ending } = input;
  const consequences = consequencesOf(history);
  const contributions = axisContributions(consequences);
  const total = scoreOf(consequences);
  const axes: DebriefAxis[] = AXES.map((axis) => ({
    axis,
    label: AXIS_LABELS[axis],
    total: total[axis],
    moves: contributions[axis]
      .map((delta, i) => ({ historyIndex: i, decisionId: history[i]!.decision.id, optionText: history[i]!.decision.options[history[i]!.optionIndex]!.text, delta }))
      .filter((m) => m.delta !== 0),
  }));
  const ledger = debriefLedger(pathLedger(consequences, ending, role), role, info.statut);
  const path: DebriefPathStep[] = history.map((h, i) => {
    const option = h.decision.options[h.optionIndex]!;
    return {
      historyIndex: i,
      decisionId: h.decision.id,
      prompt: h.decision.note.prompt,
      optionIndex: h.optionIndex,
      optionText: option.text,
      otherOptions: h.decision.options.filter((o) => o.index !== option.index).map((o) => o.text),
      feedback: option.consequence.feedback,
      deltas: { ...option.consequence.deltas },
      refs: [...option.consequence.refs],
    };
  });
  // Ending first (what the debrief text cites), then the sanctions' bases, then each choice's.
  const refIds = [...ending.refs, ...ledger.flatMap((l) => l.refs), ...path.flatMap((p) => p.refs)].filter((id) => refAllowedForRole(id, role));
  return {
    format: DEBRIEF_FORMAT,
    version: DEBRIEF_VERSION,
    scenarioId: info.id,
    scenarioTitle: info.title,
    role,
    roleLabel: roleLabel(role),
    ending: { id: ending.id, title: ending.title, severity: ending.severity, severityLabel: SEVERITY_LABELS[ending.severity] },
    axes,
    ledger,
    references: referenceCards(refIds),
    path,
    debrief: [...ending.debrief],
    questions: [...ending.questions],
    optionKeys: history.map((h) => `${h.decision.id}:${h.optionIndex}`),
    choices: history.map((h) => h.optionIndex),
    errata: errataFor(refIds, info.id).map((e) => ({ id: e.id, title: e.title })),
  };
}
