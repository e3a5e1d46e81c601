import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { OpEligibility } from '../../src/index.js';
import { $, $$, active, AS_OF, headingText, liveText, microtasksUntil, reasonCodes, record } from './helpers.js';
import { answersOf, ROUTES } from './paths.js';

/*
 * The result's module (result-feature.ts) is fetched once per page, after the first
 * answer. This file runs in a page of its own, so the module is not here yet when the
 * test starts: it can catch the element reaching a result before its module arrives.
 */

describe('the result’s module', () => {
  it('a result reached before its module arrives shows the outcome, its heading focused at once, then the whole result, its heading focused', async () => {
    const el = document.createElement('op-eligibility') as OpEligibility;
    el.setAttribute('as-of', AS_OF);
    el.setAttribute('heading-level', '2');
    el.answers = answersOf('likely-admissible');
    const events = record(el);
    document.body.append(el);
    await microtasksUntil(() => $(el, '[part~="confirm"]') !== null);
    $<HTMLButtonElement>(el, '[part~="confirm"]')!.click();
    await microtasksUntil(() => $(el, '.result') !== null);

    // The embed words the outcome itself; the details wait for the module.
    expect(headingText(el)).to.equal('You may be able to complain to the Committee');
    expect($(el, '.result .caption')!.textContent!.trim()).to.equal('Loading the reasons and next steps…');
    expect(reasonCodes(el)).to.deep.equal([]);
    // Not left on the page's start while the details come: the outcome is read now. A slow
    // connection is the only way here (the module is fetched after the first answer).
    await microtasksUntil(() => active(el) !== null);
    const standIn = active(el);
    expect(standIn?.id).to.equal('step-heading');
    expect(events.complete).to.have.length(0);

    await el.updateComplete;
    expect(reasonCodes(el)).to.deep.equal(ROUTES['likely-admissible'].reasons);
    expect($(el, '#handoff-heading')!.textContent!.trim()).to.equal('Summary for a lawyer or legal clinic');
    expect($$(el, '.result .caption')).to.deep.equal([]);
    expect(active(el)?.id).to.equal('step-heading');
    expect(active(el), 'the whole result’s heading, not the stand-in’s').not.to.equal(standIn);
    expect(liveText(el), 'the focused heading is read; the live region adds nothing').to.equal('');
    expect(events.complete.map((e) => e.detail.assessment.outcome)).to.deep.equal(['likely-admissible']);
    expect(events.step.map((e) => e.detail.step.kind)).to.deep.equal(['review', 'result']);
    el.remove();
  });
});
