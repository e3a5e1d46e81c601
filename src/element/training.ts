import { html, nothing, type TemplateResult } from 'lit';
import type { Assessment, Outcome, QuestionId } from '../core/index.js';
import { PROTOCOL_QUOTES, PROTOCOL_SOURCE, QUESTION_QUOTES } from '../data/protocol-text.js';
import { SCENARIOS, type Scenario } from '../data/scenarios.js';
import type { Formatting } from './format.js';
import { citeArticle, listCitations } from './citations.js';
import { outcomeTitle } from './outcome-messages.js';
import { articleLabel } from './messages.js';
import { subheading } from './steps/view.js';
// Through the map's module, so that training's chunk loads the map's rather than share a third one with it.
import { mapLabel } from './route-map.js';
import { explainWhy, scenarioText, trainingText } from './training-messages.js';
import { markShortView } from './training-screen.js';

/**
 * The "Explain" panel of a question in training mode: why the question matters, in plain
 * words in the page's language, then the article it applies in the Protocol's own words.
 * Only the official English text is shipped (see data/protocol-text.ts), so the quote is
 * marked as English, and set left to right, whatever the page language.
 */
export function renderExplain(question: QuestionId, f: Formatting, open: boolean, onToggle: (open: boolean) => void): TemplateResult | typeof nothing {
  // Sentences of one article are quoted as one: art. 2's two sentences are one paragraph, and
  // two quotes under the same caption read as two provisions.
  const quotes = new Map<string, string[]>();
  for (const id of QUESTION_QUOTES[question] ?? []) {
    const { article, text } = PROTOCOL_QUOTES[id];
    quotes.set(article, [...(quotes.get(article) ?? []), text.en]);
  }
  if (!quotes.size) return nothing;
  const articles = listCitations([...quotes.keys()].map((article) => articleLabel(article, f.locale)), f);
  const why = explainWhy(question);
  return html`<details class="explain" part="explain" ?open=${open} @toggle=${(e: Event) => onToggle((e.currentTarget as HTMLDetailsElement).open)}>
    <summary class="link">${trainingText.explain(articles)}</summary>
    ${why ? html`<p class="explain-why">${why}</p>` : nothing}
    ${[...quotes].map(
      ([article, sentences]) => html`<figure class="quote">
        <blockquote lang="en" dir="ltr" cite=${`https://undocs.org/${PROTOCOL_SOURCE.symbol}`}><p>${sentences.join(' ')}</p></blockquote>
        <figcaption>${trainingText.source(citeArticle(article, f.locale))}</figcaption>
      </figure>`,
    )}
    ${f.locale.startsWith('en') ? nothing : html`<p class="caption">${trainingText.englishOnly()}</p>`}
  </details>`;
}

export interface TrainingView {
  headingLevel: number;
  scenario: Scenario | null;
  /** The scenario chosen in the list, not yet started. */
  selected: string;
  /** The page asked for a scenario that does not exist. */
  unknownAsked: boolean;
  /** The next step can be played (a scenario is loaded and has an answer for where we are). */
  canPlay: boolean;
  /** The outcome shown, once the result is. */
  outcome: Outcome | null;
  /** Once the result shows, the story's own result (its answers as written). */
  story: Pick<Assessment, 'outcome' | 'reasons'> | null;
  /** At the result, the answers given led away from the story's lesson (see TrainingSession). */
  lessonMissed: boolean;
  /** Questions on the route answered otherwise than the scenario does. */
  offScript: readonly QuestionId[];
  /** The question shown is one the scenario does not answer (the route left the story's). */
  unscripted: boolean;
  f: Formatting;
  /** The questions of the route to jump to, back and ahead of the one shown (TrainingSession.route()). */
  route: readonly QuestionId[];
  current: QuestionId | null;
  onSelect(id: string): void;
  onStart(): void;
  onNext(): void;
  onJump(question: QuestionId): void;
  onReset(): void;
}

/**
 * The trainer's panel: pick and play a scenario step by step, jump back and forth, reset.
 * Two parts, so that at 40em-64em the controls stand beside the question above the route
 * map, and the story and Jump below the question (training-styles.ts); elsewhere they draw
 * as one panel. It marks a short screen, where the map alone stands beside the question.
 */
export function renderTraining(v: TrainingView): TemplateResult {
  return html`<section class="training" part="training" aria-labelledby="training-heading" ${markShortView()}>
    <div class="training-controls">${renderControls(v)}</div>
    ${renderNotes(v)}
  </section>`;
}

