import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Times this page was shown again from the back-forward cache, counted from the first
 * element's arrival: an element off the page then, kept by a framework to show again (Vue's
 * KeepAlive, a cached route), heard nothing, and compares on its return.
 */
let shownFromCache = 0;
let countingShows = false;
function countShowsFromCache(): void {
  if (countingShows) return;
  countingShows = true;
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) shownFromCache += 1;
  });
}

/**
 * Calls `returned` when the page is shown again from the browser's back-forward cache, with
 * what the element held in memory, and when the element comes back to the page after such
 * a show missed while it was off it.
 */
export class BackForwardCacheController implements ReactiveController {
  /** The page's count of shows from the back-forward cache when the element was last on it (or made). */
  #seen = shownFromCache;

  constructor(
    host: ReactiveControllerHost,
    private readonly returned: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pageshow', this.#onPageShow);
    countShowsFromCache();
    if (this.#seen !== shownFromCache) this.returned();
  }

  hostDisconnected(): void {
    window.removeEventListener('pageshow', this.#onPageShow);
    this.#seen = shownFromCache;
  }

  #onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.returned();
  };
}
