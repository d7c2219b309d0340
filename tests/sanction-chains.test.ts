// Issue 10: the chain of who decides what, as the debrief shows it, for each role and each status
// a scenario can stage. One small story (tests/fixtures/chain.ink), played to its serious ending.
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDebrief, type DebriefData } from '../src/debrief/model';
import { ScenarioRunner } from '../src/narrative/runner';
import type { EndingStep, Role, Statut } from '../src/narrative/types';
import { compileInk } from '../tools/ink-compile';
import { checkStoryFile } from '../tools/stories-check';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const FIXTURE = readFileSync('tests/fixtures/chain.ink', 'utf8');

/** The fixture staged with another status: its header and its employer level (one of that scale). */
function staged(statut: Statut, employerLevel: string, basis: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'soignants-chain-'));
  dirs.push(dir);
  copyFileSync('stories/commun.ink', path.join(dir, 'commun.ink'));
  const text = FIXTURE.replace('# statut: titulaire', `# statut: ${statut}`)
    .replace('INCLUDE ../../stories/commun.ink', 'INCLUDE commun.ink')
    .replace('#sanction: employeur; exclusion de 16 jours à 2 ans; cgfp-l533-1', `#sanction: employeur; ${employerLevel}; ${basis}`);
  const file = path.join(dir, 'chain.ink');
  writeFileSync(file, text);
  return file;
}

function debriefOf(file: string, role: Role): DebriefData {
  expect(checkStoryFile(file).problems).toEqual([]);
  const r = ScenarioRunner.load(compileInk(file).json!, 'chain') as ScenarioRunner;
  r.start(role);
  const stop = r.choose(0).batch.stop as EndingStep;
  expect(stop.id).toBe('grave');
  return buildDebrief({ info: r.info, role, history: r.choicesMade, ending: stop });
}

const line = (d: DebriefData, a: string) => d.ledger.find((l) => l.authority === a)!;
const everything = (d: DebriefData) => JSON.stringify(d);

describe('student chain: the institute decides, the placement reports', () => {
  const d = debriefOf('tests/fixtures/chain.ink', 'etudiant');

  it('shows the institute, the pedagogical route, the courts and reparation — never the Ordre nor an employer', () => {
    expect(d.ledger.map((l) => l.name)).toEqual([
      'Institut de formation (directeur, section disciplinaire)',
      'Stage\u00A0: voie pédagogique (tutrice, formateur référent)',
      'Justice pénale (procureur, tribunal correctionnel)',
      'Réparation (juge civil ou administratif)',
    ]);
    expect(d.references.map((r) => r.id)).not.toEqual(expect.arrayContaining(['csp-l4124-2']));
    expect(d.references.some((r) => /^csp-l4124|^cgfp|^fph-|^ordre-/.test(r.id))).toBe(false);
    expect(everything(d)).not.toMatch(/licenciement|révocation|chambre disciplinaire/);
  });

  it('the placement only reports to the institute\'s director; the director\'s suspension is not the heaviest sanction', () => {
    expect(line(d, 'stage').notes).toEqual(['Il signale, il ne sanctionne pas.']);
    expect(line(d, 'stage').levelText).toBe('signalement au directeur de l’institut');
    expect(line(d, 'stage').scale).not.toContain('fin du stage');
    expect(line(d, 'institut').level).toBe('exclusion temporaire');
    expect(line(d, 'institut').scale).toContain('suspension du stage');
  });

  it('the complaint is the patient\'s own act, and the judge orders reparation', () => {
    expect(line(d, 'penal').levelText).toBe('plainte que peut déposer Jeanne Roche');
    expect(line(d, 'civil').notes.join(' ')).toMatch(/ordonne une réparation/);
    expect(line(d, 'penal').penalties.map((p) => p.penalty).join(' ')).toMatch(/^Jusqu’à 1 an d’emprisonnement et 45\s000\s€/);
  });
});

