/**
 * Plain calendar dates as ISO strings ('YYYY-MM-DD'). Legal deadlines are days on a
 * calendar, not instants: keeping them as strings and doing the arithmetic on
 * year/month/day avoids any time-zone drift.
 */
export type CalendarDate = string;

interface Parts {
  year: number;
  month: number;
  day: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** The number written by the ASCII digits date[from..to), or NaN. */
function digits(date: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = date.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** The last year a date given to the engine may have (a year 9999, a database's "no date", is refused). */
export const LAST_YEAR = 9998;

// Read by hand rather than with a RegExp: a batch of records parses dates millions of times.
function parse(date: CalendarDate, lastYear: number): Parts | null {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return null;
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day)) return null;
  // Up to 9998 in what is given: a deadline a year and a day later, or entry into force
  // three months and a day later, still has four digits.
  if (year < 1900 || year > lastYear || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function format({ year, month, day }: Parts): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// A day the engine computed may be in 9999 (six months after 31 December 9998), and is counted on from.
function parseOrThrow(date: CalendarDate): Parts {
  const parts = parse(date, LAST_YEAR + 1);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parts;
}

/** True for a real day written 'YYYY-MM-DD' (rejects 2023-02-29, 2024-13-01, …). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return isDateUpTo(value, LAST_YEAR);
}

/** The same up to `lastYear`: a day the engine computed from a given one may be in 9999 (a year after 31 December 9998). */
export function isDateUpTo(value: unknown, lastYear: number): value is CalendarDate {
  return typeof value === 'string' && parse(value, lastYear) !== null;
}

/**
 * Negative, zero or positive, like a sort comparator. A longer text is a later year: five
 * years after 9996 (another body's time limit) is in 10001, after every day a record gives.
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The later of two days; `b` when `a` is not given. */
export function laterOf(a: CalendarDate | undefined, b: CalendarDate): CalendarDate {
  return a !== undefined && compareDates(a, b) > 0 ? a : b;
}

/** `date` plus whole days (a UTC day has no DST gap, so this is plain calendar counting). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = parseOrThrow(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return format({ year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() });
}

/**
 * `date` plus whole calendar months. When the target month is too short (31 January
 * plus three months), the result is the target month's last day and `overflow` is the
 * day after it: the other reading of "N months after", which a human must weigh.
 */
export function addMonths(date: CalendarDate, months: number): { date: CalendarDate; overflow: CalendarDate | null } {
  const { year, month, day } = parseOrThrow(date);
  const index = year * 12 + (month - 1) + months;
  const target = { year: Math.floor(index / 12), month: (index % 12) + 1, day };
  const last = daysInMonth(target.year, target.month);
  if (day <= last) return { date: format(target), overflow: null };
  // The other reading is the first of the next month, built rather than counted: the month may be past 9999.
  const next = index + 1;
  return { date: format({ ...target, day: last }), overflow: format({ year: Math.floor(next / 12), month: (next % 12) + 1, day: 1 }) };
}

/** `date` plus whole years; 29 February lands on 28 February, with 1 March as `overflow`. */
export function addYears(date: CalendarDate, years: number) {
  return addMonths(date, years * 12);
}

/** Today on the local calendar of whoever runs the code (the person's own day). */
export function today(now: Date = new Date()): CalendarDate {
  return format({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
