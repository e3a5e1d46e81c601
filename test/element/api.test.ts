import { expect, fixture, html } from '@open-wc/testing';
import { assess, createEnvironment, today, ValidationError, type OpEligibility } from '../../src/index.js';
import { $, $$, answer, answerEach, confirm, continueOn, currentQuestion, headingText, make, outcome, pageText, partiesWith, reachResult, reasonCodes, record, settle, warnings, AS_OF } from './helpers.js';
import { answersOf, ROUTES } from './paths.js';

/** Creates the element with listeners already on the document, so the first events are seen. */
async function makeListening(options: Parameters<typeof make>[0]) {
  const events = { step: [] as CustomEvent[], complete: [] as CustomEvent[], error: [] as CustomEvent[] };
  const handlers = {
    'op-eligibility-step': (e: Event) => void events.step.push(e as CustomEvent),
    'op-eligibility-complete': (e: Event) => void events.complete.push(e as CustomEvent),
    'op-eligibility-error': (e: Event) => void events.error.push(e as CustomEvent),
  };
  for (const [type, handler] of Object.entries(handlers)) document.addEventListener(type, handler);
  let el!: OpEligibility;
  const warned = await warnings(async () => {
    el = await make(options);
  });
  for (const [type, handler] of Object.entries(handlers)) document.removeEventListener(type, handler);
  return { el, events, warned };
}

/**
 * The wizard works from the first question after a rejected input. Japan: not a party,
 * so the problem (for the special rapporteurs) and urgency are asked; its one complaint
 * route (the CED's urgent action) a child does not change; disability and unfair treatment
 * name a UN expert, then the summary comes next.
 */
async function worksFromTheStart(el: OpEligibility): Promise<void> {
  expect(currentQuestion(el)).to.equal('state');
  expect($(el, '.error-summary')).to.equal(null);
  expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('');
  expect($$(el, 'select option').length).to.be.greaterThan(190);
  await answer(el, 'JP');
  await answer(el, ['food']);
  await answer(el, 'no');
  // Disability and unfair treatment: each names a UN expert.
  await answer(el, 'no');
  await answer(el, ['none']);
  await confirm(el);
  expect(outcome(el)).to.equal('not-available');
}

/**
 * Answers the country (`state`) and "yes" while the host does `onStep` at each step event
 * (bounded, so that an endless loop fails rather than hangs the page), then goes Back:
 * Back must stay back. Returns the count of step events so far.
 */
async function answerTwiceThenBack(el: OpEligibility, state: string, onStep: (event: CustomEvent) => void): Promise<() => number> {
  let steps = 0;
  el.addEventListener('op-eligibility-step', (e) => {
    steps += 1;
    if (steps < 50) onStep(e);
  });
  await answer(el, state);
  await answer(el, 'yes');
  expect(currentQuestion(el)).to.equal('author');
  $<HTMLButtonElement>(el, '[part="back"]')!.click();
  await settle(el);
  expect(currentQuestion(el)).to.equal('jurisdiction');
  return () => steps;
}

