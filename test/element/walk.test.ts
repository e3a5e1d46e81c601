import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OpEligibility } from '../../src/index.js';
import {
  $,
  $$,
  active,
  answer,
  confirm,
  continueOn,
  currentQuestion,
  headingText,
  make,
  nextStepCodes,
  outcome,
  pageText,
  press,
  reachResult,
  reasonCodes,
  record,
  SPACE,
  tabUntil,
  typeDate,
  typingAheadPastSpace,
} from './helpers.js';
import { answersOf, ROUTES } from './paths.js';

const OUTCOME_HEADINGS = {
  'likely-admissible': 'You may be able to complain to the Committee',
  // Spain, the courts not tried: closed only until they decide (art. 3(1)), so "not yet", as the intro under it says.
  'not-admissible': 'You cannot complain to the Committee yet',
  'needs-review': 'You may be able to complain, but some points need checking',
  'not-available': 'You cannot use this complaint route',
} as const;

type Outcome = keyof typeof ROUTES;

/** Everything the result must say for each route, whichever way it was reached. */
function checkResult(el: OpEligibility, expected: Outcome): void {
  expect(outcome(el)).to.equal(expected);
  expect(headingText(el)).to.equal(OUTCOME_HEADINGS[expected]);
  expect(reasonCodes(el)).to.have.members(ROUTES[expected].reasons);
  // What stops the complaint comes first, then what needs checking, then what is good to know.
  const weights = $$(el, '.reason').map((li) => ['unavailable', 'bar', 'review', 'info'].indexOf(li.dataset['severity']!));
  expect(weights).to.deep.equal([...weights].sort((a, b) => a - b));
  expect(nextStepCodes(el)).to.deep.equal(ROUTES[expected].nextSteps);
  const text = pageText(el);
  expect(text).to.contain('This is an indication, not legal advice. Talk to a lawyer or a legal clinic.');
  expect(text).to.contain('Checked on March 1, 2026');
  expect(text).to.contain('as of February 3, 2026');
  // Every reason shows its Protocol article beside the plain words.
  for (const li of $$(el, '.reason')) expect(li.querySelector('.article')!.textContent).to.match(/^Article \d/);
  const closed = expected === 'not-admissible' || expected === 'not-available';
  expect($(el, '[part="other-routes"]') !== null).to.equal(closed);
  switch (expected) {
    case 'likely-admissible':
      expect(text).to.contain('Article 3(2)(a)');
      expect(text).to.contain('The final decision was on December 1, 2025. The year to complain runs until December 1, 2026.');
      expect(text).to.contain('Send your complaint as soon as you can, and by December 1, 2026 at the latest: one year after the final decision.');
      expect(text).to.contain('Write the complaint in English, French, Russian, or Spanish.');
      expect(text).to.contain('look on ohchr.org, the website of the UN human rights office, for how and where to send a complaint today');
      expect(text).to.contain('Spain has joined the Optional Protocol. It has applied there since May 5, 2013.');
      // Joined, the State recognised the Committee's competence (art. 1(1)); 1(2) is about one that has not.
      expect(text).to.contain('Article 1(1)');
      expect(text).to.not.contain('Article 1(2)');
      break;
    case 'not-available':
      expect(text).to.contain('Article 1(2)');
      expect(text).to.contain('United States has not joined the Optional Protocol.');
      break;
    case 'not-admissible':
      expect(text).to.contain('Article 3(1)');
      expect(text).to.contain('You must normally first try the courts or authorities in the country');
      break;
    case 'needs-review':
      expect(text).to.contain('Article 5');
      expect(text).to.contain('Article 13');
      expect(text).to.contain('ask the Committee for “interim measures”');
      break;
  }
}

describe('walking to each outcome by clicking', () => {
  for (const expected of Object.keys(ROUTES) as Outcome[]) {
    it(`reaches ${expected}`, async () => {
      const el = await make();
      const events = record(el);
      for (const [question, value] of ROUTES[expected].steps) {
        expect(currentQuestion(el), 'the route asks this question next').to.equal(question);
        await answer(el, value);
      }
      expect(headingText(el)).to.equal('Check your answers');
      expect(events.complete).to.have.length(0);
      await confirm(el);
      checkResult(el, expected);
      expect(events.complete).to.have.length(1);
    });
  }
});

