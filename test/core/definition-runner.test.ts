import { expect } from '@open-wc/testing';
import { assign, createActor, setup, transition, initialTransition } from 'xstate';
import { runDefinition, UnsupportedDefinition } from '../../src/core/definition-runner.js';
import {
  createEnvironment,
  eligibilityMachine,
  QUESTION_IDS,
  type Answers,
  type EngineContext,
  type EngineEvent,
  type QuestionId,
} from '../../src/core/index.js';
import { AS_OF, INVALID_SAMPLES, SAMPLES } from '../support/samples.js';

const env = createEnvironment({ asOf: AS_OF });

/** A small seeded generator, so a failure names a reproducible case. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pickFrom = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

/** A record with, per question, a sample answer, a wrong one, or none. */
function randomRecord(next: () => number): Answers {
  const record: Record<string, unknown> = {};
  for (const q of QUESTION_IDS) {
    const roll = next();
    if (roll < 0.8) record[q] = pickFrom(next, SAMPLES[q]).value;
    else if (roll < 0.85 && INVALID_SAMPLES[q] !== undefined) record[q] = INVALID_SAMPLES[q];
  }
  return record as Answers;
}

function randomEvent(next: () => number): EngineEvent {
  const roll = next();
  if (roll < 0.6) {
    const q = pickFrom(next, QUESTION_IDS);
    return { type: 'ANSWER', value: next() < 0.9 ? pickFrom(next, SAMPLES[q]).value : INVALID_SAMPLES[q] };
  }
  if (roll < 0.75) return { type: 'BACK' };
  if (roll < 0.85) return { type: 'CHANGE', question: pickFrom(next, QUESTION_IDS) as QuestionId };
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

describe('running the machine definition without the interpreter (assess)', () => {
  it('agrees with XState on 3,000 random intake records, confirmed at the summary', () => {
    const next = random(20251110);
    for (let i = 0; i < 3000; i++) {
      const answers = randomRecord(next);
      // Half as assess() runs them (fit questions left out are passed), half as the wizard restores them.
      const intake = i % 2 === 0;
      const expected = interpreted(answers, [{ type: 'CONFIRM' }], intake);
      const actual = runDefinition<EngineContext>(eligibilityMachine, { env, answers, intake }, [{ type: 'CONFIRM' }]);
      expect(actual, `record ${i}: ${JSON.stringify(answers)}`).to.deep.equal(expected);
    }
  });

  it('agrees with XState on 3,000 random sequences of answers, Back, Change, Confirm and Restart', () => {
    const next = random(7);
    for (let i = 0; i < 3000; i++) {
      const events = Array.from({ length: 1 + Math.floor(next() * 30) }, () => randomEvent(next));
      const answers = next() < 0.3 ? randomRecord(next) : undefined;
      const expected = interpreted(answers, events);
      const actual = runDefinition<EngineContext>(eligibilityMachine, answers ? { env, answers } : { env }, events);
      expect(actual, `sequence ${i}: ${JSON.stringify({ answers, events })}`).to.deep.equal(expected);
    }
  });

  it('refuses, loudly, statechart features it does not run', () => {
    const base = setup({ actions: { log: () => undefined, mark: assign({ marked: true }) } });
    const withExit = base.createMachine({ initial: 'a', states: { a: { exit: 'mark', always: 'b' }, b: {} } });
    const withParallel = base.createMachine({ type: 'parallel', states: { a: {}, b: {} } });
    const withSideEffect = base.createMachine({ initial: 'a', states: { a: { entry: 'log' } } });
    for (const machine of [withExit, withParallel, withSideEffect]) {
      expect(() => runDefinition(machine, undefined)).to.throw(UnsupportedDefinition);
    }
  });

  it('runs assign actions given as objects and as functions, in XState order', () => {
    const machine = setup({ types: {} as { context: { log: string[]; n: number } } }).createMachine({
      context: { log: [], n: 0 },
      initial: 'a',
      states: {
        a: {
          entry: assign({ log: ({ context }) => [...context.log, 'enter a'], n: 1 }),
          always: { target: 'b', guard: ({ context }) => context.n === 1, actions: assign(({ context }) => ({ log: [...context.log, 'a→b'] })) },
        },
        b: { entry: assign(({ context }) => ({ log: [...context.log, 'enter b'] })), type: 'final' },
      },
      output: ({ context }) => context.log.join(', '),
    });
    const expected = createActor(machine).start().getSnapshot().output;
    expect(expected).to.equal('enter a, a→b, enter b');
    expect(runDefinition(machine, undefined).output).to.equal(expected);
  });
});
