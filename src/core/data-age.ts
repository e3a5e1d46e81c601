import type { Assessment } from './assessment.js';
import { addMonths, compareDates } from './dates.js';

/**
 * How old a UN list may be, on the day of a check, before the result says so. States join
 * the Protocol and the other complaint procedures a few times a year, and the UN Treaty
 * Collection shows each the same day: after six months a list has likely missed one.
 */
export const DATA_AGE_LIMIT_MONTHS = 6;

/**
 * Whether a UN list this assessment rests on was more than six months old on the day of
 * the check (`dates.asOf`): the States Parties, and the complaint procedures when it names
 * other routes. A State may have joined or left since: check the UN Treaty Collection before
 * relying on the result. Exactly six months old is not yet too old. Takes a case file read
 * back (an `AssessmentRecord`, the hand-off's JSON) as well as an `Assessment`: it reads
 * only the dates, and whether there are routes.
 */
export function dataMayBeOutdated(assessment: Pick<Assessment, 'data' | 'dates'> & { routes: readonly unknown[] }): boolean {
  const { data, dates, routes } = assessment;
  const lists = routes.length ? [data.parties.asOf, data.procedures.asOf] : [data.parties.asOf];
  // A list of 31 August is six months old on the last day of February.
  return lists.some((asOf) => compareDates(dates.asOf, addMonths(asOf, DATA_AGE_LIMIT_MONTHS).date) > 0);
}
