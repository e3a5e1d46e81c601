/**
 * What kind of problem an issue is, for a program to branch on (the message is for people):
 * `required`, an answer the route needs (ask the person) or a record a table must keep;
 * `invalid`, a value of the wrong type or form, or that contradicts another;
 * `unknown-field`, a key no schema names; `unknown-state`, a code no UN Treaty Collection
 * participant has; `date-in-future`, a date after the assessment date; `unreadable`, input
 * that threw when read; `unavailable`, a feature the browser refuses (storage).
 */
export type IssueCode = 'required' | 'invalid' | 'unknown-field' | 'unknown-state' | 'date-in-future' | 'unreadable' | 'unavailable';

/** One problem found in a piece of input, naming where it is. */
export interface ValidationIssue {
  /** Where the problem is: `finalDecisionDate`, `states.3.consentedOn`, `as-of`. */
  path: string;
  code: IssueCode;
  message: string;
}

/** What was being validated when the problem was found. */
export type InputKind = 'answers' | 'options' | 'parties' | 'procedures' | 'routes' | 'saved-state' | 'attribute';

/**
 * Thrown (headless) or carried by the `op-eligibility-error` event (element) when input
 * is rejected. Its message names the first bad field and why; `issues` lists them all.
 */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly input: InputKind,
    readonly issues: readonly ValidationIssue[],
  ) {
    const first = issues[0];
    super(
      `Invalid ${input}${first ? `: ${shortened(first.path) || '(root)'} ${first.message}` : ''}` +
        (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''),
    );
  }
}

/**
 * `text` cut to a few dozen characters: a path or key named in a message (an unknown key, an
 * element's id) can be as long as the host makes it. The issues keep it whole.
 */
export const shortened = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * Runs `read` on host input and turns anything it throws into a ValidationError: a
 * getter or Proxy trap that throws, or input so deep a parser gives up, is a bad record
 * (a batch goes on) or a rejected attribute (the element uses its default), never a crash.
 */
export function guarded<T>(kind: InputKind, path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError(kind, [{ path, code: 'unreadable', message: 'could not be read (it threw when inspected)' }]);
  }
}

interface ZodLikeIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  keys?: readonly string[];
  values?: readonly unknown[];
  expected?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  errors?: readonly (readonly ZodLikeIssue[])[];
}

/**
 * A short, printable description of any value a host hands us, for error messages. It
 * never throws, even for a Proxy whose every trap throws, and never repeats more than a
 * few dozen characters of a huge string.
 */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(shortened(value));
    if (typeof value === 'symbol' || typeof value === 'function') return `a ${typeof value}`;
    // Not its digits: 3n would read as the 3 that was asked for, and 10n ** 100000n has 100,001.
    if (typeof value === 'bigint') return 'a BigInt';
    if (value === null || typeof value !== 'object') return String(value);
    if (value instanceof Date) return 'a Date object';
    // Its length, not its items: "must be a list of at least 1 item (got an array)" hid that it was empty.
    if (Array.isArray(value)) return value.length ? `a list of ${value.length} item${value.length === 1 ? '' : 's'}` : 'an empty list';
    return 'an object';
  } catch {
    return 'an unreadable value';
  }
}

// zod/mini ships no messages (its English locale would weigh on the embed): where a schema
// sets none, say what was expected from the issue's own facts.
const DEFAULT_MESSAGE = 'Invalid input';
const KINDS: Record<string, string> = { object: 'an object', array: 'a list', string: 'a string', number: 'a number', int: 'a whole number', boolean: 'true or false' };

