import { expect } from '@open-wc/testing';
import type { OpEligibility } from '../../src/index.js';
import { emulateMedia } from '@web/test-runner-commands';
import { $, $$, active, answer, answerAll, confirm, currentQuestion, headingText, liveText, make, onPaperOnly, outcome, reasonCodes, record, settle } from './helpers.js';

const back = async (el: OpEligibility) => {
  $<HTMLButtonElement>(el, '[part="back"]')!.click();
  await el.updateComplete;
};

async function toSummary(): Promise<OpEligibility> {
  const el = await make();
  await answerAll(el, 'likely-admissible');
  expect(headingText(el)).to.equal('Check your answers');
  return el;
}

const rows = (el: OpEligibility) =>
  $$(el, '.summary-row').map((row) => [row.dataset['question'], row.querySelector('.summary-value')!.textContent!.replace(/\s+/g, ' ').trim()]);

const change = async (el: OpEligibility, question: string) => {
  $<HTMLButtonElement>(el, `.summary-row[data-question="${question}"] [part="change"]`)!.click();
  await el.updateComplete;
};

describe('Back', () => {
  it('is not offered on the first question', async () => {
    const el = await make();
    expect($(el, '[part="back"]')).to.equal(null);
  });

  it('returns to the previous question with its answer kept, every control pre-filled', async () => {
    const el = await make();
    await answer(el, 'ES');
    await answer(el, 'yes');
    await answer(el, 'group');
    await answer(el, ['water', 'discrimination']);
    await answer(el, 'no');
    await answer(el, '2020-02-29');
    expect(currentQuestion(el)).to.equal('remedies');

    await back(el);
    expect(currentQuestion(el)).to.equal('factsDate');
    expect(active(el)?.id).to.equal('step-heading');
    expect(active(el)!.textContent!.replace(/\s+/g, ' ').trim(), 'the focused heading says where the person is').to.equal('Question 6: When did it start?');
    expect($<HTMLInputElement>(el, 'input[type="date"]')!.value).to.equal('2020-02-29');
    await back(el);
    expect($$<HTMLInputElement>(el, 'input:checked').map((i) => i.value)).to.deep.equal(['no']);
    await back(el);
    expect($$<HTMLInputElement>(el, 'input:checked').map((i) => i.value)).to.deep.equal(['water', 'discrimination']);
    await back(el);
    expect($$<HTMLInputElement>(el, 'input:checked').map((i) => i.value)).to.deep.equal(['group']);
    await back(el);
    expect($$<HTMLInputElement>(el, 'input:checked').map((i) => i.value)).to.deep.equal(['yes']);
    await back(el);
    expect(currentQuestion(el)).to.equal('state');
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('ES');
    // Going forward again keeps every answer.
    for (const q of ['jurisdiction', 'author', 'rights', 'urgency', 'factsDate', 'remedies']) {
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      expect(currentQuestion(el)).to.equal(q);
    }
  });

  it('from the summary returns to the last question', async () => {
    const el = await toSummary();
    await back(el);
    expect(currentQuestion(el)).to.equal('evidence');
    expect($<HTMLInputElement>(el, 'input[value="documents"]')!.checked).to.equal(true);
  });
});

