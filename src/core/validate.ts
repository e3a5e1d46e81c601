import * as z from 'zod/mini';
import { guarded, toValidationError, type InputKind } from './errors.js';
import { deepFreeze, type DeepReadonly } from './freeze.js';

/**
 * `value` parsed by `schema`, frozen, or a ValidationError; `at` names where the value sits
 * in a larger input. Frozen: a dataset is validated once and then trusted, so an edit in
 * place (a row pushed onto `createEnvironment().parties.states`) would skip validation and
 * change every later result; it throws instead. zod's parse is a copy: the input stays the caller's.
 */
export function validate<T>(schema: z.ZodMiniType<T>, value: unknown, input: InputKind, at: PropertyKey[] = []): DeepReadonly<T> {
  // A host's dataset that throws when read (a Proxy, a getter) is refused like any bad one.
  return guarded(input, at.map(String).join('.'), () => {
    const result = z.safeParse(schema, value);
    if (!result.success) throw toValidationError(input, result.error.issues, value, at);
    return deepFreeze(result.data);
  });
}

// Host data is validated once per object and schema: a clinic screening 10,000 records
// with the same dataset pays for the check once.
const validated = new WeakMap<object, WeakMap<object, unknown>>();

/** validate(), once for each object a host passes (a value that is no object, each time). */
export function validateOnce<T>(schema: z.ZodMiniType<T>, value: unknown, input: InputKind): DeepReadonly<T> {
  if (value === null || typeof value !== 'object') return validate(schema, value, input);
  let bySchema = validated.get(schema);
  if (!bySchema) validated.set(schema, (bySchema = new WeakMap()));
  if (!bySchema.has(value)) bySchema.set(value, validate(schema, value, input));
  return bySchema.get(value) as DeepReadonly<T>;
}
