import { noChange } from 'lit';
import { directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { AsyncDirective } from 'lit/async-directive.js';

/** A short screen: a projector at 150% (1280×720 is 853×480 there, 1366×768 911×512), a phone on its side. */
const SHORT = '(max-height: 34.99em)';

/**
 * On the trainer's panel: marks the training layout with `data-short-view` while the screen
 * is short, and follows the screen as it changes, for the layouts between 40em and 64em
 * (training-styles.ts). Not an @media rule there: WebKit gives a shadow root made after the
 * window changed size the media query results of an earlier one that had the same
 * stylesheets (an element made anew after zooming), so the layout was another screen's.
 */
class MarkShortView extends AsyncDirective {
  #panel: Element | null = null;
  #query: MediaQueryList | null = null;
  readonly #mark = (): void => {
    this.#panel?.closest('.training-layout')?.toggleAttribute('data-short-view', this.#query!.matches);
  };

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('markShortView goes on an element');
  }

  render(): unknown {
    return noChange;
  }

  override update(part: ElementPart): unknown {
    this.#panel = part.element;
    if (!this.#query) {
      this.#query = matchMedia(SHORT);
      this.#query.addEventListener('change', this.#mark);
    }
    // After the render: drawn the first time, the panel is not in the layout yet.
    queueMicrotask(this.#mark);
    return noChange;
  }

  protected override disconnected(): void {
    this.#query?.removeEventListener('change', this.#mark);
  }

  protected override reconnected(): void {
    this.#query?.addEventListener('change', this.#mark);
    this.#mark();
  }
}

export const markShortView = directive(MarkShortView);
