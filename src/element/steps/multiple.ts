import { html, nothing, type TemplateResult } from 'lit';
import { optionLabel } from '../question-messages.js';
import { NOT_RECORDED } from '../not-recorded.js';
import { divider, optionId, questionFieldset, type StepView } from './view.js';

/**
 * Several answers: native checkboxes. `exclusive` options ("None of these", "I do not
 * know") come last, after an "or", and stand alone: ticking one clears the others, and
 * ticking another clears them (GOV.UK "exclusive" checkboxes). The engine still refuses
 * a mix, should a script send one.
 */
export function renderMultiple(v: StepView, options: readonly string[], exclusive: readonly string[] = []): TemplateResult {
  const q = v.question;
  const chosen = Array.isArray(v.value) ? (v.value as unknown[]) : [];
  const item = (option: string, i: number) => {
    const id = optionId(q, option, i);
    return html`<div class="item">
      <input
        class="checkbox ${NOT_RECORDED}"
        type="checkbox"
        id=${id}
        name="answer"
        value=${option}
        ?data-exclusive=${exclusive.includes(option)}
        .checked=${chosen.includes(option)}
      />
      <label class="item-label" for=${id}>${optionLabel(q, option)}</label>
    </div>`;
  };
  const inclusive = options.filter((o) => !exclusive.includes(o));
  const alone = options.filter((o) => exclusive.includes(o));
  return questionFieldset(
    v,
    html`<div class="items" @change=${keepExclusive}>
      ${inclusive.map((o) => item(o, options.indexOf(o)))} ${alone.length && inclusive.length ? divider() : nothing}
      ${alone.map((o) => item(o, options.indexOf(o)))}
    </div>`,
  );
}

function keepExclusive(event: Event): void {
  const changed = event.target as HTMLInputElement;
  if (!changed.checked) return;
  const boxes = (event.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('input[name="answer"]');
  const exclusive = changed.hasAttribute('data-exclusive');
  for (const box of boxes) {
    if (box !== changed && (exclusive || box.hasAttribute('data-exclusive'))) box.checked = false;
  }
}

export function readMultiple(form: HTMLFormElement): unknown {
  return [...form.querySelectorAll<HTMLInputElement>('input[name="answer"]:checked')].map((input) => input.value);
}
