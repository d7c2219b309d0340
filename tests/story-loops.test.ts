// A story loop with no choice used to run forever: stories:check hung (still running after 240 s),
// the map's worker and the game's tab froze. The runner now stops it, and the checker says where.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../tools/ink-compile';
import { explore } from '../src/narrative/explorer';
import { ENDING_WORDS, wordEnding } from '../src/ui/labels/story';
import { MAX_MS_PER_LINE, ScenarioRunner, StoryLoopError } from '../src/narrative/runner';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

/** stories:check in its own process, so a hang is a failure (killed) and not a frozen test run. */
function storiesCheck(file: string): { status: number | null; lines: string[]; ms: number } {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [TSX, 'tools/stories-check.ts', file], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
  return { status: r.status, lines: r.stdout.split('\n'), ms: Date.now() - t0 };
}

describe('a story loop with no choice', () => {
  it('stories:check reports a loop that prints a line at that line, and fails', () => {
    const r = storiesCheck('tests/fixtures/loop-print.ink');
    expect(r.lines).toContain('tests/fixtures/loop-print.ink:12: boucle sans choix : « On tourne en rond. » se répète sans fin (aucun choix ni fin après 2000 lignes)');
    expect(r.status).toBe(1);
  }, 100_000);

  it('stories:check reports a loop that prints nothing at its knot, and fails', () => {
    const r = storiesCheck('tests/fixtures/loop-silent.ink');
    expect(r.lines).toContain('tests/fixtures/loop-silent.ink:11: boucle sans choix : « boucle » tourne sans rien afficher ni proposer de choix');
    expect(r.status).toBe(1);
  }, 100_000);

  it('a loop back through a decision that can be left is a warning: reported, the check passes', () => {
    const r = storiesCheck('tests/fixtures/loop-decision.ink');
    expect(r.lines).toContain('tests/fixtures/loop-decision.ink:6: avertissement : un chemin revient à la décision « a » (boucle par une décision : vérifier qu\'on peut toujours en sortir)');
    expect(r.lines.some((l) => /Aucun problème dans 1 scénario\(s\) \(et 1 avertissement\(s\)\)/.test(l))).toBe(true);
    expect(r.status).toBe(0);
  }, 100_000);

  // The two below run in this process: they come after the checks above proved the runner stops.
  it('the runner stops the loop with an error the game can show, within its limits', () => {
    for (const [file, text] of [['loop-print', 'On tourne en rond.'], ['loop-silent', null]] as const) {
      const runner = ScenarioRunner.load(compileInk(`tests/fixtures/${file}.ink`).json!, file) as ScenarioRunner;
      runner.start('etudiant');
      const t0 = performance.now();
      let error: unknown = null;
      try {
        runner.choose(1);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StoryLoopError);
      expect((error as StoryLoopError).text).toBe(text);
      expect((error as StoryLoopError).knot).toBe('boucle');
      expect((error as Error).message).toMatch(/^boucle sans choix/);
      expect(performance.now() - t0).toBeLessThan(MAX_MS_PER_LINE * 5);
    }
  });

  it('the explorer (map, checker) goes on past the loop: the other option still reaches its ending', () => {
    const ex = explore(compileInk('tests/fixtures/loop-print.ink').json!, 'loop-print', 'etudiant');
    expect([...ex.endings.keys()].sort()).toEqual(['', 'fin']);
    expect(ex.loops.map((l) => ({ text: l.text, path: l.path }))).toEqual([{ text: 'On tourne en rond.', path: [1] }]);
  });

  it('the unnamed ending of a loop is worded by the words the UI passes in, and by nothing in the core', () => {
    const json = compileInk('tests/fixtures/loop-print.ink').json!;
    const worded = explore(json, 'loop-print', 'etudiant', { words: ENDING_WORDS }).endings.get('')!.ending;
    expect(worded.problem).toEqual({ kind: 'loop', detail: expect.stringMatching(/^boucle sans choix/) });
    expect(worded.title).toBe('Fin inattendue du scénario');
    expect(worded.debrief).toEqual([expect.stringMatching(/^Ce chemin du scénario tourne en rond \(boucle sans choix.*signalez-le à votre formateur ou formatrice\.$/)]);
    const bare = explore(json, 'loop-print', 'etudiant').endings.get('')!.ending;
    expect([bare.title, bare.debrief]).toEqual(['', []]);
    // Explored in the map's worker (without words), the page words it the same.
    expect(wordEnding(bare)).toEqual(worded);
  });
});
