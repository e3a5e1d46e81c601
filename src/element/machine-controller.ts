import type { ReactiveControllerHost } from 'lit';
import { ChartRun, eligibilityChart, type Assessment, type ChartSnapshot, type EngineContext, type EngineEvent, type EngineInput } from '../core/index.js';

export type EligibilitySnapshot = ChartSnapshot<EngineContext, Assessment>;

/**
 * Runs the engine's flow for a Lit host: the host renders `snapshot` and forwards what
 * the person did with `send()`. It decides nothing itself. The run is plain data, so a
 * host that leaves the page and comes back finds the person where they were.
 */
export class MachineController {
  #run: ChartRun<EngineContext, EngineEvent, EngineInput, Assessment> | null = null;
  #input: EngineInput | null = null;
  /** Goes up by one each time a new screening starts. */
  generation = 0;
  /**
   * Goes up with `generation`, but not when a screening starts again on the same answers (a
   * re-check on a new date or newer data): the question still shown keeps its controls, with
   * what the person was choosing there and the focus.
   */
  forms = 0;
  snapshot: EligibilitySnapshot | null = null;

  constructor(private readonly host: ReactiveControllerHost) {}

  get started(): boolean {
    return this.#run !== null;
  }

  /** Starts a new screening with this input; any running one is dropped. `recheck`: the same answers, on a new date or data. */
  start(input: EngineInput, recheck = false): void {
    this.#input = input;
    this.generation += 1;
    if (!recheck) this.forms += 1;
    this.#run = new ChartRun(eligibilityChart, input);
    this.#publish();
  }

  /** "Start again": same environment, no answers. */
  restart(): void {
    if (this.#input) this.start({ env: this.#input.env });
  }

  /** "Change your answers" on a result: a new screening with its answers, which replay to the summary. */
  reopen(): void {
    const answers = this.snapshot?.output?.answers;
    if (this.#input && answers) this.start({ env: this.#input.env, answers });
  }

  send(event: EngineEvent): void {
    if (!this.#run) return;
    this.#run.send(event);
    this.#publish();
  }

  #publish(): void {
    this.snapshot = this.#run!.snapshot();
    this.host.requestUpdate();
  }
}
