import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, active, answer, chooseToSave, confirm, continueOn, currentQuestion, fill, headingText, liveText, make, record, settle, tabbingToLinks, tabUntil, typeDate } from './helpers.js';
import { ROUTES } from './paths.js';

describe('focus and announcements', () => {
  it('does not take focus when the page loads', async () => {
    const el = await make();
    expect(active(el)).to.equal(null);
    expect(liveText(el)).to.equal('');
  });

  it('says the question once when its step takes focus: the focused heading is not inside the group it names', async () => {
    const el = await make();
    // Radios, checkboxes, radios again, then a date.
    for (const value of ['ES', 'yes', 'self', ['food'], 'no']) {
      await answer(el, value);
      const heading = active(el) as HTMLElement;
      expect(heading.id).to.equal('step-heading');
      // A screen reader says the name of a group focus enters, then what has focus: the
      // question twice, were the heading in the group's legend.
      expect(heading.closest('fieldset, [role="group"], [role="radiogroup"]')?.tagName, currentQuestion(el)!).to.equal(undefined);
      const group = $(el, 'fieldset')!;
      expect(group.getAttribute('aria-labelledby'), 'the group is still named by the question').to.equal('step-heading');
      expect(group.querySelector('legend')?.tagName).to.equal(undefined);
    }
  });

  it('moves focus to the heading and announces every new step', async () => {
    const el = await make();
    const titles = [
      'Did it happen in that country, or under its control?',
      'Who is sending the complaint?',
      'What is the problem about?',
      'Is someone about to suffer serious harm that cannot be undone?',
      'When did it start?',
      'Have you taken the problem to the courts or authorities in that country?',
      'When was the final decision?',
      'Has another international body looked at the same problem, or is one looking at it now?',
      'Can the complaint give the name of each person who was harmed?',
      'Do you have papers or other proof of what happened?',
    ];
    const steps = ROUTES['likely-admissible'].steps;
    for (let i = 0; i < steps.length; i += 1) {
      await answer(el, steps[i]![1]);
      const heading = active(el) as HTMLElement;
      expect(heading.id).to.equal('step-heading');
      expect(heading.tagName).to.equal('H2');
      expect(heading.getAttribute('tabindex')).to.equal('-1');
      if (i < titles.length) {
        // The focused heading is read whole, its progress caption first; the live region
        // does not say it again.
        expect(heading.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Question ${i + 2}: ${titles[i]}`);
        expect(heading.querySelector('[part="progress"]')!.textContent).to.equal(`Question ${i + 2}`);
        expect(liveText(el)).to.equal('');
      }
    }
    // Nothing else is named by the heading: a region of the same name would be read before it.
    const namedByHeading = () => $$(el, '[aria-labelledby~="step-heading"]');
    expect(headingText(el)).to.equal('Check your answers');
    expect(liveText(el)).to.equal('');
    expect(namedByHeading()).to.deep.equal([]);
    await confirm(el);
    expect(active(el)?.id).to.equal('step-heading');
    expect(headingText(el)).to.equal('You may be able to complain to the Committee');
    expect(liveText(el)).to.equal('');
    expect(namedByHeading()).to.deep.equal([]);
  });

  it('the live region is polite, exists before it speaks, and says what focus does not', async () => {
    const el = await make();
    el.setAttribute('persist', 'session');
    await settle(el);
    const region = $(el, '[role="status"]')!;
    await answer(el, 'ES');
    expect($(el, '[role="status"]')).to.equal(region);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent!.trim(), 'focus reads the new question').to.equal('');
    await chooseToSave(el);
    expect(region.textContent!.trim()).to.equal('Your answers are saved.');
    sessionStorage.clear();
  });

  it('the error summary is read once: it takes focus, and is no alert besides', async () => {
    const el = await make();
    await continueOn(el);
    const summary = $(el, '[part="error-summary"]')!;
    expect(active(el)).to.equal(summary);
    expect([summary, ...summary.querySelectorAll('*')].filter((e) => e.getAttribute('role') === 'alert' || e.getAttribute('aria-live'))).to.deep.equal([]);
  });
});

describe('validation happens on Continue only', () => {
  it('an empty answer gives the error summary, focused, whose link moves focus to the field', async () => {
    const el = await make();
    const events = record(el);
    await answer(el, 'ES');
    await answer(el, 'yes');
    expect($(el, '[part="error-summary"]'), 'no error before Continue').to.equal(null);
    await continueOn(el);
    expect(currentQuestion(el), 'stays on the question').to.equal('author');
    const summary = $(el, '[part="error-summary"]')!;
    expect(active(el)).to.equal(summary);
    expect(summary.querySelector('.error-summary-title')!.textContent!.trim()).to.equal('There is a problem');
    // The step's own level: before the step's heading, a deeper one would skip a level.
    expect(summary.querySelector('.error-summary-title')!.tagName).to.equal('H2');
    const link = summary.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal('Select who is sending the complaint');
    expect(link.getAttribute('href')).to.equal('#field-author');
    // The same message beside the field, tied to it.
    const message = $(el, '#author-error')!;
    expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Select who is sending the complaint');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('author-hint author-error');
    link.click();
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '#field-author'));
    expect(events.step.length, 'a rejected answer is no new step').to.equal(2);
    // A second refusal focuses the summary again.
    $<HTMLElement>(el, '#step-heading')!.focus();
    await continueOn(el);
    expect(active(el)).to.equal($(el, '[part="error-summary"]'));
    // Fixing it clears the error and moves on.
    await answer(el, 'self');
    expect(currentQuestion(el)).to.equal('rights');
    expect($(el, '[part="error-summary"]')).to.equal(null);
  });

  tabbingToLinks('the error link works with the keyboard', async () => {
    const el = await make();
    await continueOn(el);
    expect(active(el)).to.equal($(el, '[part="error-summary"]'));
    await tabUntil(el, (e) => e.matches('.error-summary a'));
    await sendKeys({ press: 'Enter' });
    expect(active(el)).to.equal($(el, '#field-state'));
    expect($(el, '#field-state')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#field-state')!.getAttribute('aria-describedby')).to.equal('state-hint state-error');
  });

  tabbingToLinks('a refused date is described by its error where the error link lands, then by the date in words', async () => {
    const el = await make();
    for (const value of ['ES', 'yes', 'self', ['food'], 'no']) await answer(el, value);
    await fill(el, '2999-03-02');
    await continueOn(el);
    await tabUntil(el, (e) => e.matches('.error-summary a'));
    await sendKeys({ press: 'Enter' });
    const input = $<HTMLInputElement>(el, 'input[type="date"]')!;
    expect(active(el)).to.equal(input);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const description = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => $(el, `#${id}`)!.textContent!.replace(/\s+/g, ' ').trim() || ($(el, `#${id}`) as HTMLOutputElement).value);
    expect(description).to.deep.equal(['Error: The date it started must be on or before March 1, 2026, the date of this screening', 'That is March 2, 2999.']);
  });

  const cases: [string, unknown[], unknown, string][] = [
    ['State picker', [], '', 'Select the country your complaint is about'],
    ['checkboxes', ['ES', 'yes', 'self'], [], 'Select at least one thing the problem is about'],
    ['yes/no radios', ['ES', 'yes', 'self', ['food']], undefined, 'Select yes, no or “I do not know”'],
    ['empty date', ['ES', 'yes', 'self', ['food'], 'no'], '', 'Enter the date it started, or select “I do not know”'],
    // The screening is as of 1 March 2026, not today: "today" would name another day.
    ['date in the future', ['ES', 'yes', 'self', ['food'], 'no'], '2026-03-02', 'The date it started must be on or before March 1, 2026, the date of this screening'],
    [
      'final decision in the future',
      ['ES', 'yes', 'self', ['food'], 'no', '2024-01-10', 'exhausted'],
      '2026-03-02',
      'The date of the final decision must be on or before March 1, 2026, the date of this screening',
    ],
  ];
  for (const [name, before, bad, message] of cases) {
    it(`${name}: “${message}”, and no verdict`, async () => {
      const el = await make();
      const events = record(el);
      for (const value of before) await answer(el, value);
      const question = currentQuestion(el);
      if (bad !== undefined) await fill(el, bad);
      await continueOn(el);
      expect(currentQuestion(el)).to.equal(question);
      expect($(el, '.error-summary a')!.textContent!.trim()).to.equal(message);
      expect($(el, '.error-message')!.textContent).to.contain(message);
      expect($(el, '.result')).to.equal(null);
      expect(events.complete).to.have.length(0);
      // What the person typed stays there to be corrected.
      if (typeof bad === 'string' && bad) expect($<HTMLInputElement>(el, 'input[type="date"]')!.value).to.equal(bad);
    });
  }

  it('a date the browser cannot read is refused as invalid', async () => {
    const el = await make();
    for (const value of ['ES', 'yes', 'self', ['food'], 'no']) await answer(el, value);
    await tabUntil(el, (e) => e.matches('input[type="date"]'));
    await sendKeys({ type: '03' }); // only the first part of the date
    expect($<HTMLInputElement>(el, 'input[type="date"]')!.validity.badInput).to.equal(true);
    await tabUntil(el, (e) => e.matches('button[type="submit"]'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('factsDate');
    expect($(el, '.error-summary a')!.textContent!.trim()).to.equal('Enter a real date from 1900 on, with a day, month and year');
  });

  it('asked why it is late, first says the day the year ended, worked out from the final decision', async () => {
    for (const [lang, ended] of [['en', 'The year to complain ended on May 31, 2025.'], ['fr', 'Le délai d’un an pour porter plainte a pris fin le 31 mai 2025.']] as const) {
      const el = await make({ lang });
      for (const value of ['ES', 'yes', 'self', ['food'], 'no', '2024-01-10', 'exhausted', '2024-05-31']) await answer(el, value);
      expect(currentQuestion(el)).to.equal('lateSubmission');
      expect($(el, '[part="hint"]')!.textContent!.trim()).to.match(new RegExp(`^${ended.replace(/[.]/g, '\\.')} `));
    }
  });

  it('asked why it is late where the year ran out before the Protocol applied, over a year ago, says both days and asks of the time since', async () => {
    const lead = {
      en: 'The year to complain ended on June 1, 2012. The Protocol applied to the country only from May 5, 2013, more than a year ago. Think of the time since then.',
      fr: 'Le délai d’un an pour porter plainte a pris fin le 1er juin 2012. Le Protocole ne s’applique au pays que depuis le 5 mai 2013, il y a plus d’un an. Pensez à la période écoulée depuis.',
    };
    for (const [lang, said] of Object.entries(lead)) {
      const el = await make({ lang });
      for (const value of ['ES', 'yes', 'self', ['food'], 'no', '2010-01-10', 'yes', 'exhausted', '2011-06-01']) await answer(el, value);
      expect(currentQuestion(el)).to.equal('lateSubmission');
      expect($(el, '[part="hint"]')!.textContent!.trim().slice(0, said.length), lang).to.equal(said);
    }
  });

  it('asked why it is late where an entry into force of two readings cut the year short, names the day the result will name', async () => {
    // Finland: bound from 30 April or 1 May 2014; a final decision of 1 September 2013 is cut short on both readings.
    const el = await make({ lang: 'en' });
    for (const value of ['FI', 'yes', 'self', ['food'], 'no', '2010-01-10', 'yes', 'exhausted', '2013-09-01']) await answer(el, value);
    expect(currentQuestion(el)).to.equal('lateSubmission');
    expect($(el, '[part="hint"]')!.textContent!.trim()).to.contain('The Protocol applied to the country only from April 30, 2014, more than a year ago.');
  });

  it('asked whether the problem went on, first says the day the Protocol started to apply to the country, from the States-Parties data', async () => {
    for (const [lang, since] of [['en', 'The Protocol started to apply to Spain on May 5, 2013.'], ['fr', 'Le Protocole s’applique à ce pays (Espagne) depuis le 5 mai 2013.']] as const) {
      const el = await make({ lang });
      for (const value of ['ES', 'yes', 'self', ['food'], 'no', '2012-03-01']) await answer(el, value);
      expect(currentQuestion(el)).to.equal('factsContinuing');
      expect($(el, '[part="hint"]')!.textContent!.trim()).to.match(new RegExp(`^${since.replace(/[.()]/g, '\\$&')} `));
    }
  });

  // "That country" must not depend on remembering the first screen (tired, interrupted, or
  // a country picked by mistake from a long list on a phone).
  it('asked about "that country", first names the country chosen, in each language', async () => {
    const chosen = { en: 'The country you chose: Spain.', fr: 'Le pays choisi\u00a0: Espagne.', es: 'El país que eligió: España.', ar: 'البلد الذي اخترته: إسبانيا.' };
    for (const [lang, sentence] of Object.entries(chosen)) {
      const el = await make({ lang });
      await answer(el, 'ES');
      expect(currentQuestion(el)).to.equal('jurisdiction');
      expect($(el, '[part="hint"]')!.textContent!.trim(), lang).to.match(new RegExp(`^${sentence.replace(/[.]/g, '\\.')} `));
      for (const value of ['yes', 'self', ['food'], 'no', '2024-01-10']) await answer(el, value);
      expect(currentQuestion(el)).to.equal('remedies');
      expect($(el, '[part="hint"]')!.textContent!.trim(), lang).to.match(new RegExp(`^${sentence.replace(/[.]/g, '\\.')} `));
    }
  });

  it('a year before 1900 is refused, saying from when a date is accepted', async () => {
    const el = await make();
    for (const value of ['ES', 'yes', 'self', ['food'], 'no']) await answer(el, value);
    await fill(el, '0001-04-03');
    await continueOn(el);
    expect(currentQuestion(el)).to.equal('factsDate');
    expect($(el, '.error-summary a')!.textContent!.trim()).to.equal('Enter a real date from 1900 on, with a day, month and year');
    expect($<HTMLInputElement>(el, 'input[type="date"]')!.min).to.equal('1900-01-01');
  });

  it('says the date typed in words, in the page’s language, whatever order the browser’s date fields use', async () => {
    for (const [lang, words] of [['en', 'That is April 3, 2024.'], ['fr', 'Soit le 3 avril 2024.']] as const) {
      const el = await make({ lang });
      for (const value of ['ES', 'yes', 'self', ['food'], 'no']) await answer(el, value);
      const output = $<HTMLOutputElement>(el, '[part="date-in-words"]')!;
      expect(output.value).to.equal('');
      expect(output.htmlFor.value).to.equal('field-factsDate');
      expect(output.getAttribute('aria-live'), 'not spoken at each keystroke').to.equal('off');
      expect($(el, 'input[type="date"]')!.getAttribute('aria-describedby')).to.equal(output.id);
      const input = $<HTMLInputElement>(el, 'input[type="date"]')!;
      // Typed in the fields' own order, which the browser takes from its language, not the page's.
      input.focus();
      await typeDate('2024-04-03');
      expect(input.value).to.equal('2024-04-03');
      expect(output.value).to.equal(words);
      // The date and "I do not know" exclude each other: what shows is what is sent.
      const unknown = $<HTMLInputElement>(el, 'input[name="unknown"]')!;
      unknown.focus();
      unknown.click();
      expect([input.value, output.value], 'ticking "I do not know" clears the date').to.deep.equal(['', '']);
      input.focus();
      await typeDate('2024-04-03');
      expect(input.value, 'retyped').to.equal('2024-04-03');
      expect(unknown.checked, 'typing a date unticks "I do not know"').to.equal(false);
      expect(output.value).to.equal(words);
      await continueOn(el);
      $<HTMLButtonElement>(el, '[part="back"]')!.click();
      await el.updateComplete;
      expect($<HTMLOutputElement>(el, '[part="date-in-words"]')!.value, 'shown again with the answer').to.equal(words);
    }
  });

  it('says in words the date the input holds, typed and not yet sent, after a change of language too', async () => {
    const el = await make({ answers: { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['food'], urgency: 'no', factsDate: '2024-01-10' } });
    for (let i = 0; currentQuestion(el) !== 'factsDate' && i < 20; i++) {
      $<HTMLButtonElement>(el, '[part="back"]')!.click();
      await el.updateComplete;
    }
    const input = $<HTMLInputElement>(el, 'input[type="date"]')!;
    const output = () => $<HTMLOutputElement>(el, '[part="date-in-words"]')!.value;
    expect([input.value, output()]).to.deep.equal(['2024-01-10', 'That is January 10, 2024.']);
    input.value = '2024-03-04';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(output()).to.equal('That is March 4, 2024.');
    for (const [lang, words] of [['fr', 'Soit le 4 mars 2024.'], ['es', 'Es decir, el 4 de marzo de 2024.']] as const) {
      el.lang = lang;
      await settle(el);
      expect([input.value, output()], lang).to.deep.equal(['2024-03-04', words]);
    }
  });

  it('"I do not know" is offered wherever the engine accepts it', async () => {
    const el = await make();
    const seen: string[] = [];
    for (const [, value] of ROUTES['needs-review'].steps) {
      const q = currentQuestion(el)!;
      const labels = $$(el, 'label').map((l) => l.textContent!.trim());
      if (labels.includes('I do not know')) seen.push(q);
      await answer(el, value);
    }
    expect(seen).to.deep.equal(['jurisdiction', 'urgency', 'factsDate', 'factsContinuing', 'remedies', 'otherProcedure', 'evidence']);
  });
});
