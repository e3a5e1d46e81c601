import { expect } from '@open-wc/testing';
import type { OpEligibility } from '../../src/index.js';
import { $, active, answer, currentQuestion, liveText, make } from './helpers.js';

/*
 * Harm about to happen: the person is told to get help now under each question after they
 * say so, not only at the result (interim measures, art. 5, come with it), without taking
 * the focus or the live region from the question.
 */

/** The note's words, as the result's cautions say them: "Warning:" for screen readers, then the text. */
const note = (el: OpEligibility): string | null => $(el, '[part="urgent-note"] .warning-text')?.textContent?.trim().replace(/[ \n\t]+/g, ' ') ?? null;

async function atUrgency(lang = 'en'): Promise<OpEligibility> {
  const el = await make({ lang });
  for (const value of ['ES', 'yes', 'self', ['eviction']]) {
    expect(note(el), `${currentQuestion(el)}: nothing said yet`).to.equal(null);
    await answer(el, value);
  }
  expect(currentQuestion(el)).to.equal('urgency');
  expect(note(el)).to.equal(null);
  return el;
}

describe('the urgent note under the questions', () => {
  it('after "yes, harm is near", says under each question to get help now, while focus stays on the question', async () => {
    const el = await atUrgency();
    await answer(el, 'yes');
    expect(currentQuestion(el)).to.equal('factsDate');
    expect(note(el)).to.equal('Warning: You said it is urgent: get help now from a lawyer or a human rights organisation. Do not wait to finish these questions.');
    expect(active(el)?.id).to.equal('step-heading');
    expect(liveText(el)).to.equal('');
    // After the question and its Continue, not before it.
    const form = $(el, 'form.step')!;
    expect(form.compareDocumentPosition($(el, '[part="urgent-note"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await answer(el, '2024-01-10');
    expect(currentQuestion(el)).to.not.equal('factsDate');
    expect(note(el)).to.contain('get help now');
    await expect(el).to.be.accessible();
  });

  it('says nothing for "no" or "I do not know"', async () => {
    for (const value of ['no', 'unknown']) {
      const el = await atUrgency();
      await answer(el, value);
      expect(currentQuestion(el), value).to.equal('factsDate');
      expect(note(el), value).to.equal(null);
    }
  });

  it('is said in the reader’s language', async () => {
    const el = await atUrgency('fr');
    await answer(el, 'yes');
    expect(note(el)).to.match(/^Attention\u00a0: Vous avez indiqué que c’est urgent\u00a0: demandez de l’aide dès maintenant/);
  });
});
