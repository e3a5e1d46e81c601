import * as z from 'zod/mini';
import { LAST_YEAR } from '../core/dates.js';
import { describeValue, guarded, shortened, ValidationError } from '../core/errors.js';
import { once } from '../core/memo.js';
import { calendarDate } from '../core/schema-parts.js';

/** Parses one attribute or property with a zod/mini schema; a rejection names it and the value. */
function parseAttribute<T>(schema: z.ZodMiniType<T>, value: unknown, path: string, expected: string): T {
  return guarded('attribute', path, () => {
    const result = z.safeParse(schema, value);
    if (result.success) return result.data;
    throw new ValidationError('attribute', [{ path, code: 'invalid', message: `must be ${expected} (got ${describeValue(value)})` }]);
  });
}

/** A simple attribute: its schema (built the first time a value other than the default is read), what it must be, and its default. */
export interface AttributeCheck<T> {
  readonly name: string;
  readonly schema: () => z.ZodMiniType<T>;
  readonly expected: string;
  readonly fallback: T;
}

/**
 * The attribute's `value` parsed, or its default when it is absent (removed or never set)
 * or rejected: a rejection goes to `reject`, so that the host hears of it and the element
 * keeps working. The default itself needs no check.
 */
export function readAttribute<T>(check: AttributeCheck<T>, value: unknown, reject: (error: ValidationError) => void): T {
  if (value === undefined || value === null || value === check.fallback) return check.fallback;
  try {
    return parseAttribute(check.schema(), value, check.name, check.expected);
  } catch (error) {
    reject(error as ValidationError);
    return check.fallback;
  }
}

/**
 * A whole-number attribute (`heading-level`, `persist-ttl`) read as Lit's Number type reads
 * it, but text that is no number kept as written, so that its refusal quotes what the host
 * wrote: `heading-level=""` read "(got 0)", and "three" "(got NaN)".
 */
export const numberAttribute = {
  fromAttribute: (value: string | null): number | string | null => {
    if (value === null) return null;
    const number = Number(value);
    return value.trim() === '' || Number.isNaN(number) ? value : number;
  },
};

const MODES = ['screening', 'training'] as const;
export type Mode = (typeof MODES)[number];

export const DEFAULT_HEADING_LEVEL = 2;

export const HEADING_LEVEL: AttributeCheck<number> = {
  name: 'heading-level',
  schema: once(() => z.int().check(z.gte(1), z.lte(6))),
  expected: 'a whole number from 1 to 6',
  fallback: DEFAULT_HEADING_LEVEL,
};

export const MODE: AttributeCheck<Mode> = {
  name: 'mode',
  schema: once(() => z.enum(MODES)),
  expected: '"screening" or "training"',
  fallback: 'screening',
};

/** `as-of`: absent, the screening's date is the person's today. */
export const AS_OF: AttributeCheck<string | undefined> = {
  name: 'as-of',
  schema: calendarDate,
  // The years too, as the engine's dates say: 9999-12-31 is a real date, refused all the same.
  expected: `a real calendar date written YYYY-MM-DD, in the years 1900 to ${LAST_YEAR}`,
  fallback: undefined,
};

/**
 * Data the element takes as properties only. Given as attributes they are refused by name:
 * a framework that renders <op-eligibility> before it is defined (React 19 loading it lazily)
 * writes them as attributes, `answers="[object Object]"`, and the object is lost. The value,
 * which may be the person's answers, is never repeated.
 */
export const PROPERTY_ONLY: readonly string[] = ['answers', 'parties', 'procedures'];

export function propertyOnlyRefusal(name: string): ValidationError {
  const message = 'is a property, not an attribute, and is ignored: set it from a script (a framework writes it as an attribute when <op-eligibility> is not yet defined: import op-eligibility before the first render)';
  return new ValidationError('attribute', [{ path: name, code: 'invalid', message }]);
}

/** What follows refused saved answers: a fresh start, or, once the person has answered here (`persist` set late) or the host passed answers, those. */
export const SCREENING_STARTS_AFRESH = 'the screening starts afresh';
export const SCREENING_GOES_ON = 'the screening goes on with the answers given on this page';

/** `scenario` given while the element is not in training mode: it is ignored, and the host is told why. */
export function scenarioOutsideTraining(): ValidationError {
  return new ValidationError('attribute', [{ path: 'scenario', code: 'invalid', message: 'is played only in training mode (mode="training")' }]);
}

/**
 * What the element does instead of what it refused: a host reading "the default" after
 * refused answers would think the person's answers were reset.
 */
const INSTEAD: Partial<Record<ValidationError['input'], string>> = {
  answers: 'the screening keeps the answers it had',
  parties: 'using the shipped table instead',
  procedures: 'using the shipped table instead',
};

/**
 * What the console says of a rejection, and what the element does instead. Answers, the
 * host's or saved ones, are the person's, and some sites send the console to a logging
 * service: it names where they were refused, never what they were. The
 * `op-eligibility-error` event carries the whole error to the host.
 */
export function warningOf(error: ValidationError, instead = INSTEAD[error.input] ?? 'using the default instead'): string {
  if (error.input !== 'answers' && error.input !== 'saved-state') return `${error.message}; ${instead}.`;
  const paths = error.issues.map((issue) => shortened(issue.path) || '(root)');
  const named = paths.length > 5 ? [...paths.slice(0, 5), `${paths.length - 5} more`] : paths;
  return `Invalid ${error.input} at ${named.join(', ')} (the op-eligibility-error event has the details); ${instead}.`;
}
