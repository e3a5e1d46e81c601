import type { Answers } from './answers.js';
import { addYears, compareDates, type CalendarDate } from './dates.js';
import type { Route } from './other-routes.js';
import { closesRoute, leavingDeadline, routeOpen, type Outcome, type Reason } from './reasons.js';

/** What a next step asks of the person, as a stable code (the element words it in the reader's language: `nextStepText` in src/element/next-step-messages.ts). */
export type NextStepCode =
  | 'request-interim-measures'
  | 'get-urgent-help'
  | 'if-urgent'
  | 'mind-deadline'
  | 'send-before-state-leaves'
  | 'explain-late-submission'
  | 'find-final-decision-date'
  | 'find-out-remedies'
  | 'check-another-country'
  | 'find-people-harmed'
  | 'choose-covenant-right'
  | 'explain-remedies'
  | 'send-within-year-of-entry-into-force'
  | 'explain-delay-since-entry-into-force'
  | 'finish-domestic-remedies'
  | 'try-domestic-remedies'
  | 'gather-documents'
  | 'get-written-consent'
  | 'group-agrees'
  | 'check-again-once-consented'
  | 'explain-acting-without-consent'
  | 'ask-confidentiality'
  | 'write-in-accepted-language'
  | 'check-submission-channel'
  | 'know-reprisal-protection'
  | 'human-rights-committee'
  | 'search-for-disappeared'
  | 'send-information-for-inquiry'
  | 'complain-once-in-force'
  | 'campaign-for-ratification'
  | 'consider-other-routes'
  | 'get-legal-advice';

/** One thing to do next, in `assessment.nextSteps`, most urgent first. */
export interface NextStep {
  code: NextStepCode;
  /** The key of the message that says it to a person. */
  messageKey: `next.${NextStepCode}`;
  /** The facts its message needs (a deadline, an entry into force), as codes and dates, never free text. */
  data?: NextStepData;
}

/** The facts a next step's message needs (`NextStep.data`), each given by the steps named. */
export interface NextStepData {
  /** `get-urgent-help`: the route does not exist for the case (`not-available`), rather than probably barred. */
  certain?: boolean;
  /** `if-urgent`: whether this route is open; `consider-other-routes`: open, while the Committee may not take the problem at all. */
  open?: boolean;
  /** `search-for-disappeared`: the CED's urgent action (ICPPED art. 30) applies to the State on the assessment date. */
  urgentAction?: boolean;
  /**
   * `search-for-disappeared`, with `urgentAction`: the person said another international body has examined, or is examining,
   * the matter; the CED does not act on one being examined by another procedure of the same nature (ICPPED art. 30(2)(e)).
   */
  examinedElsewhere?: boolean;
  /**
   * `mind-deadline`: the last day to submit under art. 3(2)(a); `send-before-state-leaves`, and
   * `finish-domestic-remedies`, `try-domestic-remedies` and `complain-once-in-force` for a State leaving: the day before it leaves the Protocol (art. 20(2));
   * `send-within-year-of-entry-into-force`: a year after the Protocol began to apply to the State.
   */
  deadline?: CalendarDate | null;
  /** `mind-deadline`, for a final decision on 29 February: the deadline on the later reading of the year. */
  reading?: 'later';
  /** `complain-once-in-force`, `explain-delay-since-entry-into-force`, and `get-urgent-help` for a State not yet bound: the day the Protocol binds the State (art. 18(2)). */
  entryIntoForce?: CalendarDate | null;
  /** `campaign-for-ratification`: the State has left the Protocol (art. 20): it is asked to join again. */
  left?: boolean;
  /** `explain-late-submission`: the person did not know whether something stopped them from complaining in time. */
  unsure?: boolean;
  /** `ask-confidentiality`: the person gave no name (art. 3(2)(g)); the step asks for it first. */
  nameMissing?: boolean;
  /** `find-final-decision-date`: a date was given, but before the facts began: which decision the year runs from is to be found. */
  beforeFacts?: boolean;
}

