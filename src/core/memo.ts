/** Three ways of not working something out twice. */

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

const VALUE = Symbol('value');
type Level = Map<unknown, Level | unknown>;

/**
 * `compute()` remembered by a sequence of keys (each compared as a Map key: by identity,
 * texts by content), one Map per key in the sequence: no key text to build and hash,
 * which cost a batch nearly as much as what it saved. Forgets everything once it holds
 * `limit` values, so that any input keeps it bounded.
 */
export function rememberBySequence<T>(limit: number): (keys: readonly unknown[], compute: () => T) => T {
  let root: Level = new Map();
  let size = 0;
  return (keys, compute) => {
    if (size >= limit) {
      root = new Map();
      size = 0;
    }
    let level = root;
    for (const key of keys) {
      let next = level.get(key) as Level | undefined;
      if (!next) level.set(key, (next = new Map()));
      level = next;
    }
    if (level.has(VALUE)) return level.get(VALUE) as T;
    const value = compute();
    level.set(VALUE, value);
    size++;
    return value;
  };
}
