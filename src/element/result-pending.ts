import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Assessment } from '../core/index.js';
import { outcomeTitle } from './outcome-messages.js';
import { changeAnswersLabel, restartLabel, tryAgainLabel } from './messages.js';
import { heading } from './steps/view.js';

export interface ResultPendingView {
  assessment: Assessment;
  /** True while the result's module is on its way; false once it failed to arrive. */
  loading: boolean;
  /** True once it has been on its way for long (a stalled connection), or again after it could not be had: urgent help is not kept waiting. */
  overdue: boolean;
  headingLevel: number;
  onRestart(): void;
  /** Fetches the details again, once they could not be loaded: the connection may be back, and a reload would lose the answers. */
  onRetry(): void;
  /** "Change your answers", as on the whole result (none in training mode). */
  onChange?: () => void;
}

/**
 * The result before its module is here (result-feature.ts): the outcome's title, which
 * the embed holds, and a word on the details. Seen only on a slow connection (the
 * module is fetched after the first answer), or offline, where the outcome still shows.
 */
export function renderResultPending({ assessment, loading, overdue, headingLevel, onRestart, onRetry, onChange }: ResultPendingView): TemplateResult {
  const urgent = assessment.nextSteps.some((s) => s.code === 'request-interim-measures' || s.code === 'get-urgent-help');
  // The title only: the intro points to the reasons "below", which are not here yet.
  return html`<section class="result" part="result" data-outcome=${assessment.outcome}>
    ${heading(headingLevel, outcomeTitle(assessment))}
    ${urgent && (!loading || overdue) ? html`<p class="urgent"><strong>${urgentWhileMissingText()}</strong></p>` : nothing}
    <p class="caption">
      ${loading
        ? msg('Loading the reasons and next steps…', { id: 'result.loading' })
        : resultLoadFailedText()}
    </p>
    <div class="result-actions">
      ${loading
        ? nothing
        : html`<button type="button" class="button" part="button retry" @click=${onRetry}>${tryAgainLabel()}</button>`}
      ${onChange
        ? html`<button type="button" class="button secondary" part="button change-answers" @click=${onChange}>${changeAnswersLabel()}</button>`
        : nothing}
      <button type="button" class="button secondary" part="button restart" @click=${onRestart}>${restartLabel()}</button>
    </div>
  </section>`;
}

/** Offline or stalled, the urgent case's first step, which the missing details would have given with its article. */
const urgentWhileMissingText = (): string =>
  msg('It is urgent: get help now from a lawyer or a human rights organisation, without waiting for these details.', {
    id: 'result.urgent-offline',
  });

/** Said beside the outcome when the result's module could not be loaded. */
export const resultLoadFailedText = (): string =>
  msg('The reasons and next steps could not be loaded. Check your internet connection, then try again.', { id: 'result.load-failed' });
