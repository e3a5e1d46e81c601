import * as z from 'zod/mini';
import { OTHER_ROUTES } from '../data/other-routes.js';
import type { SituationId } from '../data/rights.js';
import type { Answers } from './answers.js';
import { addMonths, compareDates, nextDay, type CalendarDate } from './dates.js';
import type { Environment } from './environment.js';
import { toValidationError } from './errors.js';
import { PROCEDURES } from './procedures.js';
import {
  FIT_GROUNDS,
  parseOtherRoutes,
  routeFactsSchema,
  type FitGround,
  type OtherRoutesData,
  type RouteCaveat,
  type RouteFacts,
  type RouteFit,
  type SpecialProcedureMandate,
  type TreatyBodyRoute,
} from './route-data.js';

export type { RouteCaveat, RouteFacts } from './route-data.js';

/** The shipped route data, validated when this module loads. */
export const DEFAULT_OTHER_ROUTES: OtherRoutesData = parseOtherRoutes(OTHER_ROUTES);

/** One other place a person can turn to. */
export interface Route {
  /** 'iccpr_op1' … for UN treaty bodies (the complaint-procedures column), else the route id. */
  procedure: string;
  /** The body that receives it, as a code the UI words. */
  body: string;
  /** Deposit date of the State's acceptance (UN treaty bodies only); null otherwise. */
  acceptedOn: CalendarDate | null;
  /** 'recommended' when the answers or facts make it a likely fit. */
  fit: 'recommended' | 'possible';
  /** Codes of the cautions to show with it, in the order to show them. */
  caveats: RouteCaveat[];
}

/** What the answers and the extra facts say about the person, for matching fits. */
interface Signals {
  situations: ReadonlySet<SituationId>;
  child: boolean;
  disability: boolean;
  grounds: ReadonlySet<FitGround>;
  consentJustification: Answers['consentJustification'];
}

function signalsOf(answers: Answers, facts: RouteFacts): Signals {
  return {
    situations: new Set(answers.rights ?? []),
    // Acting for a child who cannot consent says the victim is a child as clearly as the extra question.
    child: facts.child === 'yes' || answers.consentJustification === 'child',
    disability: facts.disability === 'yes',
    grounds: new Set((facts.grounds ?? []).filter((g): g is FitGround => (FIT_GROUNDS as readonly string[]).includes(g))),
    consentJustification: answers.consentJustification,
  };
}

function fits(fit: RouteFit, s: Signals): boolean {
  return (
    fit.situations.some((x) => s.situations.has(x.situation)) ||
    (fit.child && s.child) ||
    (fit.disability && s.disability) ||
    fit.grounds.some((g) => s.grounds.has(g)) ||
    (s.consentJustification !== undefined && fit.consentJustifications.includes(s.consentJustification))
  );
}

function mandateFits(mandate: SpecialProcedureMandate, s: Signals): boolean {
  return mandate.situations.some((x) => s.situations.has(x)) || (mandate.disability && s.disability) || mandate.grounds.some((g) => s.grounds.has(g));
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  let d = date;
  for (let i = 0; i < days; i++) d = nextDay(d);
  return d;
}

/** The later reading of the day the procedure starts to apply after a deposit. */
function appliesFrom(deposit: CalendarDate, rule: TreatyBodyRoute['entryIntoForce']): CalendarDate {
  if ('months' in rule) {
    const { date, overflow } = addMonths(deposit, rule.months);
    return overflow ?? date;
  }
  return addDays(deposit, rule.days);
}

function parseFacts(facts: unknown): RouteFacts {
  const result = z.safeParse(routeFactsSchema, facts);
  if (!result.success) throw toValidationError('answers', result.error.issues);
  return result.data;
}

