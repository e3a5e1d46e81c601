import { expect } from '@open-wc/testing';
import { assign, createActor, setup, transition, initialTransition } from 'xstate';
import {
  createEnvironment,
  eligibilityChart,
  isFitQuestion,
  QUESTION_IDS,
  type Answers,
  type EngineEvent,
  type FitQuestion,
  type QuestionId,
} from '../../src/core/index.js';
import { runChart } from '../../src/core/chart-run.js';
import { compileChart, UnsupportedDefinition, type ChartDefinition } from '../../src/core/statechart.js';
import { eligibilityMachine } from '../../src/core/machine.js';
import { AS_OF, INVALID_SAMPLES, SAMPLES, SPAIN_EVICTION } from '../support/samples.js';
import { seededRandom, type SeededRandom } from '../support/seeded-random.js';

const env = createEnvironment({ asOf: AS_OF });

/** A record with, per question, a sample answer, a wrong one, or none. */
function randomRecord({ next, pick }: SeededRandom): Answers {
  const record: Record<string, unknown> = {};
  for (const q of QUESTION_IDS) {
    const roll = next();
    if (roll < 0.8) record[q] = pick(SAMPLES[q]).value;
    else if (roll < 0.85 && INVALID_SAMPLES[q] !== undefined) record[q] = INVALID_SAMPLES[q];
  }
  return record as Answers;
}

function randomEvent({ next, pick }: SeededRandom): EngineEvent {
  const roll = next();
  if (roll < 0.6) {
    const q = pick(QUESTION_IDS);
    return { type: 'ANSWER', value: next() < 0.9 ? pick(SAMPLES[q]).value : INVALID_SAMPLES[q] };
  }
  if (roll < 0.75) return { type: 'BACK' };
  if (roll < 0.85) return { type: 'CHANGE', question: pick(QUESTION_IDS) as QuestionId };
  if (roll < 0.97) return { type: 'CONFIRM' };
  return { type: 'RESTART' };
}

/** What XState's interpreter makes of the same input and events. */
function interpreted(answers: Answers | undefined, events: readonly EngineEvent[], intake = false) {
  let [snapshot] = initialTransition(eligibilityMachine, answers ? { env, answers, intake } : { env });
  for (const event of events) {
    if (snapshot.status === 'done') break;
    [snapshot] = transition(eligibilityMachine, snapshot, event);
  }
  return { value: snapshot.value, context: snapshot.context, status: snapshot.status, output: snapshot.output };
}

describe('running the flow without XState (the element and assess)', () => {
  it('agrees with XState on 3,000 random intake records, confirmed at the summary', () => {
    const random = seededRandom(20251110);
    for (let i = 0; i < 3000; i++) {
      const answers = randomRecord(random);
      // Half as assess() runs them (fit questions left out are passed), half as the wizard restores them.
      const intake = i % 2 === 0;
      const expected = interpreted(answers, [{ type: 'CONFIRM' }], intake);
      const actual = runChart(eligibilityChart, { env, answers, intake }, [{ type: 'CONFIRM' }]);
      expect(actual, `record ${i}: ${JSON.stringify(answers)}`).to.deep.equal(expected);
    }
  });

  it('agrees with XState on 3,000 random sequences of answers, Back, Change, Confirm and Restart', () => {
    const random = seededRandom(7);
    const { next } = random;
    for (let i = 0; i < 3000; i++) {
      const events = Array.from({ length: 1 + Math.floor(next() * 30) }, () => randomEvent(random));
      const answers = next() < 0.3 ? randomRecord(random) : undefined;
      const expected = interpreted(answers, events);
      const actual = runChart(eligibilityChart, answers ? { env, answers } : { env }, events);
      expect(actual, `sequence ${i}: ${JSON.stringify({ answers, events })}`).to.deep.equal(expected);
    }
  });

  it('refuses, loudly, statechart features it does not run', () => {
    type Context = { marked: boolean };
    const definition = (config: object): ChartDefinition<Context, { type: string }, undefined, unknown> => ({
      config: { id: 'm', context: () => ({ marked: false }), ...config },
      guards: { yes: () => true },
      assignments: { mark: () => ({ marked: true }) },
    });
    const unsupported = {
      exit: { initial: 'a', states: { a: { exit: 'mark', always: 'b' }, b: {} } },
      parallel: { type: 'parallel', states: { a: {}, b: {} } },
      'an action other than an update': { initial: 'a', states: { a: { entry: 'log' } } },
      'an inline guard': { initial: 'a', states: { a: { always: { guard: () => true, target: 'b' } }, b: {} } },
      'an unknown guard': { initial: 'a', states: { a: { always: { guard: 'maybe', target: 'b' } }, b: {} } },
      'a missing target': { initial: 'a', states: { a: { always: 'nowhere' } } },
      'several targets': { initial: 'a', states: { a: { always: { target: ['b', 'c'] } }, b: {}, c: {} } },
      're-entering': { initial: 'a', states: { a: { on: { GO: { target: 'a', reenter: true } } } } },
      'a nested final state': { initial: 'a', states: { a: { initial: 'x', states: { x: { type: 'final' } } } } },
      'no initial state': { states: { a: {} } },
    };
    for (const [feature, config] of Object.entries(unsupported)) {
      expect(() => compileChart(definition(config)), feature).to.throw(UnsupportedDefinition);
    }
    expect(() => compileChart(definition({ initial: 'a', states: { a: { always: { guard: 'yes', target: 'b', actions: 'mark' } }, b: {} } }))).not.to.throw();
  });

  it('runs updates in XState’s order: entry outermost first, transition actions before the target’s entry', () => {
    type Context = { log: string[] };
    const add = (line: string) => ({ context }: { context: Context }) => ({ log: [...context.log, line] });
    const definition: ChartDefinition<Context, { type: string }, undefined, string> = {
      config: {
        id: 'm',
        context: () => ({ log: [] }),
        initial: 'a',
        states: {
          a: { entry: 'enterA', initial: 'inner', states: { inner: { entry: 'enterInner', always: { target: '#m.b', actions: 'leave', guard: 'ready' } } } },
          b: { entry: 'enterB', type: 'final' },
        },
        output: ({ context }) => context.log.join(', '),
      },
      guards: { ready: ({ context }) => context.log.length === 2 },
      assignments: { enterA: add('enter a'), enterInner: add('enter inner'), leave: add('a→b'), enterB: add('enter b') },
    };
    const machine = setup({
      types: {} as { context: Context },
      guards: definition.guards,
      actions: Object.fromEntries(Object.entries(definition.assignments).map(([k, f]) => [k, assign<Context, { type: string }, undefined, { type: string }, never>(f)])),
    }).createMachine(definition.config as never);
    const expected = createActor(machine).start().getSnapshot().output;
    expect(expected).to.equal('enter a, enter inner, a→b, enter b');
    expect(runChart(compileChart(definition), undefined).output).to.equal(expected);
  });
});

