import { html, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo, type PropertyPart } from 'lit/directive.js';
import { msg, str } from '@lit/localize';
import { isCalendarDate, UNKNOWN } from '../../core/index.js';
import { decisionBeforeFacts } from '../../core/rules.js';
import { optionLabel } from '../question-messages.js';
import { NOT_RECORDED } from '../not-recorded.js';
import { divider, errorId, fieldId, questionFieldset, type StepView } from './view.js';

/**
 * The date in words, beside the input: the browser lays its date fields out in its own
 * language's order, whatever the page's, so 03/04 could be read either way.
 */
const inWords = (v: StepView, date: string): string => (isCalendarDate(date) ? msg(str`That is ${v.f.date(date)}.`, { id: 'date.in-words' }) : '');

/**
 * A final decision typed before the day the facts began: said at once, gently, and never
 * refused (decisionBeforeFacts: it can be right). The result says it again, for a lawyer.
 */
const beforeFacts = (v: StepView, date: string): string =>
  v.factsBegan && decisionBeforeFacts(date, v.factsBegan)
    ? msg(str`That is before the day you said it started, ${v.f.date(v.factsBegan)}. This can be right, for example an eviction order before the eviction. If not, check both dates.`, {
        id: 'date.before-facts',
      })
    : '';

/**
 * What a note says of the date the input holds (its words, a decision before the facts). That
 * is the answer given when the question shows, but a date typed since and not yet sent stays
 * in the input across a re-render (a change of language): the note must follow the input, not
 * the answer. The input is the note's sibling and committed before it, in document order.
 */
class FromInput extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.PROPERTY) throw new Error('fromInput() binds a property: an <output>’s .value, a note’s .textContent');
  }

  render(_v: StepView, _say: (v: StepView, date: string) => string): string {
    return '';
  }

  override update(part: PropertyPart, [v, say]: [StepView, (v: StepView, date: string) => string]): string {
    return say(v, part.element.parentElement?.querySelector<HTMLInputElement>('input[name="date"]')?.value ?? '');
  }
}

const fromInput = directive(FromInput);

/** A date: the browser's own date input, or "I do not know". */
export function renderDate(v: StepView): TemplateResult {
  const q = v.question;
  const unknownId = `${q}-unknown`;
  const inWordsId = `${q}-in-words`;
  const checkId = `${q}-date-check`;
  // Only where there is a day to check against (the final decision's question, after a facts date).
  // Hidden, not left out, elsewhere: a note in a template of its own is filled before it is in the
  // form, where the input it reads is. A live region: said when it appears or goes, which is not at
  // each keystroke (only when the day typed crosses the facts' day).
  const checked = isCalendarDate(v.factsBegan);
  const describedBy = [v.error ? errorId(q) : '', inWordsId, checked ? checkId : ''].filter(Boolean).join(' ');
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
    const check = form.querySelector(`#${checkId}`);
    if (check) check.textContent = beforeFacts(v, date.value);
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
        aria-describedby=${describedBy}
        @input=${sync}
      />
      <output
        class="date-in-words"
        part="date-in-words"
        id=${inWordsId}
        for=${fieldId(q)}
        aria-live="off"
        .value=${fromInput(v, inWords)}
      ></output>
      <p class="date-check" part="date-check" id=${checkId} aria-live="polite" ?hidden=${!checked} .textContent=${fromInput(v, beforeFacts)}></p>
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
