import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { statesByName } from '../format.js';
import { describedBy, errorMessage, fieldId, heading, hint, type StepView } from './view.js';

/**
 * The State picker: a native <select> sorted by the localized name. Typing letters
 * jumps to a country (type-ahead), arrow keys move, and phones show their own picker;
 * a datalist would accept free text that matches no State and behaves unevenly with
 * screen readers. The label is the heading (GOV.UK "question page" pattern).
 */
export function renderState(v: StepView): TemplateResult {
  const q = v.question;
  const states = statesByName(v.states, v.f);
  return html`<div class="field" part="field">
    ${heading(v.headingLevel, html`<label for=${fieldId(q)}>${v.text.title}</label>`)} ${hint(v)} ${errorMessage(v)}
    <select
      class="select"
      id=${fieldId(q)}
      name="answer"
      aria-describedby=${describedBy(v)}
      aria-invalid=${v.error ? 'true' : 'false'}
    >
      <option value="" ?selected=${!v.value}>${msg('Choose a country')}</option>
      ${states.map(({ code, name }) => html`<option value=${code} ?selected=${v.value === code}>${name}</option>`)}
    </select>
  </div>`;
}

export function readState(form: HTMLFormElement): unknown {
  return form.querySelector<HTMLSelectElement>('select[name="answer"]')?.value || undefined;
}
