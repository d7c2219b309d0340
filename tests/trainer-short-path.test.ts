// The short path in trainer mode (issue 13 §4): the room votes on the sheet's five decisions and
// the others go by on their own. Every decision of the sheet must come up in the session, whatever
// the room votes, and a passed decision must go by in one press of the clicker.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioRunner } from '../src/narrative/runner';
import { AXES, ROLES, type DecisionStep, type Role } from '../src/narrative/types';
import { TrainerSession } from '../src/trainer/model/session';
import { loadTrainerSession, saveTrainerSession } from '../src/trainer/persist';
import type { KeyValueStorage } from '../src/storage/store';
import type { Command } from '../src/trainer/model/types';
import { shippedTable } from '../tools/class-codes';
import { compiled } from './helpers';

const SCENARIOS = ['demande-ami', 'groupe-whatsapp', 'photos-patients', 'page-pro', 'coup-de-gueule'];
const sheetPath = (id: string): string[] => JSON.parse(readFileSync(`stories/${id}.sheet.json`, 'utf8')).shortPath;
const next: Command = { kind: 'next' };

const sum = (d: DecisionStep, i: number) => AXES.reduce((s, a) => s + d.options[i]!.consequence.deltas[a], 0);
/** How the room votes at a sheet decision. */
const ROOMS: Record<string, (d: DecisionStep) => number> = {
  'le plus prudent': (d) => d.options.reduce((b, _, i) => (sum(d, i) > sum(d, b) ? i : b), 0),
  'le plus risqué': (d) => d.options.reduce((b, _, i) => (sum(d, i) < sum(d, b) ? i : b), 0),
  'la première option': () => 0,
  'la dernière option': (d) => d.options.length - 1,
};

function apply(s: TrainerSession, c: Command): void {
  const r = s.apply(c);
  if (!r.ok) throw new Error(`${JSON.stringify(c)}: ${r.reason}`);
}

/** Runs a short-path session to its summary, the room voting with `vote`; returns the decisions the room voted on, in order. */
function runSession(json: string, id: string, role: Role, vote: (d: DecisionStep) => number): { voted: string[]; presses: number[] } {
  const runner = ScenarioRunner.load(json, id) as ScenarioRunner;
  const s = TrainerSession.start(runner, role, { id: 'court', settings: { shortPath: sheetPath(id), feedback: 'examen' }, table: shippedTable(id) });
  const presses: number[] = [];
  const voted: string[] = [];
  for (let guard = 0; s.phase !== 'summary'; guard++) {
    if (guard > 5000) throw new Error(`${id} ${role}: the session does not end`);
    const d = s.view().decision;
    if (s.phase === 'vote' && d?.by === 'parcours') {
      // One press: the passed decision is decided and left behind (no consequence card to dismiss).
      const before = s.rounds.length;
      apply(s, next);
      presses.push(s.rounds.length - before);
      expect(s.phase, `${id} ${role} ${d.id}`).not.toBe('consequence');
      expect(s.view().decision?.id === d.id && s.phase === 'vote' && s.rounds.length === before, `${id} ${role} ${d.id}`).toBe(false);
      continue;
    }
    if (s.phase === 'vote' && d && d.totalVotes === 0 && d.followed === null) {
      voted.push(d.id);
      apply(s, { kind: 'vote', option: vote(s.runner.currentStop as DecisionStep), delta: 1 });
    }
    apply(s, next);
  }
  // What the summary keeps agrees: every decision voted on is there, decided by the room.
  const kept = new Set(s.summary().runs.flatMap((r) => r.decisions.filter((x) => x.by !== 'parcours').map((x) => x.decisionId)));
  expect([...kept].sort()).toEqual([...new Set(voted)].sort());
  return { voted, presses };
}

describe('short path in trainer mode', () => {
  it.each(SCENARIOS)('%s: every decision of the sheet comes up, whatever the room votes, in both roles', (id) => {
    const json = compiled(`stories/${id}.ink`);
    const path = sheetPath(id);
    for (const role of ROLES) {
      for (const [how, vote] of Object.entries(ROOMS)) {
        const { voted, presses } = runSession(json, id, role, vote);
        expect(path.filter((d) => !voted.includes(d)), `${id}, rôle ${role}, la salle vote ${how}`).toEqual([]);
        // Each once: going back for an unseen one, the decisions already voted on go by without a vote.
        expect(voted.filter((d, i) => voted.indexOf(d) !== i), `${id}, rôle ${role}, la salle vote ${how}`).toEqual([]);
        // Each passed decision went by in one press (the session decided it at once).
        expect(presses.every((n) => n === 1)).toBe(true);
      }
    }
  });

  it('keeps its way after a reload of the projector: the same decision passed on the same answer, the same way back', () => {
    const id = 'coup-de-gueule';
    const json = compiled(`stories/${id}.ink`);
    const table = shippedTable(id);
    const settings = { shortPath: sheetPath(id), feedback: 'examen' as const };
    const s = TrainerSession.start(ScenarioRunner.load(json, id) as ScenarioRunner, 'etudiant', { id: 'court-reload', settings, table });
    const reload = () => {
      const map = new Map<string, string>();
      const storage: KeyValueStorage = { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
      saveTrainerSession(storage, s.data());
      const loaded = loadTrainerSession(storage);
      if (!loaded.ok || !loaded.session) throw new Error('not saved');
      const again = TrainerSession.restore(ScenarioRunner.load(json, id) as ScenarioRunner, loaded.session, table);
      if (!(again instanceof TrainerSession)) throw new Error(again.kind);
      return again;
    };
    let checked = 0;
    for (let guard = 0; s.phase !== 'summary' && guard < 2000; guard++) {
      const d = s.view().decision;
      // At each passed decision and at the ending (where the way back is chosen), a reloaded session says the same.
      if ((s.phase === 'vote' && d?.by === 'parcours') || s.phase === 'ending') {
        expect(reload().view()).toEqual(s.view());
        checked++;
      }
      // The room takes the protective answer: cg-nommer and cg-tableau then need the way back.
      if (s.phase === 'vote' && d && d.by !== 'parcours' && d.totalVotes === 0) apply(s, { kind: 'vote', option: ROOMS['le plus prudent']!(s.runner.currentStop as DecisionStep), delta: 1 });
      apply(s, next);
    }
    expect(s.phase).toBe('summary');
    expect(s.summary().runs.length).toBeGreaterThan(1);
    expect(checked).toBeGreaterThan(3);
  });

  it('passes a decision in one press, and one press back returns to it', () => {
    const runner = ScenarioRunner.load(compiled('stories/demo.ink'), 'demo') as ScenarioRunner;
    const s = TrainerSession.start(runner, 'etudiant', { id: 'court-demo', settings: { shortPath: ['demo-voisine'] } });
    while (s.phase !== 'vote') apply(s, next);
    apply(s, { kind: 'vote', option: 0, delta: 1 });
    apply(s, next);
    while (s.phase !== 'vote') apply(s, next);
    expect(s.view().decision).toMatchObject({ id: 'demo-cadre', by: 'parcours' });
    apply(s, next);
    expect(s.rounds.map((r) => r.decisionId)).toEqual(['demo-voisine', 'demo-cadre']);
    expect(s.phase).not.toBe('consequence');
    expect(s.view().decision?.id).not.toBe('demo-cadre');
    apply(s, { kind: 'back' });
    expect(s.phase).toBe('vote');
    expect(s.view().decision).toMatchObject({ id: 'demo-cadre', by: 'parcours' });
  });
});
