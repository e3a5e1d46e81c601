import { expect } from '@open-wc/testing';
import { getShortestPaths } from 'xstate/graph';
import { createActor, type SnapshotFrom } from 'xstate';
import {
  buildAssessment,
  createEnvironment,
  eligibilityMachine,
  QUESTION_IDS,
  QUESTION_KINDS,
  stepOf,
  type EngineEvent,
  type QuestionId,
} from '../../src/core/index.js';
import { $, $$, answer, confirm, continueOn, currentQuestion, fill, headingText, make, outcome, AS_OF } from './helpers.js';

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

const nameOf = (end: Snap): string => {
  const step = stepOf(end);
  return step.kind === 'question' ? step.question : serializeState(end);
};

/** The shortest path to each question, and every path to the summary and the results. */
const paths = allPaths
  .map((path) => ({ path, end: replay(path) }))
  .filter(({ end }, i, all) => {
    const step = stepOf(end);
    if (step.kind !== 'question') return true;
    return all.findIndex((o) => {
      const s = stepOf(o.end);
      return s.kind === 'question' && s.question === step.question;
    }) === i;
  });

describe('every reachable step passes axe', () => {
  it('the paths visit every question, the summary and all four outcomes', () => {
    const nodes = new Set(paths.map(({ end }) => nameOf(end)));
    for (const q of QUESTION_IDS) expect(nodes, q).to.include(q);
    for (const o of ['likely-admissible', 'not-admissible', 'needs-review', 'not-available']) {
      expect(nodes).to.include(`review:${o}`);
      expect(nodes).to.include(`result:${o}`);
    }
  });

  for (const { path, end } of paths) {
    const target = stepOf(end);
    const name = nameOf(end);
    it(`${name} (${path.steps.length - 1} steps)`, async () => {
      const el = await make();
      for (const { event } of path.steps) {
        if (event.type === 'ANSWER') await answer(el, event.value);
        else if (event.type === 'CONFIRM') await confirm(el);
      }
      if (target.kind === 'question') {
        expect(currentQuestion(el)).to.equal(target.question);
        expect($(el, '[part="progress"]')!.textContent).to.equal(`Question ${target.number}`);
      } else if (target.kind === 'review') {
        expect(headingText(el)).to.equal('Check your answers');
      } else {
        expect(outcome(el)).to.equal(target.outcome);
      }
      await expect(el).to.be.accessible();
    });
  }
});

describe('error states pass axe', () => {
  const reach: Record<string, [unknown[], unknown]> = {
    'State picker, nothing chosen': [[], ''],
    'radios, nothing chosen': [['ES', 'yes'], undefined],
    'checkboxes, nothing chosen': [['ES', 'yes', 'self'], []],
    'date in the future': [['ES', 'yes', 'self', ['housing'], 'no'], '2027-01-01'],
  };
  for (const [name, [before, bad]] of Object.entries(reach)) {
    it(name, async () => {
      const el = await make();
      for (const value of before) await answer(el, value);
      if (bad !== undefined) await fill(el, bad);
      await continueOn(el);
      expect($(el, '[part="error-summary"]')).to.exist;
      expect($$(el, '.error-message')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }
});
