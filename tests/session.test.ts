import { describe, expect, it, vi } from 'vitest';
import { EventBus } from '../src/events/bus';
import { ScenarioRunner } from '../src/narrative/runner';
import { PlaySession, type StoryView, type ChoiceResult, type SessionCommand } from '../src/narrative/session';
import { parseSnapshot, restoreSnapshot, type Snapshot } from '../src/narrative/snapshot';
import type { DecisionStep, EndingStep, LineStep } from '../src/narrative/types';
import { compiled } from './helpers';

/** A view that records what it is shown and answers from a script. */
class ScriptedView implements StoryView {
  shown: string[] = [];
  results: ChoiceResult[] = [];
  reached: EndingStep | null = null;
  resets = 0;
  constructor(private answers: (number | SessionCommand)[]) {}
  async present(step: LineStep, instant: boolean) {
    this.shown.push(`${instant ? '(instant) ' : ''}${step.kind}`);
  }
  async choose(_d: DecisionStep) {
    const a = this.answers.shift();
    if (a === undefined) throw new Error('no scripted answer left');
    return a;
  }
  async consequence(r: ChoiceResult) {
    this.results.push(r);
  }
  async ending(e: EndingStep) {
    this.reached = e;
  }
  async reset(shown: readonly LineStep[]) {
    this.resets++;
    this.shown.push(`reset ${shown.length}`);
  }
}

const runner = () => ScenarioRunner.load(compiled('tests/fixtures/graph.ink'), 'graph') as ScenarioRunner;

describe('PlaySession', () => {
  it('plays to an ending, awaiting the view for every line, choice and consequence', async () => {
    const view = new ScriptedView([2, 0]);
    const bus = new EventBus();
    const events: string[] = [];
    bus.on('story:choice', (e) => events.push(`choice ${e.decisionId} ${e.optionIndex}`));
    bus.on('story:ending', (e) => events.push(`ending ${e.ending.id}`));
    const out = await new PlaySession(runner(), view, { bus }).start('etudiant');
    expect(out).toMatchObject({ kind: 'ended', ending: { id: 'mal' } });
    expect(events).toEqual(['choice a 2', 'choice c 0', 'ending mal']);
    expect(view.results.map((r) => r.score.secret)).toEqual([-1, -3]);
    // The first choice opens a penal risk; the second makes it heavier and lands on an ending
    // whose sanctions arrive with it.
    expect(view.results.map((r) => r.raised.map((l) => `${l.authority}: ${l.level}`))).toEqual([['penal: signalement au procureur'], ['institut: blâme', 'penal: poursuites']]);
    if (out.kind !== 'ended') throw new Error();
    expect(out.state.ledger.map((l) => l.authority)).toEqual(['institut', 'penal']);
  });

  it('autosaves at every stop, and a saved game resumes where it was, lines replayed instantly', async () => {
    const saves: Snapshot[] = [];
    const first = new ScriptedView([0, { kind: 'quit' }]);
    const r1 = runner();
    await new PlaySession(r1, first, { save: (s) => saves.push(s) }).start('infirmier');
    expect(saves).toHaveLength(2);
    const last = saves.at(-1)!;
    const parsed = parseSnapshot(JSON.stringify(last), { scenarioId: 'graph', fingerprint: r1.fingerprint }) as Snapshot;
    const r2 = runner();
    expect(restoreSnapshot(r2, parsed)).toBeNull();
    const second = new ScriptedView([0]);
    const out = await new PlaySession(r2, second).resume();
    expect(second.shown[0]).toBe(`reset ${r1.shown.length}`);
    expect(r2.shown).toEqual(r1.shown);
    expect(out).toMatchObject({ kind: 'ended', ending: { id: 'bien' } });
    expect(second.results[0]!.score).toEqual({ secret: 1, respect: 1, posture: 0, image: 0 });
  });

  it('rewinds on request and lets the player take the other branch', async () => {
    const view = new ScriptedView([2, { kind: 'rewind', historyIndex: 0 }, 0, 0]);
    const out = await new PlaySession(runner(), view).start('etudiant');
    expect(view.resets).toBe(1);
    expect(out).toMatchObject({ kind: 'ended', ending: { id: 'bien' } });
    if (out.kind !== 'ended') throw new Error();
    expect(out.state.history.map((h) => h.decision.id)).toEqual(['a', 'b']);
    expect(out.state.ledger).toEqual([]);
  });
});

describe('EventBus', () => {
  it('closes subscriptions and survives a failing listener', () => {
    const bus = new EventBus();
    const heard: string[] = [];
    const off = bus.on('ui:message-sent', (e) => heard.push(e.text));
    bus.on('ui:message-sent', () => {
      throw new Error('broken speaker');
    });
    // The bus reports the failure with console.warn: caught here, so the test output stays clean.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    bus.emit('ui:message-sent', { text: 'un' });
    off();
    bus.emit('ui:message-sent', { text: 'deux' });
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
    expect(heard).toEqual(['un']);
    expect(bus.listenerCount('ui:message-sent')).toBe(1);
  });
});
