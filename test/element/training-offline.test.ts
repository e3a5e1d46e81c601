import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { FeatureChunk, TRAINING } from '../../src/element/lazy-feature.js';
import type { OpEligibility } from '../../src/index.js';
import { $, active, AS_OF, currentQuestion, heldPatience, microtasksUntil, quietly, settle } from './helpers.js';
import { makeTraining } from './training-helpers.js';

/*
 * Training mode's module failing to arrive, or hanging. In a page of its own, so the module
 * is not here yet; the test that lets it arrive comes last.
 */

const notice = (el: OpEligibility) => $(el, '[part="training-unavailable"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

describe('training mode’s module failing to arrive', () => {
  it('offline: the questions show, with what is missing and "Try again", rather than "Loading…" for good', async () => {
    TRAINING.load = () => Promise.reject(new Error('offline'));
    let el!: OpEligibility;
    await quietly(async () => {
      el = await makeTraining({ scenario: 'eviction-spain' });
    });
    expect(currentQuestion(el)).to.equal('state');
    expect(notice(el)).to.equal(
      'Training mode could not be loaded: its scenarios and route map are missing. Check your internet connection, then try again. Try again',
    );
    expect($(el, '[part="training-unavailable"]')!.closest('[role="status"]'), 'said where it appears').to.exist;
    expect($(el, '[part="training"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('in the page’s language, whose training words are what is missing', async () => {
    TRAINING.load = () => Promise.reject(new Error('offline'));
    let el!: OpEligibility;
    await quietly(async () => {
      el = await makeTraining({ lang: 'fr' });
    });
    expect(notice(el)).to.equal(
      'Le mode formation n’a pas pu être chargé : ses scénarios et sa carte du parcours manquent. Vérifiez votre connexion Internet, puis réessayez. Réessayer',
    );
  });

  it('on a stalled connection: the page’s fallback until the module is long in coming, then the questions, saying it is still on its way', async () => {
    const patience = heldPatience();
    TRAINING.load = () => new Promise(() => {});
    const el = document.createElement('op-eligibility') as OpEligibility;
    try {
      el.setAttribute('mode', 'training');
      el.setAttribute('as-of', AS_OF);
      el.textContent = 'Loading the questions…';
      document.body.append(el);
      await microtasksUntil(() => el.shadowRoot?.querySelector('slot') != null);
      expect(currentQuestion(el)).to.equal(null);
      patience.runOut();
      await microtasksUntil(() => currentQuestion(el) !== null);
      expect(currentQuestion(el)).to.equal('state');
      expect(notice(el)).to.equal('Training mode is taking long to load. Its scenarios and route map will appear here when it arrives.');
      expect($(el, '[part="training-unavailable"] [part~="retry"]'), 'nothing to try again while it is on its way').to.equal(null);
    } finally {
      patience.restore();
      el.remove();
    }
  });

  it('"Try again", once the connection is back: the trainer’s panel and its scenario, focus on the step’s heading', async () => {
    let offline = true;
    TRAINING.load = () => (offline ? Promise.reject(new Error('offline')) : FeatureChunk.prototype.load.call(TRAINING));
    let el!: OpEligibility;
    await quietly(async () => {
      el = await makeTraining({ scenario: 'late-portugal' });
    });
    offline = false;
    $<HTMLButtonElement>(el, '[part="training-unavailable"] [part~="retry"]')!.click();
    await waitUntil(() => $(el, '[part="training"]') !== null, 'the trainer’s panel arrives');
    await settle(el);
    expect(notice(el)).to.equal(null);
    expect($(el, '.training-story')!.textContent).to.include('Portugal — dismissed when pregnant');
    expect(currentQuestion(el)).to.equal('state');
    expect(active(el)).to.equal($(el, '#step-heading'));
  });
});
