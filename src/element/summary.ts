import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { QUESTION_KINDS, STATE_UNLISTED, UNKNOWN, type Answers, type QuestionId } from '../core/index.js';
import type { Formatting } from './format.js';
import { optionLabel, questionText } from './question-messages.js';
import { heading, urgentNote } from './steps/view.js';

/** The words of one answer: one string, or one per item of a multiple choice. */
export function answerLabels(question: QuestionId, value: unknown, f: Formatting): string[] {
  if (value === undefined) return [];
  if (value === UNKNOWN) return [optionLabel(question, UNKNOWN)];
  switch (QUESTION_KINDS[question].kind) {
    case 'state':
      return [value === STATE_UNLISTED ? optionLabel(question, STATE_UNLISTED) : f.country(String(value))];
    case 'date':
      return [f.date(String(value))];
    case 'multiple':
      return (Array.isArray(value) ? value : []).map((v) => optionLabel(question, String(v)));
    default:
      return [optionLabel(question, String(value))];
  }
}

/**
 * Several answers to one question, listed apart: the summary, the hand-off sheet and the
 * route map never join them with "and", which their labels contain ("Clean water and toilets").
 */
export const answerList = (labels: readonly (string | TemplateResult)[]): TemplateResult => html`<ul class="list">${labels.map((l) => html`<li>${l}</li>`)}</ul>`;

/** How one answer reads in the summary. */
function answerText(question: QuestionId, value: unknown, f: Formatting): TemplateResult | string {
  const labels = answerLabels(question, value, f);
  return labels.length === 1 || QUESTION_KINDS[question].kind !== 'multiple' ? (labels[0] ?? '') : answerList(labels);
}

export interface SummaryView {
  trail: readonly QuestionId[];
  answers: Answers;
  headingLevel: number;
  f: Formatting;
  onChange(question: QuestionId): void;
  onConfirm(): void;
}

/** GOV.UK "check answers": every answer on the route, each with its own Change button; an urgent case's note above them, as above each question. */
export function renderSummary(v: SummaryView): TemplateResult {
  return html`<section class="summary" part="summary">
    ${urgentNote(v.answers)} ${heading(v.headingLevel, msg('Check your answers'))}
    <p class="hint" part="hint">${msg('Check your answers before you see the result. You can change any of them.')}</p>
    <dl class="summary-list">
      ${v.trail.map((q) => {
        const text = questionText(q, v.answers.author);
        return html`<div class="summary-row" data-question=${q}>
          <dt class="summary-key">${text.title}</dt>
          <dd class="summary-value">${answerText(q, v.answers[q], v.f)}</dd>
          <dd class="summary-actions">
            <button type="button" class="link" part="change" @click=${() => v.onChange(q)}>
              ${msg('Change')}<span class="visually-hidden"> ${text.context}</span>
            </button>
          </dd>
        </div>`;
      })}
    </dl>
    <button type="button" class="button" part="button confirm" @click=${v.onConfirm}>${msg('Confirm and see the result')}</button>
  </section>`;
}
