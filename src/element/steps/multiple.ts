import { html, type TemplateResult } from 'lit';
import { optionLabel } from '../messages.js';
import { describedBy, errorMessage, fieldId, heading, hint, type StepView } from './view.js';

/** Several answers: native checkboxes. */
export function renderMultiple(v: StepView, options: readonly string[]): TemplateResult {
  const q = v.question;
  const chosen = Array.isArray(v.value) ? (v.value as unknown[]) : [];
  return html`<fieldset class="fieldset" part="field" aria-describedby=${describedBy(v)}>
    <legend class="legend">${heading(v.headingLevel, v.text.title)}</legend>
    ${hint(v)} ${errorMessage(v)}
    <div class="items">
      ${options.map((option, i) => {
        const id = i === 0 ? fieldId(q) : `${q}-${option}`;
        return html`<div class="item">
          <input class="checkbox" type="checkbox" id=${id} name="answer" value=${option} .checked=${chosen.includes(option)} />
          <label class="item-label" for=${id}>${optionLabel(q, option)}</label>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

export function readMultiple(form: HTMLFormElement): unknown {
  return [...form.querySelectorAll<HTMLInputElement>('input[name="answer"]:checked')].map((input) => input.value);
}
