import * as z from 'zod/mini';
import { compareDates, isCalendarDate, isDateUpTo, LAST_YEAR } from './dates.js';
import { describeValue } from './errors.js';
import { once } from './memo.js';

/*
 * The parts every dataset and answer schema shares, each built on its first use (the
 * schemas using them are built on theirs): the first zod schemas a page makes are the
 * costly ones, about half a millisecond for these two at load, before the first question.
 */

/**
 * A check's message followed by the value it refused: a stray space ("2024-01-10 "), a
 * lower-case code or a day written without its zero looks right in a spreadsheet, and
 * "must be …" alone does not show a clinic which one it is.
 */
const sayingGot = (message: string) => ({ error: (issue: { input: unknown }) => `${message} (got ${describeValue(issue.input)})` });

/**
 * A string that is a real calendar day written 'YYYY-MM-DD'; `orElse` ends the message with what else is accepted.
 * Not a string either (a spreadsheet's date as its serial number, 46174), it says the same: "must be a string" sent a clinic the wrong way.
 */
export const dateString = (orElse = '', lastYear = LAST_YEAR) => {
  const refused = sayingGot(`must be a real calendar date written YYYY-MM-DD, in the years 1900 to ${lastYear}${orElse}`);
  return z.string(refused).check(z.refine((value) => isDateUpTo(value, lastYear), refused));
};

/** A real calendar day written 'YYYY-MM-DD'. */
export const calendarDate = once(() => dateString());

/** A day the engine computed (a deadline, an entry into force): a year after the last day given, it is in 9999. */
export const computedDate = once(() => dateString('', LAST_YEAR + 1));

/** The rule of `isoCode`, for checks that must not wait for zod (shipped-data.ts). */
export const ISO_CODE = /^[A-Z]{2}$/;

/** Two upper-case letters; whether the code names a known State is checked where the list is known. */
export const isoCode = once(() => z.string().check(z.regex(ISO_CODE, sayingGot('must be an ISO 3166-1 alpha-2 code such as "ES"'))));

/**
 * A list with no item twice ("lists a ground twice"); with `key`, no two items with the same
 * key ("lists a procedure twice": two routes with one `procedure`).
 */
export const noDuplicates = <T>(what: string, key: (item: T) => unknown = (item) => item) =>
  z.refine<T[]>((list) => new Set(list.map(key)).size === list.length, { message: `lists ${what} twice` });

/**
 * A dataset's States, each listed once: with a State twice (newer data appended without
 * taking out the old record), which record counted would depend on the order, silently.
 */
export const oneRecordPerState = () =>
  z.check<{ code: string }[]>((ctx) => {
    const seen = new Set<string>();
    ctx.value.forEach(({ code }, i) => {
      // A code that is not one is reported as such already.
      if (!ISO_CODE.test(code)) return;
      if (seen.has(code)) ctx.issues.push({ code: 'custom', message: `lists ${code} a second time: give each State one record`, input: code, path: [i, 'code'] });
      seen.add(code);
    });
  });

/**
 * The problem with a dataset's `day` that its own `asOf` cannot know yet (a typo in the
 * year, or an "as of" left behind), or null; a malformed date is reported as such already.
 */
export const afterAsOf = (day: unknown, asOf: string): string | null =>
  isCalendarDate(day) && isCalendarDate(asOf) && compareDates(day, asOf) > 0 ? `(${day}) is after the table's asOf (${asOf}): a list as of that day cannot know it` : null;
