import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { eligibilityMachine } from './machine.js';

/**
 * The complaints route as a graph, read from the machine's own state nodes, so that a
 * question added to the machine appears here with no other edit. Only forward edges:
 * an answer leading to the next question or the summary, and the summary's confirmation
 * leading to an outcome. Navigation (Back, Change, Restart) and the `routing` state it
 * passes through are not part of the route.
 */

export type RouteNodeKind = 'question' | 'review' | 'outcome';

export interface RouteNode {
  /** The state's key in the machine (a question id, `review`, or an outcome state such as `likelyAdmissible`). */
  id: string;
  kind: RouteNodeKind;
}

/** A guard as the machine defines it: its name and its parameters, if any. */
export interface RouteGuard {
  type: string;
  params?: unknown;
}

export interface RouteEdge {
  from: string;
  to: string;
  /** `ANSWER` for the edges out of a question, `CONFIRM` for those out of the summary. */
  event: 'ANSWER' | 'CONFIRM';
  /** Taken when this guard holds; `null` for the default edge. Edges out of a node are in priority order. */
  guard: RouteGuard | null;
}

export interface RouteGraph {
  /** In the machine's order: questions as they are defined, then the summary, then outcomes. */
  nodes: RouteNode[];
  edges: RouteEdge[];
}

/** The top-level state a node belongs to (the node itself when it is top-level). */
function topLevel(node: AnyStateNode): AnyStateNode {
  let n = node;
  while (n.parent && n.parent.parent) n = n.parent;
  return n;
}

function isInside(node: AnyStateNode, ancestor: AnyStateNode): boolean {
  for (let n: AnyStateNode | undefined = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

function guardOf(guard: unknown): RouteGuard | null {
  if (guard === undefined || guard === null) return null;
  if (typeof guard === 'string') return { type: guard };
  if (typeof guard === 'function') return { type: guard.name || 'inline' };
  const { type, params } = guard as { type: string; params?: unknown };
  return params === undefined ? { type } : { type, params };
}

type Transition = { target?: readonly AnyStateNode[] | undefined; guard?: unknown };

/** Transitions inside a question (its substates' answer and eventless edges) that leave it. */
function exitsOf(state: AnyStateNode): Transition[] {
  const found: Transition[] = [];
  const visit = (node: AnyStateNode) => {
    for (const child of Object.values(node.states) as AnyStateNode[]) {
      const own: Transition[] = [...(child.always ?? []), ...(child.transitions.get('ANSWER') ?? [])];
      for (const t of own) if (t.target?.some((x) => !isInside(x, state))) found.push(t);
      visit(child);
    }
  };
  visit(state);
  return found;
}

/**
 * Reads the route from a machine: a question is a compound top-level state that leaves
 * itself on an answer; the summary is the state that leaves on `CONFIRM`; an outcome is a
 * final state. Only what the route can reach from the initial state is kept, which leaves
 * out states entered by navigation alone (such as `routing`).
 */
export function routeGraph(machine: AnyStateMachine = eligibilityMachine): RouteGraph {
  const kinds = new Map<AnyStateNode, RouteNodeKind>();
  const out = new Map<AnyStateNode, { to: AnyStateNode; event: RouteEdge['event']; guard: RouteGuard | null }[]>();
  for (const state of Object.values(machine.root.states) as AnyStateNode[]) {
    if (state.type === 'final') {
      kinds.set(state, 'outcome');
      continue;
    }
    const confirms = state.transitions.get('CONFIRM') ?? [];
    const exits = confirms.length ? [] : exitsOf(state);
    const kind: RouteNodeKind | null = confirms.length ? 'review' : exits.length ? 'question' : null;
    if (!kind) continue;
    kinds.set(state, kind);
    out.set(
      state,
      (kind === 'review' ? confirms : exits).flatMap((t: Transition) =>
        (t.target ?? []).map((target) => ({
          to: topLevel(target),
          event: kind === 'review' ? ('CONFIRM' as const) : ('ANSWER' as const),
          guard: guardOf(t.guard),
        })),
      ),
    );
  }

  const initial = machine.root.initial?.target?.[0];
  const reached = new Set<AnyStateNode>();
  const queue = initial ? [topLevel(initial)] : [];
  while (queue.length) {
    const node = queue.shift()!;
    if (reached.has(node) || !kinds.has(node)) continue;
    reached.add(node);
    for (const edge of out.get(node) ?? []) queue.push(edge.to);
  }

  const order: RouteNodeKind[] = ['question', 'review', 'outcome'];
  const nodes = [...kinds]
    .filter(([node]) => reached.has(node))
    .sort(([, a], [, b]) => order.indexOf(a) - order.indexOf(b))
    .map(([node, kind]) => ({ id: node.key, kind }));
  const edges = [...out]
    .filter(([node]) => reached.has(node))
    .flatMap(([node, list]) =>
      list.filter((e) => reached.has(e.to)).map((e) => ({ from: node.key, to: e.to.key, event: e.event, guard: e.guard })),
    );
  return { nodes, edges };
}
