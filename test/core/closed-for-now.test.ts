import { expect } from '@open-wc/testing';
import { assess, closedForNow, type Answers } from '../../src/core/index.js';
import { reason } from '../../src/core/reasons.js';
import { SPAIN_EVICTION } from '../support/samples.js';

/** What the route waits for, screened as of `asOf`. */
const waitsFor = (answers: Answers, asOf = '2026-06-01') => closedForNow(assess(answers, { asOf }).reasons);

/** Albania: deposit 19 Feb 2025, bound from 19 May 2025 (art. 18(2)). */
const ALBANIA = { ...SPAIN_EVICTION, state: 'AL', finalDecisionDate: '2025-01-15' };

describe('closedForNow: a route closed only until a day or a decision', () => {
  it('a case still before the courts, or none brought yet, waits for the final decision at home (art. 3(1))', () => {
    expect(waitsFor({ ...SPAIN_EVICTION, remedies: 'pending', finalDecisionDate: undefined })).to.deep.equal({ until: 'final-decision' });
    expect(waitsFor({ ...SPAIN_EVICTION, remedies: 'not-tried', finalDecisionDate: undefined })).to.deep.equal({ until: 'final-decision' });
  });

  it('a State party not yet bound waits for the day the Protocol applies there (art. 18(2)), to the day', () => {
    expect(waitsFor(ALBANIA, '2025-02-19')).to.deep.equal({ until: 'entry-into-force', date: '2025-05-19' });
    expect(waitsFor(ALBANIA, '2025-05-18')).to.deep.equal({ until: 'entry-into-force', date: '2025-05-19' });
    expect(waitsFor({ ...ALBANIA, factsContinuing: 'yes' }, '2025-05-19')).to.equal(null);
    // Urgency (art. 5) adds a reason that closes nothing.
    expect(waitsFor({ ...ALBANIA, urgency: 'yes' }, '2025-05-18')).to.deep.equal({ until: 'entry-into-force', date: '2025-05-19' });
  });

  it('an open route, a State that never joined and a bar time does not lift wait for nothing', () => {
    expect(waitsFor(SPAIN_EVICTION)).to.equal(null);
    expect(waitsFor({ ...SPAIN_EVICTION, remedies: 'unknown', finalDecisionDate: undefined })).to.equal(null);
    expect(waitsFor({ state: 'US' })).to.equal(null);
    expect(waitsFor({ ...SPAIN_EVICTION, jurisdiction: 'no' })).to.equal(null);
    expect(waitsFor({ ...SPAIN_EVICTION, otherProcedure: 'cescr' })).to.equal(null);
  });

  it('closed for two kinds of reason (not yet bound, and the courts still deciding), it names neither: no one day or decision reopens it', () => {
    // The screening stops at the first reason that closes the route: a list of reasons from elsewhere may hold both.
    const both = [reason('not-yet-in-force', '18(2)', 'unavailable', { entryIntoForce: '2025-05-19' }), reason('remedies-pending', '3(1)', 'bar')];
    expect(closedForNow(both)).to.equal(null);
    expect(closedForNow(both.slice(0, 1))).to.deep.equal({ until: 'entry-into-force', date: '2025-05-19' });
    expect(closedForNow(both.slice(1))).to.deep.equal({ until: 'final-decision' });
  });
});
