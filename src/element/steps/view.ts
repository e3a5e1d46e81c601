import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Answers, QuestionId } from '../../core/index.js';
import type { Formatting } from '../format.js';
import type { QuestionText } from '../question-messages.js';

/** What a step's render function needs: all of it comes from the snapshot and the host's attributes. */
export interface StepView {
  question: QuestionId;
  text: QuestionText;
  /** The answer to pre-fill (from snapshot.context.answers), if any. */
  value: unknown;
  /** The message for the problem the engine found with the last answer, if any. */
  error: string | null;
  headingLevel: number;
  f: Formatting;
  /** The assessment date, for the date inputs' `max`. */
  asOf: string;
  /** On the final decision's question, the day the facts began as answered: a decision dated before it gets a note (date.ts). */
  factsBegan?: string | undefined;
  /** The States a complaint can name (for the State picker). */
  states: ReadonlySet<string>;
  /** "Question N": honest progress, said as part of the heading. */
  progress: string;
}

/** The id of the control an error-summary link moves focus to. */
export const fieldId = (question: QuestionId): string => `field-${question}`;
const hintId = (question: QuestionId): string => `${question}-hint`;
export const errorId = (question: QuestionId): string => `${question}-error`;

export const describedBy = (v: StepView): string => (v.error ? `${hintId(v.question)} ${errorId(v.question)}` : hintId(v.question));

/** The id of the step's heading: focus goes to it at each new step (FocusPlan.carryOut(), focus-plan.ts), and it reads the step. */
export const STEP_HEADING_ID = 'step-heading';

/**
 * A heading at the level the host asked for. Lit cannot bind a tag name without
 * `unsafeStatic`, so each level is written out.
 */
export function heading(level: number, content: unknown, id = STEP_HEADING_ID, className = 'heading'): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 id=${id} class=${className} part="heading" tabindex="-1">${content}</h1>`;
    case 3:
      return html`<h3 id=${id} class=${className} part="heading" tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} part="heading" tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} part="heading" tabindex="-1">${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${className} part="heading" tabindex="-1">${content}</h6>`;
    default:
      return html`<h2 id=${id} class=${className} part="heading" tabindex="-1">${content}</h2>`;
  }
}

/**
 * A question's heading, its progress caption inside it (GOV.UK "headings with captions"):
 * the heading takes focus at each step, and is read whole, "Question 3: Who is sending the
 * complaint?", with nothing said twice by a live region.
 */
export function questionHeading(v: StepView, title: unknown): TemplateResult {
  // The unseen colon makes a pause between the two: "Question 3: Who…" (in Arabic, "3 من"
  // would also read as "3 of"). It sits inside the caption: after the caption's block, the
  // browser puts a space in the heading's name, "Question 3 : Who…".
  return heading(
    v.headingLevel,
    html`<span class="caption"><span part="progress">${v.progress}</span><span class="unseen-separator">${msg(':', { id: 'progress.separator' })}</span></span> ${title}`,
  );
}

/** A section heading inside a step (one level deeper than the step's heading, or more); not focusable. Any level past 6 is an h6: callers pass their depth as it is. */
export function subheading(level: number, content: unknown, className = 'subheading'): TemplateResult {
  switch (Math.min(level, 6)) {
    case 2:
      return html`<h2 class=${className}>${content}</h2>`;
    case 4:
      return html`<h4 class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className}>${content}</h6>`;
    default:
      return html`<h3 class=${className}>${content}</h3>`;
  }
}

export function hint(v: StepView): TemplateResult {
  return html`<p class="hint" id=${hintId(v.question)} part="hint">${v.text.hint}</p>`;
}

export function errorMessage(v: StepView): TemplateResult | typeof nothing {
  if (!v.error) return nothing;
  return html`<p class="error-message" id=${errorId(v.question)} part="error-message">
    <span class="visually-hidden">${msg('Error:')}</span> ${v.error}
  </p>`;
}

/**
 * "or" before the answers that stand alone. Read aloud, as GOV.UK's divider is: among
 * checkboxes it is the only word that says ticking one of those clears the others.
 */
export const divider = (): TemplateResult => html`<p class="divider">${msg('or')}</p>`;

/**
 * The frame of a question answered with several controls: the heading, then the fieldset
 * it names, holding the hint, the error and the controls. Not the heading inside the
 * legend: focus moves to the heading at each step, and a screen reader first reads the
 * name of a group that focus enters, so the question was said twice ("Question 3: Who…,
 * grouping, Question 3: Who…, heading level 2"). Tabbing to the first control still
 * reads the group's name, the question, as a legend would.
 */
export function questionFieldset(v: StepView, controls: TemplateResult): TemplateResult {
  return html`<div class="field" part="field">
    ${questionHeading(v, v.text.title)}
    <fieldset class="fieldset" aria-labelledby=${STEP_HEADING_ID} aria-describedby=${describedBy(v)}>${hint(v)} ${errorMessage(v)} ${controls}</fieldset>
  </div>`;
}

/** The first option carries the field's id, so the error summary's link lands on it. */
export const optionId = (question: QuestionId, option: string, index: number): string =>
  index === 0 ? fieldId(question) : `${question}-${option}`;

/** A caution: an icon and bold text, with "Warning:" for screen readers. */
export function caution(content: unknown, { part = true } = {}): TemplateResult {
  const body = html`<span class="warning-icon" aria-hidden="true">!</span>
    <p class="warning-text"><span class="visually-hidden">${msg('Warning:')}</span> ${content}</p>`;
  return part ? html`<div class="warning" part="caution">${body}</div>` : html`<div class="warning">${body}</div>`;
}

/** "Back", above a question (but the first) and the summary. */
export function renderBack(onBack: () => void): TemplateResult {
  return html`<button type="button" class="link back-link" part="back" @click=${onBack}>
    ${msg('Back')}
  </button>`;
}

/** The urgent note's words; the live region says them once, as the person says it is urgent (op-eligibility.ts). */
export const urgentNoteText = (): string =>
  msg('You said it is urgent: get help now from a lawyer or a human rights organisation. Do not wait to finish these questions.', { id: 'q.urgent-note' });

/**
 * Harm about to happen: help must not wait for the last question (art. 5's interim measures
 * come with the result). Above each question and the summary, under Back: under Continue, a
 * phone showed it below the fold, and a keyboard tabbing to Continue never reached it.
 */
export const urgentNote = (answers: Answers): TemplateResult | typeof nothing =>
  answers.urgency === 'yes' ? html`<div class="urgent-note" part="urgent-note">${caution(urgentNoteText(), { part: false })}</div>` : nothing;
