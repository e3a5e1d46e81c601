import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { OpEligibility } from '../../src/index.js';
import { FeatureChunk, RESULT } from '../../src/element/lazy-feature.js';
import { $, active, currentQuestion, exitInAnotherTab, frames, heldPatience, idle, liveText, microtasksUntil, quietly, reasonCodes, summaryOf, urgentResult } from './helpers.js';
import { answersOf, ROUTES } from './paths.js';

/*
 * The result's module neither comes nor fails: a stalled connection. This file runs in a
 * page of its own, so the module is not here yet.
 */

describe('the result’s module hanging', () => {
  /** "Try again" while the details hang: the urgent help, shown before, stays. */
  async function retryWhileHanging(el: OpEligibility): Promise<void> {
    RESULT.load = () => new Promise(() => {});
    $<HTMLButtonElement>(el, '[part~="retry"]')!.click();
    await microtasksUntil(() => $(el, '[part~="retry"]') === null);
    expect($(el, '.result .caption')!.textContent!.trim()).to.equal('Loading the reasons and next steps…');
    expect($(el, '.result .urgent'), 'shown before, it stays').to.exist;
  }

  it('"Try again" after details that hung, then failed: the urgent help stays while they are fetched again, not taken away for a new wait', async () => {
    const patience = heldPatience();
    let fail = (): void => {};
    RESULT.load = () => new Promise((_, reject) => (fail = () => reject(new Error('offline'))));
    const el = await urgentResult((el) => $(el, '.result') !== null);
    try {
      patience.runOut();
      await microtasksUntil(() => $(el, '.result .urgent') !== null);
      await quietly(async () => {
        fail();
        await microtasksUntil(() => $(el, '[part~="retry"]') !== null);
      });
      await retryWhileHanging(el);
    } finally {
      patience.restore();
      el.remove();
    }
  });

  it('"Try again" after details that could not be had at once (offline): the urgent help stays while they are fetched again', async () => {
    const patience = heldPatience();
    RESULT.load = () => Promise.reject(new Error('offline'));
    let el!: OpEligibility;
    try {
      await quietly(async () => {
        el = await urgentResult((el) => $(el, '[part~="retry"]') !== null);
      });
      expect($(el, '.result .urgent')).to.exist;
      await retryWhileHanging(el);
    } finally {
      patience.restore();
      el?.remove();
    }
  });

  it('Confirm pressed while the details are on their way: focus is on the outcome’s heading at once, not lost to the page, and stays there when the urgent help shows', async () => {
    const patience = heldPatience();
    RESULT.load = () => new Promise(() => {});
    let el!: OpEligibility;
    try {
      el = await summaryOf({ ...answersOf('likely-admissible'), urgency: 'yes' });
      $<HTMLButtonElement>(el, '[part~="confirm"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await microtasksUntil(() => active(el) !== null);
      // Not silent while the details load: a screen reader reads the outcome, then the caption below it.
      expect(active(el)).to.equal($(el, '#step-heading'));
      expect(active(el)!.textContent!.trim()).to.equal('You may be able to complain to the Committee');
      expect(active(el)!.nextElementSibling).to.equal($(el, '.result .caption'));
      patience.runOut();
      await microtasksUntil(() => $(el, '.result .urgent') !== null);
      // Then, from the heading it is on, the urgent help below it.
      expect(active(el)).to.equal($(el, '#step-heading'));
      expect(active(el)!.nextElementSibling).to.equal($(el, '.result .urgent'));
    } finally {
      patience.restore();
      el?.remove();
    }
  });

  it('a new day’s notice waiting with the details (Confirm the next day, a stalled connection) is not said after a quick exit in another tab: nothing tells the next person that someone had answered', async () => {
    const patience = heldPatience();
    RESULT.load = () => new Promise(() => {});
    const RealDate = Date;
    /** The page's clock a day on, as `today()` reads it. */
    class NextDay extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(RealDate.now() + 86_400_000);
        else super(...(args as [number]));
      }
    }
    // Without as-of: the screening's day is the person's today.
    const el = document.createElement('op-eligibility') as OpEligibility;
    el.lang = 'en';
    el.answers = answersOf('not-admissible');
    document.body.append(el);
    try {
      await microtasksUntil(() => $(el, '[part~="confirm"]') !== null);
      await idle();
      globalThis.Date = NextDay as DateConstructor;
      $<HTMLButtonElement>(el, '[part~="confirm"]')!.click();
      await microtasksUntil(() => $(el, '.result') !== null);
      await exitInAnotherTab();
      await waitUntil(() => currentQuestion(el) === 'state', 'wiped');
      await frames(1);
      expect(liveText(el)).to.equal('');
    } finally {
      globalThis.Date = RealDate;
      patience.restore();
      el.remove();
    }
  });

  it('details that hang (a stalled connection): after a while the urgent help shows without waiting for them; they show when they come', async () => {
    const patience = heldPatience();
    let arrive = (): void => {};
    RESULT.load = () => new Promise((resolve, reject) => (arrive = () => FeatureChunk.prototype.load.call(RESULT).then(resolve, reject)));
    const el = await urgentResult((el) => $(el, '.result') !== null);
    expect($(el, '.result .urgent')).to.equal(null);

    // Not updateComplete: it waits for the details.
    patience.runOut();
    patience.restore();
    await microtasksUntil(() => $(el, '.result .urgent') !== null);
    expect($(el, '.result .caption')!.textContent!.trim()).to.equal('Loading the reasons and next steps…');
    expect($(el, '.result .urgent')?.textContent!.trim()).to.equal(
      'It is urgent: get help now from a lawyer or a human rights organisation, without waiting for these details.',
    );
    expect($(el, '[part~="retry"]'), 'nothing failed yet').to.equal(null);

    arrive();
    await waitUntil(() => reasonCodes(el).length > 0, 'the details came');
    expect(reasonCodes(el)).to.include.members(ROUTES['likely-admissible'].reasons);
    expect($(el, '.result .caption')).to.equal(null);
    expect(active(el), 'on the whole result’s heading now').to.equal($(el, '#step-heading'));
    el.remove();
  });
});
