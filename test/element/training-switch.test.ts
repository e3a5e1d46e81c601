import { expect } from '@open-wc/testing';
import { $, active, answer, currentQuestion, headingText, make, microtasksUntil } from './helpers.js';

/*
 * Training mode's module is fetched once per page, when an element first asks for it. This
 * file runs in a page of its own, so the module is not here yet when the test switches:
 * it can catch the element blanking, or losing the person's place, while it arrives.
 */

describe('switching to training mode at run time', () => {
  it('keeps the question, the quick exit and the focus while training mode loads, then adds the trainer’s panel beside them', async () => {
    const el = await make();
    await answer(el, 'ES');
    const question = headingText(el);
    expect(currentQuestion(el)).to.equal('jurisdiction');
    const radio = $<HTMLInputElement>(el, 'input[name="answer"]')!;
    radio.focus();

    el.mode = 'training';
    await microtasksUntil(() => !el.isUpdatePending);
    expect($(el, '[part="training"]'), 'training mode is still on its way').to.equal(null);
    expect(headingText(el)).to.equal(question);
    expect($(el, '#quick-exit')).to.exist;
    expect(active(el)).to.equal(radio);

    await el.updateComplete;
    expect($(el, '[part="training"]')).to.exist;
    expect($(el, '[part="base"]')!.dataset['mode']).to.equal('training');
    expect(headingText(el)).to.equal(question);
    expect(active(el), 'the same control, still focused').to.equal(radio);
  });
});
