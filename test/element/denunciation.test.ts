import { expect } from '@open-wc/testing';
import type { OpEligibility } from '../../src/index.js';
import { STATES_PARTIES } from '../../src/data/states-parties.js';
import { $, $$, confirm, make, nextStepCodes, outcome, reasonCodes } from './helpers.js';

/** A host's newer table: Spain's notice of leaving the Protocol received on 15 March 2027 (art. 20). */
const parties = {
  source: 'test',
  asOf: '2027-03-20',
  states: STATES_PARTIES.states.map((s) => (s.code === 'ES' ? { ...s, denouncedOn: '2027-03-15' } : s)),
};
/** An eviction in Spain whose year to complain (art. 3(2)(a)) runs until 10 January 2028. */
const answers = {
  state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['eviction'], urgency: 'no', factsDate: '2024-01-10',
  remedies: 'exhausted', finalDecisionDate: '2027-01-10', otherProcedure: 'none', identity: 'named', evidence: 'documents',
  // Asked only once the route is closed, to choose the other routes.
  child: 'no', disability: 'prefer-not', grounds: ['prefer-not'],
};

async function resultOn(asOf: string): Promise<OpEligibility> {
  const el = await make({ asOf, answers, parties });
  await confirm(el);
  return el;
}

const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
const reasonText = (el: OpEligibility, code: string) => text($(el, `.reason[data-code="${code}"]`));