describe('events', () => {
  it('op-eligibility-step fires once per step with {step, answers}, bubbling out of the shadow root', async () => {
    const { el, events } = await makeListening({});
    expect(events.step).to.have.length(1);
    expect(events.step[0]!.detail).to.deep.equal({ step: { kind: 'question', question: 'state', number: 1 }, answers: {} });
    expect(events.step[0]!.bubbles && events.step[0]!.composed).to.equal(true);

    const seen = record(el);
    await answer(el, 'ES');
    expect(seen.step.map((e) => e.detail)).to.deep.equal([
      { step: { kind: 'question', question: 'jurisdiction', number: 2 }, answers: { state: 'ES' } },
    ]);
    await continueOn(el); // refused: no new step
    expect(seen.step).to.have.length(1);
    for (const [, value] of ROUTES['likely-admissible'].steps.slice(1)) await answer(el, value);
    expect(seen.step).to.have.length(ROUTES['likely-admissible'].steps.length);
    expect(seen.step.at(-1)!.detail.step).to.deep.equal({ kind: 'review' });
    expect(seen.complete).to.have.length(0);
    await confirm(el);
    expect(seen.step.at(-1)!.detail.step).to.deep.equal({ kind: 'result', outcome: 'likely-admissible' });
    expect(seen.step).to.have.length(ROUTES['likely-admissible'].steps.length + 1);
  });

  it('op-eligibility-complete fires once per result, with the same assessment as the headless assess()', async () => {
    const el = await make();
    const seen = record(el);
    await reachResult(el, 'needs-review');
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(seen.complete).to.have.length(1);
    const answers = answersOf('needs-review');
    expect(seen.complete[0]!.detail.assessment).to.deep.equal(assess(answers, { asOf: AS_OF }));
    expect(seen.complete[0]!.bubbles && seen.complete[0]!.composed).to.equal(true);
    // Start again, and a second result is a second event.
    $<HTMLButtonElement>(el, '[part~="restart"]')!.click();
    await el.updateComplete;
    await answer(el, 'JP');
    await answer(el, ['food']);
    await answer(el, 'no');
    // Disability and unfair treatment: each names a UN expert.
    await answer(el, 'no');
    await answer(el, ['none']);
    await confirm(el);
    expect(seen.complete.map((e) => e.detail.assessment.outcome)).to.deep.equal(['needs-review', 'not-available']);
  });

  it('keeps its place when moved in the page, without repeating events', async () => {
    const el = await make();
    await answer(el, 'ES');
    await answer(el, 'yes');
    const seen = record(el);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('author');
    expect(seen.step).to.have.length(0);
    await answer(el, 'self');
    expect(currentQuestion(el)).to.equal('rights');
  });
});

