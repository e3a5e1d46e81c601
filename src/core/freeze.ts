/**
 * `value` with every object and array in it frozen: for validated datasets, which are
 * trusted from then on (see validate() in shipped-data.ts).
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
