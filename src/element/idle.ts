/** Tasks asked for in this task, handed to the browser's idle queue from the next one, in order. */
const waiting: (() => void)[] = [];

/**
 * Runs `task` when the browser is idle (within two seconds), off the path to the first
 * question; Safari has no requestIdleCallback. Tasks run in the order asked for.
 *
 * The idle queue is asked from a task of its own: a page's first requestIdleCallback sets
 * the browser's idle scheduling up, about 0.5 ms in Chromium, which was spent before the
 * first question showed (the element and its quick exit ask for idle work as they start).
 */
export function whenIdle(task: () => void): void {
  if (waiting.push(task) > 1) return;
  setTimeout(() => {
    for (const next of waiting.splice(0)) {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(next, { timeout: 2000 });
      else setTimeout(next, 200);
    }
  });
}
