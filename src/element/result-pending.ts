import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Outcome } from '../core/index.js';
import { outcomeText, restartLabel } from './messages.js';
import { heading } from './steps/view.js';

export interface ResultPendingView {
  outcome: Outcome;
  /** True while the result's module is on its way; false once it failed to arrive. */
  loading: boolean;
  headingLevel: number;
  onRestart(): void;
}

/**
 * The result before its module is here (result-feature.ts): the outcome's title, which
 * the embed holds, and a word on the details. Seen only on a slow connection (the
 * module is fetched after the first answer), or offline, where the outcome still shows.
 */
export function renderResultPending({ outcome, loading, headingLevel, onRestart }: ResultPendingView): TemplateResult {
  // The title only: the intro points to the reasons "below", which are not here yet.
  return html`<section class="result" part="result" data-outcome=${outcome}>
    ${heading(headingLevel, outcomeText(outcome).title)}
    <p class="caption">
      ${loading
        ? msg('Loading the reasons and next steps…', { id: 'result.loading' })
        : resultLoadFailedText()}
    </p>
    <button type="button" class="button secondary" part="button restart" @click=${onRestart}>${restartLabel()}</button>
  </section>`;
}

/** Said beside the outcome when the result's module could not be loaded. */
export const resultLoadFailedText = (): string =>
  msg('The reasons and next steps could not be loaded. Check your internet connection, then reload the page.', { id: 'result.load-failed' });
