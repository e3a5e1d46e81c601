import { expect } from '@open-wc/testing';
import { assess, assessmentSchema, createEnvironment, ValidationError, type Answers, type Assessment } from '../../src/core/index.js';
import { denunciation } from '../../src/core/parties.js';
import { STATES_PARTIES } from '../../src/data/states-parties.js';
import { SPAIN_EVICTION } from '../support/samples.js';

/*
 * Art. 20: a State may leave the Protocol by notice to the UN Secretary-General; it leaves
 * six months after he receives it (20(1)), and only complaints sent before then go on (20(2)).
 */

/** The shipped table, as of `asOf`, with Spain's notice received on `denouncedOn`. */
const spainLeaving = (denouncedOn: string, asOf: string) => ({
  source: 'A newer status page',
  asOf,
  states: STATES_PARTIES.states.map((s) => (s.code === 'ES' ? { ...s, denouncedOn } : s)),
});

const reasonOf = (a: Assessment, code: string) => a.reasons.find((r) => r.code === code);
const stepOf = (a: Assessment, code: string) => a.nextSteps.find((s) => s.code === code);

describe('a State that leaves the Protocol (art. 20)', () => {
  // Notice received on 15 March 2027: Spain leaves on 15 September 2027.
  const parties = spainLeaving('2027-03-15', '2027-03-20');
  /** A case whose year (art. 3(2)(a)) runs until 10 January 2028, after Spain leaves. */
  const recent: Answers = { ...SPAIN_EVICTION, finalDecisionDate: '2027-01-10' };

  it('takes effect six months after the notice, the day before being the last to send a complaint', () => {
    const record = createEnvironment({ parties }).partyByCode.get('ES')!;
    expect(denunciation(record, '2027-09-14')).to.deep.equal({ notifiedOn: '2027-03-15', effective: '2027-09-15', lastDay: '2027-09-14', left: false });
    expect(denunciation(record, '2027-09-15')?.left).to.equal(true);
    // A screening dated before the notice: the State had not given it yet; on its day, it had.
    expect(denunciation(record, '2027-03-14')).to.equal(null);
    expect(denunciation(record, '2027-03-15')?.notifiedOn).to.equal('2027-03-15');
  });

  it('on the last day, a complaint can still be sent, and that day is the deadline everywhere it is given', () => {
    const a = assess(recent, { asOf: '2027-09-14', parties });
    expect(a.outcome).to.equal('likely-admissible');
    expect(reasonOf(a, 'denunciation-pending')).to.deep.include({ article: '20(2)', severity: 'info' });
    expect(reasonOf(a, 'denunciation-pending')!.data).to.deep.equal({ denouncedOn: '2027-03-15', leavesOn: '2027-09-15', deadline: '2027-09-14' });
    expect(a.state!.party).to.equal(true);
    // Earlier than the year's end (10 January 2028): it wins.
    expect(a.dates.deadline).to.equal('2027-09-14');
    expect(stepOf(a, 'send-before-state-leaves')!.data).to.deep.equal({ deadline: '2027-09-14' });
    expect(stepOf(a, 'mind-deadline')).to.equal(undefined);
    expect(() => assessmentSchema.parse(JSON.parse(JSON.stringify(a)))).not.to.throw();
  });

  it('on the day it takes effect, the State is no longer a party: no new complaint (art. 20(1))', () => {
    const a = assess({ ...recent, urgency: 'yes' }, { asOf: '2027-09-15', parties });
    expect(a.outcome).to.equal('not-available');
    expect(a.reasons[0]).to.deep.include({ code: 'state-denounced', article: '20(1)', severity: 'unavailable' });
    expect(a.reasons[0]!.data).to.deep.equal({ denouncedOn: '2027-03-15', leavesOn: '2027-09-15' });
    // Not a party, not leaving: no complaint to ask art. 5 measures in, and no duty of art. 13 towards a person it no longer answers to here.
    expect(a.reasons.map((r) => r.code)).to.deep.equal(['state-denounced']);
    expect(a.nextSteps[0]!.code).to.equal('get-urgent-help');
    // It joined once, and the record keeps it, with the day the Protocol applied there; it is no longer a party.
    expect(a.state).to.deep.include({ party: false, consentedOn: '2010-09-23', entryIntoForce: '2013-05-05' });
    expect(a.dates.deadline).to.equal(null);
    expect(a.nextSteps.map((s) => s.code)).not.to.include('send-before-state-leaves');
    // Asking it to join again, with the campaign among the routes: `left` says it was a party.
    expect(stepOf(a, 'campaign-for-ratification')!.data).to.deep.equal({ left: true });
    expect(a.routes.map((r) => r.kind)).to.include('campaign');
    expect(() => assessmentSchema.parse(JSON.parse(JSON.stringify(a)))).not.to.throw();
  });

  it('changes nothing for a screening dated before the notice', () => {
    const a = assess(recent, { asOf: '2027-03-14', parties });
    expect(a.reasons.map((r) => r.code)).not.to.include('denunciation-pending');
    expect(a.dates.deadline).to.equal('2028-01-10');
  });

  it('gives the year of art. 3(2)(a) when it ends first', () => {
    const a = assess({ ...SPAIN_EVICTION, finalDecisionDate: '2026-06-01' }, { asOf: '2027-04-01', parties });
    expect(reasonOf(a, 'denunciation-pending')).not.to.equal(undefined);
    expect(a.dates.deadline).to.equal('2027-06-01');
    expect(stepOf(a, 'mind-deadline')!.data).to.deep.equal({ deadline: '2027-06-01' });
    expect(stepOf(a, 'send-before-state-leaves')).to.equal(undefined);
  });

  it('still says when to send by after the year has passed (a late complaint), or with no final decision', () => {
    const late = assess({ ...SPAIN_EVICTION, finalDecisionDate: '2026-01-10', lateSubmission: 'yes' }, { asOf: '2027-04-01', parties });
    expect(late.outcome).to.equal('needs-review');
    expect(stepOf(late, 'send-before-state-leaves')!.data).to.deep.equal({ deadline: '2027-09-14' });
    const unavailable = assess({ ...SPAIN_EVICTION, remedies: 'unavailable', finalDecisionDate: undefined }, { asOf: '2027-04-01', parties });
    expect(unavailable.dates.deadline).to.equal('2027-09-14');
    expect(stepOf(unavailable, 'send-before-state-leaves')!.data).to.deep.equal({ deadline: '2027-09-14' });
  });

  it('with the courts yet to decide, says to send by the day before it leaves, not that a year follows their decision', () => {
    const pending = assess({ ...recent, remedies: 'pending', child: 'no', disability: 'no', grounds: ['none'] }, { asOf: '2027-04-01', parties });
    expect(pending.outcome).to.equal('not-admissible');
    expect(stepOf(pending, 'finish-domestic-remedies')!.data).to.deep.equal({ deadline: '2027-09-14' });
    // Before the notice, the year after the courts' decision is the whole story.
    const before = assess({ ...recent, remedies: 'pending', child: 'no', disability: 'no', grounds: ['none'] }, { asOf: '2027-03-14', parties });
    expect(stepOf(before, 'finish-domestic-remedies')).to.deep.equal({ code: 'finish-domestic-remedies', messageKey: 'next.finish-domestic-remedies' });
    expect(() => assessmentSchema.parse(JSON.parse(JSON.stringify(pending)))).not.to.throw();
    // Not tried yet: the same day, which the courts may never reach in time.
    const notTried = assess({ ...recent, remedies: 'not-tried', child: 'no', disability: 'no', grounds: ['none'] }, { asOf: '2027-04-01', parties });
    expect(stepOf(notTried, 'try-domestic-remedies')!.data).to.deep.equal({ deadline: '2027-09-14' });
    expect(stepOf(assess({ ...recent, remedies: 'not-tried', child: 'no', disability: 'no', grounds: ['none'] }, { asOf: '2027-03-14', parties }), 'try-domestic-remedies')!.data).to.equal(undefined);
  });

  it('counts a notice on 31 August to the end of February, the earlier reading of "six months after"', () => {
    const august = spainLeaving('2026-08-31', '2026-09-01');
    const lastDay = assess(recent, { asOf: '2027-02-27', parties: august });
    expect(reasonOf(lastDay, 'denunciation-pending')!.data).to.deep.equal({ denouncedOn: '2026-08-31', leavesOn: '2027-02-28', deadline: '2027-02-27' });
    expect(stepOf(lastDay, 'send-before-state-leaves')!.data).to.deep.equal({ deadline: '2027-02-27' });
    expect(assess(recent, { asOf: '2027-02-28', parties: august }).reasons[0]!.code).to.equal('state-denounced');
    // In a leap year, 29 February.
    const record = createEnvironment({ parties: spainLeaving('2027-08-31', '2027-09-01') }).partyByCode.get('ES')!;
    expect(denunciation(record, '2028-02-29')).to.deep.include({ effective: '2028-02-29', lastDay: '2028-02-28', left: true });
  });

  it('tells a State that joined and gave notice before the Protocol applies there when it will leave, as well as when it applies', () => {
    // Chile deposits on 1 February 2027 (bound from 1 May) and gives notice on 10 March: it leaves on 10 September.
    const chile = {
      source: 'A newer status page',
      asOf: '2027-03-20',
      states: STATES_PARTIES.states.map((s) => (s.code === 'CL' ? { ...s, consentedOn: '2027-02-01', consentKind: 'ratification' as const, denouncedOn: '2027-03-10' } : s)),
    };
    const a = assess({ state: 'CL' }, { asOf: '2027-04-01', parties: chile });
    expect(a.reasons.map((r) => r.code)).to.deep.equal(['not-yet-in-force', 'denunciation-pending']);
    expect(a.reasons[1]!.data).to.deep.equal({ denouncedOn: '2027-03-10', leavesOn: '2027-09-10', deadline: '2027-09-09' });
  });

  /** Chile deposits on 1 February 2027 (bound from 1 May) and gives notice on 10 March, `denouncedOn`: it leaves on 10 September 2027. */
  const chileJoining = (denouncedOn: string | null) => ({
    source: 'A newer status page',
    asOf: '2027-03-20',
    states: STATES_PARTIES.states.map((s) => (s.code === 'CL' ? { ...s, consentedOn: '2027-02-01', consentKind: 'ratification' as const, denouncedOn } : s)),
  });

  it('gives no year from the day the Protocol applied to send by when the State leaves before that year ends', () => {
    // A final decision of 1 March 2026: its year ran out before the Protocol applied.
    const chile = chileJoining('2027-03-10');
    const answers: Answers = { ...SPAIN_EVICTION, state: 'CL', factsDate: '2025-01-10', factsContinuing: 'yes', finalDecisionDate: '2026-03-01' };
    const a = assess(answers, { asOf: '2027-06-01', parties: chile });
    expect(a.outcome).to.equal('needs-review');
    expect(a.reasons.map((r) => r.code)).to.include('time-limit-before-entry-into-force');
    expect(stepOf(a, 'send-before-state-leaves')!.data).to.deep.equal({ deadline: '2027-09-09' });
    // "By 1 May 2028" would be months after Chile has left: nothing sent then is examined (art. 20(2)).
    expect(stepOf(a, 'send-within-year-of-entry-into-force')).to.equal(undefined);
    expect(a.nextSteps.filter((s) => s.data?.deadline).map((s) => s.data!.deadline)).to.deep.equal(['2027-09-09']);
    // Before the notice, that year is the day to send by.
    const before = assess(answers, { asOf: '2027-03-09', parties: chileJoining(null) });
    expect(before.reasons.map((r) => r.code)).to.include('not-yet-in-force');
    const bound = assess(answers, { asOf: '2027-06-01', parties: chileJoining(null) });
    expect(stepOf(bound, 'send-within-year-of-entry-into-force')!.data).to.deep.equal({ deadline: '2028-05-01' });
  });

  it('a State that leaves after the year from the day the Protocol applied ends: that year\'s last day first, then the day before it leaves', () => {
    // Bound from 1 May 2027; notice on 10 March 2028, so it leaves on 10 September 2028.
    const answers: Answers = { ...SPAIN_EVICTION, state: 'CL', factsDate: '2025-01-10', factsContinuing: 'yes', finalDecisionDate: '2026-03-01' };
    const a = assess(answers, { asOf: '2028-04-01', parties: { ...chileJoining('2028-03-10'), asOf: '2028-03-20' } });
    expect(a.nextSteps.filter((s) => s.data?.deadline).map((s) => [s.code, s.data!.deadline])).to.deep.equal([
      ['send-within-year-of-entry-into-force', '2028-05-01'],
      ['send-before-state-leaves', '2028-09-09'],
    ]);
  });

  it('joined, not yet bound, and already leaving: "from the day it applies" comes with the day before it leaves', () => {
    const answers: Answers = { ...SPAIN_EVICTION, state: 'CL', factsDate: '2025-01-10', factsContinuing: 'yes', finalDecisionDate: '2027-01-15' };
    const a = assess(answers, { asOf: '2027-03-20', parties: chileJoining('2027-03-10') });
    expect(a.reasons.map((r) => r.code)).to.include.members(['not-yet-in-force', 'denunciation-pending']);
    expect(stepOf(a, 'complain-once-in-force')!.data).to.deep.equal({ entryIntoForce: '2027-05-01', deadline: '2027-09-09' });
    // No notice: the year after the final decision is the whole story.
    const staying = assess(answers, { asOf: '2027-03-20', parties: chileJoining(null) });
    expect(stepOf(staying, 'complain-once-in-force')!.data).to.deep.equal({ entryIntoForce: '2027-05-01' });
  });

  const spain = STATES_PARTIES.states.findIndex((s) => s.code === 'ES');
  const chile = STATES_PARTIES.states.findIndex((s) => s.code === 'CL');
  const withRecord = (index: number, fields: object) => ({
    source: 'A newer status page',
    asOf: '2027-03-20',
    states: STATES_PARTIES.states.map((s, i) => (i === index ? { ...s, ...fields } : s)),
  });
  const bad: [string, unknown, RegExp][] = [
    ['a notice before the deposit', withRecord(spain, { denouncedOn: '2010-09-22' }), new RegExp(`states\\.${spain}\\.denouncedOn \\(record ES\\) \\(2010-09-22\\) is before consentedOn \\(2010-09-23\\)`)],
    ['a notice after the table\'s "as of" date', withRecord(spain, { denouncedOn: '2027-03-21' }), new RegExp(`states\\.${spain}\\.denouncedOn \\(record ES\\) \\(2027-03-21\\) is after the table's asOf \\(2027-03-20\\)`)],
    ['a notice from a State that never joined', withRecord(chile, { denouncedOn: '2027-03-01' }), new RegExp(`states\\.${chile}\\.denouncedOn \\(record CL\\) must be null while consentedOn is null`)],
    ['an impossible date', withRecord(spain, { denouncedOn: '2027-02-30' }), new RegExp(`states\\.${spain}\\.denouncedOn`)],
  ];
  for (const [what, data, message] of bad) {
    it(`is refused in a host's table, the field named: ${what}`, () => {
      expect(() => createEnvironment({ parties: data })).to.throw(ValidationError, message).with.property('input', 'parties');
    });
  }

  it('is accepted as null or left out, as the shipped table does, and on the bounds of its checks', () => {
    expect(() => createEnvironment({ parties: withRecord(spain, { denouncedOn: null }) })).not.to.throw();
    expect(() => createEnvironment({ parties: withRecord(chile, { denouncedOn: null }) }), 'null for a State that never joined').not.to.throw();
    expect(() => createEnvironment({ parties: withRecord(spain, { denouncedOn: '2027-03-20' }) }), 'on the table\'s "as of" day').not.to.throw();
    expect(() => createEnvironment({ parties: withRecord(spain, { denouncedOn: '2010-09-23' }) }), 'on the day of the deposit').not.to.throw();
    expect(STATES_PARTIES.states.some((s) => 'denouncedOn' in s)).to.equal(false);
  });
});
