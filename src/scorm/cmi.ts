// What the SCORM 1.2 package reports to the LMS, as pure functions (tested in Node): the score
// formula, the result of one choice, the axis objectives, SCORM time formats, and the resume data
// kept in cmi.suspend_data. The adapter (adapter.ts) only moves these values to the LMS API.
import { AXES, ROLES, type Axis, type AxisValues, type ChoiceOption, type Role, type Severity } from '../narrative/types';

/**
 * Mastery score written in imsmanifest.xml (adlcp:masteryscore) and used when the LMS gives none
 * back in cmi.student_data.mastery_score: a path passes at 70 / 100 and above.
 */
export const MASTERY_SCORE = 70;

/**
 * The ending caps the score: however good the axes, a path that ends with a serious fault cannot
 * pass. Exemplary endings are not capped; a minor one can still reach the mastery score.
 */
export const SEVERITY_CAP: Record<Severity, number> = {
  exemplary: 100,
  minor: 80,
  moderate: 60,
  serious: 40,
  critical: 20,
};

/** One axis (−10 … +10) on 0 … 100: 50 is neutral. */
export function axisPercent(v: number): number {
  return Math.round((Math.max(-10, Math.min(10, v)) + 10) * 5);
}

/**
 * cmi.core.score.raw, 0 … 100: the mean of the four axes on 0 … 100, capped by the ending's
 * severity (SEVERITY_CAP). Before an ending, the mean alone.
 */
export function scoreRaw(score: AxisValues, severity: Severity | null): number {
  const mean = Math.round(AXES.reduce((sum, a) => sum + (Math.max(-10, Math.min(10, score[a])) + 10) * 5, 0) / AXES.length);
  return severity ? Math.min(mean, SEVERITY_CAP[severity]) : mean;
}

export function lessonStatus(raw: number, mastery: number): 'passed' | 'failed' {
  return raw >= mastery ? 'passed' : 'failed';
}

/** The mastery score the LMS hands back (from the manifest), else ours. */
export function masteryFrom(lmsValue: string | null | undefined): number {
  const n = Number(lmsValue);
  return lmsValue !== null && lmsValue !== undefined && lmsValue.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100 ? n : MASTERY_SCORE;
}

/** A choice's weight: the sum of what it does to the four axes. */
export function optionWeight(option: ChoiceOption): number {
  return AXES.reduce((sum, a) => sum + option.consequence.deltas[a], 0);
}

/** cmi.interactions.n.result: a choice that helps is correct, one that harms is wrong, the rest neutral. */
export function interactionResult(option: ChoiceOption): 'correct' | 'wrong' | 'neutral' {
  const w = optionWeight(option);
  return w > 0 ? 'correct' : w < 0 ? 'wrong' : 'neutral';
}

/**
 * The option's id in SCORM 1.2 « choice » responses, which are single characters 0-9 a-z:
 * a, b, c… in the order the options are offered.
 */
export function optionId(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > 25) throw new Error(`option ${index}: no SCORM 1.2 choice letter`);
  return String.fromCharCode(97 + index);
}

/** cmi.interactions.n.correct_responses.0.pattern: the best options (highest weight, if it helps), comma-separated. */
export function correctPattern(options: readonly ChoiceOption[]): string {
  const weights = options.map(optionWeight);
  const best = Math.max(...weights);
  if (!(best > 0)) return '';
  return options.filter((_, i) => weights[i] === best).map((o) => optionId(o.index)).join(',');
}

/** SCORM 1.2 CMIIdentifier: no spaces, printable ASCII, 255 characters at most. */
export function cmiIdentifier(id: string): string {
  const ascii = id.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x21-\x7e]/g, '_');
  return ascii.slice(0, 255) || 'decision';
}

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function timespan(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `${String(Math.min(h, 9999)).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 1.2 CMITime: HH:MM:SS, local time of day. */
export function timeOfDay(d: Date): string {
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

export interface AxisObjective {
  id: Axis;
  raw: number;
  status: 'passed' | 'failed' | 'incomplete';
}

/** One objective per axis: its score on 0 … 100; at the ending, passed when the axis is not negative. */
export function axisObjectives(score: AxisValues, ended: boolean): AxisObjective[] {
  return AXES.map((a) => ({ id: a, raw: axisPercent(score[a]), status: ended ? (score[a] >= 0 ? 'passed' : 'failed') : 'incomplete' }));
}

/** SCORM 1.2 limits cmi.suspend_data to 4,096 characters. */
export const SUSPEND_LIMIT = 4096;
const SUSPEND_VERSION = 1;

/** All that a resume needs, and nothing else: the game is replayed from its choices. */
export interface SuspendData {
  scenario: string;
  role: Role;
  /** Camille's grammatical genre when the story asks it (« f » or « m »), else empty. */
  genre: string;
  fingerprint: string;
  choices: number[];
}

/** Compact text: `1;scenario;e|i;genre;fingerprint;choices in base 36`, e.g. `1;demande-ami;e;;1a2b3c;0210`. */
export function encodeSuspend(d: SuspendData): string {
  const choices = d.choices.map((c) => {
    if (!Number.isInteger(c) || c < 0 || c > 35) throw new Error(`option ${c} cannot be kept in suspend_data`);
    return c.toString(36);
  }).join('');
  const text = [SUSPEND_VERSION, d.scenario, d.role === 'etudiant' ? 'e' : 'i', d.genre, d.fingerprint, choices].join(';');
  if (text.length > SUSPEND_LIMIT) throw new Error(`suspend_data of ${text.length} characters: over ${SUSPEND_LIMIT}`);
  return text;
}

/** null for anything that is not this format (empty at first launch, another package's data…). */
export function decodeSuspend(text: string | null | undefined): SuspendData | null {
  if (!text) return null;
  const parts = text.split(';');
  if (parts.length !== 6 || parts[0] !== String(SUSPEND_VERSION)) return null;
  const [, scenario, r, genre, fingerprint, choices] = parts as [string, string, string, string, string, string];
  const role = r === 'e' ? 'etudiant' : r === 'i' ? 'infirmier' : null;
  if (!scenario || !role || !ROLES.includes(role) || !/^[a-z]?$/.test(genre) || !/^[0-9a-z]*$/.test(choices)) return null;
  return { scenario, role, genre, fingerprint, choices: [...choices].map((c) => parseInt(c, 36)) };
}
