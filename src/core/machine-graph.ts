import { eligibilityChart } from './flow.js';
import { isWithin, type AnyChartNode, type ChartTransition } from './statechart.js';

/**
 * The complaints route as a graph, read from the flow's own state nodes, so that a
 * question added to the machine appears here with no other edit. Only forward edges:
 * an answer leading to the next question or the summary, and the summary's confirmation
 * leading to an outcome, and the pass-through states ("junctions") those edges go through.
 * Navigation (Back, Change, Restart) and the pass-through state only it enters are not
 * part of the route.
 */

/** What a node of the route map stands for: a question, a junction (where the flow branches without asking), the summary, or an outcome. */
export type RouteNodeKind = 'question' | 'junction' | 'review' | 'outcome';

/** One state of the machine, as the route map draws it. */
export interface RouteNode {
  /** The state's key in the machine (a question id, a junction, `review`, or an outcome state such as `likelyAdmissible`). */
  id: string;
  kind: RouteNodeKind;
  /** The state's `description` in the machine, when it has one. */
  description?: string;
}

/** A guard as the machine defines it: its name and its parameters, if any. */
export interface RouteGuard {
  type: string;
  params?: unknown;
}

/** One forward transition of the machine, as the route map draws it. */
export interface RouteEdge {
  from: string;
  to: string;
  /** `ANSWER` out of a question, `CONFIRM` out of the summary, `ALWAYS` (eventless) out of a junction. */
  event: 'ANSWER' | 'CONFIRM' | 'ALWAYS';
  /** Taken when this guard holds; `null` for the default edge. Edges out of a node are in priority order. */
  guard: RouteGuard | null;
}

/** The machine as a graph, from `routeGraph()`: what the element's route map lays out. */
export interface RouteGraph {
  /** In the machine's order: questions and junctions as they are defined, then the summary, then outcomes. */
  nodes: RouteNode[];
  edges: RouteEdge[];
}

/** The top-level state a node belongs to (the node itself when it is top-level). */
function topLevel(node: AnyChartNode): AnyChartNode {
  let n = node;
  while (n.parent && n.parent.parent) n = n.parent;
  return n;
}

type Transition = ChartTransition<unknown, unknown>;

/** Transitions inside a question (its substates' answer and eventless edges) that leave it. */
function exitsOf(state: AnyChartNode): Transition[] {
  const found: Transition[] = [];
  const visit = (node: AnyChartNode) => {
    for (const child of Object.values(node.states)) {
      const own: Transition[] = [...child.always, ...(child.on.get('ANSWER') ?? [])];
      for (const t of own) if (t.target && !isWithin(t.target, state)) found.push(t);
      visit(child);
    }
  };
  visit(state);
  return found;
}

/** A state with no substates that is left only by eventless transitions: the machine passes through it. */
function isJunction(state: AnyChartNode): boolean {
  return Object.keys(state.states).length === 0 && state.always.length > 0 && state.on.size === 0;
}

/** How a top-level state takes part in the route, and the transitions that leave it forward. */
function classify(state: AnyChartNode): { kind: RouteNodeKind; event: RouteEdge['event']; exits: readonly Transition[] } | null {
  if (state.type === 'final') return { kind: 'outcome', event: 'CONFIRM', exits: [] };
  const confirms = state.on.get('CONFIRM') ?? [];
  if (confirms.length) return { kind: 'review', event: 'CONFIRM', exits: confirms };
  if (isJunction(state)) return { kind: 'junction', event: 'ALWAYS', exits: state.always };
  const exits = exitsOf(state);
  return exits.length ? { kind: 'question', event: 'ANSWER', exits } : null;
}

/**
 * Reads the route from a compiled flow (statechart.ts): a question is a compound top-level state that leaves
 * itself on an answer; a junction is a pass-through state (see isJunction); the summary is
 * the state that leaves on `CONFIRM`; an outcome is a final state. Only what the route can
 * reach from the initial state is kept, which leaves out states entered by navigation
 * alone (such as `routing`, a junction that only Back and Change lead to).
 */
export function routeGraph(chart: { root: AnyChartNode } = eligibilityChart): RouteGraph {
  const kinds = new Map<AnyChartNode, RouteNodeKind>();
  const out = new Map<AnyChartNode, { to: AnyChartNode; event: RouteEdge['event']; guard: RouteGuard | null }[]>();
  for (const state of Object.values(chart.root.states)) {
    const found = classify(state);
    if (!found) continue;
    kinds.set(state, found.kind);
    out.set(
      state,
      found.exits.flatMap((t) => (t.target ? [{ to: topLevel(t.target), event: found.event, guard: t.guard }] : [])),
    );
  }

  const initial = chart.root.initial;
  const reached = new Set<AnyChartNode>();
  const queue = initial ? [topLevel(initial)] : [];
  while (queue.length) {
    const node = queue.shift()!;
    if (reached.has(node) || !kinds.has(node)) continue;
    reached.add(node);
    for (const edge of out.get(node) ?? []) queue.push(edge.to);
  }

  // Junctions keep their place among the questions: they are part of the same stretch of the route.
  const rank = (kind: RouteNodeKind) => (kind === 'junction' ? 0 : ['question', 'review', 'outcome'].indexOf(kind));
  const nodes = [...kinds]
    .filter(([node]) => reached.has(node))
    .sort(([, a], [, b]) => rank(a) - rank(b))
    .map(([node, kind]) => (node.description ? { id: node.key, kind, description: node.description } : { id: node.key, kind }));
  const edges = [...out]
    .filter(([node]) => reached.has(node))
    .flatMap(([node, list]) =>
      list.filter((e) => reached.has(e.to)).map((e) => ({ from: node.key, to: e.to.key, event: e.event, guard: e.guard })),
    );
  return { nodes, edges };
}