/**
 * The other complaint routes open for the State in `answers.state`, for when the
 * OP-ICESCR route is closed:
 * - every UN treaty-body procedure the State accepted by the assessment date, with its
 *   deposit date from env.procedures, each cautioned that reservations may limit it;
 * - the regional routes whose States include it;
 * - the UN Special Procedures (always, no ratification needed);
 * - the ratification campaign, when the State is not a party to the OP-ICESCR.
 * Every treaty-body and regional route carries 'same-matter-bar' (OP-ICESCR art. 3(2)(c)):
 * choosing a forum is a decision to take with a lawyer.
 *
 * `fit` is 'recommended' when the situations answered (answers.rights), acting for a
 * child or a disappeared person (answers.consentJustification), or `facts` make the route
 * a likely fit; "unknown" and "prefer-not" recommend nothing. Recommended routes come
 * first, then the rest, each group in procedure order.
 *
 * Pure: no DOM. Throws ValidationError when `facts` is malformed. `data` is the shipped
 * route data unless a host passes data it validated with parseOtherRoutes().
 */
export function otherRoutes(
  answers: Answers,
  env: Environment,
  facts: RouteFacts = {},
  data: OtherRoutesData = DEFAULT_OTHER_ROUTES,
): Route[] {
  const code = answers.state;
  if (!code) return [];
  const s = signalsOf(answers, parseFacts(facts));
  const routes: Route[] = [];

  // UN treaty bodies, in the complaint-procedures table's order.
  const accepted = env.procedures.states.find((x) => x.code === code)?.accepted ?? {};
  const treatyBodies = [...data.treatyBodies.routes].sort((a, b) => PROCEDURES.indexOf(a.procedure) - PROCEDURES.indexOf(b.procedure));
  for (const route of treatyBodies) {
    const deposit = accepted[route.procedure];
    // A deposit after the assessment date was not an acceptance yet on that day.
    if (!deposit || compareDates(deposit, env.asOf) > 0) continue;
    const caveats: RouteCaveat[] = ['reservations-may-limit', ...route.caveats];
    if (compareDates(env.asOf, appliesFrom(deposit, route.entryIntoForce)) < 0) caveats.push('not-yet-in-force');
    caveats.push('same-matter-bar');
    routes.push({ procedure: route.procedure, body: route.body, acceptedOn: deposit, fit: fits(route.fit, s) ? 'recommended' : 'possible', caveats });
  }

  // Regional routes the State is within.
  for (const route of data.regional.routes) {
    if (!route.states.includes(code)) continue;
    const caveats: RouteCaveat[] = [...route.caveats];
    for (const extra of route.stateCaveats) if (extra.states.includes(code) && !caveats.includes(extra.caveat)) caveats.push(extra.caveat);
    if (route.unconfirmed.includes(code)) caveats.push('membership-unconfirmed');
    caveats.push('same-matter-bar');
    routes.push({ procedure: route.procedure, body: route.body, acceptedOn: null, fit: fits(route.fit, s) ? 'recommended' : 'possible', caveats });
  }

  // Special Procedures: open for every State.
  const sp = data.specialProcedures;
  routes.push({
    procedure: sp.procedure,
    body: sp.body,
    acceptedOn: null,
    fit: sp.mandates.some((m) => mandateFits(m, s)) ? 'recommended' : 'possible',
    caveats: [...sp.caveats],
  });

  // The campaign, for a State that could join the Protocol but had not by the assessment date.
  const consentedOn = env.partyByCode.get(code)?.consentedOn ?? null;
  const party = consentedOn !== null && compareDates(consentedOn, env.asOf) <= 0;
  if (!party && env.knownStates.has(code)) {
    const c = data.ratificationCampaign;
    routes.push({ procedure: c.procedure, body: c.body, acceptedOn: null, fit: 'possible', caveats: [...c.caveats] });
  }

  // Stable: within each group the procedure order above is kept.
  return routes.sort((a, b) => (a.fit === b.fit ? 0 : a.fit === 'recommended' ? -1 : 1));
}

/** The Special Procedures mandates that match the answers and facts, in data order (ids). */
export function relevantMandates(answers: Answers, facts: RouteFacts = {}, data: OtherRoutesData = DEFAULT_OTHER_ROUTES): string[] {
  const s = signalsOf(answers, parseFacts(facts));
  return data.specialProcedures.mandates.filter((m) => mandateFits(m, s)).map((m) => m.id);
}
