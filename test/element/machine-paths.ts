import { getShortestPaths } from 'xstate/graph';
import { createActor, type SnapshotFrom } from 'xstate';
import { buildAssessment } from '../../src/core/assessment.js';
import {
  createEnvironment,
  QUESTION_KINDS,
  stepOf,
  type EngineEvent,
  type QuestionId,
} from '../../src/core/index.js';
import { eligibilityMachine } from '../../src/core/machine.js';
import { AS_OF } from './helpers.js';

/*
 * The machine's shortest paths, as the element's tests walk them: the shortest path to
 * each question, and every path to the summary and the results.
 */

type Snap = SnapshotFrom<typeof eligibilityMachine>;

/** Sample answers for each question: enough to open every branch of the machine. */
const SAMPLES: Partial<Record<QuestionId, unknown[]>> = {
  state: ['ES', 'US', 'AO'],
  rights: [['housing'], ['civil-political'], ['self-determination'], ['housing', 'civil-political']],
  factsDate: ['2024-01-10', '2010-01-01', 'unknown'],
  finalDecisionDate: ['2025-12-01', '2024-06-01', 'unknown'],
  grounds: [['sex'], ['prefer-not']],
};

function events(snapshot: Snap): EngineEvent[] {
  const step = stepOf(snapshot);
  if (step.kind === 'review') return [{ type: 'CONFIRM' }];
  if (step.kind !== 'question') return [];
  const kind = QUESTION_KINDS[step.question];
  const values = SAMPLES[step.question] ?? ('options' in kind ? kind.options : []);
  return values.map((value) => ({ type: 'ANSWER', value }));
}

/**
 * One node per step and per outcome the answers so far point to (so a route with no
 * doubt yet is kept apart from one that needs review); `env` and the answers themselves
 * are left out, which keeps the graph small.
 */
function serializeState(snapshot: Snap): string {
  const step = stepOf(snapshot);
  const pointsTo = buildAssessment(snapshot.context).outcome;
  if (step.kind === 'question') return `${step.question}:${pointsTo}`;
  if (step.kind === 'review') return `review:${pointsTo}`;
  return `result:${step.outcome}`;
}

const env = createEnvironment({ asOf: AS_OF });
const allPaths = getShortestPaths(eligibilityMachine, { input: { env }, events, serializeState: serializeState as never });

/** Where a path's events lead, replayed on the machine itself. */
function replay(path: (typeof allPaths)[number]): Snap {
  const actor = createActor(eligibilityMachine, { input: { env } }).start();
  for (const { event } of path.steps) if (event.type === 'ANSWER' || event.type === 'CONFIRM') actor.send(event);
  return actor.getSnapshot();
}

export const nameOf = (end: Snap): string => {
  const step = stepOf(end);
  return step.kind === 'question' ? step.question : serializeState(end);
};

/** The shortest path to each question, and every path to the summary and the results. */
export const paths = allPaths
  .map((path) => ({ path, end: replay(path) }))
  .filter(({ end }, i, all) => {
    const step = stepOf(end);
    if (step.kind !== 'question') return true;
    return all.findIndex((o) => {
      const s = stepOf(o.end);
      return s.kind === 'question' && s.question === step.question;
    }) === i;
  });
