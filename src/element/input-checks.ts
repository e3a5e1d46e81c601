import * as z from 'zod/mini';
import { describeValue, ValidationError, type InputKind } from '../core/errors.js';

/**
 * Runs `read` on host input and turns anything it throws into a ValidationError: a
 * getter or Proxy trap that throws, or input so deep a parser gives up, must cost the
 * person nothing but the default.
 */
export function guarded<T>(kind: InputKind, path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError(kind, [{ path, message: 'could not be read (it threw when inspected)' }]);
  }
}

/** Parses one attribute or property with a zod/mini schema; a rejection names it and the value. */
export function parseAttribute<T>(schema: z.ZodMiniType<T>, value: unknown, path: string, expected: string): T {
  return guarded('attribute', path, () => {
    const result = z.safeParse(schema, value);
    if (result.success) return result.data;
    throw new ValidationError('attribute', [{ path, message: `must be ${expected} (got ${describeValue(value)})` }]);
  });
}
