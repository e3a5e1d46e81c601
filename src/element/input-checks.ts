import * as z from 'zod/mini';
import { describeValue, guarded, ValidationError } from '../core/errors.js';

/** Parses one attribute or property with a zod/mini schema; a rejection names it and the value. */
export function parseAttribute<T>(schema: z.ZodMiniType<T>, value: unknown, path: string, expected: string): T {
  return guarded('attribute', path, () => {
    const result = z.safeParse(schema, value);
    if (result.success) return result.data;
    throw new ValidationError('attribute', [{ path, message: `must be ${expected} (got ${describeValue(value)})` }]);
  });
}
