import { valueOf, type Chart, type ChartNode, type ChartTransition, type StateValue } from './statechart.js';

/** Where a run stands, in the same terms as an XState snapshot. */
export interface ChartSnapshot<TContext, TOutput> {
  value: StateValue;
  context: TContext;
  status: 'active' | 'done';
  output: TOutput | undefined;
}

// Enough for any real route; a definition that loops forever fails loudly instead.
const MAX_MICROSTEPS = 10_000;

/**
 * One run of a compiled definition (statechart.ts), with XState's semantics: a macrostep
 * takes the event's transition, then eventless transitions until none is enabled; a
 * transition exits up to its domain and enters down to its target, running updates in
 * document order; contexts are replaced, never mutated. The element drives one run per
 * screening; `assess()` runs one to the end. Neither needs XState's interpreter, whose
 * per-step bookkeeping (actors, action queues, inspection) is most of its size and time.
 */
export class ChartRun<TContext, TEvent extends { type: string }, TInput, TOutput> {
  readonly #chart: Chart<TContext, TEvent, TInput, TOutput>;
  #node: ChartNode<TContext, TEvent>;
  #context: TContext;
  #output: { value: TOutput | undefined } | null = null;

  constructor(chart: Chart<TContext, TEvent, TInput, TOutput>, input: TInput) {
    this.#chart = chart;
    this.#node = chart.root;
    this.#context = chart.context({ input });
    const init = { type: 'xstate.init', input } as unknown as TEvent;
    this.#enter(chart.root, [chart.root], init);
    this.#settle(init);
  }

  /** A top-level final state: the screening is over and later events are ignored. */
  get done(): boolean {
    return this.#node.type === 'final';
  }

  send(event: TEvent): void {
    if (this.done) return;
    const transition = this.#select(event, event.type);
    if (transition) this.#take(transition, event);
    this.#settle(event);
  }

  snapshot(): ChartSnapshot<TContext, TOutput> {
    return { value: valueOf(this.#node), context: this.#context, status: this.done ? 'done' : 'active', output: this.output };
  }

  /** The chart's output once done (computed once), else undefined. */
  get output(): TOutput | undefined {
    if (!this.done) return undefined;
    this.#output ??= { value: this.#chart.output?.({ context: this.#context, event: { type: `xstate.done.state.${this.#chart.id}` } }) };
    return this.#output.value;
  }

  /** Takes eventless transitions until none is enabled, as a macrostep does. */
  #settle(event: TEvent): void {
    for (let step = 0; step < MAX_MICROSTEPS; step++) {
      const transition = this.#select(event, null);
      if (!transition) return;
      this.#take(transition, event);
    }
    throw new Error(`The machine took more than ${MAX_MICROSTEPS} eventless transitions without settling`);
  }

  /** The first enabled transition on `type` (eventless when null), from the active leaf outwards, in document order. */
  #select(event: TEvent, type: string | null): ChartTransition<TContext, TEvent> | undefined {
    for (let node: ChartNode<TContext, TEvent> | undefined = this.#node; node; node = node.parent) {
      const list = type === null ? node.always : node.on.get(type);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const t = list[i]!;
        if (t.enabled === null || t.enabled(this.#context, event)) return t;
      }
    }
    return undefined;
  }

  #take(transition: ChartTransition<TContext, TEvent>, event: TEvent): void {
    this.#run(transition.actions, event);
    if (transition.target) this.#enter(transition.target, transition.enters, event);
  }

  /** Runs the entry updates of `path` (outermost first), then descends initial states. */
  #enter(target: ChartNode<TContext, TEvent>, path: readonly ChartNode<TContext, TEvent>[], event: TEvent): void {
    let node = target;
    for (let i = 0; i < path.length; i++) this.#run(path[i]!.entry, event);
    while (node.initial) {
      node = node.initial;
      this.#run(node.entry, event);
    }
    this.#node = node;
  }

  // The loops over transitions, paths and updates are indexed: for…of over these lists
  // (empty ones and lists of functions) took a tenth longer to walk a route.
  #run(actions: ChartTransition<TContext, TEvent>['actions'], event: TEvent): void {
    for (let i = 0; i < actions.length; i++) {
      const update = actions[i]!(this.#context, event);
      // Contexts are replaced, as in XState: guards may have remembered the old one.
      for (const _ in update) {
        this.#context = this.#chart.merge(this.#context, update);
        break;
      }
    }
  }
}

/** Runs `chart` from `input` through `events` and returns where it stands. */
export function runChart<TContext, TEvent extends { type: string }, TInput, TOutput>(
  chart: Chart<TContext, TEvent, TInput, TOutput>,
  input: TInput,
  events: readonly TEvent[] = [],
): ChartSnapshot<TContext, TOutput> {
  const run = new ChartRun(chart, input);
  for (const event of events) run.send(event);
  return run.snapshot();
}
