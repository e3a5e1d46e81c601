import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { msg } from '@lit/localize';
import { STATE_UNLISTED } from '../../core/index.js';
import { statesByName } from '../format.js';
import { optionLabel } from '../question-messages.js';
import { NOT_RECORDED } from '../not-recorded.js';
import { describedBy, errorMessage, fieldId, hint, questionHeading, type StepView } from './view.js';

/**
 * The State picker: a native <select> sorted by the localized name. Typing letters
 * jumps to a country (type-ahead), arrow keys move, and phones show their own picker;
 * a datalist would accept free text that matches no State and behaves unevenly with
 * screen readers. The label is the heading (GOV.UK "question page" pattern). The last
 * option is for a place not in the list (after the States, so that typing "M" still
 * finds Madagascar first).
 */
export function renderState(v: StepView): TemplateResult {
  const q = v.question;
  return html`<div class="field" part="field">
    ${questionHeading(v, html`<label for=${fieldId(q)}>${v.text.title}</label>`)} ${hint(v)} ${errorMessage(v)}
    <select
      class="select ${NOT_RECORDED}"
      id=${fieldId(q)}
      name="answer"
      aria-describedby=${describedBy(v)}
      aria-invalid=${v.error ? 'true' : 'false'}
    >
      <option value="" ?selected=${!v.value}>${msg('Choose a country')}</option>
      ${stateOptions(statesByName(v.states, v.f), typeof v.value === 'string' ? v.value : undefined)}
      <option value=${STATE_UNLISTED} ?selected=${v.value === STATE_UNLISTED}>${optionLabel('state', STATE_UNLISTED)}</option>
    </select>
  </div>`;
}

export function readState(form: HTMLFormElement): unknown {
  return form.querySelector<HTMLSelectElement>('select[name="answer"]')?.value || undefined;
}

type StateList = readonly { code: string; name: string }[];

/**
 * One <option> per State, made with `new Option(name, code)` rather than one Lit template
 * per State: about 200 template instances took some 10 ms of the first render (a quarter
 * of the time to the first question), and plain elements cost a quarter of that (`new
 * Option` about a quarter less again than createElement and two setters). Names are set as
 * text, never parsed as markup. The options are rebuilt only when the list changes
 * (another language); the answer given is marked `selected`, and a State chosen but not
 * yet sent stays chosen across a change of language.
 */
class StateOptions extends Directive {
  #list: StateList | null = null;
  #options = new Map<string, HTMLOptionElement>();
  #selected: string | undefined;

  render(_list: StateList, _selected: string | undefined): unknown {
    return noChange;
  }

  override update(_part: ChildPart, [list, selected]: [StateList, string | undefined]): unknown {
    if (list === this.#list) {
      if (selected !== this.#selected) {
        this.#mark(this.#selected, false);
        this.#mark(selected, true);
        // Chosen too, even over a State picked by hand: the answer shown changed (training's "Next step").
        const option = selected === undefined ? undefined : this.#options.get(selected);
        if (option) option.selected = true;
        this.#selected = selected;
      }
      return noChange;
    }
    const chosen = [...this.#options.values()].find((option) => option.selected)?.value;
    const fragment = document.createDocumentFragment();
    this.#options.clear();
    for (const { code, name } of list) {
      const option = new Option(name, code);
      this.#options.set(code, option);
      fragment.append(option);
    }
    this.#list = list;
    this.#selected = selected;
    this.#mark(selected, true);
    const stillThere = chosen ? this.#options.get(chosen) : undefined;
    if (stillThere) stillThere.selected = true;
    return fragment;
  }

  #mark(code: string | undefined, selected: boolean): void {
    const option = code === undefined ? undefined : this.#options.get(code);
    if (option) option.defaultSelected = selected;
  }
}

const stateOptions = directive(StateOptions);
