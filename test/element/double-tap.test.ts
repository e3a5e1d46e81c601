import { expect } from '@open-wc/testing';
import { $, $$, active, answer, clickAt, currentQuestion, fill, firstTap, make, record, withClickCount } from './helpers.js';
import { makeTraining } from './training-helpers.js';

/*
 * A double tap on Continue, on a slow phone: the browser gives the second tap as the
 * series' second click (`detail` 2), and by then the next step is drawn where the finger
 * is. Real clicks (clickAt), since the element heeds only those.
 */

describe('a double tap on Continue', () => {
  const it = withClickCount;

  it('answers once: its second tap ticks nothing on the next question, and focus stays on its heading', async () => {
    const el = await make();
    await answer(el, 'ES');
    await answer(el, 'yes');
    await fill(el, 'self');
    const events = record(el);
    await clickAt($(el, '[part~="continue"]')!, 1);
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('rights');
    // The second tap, where the new question put its first option.
    const option = $<HTMLInputElement>(el, 'input[name="answer"]')!;
    await clickAt($(el, `label[for="${option.id}"]`)!, 2);
    await el.updateComplete;
    expect(option.checked).to.equal(false);
    expect(active(el)?.id).to.equal('step-heading');
    expect(events.step.map((e) => e.detail.step)).to.deep.equal([{ kind: 'question', question: 'rights', number: 4 }]);

    // A tap of its own, once the question is there, answers as ever.
    await clickAt($(el, `label[for="${option.id}"]`)!, 1);
    expect(option.checked).to.equal(true);
    el.remove();
  });

  it('with no answer chosen, says what is missing once: its second tap, on the question drawn again with the error, ticks nothing and leaves focus on the error summary', async () => {
    const el = await make();
    await answer(el, 'ES');
    await answer(el, 'yes');
    const secondTap = await firstTap($(el, '[part~="continue"]')!);
    await el.updateComplete;
    const summary = $(el, '[part~="error-summary"]');
    expect(summary).to.exist;
    // The error summary, drawn above the question, moved it down: the finger is now on what
    // was above Continue (the last options, or the heading).
    await secondTap();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('author');
    expect($$<HTMLInputElement>(el, 'input[name="answer"]').filter((i) => i.checked).map((i) => i.value)).to.deep.equal([]);
    expect(active(el)).to.equal(summary);
    el.remove();
  });

  it('on Back goes back one question, not two', async () => {
    const el = await make();
    await answer(el, 'ES');
    await answer(el, 'yes');
    const back = $(el, '[part~="back"]')!;
    await clickAt(back, 1);
    await el.updateComplete;
    await clickAt($(el, '[part~="back"]')!, 2);
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('jurisdiction');
    expect(active(el)?.id).to.equal('step-heading');
    el.remove();
  });
});

describe('a script’s click', () => {
  it('is never dropped, whatever its count: only the person’s own taps are guarded, so a host’s automation or an assistive tool still answers', async () => {
    const el = await make();
    await answer(el, 'ES');
    // Just drawn, and a click counted as a series' second: from a person, that would be dropped.
    const option = $<HTMLInputElement>(el, 'input[name="answer"]')!;
    option.dispatchEvent(new MouseEvent('click', { detail: 2, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(option.checked).to.equal(true);
    el.remove();
  });
});

describe('a double click on the trainer’s “Next step”', () => {
  const it = withClickCount;

  it('plays one step, not two: the room sees the story’s answer it showed, then the question it opened', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    const next = $(el, '[part~="training-next"]')!;
    await clickAt(next, 1);
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('state');
    // The series' second click, on the same button: the answer it showed stays on screen, not sent.
    await clickAt($(el, '[part~="training-next"]')!, 2);
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('state');
    // A click of its own plays on as ever.
    await clickAt($(el, '[part~="training-next"]')!, 1);
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('jurisdiction');
    await clickAt($(el, '[part~="training-next"]')!, 1);
    await clickAt($(el, '[part~="training-next"]')!, 2);
    await el.updateComplete;
    expect(currentQuestion(el), 'the question it opened stays on screen').to.equal('jurisdiction');
    el.remove();
  });
});
