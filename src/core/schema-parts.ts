import * as z from 'zod/mini';
import { isCalendarDate } from './dates.js';
import { once } from './memo.js';

/*
 * The parts every dataset and answer schema shares, each built on its first use (the
 * schemas using them are built on theirs): the first zod schemas a page makes are the
 * costly ones, about half a millisecond for these two at load, before the first question.
 */

/** A real calendar day written 'YYYY-MM-DD'. */
export const calendarDate = once(() =>
  z.string().check(z.refine(isCalendarDate, { message: 'must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998' })),
);

/** The rule of `isoCode`, for checks that must not wait for zod (shipped-data.ts). */
export const ISO_CODE = /^[A-Z]{2}$/;

/** Two upper-case letters; whether the code names a known State is checked where the list is known. */
export const isoCode = once(() => z.string().check(z.regex(ISO_CODE, 'must be an ISO 3166-1 alpha-2 code such as "ES"')));

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
