import { SITUATION_BY_ID } from '../data/rights.js';
import { parseAnswer, type Answers } from './answers.js';
import { addMonths, addYears, compareDates, isCalendarDate, type CalendarDate } from './dates.js';
import type { Environment } from './environment.js';
import { denunciation, depositedBy, entryIntoForce, signedBy, type EntryIntoForce } from './parties.js';
import { STATE_UNLISTED, UNKNOWN, type QuestionId } from './questions.js';
import { closesRoute, reason, type Reason } from './reasons.js';

/*
 * The law, one pure function per question. Each reads the answers given so far and
 * returns what they mean under the Protocol. The machine calls these to decide where
 * to go next and to build the assessment; nothing else decides admissibility.
 */

const isDate = (value: string | undefined): value is CalendarDate => value !== undefined && value !== UNKNOWN;

/** Entry into force for the State answered, or null when it is not (yet) a party, or has left (art. 20). */
export function stateEntryIntoForce(answers: Answers, env: Environment): EntryIntoForce | null {
  const record = answers.state ? env.partyByCode.get(answers.state) : undefined;
  return record && denunciation(record, env.asOf)?.left !== true ? entryIntoForce(record) : null;
}

/** The final domestic decision the person gave: the courts decided, on a known day. */
export function finalDecision(answers: Answers): CalendarDate | null {
  return answers.remedies === 'exhausted' && isDate(answers.finalDecisionDate) ? answers.finalDecisionDate : null;
}

/**
 * A final decision dated before the day the facts began. It can be right: a court orders an
 * eviction that happens later, or decided an earlier stage of the same matter. It can be a slip
 * in either date. The screening cannot tell which, nor so whether the year of art. 3(2)(a) runs
 * from this decision, from a later one, or not yet (what happened since was never taken to the
 * courts, art. 3(1)): a lawyer must look. Both are days as answered ('YYYY-MM-DD'), else false.
 * The element asks it of the day being typed, to say so while the person answers.
 */
export function decisionBeforeFacts(finalDecisionDate: unknown, factsDate: unknown): boolean {
  return isCalendarDate(finalDecisionDate) && isCalendarDate(factsDate) && compareDates(finalDecisionDate, factsDate) < 0;
}

/** The one-year limit of art. 3(2)(a), counted from the final domestic decision. */
export function submissionDeadline(answers: Answers): { date: CalendarDate; ambiguousUntil: CalendarDate | null } | null {
  const decided = finalDecision(answers);
  if (!decided) return null;
  const { date, overflow } = addYears(decided, 1);
  return { date, ambiguousUntil: overflow };
}

/**
 * The last day of another body's own time limit, `months` after the final domestic decision, on
 * its later reading (a decision on 31 August: four months end on 31 December); `earlier.months`
 * for a decision taken before `earlier.before` (a limit since shortened). Null without a decision day.
 */
export function monthsAfterFinalDecision(
  answers: Answers,
  months: number,
  earlier?: { readonly before: CalendarDate; readonly months: number },
): CalendarDate | null {
  const decided = finalDecision(answers);
  if (!decided) return null;
  const { date, overflow } = addMonths(decided, earlier && compareDates(decided, earlier.before) < 0 ? earlier.months : months);
  return overflow ?? date;
}

/** The facts began before the Protocol bound the State, or nobody knows when. */
export function factsMayPredateEntryIntoForce(answers: Answers, env: Environment): boolean {
  const eif = stateEntryIntoForce(answers, env);
  if (!eif || answers.factsDate === undefined) return false;
  return answers.factsDate === UNKNOWN || compareDates(answers.factsDate, eif.date) < 0;
}

/** The facts were over before the Protocol bound the State (art. 3(2)(b) bars them): no complaint here could ever take them. */
function factsEndedBeforeEntryIntoForce(answers: Answers, env: Environment): boolean {
  return answers.factsContinuing === 'no' && isDate(answers.factsDate) && factsMayPredateEntryIntoForce(answers, env);
}

/** The assessment date is past the last day of the one-year limit on every reading. */
function pastDeadline(answers: Answers, env: Environment): boolean {
  const deadline = submissionDeadline(answers);
  return deadline !== null && compareDates(env.asOf, deadline.ambiguousUntil ?? deadline.date) > 0;
}

/**
 * The whole year of art. 3(2)(a) ran out, on every reading, before the Protocol applied
 * to the State: no complaint could be sent in time, which is the article's own exception.
 */
