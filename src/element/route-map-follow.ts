import { noChange } from 'lit';
import { directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { AsyncDirective } from 'lit/async-directive.js';

/**
 * Scrolls the route map's panel, where it has a scroll of its own (a third column beside
 * the trainer's panel, training-styles.ts), so that the map's current step stands in the
 * middle of the part of the panel on screen: the room sees it with the question. Only the
 * panel scrolls, never the page, and focus stays where it is. At once, not smoothly: a
 * step moves the map by a row or two, and a glide would go against a reduced-motion setting.
 */
export function showCurrentStep(panel: HTMLElement): void {
  const node = panel.querySelector('.node.current');
  if (!node || panel.scrollHeight <= panel.clientHeight) return;
  const box = panel.getBoundingClientRect();
  // The part on screen: below the sticky "Exit this page" bar, above the screen's bottom.
  const top = Math.max(box.top, parseFloat(getComputedStyle(panel).scrollMarginBlockStart) || 0);
  const bottom = Math.min(box.bottom, innerHeight);
  if (bottom <= top) return;
  const { top: nodeTop, bottom: nodeBottom } = node.getBoundingClientRect();
  panel.scrollTo({ top: panel.scrollTop + (nodeTop + nodeBottom) / 2 - (top + bottom) / 2, behavior: 'instant' });
}

/**
 * Makes the panel a keyboard Tab stop while it has a scroll of its own, so that the keyboard
 * scrolls it too, and not otherwise: on a phone, where the page scrolls the map, a stop there
 * would be one more Tab for nothing. A panel that has focus keeps it, scroll or not.
 */
function tabStopWhileScrolling(panel: HTMLElement): void {
  if (panel.scrollHeight > panel.clientHeight) panel.setAttribute('tabindex', '0');
  else if ((panel.getRootNode() as Document | ShadowRoot).activeElement !== panel) panel.removeAttribute('tabindex');
}

/**
 * On the map's panel: `showCurrentStep` once the panel is drawn with a new current step (and
 * the first time), and when the panel changes size: a window widened or zoomed out to 100%
 * mid-scenario gives the map its column and scroll at once, its current step anywhere in it.
 * Each time, `tabStopWhileScrolling` too.
 */
class FollowCurrent extends AsyncDirective {
  #shown: unknown = {};
  #panel: HTMLElement | null = null;
  readonly #resized = new ResizeObserver(() => this.#panel && follow(this.#panel));

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('followCurrent goes on an element');
  }

  render(_current: string | null): unknown {
    return noChange;
  }

  override update(part: ElementPart, [current]: [string | null]): unknown {
    if (!this.#panel) this.#resized.observe((this.#panel = part.element as HTMLElement));
    const panel = part.element as HTMLElement;
    const moved = current !== this.#shown;
    this.#shown = current;
    // After the render, when the panel's contents are all in place: a redraw in another language may make it scroll.
    queueMicrotask(() => (moved ? follow(panel) : tabStopWhileScrolling(panel)));
    return noChange;
  }

  // The observer would keep the panel, and all the map drew, in memory.
  protected override disconnected(): void {
    this.#resized.disconnect();
  }

  protected override reconnected(): void {
    if (this.#panel) this.#resized.observe(this.#panel);
  }
}

function follow(panel: HTMLElement): void {
  tabStopWhileScrolling(panel);
  showCurrentStep(panel);
}

export const followCurrent = directive(FollowCurrent);
