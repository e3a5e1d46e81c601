import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { FeatureChunk, ROUTE_MAP } from '../../src/element/lazy-feature.js';
import type { OpEligibility } from '../../src/index.js';
import { $, active, confirm, liveText, make, openRouteMap, quietly, settle } from './helpers.js';
import { answersOf } from './paths.js';

/* In a page of its own, so the route map's module is not here yet: its fetch is made to fail. */

/** A result with "Show the route map" opened while the map's module cannot be fetched (its warning kept out of the log). */
async function routeMapOffline(): Promise<OpEligibility> {
  const el = await make({ answers: answersOf('likely-admissible') });
  await confirm(el);
  await quietly(() => openRouteMap(el));
  return el;
}

describe('the route map’s module failing to arrive', () => {
  it('"Show the route map" says it could not be loaded, not an empty panel', async () => {
    ROUTE_MAP.load = () => Promise.reject(new Error('offline'));
    const el = await routeMapOffline();
    expect($(el, '.route-map-disclosure .caption')?.textContent!.trim()).to.equal(
      'The route map could not be loaded. Check your internet connection, then try again.',
    );
    expect($(el, '.route-map')).to.equal(null);
    // Sized as the result's other buttons, though the panel's content is laid out in the browser's own slot.
    const height = (selector: string) => $(el, selector)!.getBoundingClientRect().height;
    expect(height('.route-map-disclosure [part~="retry"]')).to.equal(height('[part~="restart"]'));
  });

  it('"Try again" that fails again says so (the panel’s words are not in a live region)', async () => {
    ROUTE_MAP.load = () => Promise.reject(new Error('offline'));
    const el = await routeMapOffline();
    await quietly(async () => {
      $<HTMLButtonElement>(el, '.route-map-disclosure [part~="retry"]')!.click();
      await settle(el);
      await new Promise((resolve) => setTimeout(resolve));
      await settle(el);
    });
    expect($(el, '.route-map-disclosure [part~="retry"]')).to.exist;
    expect(liveText(el)).to.equal('The route map could not be loaded. Check your internet connection, then try again.');
  });

  it('"Try again" in the panel fetches the map again once the connection is back, keeping the result', async () => {
    let offline = true;
    ROUTE_MAP.load = () => (offline ? Promise.reject(new Error('offline')) : FeatureChunk.prototype.load.call(ROUTE_MAP));
    const el = await routeMapOffline();
    offline = false;
    const retry = $<HTMLButtonElement>(el, '.route-map-disclosure [part~="retry"]')!;
    retry.focus();
    retry.click();
    await el.updateComplete;
    expect($(el, '.route-map')).not.to.equal(null);
    expect(active(el), 'focus stays in the panel, not on the top of the page').to.equal($(el, '.route-map-disclosure > summary'));
    expect($(el, '.route-map-disclosure .caption')).to.equal(null);
    expect($(el, '.result')?.getAttribute('data-outcome')).to.equal('likely-admissible');
  });
});
