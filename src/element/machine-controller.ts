import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createActor, type Actor, type Snapshot, type SnapshotFrom } from 'xstate';
import { eligibilityMachine, type EligibilityMachine, type EngineEvent, type EngineInput } from '../core/index.js';

export type EligibilitySnapshot = SnapshotFrom<EligibilityMachine>;

/**
 * Runs one actor of the engine's machine for a Lit host: the host renders `snapshot`
 * and forwards what the person did with `send()`. It decides nothing itself.
 *
 * A stopped XState actor cannot start again, so a host that leaves the page and comes
 * back gets a fresh actor made from the persisted snapshot: the person keeps their place.
 */
export class MachineController implements ReactiveController {
  #actor: Actor<EligibilityMachine> | null = null;
  #input: EngineInput | null = null;
  #saved: Snapshot<unknown> | null = null;
  #connected = false;
  /** Goes up by one each time a new screening starts (not when the host reconnects). */
  generation = 0;
  snapshot: EligibilitySnapshot | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get started(): boolean {
    return this.#input !== null;
  }

  /** Starts a new screening with this input; any running one is dropped. */
  start(input: EngineInput): void {
    this.#stop();
    this.#input = input;
    this.#saved = null;
    this.generation += 1;
    this.snapshot = null;
    if (this.#connected) this.#run(createActor(eligibilityMachine, { input }));
  }

  /** "Start again": same environment, no answers. */
  restart(): void {
    if (this.#input) this.start({ env: this.#input.env });
  }

  send(event: EngineEvent): void {
    this.#actor?.send(event);
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#actor || !this.#input) return;
    const saved = this.#saved;
    this.#saved = null;
    this.#run(
      saved
        ? createActor(eligibilityMachine, { snapshot: saved, input: this.#input })
        : createActor(eligibilityMachine, { input: this.#input }),
    );
  }

  hostDisconnected(): void {
    this.#connected = false;
    if (this.#actor) this.#saved = this.#actor.getPersistedSnapshot();
    this.#stop();
  }

  #run(actor: Actor<EligibilityMachine>): void {
    this.#actor = actor;
    actor.subscribe({
      next: (snapshot) => {
        if (this.#actor !== actor) return;
        this.snapshot = snapshot;
        this.host.requestUpdate();
      },
      error: (error) => console.error('op-eligibility: the screening stopped unexpectedly', error),
    });
    actor.start();
    this.snapshot = actor.getSnapshot();
    this.host.requestUpdate();
  }

  #stop(): void {
    const actor = this.#actor;
    this.#actor = null;
    actor?.stop();
  }
}
