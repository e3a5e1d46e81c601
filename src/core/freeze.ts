/**
 * `T` read-only all the way down: the type of what deepFreeze() returns, so that an edit
 * that would throw at run time (a row pushed onto a validated table) fails to compile.
 */
export type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/**
 * `value` with every object and array in it frozen: for validated datasets, which are
 * trusted from then on (see validate() in validate.ts).
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value as DeepReadonly<T>;
}
