import { assign, setup } from 'xstate';
import type { Assessment } from './assessment.js';
import { eligibilityDefinition, type EngineContext, type EngineEvent, type EngineInput } from './flow.js';

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

/** The screening flow as an XState machine: `createActor(eligibilityMachine, { input: { env } })`. */
export const eligibilityMachine = /* @__PURE__ */ eligibilitySetup.createMachine(
  // The names in the config are checked when flow.ts compiles it, not by XState's types.
  config as unknown as Parameters<typeof eligibilitySetup.createMachine>[0],
);

/** The type of `eligibilityMachine`. */
export type EligibilityMachine = typeof eligibilityMachine;
