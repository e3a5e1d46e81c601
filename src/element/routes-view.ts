import { html, nothing, type TemplateResult } from 'lit';
import type { Assessment, Route, RouteCaveat } from '../core/index.js';
import { citationsWhole } from './citation-whole.js';
import type { Formatting } from './format.js';
import { countryName } from './question-messages.js';
import { laterCaveats, leadCaveats } from './caveat-order.js';
import { checkedOn, FIT_WORDS, forumWarningTexts, routeGroups, stateLeft, URGENT, type RouteGroup } from './route-groups.js';
import {
  acceptedSentence,
  campaignActionText,
  fitReasonText,
  mandateName,
  routeCaveatText,
  routeCovers,
  routeForm,
  formHref,
  routeName,
  routeWords,
  sameMatterCitation,
  timeLimitSentence,
} from './route-messages.js';
import { caution, subheading } from './steps/view.js';

export interface RoutesView {
  assessment: Assessment;
  /** Level of the section's heading (the step heading's level + 1); its groups go one deeper, each route's name two. */
  level: number;
  f: Formatting;
  /** The State's name in the reader's language, as a sentence starts with it. */
  country: string;
}

/** A caveat's words, an article it cites kept whole on a line ("Article 30(2)(c) of the Convention"). */
const caveat = (c: RouteCaveat, others: readonly RouteCaveat[] = [], citation = '') => citationsWhole(routeCaveatText(c, others, citation));

/** What is said of one route: whether it may fit and why, what it covers, since when, and its caveats. */
function routeDetails(route: Route, v: RoutesView): TemplateResult {
  const { f, country } = v;
  // In the order the hand-off says them too (caveat-order.ts); reservations beside the date.
  const lead = leadCaveats(route);
  const [cautions, notes] = laterCaveats(route);
  const reservations = route.caveats.includes('reservations-may-limit');
  const mandates = route.mandates ?? [];
  const timeLimit = timeLimitSentence(route, f);
  const form = routeForm(route.procedure);
  const citation = sameMatterCitation(route, f);
  return html`${route.fit === 'recommended' ? html`<p class="route-fit"><span class="tag fit-tag">${routeWords.recommended()}</span></p>` : nothing}
    <p class="route-covers">${routeCovers(route.procedure)}</p>
    ${form
      ? // A new tab, without opener or referrer: the result stays for the quick exit, and the form's site learns
        // neither the page the person came from nor anything of their answers (the bare address).
        html`<p class="route-form">
          ${form.label} <a href=${formHref(form.address)} target="_blank" rel="noopener noreferrer" dir="ltr">${form.address}</a>
        </p>`
      : nothing}
    ${lead.map((c) => html`<p class="route-${URGENT.includes(c) ? 'urgent' : 'wait'}" data-caveat=${c}>${caveat(c, route.caveats)}</p>`)}
    ${timeLimit ? html`<p class="route-time-limit">${timeLimit}</p>` : nothing}
    ${route.acceptedOn
      ? html`<p class="route-accepted">
          ${acceptedSentence(route, country, f)}
          ${reservations ? html`<span data-caveat="reservations-may-limit">${caveat('reservations-may-limit')}</span>` : nothing}
        </p>`
      : nothing}
    ${mandates.length
      ? html`<p class="route-why-title">${routeWords.mandatesIntro()}</p>
          <ul class="route-mandates">
            ${mandates.map((id) => html`<li data-mandate=${id}>${mandateName(id)}</li>`)}
          </ul>`
      : route.because.length
        ? html`<p class="route-why-title">${routeWords.why()}</p>
            <ul class="route-why">
              ${route.because.map((r) => html`<li data-kind=${r.kind}>${fitReasonText(r, f, FIT_WORDS, route, v.assessment.answers.author)}</li>`)}
            </ul>`
        : nothing}
    ${cautions.map((c) => html`<div class="route-caution" data-caveat=${c}>${caution(caveat(c, route.caveats, citation))}</div>`)}
    ${notes.length
      ? html`<ul class="route-caveats">
          ${notes.map((c) => html`<li data-caveat=${c}>${caveat(c, route.caveats)}</li>`)}
        </ul>`
      : nothing}`;
}

function routeList(routes: readonly Route[], v: RoutesView): TemplateResult {
  return html`<ul class="routes">
    ${routes.map(
      (r) => html`<li class="route" part="route" data-procedure=${r.procedure} data-fit=${r.fit}>
        ${subheading(v.level + 1, routeName(r), 'route-name')} ${routeDetails(r, v)}
      </li>`,
    )}
  </ul>`;
}

/**
 * A group's routes, those that may fit (or that the person said has the case) first: when some do, the others are folded under
 * `showOthers` (on a phone, four committees for other problems came between the one that
 * may fit and the next group). A group where none fits shows them all.
 */
