import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { OpEligibility } from '../../src/index.js';
import { FeatureChunk, RESULT } from '../../src/element/lazy-feature.js';
import { $, active, confirm, liveText, make, quietly, reasonCodes, RESULT_FAILED } from './helpers.js';
import { answersOf, ROUTES } from './paths.js';

/*
 * Several elements on a page share the result's module. This file runs in a page of its
 * own, so the module is not here yet (once here, it stays for the page).
 */

describe('several elements whose result details could not be loaded', () => {
  it('two elements: "Try again" in one brings them to both, where focus stays put and the failure is no longer said', async () => {
    let online = false;
    RESULT.load = () => (online ? FeatureChunk.prototype.load.call(RESULT) : Promise.reject(new Error('offline')));
    let first!: OpEligibility;
    let second!: OpEligibility;
    await quietly(async () => {
      first = await make({ answers: answersOf('likely-admissible') });
      second = await make({ answers: answersOf('likely-admissible') });
      await confirm(first);
      await confirm(second);
    });
    for (const el of [first, second]) expect($(el, '.result .caption')!.textContent!.trim()).to.equal(RESULT_FAILED);
    expect(liveText(second)).to.equal(RESULT_FAILED);

    online = true;
    $<HTMLButtonElement>(first, '[part~="retry"]')!.click();
    await first.updateComplete;
    await second.updateComplete;
    expect(reasonCodes(first)).to.deep.equal(ROUTES['likely-admissible'].reasons);
    expect(reasonCodes(second)).to.deep.equal(ROUTES['likely-admissible'].reasons);
    expect($(second, '[part~="retry"]')).to.equal(null);
    expect(active(first)?.id).to.equal('step-heading');
    expect(active(second)).to.equal(null);
    // Its live region, which a screen reader also reads in its place on the page, no longer says the details are missing.
    expect(liveText(second)).to.equal('');
    first.remove();
    second.remove();
  });
});