function yearEndedBeforeEntryIntoForce(answers: Answers, env: Environment): boolean {
  const deadline = submissionDeadline(answers);
  const eif = stateEntryIntoForce(answers, env);
  return deadline !== null && eif !== null && compareDates(deadline.ambiguousUntil ?? deadline.date, eif.date) < 0;
}

/**
 * The year of art. 3(2)(a) began before the Protocol applied to the State and ran on after
 * that day: a complaint could be sent for only part of it. Whether the Committee counts that
 * part as the year is for a lawyer to weigh, not for a "no" to close the route. Null when the
 * year was whole, or ended before the Protocol applied (the article's own exception, above).
 *
 * Its days are those of the reading on which the year is cut short, for its reason to name:
 * the later entry into force where the decision came on the earlier one (the year is whole
 * on that reading), the later end of a year from 29 February where the earlier came before
 * the Protocol applied (no day of the year is left on that reading). Otherwise the days every
 * 3(2)(a) reason gives.
 */
function shortenedYear(answers: Answers, env: Environment): { deadline: CalendarDate; finalDecision: CalendarDate; entryIntoForce: CalendarDate } | null {
  const eif = stateEntryIntoForce(answers, env);
  const decided = finalDecision(answers);
  const due = submissionDeadline(answers);
  // On an ambiguous day of entry into force, the later reading: the one that shortens the year.
  if (!eif || !decided || !due || compareDates(decided, eif.ambiguousUntil ?? eif.date) >= 0 || yearEndedBeforeEntryIntoForce(answers, env)) return null;
  const entryIntoForce = eif.ambiguousUntil && compareDates(decided, eif.date) >= 0 ? eif.ambiguousUntil : eif.date;
  const deadline = due.ambiguousUntil && compareDates(due.date, entryIntoForce) < 0 ? due.ambiguousUntil : due.date;
  return { deadline, finalDecision: decided, entryIntoForce };
}

/**
 * The days a year that ran out before the Protocol applied gives its reasons: the later day of
 * an ambiguous entry into force, true on both readings, and the one a year since is counted from.
 */
function yearBeforeEntryIntoForce(answers: Answers, env: Environment): { finalDecision: CalendarDate | null; deadline: CalendarDate; entryIntoForce: CalendarDate } | null {
  if (!yearEndedBeforeEntryIntoForce(answers, env)) return null;
  const eif = stateEntryIntoForce(answers, env)!;
  return { finalDecision: answers.finalDecisionDate ?? null, deadline: submissionDeadline(answers)!.date, entryIntoForce: eif.ambiguousUntil ?? eif.date };
}

/**
 * A whole year counted from the day the Protocol applied to the State (on its later reading)
 * is over too: for a year that ran out before that day, or was cut short by it, what stopped
 * the person is then asked of the time since, and the delay is the Committee's to weigh.
 */
function yearSinceEntryIntoForceOver(answers: Answers, env: Environment): boolean {
  const eif = stateEntryIntoForce(answers, env);
  if (!eif) return false;
  const { date, overflow } = addYears(eif.ambiguousUntil ?? eif.date, 1);
  return compareDates(env.asOf, overflow ?? date) > 0;
}

/**
 * The year to complain began before the Protocol applied to the State (it ran out before that
 * day, or was cut short by it), and a whole year since that day is over: whether something
 * stopped the person is asked of the time since the Protocol applied. The day it applied, as
 * the reasons of that answer name it (for the question's lead to name the same), or null.
 */
export function latenessSinceEntryIntoForce(answers: Answers, env: Environment): CalendarDate | null {
  if (!yearSinceEntryIntoForceOver(answers, env)) return null;
  return (yearBeforeEntryIntoForce(answers, env) ?? shortenedYear(answers, env))?.entryIntoForce ?? null;
}

/**
 * Past the limit, and sending in time was possible, or has been for over a year since the
 * Protocol applied: only the person can say why it was not sent.
 */
export function latenessToExplain(answers: Answers, env: Environment): boolean {
  return pastDeadline(answers, env) && (!yearEndedBeforeEntryIntoForce(answers, env) || yearSinceEntryIntoForceOver(answers, env));
}

/**
 * On these answers the Committee could never take the complaint, whatever is done next: what happened
 * was not under the State's jurisdiction (art. 2), its facts were over before the Protocol bound the State
 * (art. 3(2)(b)), or the year is past and nothing stopped the person from sending it in time (art. 3(2)(a),
 * the person's own "no").
 */
