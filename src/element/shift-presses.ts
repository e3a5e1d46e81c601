/** How long three presses of Shift may take (GOV.UK "Exit this page" uses a few seconds). */
export const SHIFT_WINDOW_MS = 3000;

/**
 * Counts presses of Shift: three within SHIFT_WINDOW_MS, with no other key between
 * them, is the signal to leave. A key held down (auto-repeat) counts once.
 */
export class ShiftPresses {
  #times: number[] = [];

  /** Returns true when this key press completes the third Shift. */
  press(key: string, repeat: boolean, time: number): boolean {
    if (repeat) return false;
    if (key !== 'Shift') {
      this.#times = [];
      return false;
    }
    this.#times = [...this.#times.filter((t) => time - t < SHIFT_WINDOW_MS), time];
    if (this.#times.length < 3) return false;
    this.#times = [];
    return true;
  }
}
