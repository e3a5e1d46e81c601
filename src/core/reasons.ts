import type { CalendarDate } from './dates.js';

/** Protocol articles a reason may cite, written as in the Protocol. */
export type Article =
  | '1(1)'
  | '1(2)'
  | '2'
  | '3(1)'
  | '3(2)(a)'
  | '3(2)(b)'
  | '3(2)(c)'
  | '3(2)(d)'
  | '3(2)(e)'
  | '3(2)(f)'
  | '3(2)(g)'
  | '4'
  | '5'
  | '11'
  | '13'
  | '18(2)'
  | '20(1)'
  | '20(2)';

/**
 * How a reason weighs on the outcome:
 * - `unavailable`: this route does not exist for the case (no complaint can be received);
 * - `bar`: a ground of inadmissibility applies;
 * - `review`: an unknown or an exception that someone must weigh;
 * - `info`: worth knowing, changes nothing.
 */
export type Severity = 'unavailable' | 'bar' | 'review' | 'info';

/** What a reason found, as a stable code (the element words it in the reader's language: `reasonText` in src/element/reason-messages.ts). */
export type ReasonCode =
  | 'state-not-party'
  | 'state-unlisted'
  | 'not-yet-in-force'
  | 'state-party'
  | 'state-denounced'
  | 'denunciation-pending'
  | 'outside-jurisdiction'
  | 'jurisdiction-unknown'
  | 'no-identified-victim'
  | 'inquiry-procedure'
  | 'consent-required'
  | 'consent-missing'
  | 'acting-without-consent'
  | 'outside-covenant'
  | 'civil-political-part'
  | 'disappearance-part'
  | 'self-determination'
  | 'situation-unlisted'
  | 'discrimination-without-right'
  | 'interim-measures'
  | 'reprisals-protection'
  | 'facts-after-entry-into-force'
  | 'entry-into-force-ambiguous'
  | 'continuing-violation'
  | 'facts-before-entry-into-force'
  | 'facts-timing-unknown'
  | 'remedies-pending'
  | 'remedies-not-tried'
  | 'remedies-unavailable'
  | 'remedies-prolonged'
  | 'remedies-unknown'
  | 'within-time-limit'
  | 'time-limit-ambiguous'
  | 'time-limit-before-entry-into-force'
  | 'time-limit-shortened-by-entry-into-force'
  | 'delay-since-entry-into-force'
  | 'decision-date-unknown'
  | 'decision-before-facts'
  /** A bar; a review while `decision-before-facts` stands beside it (rules.ts, `lateSubmission`). */
  | 'time-limit-passed'
  | 'late-submission-justified'
  | 'late-submission-unknown'
  | 'same-matter-elsewhere'
  | 'special-procedure'
  | 'not-examined-elsewhere'
  | 'other-procedure-unknown'
  | 'anonymous'
  | 'name-confidential'
  | 'media-reports-only'
  | 'evidence-missing'
  | 'evidence-unknown'
  | 'abuse-of-right'
  | 'clear-disadvantage';

/**
 * Facts a reason's message needs, by the reasons that carry them. Dates are 'YYYY-MM-DD',
 * null when the day is unknown or has not come; codes are answers' codes. Never free text.
 */
