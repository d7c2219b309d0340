// The content side of the SCORM 1.2 package (scorm build only, see src/main.ts). It listens to the
// game's event bus and reports to the LMS; story code never calls SCORM. Without an LMS API (the
// package opened on its own, a preview) it does nothing and the game runs as usual.
//
// Reported: each decision as cmi.interactions.n (id = decision id, type choice, student_response =
// the option's letter, result from the option's weight, latency, time), each axis as an objective,
// at the ending cmi.core.score.raw and lesson_status (formula and mastery score in cmi.ts),
// cmi.suspend_data (choices only, for resume), cmi.core.exit and session_time. LMSCommit after each
// choice and at the ending; LMSFinish when the page goes away.
import type { EventBus, GameEvents } from '../events/bus';
import type { DecisionStep } from '../narrative/types';
import { findApi, Lms, type Scorm12Api } from './api';
import {
  axisObjectives, cmiIdentifier, correctPattern, decodeSuspend, encodeSuspend, interactionResult, lessonStatus, masteryFrom,
  optionId, scoreRaw, timeOfDay, timespan, type SuspendData,
} from './cmi';

export interface ScormLink {
  lms: Lms;
  /** The game to resume, read from cmi.suspend_data; null for a first launch. */
  resume: SuspendData | null;
  /** Ends the LMS session (also done on pagehide). */
  finish(): void;
}

export interface ScormOptions {
  bus: EventBus;
  /** The scenario of this SCO (launch URL `?scenario=`); null when the SCO offers the menu. */
  scenario: string | null;
  api?: Scorm12Api | null;
  now?: () => number;
}

/**
 * One LMS session: the attempt's scenario, the decision on screen, the choices so far (the resume
 * path) and whether the story ended, reported to the LMS as the game's events arrive.
 */
class ScormSession {
  private readonly startedAt: number;
  private readonly mastery: ReturnType<typeof masteryFrom>;
  private readonly browse: boolean;
  private interactions: number;
  private scenario: string | null;
  private decision: { step: DecisionStep; shownAt: number } | null = null;
  private path: SuspendData | null;
  private ended = false;
  private finished = false;
  private subs: (() => void)[] = [];
  readonly resume: SuspendData | null;

  constructor(readonly lms: Lms, scenario: string | null, private readonly now: () => number) {
    this.startedAt = now();
    this.mastery = masteryFrom(lms.get('cmi.student_data.mastery_score'));
    this.browse = lms.get('cmi.core.lesson_mode') === 'browse';
    this.interactions = Number(lms.get('cmi.interactions._count')) || 0;
    const saved = decodeSuspend(lms.get('cmi.suspend_data'));
    this.resume = saved && (scenario === null || saved.scenario === scenario) ? saved : null;
    this.scenario = scenario ?? this.resume?.scenario ?? null;
    this.path = this.resume;
  }

  /** Marks the attempt begun (incomplete, or browsed in browse mode) and resumable. */
  open(): void {
    const status = this.lms.get('cmi.core.lesson_status');
    if (status === '' || status === 'not attempted') this.lms.set('cmi.core.lesson_status', this.browse ? 'browsed' : 'incomplete');
    this.lms.set('cmi.core.exit', 'suspend');
    this.lms.commit();
  }

  /** A menu SCO adopts the first scenario played; events of any other are not this SCO's. */
  private ours(id: string): boolean {
    if (this.scenario === null) this.scenario = id;
    return id === this.scenario;
  }

  private writeObjectives(score: Parameters<typeof axisObjectives>[0], done: boolean): void {
    axisObjectives(score, done).forEach((o, i) => {
      this.lms.set(`cmi.objectives.${i}.id`, o.id);
      this.lms.set(`cmi.objectives.${i}.score.raw`, o.raw);
      this.lms.set(`cmi.objectives.${i}.score.min`, 0);
      this.lms.set(`cmi.objectives.${i}.score.max`, 100);
      this.lms.set(`cmi.objectives.${i}.status`, o.status);
    });
  }

