import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

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

/** On the map's panel: `showCurrentStep` once the panel is drawn with a new current step (and the first time). */
class FollowCurrent extends Directive {
  #shown: unknown = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('followCurrent goes on an element');
  }

  render(_current: string | null): unknown {
    return noChange;
  }

  override update(part: ElementPart, [current]: [string | null]): unknown {
    if (current !== this.#shown) {
      this.#shown = current;
      // After the render that drew the new step, when the panel's contents are all in place.
      queueMicrotask(() => showCurrentStep(part.element as HTMLElement));
    }
    return noChange;
  }
}

export const followCurrent = directive(FollowCurrent);
