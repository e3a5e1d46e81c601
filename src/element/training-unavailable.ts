import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { tryAgainLabel } from './messages.js';

/** Why training mode does not show: its modules could not be fetched, or are long in coming. */
export type TrainingMissing = 'failed' | 'slow';

/**
 * Above the step in training mode while its modules (the trainer's panel and the route
 * map) are missing: offline, or on a stalled connection, the questions go on without them
 * rather than leave the room on "Loading…", and "Try again" fetches them again, keeping
 * the answers. Its words are in the embed, since the training chunk's are what is missing.
 * A live region of its own, there from the first step, so that a failure is said.
 */
export function renderTrainingUnavailable(missing: TrainingMissing | null, onRetry: () => void): TemplateResult {
  return html`<div class="training-status" role="status">
    ${missing
      ? html`<div class="training-notice" part="training-unavailable">
          <p>
            ${missing === 'failed'
              ? msg('Training mode could not be loaded: its scenarios and route map are missing. Check your internet connection, then try again.', {
                  id: 'training.load-failed',
                })
              : msg('Training mode is taking long to load. Its scenarios and route map will appear here when it arrives.', {
                  id: 'training.load-slow',
                })}
          </p>
          ${missing === 'failed'
            ? html`<p><button type="button" class="button secondary" part="button retry" @click=${onRetry}>${tryAgainLabel()}</button></p>`
            : nothing}
        </div>`
      : nothing}
  </div>`;
}
