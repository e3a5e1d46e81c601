/*
 * Which <op-eligibility> on this page holds each storage key (persistence.ts), so that two
 * elements never share saved answers, and the elements refused a key, waiting for it.
 */

/** Which element holds each key on this page, so that two elements never share saved answers. */
const owners = new Map<string, object>();

/** Elements refused a key, each waiting for the element holding it to leave the page. */
const waiting = new Map<string, Set<() => void>>();

/** Whether an element on this page holds `key`. */
export const keyHeld = (key: string): boolean => owners.has(key);

/** Another element than `owner` on this page holds `key`. */
export function keyHeldByAnother(key: string, owner: object): boolean {
  const holder = owners.get(key);
  return holder !== undefined && holder !== owner;
}

/** Gives `key` to `owner`; the caller has checked that no other element holds it (keyHeldByAnother). */
export function holdKey(key: string, owner: object): void {
  owners.set(key, owner);
}

/** Lets go of `key` if `owner` holds it, and then tells those waiting for it (whenFree). */
export function releaseKey(key: string, owner: object): void {
  if (owners.get(key) !== owner) return;
  owners.delete(key);
  // Told after this turn: an element that only reopens its store (a new `persist-ttl`) takes the key back first.
  queueMicrotask(() => {
    if (owners.has(key)) return;
    for (const free of [...(waiting.get(key) ?? [])]) free();
  });
}

/**
 * Calls `free` once no element other than `owner` holds `key`: a framework that replaces
 * one element with another of the same id shows both a moment (a transition), and the new
 * one was refused the key. Returns a function that stops waiting, or null when no other
 * element holds it now (nothing to wait for).
 */
export function whenFree(key: string, owner: object, free: () => void): (() => void) | null {
  if (!keyHeldByAnother(key, owner)) return null;
  let waiters = waiting.get(key);
  if (!waiters) waiting.set(key, (waiters = new Set()));
  const once = () => {
    waiters.delete(once);
    free();
  };
  waiters.add(once);
  return () => waiters.delete(once);
}
