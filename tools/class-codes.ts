// A made-up class: result codes of students who played the real scenarios along random paths, with
// random quiz answers. Used by the class-results tests and by `npx tsx tools/bench-classroom.ts`.
import { existsSync, readFileSync } from 'node:fs';
import { ScenarioRunner } from '../src/narrative/runner';
import type { DecisionTable } from '../src/learning/decisionTable';
import { encodeResult } from '../src/learning/code';
import type { StorySource } from '../src/learning/classroom';
import { itemsFor } from '../src/learning/quiz';
import { ROLES, type Role } from '../src/narrative/types';
import { compileInk } from './ink-compile';

export const CLASS_SCENARIOS = ['demande-ami', 'groupe-whatsapp', 'photos-patients', 'page-pro', 'coup-de-gueule'];

/** The decision table shipped for a story (stories/<id>.decisions.json, `npm run tables`), unchecked. */
export function shippedTable(id: string): DecisionTable | null {
  const file = `stories/${id}.decisions.json`;
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as DecisionTable : null;
}

/** The stories as the class page gets them; `tables`: with the decision tables the page ships. */
export function storySources(ids: readonly string[] = CLASS_SCENARIOS, opts: { tables?: boolean } = {}): StorySource[] {
  return ids.map((id) => {
    const c = compileInk(`stories/${id}.ink`);
    if (!c.json) throw new Error(`${id} does not compile`);
    return { id, title: id, json: c.json, quiz: c.quiz, table: opts.tables ? shippedTable(id) : null };
  });
}

/** Small deterministic generator (mulberry32): the same seed gives the same class. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Student {
  scenarioId: string;
  role: Role;
  code: string;
  endingId: string;
  /** decision id and the text of the option taken, as played. */
  picks: [string, string][];
}

/** `n` students spread over `stories`; each plays to an ending with random options. */
export function makeClass(stories: readonly StorySource[], n: number, seed = 1): Student[] {
  const rand = rng(seed);
  const runners = new Map(stories.map((s) => [s.id, ScenarioRunner.load(s.json, s.id) as ScenarioRunner]));
  const out: Student[] = [];
  for (let k = 0; k < n; k++) {
    const story = stories[k % stories.length]!;
    const runner = runners.get(story.id)!;
    runner.setRecording(false);
    const role = ROLES[Math.floor(rand() * 2)]!;
    runner.genre = rand() < 0.5 ? 'f' : 'm';
    let stop = runner.start(role).stop;
    const path: number[] = [];
    const picks: [string, string][] = [];
    while (stop.kind === 'decision') {
      // Biased towards the first options, so that a class has a visible majority per decision.
      const i = Math.min(stop.options.length - 1, Math.floor(rand() * rand() * stop.options.length * 1.5));
      path.push(i);
      picks.push([stop.id, stop.options[i]!.text]);
      stop = runner.choose(i).batch.stop;
    }
    const items = story.quiz ? itemsFor(story.quiz, role) : [];
    const answer = () => (rand() < 0.15 ? null : { choice: 0, sure: rand() < 0.5 });
    const code = encodeResult({
      scenarioId: story.id, role, genre: runner.genre, storyFingerprint: runner.fingerprint, quizFingerprint: story.quiz?.fingerprint ?? 0,
      endingId: stop.id, path,
      before: items.map(() => { const a = answer(); return a && { ...a, choice: Math.floor(rand() * 2) }; }),
      after: items.map((i) => { const a = answer(); return a && { ...a, choice: rand() < 0.75 ? i.answer : (i.answer + 1) % i.options.length }; }),
      nonce: Math.floor(rand() * 1024),
    });
    out.push({ scenarioId: story.id, role, code, endingId: stop.id, picks });
  }
  return out;
}