describe('nurse chains: the Ordre, and the public employer on the scale of the status staged', () => {
  it('titulaire: four groups, the conseil de discipline before groups 2 to 4, rank = group', () => {
    const d = debriefOf('tests/fixtures/chain.ink', 'infirmier');
    expect(d.ledger.map((l) => l.authority)).toEqual(['ordre', 'employeur', 'penal', 'civil']);
    const e = line(d, 'employeur');
    expect(e.name).toBe('Employeur public\u00A0: le directeur de l’établissement');
    expect(e.scale).toEqual(['entretien avec la cadre', 'avertissement', 'blâme', 'exclusion de 3 jours au plus', 'exclusion de 4 à 15 jours', 'exclusion de 16 jours à 2 ans', 'révocation']);
    expect(e.level).toBe('exclusion de 16 jours à 2 ans');
    expect(e.rank).toBe(3);
    expect(e.notes).toEqual(['Conseil de discipline consulté avant les groupes 2 à 4.']);
    expect(e.penalties.map((p) => p.refId)).toContain('cgfp-l533-1');
    // The L.533-1 card says « pas de licenciement pour faute grave »: nothing offers one.
    expect(e.scale.join(' ')).not.toMatch(/licenciement/);
    expect(everything(d)).not.toMatch(/ifsi-discipline|Institut de formation/);
    expect(d.references.map((r) => r.id)).toContain('csp-l4124-2');
  });

  it('contractuel: dismissal without notice or allowance, no groups, no révocation', () => {
    const d = debriefOf(staged('contractuel', 'licenciement sans préavis ni indemnité', 'fph-contractuel'), 'infirmier');
    const e = line(d, 'employeur');
    expect(e.scale).toEqual(['entretien avec la cadre', 'avertissement', 'blâme', 'exclusion temporaire', 'licenciement sans préavis ni indemnité']);
    expect(e.level).toBe('licenciement sans préavis ni indemnité');
    expect(e.notes).toEqual([]);
    expect(e.penalties.map((p) => p.refId)).toEqual(expect.arrayContaining(['fph-contractuel']));
    expect(e.penalties.map((p) => p.refId)).not.toContain('cgfp-l533-1');
    expect(everything(d)).not.toMatch(/révocation|faute grave/);
  });

  it('stagiaire: final exclusion from the service', () => {
    const d = debriefOf(staged('stagiaire', 'exclusion définitive du service', 'fph-stagiaire'), 'infirmier');
    const e = line(d, 'employeur');
    expect(e.scale).toEqual(['entretien avec la cadre', 'avertissement', 'blâme', 'exclusion temporaire', 'exclusion définitive du service']);
    expect(e.level).toBe('exclusion définitive du service');
    expect(e.penalties.map((p) => p.refId)).toContain('fph-stagiaire');
    expect(everything(d)).not.toMatch(/révocation|licenciement/);
  });

  it('a level of another status\'s scale is refused for the status staged', () => {
    const file = staged('stagiaire', 'révocation', 'fph-stagiaire');
    expect(checkStoryFile(file).problems.map((p) => p.message)).toContain("#sanction : « révocation » n'est pas sur l'échelle de l'employeur public pour un agent stagiaire (voir stories/README.md)");
  });

  it('libéral: no employer line at all, and an employer sanction is refused', () => {
    const file = staged('liberal', 'avertissement', 'cgfp-l533-1');
    expect(checkStoryFile(file).problems.map((p) => p.message)).toContain("#sanction : un infirmier libéral n'a pas d'employeur : pas de sanction « employeur » dans ce scénario");
    const noEmployer = readFileSync(file, 'utf8').split('\n').filter((l) => !l.startsWith('#sanction: employeur')).join('\n');
    writeFileSync(file, noEmployer);
    const d = debriefOf(file, 'infirmier');
    expect(d.ledger.map((l) => l.authority)).toEqual(['ordre', 'penal', 'civil']);
  });
});
