import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { FeatureChunk, TRAINING } from '../../src/element/lazy-feature.js';
import type { OpEligibility } from '../../src/index.js';
import { $, active, AS_OF, currentQuestion, fill, heldPatience, microtasksUntil, settle } from './helpers.js';

/*
 * Training mode's module long in coming, then arriving while the trainer answers. In a page
 * of its own (the module must not be here yet), apart from training-offline.test.ts, whose
 * last test brings it.
 */

describe('training mode arriving late', () => {
  it('the trainer on a question meanwhile: the scenario opens on its first question, focus on its heading, not lost to the page', async () => {
    const patience = heldPatience();
    let arrive = (): void => {};
    TRAINING.load = () => new Promise((resolve, reject) => (arrive = () => FeatureChunk.prototype.load.call(TRAINING).then(resolve, reject)));
    const el = document.createElement('op-eligibility') as OpEligibility;
    try {
      el.setAttribute('mode', 'training');
      el.setAttribute('as-of', AS_OF);
      el.setAttribute('scenario', 'eviction-spain');
      document.body.append(el);
      await microtasksUntil(() => el.shadowRoot?.querySelector('slot') != null);
      patience.runOut();
      await microtasksUntil(() => currentQuestion(el) === 'state');
      await fill(el, 'ES');
      $<HTMLElement>(el, '[part~="continue"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await microtasksUntil(() => currentQuestion(el) === 'jurisdiction');
      $<HTMLInputElement>(el, 'input[type="radio"]')!.focus();

      arrive();
      await waitUntil(() => $(el, '[part="training"]') !== null, 'training mode arrives');
      await settle(el);
      expect(currentQuestion(el)).to.equal('state');
      expect(active(el)).to.equal($(el, '#step-heading'));
    } finally {
      patience.restore();
      el.remove();
    }
  });
});
