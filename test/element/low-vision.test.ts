import { expect } from '@open-wc/testing';
import type { OpEligibility } from '../../src/index.js';
import { $, $$, answer, backdrop, confirm, contrast, make, openRouteMap } from './helpers.js';
import { ROUTES } from './paths.js';
import { makeTraining } from './training-helpers.js';

/** A result in screening mode with its route map open. */
async function screeningMap(): Promise<OpEligibility> {
  const el = await make();
  for (const [, value] of ROUTES['not-admissible'].steps) await answer(el, value);
  await confirm(el);
  await openRouteMap(el);
  return el;
}

/** The lowest contrast of the map's routes not taken against the surface they are drawn on. */
function weakestEdge(el: OpEligibility): number {
  const edges = $$(el, '.route-map-svg path.edge:not(.taken)');
  expect(edges).to.not.be.empty;
  const behind = backdrop($(el, '.route-map-svg')!);
  return Math.min(...edges.map((edge) => contrast(getComputedStyle(edge).stroke, behind)));
}

describe('route map, for a low-vision reader', () => {
  it('draws the routes not taken at 3:1 or more against the map’s surface (WCAG 1.4.11), on the result page and in the trainer’s panel', async () => {
    expect(weakestEdge(await screeningMap())).to.be.at.least(3);
    expect(weakestEdge(await makeTraining({ scenario: 'late-portugal' }))).to.be.at.least(3);
  });

});