/** The 3(2)(a) reasons that give the day the Protocol applied, from which a year is left to send in, then the delay since to explain. */
const SINCE_ENTRY_INTO_FORCE: readonly Reason['code'][] = [
  'time-limit-before-entry-into-force',
  'time-limit-shortened-by-entry-into-force',
  'delay-since-entry-into-force',
  'late-submission-justified',
  'late-submission-unknown',
];

const step = (code: NextStepCode, data?: NextStep['data']): NextStep =>
  data ? { code, messageKey: `next.${code}`, data } : { code, messageKey: `next.${code}` };

/**
 * What to do next, most urgent first. Derived from the reasons and the other routes for the
 * answers (`routes`, asked for only when a step depends on them), so it says nothing the law
 * has not already said; "get legal advice" closes every list. `scopeInDoubt`: covenantScopeInDoubt() of the problems
 * answered, which the assessment works out once for the routes too.
 */
export function nextSteps(
  outcome: Outcome,
  reasons: readonly Reason[],
  answers: Answers,
  deadline: CalendarDate | null,
  routes: () => readonly Route[],
  asOf: CalendarDate,
  scopeInDoubt: boolean,
): NextStep[] {
  const has = (code: Reason['code']) => reasons.some((r) => r.code === code);
  const steps: NextStep[] = [];
  const open = routeOpen(outcome);
  // A route closed only by the missing name opens once the name is given (art. 3(2)(g)).
  const onlyTheName = has('anonymous') && !closesRoute(reasons.filter((r) => r.code !== 'anonymous'));
  const sendable = open || onlyTheName;
  // Once in force, the Protocol would not bring a problem outside the Covenant here (art. 3(2)(d)):
  // "from that day, you may be able to complain" would contradict the reason that says so.
  const notYet = has('outside-covenant') ? undefined : reasons.find((r) => r.code === 'not-yet-in-force');
  const entryIntoForce = notYet?.data?.['entryIntoForce'] ?? null;
  // Art. 5 measures come with a complaint the Committee receives: on a closed route, asking
  // for them "when you complain" would send an urgent case down a road that is shut, and the
  // `interim-measures` reason is left out there (buildAssessment): the answer says it is urgent.
  // `certain`: the route does not exist for the case (not-available), rather than probably barred.
  // Not yet bound, the Committee can take no complaint before that day, not none ever: the day is said, as in the step that follows.
  if (answers.urgency === 'yes') {
    steps.push(sendable ? step('request-interim-measures') : step('get-urgent-help', { certain: outcome === 'not-available', ...(entryIntoForce ? { entryIntoForce } : {}) }));
  }
  // Not sure whether harm is near: what to do if it is, without marking the case urgent
  // (the first step above, which a clinic's intake reads as urgent).
  if (answers.urgency === 'unknown') steps.push(step('if-urgent', { open: sendable }));
  // A family needs the person found before any complaint, on any route: the UN bodies that can
  // press for a search come next. The CED's urgent action only where the Convention applies to
  // the State (art. 30; listed, but not yet in force, in the 30 days after a deposit). Its card's
  // same-matter caution, said here too: the step sends the family to it first (art. 30(2)(e)).
  if (answers.rights?.includes('disappearance') || answers.consentJustification === 'disappearance') {
    const ced = routes().find((r) => r.procedure === 'ced_art30' && !r.caveats.includes('not-yet-in-force'));
    steps.push(step('search-for-disappeared', ced?.caveats.includes('examined-elsewhere') ? { urgentAction: true, examinedElsewhere: true } : { urgentAction: !!ced }));
  }
  // A State leaving the Protocol: only what is sent before it leaves is examined (art. 20(2)).
  const leaving = leavingDeadline(reasons);
  // A fresh object for each step: a host may change one step's data without touching another's.
  const untilLeaving = (): NextStepData | undefined => (leaving ? { deadline: leaving } : undefined);
  // Preparing a complaint that can be sent: the papers; acting for others, what art. 2 asks (their written
  // consent, or why they cannot give it); the name kept from the public; language and where to send; art. 13.
  const prepare = (): void => {
    steps.push(step('gather-documents'));
    if (answers.author === 'representative-consent') steps.push(step('get-written-consent'));
    // A group complains as its members (art. 2): each is an author, so each must agree and be named.
    if (answers.author === 'group') steps.push(step('group-agrees'));
    if (answers.author === 'representative-no-consent') steps.push(step('explain-acting-without-consent'));
    // With no name given, asked for first, with the name.
    if (!onlyTheName) steps.push(step('ask-confidentiality'));
    steps.push(step('write-in-accepted-language'), step('check-submission-channel'), step('know-reprisal-protection'));
  };
  // The complaint can be sent: on an open route, or one closed only by its missing name, which
  // opens once the name is given (art. 3(2)(g)) while the year runs on: the same steps.
  if (sendable) {
    // No name given (art. 3(2)(g)), all that closes the route (the screening stops at the first bar): the name
    // first, with confidentiality asked for, then the day to send by, which alone would read as "send it as it is".
    if (onlyTheName) steps.push(step('ask-confidentiality', { nameMissing: true }));
    // The year ran out before the Protocol applied, which art. 3(2)(a) excuses (no complaint
    // could be sent), or while it had applied for only part of the year: a year counted from
    // that day is the one left (its earlier end, on a 29 February). Within it, its last day is
    // the day to send by; after it, the delay since is the author's to explain too (the
    // showing is "not possible within that time limit").
    // `late-submission-justified` and `-unknown` carry that day too when the lateness question was asked
    // of the time since it (rules.ts, `lateSubmission`): SINCE_ENTRY_INTO_FORCE lists them for that.
    const beforeEntry = reasons.find((r) => SINCE_ENTRY_INTO_FORCE.includes(r.code) && typeof r.data?.['entryIntoForce'] === 'string')?.data?.['entryIntoForce'];
    const yearFromEntry = beforeEntry ? addYears(beforeEntry, 1).date : null;
    const delaySinceEntry = yearFromEntry && compareDates(asOf, yearFromEntry) > 0 ? beforeEntry : null;
    // A State that leaves before that year ends: the day before it leaves is the last (art. 20(2));
    // a later "send by" would point past the day nothing new is examined.
    const leavesFirst = leaving && yearFromEntry && compareDates(leaving, yearFromEntry) < 0;
    const fromEntry = yearFromEntry && !delaySinceEntry && !leavesFirst ? yearFromEntry : null;
    // The day to send by. Of the day before the State leaves and the year's end, the earlier
    // (`deadline`) is the one to give; the year's only while it is running: once it has passed,
    // or may have (29 February), the reasons say so, and a "send by" date in the past would
    // mislead. The day before the State leaves, past the year too: after the year from the day
    // the Protocol applied, when that ends first.
    const byYear = deadline && has('within-time-limit') && deadline !== leaving;
    if (byYear) steps.push(step('mind-deadline', { deadline }));
    else if (leaving && !fromEntry) steps.push(step('send-before-state-leaves', untilLeaving()));
    // 29 February: on the later reading, today is the last day; the reason gives both.
    const ambiguous = reasons.find((r) => r.code === 'time-limit-ambiguous');
    if (ambiguous) steps.push(step('mind-deadline', { deadline: ambiguous.data?.['otherReading'] ?? null, reading: 'later' }));
    if (fromEntry) {
      steps.push(step('send-within-year-of-entry-into-force', { deadline: fromEntry }));
      if (leaving && !byYear) steps.push(step('send-before-state-leaves', untilLeaving()));
    }
    // Past the year, art. 3(2)(a) lets the author show it could not complain in time: the
    // showing is theirs to make, and each further day weighs against it. Counted from the day
    // the Protocol applied, the step below asks for that same showing.
    // A person unsure whether something stopped them is told the same, as a question to answer first.
    if (has('late-submission-justified') && !delaySinceEntry) steps.push(step('explain-late-submission'));
    if (has('late-submission-unknown') && !delaySinceEntry) steps.push(step('explain-late-submission', { unsure: true }));
    // No date, no "send by": the year still runs from the decision, whose date is to be found.
    // Dated before the facts began, the decision given may not be the one the year runs from: which is, and when, is to be found too.
    if (has('decision-date-unknown')) steps.push(step('find-final-decision-date'));
    else if (has('decision-before-facts')) steps.push(step('find-final-decision-date', { beforeFacts: true }));
    // Not knowing whether the courts have decided: of all the unknowns, the one on a clock (art. 3(1), 3(2)(a)).
    if (has('remedies-unknown')) steps.push(step('find-out-remedies'));
    // No way to fix it at home, or one far too slow: art. 3(1) lets the Committee accept it, if the author shows it.
    if (has('remedies-unavailable') || has('remedies-prolonged')) steps.push(step('explain-remedies'));
    if (delaySinceEntry) steps.push(step('explain-delay-since-entry-into-force', { entryIntoForce: delaySinceEntry }));
    prepare();
  }
  if (!open) {
    // Leaving before the courts decide: the year after their decision may never come.
    if (has('remedies-pending')) steps.push(step('finish-domestic-remedies', untilLeaving()));
    if (has('remedies-not-tried')) steps.push(step('try-domestic-remedies', untilLeaving()));
    // Consent is what art. 2 asks: with it, the same complaint can be sent. The screening
    // stopped there, before the dates: the rules after it, the year among them, are still to check.
    // Not "check again here" for a problem wholly outside the Covenant: consent would not bring it here (art. 3(2)(d)).
    if (has('consent-missing')) steps.push(step('get-written-consent'), ...(has('outside-covenant') ? [] : [step('check-again-once-consented')]));
    // Its words (torture, a fair trial, free speech) are for civil and political problems other than a
    // disappearance; only where the State accepts that Committee's complaints (ICCPR first Optional Protocol).
    // That Committee too takes complaints only from victims (ICCPR first Optional Protocol, art. 1):
    // not from an organisation with no victim named, whom its route is never recommended to either.
    // Nor about what did not happen under the State's jurisdiction (the same art. 1): its route is not recommended then either.
    if (
      has('outside-covenant') &&
      answers.author !== 'organisation' &&
      !has('outside-jurisdiction') &&
      (answers.rights?.includes('civil-political') || !answers.rights?.includes('disappearance')) &&
      routes().some((r) => r.procedure === 'iccpr_op1')
    ) {
      steps.push(step('human-rights-committee'));
    }
    // Discrimination beside civil and political problems only is outside the Covenant (arts 2(2) and 3): if it touched
    // a right of the Covenant (a job lost, a home refused), one more answer says so: where the route exists for the case.
    if (has('outside-covenant') && outcome !== 'not-available' && answers.rights?.some((r) => r === 'discrimination' || r === 'gender-equality')) steps.push(step('choose-covenant-right'));
    // Under another country's control, or on its land: the complaint is against that country, if it has joined.
    if (has('outside-jurisdiction')) steps.push(step('check-another-country'));
    // An organisation with no one harmed named (art. 2): where the State accepted inquiries (art. 11), what it can send
    // now, first; then people harmed who agree can complain, or let it act for them. Not for a problem wholly outside
    // the Covenant, which their complaint would not bring here either (art. 3(2)(d)).
    const inquiry = reasons.find((r) => r.code === 'inquiry-procedure');
    if (inquiry?.data?.['optedIn'] === true) steps.push(step('send-information-for-inquiry'));
    if (has('no-identified-victim') && !has('outside-covenant')) steps.push(step('find-people-harmed'));
    // Joined, not yet bound, and already leaving: the months between are all there is (art. 20(2)).
    if (notYet) steps.push(step('complain-once-in-force', { entryIntoForce, ...untilLeaving() }));
    // Help for this case before the campaign, which "does not help your own case now".
    steps.push(step('consider-other-routes'));
    // Joining (again, for a State that left) would not bring a problem outside the Covenant here (art. 3(2)(d)).
    if (!has('outside-covenant')) {
      if (has('state-not-party')) steps.push(step('campaign-for-ratification'));
      else if (has('state-denounced')) steps.push(step('campaign-for-ratification', { left: true }));
    }
  }
  // Open, but the problem may not be the Covenant's (art. 3(2)(d)): the bodies listed are for that case.
  if (open && scopeInDoubt) steps.push(step('consider-other-routes', { open: true }));
  steps.push(step('get-legal-advice'));
  return steps;
}
