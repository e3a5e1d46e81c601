import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The folded parts that paper must show: the hand-off summary, and each question's Explain panel (a trainer's handout, with its quote). */
const FOLDED_FOR_SCREEN = 'details.handoff-disclosure:not([open]), details.explain:not([open])';

/**
 * Printing, by the Print button or the browser's own command, unfolds the element's
 * folded summary and Explain panels, and folds them again once it is done: a reader
 * cannot open a <details> on paper.
 */
export class PrintUnfoldController implements ReactiveController {
  #unfolded: HTMLDetailsElement[] = [];

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
  }

  #beforePrint = (): void => {
    this.#unfolded = [...this.host.renderRoot.querySelectorAll<HTMLDetailsElement>(FOLDED_FOR_SCREEN)];
    for (const details of this.#unfolded) details.open = true;
  };

  #afterPrint = (): void => {
    for (const details of this.#unfolded.splice(0)) details.open = false;
  };
}
