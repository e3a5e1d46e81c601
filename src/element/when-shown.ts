/**
 * Whether `target` is drawn: not under `display: none` (`hidden`, a tab panel not shown) nor
 * in a closed `<details>`. checkVisibility() knows both; where it is missing (Chromium
 * before 105, Safari before 17.4), a box drawn has client rects.
 */
const drawn = (target: Element): boolean =>
  typeof target.checkVisibility === 'function' ? target.checkVisibility() : target.getClientRects().length > 0;

/**
 * Calls `shown` once `target` is drawn, and returns true; false, calling nothing, when it is
 * drawn already. Words put in a live region that is not drawn are never heard, and a screen
 * reader does not read them when it appears: they must be put there once it shows.
 */
export function waitUntilShown(target: Element, shown: () => void): boolean {
  if (drawn(target)) return false;
  // Drawn or hidden, its box changes size: from none to its own.
  const observer = new ResizeObserver(() => {
    if (!drawn(target)) return;
    observer.disconnect();
    shown();
  });
  observer.observe(target);
  return true;
}
