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
  z.string().check(z.refine(isCalendarDate, { message: 'must be a real calendar date written YYYY-MM-DD' })),
);

/** The rule of `isoCode`, for checks that must not wait for zod (shipped-data.ts). */
export const ISO_CODE = /^[A-Z]{2}$/;

/** Two upper-case letters; whether the code names a known State is checked where the list is known. */
export const isoCode = once(() => z.string().check(z.regex(ISO_CODE, 'must be an ISO 3166-1 alpha-2 code such as "ES"')));
