import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Answers, Reason, Step } from '../core/index.js';
import type { Formatting } from './format.js';
import type { LanguageController } from './localization.js';
import { questionText } from './question-messages.js';
import { outcomeTitle } from './outcome-messages.js';

/**
 * The element's polite live region. Focus on each new step's heading reads the step, so
 * this says only what focus does not: a notice, "Copied", a step taken while focus stays
 * where it is. What it says stays in the language it was said in: a switch of language
 * silences it rather than leave it in the old one.
 */
export class LiveRegion {
  #text = '';
  #locale = '';
  readonly #language: LanguageController;
  /** Said before the next step's announcement ("Your saved answers were deleted."). */
  notice = '';

  constructor(language: LanguageController) {
    this.#language = language;
  }

  /** Says `text`, in the element's language. */
  say(text: string): void {
    this.#text = text;
    this.#locale = this.#language.locale;
  }

  /** Says the notice waiting, if any, then each of `parts` that has words. */
  sayWithNotice(...parts: string[]): void {
    this.say([this.notice, ...parts].filter(Boolean).join(' '));
    this.notice = '';
  }

  /** Empties it if it still says `text` (news that is no longer true). */
  withdraw(text: string): void {
    if (this.#text === text) this.silence();
  }

  /** Empties it: the same words said next are said again, not left as they were, and silent. */
  silence(): void {
    this.#text = this.#locale = '';
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#locale === this.#language.locale ? this.#text : ''}</div>`;
  }
}

/** The answer a training scenario gave ("Next step"), said before the question it leads to. */
export function answeredAnnouncement(labels: readonly string[], f: Formatting): string {
  return msg(str`Answer: ${f.list(labels)}.`, { id: 'announce.answered' });
}

/**
 * A step, said in words: for a step taken while focus stays where it was (the trainer's controls). `author`: as the
 * step words its question. `reasons`: the route's, for a result's title as its heading says it ("not yet" for a route
 * closed only for now).
 */
export function stepAnnouncement(step: Step, author: Answers['author'], reasons: readonly Reason[] = []): string {
  switch (step.kind) {
    case 'question':
      return msg(str`Question ${step.number}: ${questionText(step.question, author).title}`, { id: 'announce.question' });
    case 'review':
      return msg('Check your answers', { id: 'announce.review' });
    case 'result':
      return msg(str`Result: ${outcomeTitle({ outcome: step.outcome, reasons })}`, { id: 'announce.result' });
  }
}