describe('answers', () => {
  it('restores valid answers: the wizard continues at the first question they do not answer', async () => {
    const { el, events } = await makeListening({ answers: { state: 'ES', jurisdiction: 'yes', author: 'group' } });
    expect(events.error).to.have.length(0);
    expect(currentQuestion(el)).to.equal('rights');
    expect($(el, '[part="progress"]')!.textContent).to.equal('Question 4');
    $<HTMLButtonElement>(el, '[part="back"]')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[value="group"]')!.checked).to.equal(true);
  });

  it('answers, parties or procedures set as attributes during a screening are refused by name, never repeated; the person keeps their answers and place', async () => {
    const el = await make();
    const seen = record(el);
    await answer(el, 'ES');
    let warned = await warnings(async () => {
      el.setAttribute('answers', '{"state":"IN"}');
      el.setAttribute('parties', '[]');
      await settle(el);
    });
    expect(seen.error.map((e) => [e.detail.error.input, e.detail.error.issues[0].path])).to.deep.equal([
      ['attribute', 'answers'],
      ['attribute', 'parties'],
    ]);
    expect(seen.error[0]!.detail.error.message).to.contain('is a property, not an attribute');
    expect(warned.join(' ')).to.contain('answers is a property').and.not.contain('"IN"');
    expect(currentQuestion(el)).to.equal('jurisdiction');
    expect(seen.step.at(-1)!.detail.answers).to.deep.equal({ state: 'ES' });
    // Taking a wrong attribute away is no new mistake.
    warned = await warnings(async () => {
      el.removeAttribute('answers');
      await settle(el);
    });
    expect(seen.error).to.have.length(2);
    expect(warned).to.deep.equal([]);
  });

  it('restores complete answers to the summary', async () => {
    const el = await make({ answers: answersOf('likely-admissible') });
    expect(headingText(el)).to.equal('Check your answers');
  });

  it('a host passing each step event’s answers back (a controlled component) changes nothing: one event a step, and Back stays back', async () => {
    const el = await make();
    const steps = await answerTwiceThenBack(el, 'ES', (e) => (el.answers = e.detail.answers));
    expect(steps()).to.equal(3);
    // Other answers still replace the screening's.
    el.answers = { state: 'US' };
    await settle(el);
    expect(currentQuestion(el)).to.equal('rights');
    expect(steps()).to.equal(4);
  });

  it('the host’s saved answers passed again in a new object (React rendering again, as when the host keeps the result in its state) change nothing: the person keeps their place and their result', async () => {
    const steps = ROUTES['likely-admissible'].steps;
    const saved = () => Object.fromEntries(steps.slice(0, 2));
    const el = await make({ answers: saved() });
    const seen = record(el);
    await answer(el, 'self');
    el.answers = saved();
    await settle(el);
    expect(currentQuestion(el)).to.equal('rights');
    for (const [, value] of steps.slice(3)) await answer(el, value);
    await confirm(el);
    el.answers = saved();
    await settle(el);
    expect(outcome(el)).to.equal('likely-admissible');
    expect(seen.step).to.have.length(steps.length - 1, 'one step event a step, none for the answers passed again');
    // Other answers still replace the screening's.
    el.answers = { state: 'US' };
    await settle(el);
    expect(currentQuestion(el)).to.equal('rights');
    // Empty answers start afresh once; passed again at the next render, they change nothing
    // (React with `answers={saved ?? {}}`). No answers start afresh, and then `{}` is taken again.
    el.answers = {};
    await settle(el);
    expect(currentQuestion(el)).to.equal('state');
    await answer(el, 'ES');
    el.answers = {};
    await settle(el);
    expect(currentQuestion(el), 'the same empty answers, passed again').to.equal('jurisdiction');
    el.answers = undefined;
    await settle(el);
    expect(currentQuestion(el), 'no answers').to.equal('state');
    await answer(el, 'ES');
    el.answers = {};
    await settle(el);
    expect(currentQuestion(el), 'empty answers after none').to.equal('state');
    // null, which a host (React) passes for "none", is no answers too: not malformed answers.
    await answer(el, 'ES');
    const after = record(el);
    el.answers = null;
    await settle(el);
    expect(currentQuestion(el), 'null answers').to.equal('state');
    expect(after.error, 'no error for null').to.deep.equal([]);
  });

  for (const [name, bad] of [
    ['an unknown field', { state: 'ES', colour: 'blue' }],
    ['a State name instead of a code', { state: 'Spain' }],
    ['not an object', 'ES'],
    // Refused by the engine, as assess() refuses them: the person would meet an error on a step they never answered.
    ['a State the UN Treaty Collection does not know', { state: 'ZZ' }],
    ['a date after the screening’s', { state: 'ES', factsDate: '2026-03-02' }],
  ] as const) {
    it(`rejects ${name}: one error event, a warning, and a fresh start`, async () => {
      const { el, events, warned } = await makeListening({ answers: bad });
      expect(events.error).to.have.length(1);
      const error = events.error[0]!.detail.error;
      expect(error).to.be.instanceOf(ValidationError);
      expect(error.input).to.equal('answers');
      expect(events.error[0]!.bubbles && events.error[0]!.composed).to.equal(true);
      expect(warned.join('\n')).to.contain('Invalid answers');
      await worksFromTheStart(el);
      expect(events.error).to.have.length(1);
    });
  }

  it('the console names where rejected answers were refused, never what they were; the event carries the whole error to the host', async () => {
    const { events, warned } = await makeListening({ answers: { state: 'ES', identity: 'hidden-from-my-husband' } });
    expect(events.error[0]!.detail.error.message).to.contain('(got "hidden-from-my-husband")');
    expect(warned.join('\n')).to.contain('Invalid answers at identity');
    expect(warned.join('\n')).to.not.contain('hidden-from-my-husband');
    // Not "the default": a host would think the person's answers were reset.
    expect(warned.join('\n')).to.match(/; the screening keeps the answers it had\.$/);
  });

  it('the console names five places at most, then how many more, so that a long list stays one readable line', async () => {
    const extra = (names: string[]) => Object.fromEntries([['state', 'ES'], ...names.map((name) => [name, 'x'])]);
    const five = ['one', 'two', 'three', 'four', 'five'];
    expect((await makeListening({ answers: extra(five) })).warned.join('\n')).to.contain('Invalid answers at one, two, three, four, five (');
    expect((await makeListening({ answers: extra([...five, 'six']) })).warned.join('\n')).to.contain('Invalid answers at one, two, three, four, five, 1 more (');
  });
});

