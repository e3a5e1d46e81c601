import { scrollToShow, showInView } from './reveal.js';

/**
 * The sticky "Exit this page" bar on the screen. Its height goes as `--_exit-bar` on the
 * element's root: what the element scrolls into view when it moves focus stops below the
 * bar (safety-styles.ts), however many lines the button takes (large text, a narrow phone,
 * a long translation). On a short screen the bar turns compact, and shows its short label if
 * compact is not enough. Focus that lands under it comes out below it.
 */
export class ExitBarLayout {
  /** The sticky bar, watched for its height (see watch). */
  #bar: HTMLElement | null = null;
  readonly #barSize = new ResizeObserver(([entry]) => {
    const root = entry?.target.parentElement;
    if (!entry || !root) return;
    // Safari before 15.4 gives no borderBoxSize.
    const height = Math.ceil(entry.borderBoxSize?.[0]?.blockSize ?? entry.target.getBoundingClientRect().height);
    root.style.setProperty('--_exit-bar', `${height}px`);
    // The bar at full size: what it says of the screen holds from this frame on.
    if (!root.hasAttribute('data-compact-exit')) root.toggleAttribute('data-short-screen', this.#isShortScreen(height));
    // Compacting resizes the bar, which an observer must not do to what it watches in its
    // own callback (the page would hear a "ResizeObserver loop" error): next frame.
    if (!this.#fitting) this.#fitting = requestAnimationFrame(this.#fitToScreen);
  });
  /** The frame that will fit the bar to the screen, 0 when none is due. */
  #fitting = 0;

  /**
   * A short screen: the bar at full size takes over a quarter of its height (a phone on its
   * side with 150% text or more; at 100% it takes at most 22%, down to a 320px-high screen).
   */
  #isShortScreen = (fullHeight: number): boolean => fullHeight > innerHeight / 4;

  /**
   * On a short screen, `data-short-screen` and `data-compact-exit` on the element's root:
   * the bar is then compact (safety-styles.ts), and nothing else sticks to the screen (the
   * trainer's bar, training-styles.ts), which would leave the question a strip. Measured at
   * full size, which the compact bar would otherwise hide: the marks would come and go.
   * A label on two lines makes the bar compact too (only it): "Salir de esta página" at
   * 125% text on a small phone took a fifth of the screen, more than the one word at 200%.
   */
  #fitToScreen = (): void => {
    this.#fitting = 0;
    const bar = this.#bar;
    const root = bar?.parentElement;
    if (!bar || !root) return;
    root.removeAttribute('data-compact-exit');
    root.removeAttribute('data-short-exit');
    const short = this.#isShortScreen(bar.getBoundingClientRect().height);
    // Lines, not boxes: Arabic text gives one line several boxes.
    const lines = new Set([...(bar.querySelector('.exit-long')?.getClientRects() ?? [])].map((box) => Math.round(box.top)));
    root.toggleAttribute('data-short-screen', short);
    root.toggleAttribute('data-compact-exit', short || lines.size > 1);
    // Compact and still over a quarter, its long label on two lines (200% text spaced out,
    // WCAG 1.4.12): `data-short-exit`, its short label ("Salir"), which the width holds.
    root.toggleAttribute('data-short-exit', short && this.#isShortScreen(bar.getBoundingClientRect().height));
  };

  /** Where focusin is listened for: none when Lit could not make the render root (an element connected in another document). */
  #root: EventTarget | null = null;

  /** Follows focus in `root` (the element's render root) and the screen's size. */
  connect(root: EventTarget): void {
    this.#root = root;
    this.#root.addEventListener('focusin', this.#onFocusin);
    this.#width = innerWidth;
    addEventListener('resize', this.#onResize);
  }

  /** The screen's width at the last resize: a change of it is a phone turned (or a window made wider or narrower). */
  #width = 0;
  /** The frame that will show the focused control again after a turn, 0 when none is due. */
  #showing = 0;

  /**
   * A phone turned, or a window made shorter: the bar may be the same size. A turn keeps the
   * page's scroll, which left the focused control off the screen or under the bar: it is
   * shown again (a control the person reached, not a step's heading), two frames on, once
   * the bar has its new height. Not for a change of height alone: a phone's address bar
   * hiding as the person scrolls would pull them back to it.
   */
  #onResize = (): void => {
    this.#fitToScreen();
    if (innerWidth === this.#width) return;
    this.#width = innerWidth;
    cancelAnimationFrame(this.#showing);
    this.#showing = requestAnimationFrame(() => {
      this.#showing = requestAnimationFrame(this.#showFocused);
    });
  };

  #showFocused = (): void => {
    this.#showing = 0;
    const focused = this.#root && 'activeElement' in this.#root ? (this.#root as ShadowRoot).activeElement : null;
    // Not a heading the element focused (tabindex -1): the person may have scrolled on to read.
    if (focused instanceof HTMLElement && focused.tabIndex >= 0 && !this.#bar?.contains(focused)) showInView(focused, 'center');
  };

  /** Lets go of everything: the observer would keep the element, and all it drew, in memory. */
  disconnect(): void {
    this.#root?.removeEventListener('focusin', this.#onFocusin);
    removeEventListener('resize', this.#onResize);
    cancelAnimationFrame(this.#showing);
    this.#showing = 0;
    this.#root = null;
    this.watch(null);
    cancelAnimationFrame(this.#fitting);
    this.#fitting = 0;
  }

  /** Watches `bar`, the one the element shows now (null: none). */
  watch(bar: HTMLElement | null): void {
    if (bar === this.#bar) return;
    this.#barSize.disconnect();
    this.#bar = bar;
    if (bar) this.#barSize.observe(bar);
  }

  /**
   * Focus that lands under the sticky bar comes out below it (WCAG 2.4.11). The browser's
   * own scroll stops below the bar by the elements' scroll-margin, except for a date
   * input, whose fields are the browser's own, out of reach of the element's styles:
   * Shift+Tab back into one left it wholly under the bar.
   */
  #onFocusin = (event: Event): void => {
    const bar = this.#bar;
    const target = event.target;
    if (!bar || !(target instanceof HTMLElement) || bar.contains(target)) return;
    const b = bar.getBoundingClientRect();
    const t = target.getBoundingClientRect();
    const under = t.top < b.bottom && t.bottom > b.top && t.left < b.right && t.right > b.left;
    if (under) scrollToShow(target, 'start');
  };
}
