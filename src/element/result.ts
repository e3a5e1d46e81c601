import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { closedForNow, dataMayBeOutdated, type Assessment } from '../core/index.js';
import { citationWhole } from './citation-whole.js';
import { citeArticle } from './citations.js';
import type { Formatting } from './format.js';
import { handoffText } from './handoff-messages.js';
import { complaintLanguageNote } from './language-messages.js';
import { countryName } from './question-messages.js';
import { outcomeTitle } from './outcome-messages.js';
import { articleCited, changeAnswersLabel, restartLabel } from './messages.js';
import { nextStepsTitle, nextStepText } from './next-step-messages.js';
import { reasonText, severityLabel } from './reason-messages.js';
import { outcomeIntro, outdatedDataCaution, reasonsShown, unconfirmedCaution } from './result-messages.js';
import { renderOtherRoutes } from './routes-view.js';
import { caution, heading, subheading } from './steps/view.js';

export interface ResultView {
  assessment: Assessment;
  headingLevel: number;
  f: Formatting;
  onRestart(): void;
  /** "Change your answers": back to the summary with every answer kept (none in training mode). */
  onChange?: () => void;
  /** Shown before "Start again": the hand-off summary and the route map. */
  extra?: TemplateResult;
}

/** "Article 3(2)(a)", its citation kept whole on a line. */
function articleOf(article: string, locale: string): TemplateResult | string {
  const citation = citeArticle(article, locale);
  return citationWhole(articleCited(citation), citation);
}

/** The result: the outcome in plain words, what to do next, the reasons with their articles. */
export function renderResult({ assessment, headingLevel, f, onRestart, onChange, extra }: ResultView): TemplateResult {
  const inner = headingLevel + 1;
  const title = outcomeTitle(assessment);
  // Closed only until the courts decide or the Protocol applies: what closes it is tagged "Not yet", as the title says.
  const forNow = closedForNow(assessment.reasons) !== null;
  // Most sentences of the result start with the country's name.
  const country = countryName(assessment.state?.code, f, true);
  const languageNote = complaintLanguageNote(f, assessment);
  const changeLabel = changeAnswersLabel();
  return html`<section class="result" part="result" data-outcome=${assessment.outcome}>
    ${onChange ? html`<button type="button" class="link back-link" part="change-answers" @click=${onChange}>${changeLabel}</button>` : nothing}
    <div class="panel" part="outcome">
      ${heading(headingLevel, title)}
      ${
        // Under the outcome, in training: at 150% zoom or on a phone the trainer's panel, which says so, is screens below.
        assessment.training ? html`<p class="panel-body training-mark">${handoffText.training()}</p>` : nothing
      }
      <p class="panel-body">${outcomeIntro(assessment, f)}</p>
    </div>

    ${assessment.state?.unconfirmed.length ? caution(unconfirmedCaution(assessment.state, f)) : nothing}

    ${
      // What to do, and how urgently, before why: on a phone the reasons fill screens.
      subheading(inner, nextStepsTitle())
    }
    <ol class="next-steps" part="next-steps">
      ${assessment.nextSteps.map((s) => html`<li data-code=${s.code}>${nextStepText(s, f, assessment.dates.asOf)}</li>`)}
    </ol>
    ${languageNote ? html`<p class="language-note" part="language-note">${languageNote}</p>` : nothing}

    ${subheading(inner, msg('Why we say this', { id: 'result.why' }))}
    <ul class="reasons" part="reasons">
      ${reasonsShown(assessment).map(
        (r) => html`<li class="reason" data-code=${r.code} data-severity=${r.severity}>
          <p class="reason-meta">
            <strong class="article">${articleOf(r.article, f.locale)}</strong>
            <span class="tag">${severityLabel(r.severity, forNow)}</span>
          </p>
          <p class="reason-text">${reasonText(r, country, f)}</p>
        </li>`,
      )}
    </ul>

    ${assessment.routes.length ? renderOtherRoutes({ assessment, level: inner, f, country }) : nothing}

    ${subheading(inner, msg('About this result', { id: 'result.about' }))}
    <p class="about">
      ${msg(
        str`Checked on ${f.date(assessment.dates.asOf)}. The list of countries that joined the Protocol is from the UN, as of ${f.date(assessment.data.parties.asOf)}.`,
        { id: 'result.as-of' },
      )}
    </p>
    ${dataMayBeOutdated(assessment) ? caution(outdatedDataCaution()) : nothing}
    <p class="disclaimer" part="disclaimer">
      <strong>${msg('This is an indication, not legal advice. Talk to a lawyer or a legal clinic.', {
        id: 'result.disclaimer',
      })}</strong>
    </p>
    ${extra ?? nothing}
    <div class="result-actions">
      ${onChange
        ? // Again at the end, where reading forward arrives, beside "Start again", which forgets every answer.
          html`<button type="button" class="button secondary" part="button change-answers" @click=${onChange}>${changeLabel}</button>`
        : nothing}
      <button type="button" class="button secondary" part="button restart" @click=${onRestart}>${restartLabel()}</button>
    </div>
  </section>`;
}
