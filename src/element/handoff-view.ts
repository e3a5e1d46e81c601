import { html, nothing, type TemplateResult } from 'lit';
import { citationsWhole, citationWhole } from './citation-whole.js';
import type { Handoff } from './handoff.js';
import { handoffStatusText, type HandoffStatus } from './handoff-actions.js';
import { handoffText } from './handoff-messages.js';
import { numberedTitle } from './handoff-text.js';
import { subheading } from './steps/view.js';
import { answerList } from './summary.js';

export interface HandoffView {
  handoff: Handoff;
  headingLevel: number;
  /** The last "Copy as text" or "Download" on this result, if any. */
  status: HandoffStatus | null;
  onPrint(): void;
  onCopy(): void;
  onDownload(): void;
}

/** The summary on the result page, with Print, Copy as text and the assessment as a JSON file. */
export function renderHandoff({ handoff, headingLevel, status, onPrint, onCopy, onDownload }: HandoffView): TemplateResult {
  const inner = headingLevel + 1;
  const t = handoffText;
  return html`<section class="handoff" part="handoff" aria-labelledby="handoff-heading">
    ${subheading(inner, html`<span id="handoff-heading">${t.heading()}</span>`, 'subheading handoff-heading')}
    <p class="hint handoff-hint">${t.hint()}</p>
    <div class="handoff-actions" role="group" aria-label=${t.actions()}>
      <button type="button" class="button secondary" part="button handoff-print" @click=${onPrint}>${t.print()}</button>
      <button type="button" class="button secondary" part="button handoff-copy" @click=${onCopy}>${t.copy()}</button>
      <button type="button" class="button secondary" part="button handoff-download" @click=${onDownload}>${t.download()}</button>
    </div>
    ${status ? html`<p class="handoff-status" part="handoff-status">${handoffStatusText(status)}</p>` : nothing}
    <p class="hint handoff-traces">${t.traces()}</p>
    <details class="handoff-disclosure" part="handoff-disclosure">
      <summary class="link">${t.show()}</summary>
      <article class="handoff-sheet" part="handoff-sheet">
        <p class="handoff-title">${handoff.title}</p>
        ${handoff.training ? html`<p class="handoff-training">${handoff.training}</p>` : nothing}
        ${handoff.sections.map(
          // Numbered as in the copied text: "see section 10" finds the same section on paper.
          (s, i) => html`<section class="handoff-section" data-section=${s.id}>
            ${subheading(inner + 1, citationsWhole(numberedTitle(s.title, i)), 'handoff-section-title')}
            ${s.note ? html`<p class="handoff-note">${citationsWhole(s.note)}</p>` : nothing}
            ${s.steps
              ? html`<ol class="handoff-steps">
                  ${s.steps.map((step) => html`<li>${step}</li>`)}
                </ol>`
              : s.rows.length
              ? html`<dl class="handoff-rows">
                  ${s.rows.map(
                    (r) => html`<div class="handoff-row" data-question=${r.question ?? nothing} data-procedure=${r.procedure ?? nothing}>
                      <dt>${citationWhole(r.label, r.citation)}</dt>
                      <dd>${typeof r.value === 'string' ? citationsWhole(r.value) : answerList(r.value.map((v) => (r.english?.includes(v) ? html`<span lang="en" dir="ltr">${v}</span>` : citationsWhole(v))))}</dd>
                    </div>`,
                  )}
                </dl>`
              : html`<p class="handoff-empty">${handoffText.notAsked()}</p>`}
          </section>`,
        )}
        <p class="handoff-disclaimer">${handoff.disclaimer}</p>
      </article>
    </details>
  </section>`;
}
