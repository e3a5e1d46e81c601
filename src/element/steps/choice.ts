import { html, nothing, type TemplateResult } from 'lit';
import { UNKNOWN } from '../../core/index.js';
import { optionLabel } from '../messages.js';
import { describedBy, divider, errorMessage, fieldId, heading, hint, type StepView } from './view.js';

/** One answer among a few: native radios, "I do not know" last, after an "or". */
export function renderChoice(v: StepView, options: readonly string[]): TemplateResult {
  const q = v.question;
  return html`<fieldset class="fieldset" part="field" aria-describedby=${describedBy(v)}>
    <legend class="legend">${heading(v.headingLevel, v.text.title)}</legend>
    ${hint(v)} ${errorMessage(v)}
    <div class="items">
      ${options.map((option, i) => {
        const id = i === 0 ? fieldId(q) : `${q}-${option}`;
        return html`${option === UNKNOWN && i > 0 ? divider() : nothing}
          <div class="item">
            <input
              class="radio"
              type="radio"
              id=${id}
              name="answer"
              value=${option}
              .checked=${v.value === option}
            />
            <label class="item-label" for=${id}>${optionLabel(q, option)}</label>
          </div>`;
      })}
    </div>
  </fieldset>`;
}

export function readChoice(form: HTMLFormElement): unknown {
  return form.querySelector<HTMLInputElement>('input[name="answer"]:checked')?.value;
}
