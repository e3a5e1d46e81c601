import * as z from 'zod/mini';
import { ValidationError, type InputKind } from '../core/index.js';

/**
 * A short, printable description of any value a host page may hand us, for warnings and
 * error messages. It never throws, even for a Symbol or a Proxy whose every trap throws,
 * and never repeats more than a few dozen characters of a huge string.
 */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    if (typeof value === 'symbol' || typeof value === 'function') return `a ${typeof value}`;
    if (value === null || typeof value !== 'object') return String(value);
    return Array.isArray(value) ? 'an array' : 'an object';
  } catch {
    return 'an unreadable value';
  }
}

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
