/**
 * The statechart subset the engine is written in: XState's own machine config (the same
 * object `setup().createMachine()` takes in machine.ts), with guards and `assign`
 * updates given as plain functions. `compileChart` links it into state nodes that
 * ./chart-run.ts runs, in the browser and in `assess()`, without loading XState.
 *
 * Supported: compound, atomic and final states; `initial`; `entry` updates; eventless
 * (`always`), event and targetless transitions with named guards; targets as a sibling's
 * key or `#id`; `output`. Anything else (parallel or history states, exit actions,
 * inline functions, several targets) throws `UnsupportedDefinition` when compiled, so a
 * change to the machine that needs more fails loudly. test/core/chart-run.test.ts
 * holds the runner to XState's interpreter on thousands of random paths.
 */

/** A guard or update named in the config, with its parameters: `'name'` or `{ type, params }`. */
export type Ref = string | { readonly type: string; readonly params?: unknown };

export interface TransitionConfig {
  readonly target?: string;
  readonly guard?: Ref;
  readonly actions?: Ref | readonly Ref[];
}
type Transitions = string | TransitionConfig | readonly TransitionConfig[];

export interface StateConfig {
  readonly id?: string;
  readonly description?: string;
  readonly type?: 'final';
  readonly initial?: string;
  readonly entry?: Ref | readonly Ref[];
  readonly always?: Transitions;
  readonly on?: Readonly<Record<string, Transitions>>;
  readonly states?: Readonly<Record<string, StateConfig>>;
}

export interface ChartConfig<TContext, TInput, TOutput> extends StateConfig {
  readonly id: string;
  readonly context: (args: { input: TInput }) => TContext;
  readonly output?: (args: { context: TContext; event: { type: string } }) => TOutput;
}

/** What guards and updates receive, as in XState: the context and the event being handled. */
export interface ChartArgs<TContext, TEvent> {
  context: TContext;
  event: TEvent;
}
// Parameters differ from guard to guard; each implementation declares its own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Params = any;
export type Guard<TContext, TEvent> = (args: ChartArgs<TContext, TEvent>, params: Params) => boolean;
/** An `assign` update: the context keys it changes. */
export type Assignment<TContext, TEvent> = (args: ChartArgs<TContext, TEvent>, params: Params) => Partial<TContext>;

/** A machine's whole definition: its config and the implementations it names. */
export interface ChartDefinition<TContext, TEvent extends { type: string }, TInput, TOutput> {
  readonly config: ChartConfig<TContext, TInput, TOutput>;
  readonly guards: Readonly<Record<string, Guard<TContext, TEvent>>>;
  readonly assignments: Readonly<Record<string, Assignment<TContext, TEvent>>>;
  /**
   * Applies an update to the context: `{ ...context, ...update }`, as XState's `assign`
   * does, unless the definition writes it out for its own context (flow.ts says why).
   */
  readonly merge?: (context: TContext, update: Partial<TContext>) => TContext;
}

export class UnsupportedDefinition extends Error {}

export interface ChartTransition<TContext = unknown, TEvent = unknown> {
  readonly source: ChartNode<TContext, TEvent>;
  readonly target: ChartNode<TContext, TEvent> | undefined;
  /** The guard as the config names it (for the route map), or null. */
  readonly guard: { type: string; params?: unknown } | null;
  readonly enabled: ((context: TContext, event: TEvent) => boolean) | null;
  readonly actions: readonly ((context: TContext, event: TEvent) => Partial<TContext>)[];
  /**
   * The states taking it enters, outermost first: from just below its domain (the source
   * when it targets a descendant, else their nearest common ancestor) down to the target.
   */
  readonly enters: readonly ChartNode<TContext, TEvent>[];
}

export interface ChartNode<TContext = unknown, TEvent = unknown> {
  readonly key: string;
  readonly id: string;
  readonly path: readonly string[];
  readonly parent: ChartNode<TContext, TEvent> | undefined;
  readonly type: 'compound' | 'atomic' | 'final';
  readonly description: string | undefined;
  readonly states: Readonly<Record<string, ChartNode<TContext, TEvent>>>;
  readonly initial: ChartNode<TContext, TEvent> | undefined;
  readonly entry: ChartTransition<TContext, TEvent>['actions'];
  readonly always: readonly ChartTransition<TContext, TEvent>[];
  readonly on: ReadonlyMap<string, readonly ChartTransition<TContext, TEvent>[]>;
}

export interface Chart<TContext, TEvent extends { type: string }, TInput, TOutput> {
  readonly id: string;
  readonly root: ChartNode<TContext, TEvent>;
  readonly context: ChartConfig<TContext, TInput, TOutput>['context'];
  readonly output: ChartConfig<TContext, TInput, TOutput>['output'];
  readonly merge: NonNullable<ChartDefinition<TContext, TEvent, TInput, TOutput>['merge']>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const list = <T>(x: T | readonly T[] | undefined): readonly T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x as T]);
const KNOWN_KEYS = new Set(['id', 'description', 'type', 'initial', 'entry', 'always', 'on', 'states', 'context', 'output']);

