/** One problem found in a piece of input, naming where it is. */
export interface ValidationIssue {
  /** Where the problem is: `finalDecisionDate`, `states.3.consentedOn`, `as-of`. */
  path: string;
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
      `Invalid ${input}${first ? `: ${first.path || '(root)'} ${first.message}` : ''}` +
        (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''),
    );
  }
}

interface ZodLikeIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  keys?: readonly string[];
}

/** Converts zod issues, naming unrecognised keys one by one. */
export function toValidationError(input: InputKind, issues: readonly ZodLikeIssue[]): ValidationError {
  return new ValidationError(
    input,
    issues.flatMap((issue) => {
      const base = issue.path.map(String).join('.');
      if (issue.code === 'unrecognized_keys' && issue.keys) {
        return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, message: 'is not a known field' }));
      }
      return [{ path: base, message: issue.message }];
    }),
  );
}