  private writeSuspend(): void {
    if (!this.path) return;
    try {
      this.lms.set('cmi.suspend_data', encodeSuspend(this.path));
    } catch (e) {
      // Longer than SCORM 1.2 allows (tests keep every scenario far below): the game goes on without resume.
      console.warn(`SCORM : ${(e as Error).message}`);
    }
  }

  /** A game in progress (started, or « Rejouer depuis ici » after an ending): resumable again. */
  private playing(): void {
    this.ended = false;
    this.lms.set('cmi.core.exit', 'suspend');
  }

  /** The choice as cmi.interactions.n, the objectives so far, and the resume path, committed. */
  private choice(e: GameEvents['story:choice']): void {
    const decision = this.decision;
    if (!this.path || !this.ours(this.path.scenario) || !decision || decision.step.id !== e.decisionId) return;
    const option = decision.step.options[e.optionIndex];
    if (!option) return;
    const at = this.now();
    const n = this.interactions++;
    this.lms.set(`cmi.interactions.${n}.id`, cmiIdentifier(e.decisionId));
    this.lms.set(`cmi.interactions.${n}.type`, 'choice');
    this.lms.set(`cmi.interactions.${n}.time`, timeOfDay(new Date(at)));
    const correct = correctPattern(decision.step.options);
    if (correct) this.lms.set(`cmi.interactions.${n}.correct_responses.0.pattern`, correct);
    this.lms.set(`cmi.interactions.${n}.student_response`, optionId(e.optionIndex));
    this.lms.set(`cmi.interactions.${n}.result`, interactionResult(option));
    this.lms.set(`cmi.interactions.${n}.latency`, timespan(at - decision.shownAt));
    this.writeObjectives(e.score, false);
    this.path = { ...this.path, choices: [...this.path.choices, e.optionIndex] };
    this.writeSuspend();
    this.lms.commit();
    this.decision = null;
  }

  /** The score, objectives and status at the ending, committed. */
  private ending(e: GameEvents['story:ending']): void {
    if (!this.path || !this.ours(this.path.scenario)) return;
    this.ended = true;
    const raw = scoreRaw(e.score, e.ending.severity);
    this.lms.set('cmi.core.score.raw', raw);
    this.lms.set('cmi.core.score.min', 0);
    this.lms.set('cmi.core.score.max', 100);
    this.writeObjectives(e.score, true);
    this.lms.set('cmi.core.lesson_status', this.browse ? 'browsed' : lessonStatus(raw, this.mastery));
    // Finished: a new launch of this attempt shows the debrief again from suspend_data.
    this.lms.set('cmi.core.exit', '');
    this.lms.commit();
  }

  listen(bus: EventBus): void {
    this.subs = [
      bus.on('story:started', (e) => {
        if (this.ours(e.scenarioId)) this.playing();
      }),
      bus.on('story:rewound', () => this.playing()),
      bus.on('story:decision', (e) => {
        this.decision = { step: e.decision, shownAt: this.now() };
      }),
      bus.on('story:choice', (e) => this.choice(e)),
      bus.on('story:progress', (e) => {
        if (!this.ours(e.scenarioId)) return;
        this.path = { scenario: e.scenarioId, role: e.role, genre: e.genre ?? '', fingerprint: e.fingerprint, choices: e.choices };
        this.writeSuspend();
      }),
      bus.on('story:ending', (e) => this.ending(e)),
    ];
  }

  /** Once: stops listening, reports the session's time and whether to resume, and finishes. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    for (const d of this.subs) d();
    this.lms.set('cmi.core.session_time', timespan(this.now() - this.startedAt));
    this.lms.set('cmi.core.exit', this.ended ? '' : 'suspend');
    this.lms.commit();
    this.lms.finish();
  }
}

export function connectScorm(opts: ScormOptions): ScormLink | null {
  const api = opts.api === undefined ? findApi() : opts.api;
  if (!api) return null;
  const lms = new Lms(api);
  lms.initialize();
  const session = new ScormSession(lms, opts.scenario, opts.now ?? (() => Date.now()));
  session.open();
  session.listen(opts.bus);
  const finish = () => session.finish();
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
  return { lms, resume: session.resume, finish };
}