export interface ReasonData {
  /** The day the Protocol binds the State (art. 18(2)): `state-party`, `not-yet-in-force`, the 3(2)(b) reasons, `time-limit-before-entry-into-force`, `time-limit-shortened-by-entry-into-force`, `delay-since-entry-into-force`; `late-submission-justified` and `late-submission-unknown` asked of the time since that day. */
  entryIntoForce?: CalendarDate | null;
  /** The day the State deposited its ratification or accession: `state-party`. */
  consentedOn?: CalendarDate | null;
  /** The codes of this State's facts not confirmed, space-separated, or null: `state-party`; `'article11'` in `inquiry-procedure`. */
  unconfirmed?: string | null;
  /** The day a State that has not joined signed the Protocol, or null: `state-not-party`. */
  signedOn?: CalendarDate | null;
  /**
   * The "as of" date of the States-Parties list that says the State has not joined (a State
   * can join at any time): `state-not-party`; null when the screening is dated before the
   * list, which then covers its day.
   */
  listAsOf?: CalendarDate | null;
  /** The day the UN Secretary-General received the State's notice that it leaves the Protocol (art. 20(1)): `state-denounced`, `denunciation-pending`. */
  denouncedOn?: CalendarDate | null;
  /** The day that notice takes effect, six months later (art. 20(1)): `state-denounced`, `denunciation-pending`. */
  leavesOn?: CalendarDate | null;
  /** The start of the facts, as answered: `facts-before-entry-into-force`, `decision-before-facts`. */
  factsDate?: CalendarDate | null;
  /** The date of the final decision, as answered: the 3(2)(a) reasons of `finalDecisionDate` (`decision-before-facts` among them), `time-limit-shortened-by-entry-into-force`, `delay-since-entry-into-force`. */
  finalDecision?: CalendarDate | null;
  /**
   * The last day to submit: under art. 3(2)(a) in every 3(2)(a) reason but
   * `decision-date-unknown` and `decision-before-facts`; in `denunciation-pending`, the day before the State leaves (art. 20(2)).
   * In `time-limit-shortened-by-entry-into-force` and `delay-since-entry-into-force` of a year cut short, with its `entryIntoForce`, the days of the reading
   * on which the year is cut short (a year from 29 February, an ambiguous entry into force).
   */
  deadline?: CalendarDate | null;
  /** The later day on the other reading of a period ending in a shorter month: `entry-into-force-ambiguous`, `time-limit-ambiguous`. */
  otherReading?: CalendarDate | null;
  /** Why the author acts without the victims' consent (the `consentJustification` answer): `acting-without-consent`. */
  justification?: string | null;
  /** The body that examined the same matter (the `otherProcedure` answer): `same-matter-elsewhere`. */
  body?: string | null;
  /** Whether the State accepted the inquiry procedure (art. 11): `inquiry-procedure`. */
  optedIn?: boolean;
  /**
   * `delay-since-entry-into-force`: true when the year began before the Protocol applied and
   * ended after (a complaint could be sent for part of it), false when it ended before (for none).
   */
  yearCutShort?: boolean;
}

/** One machine-readable finding of the screening. */
export interface Reason {
  code: ReasonCode;
  /** The Protocol article, as written there: "3(2)(a)". */
  article: Article;
  severity: Severity;
  /** The key of the message that explains it to a person. */
  messageKey: `reason.${ReasonCode}`;
  data?: ReasonData;
}

export function reason(code: ReasonCode, article: Article, severity: Severity, data?: ReasonData): Reason {
  return data ? { code, article, severity, messageKey: `reason.${code}`, data } : { code, article, severity, messageKey: `reason.${code}` };
}

/**
 * The last day to send a complaint about a State that gave notice of leaving the Protocol
 * and has not left yet (art. 20(2)), or null: where the assessment's deadline comes from it.
 */
export const leavingDeadline = (reasons: readonly Reason[]): CalendarDate | null =>
  reasons.find((r) => r.code === 'denunciation-pending')?.data?.deadline ?? null;

/** What the screening concludes: see the README's Outcomes table. */
export type Outcome = 'likely-admissible' | 'not-admissible' | 'needs-review' | 'not-available';

/**
 * Whether the outcome leaves this route open (likely admissible, or with points to check):
 * a closed one (not admissible, not available) points elsewhere instead.
 */
export const routeOpen = (outcome: Outcome): boolean => outcome === 'likely-admissible' || outcome === 'needs-review';

/** The outcome follows from the worst reason found. */
export function outcomeOf(reasons: readonly Reason[]): Outcome {
  if (reasons.some((r) => r.severity === 'unavailable')) return 'not-available';
  if (reasons.some((r) => r.severity === 'bar')) return 'not-admissible';
  if (reasons.some((r) => r.severity === 'review')) return 'needs-review';
  return 'likely-admissible';
}

/** A reason that closes the route, whatever else is found. */
const closing = (r: Reason): boolean => r.severity === 'unavailable' || r.severity === 'bar';

/** True once a reason makes the outcome certain: the screening can stop asking. */
export function closesRoute(reasons: readonly Reason[]): boolean {
  return reasons.some(closing);
}

/** What a route closed only for now waits for (closedForNow). */
export type ClosedUntil = { readonly until: 'final-decision' } | { readonly until: 'entry-into-force'; readonly date: CalendarDate };

/**
 * What the route waits for when what closes it is one thing time lifts: the final decision
 * at home (art. 3(1): remedies still pending, or not tried yet), or the day the Protocol
 * starts to apply to the State (art. 18(2)). Null when the route is open, closed for a
 * reason time does not lift, or for two of these (no one day or decision reopens it). A
 * person or a clinic told "not admissible" alone reads it as never, and does not come back.
 */
export function closedForNow(reasons: readonly Reason[]): ClosedUntil | null {
  const closed = reasons.filter(closing);
  if (closed.length && closed.every((r) => r.code === 'remedies-pending' || r.code === 'remedies-not-tried')) return { until: 'final-decision' };
  const date = closed.length === 1 && closed[0]!.code === 'not-yet-in-force' ? closed[0]!.data?.entryIntoForce : undefined;
  return date ? { until: 'entry-into-force', date } : null;
}
