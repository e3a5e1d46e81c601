import { html, type TemplateResult } from 'lit';
import { optionLabel } from '../messages.js';
import { optionId, questionFieldset, type StepView } from './view.js';

/** Several answers: native checkboxes. */
export function renderMultiple(v: StepView, options: readonly string[]): TemplateResult {
  const q = v.question;
  const chosen = Array.isArray(v.value) ? (v.value as unknown[]) : [];
  return questionFieldset(
    v,
    html`<div class="items">
      ${options.map((option, i) => {
        const id = optionId(q, option, i);
        return html`<div class="item">
          <input class="checkbox" type="checkbox" id=${id} name="answer" value=${option} .checked=${chosen.includes(option)} />
          <label class="item-label" for=${id}>${optionLabel(q, option)}</label>
        </div>`;
      })}
    </div>`,
  );
}

export function readMultiple(form: HTMLFormElement): unknown {
  return [...form.querySelectorAll<HTMLInputElement>('input[name="answer"]:checked')].map((input) => input.value);
}
