import { SITUATION_BY_ID, type SituationId } from '../data/rights.js';
import type { Answers } from './answers.js';
import { compareDates, type CalendarDate } from './dates.js';
import type { Environment } from './environment.js';
import type { EngineContext } from './flow.js';
import { rememberLast } from './memo.js';
import { nextSteps, type NextStep } from './next-steps.js';
import { depositedBy, entryIntoForce, partyOn, signedBy, type StateRecord } from './parties.js';
import type { QuestionId } from './questions.js';
import { leavingDeadline, outcomeOf, reason, routeOpen, type Outcome, type Reason } from './reasons.js';
import { routesFor, type Route } from './other-routes.js';
import { answerProblem, covenantScopeInDoubt, examinedElsewhere, finalDecision, RULES, submissionDeadline } from './rules.js';
import { OP_ELIGIBILITY_VERSION } from './version.js';

/** 2: `engineVersion` added. */
export const ASSESSMENT_SCHEMA_VERSION = 2;

/** The result of a screening: what the wizard shows, what `assess()` returns. */
export interface Assessment {
  schemaVersion: typeof ASSESSMENT_SCHEMA_VERSION;
  /** The version of op-eligibility whose rules gave this result: a case file says which. */
  engineVersion: string;
  outcome: Outcome;
  /** Every finding, in the order of the questions, each citing its Protocol article. */
  reasons: Reason[];
  /** The questions this route asked, in order, and their answers (nothing else). */
  questions: QuestionId[];
  answers: Answers;
  state: {
    code: string;
    /**
     * Whether the State had joined (deposited its instrument) by `dates.asOf`, and had not
     * left it by then (art. 20: reason `state-denounced`). The Protocol
     * binds it only from `entryIntoForce`, which may still be to come (reason
     * `not-yet-in-force`): once the State has deposited, it gives that day, even while it
     * is still to come. A signature or deposit after `asOf` had not happened on that day: it is null
     * here, as in the reasons, and so is the entry into force of a later deposit. A State
     * that left keeps the day it joined and the Protocol's entry into force there.
     */
    party: boolean;
    signedOn: CalendarDate | null;
    consentedOn: CalendarDate | null;
    entryIntoForce: CalendarDate | null;
    /** Facts about this State that could not be confirmed (the table's field names): show a caution. */
    unconfirmed: StateRecord['unconfirmed'][number][];
  } | null;
  /** The Covenant rights the situations engage. */
  rights: { situation: SituationId; covenantArticles: string[]; generalComments: number[] }[];
  dates: {
    asOf: CalendarDate;
    entryIntoForce: CalendarDate | null;
    /**
     * The final domestic decision answered (`remedies` 'exhausted', on a known day). On a route closed before the
     * courts' question, an intake record's own (assess()): the other routes' time limits (`timeLimitEnds`) count from it.
     */
    finalDecision: CalendarDate | null;
    /**
     * Last day to submit: under art. 3(2)(a), or, when it comes first, the day before a
     * State that gave notice of leaving the Protocol leaves it (art. 20(2)). Null when the same
     * matter is before, or was decided by, another body (art. 3(2)(c)): no day to send by then.
     */
    deadline: CalendarDate | null;
  };
  nextSteps: NextStep[];
  /**
   * Where else to turn when this route is closed (`not-available` or `not-admissible`), or open while no
   * problem answered is surely a Covenant right (something else, discrimination alone, self-determination):
   * the UN committees the State accepted, regional bodies, the special rapporteurs and,
   * for a State not party, the ratification campaign (unless the problem is outside the Covenant). Empty otherwise.
   * Which are recommended follows from the answers, including the problem (asked on a
   * route closed before it too) and the fit questions asked only on a closed route
   * (`child`, `disability`, `grounds`); without them nothing is
   * recommended on that account.
   */
  routes: Route[];
  /** Provenance of the data the assessment used. */
  data: { parties: { source: string; asOf: CalendarDate }; procedures: { source: string; asOf: CalendarDate } };
  /**
   * Set by the element in training mode only: the answers are a demonstration, never a
   * real case, and `scenario` is the fictional scenario played (null when the trainer
   * answered by hand). A case system can refuse such a record. `assess()` never sets it.
   */
  training?: { scenario: string | null };
}

/** The answers on the current route only: a changed route forgets what it no longer asks. */
const answersOnRoute = rememberLast((context: Pick<EngineContext, 'answers' | 'trail'>): Answers => {
  const picked: Record<string, unknown> = {};
  for (const q of context.trail) if (context.answers[q] !== undefined) picked[q] = context.answers[q];
  return picked as Answers;
});

/**
 * What the other routes read: the answers on the route, and, where it closed before the courts' question (a State not
 * party, facts over before the Protocol applied), an intake record's own answers to it: each body's own time limit
 * (six months at CERD, four at the European Court…) counts from the final decision the record gives. Not the wizard's
 * answers off the route, which a changed route no longer asks (the summary does not show them).
 */
