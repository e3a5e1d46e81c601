/** A seeded generator (mulberry32): `next()` in [0, 1), `pick()` one item of a non-empty list. */
export interface SeededRandom {
  next(): number;
  pick<T>(list: readonly T[]): T;
}
export function seededRandom(seed: number): SeededRandom;
