/**
 * The second tap of a double tap on Continue (or Back, or Confirm) lands on the step the
 * first one opened: it ticked the option that took Continue's place, an answer the person
 * never gave. The browser counts such a tap as the series' second click (`detail` 2): one
 * whose series began before the step was drawn is dropped, and so is any tap made before
 * it was drawn (queued on a slow phone). Only a pointer's trusted click counts: a
 * keyboard's has `detail` 0, and a script's (a test, a host) is not trusted. Its press is
 * dropped too, so that focus stays on the new step's heading.
 */
export class EarlyTapGuard {
  /** When the step now shown was drawn, on the clock of `event.timeStamp`. */
  #shownAt = 0;
  /** When the last series of clicks (a tap, a double tap) began. */
  #seriesAt = 0;

  /** The element drew a new step. */
  stepShown(): void {
    this.#shownAt = performance.now();
  }

  /** A capturing listener, for Lit's `@mousedown` (which moves focus) and `@click` (which answers). */
  readonly listener = {
    capture: true,
    handleEvent: (event: MouseEvent): void => {
      if (!event.isTrusted || event.detail === 0) return;
      if (event.detail === 1) this.#seriesAt = event.timeStamp;
      // A series' later clicks come after its first: this drops a tap made before the step was drawn too.
      if (this.#seriesAt >= this.#shownAt) return;
      event.preventDefault();
      event.stopPropagation();
    },
  };
}