export function answersForRoutes(onRoute: Answers, context: Pick<EngineContext, 'answers' | 'trail' | 'env'> & { intake?: boolean }): Answers {
  if (!context.intake) return onRoute;
  const { answers, trail, env } = context;
  let added: Answers | null = null;
  for (const q of OFF_ROUTE) {
    const value = answers[q];
    // Only an answer not asked on the route, and one the question itself would take: a run of the flow may hold one it
    // refused. The day of a final decision only with the answer that there was one (OFF_ROUTE's order); another body's
    // examination on its own (a body the record says has the case is not recommended to it again, with a "send by" day).
    // Checked in this order, cheapest first: it runs for every record of a batch.
    if (value === undefined || trail.includes(q) || (q === 'finalDecisionDate' && added?.remedies === undefined)) continue;
    if (answerProblem(q, value, env) === null) added = { ...(added ?? {}), [q]: value };
  }
  return added ? { ...onRoute, ...added } : onRoute;
}

/** The answers of an intake record that the other routes read where the route closed before asking them. */
export const OFF_ROUTE = ['remedies', 'finalDecisionDate', 'otherProcedure'] as const satisfies readonly QuestionId[];

/** The reasons of every question on the route, in order. */
export const routeReasons = rememberLast((context: Pick<EngineContext, 'answers' | 'trail' | 'env'>): readonly Reason[] => {
  const answers = answersOnRoute(context);
  const reasons: Reason[] = [];
  for (const q of context.trail) if (answers[q] !== undefined) reasons.push(...RULES[q](answers, context.env));
  return reasons;
});

function stateSummary(code: string | undefined, env: Environment): Assessment['state'] {
  if (!code) return null;
  const record = env.partyByCode.get(code);
  const party = partyOn(record, env.asOf);
  const deposited = depositedBy(record, env.asOf);
  const eif = record && deposited ? entryIntoForce(record) : null;
  const signedOn = signedBy(record, env.asOf);
  return {
    code,
    party,
    signedOn,
    consentedOn: deposited ? record!.consentedOn : null,
    entryIntoForce: eif?.date ?? null,
    unconfirmed: record ? [...record.unconfirmed] : [],
  };
}

export function buildAssessment(context: Pick<EngineContext, 'answers' | 'trail' | 'env'> & { intake?: boolean }): Assessment {
  const { env } = context;
  const answers = { ...answersOnRoute(context) };
  const found = routeReasons(context);
  const outcome = outcomeOf(found);
  // Art. 5 measures are asked within a complaint the Committee receives: on a closed route
  // "the Committee can ask for interim measures" would promise what will not come (printed
  // with its article, it reads as the law for this case). The urgency answer gives the urgent
  // help elsewhere instead (nextSteps, `get-urgent-help`).
  const reasons = routeOpen(outcome) ? [...found] : found.filter((r) => r.code !== 'interim-measures');
  // No answer can settle an abuse of the right to submit (art. 3(2)(f)), and art. 4 is
  // discretionary: neither is a bar to screen for, both worth saying once the formal bars are passed.
  if (routeOpen(outcome)) reasons.push(reason('abuse-of-right', '3(2)(f)', 'info'), reason('clear-disadvantage', '4', 'info'));
  const state = stateSummary(answers.state, env);
  // The earlier of the two wins: a complaint sent after either is too late. Neither is a day to send
  // by once the same matter is before another body (art. 3(2)(c)): nothing done next brings it here
  // (the year's own bar aside, whose passed day is the reason's).
  const yearEnds = submissionDeadline(answers)?.date ?? null;
  const leaving = leavingDeadline(reasons);
  const moot = examinedElsewhere(answers) && !reasons.some((r) => r.article === '3(2)(a)');
  const deadline = moot ? null : leaving && (!yearEnds || compareDates(leaving, yearEnds) < 0) ? leaving : yearEnds;
  // Open, but perhaps not a Covenant matter at all: where else to turn is said too (the fit questions are not asked).
  const scopeInDoubt = covenantScopeInDoubt(answers.rights ?? []);
  const routeAnswers = answersForRoutes(answers, context);
  const otherRoutes = () => routesFor(routeAnswers, env);
  const routes = routeOpen(outcome) && !scopeInDoubt ? [] : otherRoutes();
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    engineVersion: OP_ELIGIBILITY_VERSION,
    outcome,
    reasons,
    // A question about other routes an intake record leaves unanswered was passed, not asked.
    questions: context.trail.filter((q) => answers[q] !== undefined),
    answers,
    state,
    rights: (answers.rights ?? []).map((id) => {
      const s = SITUATION_BY_ID.get(id)!;
      return { situation: id, covenantArticles: [...s.covenantArticles], generalComments: [...s.generalComments] };
    }),
    dates: {
      asOf: env.asOf,
      entryIntoForce: state?.entryIntoForce ?? null,
      // On a route closed before the courts' question, an intake record's own: the other routes' time limits count from it.
      finalDecision: finalDecision(routeAnswers),
      deadline,
    },
    nextSteps: nextSteps(outcome, reasons, answers, deadline, otherRoutes, env.asOf, scopeInDoubt),
    routes,
    data: {
      parties: { source: env.parties.source, asOf: env.parties.asOf },
      procedures: { source: env.procedures.source, asOf: env.procedures.asOf },
    },
  };
}
