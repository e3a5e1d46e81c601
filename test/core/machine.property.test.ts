import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import * as z from 'zod/mini';
import {
  assessmentSchema,
  createEnvironment,
  QUESTION_IDS,
  stepOf,
  type Answers,
  type Assessment,
  type EngineEvent,
  type QuestionId,
} from '../../src/core/index.js';
import { eligibilityMachine } from '../../src/core/machine.js';
import { AS_OF, INVALID_SAMPLES, SAMPLES } from '../support/samples.js';

/*
 * Property: whatever a person (or a broken host) sends, in any order, the machine never
 * throws, always rests in one of its own states, and every result carries reasons with
 * their articles. fast-check generates the sequences and shrinks any failure to a
 * minimal one.
 */

type Snapshot = SnapshotFrom<typeof eligibilityMachine>;
const env = createEnvironment({ asOf: AS_OF });
const RUNS = 10_000;
/** Run in blocks, each well inside the test timeout on a busy machine. */
const BLOCKS = 4;

const ARTICLES = new Set(['1(1)', '1(2)', '2', '3(1)', '3(2)(a)', '3(2)(b)', '3(2)(c)', '3(2)(d)', '3(2)(e)', '3(2)(f)', '3(2)(g)', '4', '5', '11', '13', '18(2)']);
const OUTCOMES = new Set(['likely-admissible', 'not-admissible', 'needs-review', 'not-available']);
/** Where the machine may rest: a question, the summary, or a result (never the transient `routing`). */
const RESTING = new Set(Object.keys(eligibilityMachine.root.states).filter((s) => s !== 'routing'));
const ALL_SAMPLES = QUESTION_IDS.flatMap((q) => SAMPLES[q].map((s) => s.value));

/** A command is read against the current state, so valid answers can move the screening forward. */
type Command =
  | { kind: 'sample'; pick: number }
  | { kind: 'any-sample'; value: unknown }
  | { kind: 'invalid' }
  | { kind: 'junk'; value: unknown }
  | { kind: 'back' }
  | { kind: 'change'; question: string }
  | { kind: 'confirm' }
  | { kind: 'restart' };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 12, arbitrary: fc.nat().map((pick) => ({ kind: 'sample' as const, pick })) },
  { weight: 2, arbitrary: fc.constantFrom(...ALL_SAMPLES).map((value) => ({ kind: 'any-sample' as const, value })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'invalid' as const }) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true }).map((value) => ({ kind: 'junk' as const, value })) },
  { weight: 3, arbitrary: fc.constant({ kind: 'back' as const }) },
  { weight: 2, arbitrary: fc.constantFrom<string>(...QUESTION_IDS, 'nope', '__proto__', 'constructor').map((question) => ({ kind: 'change' as const, question })) },
  { weight: 3, arbitrary: fc.constant({ kind: 'confirm' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

/** Restored answers: any subset of the valid samples (the element validates them first). */
const restored: fc.Arbitrary<Answers | undefined> = fc.option(
  fc.record(Object.fromEntries(QUESTION_IDS.map((q) => [q, fc.constantFrom(...SAMPLES[q].map((s) => s.value))])), { requiredKeys: [] }) as fc.Arbitrary<Answers>,
  { nil: undefined },
);

function toEvent(c: Command, snapshot: Snapshot): EngineEvent {
  const step = stepOf(snapshot);
  const question: QuestionId = step.kind === 'question' ? step.question : 'state';
  switch (c.kind) {
    case 'sample': {
      const samples = SAMPLES[question];
      return { type: 'ANSWER', value: samples[c.pick % samples.length]!.value };
    }
    case 'any-sample':
    case 'junk':
      return { type: 'ANSWER', value: c.value };
    case 'invalid':
      return { type: 'ANSWER', value: INVALID_SAMPLES[question] };
    case 'back':
      return { type: 'BACK' };
    case 'change':
      return { type: 'CHANGE', question: c.question as QuestionId };
    case 'confirm':
      return { type: 'CONFIRM' };
    case 'restart':
      return { type: 'RESTART' };
  }
}

const stats = { sequences: 0, events: 0, results: 0 };

/** Plain checks, not chai: this runs half a million times. */
function assert(ok: boolean, what: string, snapshot: Snapshot): void {
  if (!ok) throw new Error(`${what} (state ${JSON.stringify(snapshot.value)}, status ${snapshot.status})`);
}

function check(snapshot: Snapshot): void {
  assert(snapshot.status !== 'error', 'the machine stopped with an error', snapshot);
  const value = snapshot.value;
  const top = typeof value === 'string' ? value : Object.keys(value)[0]!;
  assert(RESTING.has(top), 'rests outside the machine’s resting states', snapshot);
  const step = stepOf(snapshot);
  if (step.kind === 'question') {
    assert(typeof value === 'object' && (value as Record<string, unknown>)[step.question] === 'asking', 'a question rests in asking', snapshot);
    assert(snapshot.context.trail.at(-1) === step.question, 'the current question ends the trail', snapshot);
  }
  if (snapshot.status === 'done') {
    const output = snapshot.output as Assessment;
    assert(OUTCOMES.has(output.outcome) && step.kind === 'result' && step.outcome === output.outcome, 'the result shows its outcome', snapshot);
    assert(output.reasons.length >= 1, 'a result has at least one reason', snapshot);
    assert(output.reasons.every((r) => ARTICLES.has(r.article)), 'every reason cites an article', snapshot);
    const parsed = z.safeParse(assessmentSchema, output);
    assert(parsed.success, `the result is a valid Assessment, as its JSON case file must be: ${JSON.stringify(parsed.error?.issues)}`, snapshot);
  }
}

describe('the machine under random event sequences (fast-check)', () => {
  let seconds = 0;
  for (let block = 1; block <= BLOCKS; block += 1) {
    it(`sequences ${((block - 1) * RUNS) / BLOCKS + 1}–${(block * RUNS) / BLOCKS}: never throws, rests only in its own states, every result has reasons with articles`, () => {
      const started = performance.now();
      fc.assert(
        fc.property(restored, fc.array(command, { maxLength: 40 }), (answers, commands) => {
          stats.sequences += 1;
          let [snapshot] = initialTransition(eligibilityMachine, answers ? { env, answers } : { env });
          check(snapshot);
          for (const c of commands) {
            if (snapshot.status === 'done') {
              stats.results += 1;
              // A result is final; Start again is a new screening.
              [snapshot] = initialTransition(eligibilityMachine, { env });
            }
            [snapshot] = transition(eligibilityMachine, snapshot, toEvent(c, snapshot));
            stats.events += 1;
            check(snapshot);
          }
        }),
        { numRuns: RUNS / BLOCKS },
      );
      seconds += (performance.now() - started) / 1000;
    });
  }

  it(`ran ${RUNS} sequences, reaching many results`, () => {
    console.log(`fast-check: ${stats.sequences} sequences, ${stats.events} events, ${stats.results} results reached, in ${seconds.toFixed(1)} s`);
    expect(stats.sequences).to.equal(RUNS);
    expect(stats.results).to.be.greaterThan(RUNS / 10);
  });
});
