import type { AnyStateMachine } from 'xstate';
import type { RouteEdge } from '../../src/core/index.js';

type StateConfig = {
  type?: string;
  on?: Record<string, unknown>;
  states?: { answered?: { always?: { guard?: unknown; target: string }[] } };
};

const strip = (target: string) => target.replace(/^#/, '');
const normalGuard = (g: unknown) => (g === undefined ? null : typeof g === 'string' ? { type: g } : g) as RouteEdge['guard'];

/**
 * The route the test reads from a machine's raw definition (the config object given to
 * createMachine), independently of the state nodes routeGraph walks: questions are the
 * states with an `answered` substate, the summary is the one with CONFIRM, outcomes are final.
 */
export function routeFromDefinition(machine: AnyStateMachine) {
  const states = machine.config.states as Record<string, StateConfig>;
  const questions: { id: string; kind: string }[] = [];
  const outcomes: { id: string; kind: string }[] = [];
  const edges: RouteEdge[] = [];
  let review: { id: string; kind: string } | null = null;
  for (const [id, config] of Object.entries(states)) {
    if (config.type === 'final') outcomes.push({ id, kind: 'outcome' });
    else if (config.on?.['CONFIRM']) {
      review = { id, kind: 'review' };
      for (const t of config.on['CONFIRM'] as { guard?: unknown; target: string }[])
        edges.push({ from: id, to: strip(t.target), event: 'CONFIRM', guard: normalGuard(t.guard) });
    } else if (config.states?.answered) {
      questions.push({ id, kind: 'question' });
      for (const t of config.states.answered.always ?? [])
        edges.push({ from: id, to: strip(t.target), event: 'ANSWER', guard: normalGuard(t.guard) });
    }
  }
  return { nodes: [...questions, review!, ...outcomes], edges };
}

export type { StateConfig };