export function neverHere(answers: Answers, env: Environment): boolean {
  return (
    answers.jurisdiction === 'no' ||
    factsEndedBeforeEntryIntoForce(answers, env) ||
    (latenessToExplain(answers, env) && closesRoute(RULES.lateSubmission(answers, env)))
  );
}

/** The courts or authorities in the country have not decided the problem yet, or were not asked (art. 3(1)). */
export function remediesYetToExhaust({ remedies }: Answers): boolean {
  return remedies === 'pending' || remedies === 'not-tried';
}

/** The `otherProcedure` answers that name no examination by another procedure: none, a rapporteur, one sent but not examined, not known (or not asked). */
const NO_EXAMINATION: readonly (string | undefined)[] = [undefined, 'none', 'special-procedure', 'sent-not-examined', UNKNOWN];

/** Another international procedure has examined, or is examining, the same matter (art. 3(2)(c)). */
export function examinedElsewhere({ otherProcedure }: Answers): boolean {
  return !NO_EXAMINATION.includes(otherProcedure);
}

/** How the Committee's competence applies to each problem answered (art. 3(2)(d)): `Situation.scope`. */
const scopesOf = (rights: readonly string[]) => rights.map((id) => SITUATION_BY_ID.get(id)?.scope);

/**
 * Every problem answered is civil and political (a disappearance among them), or discrimination in
 * them: outside the Covenant, so barred here (art. 3(2)(d)) even in a State that has joined. Arts 2(2)
 * and 3 guarantee the Covenant's rights only: beside an arrest or a beating, discrimination is the
 * Human Rights Committee's or CERD's (General Comment 20, para. 7).
 */
export function outsideCovenant(rights: readonly string[]): boolean {
  const scopes = scopesOf(rights);
  return scopes.includes('civil-political') && scopes.every((scope) => scope === 'civil-political' || scope === 'accessory');
}

/**
 * No problem answered is surely a Covenant right, nor are they all outside it: something else, discrimination
 * with no right named, self-determination (art. 3(2)(d), for a lawyer to weigh). The Committee may not be able
 * to take it at all, so the other bodies are listed beside this open route too.
 */
export function covenantScopeInDoubt(rights: readonly string[]): boolean {
  const scopes = scopesOf(rights);
  return scopes.length > 0 && !scopes.includes('covenant') && !outsideCovenant(rights);
}

/** What the year of art. 3(2)(a), counted from the final decision given, says on the assessment date (the `finalDecisionDate` question's reasons). */
function yearFromDecision(answers: Answers, env: Environment): Reason[] {
  const deadline = submissionDeadline(answers);
  if (!deadline) return [reason('decision-date-unknown', '3(2)(a)', 'review')];
  const data = { finalDecision: answers.finalDecisionDate ?? null, deadline: deadline.date };
  const before = yearBeforeEntryIntoForce(answers, env);
  // Over a year since the Protocol applied, the lateness question follows: its rule speaks for 3(2)(a).
  if (before) return yearSinceEntryIntoForceOver(answers, env) ? [] : [reason('time-limit-before-entry-into-force', '3(2)(a)', 'review', before)];
  if (compareDates(env.asOf, deadline.date) <= 0) return [reason('within-time-limit', '3(2)(a)', 'info', data)];
  if (!pastDeadline(answers, env)) {
    return [reason('time-limit-ambiguous', '3(2)(a)', 'review', { ...data, otherReading: deadline.ambiguousUntil })];
  }
  return [];
}

type Rule = (answers: Answers, env: Environment) => Reason[];

/**
 * Once the same matter is before, or was decided by, another body (art. 3(2)(c)), nothing done next
 * brings it here (its caution says to follow the case there): the year of art. 3(2)(a) keeps only its
 * bar, which stands whatever that body does, and which closes the route before that question is asked.
 * "The year runs until", "complain as soon as you can" would read as a day to send by. That bar made a point
 * to check by a decision dated before the facts (decisionBeforeFacts) is kept too: should the other body not
 * examine it, the person must not think this Committee's year still runs.
 */
const unlessExaminedElsewhere =
  (rule: Rule): Rule =>
  (answers, env) =>
    examinedElsewhere(answers) ? rule(answers, env).filter((r) => r.severity === 'bar' || r.code === 'time-limit-passed') : rule(answers, env);

