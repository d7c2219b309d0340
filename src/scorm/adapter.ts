// The content side of the SCORM 1.2 package (scorm build only, see src/main.ts). It listens to the
// game's event bus and reports to the LMS; story code never calls SCORM. Without an LMS API (the
// package opened on its own, a preview) it does nothing and the game runs as usual.
//
// Reported: each decision as cmi.interactions.n (id = decision id, type choice, student_response =
// the option's letter, result from the option's weight, latency, time), each axis as an objective,
// at the ending cmi.core.score.raw and lesson_status (formula and mastery score in cmi.ts),
// cmi.suspend_data (choices only, for resume), cmi.core.exit and session_time. LMSCommit after each
// choice and at the ending; LMSFinish when the page goes away.
import type { EventBus } from '../events/bus';
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

export function connectScorm(opts: ScormOptions): ScormLink | null {
  const api = opts.api === undefined ? findApi() : opts.api;
  if (!api) return null;
  const lms = new Lms(api);
  lms.initialize();
  const now = opts.now ?? (() => Date.now());
  const startedAt = now();
  const mastery = masteryFrom(lms.get('cmi.student_data.mastery_score'));
  const browse = lms.get('cmi.core.lesson_mode') === 'browse';
  let interactions = Number(lms.get('cmi.interactions._count')) || 0;
  let scenario = opts.scenario;
  const saved = decodeSuspend(lms.get('cmi.suspend_data'));
  const resume = saved && (scenario === null || saved.scenario === scenario) ? saved : null;
  if (!scenario && resume) scenario = resume.scenario;

  const status = lms.get('cmi.core.lesson_status');
  if (status === '' || status === 'not attempted') lms.set('cmi.core.lesson_status', browse ? 'browsed' : 'incomplete');
  lms.set('cmi.core.exit', 'suspend');
  lms.commit();

  const ours = (id: string) => {
    if (scenario === null) scenario = id;
    return id === scenario;
  };
  let decision: { step: DecisionStep; shownAt: number } | null = null;
  let path: SuspendData | null = resume;
  let ended = false;

  const writeObjectives = (score: Parameters<typeof axisObjectives>[0], done: boolean) => {
    axisObjectives(score, done).forEach((o, i) => {
      lms.set(`cmi.objectives.${i}.id`, o.id);
      lms.set(`cmi.objectives.${i}.score.raw`, o.raw);
      lms.set(`cmi.objectives.${i}.score.min`, 0);
      lms.set(`cmi.objectives.${i}.score.max`, 100);
      lms.set(`cmi.objectives.${i}.status`, o.status);
    });
  };

  const writeSuspend = () => {
    if (!path) return;
    try {
      lms.set('cmi.suspend_data', encodeSuspend(path));
    } catch (e) {
      // Longer than SCORM 1.2 allows (tests keep every scenario far below): the game goes on without resume.
      console.warn(`SCORM : ${(e as Error).message}`);
    }
  };

  const subs = [
    opts.bus.on('story:started', (e) => {
      if (!ours(e.scenarioId)) return;
      ended = false;
      lms.set('cmi.core.exit', 'suspend');
    }),
    opts.bus.on('story:rewound', () => {
      // « Rejouer depuis ici » after an ending: a game in progress again.
      ended = false;
      lms.set('cmi.core.exit', 'suspend');
    }),
    opts.bus.on('story:decision', (e) => {
      decision = { step: e.decision, shownAt: now() };
    }),
    opts.bus.on('story:choice', (e) => {
      if (!path || !ours(path.scenario) || !decision || decision.step.id !== e.decisionId) return;
      const option = decision.step.options[e.optionIndex];
      if (!option) return;
      const at = now();
      const n = interactions++;
      lms.set(`cmi.interactions.${n}.id`, cmiIdentifier(e.decisionId));
      lms.set(`cmi.interactions.${n}.type`, 'choice');
      lms.set(`cmi.interactions.${n}.time`, timeOfDay(new Date(at)));
      const correct = correctPattern(decision.step.options);
      if (correct) lms.set(`cmi.interactions.${n}.correct_responses.0.pattern`, correct);
      lms.set(`cmi.interactions.${n}.student_response`, optionId(e.optionIndex));
      lms.set(`cmi.interactions.${n}.result`, interactionResult(option));
      lms.set(`cmi.interactions.${n}.latency`, timespan(at - decision.shownAt));
      writeObjectives(e.score, false);
      path = { ...path, choices: [...path.choices, e.optionIndex] };
      writeSuspend();
      lms.commit();
      decision = null;
    }),
    opts.bus.on('story:progress', (e) => {
      if (!ours(e.scenarioId)) return;
      path = { scenario: e.scenarioId, role: e.role, genre: e.genre ?? '', fingerprint: e.fingerprint, choices: e.choices };
      writeSuspend();
    }),
    opts.bus.on('story:ending', (e) => {
      if (!path || !ours(path.scenario)) return;
      ended = true;
      const raw = scoreRaw(e.score, e.ending.severity);
      lms.set('cmi.core.score.raw', raw);
      lms.set('cmi.core.score.min', 0);
      lms.set('cmi.core.score.max', 100);
      writeObjectives(e.score, true);
      lms.set('cmi.core.lesson_status', browse ? 'browsed' : lessonStatus(raw, mastery));
      // Finished: a new launch of this attempt shows the debrief again from suspend_data.
      lms.set('cmi.core.exit', '');
      lms.commit();
    }),
  ];

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    for (const d of subs) d();
    lms.set('cmi.core.session_time', timespan(now() - startedAt));
    lms.set('cmi.core.exit', ended ? '' : 'suspend');
    lms.commit();
    lms.finish();
  };
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
  return { lms, resume, finish };
}
