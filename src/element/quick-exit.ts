import * as z from 'zod/mini';

/**
 * Where "Exit this page" goes unless the host sets `exit-url`: a page found in the
 * history of almost any device, in the reader's own language, that says nothing about
 * what the person was doing. Hosts should choose one that is ordinary where they work.
 */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

/** An absolute http(s) URL with no user name or password: nothing that runs script, nothing that hides where it goes. */
export const exitUrlSchema = z.string().check(
  z.maxLength(2048),
  z.refine((value) => {
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.username && !url.password;
  }),
);

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