export const RULES: Record<QuestionId, Rule> = {
  state(answers, env) {
    // Art. 2: a complaint is against a State Party, for what happened under its
    // jurisdiction (art. 1(2) is about States party to the Covenant).
    if (answers.state === STATE_UNLISTED) return [reason('state-unlisted', '2', 'unavailable')];
    const record = answers.state ? env.partyByCode.get(answers.state) : undefined;
    const eif = record ? entryIntoForce(record) : null;
    const leaving = record ? denunciation(record, env.asOf) : null;
    // Art. 20(1): the denunciation has taken effect, so nothing new can be sent (only what was sent
    // before goes on, art. 20(2), which the reason's words say too).
    if (leaving?.left) {
      return [reason('state-denounced', '20(1)', 'unavailable', { denouncedOn: leaving.notifiedOn, leavesOn: leaving.effective })];
    }
    // Assessed on an earlier date, a later signature or ratification had not happened yet.
    // (A State that left is answered above: one that deposited is a party here.)
    if (!record || !eif || !depositedBy(record, env.asOf)) {
      // The list's date cautions that a State may have joined since it: only a screening
      // dated after the list can miss that. A list dated later covers the screening's day,
      // and may say the State joined after it: citing it for "has not joined" would mislead.
      const listAsOf = compareDates(env.asOf, env.parties.asOf) >= 0 ? env.parties.asOf : null;
      return [reason('state-not-party', '1(2)', 'unavailable', { signedOn: signedBy(record, env.asOf), listAsOf })];
    }
    const unconfirmed = record.unconfirmed.length ? record.unconfirmed.join(' ') : null;
    // Deposited, not yet bound: what closes the route is art. 18(2), which also gives the day
    // it opens; art. 1(2) is about a State that has not joined, which this one has. Bound, it
    // has recognised the Committee's competence to receive complaints: art. 1(1).
    const found =
      compareDates(env.asOf, eif.date) < 0
        ? reason('not-yet-in-force', '18(2)', 'unavailable', { entryIntoForce: eif.date })
        : reason('state-party', '1(1)', 'info', { entryIntoForce: eif.date, consentedOn: record.consentedOn, unconfirmed });
    if (!leaving) return [found];
    // Leaving, not yet gone: a complaint sent before the State leaves is still examined (art. 20(2)).
    return [found, reason('denunciation-pending', '20(2)', 'info', { denouncedOn: leaving.notifiedOn, leavesOn: leaving.effective, deadline: leaving.lastDay })];
  },

  jurisdiction({ jurisdiction }) {
    if (jurisdiction === 'no') return [reason('outside-jurisdiction', '2', 'bar')];
    if (jurisdiction === UNKNOWN) return [reason('jurisdiction-unknown', '2', 'review')];
    return [];
  },

  author({ author, state, rights }, env) {
    if (author === 'organisation') {
      const victim = reason('no-identified-victim', '2', 'unavailable');
      // An inquiry is into the Covenant's rights (art. 11(2)): nothing to say of it for a problem wholly outside them.
      if (rights && outsideCovenant(rights)) return [victim];
      const article11 = state ? env.partyByCode.get(state)?.article11 : false;
      // A declaration the list cannot confirm (null) is not one, but the words must not say "has not".
      const inquiry = article11 === null ? { optedIn: false, unconfirmed: 'article11' } : { optedIn: article11 ?? false };
      return [victim, reason('inquiry-procedure', '11', 'info', inquiry)];
    }
    if (author === 'representative-consent') return [reason('consent-required', '2', 'info')];
    return [];
  },

  consentJustification({ consentJustification }) {
    if (consentJustification === 'none') return [reason('consent-missing', '2', 'bar')];
    if (consentJustification) return [reason('acting-without-consent', '2', 'review', { justification: consentJustification })];
    return [];
  },

  rights({ rights = [] }) {
    const scopes = new Set(scopesOf(rights));
    const reasons: Reason[] = [];
    if (scopes.has('self-determination')) reasons.push(reason('self-determination', '3(2)(d)', 'review'));
    if (!scopes.has('covenant')) {
      // A problem the list does not name may still touch a Covenant right: it is not barred unseen.
      if (scopes.has('unlisted')) reasons.push(reason('situation-unlisted', '3(2)(d)', 'review'));
      // Discrimination, or inequality between women and men, is for this Committee only in a right the
      // Covenant sets forth (arts 2(2) and 3): with none chosen, someone must look which it touches.
      // Self-determination is one (art. 1), which its own review already leaves to a lawyer.
      else if (scopes.has('accessory') && !scopes.has('self-determination')) reasons.push(reason('discrimination-without-right', '3(2)(d)', 'review'));
    }
    if (outsideCovenant(rights)) return [reason('outside-covenant', '3(2)(d)', 'bar')];
    // Whatever else goes on, the civil and political part is for another body. A disappearance
    // has its own words: the civil and political part's (torture, arrest, free speech) do not
    // name it, and its steps name the bodies that press for a search (the CED, the Working Group);
    // the Human Rights Committee hears disappearances too (ICCPR arts 6, 7, 9, 16: other-routes data).
    if (rights.includes('disappearance')) reasons.unshift(reason('disappearance-part', '3(2)(d)', 'info'));
    if (rights.includes('civil-political')) reasons.unshift(reason('civil-political-part', '3(2)(d)', 'info'));
    return reasons;
  },

  urgency(answers, env) {
    // Both work only where the Protocol binds the State (from entry into force, which follows
    // the deposit): art. 5 measures are asked within a complaint against it, art. 13 is its
    // duty. A State not party, not yet bound or gone has neither to give. (On a route closed
    // by another bar, buildAssessment leaves art. 5 out too: no complaint will be received.)
    const eif = stateEntryIntoForce(answers, env);
    if (answers.urgency !== 'yes' || !eif || compareDates(env.asOf, eif.date) < 0) return [];
    return [reason('interim-measures', '5', 'info'), reason('reprisals-protection', '13', 'info')];
  },

  factsDate(answers, env) {
    const eif = stateEntryIntoForce(answers, env);
    if (!eif || !isDate(answers.factsDate) || compareDates(answers.factsDate, eif.date) < 0) return [];
    if (eif.ambiguousUntil && compareDates(answers.factsDate, eif.ambiguousUntil) < 0) {
      return [reason('entry-into-force-ambiguous', '3(2)(b)', 'review', { entryIntoForce: eif.date, otherReading: eif.ambiguousUntil })];
    }
    return [reason('facts-after-entry-into-force', '3(2)(b)', 'info', { entryIntoForce: eif.date })];
  },

  factsContinuing(answers, env) {
    const entry = stateEntryIntoForce(answers, env)?.date ?? null;
    if (answers.factsContinuing === 'yes') return [reason('continuing-violation', '3(2)(b)', 'info', { entryIntoForce: entry })];
    if (factsEndedBeforeEntryIntoForce(answers, env)) {
      return [reason('facts-before-entry-into-force', '3(2)(b)', 'bar', { entryIntoForce: entry, factsDate: answers.factsDate })];
    }
    return [reason('facts-timing-unknown', '3(2)(b)', 'review', { entryIntoForce: entry })];
  },

  remedies({ remedies }) {
    switch (remedies) {
      case 'pending':
        return [reason('remedies-pending', '3(1)', 'bar')];
      case 'not-tried':
        return [reason('remedies-not-tried', '3(1)', 'bar')];
      case 'unavailable':
        return [reason('remedies-unavailable', '3(1)', 'review')];
      case 'prolonged':
        return [reason('remedies-prolonged', '3(1)', 'review')];
      case UNKNOWN:
        return [reason('remedies-unknown', '3(1)', 'review')];
      default:
        return [];
    }
  },

  finalDecisionDate: unlessExaminedElsewhere((answers, env) => {
    const year = yearFromDecision(answers, env);
    // The year's reasons are of the decision given: beside them, that it may not be the one they run from. Not while
    // that year still runs: a later decision's year ends later, so its day to send by is safe either way, and an
    // eviction order before the eviction, the usual case, is not made a point to check.
    const decided = finalDecision(answers);
    if (!decisionBeforeFacts(decided, answers.factsDate) || year.some((r) => r.code === 'within-time-limit')) return year;
    return [reason('decision-before-facts', '3(2)(a)', 'review', { finalDecision: decided, factsDate: answers.factsDate! }), ...year];
  }),

  lateSubmission: unlessExaminedElsewhere((answers, env) => {
    // A year that ran out before the Protocol applied is asked about only once a year since is over too.
    const before = yearBeforeEntryIntoForce(answers, env);
    const cutShort = before ? null : shortenedYear(answers, env);
    const begunBefore = before ?? cutShort;
    const yearSinceOver = yearSinceEntryIntoForceOver(answers, env);
    if (answers.lateSubmission === 'no' && begunBefore) {
      // The article sets no second limit after entry into force: how long since is too long is
      // the Committee's to weigh, whether no day of the year could be used or only some.
      if (yearSinceOver) return [reason('delay-since-entry-into-force', '3(2)(a)', 'review', { ...begunBefore, yearCutShort: cutShort !== null })];
      if (cutShort) return [reason('time-limit-shortened-by-entry-into-force', '3(2)(a)', 'review', cutShort)];
    }
    // Asked of the time since the Protocol applied (the question's lead names that day): what the
    // person said is of that time, and its reason gives both days.
    const since = yearSinceOver ? begunBefore : null;
    const data = since ? { deadline: since.deadline, entryIntoForce: since.entryIntoForce } : { deadline: submissionDeadline(answers)?.date ?? null };
    // Late, and nothing stopped the person: a bar, counted from the decision given. Dated before the
    // facts began, that decision may not be the one the year runs from (decisionBeforeFacts): the
    // bar holds only if it is, which a lawyer must check, so it is said as a point to review. A firm
    // "no" would turn away a case whose year may not have begun; refusing the record would refuse
    // a date that can be right (an eviction order before the eviction).
    const said =
      answers.lateSubmission === 'no'
        ? reason('time-limit-passed', '3(2)(a)', decisionBeforeFacts(finalDecision(answers), answers.factsDate) ? 'review' : 'bar', data)
        : reason(answers.lateSubmission === 'yes' ? 'late-submission-justified' : 'late-submission-unknown', '3(2)(a)', 'review', data);
    // That the year ran out before the Protocol applied, or was cut short by it (within a year
    // since), stays beside what the person said, for the lawyer, with its day to send by.
    if (before) return [reason('time-limit-before-entry-into-force', '3(2)(a)', 'review', before), said];
    if (cutShort && !yearSinceOver) return [reason('time-limit-shortened-by-entry-into-force', '3(2)(a)', 'review', cutShort), said];
    return [said];
  }),

  otherProcedure(answers) {
    const { otherProcedure } = answers;
    if (examinedElsewhere(answers)) return [reason('same-matter-elsewhere', '3(2)(c)', 'bar', { body: otherProcedure! })];
    if (otherProcedure === 'special-procedure') return [reason('special-procedure', '3(2)(c)', 'review')];
    if (otherProcedure === 'sent-not-examined') return [reason('not-examined-elsewhere', '3(2)(c)', 'review')];
    if (otherProcedure === UNKNOWN) return [reason('other-procedure-unknown', '3(2)(c)', 'review')];
    return [];
  },

  identity({ identity }) {
    if (identity === 'anonymous') return [reason('anonymous', '3(2)(g)', 'bar')];
    if (identity === 'confidential') return [reason('name-confidential', '3(2)(g)', 'info')];
    return [];
  },

  evidence({ evidence }) {
    if (evidence === 'media-only') return [reason('media-reports-only', '3(2)(e)', 'review')];
    if (evidence === 'none') return [reason('evidence-missing', '3(2)(e)', 'review')];
    if (evidence === UNKNOWN) return [reason('evidence-unknown', '3(2)(e)', 'review')];
    return [];
  },

  // The fit questions choose which other routes to recommend (other-routes.ts): no legal weight here.
  child: () => [],
  disability: () => [],
  grounds: () => [],
};

/** Why an answer cannot be accepted yet: the element shows it, `assess` reports it. */
export type AnswerProblem = 'required' | 'invalid' | 'unknown-state' | 'date-in-future';

/** Checks one answer: its shape, then what only the environment can tell. */
export function answerProblem(question: QuestionId, value: unknown, env: Environment): AnswerProblem | null {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return 'required';
  if (parseAnswer(question, value) === undefined) return 'invalid';
  return environmentProblem(question, value, env);
}

/** What only the environment can tell of an answer already known to be well formed. */
export function environmentProblem(question: QuestionId, value: unknown, env: Environment): 'unknown-state' | 'date-in-future' | null {
  if (question === 'state' && value !== STATE_UNLISTED && !env.knownStates.has(value as string)) return 'unknown-state';
  // A final decision may come before "it started": an eviction order precedes the eviction.
  if ((question === 'factsDate' || question === 'finalDecisionDate') && isDate(value as string) && compareDates(value as string, env.asOf) > 0) {
    return 'date-in-future';
  }
  return null;
}
