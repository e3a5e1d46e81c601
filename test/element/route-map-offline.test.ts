import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { ROUTE_MAP } from '../../src/element/lazy-feature.js';
import { $, confirm, make, openRouteMap } from './helpers.js';
import { ROUTES } from './paths.js';

/* In a page of its own, so the route map's module is not here yet: its fetch is made to fail. */

describe('the route map’s module failing to arrive', () => {
  it('"Show the route map" says it could not be loaded, not an empty panel', async () => {
    ROUTE_MAP.load = () => Promise.reject(new Error('offline'));
    const el = await make({ answers: Object.fromEntries(ROUTES['likely-admissible'].steps) });
    await confirm(el);
    const warn = console.warn;
    console.warn = () => {};
    try {
      await openRouteMap(el);
    } finally {
      console.warn = warn;
    }
    expect($(el, '.route-map-disclosure .caption')?.textContent!.trim()).to.equal(
      'The route map could not be loaded. Check your internet connection, then reload the page.',
    );
    expect($(el, '.route-map')).to.equal(null);
  });
});
