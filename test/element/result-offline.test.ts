import { expect } from '@open-wc/testing';
import { css, ReactiveElement } from 'lit';
import '../../src/index.js';
import type { OpEligibility } from '../../src/index.js';
import { FeatureChunk, LazyFeature, RESULT } from '../../src/element/lazy-feature.js';
import { $, active, clickAt, confirm, headingText, liveText, make, microtasksUntil, quietly, reasonCodes, RESULT_FAILED, summaryOf, urgentResult, withClickCount } from './helpers.js';
import { answersOf, ROUTES } from './paths.js';

/*
 * The result's module fails to arrive only after the result is on screen: a connection
 * that hangs, then drops. This file runs in a page of its own, so the module is not here
 * yet, and its fetch is made to fail late.
 */

describe('the result’s module failing after the result shows', () => {
  it('turns "Loading…" into the failure, with the urgent help, focused and said once', async () => {
    let fail = (): void => {};
    RESULT.load = () => new Promise((_, reject) => (fail = () => reject(new Error('offline'))));
    const el = await urgentResult((el) => $(el, '.result') !== null);
    expect($(el, '.result .caption')!.textContent!.trim()).to.equal('Loading the reasons and next steps…');

    await quietly(async () => {
      fail();
      await el.updateComplete;
    });
    expect(headingText(el)).to.equal('You may be able to complain to the Committee');
    expect($(el, '.result .caption')!.textContent!.trim()).to.equal(RESULT_FAILED);
    expect($(el, '.result .urgent')?.textContent!.trim()).to.equal(
      'It is urgent: get help now from a lawyer or a human rights organisation, without waiting for these details.',
    );
    expect(active(el)?.id).to.equal('step-heading');
    expect(liveText(el)).to.equal(RESULT_FAILED);
    el.remove();
  });

  withClickCount('a double tap on Confirm while the details load: its second tap does not press the stand-in’s "Start again"', async () => {
    RESULT.load = () => new Promise(() => {});
    const el = await summaryOf(answersOf('likely-admissible'));
    await clickAt($(el, '[part~="confirm"]')!, 1);
    await microtasksUntil(() => $(el, '.result') !== null);
    expect($(el, '.result .caption')!.textContent!.trim()).to.equal('Loading the reasons and next steps…');
    await clickAt($(el, '.result [part~="restart"]')!, 2);
    expect($(el, '.result')?.getAttribute('data-outcome')).to.equal('likely-admissible');
    el.remove();
  });

  it('a feature that could not be fetched is fetched again when next asked for, not given the same failure: the connection may be back', async () => {
    const arrived = { styles: css`` };
    let fetches = 0;
    const chunk = new FeatureChunk('result', () => (++fetches === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(arrived)));
    const first = await chunk.load().then(
      () => 'loaded',
      (error: Error) => error.message,
    );
    expect(first).to.equal('offline');
    expect(await chunk.load()).to.equal(arrived);
    expect(chunk.module).to.equal(arrived);
    // Once here, it is not fetched again.
    await chunk.load();
    expect(fetches).to.equal(2);
  });

  it('an element removed after a feature failed is not kept, nor woken, by another element’s "Try again"; back on the page, it has the feature', async () => {
    /** A bare host for the feature, counting its updates. */
    class Host extends ReactiveElement {
      updates = 0;
      protected override update(changed: Map<PropertyKey, unknown>): void {
        super.update(changed);
        this.updates += 1;
      }
    }
    customElements.define('lazy-feature-host', Host);
    let fetches = 0;
    const chunk = new FeatureChunk('result', () => (++fetches === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ styles: css`` })));
    const host = new Host();
    const feature = new LazyFeature(host, chunk);
    document.body.append(host);
    await quietly(async () => {
      feature.request();
      await feature.settled();
    });
    expect(feature.failed).to.equal(true);

    // A framework removes it (a kiosk's next visitor); the feature stays missing for now.
    host.remove();
    await host.updateComplete;
    const before = host.updates;
    await chunk.load();
    await host.updateComplete;
    expect(host.updates, 'the chunk still held the removed element, and updated it').to.equal(before);

    document.body.append(host);
    await host.updateComplete;
    expect(feature.failed, 'it found the feature here on its return').to.equal(false);
    host.remove();
  });

  /** The module fails to come `failures` times (offline), then comes. */
  const offlineFor = (failures: number) => {
    let left = failures;
    RESULT.load = () => (left-- > 0 ? Promise.reject(new Error('offline')) : FeatureChunk.prototype.load.call(RESULT));
  };

  it('"Try again" fetches the details again, keeping the answers: the whole result then shows, focused', async () => {
    // At the first answer, then on reaching the result, then at the first "Try again".
    offlineFor(3);
    let el!: OpEligibility;
    await quietly(async () => {
      el = await make({ answers: answersOf('likely-admissible') });
      await confirm(el);
    });
    expect($(el, '.result .caption')!.textContent!.trim()).to.equal(RESULT_FAILED);

    // Still offline: it says so again, and focus stays on the result.
    await quietly(async () => {
      $<HTMLButtonElement>(el, '[part~="retry"]')!.click();
      await el.updateComplete;
    });
    expect($(el, '.result .caption')!.textContent!.trim()).to.equal(RESULT_FAILED);
    expect(active(el)?.id).to.equal('step-heading');
    expect(liveText(el)).to.equal(RESULT_FAILED);

    // The connection is back.
    $<HTMLButtonElement>(el, '[part~="retry"]')!.click();
    await el.updateComplete;
    expect(reasonCodes(el)).to.deep.equal(ROUTES['likely-admissible'].reasons);
    expect($(el, '[part~="retry"]')).to.equal(null);
    expect(active(el)?.id).to.equal('step-heading');
    el.remove();
  });

  it('fetches the details again when the result is reached, after they failed at the first answer', async () => {
    offlineFor(1);
    let el!: OpEligibility;
    await quietly(async () => {
      el = await make({ answers: answersOf('likely-admissible') });
    });
    await confirm(el);
    expect(reasonCodes(el)).to.deep.equal(ROUTES['likely-admissible'].reasons);
    expect($(el, '.result .caption')).to.equal(null);
    expect(active(el)?.id).to.equal('step-heading');
    el.remove();
  });
});