function foldedRouteList(routes: readonly Route[], v: RoutesView, showOthers: (count: number) => string): TemplateResult {
  // The body the person said has the case is never folded away: it is the one to follow.
  const shown = (r: Route) => r.fit === 'recommended' || r.caveats.includes('same-matter-here');
  const fit = routes.filter(shown);
  const others = routes.filter((r) => !shown(r));
  if (!fit.length || !others.length) return routeList(routes, v);
  return html`${routeList(fit, v)}
    <details class="routes-folded" part="routes-folded">
      <summary class="link">${showOthers(others.length)}</summary>
      ${routeList(others, v)}
    </details>`;
}

function groupContent({ id, routes }: RouteGroup, v: RoutesView, inSentence: string): TemplateResult {
  const { assessment, level, f, country } = v;
  switch (id) {
    case 'act-now':
      // The regional body's source stays with it: its group may be gone from below (the committees' stays, with the others).
      return html`<div class="route-group" data-group="act-now">
        ${subheading(level, routeWords.actNowHeading())} ${routeList(routes, v)}
        ${routes.some((r) => r.kind === 'regional')
          ? html`<p class="route-source">${routeWords.regionalSource(f.date(checkedOn(routes.filter((r) => r.kind === 'regional'))))}</p>`
          : nothing}
      </div>`;
    case 'treaty-bodies':
      return html`<div class="route-group" data-group="treaty-bodies">
        ${subheading(level, routeWords.treatyBodiesHeading())}
        ${routes.length
          ? html`<p>${routeWords.treatyBodiesIntro(inSentence)}</p>
              ${routes.some((r) => r.caveats.includes('reservations-may-limit')) ? html`<p>${routeWords.reservations()}</p>` : nothing}
              ${foldedRouteList(routes, v, routeWords.showOtherCommittees)}`
          : html`<p>${routeWords.noTreatyBodies(country)}</p>`}
        <p class="route-source">${routeWords.treatyBodiesSource(f.date(assessment.data.procedures.asOf))}</p>
      </div>`;
    case 'regional':
      return html`<div class="route-group" data-group="regional">
        ${subheading(level, routeWords.regionalHeading())} ${foldedRouteList(routes, v, routeWords.showOtherRegional)}
        <p class="route-source">${routeWords.regionalSource(f.date(checkedOn(routes)))}</p>
      </div>`;
    case 'special-procedures':
      // One body, so its heading is the group's.
      return html`<div class="route-group" data-group="special-procedures">
        ${subheading(level, routeWords.specialProceduresHeading())}
        ${routes.map((sp) => html`<div class="route" part="route" data-procedure=${sp.procedure} data-fit=${sp.fit}>${routeDetails(sp, v)}</div>`)}
      </div>`;
    case 'campaign': {
      const campaign = routes[0]!;
      return html`<div class="route-group" part="campaign" data-group="campaign">
        ${subheading(level, routeWords.campaignHeading())}
        <p>${routeWords.campaignIntro(country, stateLeft(assessment))}</p>
        <ul class="campaign-actions">
          ${(campaign.actions ?? []).map((a) => html`<li data-action=${a}>${campaignActionText(a, inSentence)}</li>`)}
        </ul>
        ${campaign.caveats.map((c) => html`<p class="route-source" data-caveat=${c}>${caveat(c)}</p>`)}
      </div>`;
    }
  }
}

/**
 * Where else to turn when this route is closed: the UN committees the State accepted,
 * regional bodies, the UN special rapporteurs and, for a State not party, what a person
 * can do to change that, grouped as routeGroups() says.
 */
export function renderOtherRoutes(v: RoutesView): TemplateResult {
  const { assessment, level, f } = v;
  // The campaign's actions name the State within the sentence ("the parliament of …").
  const inSentence = countryName(assessment.state?.code, f, false);
  const warnings = forumWarningTexts(assessment.routes);
  const groups = routeGroups(assessment);
  // What can act now comes before the cautions, which are about choosing where to complain: an urgent appeal or a
  // request for precautionary measures stops no complaint (3(2)(c)), and "choose carefully" above it read as "wait".
  const actNow = groups[0]?.id === 'act-now' ? groups.slice(0, 1) : [];
  const render = (g: RouteGroup) => groupContent(g, { ...v, level: level + 1 }, inSentence);
  return html`<div class="other-routes" part="other-routes">
    ${subheading(level, routeWords.heading())}
    <p>${routeWords.intro(groups[0]?.routes.some((r) => r.fit === 'recommended') ?? false)}</p>
    ${actNow.map(render)}
    ${warnings.length ? html`<div part="forum-warning">${warnings.map((w) => caution(citationsWhole(w), { part: false }))}</div>` : nothing}
    ${groups.slice(actNow.length).map(render)}
  </div>`;
}
