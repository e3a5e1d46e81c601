import * as z from 'zod/mini';
import { isCalendarDate } from './dates.js';

/** A real calendar day written 'YYYY-MM-DD'. */
export const calendarDate = z.string().check(
  z.refine(isCalendarDate, { message: 'must be a real calendar date written YYYY-MM-DD' }),
);

/** The rule of `isoCode`, for checks that must not wait for zod (shipped-data.ts). */
export const ISO_CODE = /^[A-Z]{2}$/;

/** Two upper-case letters; whether the code names a known State is checked where the list is known. */
export const isoCode = z.string().check(z.regex(ISO_CODE, 'must be an ISO 3166-1 alpha-2 code such as "ES"'));