describe('parties', () => {
  it('rejects invalid data: one error event naming the field, and the shipped data is used', async () => {
    const { el, events, warned } = await makeListening({ parties: { source: 'x', asOf: '2026-01-01', states: [{ code: 'spain' }] } });
    expect(events.error).to.have.length(1);
    expect(warned.join('\n')).to.match(/; using the shipped table instead\.$/);
    const error = events.error[0]!.detail.error;
    expect(error.input).to.equal('parties');
    expect(error.issues[0]!.path).to.match(/^states\.0\./);
    await worksFromTheStart(el);
    expect($(el, '.about')!.textContent).to.contain('as of February 3, 2026');
  });

  it('a table dated after today (a mistyped year) is used, with a warning naming its date: the device’s clock may be the one behind', async () => {
    const later = `${Number(today().slice(0, 4)) + 36}${today().slice(4)}`;
    const { el, events, warned } = await makeListening({ parties: partiesWith('GB', { asOf: later }) });
    expect(events.error).to.have.length(0);
    expect(warned).to.deep.equal([`<op-eligibility>: the parties table is dated ${later}, after today (${today()} on this device): check its asOf.`]);
    // In force: the United Kingdom, a party only in this table, goes on to the next question.
    await answer(el, 'GB');
    expect(currentQuestion(el)).to.equal('jurisdiction');
    const { warned: dated } = await makeListening({ parties: partiesWith('GB', { asOf: today() }) });
    expect(dated, 'a table dated today').to.deep.equal([]);
  });

  it('newer data set during a screening keeps the answers and applies to them', async () => {
    const el = await make();
    const seen = record(el);
    await answer(el, 'JP');
    // Japan has not joined, so the route is closed: the problem is asked next.
    expect(currentQuestion(el)).to.equal('rights');
    el.parties = partiesWith('JP');
    await el.updateComplete;
    expect(seen.error).to.have.length(0);
    // Bound since 15 April 2025 under the new data: the route is open, and asks on from the State.
    expect(currentQuestion(el)).to.equal('jurisdiction');
    expect(seen.step.at(-1)!.detail.answers).to.deep.equal({ state: 'JP' });
    for (const value of ['yes', 'self', ['food']]) await answer(el, value);
    expect(currentQuestion(el)).to.equal('urgency');
  });

  it('the same data in a new object at each step (an object literal in a React render) changes nothing: one event a step, and Back stays back', async () => {
    const newer = () => partiesWith('JP');
    const el = await make({ parties: newer() });
    const steps = await answerTwiceThenBack(el, 'JP', () => (el.parties = newer()));
    expect(steps()).to.equal(3);
  });

  it('a country that has not joined: the reason says which list says so, the host’s newer one too, and the assessment carries its date', async () => {
    const notJoined = async (parties?: unknown) => {
      const el = await make(parties ? { parties } : {});
      const seen = record(el);
      await answer(el, 'US');
      await answer(el, ['food']);
      await answerEach(el, (q) => (q === 'grounds' ? ['none'] : 'no'));
      await confirm(el);
      return { text: $(el, '.reason[data-code="state-not-party"] .reason-text')!.textContent!.replace(/\s+/g, ' ').trim(), seen };
    };
    const shipped = await notJoined();
    expect(shipped.text).to.equal(
      'The United States has not joined the Optional Protocol. So nobody can complain about it to the Committee. This is from the UN’s list as of February 3, 2026; a country can join at any time.',
    );
    expect(shipped.seen.complete[0]!.detail.assessment.reasons[0]!.data).to.deep.equal({ signedOn: null, listAsOf: '2026-02-03' });
    const newer = await notJoined(partiesWith('JP'));
    expect(newer.seen.error).to.have.length(0);
    expect(newer.text).to.match(/This is from the UN’s list as of February 20, 2026; a country can join at any time\.$/);
  });

  it('a result checked more than six months after the UN’s lists says they may be out of date, and where to check', async () => {
    const cautionOn = async (asOf: string, lang = 'en') => {
      const el = await make({ asOf, lang });
      for (const value of ['US', ['food']]) await answer(el, value);
      await answerEach(el, (q) => (q === 'grounds' ? ['none'] : 'no'));
      await confirm(el);
      return $(el, '.about + [part="caution"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    };
    // The shipped lists are of 3 February 2026.
    expect(await cautionOn('2026-08-03'), 'six months old').to.equal(null);
    expect(await cautionOn('2026-08-04')).to.equal(
      '! Warning: The UN’s lists used here may be out of date: a country may have joined or left since. Before you rely on this result, check the UN Treaty Collection website, treaties.un.org.',
    );
    expect(await cautionOn('2026-08-04', 'fr')).to.contain('vérifiez sur le site de la Collection des traités des Nations Unies, treaties.un.org.');
  });

  it('uses valid newer data', async () => {
    const parties = partiesWith('JP', {}, ['consentedOn']);
    const { el, events } = await makeListening({ parties });
    expect(events.error).to.have.length(0);
    await answer(el, 'JP');
    expect(currentQuestion(el)).to.equal('jurisdiction');
    await answer(el, 'no');
    await answer(el, ['food']);
    await answer(el, 'no');
    await answer(el, 'no');
    await answer(el, ['none']);
    await confirm(el);
    expect(outcome(el)).to.equal('not-admissible');
    const text = pageText(el);
    expect(text).to.contain('as of February 20, 2026');
    // With the date the data gives, so that a person can tell whether it matters to them; on the result itself, not only in its folded summary.
    expect(text).to.contain('One fact about this country could not be checked against an official source: the date it joined (January 15, 2025). Ask someone to check it.');
  });

  it('names each fact newer data could not confirm, in one list, when there are several', async () => {
    const el = await make({ parties: partiesWith('JP', {}, ['consentedOn', 'article11']) });
    for (const value of ['JP', 'no', ['food'], 'no', 'no', ['none']]) await answer(el, value);
    await confirm(el);
    expect(pageText(el)).to.contain(
      'Some facts about this country could not be checked against an official source: the date it joined (January 15, 2025) and whether it accepts inquiries. Ask someone to check them.',
    );
  });

  it('an organisation, where newer data cannot confirm the State accepts inquiries: the inquiry reason says so, as the caution does', async () => {
    const data = partiesWith('JP', {}, ['article11']);
    const parties = { ...data, states: data.states.map((s) => (s.code === 'JP' ? { ...s, article11: null } : s)) };
    const text = await organisationResult('JP', parties);
    expect(text).to.contain('but only in countries that accept this. Whether Japan does could not be checked.');
    expect(text).to.not.contain('Japan has not.');
    expect(text).to.contain('could not be checked against an official source: whether it accepts inquiries.');
  });

  it('an organisation: the inquiry reason names the State that accepts inquiries (Portugal), and the one that has not (Germany)', async () => {
    expect(await organisationResult('PT')).to.contain('Portugal accepts inquiries. The Committee can look into serious or systematic violations if it gets reliable information');
    expect(await organisationResult('DE')).to.contain('but only in countries that accept this. Germany has not.');
  });
});

describe('procedures', () => {
  const shipped = () => createEnvironment();
  /** The shipped complaint-procedures table as of 1 September 2026, with the United States accepting the Human Rights Committee's complaints on 1 June. */
  const proceduresWithUS = () => {
    const { procedures } = shipped();
    return {
      source: 'UN Treaty Collection status pages, status as at 1 September 2026',
      asOf: '2026-09-01',
      states: procedures.states.map((s) => (s.code === 'US' ? { code: 'US', accepted: { ...s.accepted, iccpr_op1: '2026-06-01' } } : s)),
    };
  };
  const partiesOfSeptember = () => ({ ...shipped().parties, source: 'UN Treaty Collection, chapter IV-3-a, status as at 1 September 2026', asOf: '2026-09-01' });
  /** The result for the United States (food, every other question "no") on 10 September 2026. */
  const usResult = async (data: { parties?: unknown; procedures?: unknown }) => {
    const { el, events } = await makeListening({ asOf: '2026-09-10', ...data });
    const seen = record(el);
    for (const value of ['US', ['food']]) await answer(el, value);
    await answerEach(el, (q) => (q === 'grounds' ? ['none'] : 'no'));
    await confirm(el);
    const assessment = seen.complete[0]!.detail.assessment;
    return { el, errors: [...events.error, ...seen.error], assessment, caution: $(el, '.about + [part="caution"]') };
  };

  it('newer tables, both: the routes follow the newer procedures, the result cites them, and no longer says the UN’s lists may be out of date', async () => {
    const newer = await usResult({ parties: partiesOfSeptember(), procedures: proceduresWithUS() });
    expect(newer.errors).to.have.length(0);
    expect(newer.assessment.data.procedures).to.deep.equal({ source: 'UN Treaty Collection status pages, status as at 1 September 2026', asOf: '2026-09-01' });
    expect(newer.assessment.routes.map((r: { procedure: string }) => r.procedure)).to.include('iccpr_op1');
    expect(newer.caution).to.equal(null);
    // The shipped procedures, of 3 February: no such route, and the caution stays however new the parties.
    const partiesOnly = await usResult({ parties: partiesOfSeptember() });
    expect(partiesOnly.assessment.routes.map((r: { procedure: string }) => r.procedure)).to.not.include('iccpr_op1');
    expect(partiesOnly.caution!.textContent).to.contain('The UN’s lists used here may be out of date');
  });

  it('rejects invalid data: one error event naming the field, and the shipped data is used', async () => {
    const { el, events, warned } = await makeListening({ procedures: { source: 'x', asOf: '2026-01-01', states: [{ code: 'spain', accepted: {} }] } });
    expect(events.error).to.have.length(1);
    expect(warned.join('\n')).to.match(/; using the shipped table instead\.$/);
    const error = events.error[0]!.detail.error;
    expect(error.input).to.equal('procedures');
    expect(error.issues[0]!.path).to.match(/^states\.0\.code/);
    await worksFromTheStart(el);
  });

  it('a table that leaves out a State of the host’s parties is refused, naming it; the parties stay in force', async () => {
    const { procedures } = shipped();
    const withoutJapan = { ...procedures, states: procedures.states.filter((s) => s.code !== 'JP') };
    const { el, events } = await makeListening({ parties: partiesWith('JP'), procedures: withoutJapan });
    expect(events.error).to.have.length(1);
    const error = events.error[0]!.detail.error;
    expect(error.input).to.equal('procedures');
    expect(error.message).to.match(/^Invalid procedures: states lists no record for JP, a State of the States-Parties table/);
    await answer(el, 'JP');
    // Japan joined in the host's parties: the route is open.
    expect(currentQuestion(el)).to.equal('jurisdiction');
  });

  it('the same data in a new object at each step (an object literal in a React render) changes nothing: one event a step, and Back stays back', async () => {
    const el = await make({ procedures: proceduresWithUS() });
    const steps = await answerTwiceThenBack(el, 'ES', () => (el.procedures = proceduresWithUS()));
    expect(steps()).to.equal(3);
  });

  it('newer procedures set during a screening keep the answers, and a refused table set after them leaves them as they were', async () => {
    const el = await make({ asOf: '2026-09-10' });
    const seen = record(el);
    await answer(el, 'US');
    el.procedures = proceduresWithUS();
    await el.updateComplete;
    expect(seen.error).to.have.length(0);
    expect(currentQuestion(el)).to.equal('rights');
    el.procedures = { source: '', asOf: '2026-09-01', states: [] };
    await el.updateComplete;
    expect(seen.error.map((e) => e.detail.error.input)).to.deep.equal(['procedures']);
    expect(currentQuestion(el)).to.equal('rights');
    expect(seen.step.at(-1)!.detail.answers).to.deep.equal({ state: 'US' });
  });
});

/** The result's text for an organisation complaining about `state` (food, unfair treatment none, every other question "no"). */
async function organisationResult(state: string, parties?: unknown): Promise<string> {
  const { el, events } = await makeListening({ parties });
  expect(events.error).to.have.length(0);
  await answer(el, state);
  await answer(el, 'yes');
  await answer(el, 'organisation');
  await answerEach(el, (q) => (q === 'rights' ? ['food'] : q === 'grounds' ? ['none'] : 'no'));
  await confirm(el);
  return pageText(el);
}

describe('as-of and heading-level', () => {
  it('a new heading-level while the step’s heading has focus: the new heading takes it, not the page', async () => {
    const el = await make();
    await answer(el, 'ES');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
    el.headingLevel = 3;
    await settle(el);
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H3');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
  });

  it('an invalid as-of: one error event, a warning naming it, and today is used', async () => {
    const { el, events, warned } = await makeListening({ asOf: '2026-02-30' });
    expect(events.error).to.have.length(1);
    expect(events.error[0]!.detail.error.issues[0]!.path).to.equal('as-of');
    expect(warned.join('\n')).to.contain('as-of');
    expect(warned.join('\n')).to.match(/; using the default instead\.$/);
    const seen = record(el);
    await answer(el, 'JP');
    await answer(el, ['food']);
    await answer(el, 'no');
    // Disability and unfair treatment: each names a UN expert.
    await answer(el, 'no');
    await answer(el, ['none']);
    await confirm(el);
    expect(seen.complete[0]!.detail.assessment.dates.asOf).to.equal(today());
  });

  it('an as-of outside the years it takes: the error says which years, not only "a real calendar date"', async () => {
    const { events, warned } = await makeListening({ asOf: '9999-12-31' });
    expect(events.error[0]!.detail.error.message).to.equal('Invalid attribute: as-of must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998 (got "9999-12-31")');
    expect(warned.join('\n')).to.contain('in the years 1900 to 9998');
  });

  it('the assessment date bounds the date inputs', async () => {
    const el = await make({ asOf: '2025-06-30' });
    for (const value of ['ES', 'yes', 'self', ['food'], 'no']) await answer(el, value);
    expect($<HTMLInputElement>(el, 'input[type="date"]')!.max).to.equal('2025-06-30');
  });

  it('an invalid heading-level: one error event, a warning, and level 2', async () => {
    const { el, events, warned } = await makeListening({ headingLevel: '9' });
    expect(events.error).to.have.length(1);
    expect(events.error[0]!.detail.error.issues[0]!.path).to.equal('heading-level');
    expect(warned.join('\n')).to.contain('heading-level');
    expect($(el, '#step-heading')!.tagName).to.equal('H2');
    await worksFromTheStart(el);
  });

  it('heading-level written with spaces: " 3 " is the number 3, as HTML reads it; spaces alone are refused as written, not as 0', async () => {
    const padded = await makeListening({ headingLevel: ' 3 ' });
    expect(padded.events.error).to.have.length(0);
    expect($(padded.el, '#step-heading')!.tagName).to.equal('H3');
    const blank = await makeListening({ headingLevel: '  ' });
    expect(blank.events.error.map((e) => e.detail.error.issues[0]!.message)).to.deep.equal(['must be a whole number from 1 to 6 (got "  ")']);
    expect($(blank.el, '#step-heading')!.tagName).to.equal('H2');
  });

  it('removing heading-level or lang means the default, with no error and no empty lang left on the element', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><op-eligibility heading-level="4" lang="fr" as-of="2026-03-01"></op-eligibility></div>`);
    const el = wrapper.querySelector('op-eligibility')!;
    await settle(el);
    const seen = record(el);
    expect([$(el, '#step-heading')!.tagName, $(el, '[part~="base"]')!.lang]).to.deep.equal(['H4', 'fr']);
    el.removeAttribute('heading-level');
    el.removeAttribute('lang');
    await new Promise((resolve) => setTimeout(resolve));
    await settle(el);
    expect(seen.error).to.have.length(0);
    expect(el.hasAttribute('lang')).to.equal(false);
    // The wrapper's language applies, as if the element never had one.
    expect([$(el, '#step-heading')!.tagName, $(el, '[part~="base"]')!.lang]).to.deep.equal(['H2', 'es']);
  });

  it('heading-level sets the step headings, inner headings one deeper', async () => {
    const el = await make({ headingLevel: '3' });
    expect($(el, '#step-heading')!.tagName).to.equal('H3');
    await continueOn(el);
    expect($(el, '.error-summary-title')!.tagName).to.equal('H3');
    await answer(el, 'JP');
    expect($(el, '#step-heading')!.tagName).to.equal('H3');
    await answer(el, ['food']);
    await answer(el, 'no');
    await answer(el, 'no');
    await answer(el, ['none']);
    await confirm(el);
    expect($(el, '#step-heading')!.tagName).to.equal('H3');
    expect(new Set($$(el, '.subheading:not(.route-group > .subheading)').map((h) => h.tagName))).to.deep.equal(new Set(['H4']));
    // The other routes' groups are inside "Other places that may help".
    expect(new Set($$(el, '.route-group > .subheading').map((h) => h.tagName))).to.deep.equal(new Set(['H5']));
  });

  it('changing as-of later re-checks the answers on that date: the person keeps them and goes on where the new route asks', async () => {
    const el = await make();
    const seen = record(el);
    await answer(el, 'ES');
    await answer(el, 'yes');
    el.asOf = '2012-01-01';
    await el.updateComplete;
    // Not yet bound in 2012: the route is closed, so the problem is asked next, the State kept.
    expect(currentQuestion(el)).to.equal('rights');
    expect(seen.step.at(-1)!.detail.answers).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
    for (const value of [['food'], 'no', 'no', 'no', ['none']]) await answer(el, value);
    await confirm(el);
    expect(outcome(el)).to.equal('not-available');
    expect(reasonCodes(el)).to.include('not-yet-in-force');
    expect(seen.error).to.have.length(0);
  });

  for (const [change, apply] of [
    ['newer parties', (el: OpEligibility) => void (el.parties = partiesWith('GB'))],
    ['newer procedures', (el: OpEligibility) => void (el.procedures = structuredClone(createEnvironment().procedures))],
    ['a new as-of', (el: OpEligibility) => el.setAttribute('as-of', '2026-03-02')],
    ['a rejected as-of', (el: OpEligibility) => el.setAttribute('as-of', '2026-02-30')],
  ] as const) {
    it(`${change} arriving while the person is choosing: what they chose, and the focus, stay`, async () => {
      const el = await make();
      for (const value of ['ES', 'yes', 'self', ['housing'], 'no', '2024-01-10']) await answer(el, value);
      const exhausted = $<HTMLInputElement>(el, 'input[name="answer"][value="exhausted"]')!;
      $<HTMLLabelElement>(el, `label[for="${exhausted.id}"]`)!.click();
      exhausted.focus();
      await warnings(async () => {
        apply(el);
        await settle(el);
      });
      expect(currentQuestion(el)).to.equal('remedies');
      expect($<HTMLInputElement>(el, 'input[name="answer"]:checked')?.value, 'the choice not yet sent').to.equal('exhausted');
      expect(el.shadowRoot!.activeElement, 'focus').to.equal($(el, 'input[name="answer"][value="exhausted"]'));
    });
  }

  it('a new as-of that sends the person back to another question: focus goes to its heading, not to the page', async () => {
    const el = await make();
    for (const value of ['ES', 'yes', 'self', ['housing'], 'no', '2024-01-10']) await answer(el, value);
    $<HTMLInputElement>(el, 'input[name="answer"]')!.focus();
    el.setAttribute('as-of', '2023-01-01');
    await settle(el);
    expect(currentQuestion(el)).to.equal('factsDate');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
  });

  it('on the result, a new date sends the person to check their answers, all kept; an invalid one is reported once and loses nothing', async () => {
    const el = await make();
    const seen = record(el);
    await reachResult(el, 'likely-admissible');
    const answers = seen.step.at(-1)!.detail.answers;
    el.asOf = '2026-06-01';
    await el.updateComplete;
    expect(headingText(el)).to.equal('Check your answers');
    expect(seen.step.at(-1)!.detail.answers).to.deep.equal(answers);
    await confirm(el);
    expect(outcome(el)).to.equal('likely-admissible');
    expect(seen.complete.at(-1)!.detail.assessment.dates.asOf).to.equal('2026-06-01');
    // Today is used instead; the answers are kept.
    el.asOf = '2026-02-30';
    await el.updateComplete;
    expect(seen.error).to.have.length(1);
    expect(seen.step.at(-1)!.detail.answers).to.deep.equal(answers);
  });
});

describe('language', () => {
  it('names countries and writes dates with Intl in the element’s language', async () => {
    const el = await fixture<OpEligibility>(html`<op-eligibility lang="fr" as-of="2026-03-01"></op-eligibility>`);
    const names = $$<HTMLOptionElement>(el, 'option').map((o) => o.textContent);
    expect(names).to.include('Espagne');
    expect(names.indexOf('Afrique du Sud')).to.be.lessThan(names.indexOf('Allemagne'));
    await answer(el, 'JP');
    await answer(el, ['food']);
    await answer(el, 'no');
    // Disability and unfair treatment: each names a UN expert.
    await answer(el, 'no');
    await answer(el, ['none']);
    await confirm(el);
    expect($(el, '.about')!.textContent).to.contain('1er mars 2026');
    expect($(el, '.reason-text')!.textContent).to.contain('Japon');
  });

  it('sorts the State picker by the localized name', async () => {
    const el = await make();
    // Between the placeholder and the last option, for a place not in the list.
    const names = $$<HTMLOptionElement>(el, 'option').slice(1, -1).map((o) => o.textContent!);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('en').compare));
    expect(names).to.include('Spain');
  });
});
