import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import { QUESTION_KINDS, today, type EngineContext, type QuestionId } from '../../core/index.js';
import type { Formatting } from '../format.js';
import { problemText, questionOnItsStep } from '../question-messages.js';
import { renderChoice } from './choice.js';
import { renderDate } from './date.js';
import { renderMultiple } from './multiple.js';
import { renderState } from './state.js';
import { focusWithMessage } from '../reveal.js';
import { errorId, fieldId, heading, renderBack, urgentNote, type StepView } from './view.js';

/** What the question step shows, and where what the person does goes. */
export interface QuestionStep {
  context: EngineContext;
  question: QuestionId;
  /** "Question N". */
  number: number;
  headingLevel: number;
  f: Formatting;
  /**
   * Goes up with each new screening: its form is a new one, not the last screening's with its inputs' state.
   * Not with a re-check of the same answers (the host's new date or data): the person keeps what they were choosing, and the focus.
   */
  forms: number;
  /** Training mode's "Explain" panel under the form. */
  explain: TemplateResult | typeof nothing;
  /** Training mode: the scenario's answer "Next step" shows chosen, before it sends it; undefined otherwise. */
  shown?: unknown;
  /** The form was sent (Continue, or Enter in a field): the element reads it and answers. */
  onAnswer: (form: HTMLFormElement) => void;
  onBack: () => void;
}

/** A question: Back, the urgent note, the error summary when the engine refused the last answer, the field, Continue. */
export function renderQuestionStep(s: QuestionStep): TemplateResult {
  const { context, question, number, f } = s;
  const problem = context.problem?.question === question ? context.problem.problem : null;
  const view: StepView = {
    question,
    text: questionOnItsStep(question, context.answers, context.env, f),
    value: s.shown !== undefined ? s.shown : context.answers[question],
    error: problem ? problemText(question, problem, context.env.asOf === today() ? null : f.date(context.env.asOf)) : null,
    headingLevel: s.headingLevel,
    f,
    asOf: context.env.asOf,
    factsBegan: question === 'finalDecisionDate' && context.trail.includes('factsDate') ? context.answers.factsDate : undefined,
    states: context.env.stateChoices,
    progress: msg(str`Question ${number}`, { id: 'progress' }),
  };
  const kind = QUESTION_KINDS[question];
  let control: TemplateResult;
  switch (kind.kind) {
    case 'state':
      control = renderState(view);
      break;
    case 'choice':
      control = renderChoice(view, kind.options);
      break;
    case 'multiple':
      control = renderMultiple(view, kind.options, kind.exclusive);
      break;
    case 'date':
      control = renderDate(view);
      break;
  }
  /*
   * Continue answers on its click (Enter in a field clicks it too), not only on the form's
   * submit: a frame sandboxed without allow-forms blocks submitting, and the step did not
   * move. Cancelling the click means no submit follows.
   */
  const onContinue = (event: MouseEvent): void => {
    event.preventDefault();
    const form = (event.currentTarget as HTMLButtonElement).form;
    if (form) s.onAnswer(form);
  };
  // Never lets the form submit (it would put the answers in the page's address).
  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    s.onAnswer(event.currentTarget as HTMLFormElement);
  };
  // The first question has Back only when Change opened it from the summary.
  return html`${number > 1 || context.editing === question ? renderBack(s.onBack) : nothing}
    ${urgentNote(context.answers)}
    ${view.error ? renderErrorSummary(question, view.error, s.headingLevel) : nothing}
    ${keyed(
      `${s.forms}:${question}`,
      html`<form class="step" novalidate @submit=${onSubmit}>
        ${control}
        <button type="submit" class="button" part="button continue" @click=${onContinue}>${msg('Continue')}</button>
      </form>`,
    )}
    ${s.explain}`;
}

/** GOV.UK error summary: takes focus, and its link moves focus to the field. */
function renderErrorSummary(question: QuestionId, message: string, headingLevel: number): TemplateResult {
  const focusField = (event: Event) => {
    event.preventDefault();
    const root = (event.currentTarget as Element).getRootNode() as ParentNode;
    focusWithMessage(root.querySelector<HTMLElement>(`#${fieldId(question)}`), root.querySelector<HTMLElement>(`#${errorId(question)}`));
  };
  // It takes focus, which reads it: role="alert" would say it twice.
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    ${heading(headingLevel, msg('There is a problem'), 'error-summary-title', 'error-summary-title')}
    <ul>
      <li><a href=${`#${fieldId(question)}`} @click=${focusField}>${message}</a></li>
    </ul>
  </div>`;
}
