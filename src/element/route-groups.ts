import { compareDates, STATE_UNLISTED, type Assessment, type CalendarDate, type Route, type RouteCaveat } from '../core/index.js';
import { optionLabel } from './question-messages.js';
import { neededTooText, routeCaveatText } from './route-messages.js';

/*
 * The other routes as the result (routes-view.ts) and the hand-off summary (handoff.ts)
 * both say them: in which groups and order, which caveats are said once, and the words
 * for the person's answers. No rendering here: one source, so the two cannot say them apart.
 */

/** How a route's reasons to fit name the person's answers (fitReasonText). */
export const FIT_WORDS = {
  situation: (id: string) => optionLabel('rights', id),
  consent: (id: string) => optionLabel('consentJustification', id),
};

/** Caveats that hold for many routes: explained once for the section or the group, not under each route. */
export const ONCE: readonly RouteCaveat[] = ['same-matter-bar', 'examined-elsewhere', 'jurisdiction-needed', 'victim-needed', 'name-needed', 'consent-needed', 'reservations-may-limit'];

/** What the body can do at once against harm about to happen: said right under what it covers, on the result and in the hand-off. */
export const URGENT: readonly RouteCaveat[] = ['urgent-measures', 'urgent-measures-without-complaint', 'urgent-appeals'];

/** The caution above the routes about choosing a forum: the person's own answer first. */
const FORUM_WARNINGS: readonly RouteCaveat[] = ['examined-elsewhere', 'same-matter-bar'];

/** A group of other routes, as the result shows it under its own heading. */
export interface RouteGroup {
  id: 'act-now' | 'treaty-bodies' | 'regional' | 'special-procedures' | 'campaign';
  routes: Route[];
}

/**
 * Harm is about to happen (the urgency answer) and the body can act now, with no complaint sent and no courts first:
 * the Inter-American Commission's precautionary measures (its Rules, art. 25(1)) and the UN experts' urgent appeals
 * (Manual of Operations of the Special Procedures, para. 43), which the engine gives only then, and, where it fits (a
 * disappearance), the CED's urgent action (ICPPED art. 30). Not a committee whose interim measures come with a
 * complaint that must wait.
 */
const actsNow = (route: Route, urgent: boolean): boolean =>
  route.caveats.some((c) => c === 'urgent-appeals' || c === 'urgent-measures-without-complaint') ||
  (urgent && route.procedure === 'ced_art30' && route.fit === 'recommended' && !route.caveats.includes('not-yet-in-force'));

/**
 * The other routes in the groups and order the result shows them (the hand-off lists
 * them in the same order): when harm is about to happen, the bodies that can act now
 * first, under their own heading; then the UN committees, the regional bodies and the UN special
 * rapporteurs, those holding a route that may fit first (within each group the engine
 * already put those routes first), then the campaign. A place not in the list cannot
 * accept a UN committee: it has no such group.
 */
export function routeGroups(assessment: Assessment): RouteGroup[] {
  const now = assessment.routes.filter((r) => actsNow(r, assessment.answers.urgency === 'yes'));
  const of = (kind: Route['kind']) => assessment.routes.filter((r) => r.kind === kind && !now.includes(r));
  const groups: RouteGroup[] = [
    { id: 'act-now', routes: now },
    ...(assessment.state?.code === STATE_UNLISTED ? [] : [{ id: 'treaty-bodies' as const, routes: of('treaty-body') }]),
    { id: 'regional', routes: of('regional') },
    { id: 'special-procedures', routes: of('special-procedures') },
    { id: 'campaign', routes: of('campaign') },
  ];
  const rank = (g: RouteGroup) => (g.id === 'act-now' ? 0 : g.id === 'campaign' ? 3 : g.routes.some((r) => r.fit === 'recommended') ? 1 : 2);
  // The committees' group stays when empty: "has not accepted complaints to any UN committee" holds beside the CED's urgent
  // action above, a request rather than a complaint, open to every party to its Convention.
  return groups.filter((g) => g.routes.length || g.id === 'treaty-bodies').sort((a, b) => rank(a) - rank(b));
}

/** The State was a party and has left the Protocol (art. 20): the campaign asks it back rather than to join. */
export const stateLeft = (assessment: Assessment): boolean => assessment.reasons.some((r) => r.code === 'state-denounced');

/** The day the least recently checked of these routes was checked: what is said of them all holds from then. */
export const checkedOn = (routes: readonly Route[]): CalendarDate => routes.map((r) => r.asOf).reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));

/** What most of the routes need too, when the person's answers leave it out: the State's control, a person harmed, their name, their agreement. */
const NEEDED_TOO = ['jurisdiction-needed', 'victim-needed', 'name-needed', 'consent-needed'] as const;

/**
 * The cautions above the routes, in words, said once for them all: what they too need (the State's control,
 * when the person said it did not happen under it; a person harmed,
 * when an organisation complains about a general problem; a name, when the person said nobody can know who it is; the agreement of those harmed, when they have not given it),
 * "most" or "some" of them as the routes listed carry it, then the one about choosing a forum, the
 * person's own answer first.
 */
export function forumWarningTexts(routes: readonly Route[]): string[] {
  const said = (c: RouteCaveat) => routes.some((r) => r.caveats.includes(c));
  const forum = FORUM_WARNINGS.find(said);
  const complaints = routes.filter((r) => r.kind === 'treaty-body' || r.kind === 'regional');
  const most = (c: RouteCaveat) => complaints.filter((r) => r.caveats.includes(c)).length * 2 > complaints.length;
  return [...NEEDED_TOO.filter(said).map((c) => neededTooText(c, most(c))), ...(forum ? [routeCaveatText(forum)] : [])];
}
