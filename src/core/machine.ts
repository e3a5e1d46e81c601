import { assign, setup } from 'xstate';
import type { Assessment } from './assessment.js';
import { eligibilityDefinition, type EngineContext, type EngineEvent, type EngineInput } from './flow.js';
import type { QuestionId } from './questions.js';
import type { OUTCOME_STATES } from './steps.js';

/*
 * The XState machine (`op-eligibility/machine`), for hosts and the model-based tests. The
 * flow itself (questions, order, guards, updates) is defined in flow.ts; the element and
 * `assess()` run that definition with chart-run.ts, without XState.
 */

const { config, guards, assignments } = eligibilityDefinition;

/**
 * The screening flow (flow.ts) as an XState machine: the same config, guards and updates,
 * for hosts that drive it with XState and for the model-based tests (xstate/graph). The
 * element and `assess()` run the same definition without XState, so the one-file embed
 * does not carry it.
 */
export const eligibilitySetup = /* @__PURE__ */ setup({
  types: {} as { context: EngineContext; events: EngineEvent; input: EngineInput; output: Assessment },
  guards,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each update declares its own parameters
  actions: Object.fromEntries(Object.entries(assignments).map(([name, update]) => [name, assign<EngineContext, EngineEvent, any, EngineEvent, never>(update)])),
});

type StateName = keyof typeof config.states;
type FinalState = (typeof OUTCOME_STATES)[keyof typeof OUTCOME_STATES];
/**
 * The states of flow.ts's config, as XState's types read them to type a snapshot's `value`
 * and `matches()`: each question waits in `asking`, then goes on from `answered`. Without
 * it, XState's config type alone made the value a string that `matches()` refused, and a
 * state schema (`{ id?: string | undefined }`) that fails a host's
 * `exactOptionalPropertyTypes` with `skipLibCheck` off.
 */
type StateTree = {
  id: string;
  states: {
    [S in StateName]: S extends QuestionId ? { id: S; states: { asking: {}; answered: {} } } : S extends FinalState ? {} : { id: S };
  };
};

/** The screening flow as an XState machine: `createActor(eligibilityMachine, { input: { env } })`. */
export const eligibilityMachine = /* @__PURE__ */ eligibilitySetup.createMachine(
  // The names in the config are checked when flow.ts compiles it, not by XState's types.
  config as unknown as Omit<Parameters<typeof eligibilitySetup.createMachine>[0], 'id' | 'states'> & StateTree,
);

/** The type of `eligibilityMachine`. */
export type EligibilityMachine = typeof eligibilityMachine;
