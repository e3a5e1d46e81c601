import { html, nothing, type TemplateResult } from 'lit';
import { compareDates, STATE_UNLISTED, type Assessment, type CalendarDate, type Route, type RouteCaveat } from '../core/index.js';
import type { Formatting } from './format.js';
import { countryName, optionLabel } from './messages.js';
import {
  campaignActionText,
  fitReasonText,
  mandateName,
  routeCaveatText,
  routeCovers,
  routeName,
  routeTimeLimit,
  routeWords,
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

/** How a route's reasons to fit name the person's answers (fitReasonText). */
export const FIT_WORDS = {
  situation: (id: string) => optionLabel('rights', id),
  consent: (id: string) => optionLabel('consentJustification', id),
};

/** Caveats shown as a caution rather than as a plain note: facts the data could not confirm, and a time limit that passed or may have. */
const CAUTIONS: readonly RouteCaveat[] = ['membership-unconfirmed', 'not-yet-in-force', 'time-limit-passed', 'time-limit-may-have-passed'];
/** Caveats that hold for many routes: explained once for the section or the group, not under each route. */
export const ONCE: readonly RouteCaveat[] = ['same-matter-bar', 'examined-elsewhere', 'reservations-may-limit'];

/** What the body can do at once against harm about to happen: said right under what it covers, not among the notes. */
const URGENT: readonly RouteCaveat[] = ['urgent-measures', 'urgent-measures-without-complaint'];

/** The caution above the routes about choosing a forum: the person's own answer first. */
const FORUM_WARNINGS: readonly RouteCaveat[] = ['examined-elsewhere', 'same-matter-bar'];

/** What is said of one route: whether it may fit and why, what it covers, since when, and its caveats. */
function routeDetails(route: Route, v: RoutesView): TemplateResult {
  const { f, country } = v;
  // The same-matter bar is said once, above every route; reservations beside the date.
  const notes = route.caveats.filter((c) => !ONCE.includes(c) && !CAUTIONS.includes(c) && !URGENT.includes(c));
  const urgent = route.caveats.filter((c) => URGENT.includes(c));
  const reservations = route.caveats.includes('reservations-may-limit');
  const cautions = route.caveats.filter((c) => CAUTIONS.includes(c));
  const mandates = route.mandates ?? [];
  const timeLimit = routeTimeLimit(route.procedure);
  return html`${route.fit === 'recommended' ? html`<p class="route-fit"><span class="tag fit-tag">${routeWords.recommended()}</span></p>` : nothing}
    <p class="route-covers">${routeCovers(route.procedure)}</p>
    ${urgent.map((c) => html`<p class="route-urgent" data-caveat=${c}>${routeCaveatText(c)}</p>`)}
    ${timeLimit ? html`<p class="route-time-limit">${timeLimit}</p>` : nothing}
    ${route.acceptedOn
      ? html`<p class="route-accepted">
          ${routeWords.acceptedOn(country, f.date(route.acceptedOn))}
          ${reservations ? html`<span data-caveat="reservations-may-limit">${routeCaveatText('reservations-may-limit')}</span>` : nothing}
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
              ${route.because.map((r) => html`<li data-kind=${r.kind}>${fitReasonText(r, f, FIT_WORDS, route)}</li>`)}
            </ul>`
        : nothing}
    ${cautions.map((c) => html`<div class="route-caution" data-caveat=${c}>${caution(routeCaveatText(c))}</div>`)}
    ${notes.length
      ? html`<ul class="route-caveats">
          ${notes.map((c) => html`<li data-caveat=${c}>${routeCaveatText(c)}</li>`)}
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
 * A group's routes, those that may fit first: when some do, the others are folded under
 * `showOthers` (on a phone, four committees for other problems came between the one that
 * may fit and the next group). A group where none fits shows them all.
 */
function foldedRouteList(routes: readonly Route[], v: RoutesView, showOthers: (count: number) => string): TemplateResult {
  const fit = routes.filter((r) => r.fit === 'recommended');
  const others = routes.filter((r) => r.fit !== 'recommended');
  if (!fit.length || !others.length) return routeList(routes, v);
  return html`${routeList(fit, v)}
    <details class="routes-folded" part="routes-folded">
      <summary class="link">${showOthers(others.length)}</summary>
      ${routeList(others, v)}
    </details>`;
}

/** A group of other routes, as the result shows it under its own heading. */
export interface RouteGroup {
  id: 'treaty-bodies' | 'regional' | 'special-procedures' | 'campaign';
  routes: Route[];
}

/**
 * The other routes in the groups and order the result shows them (the hand-off lists
 * them in the same order): the UN committees, the regional bodies and the UN special
 * rapporteurs, those holding a route that may fit first (within each group the engine
 * already put those routes first), then the campaign. A place not in the list cannot
 * accept a UN committee: it has no such group.
 */
export function routeGroups(assessment: Assessment): RouteGroup[] {
  const of = (kind: Route['kind']) => assessment.routes.filter((r) => r.kind === kind);
  const groups: RouteGroup[] = [
    ...(assessment.state?.code === STATE_UNLISTED ? [] : [{ id: 'treaty-bodies' as const, routes: of('treaty-body') }]),
    { id: 'regional', routes: of('regional') },
    { id: 'special-procedures', routes: of('special-procedures') },
  ];
  const mayFit = (g: RouteGroup) => (g.routes.some((r) => r.fit === 'recommended') ? 0 : 1);
  const shown = groups.filter((g) => g.id === 'treaty-bodies' || g.routes.length).sort((a, b) => mayFit(a) - mayFit(b));
  const campaign = of('campaign');
  return campaign.length ? [...shown, { id: 'campaign', routes: campaign }] : shown;
}

/** The State was a party and has left the Protocol (art. 20): the campaign asks it back rather than to join. */
export const stateLeft = (assessment: Assessment): boolean => assessment.reasons.some((r) => r.code === 'state-denounced');

/** The day the least recently checked of these routes was checked: what is said of them all holds from then. */
export const checkedOn = (routes: readonly Route[]): CalendarDate => routes.map((r) => r.asOf).reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));

/** The caution above the routes about choosing a forum, if any: the person's own answer first. */
export function forumWarning(routes: readonly Route[]): RouteCaveat | undefined {
  return FORUM_WARNINGS.find((c) => routes.some((r) => r.caveats.includes(c)));
}

function groupContent({ id, routes }: RouteGroup, v: RoutesView, inSentence: string): TemplateResult {
  const { assessment, level, f, country } = v;
  switch (id) {
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
        ${campaign.caveats.map((c) => html`<p class="route-source" data-caveat=${c}>${routeCaveatText(c)}</p>`)}
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
  const warning = forumWarning(assessment.routes);
  return html`<div class="other-routes" part="other-routes">
    ${subheading(level, routeWords.heading())}
    <p>${routeWords.intro()}</p>
    ${warning ? html`<div part="forum-warning">${caution(routeCaveatText(warning), { part: false })}</div>` : nothing}
    ${routeGroups(assessment).map((g) => groupContent(g, { ...v, level: level + 1 }, inSentence))}
  </div>`;
}
