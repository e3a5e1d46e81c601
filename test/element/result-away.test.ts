import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { FeatureChunk, RESULT } from '../../src/element/lazy-feature.js';
import { $, active, outcome, record, settle, urgentResult } from './helpers.js';

/*
 * The element taken off the page while its result's module is on its way. This file runs
 * in a page of its own, so the module is not here yet.
 */

describe('removed while the result’s module is on its way', () => {
  it('removed while its result loads (the person navigated away in the app), it tells the host nothing until it is back, and then takes no focus', async () => {
    let arrive = (): void => {};
    RESULT.load = () => new Promise<void>((resolve) => (arrive = resolve)).then(() => FeatureChunk.prototype.load.call(RESULT));
    const el = await urgentResult((el) => $(el, '.result') !== null);
    const heard = record(el);
    el.remove();
    arrive();
    await el.updateComplete;
    expect(heard.step.length + heard.complete.length, 'events from an element no longer on the page').to.equal(0);

    // A framework's kept view shown again (Vue's KeepAlive): the host hears the result now, once.
    const before = document.createElement('button');
    document.body.append(before, el);
    before.focus();
    await settle(el);
    expect(outcome(el)).to.equal('likely-admissible');
    expect(heard.step.map((e) => e.detail.step.kind)).to.deep.equal(['result']);
    expect(heard.complete.length).to.equal(1);
    expect(document.activeElement, 'focus stays where the person put it').to.equal(before);
    expect(active(el)).to.equal(null);
    el.remove();
    before.remove();
  });
});