describe('the deadline in the next steps', () => {
  it('on the last day of the year says it is today; the day before, as soon as you can, by that day at the latest (not "well before" a day that is tomorrow)', async () => {
    for (const [asOf, said] of [
      ['2026-12-01', 'Today, December 1, 2026, is the last day to send your complaint: one year after the final decision.'],
      ['2026-11-30', 'Send your complaint as soon as you can, and by December 1, 2026 at the latest: one year after the final decision.'],
    ] as const) {
      const el = await make({ asOf });
      await reachResult(el, 'likely-admissible');
      expect(outcome(el)).to.equal('likely-admissible');
      expect($(el, '.next-steps [data-code="mind-deadline"]')!.textContent!.trim()).to.equal(`${said} After ${asOf === '2026-12-01' ? 'today' : 'that day'} it will normally be too late.`);
    }
  });
});

describe('a final decision dated before it started', () => {
  it('is said gently as it is typed, never refused; the result asks a lawyer which decision counts, and does not say a firm no', async () => {
    const el = await make({ asOf: '2026-03-10' });
    for (const value of ['BE', 'yes', 'self', ['eviction'], 'no', '2025-06-01', 'exhausted']) await answer(el, value);
    expect(currentQuestion(el)).to.equal('finalDecisionDate');
    const input = $<HTMLInputElement>(el, 'input[type="date"]')!;
    const note = $(el, '[part="date-check"]')!;
    expect(note.getAttribute('aria-live'), 'said when it appears, not at each keystroke').to.equal('polite');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(note.id);
    expect(note.textContent).to.equal('');
    input.focus();
    await typeDate('2024-01-01');
    expect(note.textContent).to.equal('That is before the day you said it started, June 1, 2025. This can be right, for example an eviction order before the eviction. If not, check both dates.');
    input.value = '2025-07-01';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(note.textContent, 'a decision after the start is the usual order').to.equal('');
    input.value = '2024-01-01';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await continueOn(el);
    // Taken as given: over a year since it, so whether something stopped the person is asked next, with no error.
    expect($(el, '.error-summary')).to.equal(null);
    expect(currentQuestion(el)).to.equal('lateSubmission');
    // Back to it, the note is there with the answer.
    $<HTMLButtonElement>(el, '[part="back"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="date-check"]')!.textContent).to.contain('That is before the day you said it started, June 1, 2025.');
    await continueOn(el);
    expect($(el, '.error-summary')).to.equal(null);
    expect(currentQuestion(el)).to.equal('lateSubmission');
    for (const value of ['no', 'none', 'named', 'documents']) await answer(el, value);
    expect(headingText(el)).to.equal('Check your answers');
    await confirm(el);
    expect(outcome(el)).to.equal('needs-review');
    expect(reasonCodes(el).slice(0, 2)).to.deep.equal(['decision-before-facts', 'time-limit-passed']);
    const said = $(el, '.reason[data-code="decision-before-facts"]')!.textContent!.replace(/\s+/g, ' ');
    expect(said).to.contain('The final decision you gave, on January 1, 2024, is before the day it started, June 1, 2025.').and.contain('A lawyer should check which decision that is.');
    const summary = $(el, '.handoff-section[data-section="reasons"]')!.textContent!.replace(/\s+/g, ' ');
    expect(summary).to.contain('is before the day it started');
  });

  it('has no note where there is no day to check against: the facts’ own date', async () => {
    const el = await make({ asOf: '2026-03-10' });
    for (const value of ['BE', 'yes', 'self', ['eviction'], 'no']) await answer(el, value);
    expect(currentQuestion(el)).to.equal('factsDate');
    expect($(el, '[part="date-check"]')!.hidden).to.equal(true);
    expect($(el, 'input[type="date"]')!.getAttribute('aria-describedby')).to.equal('factsDate-in-words');
  });
});

