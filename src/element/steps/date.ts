import { html, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo, type PropertyPart } from 'lit/directive.js';
import { msg, str } from '@lit/localize';
import { isCalendarDate, UNKNOWN } from '../../core/index.js';
import { optionLabel } from '../question-messages.js';
import { NOT_RECORDED } from '../not-recorded.js';
import { divider, errorId, fieldId, questionFieldset, type StepView } from './view.js';

/**
 * The date in words, beside the input: the browser lays its date fields out in its own
 * language's order, whatever the page's, so 03/04 could be read either way.
 */
const inWords = (v: StepView, date: string): string => (isCalendarDate(date) ? msg(str`That is ${v.f.date(date)}.`, { id: 'date.in-words' }) : '');

/**
 * The output's words, of the date the input holds. That is the answer given when the
 * question shows, but a date typed since and not yet sent stays in the input across a
 * re-render (a change of language): the words must follow the input, not the answer.
 * The input is the output's sibling and committed before it, in document order.
 */
class InputInWords extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.PROPERTY) throw new Error('inputInWords() binds an <output>’s .value');
  }

  render(_v: StepView): string {
    return '';
  }

  override update(part: PropertyPart, [v]: [StepView]): string {
    return inWords(v, part.element.parentElement?.querySelector<HTMLInputElement>('input[name="date"]')?.value ?? '');
  }
}

const inputInWords = directive(InputInWords);

/** A date: the browser's own date input, or "I do not know". */
export function renderDate(v: StepView): TemplateResult {
  const q = v.question;
  const unknownId = `${q}-unknown`;
  const inWordsId = `${q}-in-words`;
  // The date in words is said of the date typed. The input's description, not a live
  // region: each keystroke would be spoken, and the browser already speaks each field.
  // A refused date's message comes first: the error summary's link lands here, and a
  // screen reader reads the input's own description, not the fieldset's.
  // The date and "I do not know" exclude each other (GOV.UK "exclusive" checkboxes): ticking
  // the box clears the date, typing a date unticks the box, so what shows is what is sent.
  const sync = (event: Event) => {
    const changed = event.currentTarget as HTMLInputElement;
    const form = changed.form!;
    const unknown = form.querySelector<HTMLInputElement>('input[name="unknown"]')!;
    const date = form.querySelector<HTMLInputElement>('input[name="date"]')!;
    if (changed === unknown && unknown.checked) date.value = '';
    if (changed === date) unknown.checked = false;
    form.querySelector('output')!.value = inWords(v, date.value);
  };
  return questionFieldset(
    v,
    html`<div class="date">
      <label class="label" for=${fieldId(q)}>${msg('Date')}</label>
      <input
        class="input date-input ${NOT_RECORDED}"
        type="date"
        id=${fieldId(q)}
        name="date"
        min="1900-01-01"
        max=${v.asOf}
        .value=${isCalendarDate(v.value) ? v.value : ''}
        aria-invalid=${v.error ? 'true' : 'false'}
        aria-describedby=${v.error ? `${errorId(q)} ${inWordsId}` : inWordsId}
        @input=${sync}
      />
      <output
        class="date-in-words"
        part="date-in-words"
        id=${inWordsId}
        for=${fieldId(q)}
        aria-live="off"
        .value=${inputInWords(v)}
      ></output>
    </div>
    ${divider()}
    <div class="item">
      <input class="checkbox ${NOT_RECORDED}" type="checkbox" id=${unknownId} name="unknown" value=${UNKNOWN} .checked=${v.value === UNKNOWN} @change=${sync} />
      <label class="item-label" for=${unknownId}>${optionLabel(q, UNKNOWN)}</label>
    </div>`,
  );
}

/**
 * What the person gave: 'unknown', the date as 'YYYY-MM-DD', nothing, or, when the
 * browser holds a date it cannot read, a marker the engine rejects as 'invalid'.
 */
export function readDate(form: HTMLFormElement): unknown {
  if (form.querySelector<HTMLInputElement>('input[name="unknown"]')?.checked) return UNKNOWN;
  const input = form.querySelector<HTMLInputElement>('input[name="date"]');
  if (!input) return undefined;
  if (input.value === '' && input.validity.badInput) return 'incomplete-date';
  return input.value || undefined;
}