describe('Check your answers', () => {
  it('lists every answer on the route in words, each with a Change button that names it', async () => {
    const el = await toSummary();
    expect(rows(el)).to.deep.equal([
      ['state', 'Spain'],
      ['jurisdiction', 'Yes'],
      ['author', 'I am, about what happened to me'],
      ['rights', 'Housing: a safe, decent place to live'],
      ['urgency', 'No'],
      ['factsDate', 'January 10, 2024'],
      ['remedies', 'Yes, and there is no appeal left: the last court that could decide has decided'],
      ['finalDecisionDate', 'December 1, 2025'],
      ['otherProcedure', 'No'],
      ['identity', 'Yes'],
      ['evidence', 'Yes, such as letters, decisions, photos or medical reports'],
    ]);
    expect($$(el, 'dl.summary-list dt')).to.have.length(11);
    const button = $(el, '.summary-row[data-question="author"] [part="change"]')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Change who is sending the complaint');
    expect(button.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('who is sending the complaint');
  });

  it('lists each of several options chosen, apart: none is left out before the person confirms', async () => {
    const el = await make({ answers: { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['housing', 'water'], urgency: 'no', factsDate: '2024-01-10', remedies: 'exhausted', finalDecisionDate: '2025-12-01', otherProcedure: 'none', identity: 'named', evidence: 'documents' } });
    expect(headingText(el)).to.equal('Check your answers');
    const items = $$(el, '.summary-row[data-question="rights"] .summary-value li').map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['Housing: a safe, decent place to live', 'Clean water and toilets']);
  });

  onPaperOnly('on paper, gives each answer the room the Change buttons took: no empty column beside it', async () => {
    const el = await toSummary();
    el.parentElement!.style.inlineSize = '700px';
    await emulateMedia({ media: 'print' });
    try {
      for (const row of $$(el, '.summary-row')) {
        const value = row.querySelector('.summary-value')!.getBoundingClientRect();
        expect(row.getBoundingClientRect().right - value.right, row.dataset['question']).to.be.below(1);
        expect(value.width, row.dataset['question']).to.be.above(row.querySelector('.summary-key')!.getBoundingClientRect().width);
      }
    } finally {
      await emulateMedia({ media: 'screen' });
      el.parentElement!.style.inlineSize = '';
    }
  });

  it('Change asks the question again and returns to the summary', async () => {
    const el = await toSummary();
    await change(el, 'identity');
    expect(currentQuestion(el)).to.equal('identity');
    expect(active(el)?.id).to.equal('step-heading');
    expect($<HTMLInputElement>(el, 'input[value="named"]')!.checked).to.equal(true);
    await answer(el, 'confidential');
    expect(headingText(el)).to.equal('Check your answers');
    expect(active(el)?.id).to.equal('step-heading');
    expect(rows(el).find(([q]) => q === 'identity')![1]).to.equal('Yes, but it must not be made public');
    await confirm(el);
    expect(reasonCodes(el)).to.include('name-confidential');
  });

  it('changing an answer that changes the route asks the new questions, then returns', async () => {
    const el = await toSummary();
    await change(el, 'factsDate');
    await answer(el, '2010-06-01'); // before the Protocol applied to Spain (5 May 2013)
    expect(currentQuestion(el), 'a new question on the route').to.equal('factsContinuing');
    await answer(el, 'yes');
    expect(headingText(el)).to.equal('Check your answers');
    expect(rows(el).map(([q]) => q)).to.deep.equal([
      'state',
      'jurisdiction',
      'author',
      'rights',
      'urgency',
      'factsDate',
      'factsContinuing',
      'remedies',
      'finalDecisionDate',
      'otherProcedure',
      'identity',
      'evidence',
    ]);
    // The question asks whether it went on after that day, which a problem since ended may have.
    const hidden = $(el, '.summary-row[data-question="factsContinuing"] [part="change"] .visually-hidden')!;
    expect(hidden.textContent!.trim()).to.equal('whether it went on after the Protocol applied');

    await change(el, 'author');
    await answer(el, 'representative-no-consent');
    expect(currentQuestion(el)).to.equal('consentJustification');
    await answer(el, 'child');
    expect(headingText(el)).to.equal('Check your answers');
    expect(rows(el).map(([q]) => q)).to.include('consentJustification');
    await confirm(el);
    expect(outcome(el)).to.equal('needs-review');
    expect(reasonCodes(el)).to.include.members(['continuing-violation', 'acting-without-consent']);
  });

  it('an answer that closes the route asks only the fit questions, then shows a shorter summary', async () => {
    const el = await toSummary();
    await change(el, 'remedies');
    await answer(el, 'pending');
    for (const [question, value] of [['child', 'no'], ['disability', 'unknown'], ['grounds', ['none']]] as const) {
      expect(currentQuestion(el)).to.equal(question);
      await answer(el, value);
    }
    expect(headingText(el)).to.equal('Check your answers');
    expect(rows(el).map(([q]) => q).slice(-4)).to.deep.equal(['remedies', 'child', 'disability', 'grounds']);
    await confirm(el);
    expect(outcome(el)).to.equal('not-admissible');
    expect(reasonCodes(el)).to.include('remedies-pending');
  });

  it('Back from a Change returns to the summary with the answer unchanged, even from the first question', async () => {
    const el = await toSummary();
    const before = rows(el);
    await change(el, 'otherProcedure');
    await back(el);
    expect(headingText(el)).to.equal('Check your answers');
    expect(active(el)?.id).to.equal('step-heading');
    expect(rows(el)).to.deep.equal(before);
    await change(el, 'state');
    expect($(el, '[part="back"]'), 'the first question has Back when Change opened it').to.exist;
    await back(el);
    expect(headingText(el)).to.equal('Check your answers');
    expect(rows(el)).to.deep.equal(before);
  });

  it('the result offers "Change your answers": the summary again, every answer kept, and a new result', async () => {
    const el = await make();
    const events = record(el);
    await answerAll(el, 'not-admissible');
    const before = rows(el);
    await confirm(el);
    expect(outcome(el)).to.equal('not-admissible');
    $<HTMLButtonElement>(el, '[part="change-answers"]')!.click();
    await settle(el);
    expect(headingText(el)).to.equal('Check your answers');
    expect(active(el)?.id).to.equal('step-heading');
    expect(liveText(el), 'the focused heading is read; nothing is said twice').to.equal('');
    expect(rows(el)).to.deep.equal(before);
    await change(el, 'remedies');
    await answer(el, 'exhausted');
    await answer(el, '2025-12-01');
    for (const value of ['none', 'named', 'documents']) await answer(el, value);
    await confirm(el);
    expect(outcome(el)).to.equal('likely-admissible');
    expect(events.complete.map((e) => e.detail.assessment.outcome)).to.deep.equal(['not-admissible', 'likely-admissible']);
    // Offered again at the end, beside "Start again", where reading forward arrives.
    const end = $$<HTMLButtonElement>(el, '.result-actions button');
    expect(end.map((b) => b.textContent!.trim())).to.deep.equal(['Change your answers', 'Start again']);
    end[0]!.click();
    await settle(el);
    expect(headingText(el)).to.equal('Check your answers');
  });
});

describe('the question about the courts', () => {
  it('lists every “Yes” answer before the “No” ones, so a case that drags on is not filed as merely still going on', async () => {
    const el = await make({ answers: { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['housing'], urgency: 'no', factsDate: '2024-01-10' } });
    expect(currentQuestion(el)).to.equal('remedies');
    const labels = $$(el, '.item-label').map((l) => l.textContent!.trim());
    expect(labels.map((l) => l.split(',')[0])).to.deep.equal(['Yes', 'Yes', 'Yes', 'No', 'No', 'I do not know']);
    expect(labels[2]).to.equal('Yes, but it is taking far too long');
  });
});
