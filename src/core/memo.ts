/** Two ways of not working something out twice. */

/**
 * `make()` on the first call, its result on every later one: for what is costly to build
 * and not needed before the first question (schemas, validated datasets, Intl objects).
 * A call that throws is not remembered: the next one tries again, and throws again.
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * `compute(key)`, remembered for the last key only (compared by identity). For what the
 * flow's guards and output ask about one context several times in a row: contexts are
 * never mutated, and most live for a single step, so a cache per key would cost more
 * than it saves.
 */
export function rememberLast<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  let last: K | null = null;
  let value: T;
  return (key: K): T => {
    if (key !== last) {
      value = compute(key);
      last = key;
    }
    return value;
  };
}