/** Links a definition into state nodes, resolving every target, guard and update once. */
export function compileChart<TContext, TEvent extends { type: string }, TInput, TOutput>(
  definition: ChartDefinition<TContext, TEvent, TInput, TOutput>,
): Chart<TContext, TEvent, TInput, TOutput> {
  type Node = Mutable<ChartNode<TContext, TEvent>>;
  const { config, guards, assignments } = definition;
  const byId = new Map<string, Node>();
  const configs = new Map<Node, StateConfig>();

  const build = (key: string, state: StateConfig, parent: Node | undefined): Node => {
    for (const k of Object.keys(state)) if (!KNOWN_KEYS.has(k)) throw new UnsupportedDefinition(`"${k}" in state ${key}`);
    const path = parent ? [...parent.path, key] : [];
    const children = Object.entries(state.states ?? {});
    if (state.type !== undefined && state.type !== 'final') throw new UnsupportedDefinition(`${state.type} state`);
    const topLevel = parent !== undefined && parent.parent === undefined;
    if (state.type === 'final' && (children.length > 0 || !topLevel)) throw new UnsupportedDefinition('final state other than a top-level leaf');
    const node: Node = {
      key,
      id: state.id ?? [config.id, ...path].join('.'),
      path,
      parent,
      type: state.type === 'final' ? 'final' : children.length > 0 ? 'compound' : 'atomic',
      description: state.description,
      states: {},
      initial: undefined,
      entry: [],
      always: [],
      on: new Map(),
    };
    byId.set(node.id, node);
    configs.set(node, state);
    node.states = Object.fromEntries(children.map(([k, child]) => [k, build(k, child, node)]));
    if (node.type === 'compound') {
      node.initial = state.initial === undefined ? undefined : node.states[state.initial];
      if (!node.initial) throw new UnsupportedDefinition(`compound state ${node.id} without a valid initial state`);
    }
    return node;
  };

  const resolveTarget = (source: Node, target: string): Node => {
    const found = target.startsWith('#') ? byId.get(target.slice(1)) : source.parent?.states[target];
    if (!found) throw new UnsupportedDefinition(`target "${target}" from ${source.id}`);
    return found as Node;
  };

  const update = (ref: Ref) => {
    const { type, params } = named(ref, 'action');
    const assignment = assignments[type];
    if (!assignment) throw new UnsupportedDefinition(`action "${type}" is not an assign update`);
    return (context: TContext, event: TEvent) => assignment({ context, event }, params);
  };

  const transitions = (source: Node, value: Transitions | undefined): ChartTransition<TContext, TEvent>[] =>
    list(typeof value === 'string' ? { target: value } : value).map((t) => {
      for (const k of Object.keys(t)) if (!['target', 'guard', 'actions'].includes(k)) throw new UnsupportedDefinition(`"${k}" in a transition`);
      if (Array.isArray(t.target)) throw new UnsupportedDefinition('several targets');
      const guard = t.guard === undefined ? null : named(t.guard, 'guard');
      const check = guard ? guards[guard.type] : undefined;
      if (guard && !check) throw new UnsupportedDefinition(`guard "${guard.type}"`);
      const target = t.target === undefined ? undefined : resolveTarget(source, t.target);
      if (target && isWithin(source, target)) throw new UnsupportedDefinition(`transition from ${source.id} to itself or an ancestor`);
      const enters: Node[] = [];
      if (target) {
        const domain = isWithin(target, source) ? source : commonAncestor(source, target);
        for (let n: Node | undefined = target; n && n !== domain; n = n.parent as Node | undefined) enters.unshift(n);
      }
      return {
        source,
        target,
        enters,
        guard,
        enabled: guard && check ? (context: TContext, event: TEvent) => check({ context, event }, guard.params) : null,
        actions: list(t.actions).map(update),
      };
    });

  const root = build(config.id, config, undefined);
  for (const [node, state] of configs) {
    node.entry = list(state.entry).map(update);
    node.always = transitions(node, state.always);
    node.on = new Map(Object.entries(state.on ?? {}).map(([event, value]) => [event, transitions(node, value)]));
  }
  const merge = definition.merge ?? ((context: TContext, update: Partial<TContext>) => ({ ...context, ...update }));
  return { id: config.id, root, context: config.context, output: config.output, merge };
}

function named(ref: Ref, what: string): { type: string; params?: unknown } {
  if (typeof ref === 'string') return { type: ref };
  if (typeof ref !== 'object' || ref === null || typeof ref.type !== 'string') throw new UnsupportedDefinition(`inline ${what}`);
  return ref.params === undefined ? { type: ref.type } : { type: ref.type, params: ref.params };
}

// Walking the tree needs no context or event types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChartNode = ChartNode<any, any>;

/** True when `node` is `ancestor` or lies inside it. */
export function isWithin(node: AnyChartNode, ancestor: AnyChartNode): boolean {
  for (let n: AnyChartNode | undefined = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** The nearest state that is a proper ancestor of both. */
function commonAncestor(a: AnyChartNode, b: AnyChartNode): AnyChartNode | undefined {
  for (let n = a.parent; n; n = n.parent) if (isWithin(b, n)) return n;
  return undefined;
}

/** A state value as XState writes it: `'review'`, or `{ author: 'asking' }` for a substate. */
export type StateValue = string | { [key: string]: StateValue };

export function valueOf(node: AnyChartNode): StateValue {
  const [last, ...outer] = [...node.path].reverse();
  return outer.reduce<StateValue>((value, key) => ({ [key]: value }), last!);
}
