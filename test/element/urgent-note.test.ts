import { expect } from '@open-wc/testing';
import type { OpEligibility } from '../../src/index.js';
import { $, active, answer, currentQuestion, liveText, make, onScreen, summaryOf } from './helpers.js';
import { answersOf } from './paths.js';

/*
 * Harm about to happen: the person is told to get help now above each question after they
 * say so, and on Check your answers, not only at the result (interim measures, art. 5, come
 * with it). It is above the heading focus goes to: the live region says it once, when the
 * person says it is urgent, not at every step.
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

describe('the urgent note above the questions', () => {
  it('after "yes, harm is near", says above each question to get help now, said once by the live region, focus on the question', async () => {
    const el = await atUrgency();
    await answer(el, 'yes');
    expect(currentQuestion(el)).to.equal('factsDate');
    const words = 'You said it is urgent: get help now from a lawyer or a human rights organisation. Do not wait to finish these questions.';
    expect(note(el)).to.equal(`Warning: ${words}`);
    expect(active(el)?.id).to.equal('step-heading');
    expect(liveText(el)).to.equal(words);
    // Before the question and its controls, under Back: seen first, and before a keyboard reaches Continue.
    const urgent = $(el, '[part="urgent-note"]')!;
    for (const after of [$(el, '#step-heading')!, $(el, 'form.step')!]) expect(urgent.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect($(el, '[part="back"]')!.compareDocumentPosition(urgent) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await answer(el, '2024-01-10');
    expect(currentQuestion(el)).to.not.equal('factsDate');
    expect(note(el)).to.contain('get help now');
    // Not said again at each step: the person heard it, and it stays above the heading.
    expect(liveText(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('is on the screen above the question on a phone, not below Continue; with 200% text, the focused heading stays whole on the screen below as much of it as fits', async () => {
    for (const [lang, screen, text] of [
      ['ar', { width: 390, height: 844 }, ''],
      ['ar', { width: 390, height: 844 }, '200%'],
      ['fr', { width: 390, height: 844 }, '200%'],
      ['en', { width: 320, height: 568 }, '200%'],
    ] as const) {
      const at = `${lang} ${screen.width}x${screen.height} ${text}`;
      await onScreen({ screen, text }, async () => {
        const el = await atUrgency(lang);
        await answer(el, 'yes');
        await answer(el, '2024-01-10');
        expect(currentQuestion(el), at).to.equal('remedies');
        const note = $(el, '[part="urgent-note"]')!.getBoundingClientRect();
        const heading = $(el, '#step-heading')!.getBoundingClientRect();
        expect(active(el), at).to.equal($(el, '#step-heading'));
        expect(note.bottom, at).to.be.at.most(heading.top);
        // The focused heading whole on the screen (WCAG 2.4.11), and the note's end above it.
        expect(heading.top, at).to.be.at.least(0);
        expect(heading.bottom, at).to.be.at.most(innerHeight + 1);
        expect(note.bottom, at).to.be.above(0);
        // Where both fit, the note whole too.
        if (text === '') expect(note.top, at).to.be.at.least(0);
        el.remove();
      });
    }
  });

  it('is on Check your answers too, above its heading', async () => {
    const el = await summaryOf({ ...answersOf('likely-admissible'), urgency: 'yes' });
    expect(note(el)).to.contain('get help now');
    expect($(el, '[part="urgent-note"]')!.compareDocumentPosition($(el, '[part="summary"] #step-heading')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    el.remove();
    const calm = await summaryOf({ ...answersOf('likely-admissible'), urgency: 'no' });
    expect(note(calm)).to.equal(null);
    calm.remove();
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