/** What the issue expected, as "X", "X or Y" or "one of X, Y, Z"; null when zod does not say. */
function expectation(issue: ZodLikeIssue): string | null {
  if (issue.code === 'invalid_value' && issue.values?.length) {
    const values = issue.values.map((v) => JSON.stringify(v));
    return values.length === 1 ? values[0]! : `one of ${values.join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.expected) return KINDS[issue.expected] ?? issue.expected;
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const [bound, word] = issue.code === 'too_small' ? [issue.minimum, issue.inclusive === false ? 'more than' : 'at least'] : [issue.maximum, issue.inclusive === false ? 'less than' : 'at most'];
    // A number's bound ("months must be at most 60"), or a text's or a list's length.
    const limit = `${word} ${String(bound)}`;
    const one = bound === 1;
    return issue.origin === 'string' ? `${limit} character${one ? '' : 's'} long` : issue.origin === 'array' ? `a list of ${limit} item${one ? '' : 's'}` : limit;
  }
  if (issue.code === 'invalid_union' && issue.errors?.length) {
    const each = issue.errors.map((branch) => (branch.length === 1 && branch[0]!.path.length === 0 ? expectation(branch[0]!) : null));
    return each.every((e) => e !== null) ? each.join(' or ') : null;
  }
  return null;
}

/** The value at `path` in `input`, if it can be read. */
function valueAt(input: unknown, path: readonly PropertyKey[]): { value: unknown } | null {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return null;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { value };
}

function messageOf(issue: ZodLikeIssue, input: unknown): string {
  if (issue.message !== DEFAULT_MESSAGE) return issue.message;
  // A choice whose one branch says all it takes ("a real calendar date …, or "unknown""): that, not "a string or "unknown"".
  const own = issue.errors?.flat().find((branch) => branch.path.length === 0 && branch.message !== DEFAULT_MESSAGE);
  if (own) return own.message;
  const expected = expectation(issue);
  if (!expected) return 'is not valid';
  let found: { value: unknown } | null = null;
  let missing = false;
  try {
    found = valueAt(input, issue.path);
    // A field left out of its record: "must be one of …" alone read as a wrong value, and the clinic looked for one.
    const record = found || issue.path.length === 0 ? null : valueAt(input, issue.path.slice(0, -1))?.value;
    missing = typeof record === 'object' && record !== null;
  } catch {
    // A getter or Proxy that throws: say what was expected, without the value.
  }
  if (missing) return `is missing: it must be ${expected}`;
  return `must be ${expected}${found ? ` (got ${describeValue(found.value)})` : ''}`;
}

/**
 * The row of a table that `path` runs through, by its own name: a State's `code`, a
 * route's `procedure`, a mandate's `id`. A clinic editing a 170-row table reads
 * "states.37.consentedOn" and has to count rows to find Cyprus. Not when the issue is that
 * very field: its message shows the value already.
 */
function rowName(input: unknown, path: readonly PropertyKey[]): string | undefined {
  const i = path.findIndex((key) => typeof key === 'number');
  try {
    const row = i < 0 ? null : (valueAt(input, path.slice(0, i + 1))?.value as Record<string, string> | null | undefined);
    const field = ['code', 'procedure', 'id'].find((k) => typeof row?.[k] === 'string' && path[i + 1] !== k);
    return field && shortened(row![field]!);
  } catch {
    // A getter or Proxy that throws: the path alone names the row.
    return undefined;
  }
}

/**
 * Converts zod issues, naming unrecognised keys one by one. Given the `value` that was
 * parsed, an issue without a message of its own says what was expected and what it got,
 * and one in a table's row names the row (rowName); `at` names where that value sits in a
 * larger input. The path stays as it was, for a program to read.
 */
export function toValidationError(input: InputKind, issues: readonly ZodLikeIssue[], value?: unknown, at: readonly PropertyKey[] = []): ValidationError {
  return new ValidationError(
    input,
    issues.flatMap((issue): ValidationIssue[] => {
      const base = [...at, ...issue.path].map(String).join('.');
      const row = rowName(value, issue.path);
      const named = (message: string) => (row ? `(record ${row}) ` : '') + message;
      if (issue.code === 'unrecognized_keys' && issue.keys) {
        return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, code: 'unknown-field', message: named('is not a known field') }));
      }
      return [{ path: base, code: 'invalid', message: named(messageOf(issue, value)) }];
    }),
  );
}
