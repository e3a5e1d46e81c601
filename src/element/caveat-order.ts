import type { Route, RouteCaveat } from '../core/index.js';
import { ONCE, URGENT } from './route-groups.js';

/*
 * The order a route's own caveats are said in, on its card (routes-view.ts) and in the
 * hand-off summary: one order, defined here, so a clinic reading the copy finds a card's
 * cautions where the person saw them.
 */

/**
 * Caveats shown as a caution rather than as a plain note: facts the data could not confirm, a time limit that passed
 * or may have, and what the body's own rule says of a problem another body has (or had).
 */
const CAUTIONS: readonly RouteCaveat[] = [
  'membership-unconfirmed',
  'not-yet-in-force',
  'facts-before-procedure',
  'same-matter-refused',
  'same-matter-while-pending',
  'same-matter-extended-by-reservations',
  'same-matter-may-refuse',
  'same-matter-here',
  'time-limit-passed',
  'time-limit-may-have-passed',
];

/**
 * Said right under what the route covers: what it can do at once against harm about to happen. Where that comes
 * only with a complaint ('urgent-measures', a committee's interim measures) and the body waits (or normally waits) for the courts,
 * that wait first: "say so when you complain here" read, to a person in danger, as "complain here now".
 */
export function leadCaveats(route: Pick<Route, 'caveats'>): RouteCaveat[] {
  const urgent = route.caveats.filter((c) => URGENT.includes(c));
  const wait = urgent.includes('urgent-measures') ? route.caveats.filter((c) => c === 'remedies-first' || c === 'remedies-unknown') : [];
  return [...wait, ...urgent];
}

/**
 * The route's other caveats, after why it may fit: its cautions, then its notes, each in the engine's order (the
 * hand-off says them in that order: `laterCaveats(route).flat()`). Not those said once for every route (ONCE) nor
 * those said first (leadCaveats()); 'reservations-may-limit', in ONCE, is said beside the date the State accepted it.
 */
export function laterCaveats(route: Pick<Route, 'caveats'>): [cautions: RouteCaveat[], notes: RouteCaveat[]] {
  const lead = leadCaveats(route);
  const rest = route.caveats.filter((c) => !ONCE.includes(c) && !lead.includes(c));
  return [rest.filter((c) => CAUTIONS.includes(c)), rest.filter((c) => !CAUTIONS.includes(c))];
}
