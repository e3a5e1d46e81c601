import { eligibilityDefinition } from '../../src/core/flow.js';
import { compileChart } from '../../src/core/statechart.js';
import type { RouteEdge, RouteNode } from '../../src/core/index.js';

type Target = { guard?: unknown; target: string };

type StateConfig = {
  type?: string;
  description?: string;
  on?: Record<string, unknown>;
  always?: Target | Target[];
  states?: { answered?: { always?: Target[] } };
};

const strip = (target: string) => target.replace(/^#/, '');
const normalGuard = (g: unknown) => (g === undefined ? null : typeof g === 'string' ? { type: g } : g) as RouteEdge['guard'];
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/**
 * The route the test reads from the flow's raw config (flow.ts, the object XState's
 * createMachine also takes), independently of the compiled state nodes routeGraph walks: questions are the
 * states with an `answered` substate, junctions the states with only `always`, the summary
 * is the one with CONFIRM, outcomes are final; then only what the initial state reaches.
 */
export function routeFromDefinition(config: { initial?: string; states?: object } = eligibilityDefinition.config) {
  const states = config.states as Record<string, StateConfig>;
  const steps: RouteNode[] = [];
  const outcomes: RouteNode[] = [];
  const edges: RouteEdge[] = [];
  let review: RouteNode | null = null;
  const node = (id: string, kind: RouteNode['kind'], config: StateConfig): RouteNode =>
    config.description ? { id, kind, description: config.description } : { id, kind };
  for (const [id, config] of Object.entries(states)) {
    if (config.type === 'final') outcomes.push(node(id, 'outcome', config));
    else if (config.on?.['CONFIRM']) {
      review = node(id, 'review', config);
      for (const t of config.on['CONFIRM'] as Target[]) edges.push({ from: id, to: strip(t.target), event: 'CONFIRM', guard: normalGuard(t.guard) });
    } else if (config.states?.answered) {
      steps.push(node(id, 'question', config));
      for (const t of config.states.answered.always ?? []) edges.push({ from: id, to: strip(t.target), event: 'ANSWER', guard: normalGuard(t.guard) });
    } else if (!config.states && !config.on && config.always) {
      steps.push(node(id, 'junction', config));
      for (const t of list(config.always)) edges.push({ from: id, to: strip(t.target), event: 'ALWAYS', guard: normalGuard(t.guard) });
    }
  }
  const reached = new Set<string>();
  for (const queue = [config.initial as string]; queue.length; ) {
    const id = queue.shift()!;
    if (reached.has(id)) continue;
    reached.add(id);
    queue.push(...edges.filter((e) => e.from === id).map((e) => e.to));
  }
  return {
    nodes: [...steps, review!, ...outcomes].filter((n) => reached.has(n.id)),
    edges: edges.filter((e) => reached.has(e.from)),
  };
}

export type { StateConfig };

/** A copy of the flow's top-level states, to edit in a test. */
export const flowStates = () => structuredClone(eligibilityDefinition.config.states) as unknown as Record<string, StateConfig & { id?: string }>;

/** The flow with other top-level states (and the same guards and updates), compiled as the element runs it. */
export function flowWith(states: Record<string, unknown>) {
  const config = { ...eligibilityDefinition.config, states } as unknown as typeof eligibilityDefinition.config;
  return { config, chart: compileChart({ ...eligibilityDefinition, config }) };
}