describe('a State leaving the Protocol, in the result (art. 20)', () => {
  it('the day before it leaves: the complaint can go, and the result and the summary give that day as the last', async () => {
    const el = await resultOn('2027-09-14');
    expect(outcome(el)).to.equal('likely-admissible');
    expect(reasonText(el, 'denunciation-pending'))
      .to.include('Article 20(2)')
      .and.include('Spain has told the UN that it is leaving the Optional Protocol: it leaves on September 15, 2027.')
      .and.include('a complaint sent by September 14, 2027');
    expect(nextStepCodes(el)).to.include('send-before-state-leaves').and.not.include('mind-deadline');
    expect(text($(el, '.next-steps li[data-code="send-before-state-leaves"]'))).to.include('Send your complaint today, September 14, 2027');
    const state = text($(el, '.handoff-section[data-section="state"]'));
    expect(state).to.include('Last day to submit (the day before the country leaves the Optional Protocol)').and.include('September 14, 2027');
    expect(text($(el, '.handoff-section[data-section="remedies"]'))).not.to.include('Last day to submit');
  });

  it('a late complaint: the summary gives the day before it leaves, which the next step sends by, beside the year already passed', async () => {
    const el = await make({ asOf: '2027-04-01', answers: { ...answers, finalDecisionDate: '2026-01-10', lateSubmission: 'yes' }, parties });
    await confirm(el);
    expect(outcome(el)).to.equal('needs-review');
    expect(text($(el, '.next-steps li[data-code="send-before-state-leaves"]'))).to.include('Send your complaint by September 14, 2027 at the latest');
    const state = text($(el, '.handoff-section[data-section="state"]'));
    expect(state).to.include('Last day to submit (the day before the country leaves the Optional Protocol)').and.include('September 14, 2027');
    expect(text($(el, '.handoff-section[data-section="remedies"]'))).to.include('Last day to submit (one year after the final decision), already passed').and.include('January 10, 2027');
  });

  it('months before it leaves: the next step gives that last day, not "today"', async () => {
    const el = await resultOn('2027-04-01');
    expect(outcome(el)).to.equal('likely-admissible');
    expect(text($(el, '.next-steps li[data-code="send-before-state-leaves"]')))
      .to.include('Send your complaint by September 14, 2027 at the latest: the country leaves the Optional Protocol the next day.')
      .and.not.include('today');
  });

  it('with the courts yet to decide: wait for them, then send by the day before it leaves, not "a year from that day"', async () => {
    const el = await make({ asOf: '2027-04-01', answers: { ...answers, remedies: 'pending' }, parties });
    await confirm(el);
    expect(outcome(el)).to.equal('not-admissible');
    expect(text($(el, '.next-steps li[data-code="finish-domestic-remedies"]')))
      .to.include('Wait for the final decision in the country. Then send your complaint by September 14, 2027 at the latest: the country leaves the Optional Protocol the next day.')
      .and.not.include('one year');
    // "Not yet ... after that" has an end: the intro says it, on the result and in the summary.
    const intro = 'Not yet: the courts or authorities in the country must make their final decision first. After that, you may be able to complain until September 14, 2027: the country leaves the Optional Protocol the next day.';
    expect(text($(el, '[part="outcome"]'))).to.include(intro);
    expect(text($(el, '.handoff'))).to.include(intro);
  });

  it('the day before it leaves, with the courts yet to decide or not yet asked: no "not yet", and no "then send by" a day that is today', async () => {
    const pending = await make({ asOf: '2027-09-14', answers: { ...answers, remedies: 'pending' }, parties });
    await confirm(pending);
    expect(outcome(pending)).to.equal('not-admissible');
    const intro = text($(pending, '[part="outcome"]'));
    expect(intro).to.include(
      'The country leaves the Optional Protocol tomorrow: nothing sent to the Committee after today, September 14, 2027, can be examined, and the courts or authorities in the country have not made a final decision.',
    );
    expect(intro).to.not.include('Not yet');
    expect(text($(pending, '.next-steps li[data-code="finish-domestic-remedies"]'))).to.equal(
      'Only a complaint sent by today, September 14, 2027, can be examined, and the Committee normally needs the final decision in the country first.',
    );
    const notTried = await make({ asOf: '2027-09-14', answers: { ...answers, remedies: 'not-tried' }, parties });
    await confirm(notTried);
    expect(text($(notTried, '.next-steps li[data-code="try-domestic-remedies"]'))).to.equal(
      'Only a complaint sent by today, September 14, 2027, can be examined, and the Committee normally needs the problem taken to the courts or authorities in the country first, up to the final decision.',
    );
  });

  it('joined but not yet bound, and already leaving: from the day it applies, and by the day before it leaves', async () => {
    // Chile deposits on 1 February 2027 (bound from 1 May) and gives notice on 10 March: it leaves on 10 September 2027.
    const chile = {
      ...parties,
      states: STATES_PARTIES.states.map((s) => (s.code === 'CL' ? { ...s, consentedOn: '2027-02-01', consentKind: 'ratification' as const, denouncedOn: '2027-03-10' } : s)),
    };
    const el = await make({ asOf: '2027-03-20', answers: { ...answers, state: 'CL' }, parties: chile });
    await confirm(el);
    expect(text($(el, '.next-steps li[data-code="complain-once-in-force"]'))).to.equal(
      'From May 1, 2027, you may be able to complain to the Committee. It can look at what happens, or is still going on, from that day on. Send your complaint by September 9, 2027 at the latest: the country leaves the Optional Protocol the next day.',
    );
  });

  it('with the courts not yet asked: take it to them, then send by the day before it leaves', async () => {
    const el = await make({ asOf: '2027-04-01', answers: { ...answers, remedies: 'not-tried' }, parties });
    await confirm(el);
    expect(outcome(el)).to.equal('not-admissible');
    expect(text($(el, '.next-steps li[data-code="try-domestic-remedies"]'))).to.equal(
      'Take the problem to the courts or authorities in the country first, up to the final decision. Then send your complaint by September 14, 2027 at the latest: the country leaves the Optional Protocol the next day.',
    );
  });

  it('the day it leaves: the route is closed, saying why with its article and that earlier complaints go on', async () => {
    const el = await resultOn('2027-09-15');
    expect(outcome(el)).to.equal('not-available');
    expect(reasonCodes(el)[0]).to.equal('state-denounced');
    expect(reasonText(el, 'state-denounced'))
      .to.include('Article 20(1)')
      .and.include('Spain left the Optional Protocol on September 15, 2027')
      .and.include('Complaints sent before that day still go on.');
    expect($$(el, '.next-steps li').length).to.be.greaterThan(0);
    expect(nextStepCodes(el)).not.to.include('send-before-state-leaves');
  });

  it('once it has left, the campaign asks it to join again, never that it "has not joined", on the result and the summary', async () => {
    const el = await resultOn('2027-09-15');
    const again = 'Spain has left the Optional Protocol. You can help bring it back:';
    expect(text($(el, '[part="campaign"] p'))).to.equal(again);
    expect(text($(el, '.next-steps li[data-code="campaign-for-ratification"]'))).to.equal(
      'You can ask the government to join the Optional Protocol again, so that people can complain in future.',
    );
    const summary = text($(el, '.handoff-section[data-section="other-routes"]'));
    expect(summary).to.include(again).and.not.include('has not joined');
    // With another reason beside it (harm near: interim measures, art. 5), still "left".
    const urgent = await make({ asOf: '2027-09-15', answers: { ...answers, urgency: 'yes' }, parties });
    await confirm(urgent);
    expect(nextStepCodes(urgent)).to.include('get-urgent-help');
    expect(text($(urgent, '[part="campaign"] p'))).to.equal(again);
    // A State that never joined is still told so.
    const never = await make({ asOf: '2027-09-15', answers: { ...answers, state: 'CL' }, parties });
    await confirm(never);
    expect(text($(never, '[part="campaign"] p'))).to.equal('Chile has not joined the Optional Protocol. You can help change that:');
    expect(text($(never, '[data-action="raise-in-universal-periodic-review"]'))).to.equal(
      'Raise it in the Universal Periodic Review of Chile. This is a regular UN check on human rights in each country. Other countries and organisations make recommendations there.',
    );
    expect(text($(never, '.next-steps li[data-code="campaign-for-ratification"]'))).to.equal(
      'You can ask the government to join the Optional Protocol, so that people can complain in future.',
    );
  });
});