/** The heading, the scenario list and Start, "Next step" and Reset, and what they say of the scenario played. */
function renderControls(v: TrainingView): TemplateResult {
  const t = trainingText;
  const inner = v.headingLevel + 1;
  // Described by the hint too, so that a screen reader hears it where the slip would happen.
  const notStarted = v.selected !== '' && v.selected !== v.scenario?.id;
  return html`
    ${subheading(inner, html`<span id="training-heading">${t.heading()}</span>`, 'subheading training-heading')}
    <p class="caption">${t.notice()}</p>
    <div class="training-pick">
      <label class="label" for="training-scenario">${t.scenario()}</label>
      <select
        id="training-scenario"
        class="select"
        part="training-scenario"
        aria-describedby=${v.unknownAsked ? 'training-unknown' : nothing}
        .value=${v.selected}
        @change=${(e: Event) => v.onSelect((e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${v.selected === ''}>${t.chooseScenario()}</option>
        ${SCENARIOS.map((s) => html`<option value=${s.id} ?selected=${v.selected === s.id}>${scenarioText(s.id).title}</option>`)}
      </select>
      <button
        type="button"
        class="button secondary"
        part="button training-start"
        aria-disabled=${v.selected === '' ? 'true' : 'false'}
        @click=${v.onStart}
      >
        ${t.start()}
      </button>
    </div>
    ${v.unknownAsked
      ? // A mistyped or outdated link would otherwise open an empty panel with no word why.
        html`<p class="training-off-script" id="training-unknown">${t.unknown()}</p>`
      : nothing}
    ${notStarted
      ? // "Next step" plays the scenario started, not the one the list now shows: said beside the list.
        html`<p class="training-off-script" id="training-not-started">${t.notStarted(t.start())}</p>`
      : nothing}
    <div class="training-actions" ?data-playing=${v.canPlay && !notStarted}>
      <button
        type="button"
        class="button"
        part="button training-next"
        aria-disabled=${v.canPlay ? 'false' : 'true'}
        aria-describedby=${notStarted ? 'training-not-started' : nothing}
        @click=${() => v.canPlay && v.onNext()}
      >
        ${t.next()}
      </button>
      <button type="button" class="button secondary" part="button training-reset" @click=${v.onReset}>${t.reset()}</button>
    </div>
    ${v.outcome ? nothing : offScriptNote(v)}
    ${v.scenario && v.unscripted ? html`<p class="training-off-script">${t.unscripted()}</p>` : nothing}
    ${v.outcome && v.scenario && v.story
      ? html`<p class="training-done">${v.outcome === v.scenario.expected ? t.done(outcomeTitle(v.story)) : t.doneOffScript(outcomeTitle(v.story))}</p>`
      : nothing}
  `;
}

/** The story played, its lesson at the end, and "Jump to a question"; nothing before a scenario starts. */
function renderNotes(v: TrainingView): TemplateResult | typeof nothing {
  const t = trainingText;
  // A scenario is read on its own date, not the room's: "today" in an error or a deadline is that day, so it is said.
  const story = v.scenario ? { ...scenarioText(v.scenario.id), asOf: v.scenario.asOf } : null;
  if (!story && !v.route.length) return nothing;
  return html`<div class="training-notes">
    ${story
      ? // Below "Next step", not above it: read once, while the button, pressed at every step, stays level with the question.
        html`<p class="training-story"><strong>${t.playing(story.title)}</strong><br />${story.story}<br />${t.setOn(v.f.date(story.asOf))}</p>`
      : nothing}
    ${v.outcome && v.scenario
      ? // Under the story it ends, on screen and on the handout.
        renderLesson(v.scenario, v.lessonMissed, v.f)
      : nothing}
    ${
      // At the result, a note on the route played, read with the lesson: beside "Next step" it pushed the map's outcome below a laptop's screen.
      v.outcome ? offScriptNote(v) : nothing
    }
    ${v.route.length
      ? html`<nav class="training-jump" aria-labelledby="training-jump-title">
          <p class="label" id="training-jump-title">${t.jump()}</p>
          <ol>
            ${v.route.map(
              (q) => html`<li>
                <button
                  type="button"
                  class="link"
                  part="training-jump"
                  data-question=${q}
                  aria-current=${q === v.current ? 'step' : nothing}
                  aria-disabled=${
                    // The question shown: a button still, since focus stays on the one pressed when it becomes current.
                    q === v.current ? 'true' : nothing
                  }
                  @click=${() => q !== v.current && v.onJump(q)}
                >
                  ${mapLabel(q)}
                </button>
              </li>`,
            )}
          </ol>
        </nav>`
      : nothing}
  </div>`;
}

/** The questions of the route the room answered otherwise than the scenario, if any; printed with the story it departs from. */
function offScriptNote(v: TrainingView): TemplateResult | typeof nothing {
  return v.scenario && v.offScript.length
    ? html`<p class="training-off-script answered-otherwise">${trainingText.offScript(v.f.list(v.offScript.map((q) => mapLabel(q))))}</p>`
    : nothing;
}

/**
 * What the scenario teaches and the article(s) it turns on: with the result only, since
 * before it would give the answer away while the room is still guessing. Off script, the
 * lesson is still the story's, and it says so.
 */
function renderLesson(scenario: Scenario, missed: boolean, f: Formatting): TemplateResult {
  return html`<section class="training-lesson" aria-labelledby="training-lesson-title">
    <p class="label" id="training-lesson-title">${trainingText.lessonTitle()}</p>
    <p class="article">${listCitations(scenario.teaches.map((a) => articleLabel(a, f.locale)), f)}</p>
    <p>${scenarioText(scenario.id).lesson}</p>
    ${missed ? html`<p>${trainingText.lessonOffScript()}</p>` : nothing}
  </section>`;
}
