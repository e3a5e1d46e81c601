import { expect } from '@open-wc/testing';
import { record } from '@rrweb/record';
import { $, $$, answer, frames, make, reachResult } from './helpers.js';
import { ROUTES } from './paths.js';

/** The classes by which rrweb (and PostHog, Sentry, built on it) and FullStory leave an element out. */
const RECORDERS_SKIP = ['rr-block', 'ph-no-capture', 'sentry-block', 'fs-exclude'];

/**
 * The attributes by which other recorders, as their documentation says, leave out or mask an
 * element and all it holds: Hotjar, Microsoft Clarity, LogRocket, Datadog, Matomo (Heatmap &
 * Session Recording, which many NGOs run on their own servers).
 */
const RECORDERS_MASK = { 'data-hj-suppress': '', 'data-clarity-mask': 'true', 'data-private': '', 'data-dd-privacy': 'hidden', 'data-matomo-mask': '' };

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

  it('finds every recorder’s mark on the element’s root and on each control of each question, not rrweb’s alone', async () => {
    const el = await make();
    const unmarked = (element: Element) => RECORDERS_SKIP.filter((name) => !element.classList.contains(name));
    const root = $(el, '.root')!;
    expect(unmarked(root)).to.deep.equal([]);
    expect(Object.fromEntries(Object.keys(RECORDERS_MASK).map((name) => [name, root.getAttribute(name)]))).to.deep.equal(RECORDERS_MASK);
    for (const [question, value] of ROUTES['likely-admissible'].steps) {
      const controls = $$(el, 'input, select, textarea');
      expect(controls, question).to.not.have.length(0);
      for (const control of controls) expect(unmarked(control), `${question}: ${control.outerHTML.slice(0, 80)}`).to.deep.equal([]);
      await answer(el, value);
    }
  });
});
