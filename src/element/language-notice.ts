import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { LANGUAGE_UNAVAILABLE } from '../generated/language-unavailable.js';
import { directionOf, type TargetLocale } from './localization.js';

/**
 * Above the step while the language asked for could not be loaded (offline) and the text
 * shows in English in its stead: said first in that language (the page carries this one
 * sentence in every language), then in English for whoever helps the person. It goes
 * when the language arrives, at a later step. It sits in a live region of its own, there
 * from the first step: when the failure comes after focus has moved to a step's heading
 * (a stalled file that fails later), a screen reader says it, each sentence in its voice.
 */
export function renderLanguageNotice(unavailable: TargetLocale | null): TemplateResult {
  return html`<div class="language-status" role="status">
    ${unavailable
      ? html`<div class="language-notice" part="language-unavailable">
          <p lang=${unavailable} dir=${directionOf(unavailable)}>${LANGUAGE_UNAVAILABLE[unavailable]}</p>
          <p>${msg('Your language could not be loaded: the text is in English until the connection is back.', { id: 'language.unavailable' })}</p>
        </div>`
      : nothing}
  </div>`;
}
