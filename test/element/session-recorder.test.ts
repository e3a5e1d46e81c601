import { expect } from '@open-wc/testing';
import { record } from '@rrweb/record';
import { $, frames, make, reachResult } from './helpers.js';

/**
 * A partner's page may run a session recorder (Hotjar, Clarity, PostHog, Sentry Replay...)
 * that records visits to replay them. rrweb, the recorder several of them build on, stands
 * in for them here, at its defaults: nothing of the person's answers may reach it.
 */
describe('a session recorder on the host page', () => {
  it('records none of the answers, the result or the summary, and no choice or date as it is made', async () => {
    const events: { type: number; data?: { source?: number } }[] = [];
    const pageText = document.createElement('p');
    pageText.textContent = 'Our partner’s own words';
    document.body.append(pageText);
    const stop = record({ emit: (event) => void events.push(event as (typeof events)[number]) })!;
    try {
      const el = await make();
      await reachResult(el, 'likely-admissible');
      const outcome = $(el, '[part="outcome"] .panel-body')!.textContent!.trim();
      await frames();
      stop();
      const recorded = JSON.stringify(events);
      // The recorder did work: it has the page's own text, and the element as a box.
      expect(recorded.includes('Our partner’s own words'), 'the page’s own text recorded').to.equal(true);
      expect(recorded.includes('"op-eligibility"'), 'the element recorded').to.equal(true);
      // (Booleans: a failure that printed the recording would fill the screen.)
      for (const answered of ['Spain', '2024-01-10', 'January 10, 2024', '2025-12-01', 'December 1, 2025', outcome]) {
        expect(recorded.includes(answered), `${answered} in the recording`).to.equal(false);
      }
      // Input events (rrweb's IncrementalSource.Input) carry each choice's value: "housing", "self".
      expect(events.filter((e) => e.type === 3 && e.data?.source === 5)).to.deep.equal([]);
    } finally {
      stop();
      pageText.remove();
    }
  });
});
