/**
 * `make()` on the first call, its result on every later one: for what is costly to build
 * and not needed before the first question (schemas, validated datasets, Intl objects).
 * A call that throws is not remembered: the next one tries again, and throws again.
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