describe('the fit questions of records run one after another', () => {
  it('asks each record the fit questions of its own State, author, reason, other body, problem, urgency and dates', () => {
    // Which fit questions can change the routes recommended depends on what the route
    // answered of these (other-routes.ts); the flow remembers the last such answer for a
    // batch's sake: a record must never be asked, or passed, by the one before's.
    const ALL: FitQuestion[] = ['child', 'disability', 'grounds'];
    /** Spain, closed at the identity question (anonymous, art. 3(2)(g)): after author, reason, problem and other body. */
    const ES: Answers = { ...SPAIN_EVICTION, identity: 'anonymous' };
    const AR_LATE: Answers = {
      state: 'AR', jurisdiction: 'yes', author: 'self', rights: ['other'], factsDate: '2022-01-10', remedies: 'exhausted', finalDecisionDate: '2023-03-01', lateSubmission: 'no',
    };
    // Disability and unfair treatment name a UN expert on every closed route (the rapporteurs on disability and on
    // racism): they are always asked. Whether a child counts is the State's, the answers' and the dates' own.
    const DG: FitQuestion[] = ['disability', 'grounds'];
    const sequence: [Answers, FitQuestion[]][] = [
      [{ state: 'CL', rights: ['eviction'], urgency: 'no' }, ALL],
      // No complaint body at all: only the questions that name one more UN expert.
      [{ state: 'IN', rights: ['eviction'], urgency: 'no' }, DG],
      // Closed at the State: who complains was not asked, and counts for nothing.
      [{ state: 'CL', author: 'organisation', rights: ['eviction'], urgency: 'no' }, ALL],
      // Antigua and Barbuda: the Inter-American Commission, recommended on an eviction already (a child changes nothing).
      [{ state: 'AG', rights: ['eviction'], urgency: 'no' }, DG],
      [{ state: 'AG', rights: ['other'], urgency: 'no' }, ALL],
      [{ state: 'AG', rights: ['gender-equality'], urgency: 'no' }, DG],
      [{ state: 'AG', rights: ['other'], urgency: 'no' }, ALL],
      [{ state: 'AG', rights: ['eviction', 'other'], urgency: 'no' }, DG],
      [ES, ALL],
      [{ ...ES, author: 'organisation' }, DG],
      [ES, ALL],
      [{ ...ES, author: 'representative-no-consent', consentJustification: 'fear' }, ALL],
      [{ ...ES, author: 'representative-no-consent', consentJustification: 'child' }, DG],
      [ES, ALL],
      // Before the European Court: of Spain's bodies only CERD (no same-matter rule, its six months still running) and the
      // Human Rights Committee may take it, and the eviction already points to the latter: a child changes nothing.
      [{ ...ES, otherProcedure: 'echr' }, DG],
      [ES, ALL],
      // A year late at home (art. 3(2)(a)): the children's Committee's year and the Inter-American Commission's six months
      // are over too, but harm about to happen lets the Commission act at once: a child counts then, and only then.
      [{ ...AR_LATE, urgency: 'no' }, DG],
      [{ ...AR_LATE, urgency: 'yes' }, ALL],
      [{ ...AR_LATE, urgency: 'no' }, DG],
      // Closed at the remedies (art. 3(1)) and at the author: only who complains differs.
      [{ ...ES, remedies: 'not-tried' }, ALL],
      [{ state: 'ES', jurisdiction: 'yes', author: 'organisation', rights: ['eviction'], urgency: 'no' }, DG],
      // Brazil has not joined the Protocol: closed at the State, before the courts' question. A record's own final
      // decision still counts: two years ago, the children's Committee's year and the Inter-American Commission's
      // six months are over, and a child changes nothing; three months ago, both still run.
      [{ state: 'BR', rights: ['eviction'], urgency: 'no' }, ALL],
      [{ state: 'BR', rights: ['eviction'], urgency: 'no', remedies: 'exhausted', finalDecisionDate: '2024-01-10' }, DG],
      [{ state: 'BR', rights: ['eviction'], urgency: 'no', remedies: 'exhausted', finalDecisionDate: '2026-03-10' }, ALL],
      [{ state: 'BR', rights: ['eviction'], urgency: 'no', remedies: 'exhausted', finalDecisionDate: '2024-01-10' }, DG],
    ];
    const june = createEnvironment({ asOf: '2026-06-01' });
    for (const [answers, fits] of sequence) {
      const run = runChart(eligibilityChart, { env: june, answers, intake: true }, []);
      expect(run.context.trail.filter(isFitQuestion), JSON.stringify(answers)).to.deep.equal(fits);
    }
  });
});
