import { html, nothing, type TemplateResult } from 'lit';
import { UNKNOWN } from '../../core/index.js';
import { optionLabel } from '../question-messages.js';
import { NOT_RECORDED } from '../not-recorded.js';
import { divider, optionId, questionFieldset, type StepView } from './view.js';

/** One answer among a few: native radios, "I do not know" last, after an "or". */
export function renderChoice(v: StepView, options: readonly string[]): TemplateResult {
  const q = v.question;
  return questionFieldset(
    v,
    html`<div class="items">
      ${options.map((option, i) => {
        const id = optionId(q, option, i);
        return html`${option === UNKNOWN && i > 0 ? divider() : nothing}
          <div class="item">
            <input
              class="radio ${NOT_RECORDED}"
              type="radio"
              id=${id}
              name="answer"
              value=${option}
              .checked=${v.value === option}
            />
            <label class="item-label" for=${id}>${optionLabel(q, option)}</label>
          </div>`;
      })}
    </div>`,
  );
}

export function readChoice(form: HTMLFormElement): unknown {
  return form.querySelector<HTMLInputElement>('input[name="answer"]:checked')?.value;
}
