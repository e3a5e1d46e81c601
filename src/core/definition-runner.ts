import type { AnyStateMachine, AnyStateNode, StateValue } from 'xstate';
import { isWithin } from './state-nodes.js';

/**
 * Runs a machine's own definition (its state nodes, transitions, guards, assign actions
 * and output) without XState's interpreter, for `assess()`: screening a batch of intake
 * records is a long chain of eventless transitions, and the interpreter's bookkeeping
 * per microstep (snapshots, action queues, inspection) costs several times the rules.
 *
 * It decides nothing itself: every edge, guard and action it takes comes from the
 * machine, so the wizard and `assess()` still share one definition. It covers the
 * statechart features the engine uses (compound and final states, eventless, event and
 * targetless transitions with guards, `assign` actions, `output`) and throws
 * `UnsupportedDefinition` on anything else, so a change to the machine that needs more
 * fails the tests loudly (test/core/definition-runner.test.ts compares it with XState).
 */
export class UnsupportedDefinition extends Error {}

type Context = Record<string, unknown>;
type Event = { type: string };
type Transition = NonNullable<AnyStateNode['always']>[number];
type Args = { context: Context; event: Event };

/** Where a run stands, in the same terms as an XState snapshot. */
export interface DefinitionRun<TContext = Context> {
  value: StateValue;
  context: TContext;
  status: 'active' | 'done' | 'error' | 'stopped';
  output: unknown;
}

// Enough for any real route; a definition that loops forever fails loudly instead.
const MAX_MICROSTEPS = 10_000;

export function runDefinition<TContext = Context>(
  machine: AnyStateMachine,
  input: unknown,
  events: readonly Event[] = [],
): DefinitionRun<TContext> {
  return new Runner(machine).run(input, events) as DefinitionRun<TContext>;
}

class Runner {
  readonly #machine: AnyStateMachine;
  #context: Context = {};
  #node: AnyStateNode;

  constructor(machine: AnyStateMachine) {
    this.#machine = machine;
    this.#node = machine.root;
  }

  run(input: unknown, events: readonly Event[]): DefinitionRun {
    const init = { type: 'xstate.init', input };
    const context = this.#machine.config.context;
    this.#context =
      typeof context === 'function' ? (context({ input, self: undefined, spawn: unsupported }) as Context) : { ...(context ?? {}) };
    this.#enter(this.#machine.root, [this.#machine.root], init);
    this.#settle(init);
    for (const event of events) {
      if (this.#node.type === 'final') break;
      const transition = this.#select(event, (node) => node.transitions.get(event.type));
      if (transition) this.#take(transition, event);
      this.#settle(event);
    }
    const done = this.#node.type === 'final' && this.#node.parent === this.#machine.root;
    return {
      value: valueOf(this.#node),
      context: this.#context,
      status: done ? 'done' : 'active',
      output: done ? this.#output() : undefined,
    };
  }

  /** Takes eventless transitions until none is enabled, as a macrostep does. */
  #settle(event: Event): void {
    for (let step = 0; step < MAX_MICROSTEPS; step++) {
      const transition = this.#select(event, (node) => node.always);
      if (!transition) return;
      this.#take(transition, event);
    }
    throw new Error(`The machine took more than ${MAX_MICROSTEPS} eventless transitions without settling`);
  }

  /** The first enabled transition, from the active leaf outwards, in document order. */
  #select(event: Event, candidates: (node: AnyStateNode) => readonly Transition[] | undefined): Transition | undefined {
    for (let node: AnyStateNode | undefined = this.#node; node; node = node.parent) {
      for (const transition of candidates(node) ?? []) if (this.#guard(transition.guard, event)) return transition;
    }
    return undefined;
  }

  #take(transition: Transition, event: Event): void {
    const target = transition.target?.[0];
    if ((transition.target?.length ?? 0) > 1 || transition.reenter) throw new UnsupportedDefinition('multi-target or re-entering transition');
    if (!target) {
      this.#actions(transition.actions, event);
      return;
    }
    const source = transition.source;
    if (isWithin(source, target)) throw new UnsupportedDefinition('transition to its own state or an ancestor');
    // The domain: the source itself when it targets a descendant, else their nearest common ancestor.
    const domain = isWithin(target, source) ? source : commonAncestor(source, target);
    for (let node: AnyStateNode | undefined = this.#node; node && node !== domain; node = node.parent) {
      if (node.exit.length > 0) throw new UnsupportedDefinition('exit actions');
    }
    this.#actions(transition.actions, event);
    const entered: AnyStateNode[] = [];
    for (let node: AnyStateNode | undefined = target; node && node !== domain; node = node.parent) entered.unshift(node);
    this.#enter(target, entered, event);
  }