describe('the words under the outcome’s title', () => {
  const intro = (el: OpEligibility) => $(el, '[part="outcome"] .panel-body')!.textContent!.trim();
  const closedFor = (remedies: string) => Object.fromEntries(ROUTES['not-admissible'].steps.map(([q, v]) => [q, q === 'remedies' ? remedies : v]));

  it('a case still before the courts, or not taken there yet: “not yet”, and after what the person may complain, on the result and its summary', async () => {
    for (const remedies of ['pending', 'not-tried']) {
      const el = await make({ answers: closedFor(remedies) });
      await confirm(el);
      expect(outcome(el)).to.equal('not-admissible');
      const said =
        'Not yet: the courts or authorities in the country must make their final decision first. After that, you may be able to complain. What to do now is below.';
      expect(intro(el), remedies).to.equal(said);
      expect($(el, '.handoff-section[data-section="outcome"]')!.textContent!.replace(/\s+/g, ' ')).to.include(said);
    }
  });

  it('a Protocol the country has joined but that does not apply yet: “not yet”, from the day it does', async () => {
    // Albania acceded on 19 February 2025: the Protocol applies there from 19 May 2025.
    const el = await make({ asOf: '2025-03-01', answers: { state: 'AL', rights: ['water'], urgency: 'no', child: 'no', disability: 'no', grounds: ['none'] } });
    await confirm(el);
    expect(outcome(el)).to.equal('not-available');
    expect(intro(el)).to.equal('Not yet: the Protocol starts to apply to the country on May 19, 2025. From that day, you may be able to complain. What to do now is below.');
  });

  it('a route closed for good, or by a bar that waiting does not lift, keeps the outcome’s own words', async () => {
    const us = await make({ answers: answersOf('not-available') });
    await confirm(us);
    expect(intro(us)).to.equal('The Committee cannot receive a complaint in this situation. The reasons are below, with other places that may help.');
    // More than a year after the final decision: nothing to wait for.
    const late = await make({
      answers: { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['housing'], urgency: 'no', factsDate: '2024-01-10', remedies: 'exhausted', finalDecisionDate: '2024-12-01', lateSubmission: 'no', child: 'no', disability: 'no', grounds: ['none'] },
    });
    await confirm(late);
    expect(reasonCodes(late)).to.include('time-limit-passed');
    expect(intro(late)).to.equal('From your answers, at least one rule is not met. The reasons are below. You may still get help elsewhere.');
  });
});

/** The countries the walks choose, as typed ahead in the list. */
const COUNTRY_NAMES: Record<string, string> = { ES: 'Spain', US: 'United States' };

const isSubmit = (e: Element) => e.matches('button[type="submit"]');

/** Answers the current question with the keyboard only, then presses Enter on Continue. */
async function answerByKeyboard(el: OpEligibility, value: unknown): Promise<void> {
  if ($(el, 'select[name="answer"]')) {
    await tabUntil(el, (e) => e.matches('select'));
    await sendKeys({ type: COUNTRY_NAMES[String(value)]! });
    expect($<HTMLSelectElement>(el, 'select')!.value, 'type-ahead picks the country').to.equal(value);
  } else if ($(el, 'input[type="date"]')) {
    if (value === 'unknown') {
      await tabUntil(el, (e) => e.matches('input[name="unknown"]'));
      await press(SPACE);
    } else {
      await tabUntil(el, (e) => e.matches('input[type="date"]'));
      await typeDate(String(value));
      expect($<HTMLInputElement>(el, 'input[type="date"]')!.value).to.equal(value);
    }
  } else if ($(el, 'input[type="checkbox"][name="answer"]')) {
    for (const v of value as string[]) {
      await tabUntil(el, (e) => e.matches(`input[value="${v}"]`));
      await press(SPACE);
    }
  } else {
    const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
    const target = radios.findIndex((r) => r.value === value);
    const focused = (await tabUntil(el, (e) => e.matches('input[type="radio"]'))) as HTMLInputElement;
    const from = radios.indexOf(focused);
    if (from === target) await press(SPACE);
    else await press(target > from ? 'ArrowDown' : 'ArrowUp', Math.abs(target - from));
    expect(radios[target]!.checked, `radio ${String(value)} is checked`).to.equal(true);
  }
  await tabUntil(el, isSubmit);
  await press('Enter');
  await el.updateComplete;
}

describe('walking to each outcome with the keyboard only', () => {
  for (const expected of Object.keys(ROUTES) as Outcome[]) {
    const typesASpace = ROUTES[expected].steps.some(([question, value]) => question === 'state' && COUNTRY_NAMES[String(value)]!.includes(' '));
    (typesASpace ? typingAheadPastSpace : it)(`reaches ${expected}`, async () => {
      const el = await make();
      for (const [question, value] of ROUTES[expected].steps) {
        expect(currentQuestion(el)).to.equal(question);
        await answerByKeyboard(el, value);
        // Focus is on the new step's heading, so Tab continues from there.
        expect(active(el)?.id).to.equal('step-heading');
      }
      expect(headingText(el)).to.equal('Check your answers');
      await tabUntil(el, (e) => e.matches('[part~="confirm"]'));
      await press('Enter');
      await el.updateComplete;
      checkResult(el, expected);
      expect(active(el)?.id).to.equal('step-heading');
      // "Start again" by keyboard: back to the first question, with nothing kept.
      await tabUntil(el, (e) => e.matches('[part~="restart"]'));
      await press('Enter');
      await el.updateComplete;
      expect(currentQuestion(el)).to.equal('state');
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('');
      expect(active(el)?.id).to.equal('step-heading');
    });
  }
});