  /** Runs the entry actions of `path` (outermost first), then descends initial states. */
  #enter(target: AnyStateNode, path: AnyStateNode[], event: Event): void {
    let node = target;
    for (const entered of path) this.#actions(entered.entry, event);
    while (node.type === 'compound') {
      const initial = node.initial?.target;
      if (!initial || initial.length !== 1) throw new UnsupportedDefinition('compound state without one initial state');
      node = initial[0]!;
      this.#actions(node.entry, event);
    }
    if (node.type !== 'atomic' && node.type !== 'final') throw new UnsupportedDefinition(`${node.type} state`);
    this.#node = node;
  }

  #guard(guard: Transition['guard'], event: Event): boolean {
    if (guard === undefined) return true;
    const { implementation, params } = this.#resolve(guard, this.#machine.implementations.guards, event);
    if (typeof implementation !== 'function' || 'check' in implementation) throw new UnsupportedDefinition('guard combinator');
    return Boolean(implementation({ context: this.#context, event }, params));
  }

  #actions(actions: readonly unknown[], event: Event): void {
    for (const action of actions) {
      const { implementation, params } = this.#resolve(action, this.#machine.implementations.actions, event);
      const assignment = (implementation as { assignment?: unknown } | undefined)?.assignment;
      if (assignment === undefined) throw new UnsupportedDefinition('an action other than assign');
      const args: Args = { context: this.#context, event };
      const update =
        typeof assignment === 'function'
          ? (assignment(args, params) as Context)
          : Object.fromEntries(
              Object.entries(assignment as Context).map(([key, value]) => [key, typeof value === 'function' ? value(args, params) : value]),
            );
      // Contexts are immutable, as in XState: guards may have remembered the old one.
      if (Object.keys(update).length > 0) this.#context = { ...this.#context, ...update };
    }
  }

  /** A guard or action reference (name, `{ type, params }` or inline function) → its implementation. */
  #resolve(ref: unknown, implementations: Record<string, unknown>, event: Event) {
    if (typeof ref === 'function') return { implementation: ref as (...args: unknown[]) => unknown, params: undefined };
    const { type, params } = typeof ref === 'string' ? { type: ref, params: undefined } : (ref as { type: string; params?: unknown });
    return {
      implementation: implementations[type] as ((...args: unknown[]) => unknown) | undefined,
      params: typeof params === 'function' ? params({ context: this.#context, event }) : params,
    };
  }

  #output(): unknown {
    const output = this.#machine.root.output;
    if (output === undefined) return undefined;
    if (typeof output !== 'function') throw new UnsupportedDefinition('output that is not a function');
    return (output as (args: unknown) => unknown)({ context: this.#context, event: { type: `xstate.done.state.${this.#machine.id}` }, self: undefined });
  }
}

function unsupported(): never {
  throw new UnsupportedDefinition('spawn');
}

/** The nearest state that is a proper ancestor of both: the transition's domain. */
function commonAncestor(a: AnyStateNode, b: AnyStateNode): AnyStateNode | undefined {
  for (let n = a.parent; n; n = n.parent) if (isWithin(b, n)) return n;
  return undefined;
}

/** `['author', 'asking']` → `{ author: 'asking' }`, as XState writes state values. */
function valueOf(node: AnyStateNode): StateValue {
  const [last, ...outer] = [...node.path].reverse();
  return outer.reduce<StateValue>((value, key) => ({ [key]: value }), last!);
}
