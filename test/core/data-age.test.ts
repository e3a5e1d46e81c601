import { expect } from '@open-wc/testing';
import { assess, dataMayBeOutdated, type Answers } from '../../src/core/index.js';
import { STATES_PARTIES } from '../../src/data/states-parties.js';
import { SPAIN_EVICTION } from '../support/samples.js';

/** An open route: nothing but the States Parties list decides it (the year to complain runs to 15 May 2027). */
const SPAIN: Answers = { ...SPAIN_EVICTION, finalDecisionDate: '2026-05-15' };
/** A closed route (the United States never joined): the other routes rest on the complaint procedures list too. */
const UNITED_STATES: Answers = { state: 'US', rights: ['food'], urgency: 'no', child: 'no', disability: 'no', grounds: ['none'] };

/** The shipped lists with the States Parties list dated `asOf` instead. */
const partiesOf = (asOf: string) => ({ ...STATES_PARTIES, asOf });
/** Only the dates matter: the lists' own and the check's, with or without other routes. */
const dated = (parties: string, procedures: string, checkedOn: string, routes = false) =>
  dataMayBeOutdated({
    data: { parties: { source: 'test', asOf: parties }, procedures: { source: 'test', asOf: procedures } },
    dates: { asOf: checkedOn, entryIntoForce: null, finalDecision: null, deadline: null },
    routes: routes ? assess(UNITED_STATES, { asOf: '2026-03-01' }).routes : [],
  });

describe('data age: a UN list more than six months older than the check', () => {
  it('the shipped lists (3 February 2026) are six months old on 3 August 2026, too old the day after', () => {
    expect(STATES_PARTIES.asOf).to.equal('2026-02-03');
    for (const answers of [SPAIN, UNITED_STATES]) {
      expect(dataMayBeOutdated(assess(answers, { asOf: '2026-06-01' })), 'June').to.equal(false);
      expect(dataMayBeOutdated(assess(answers, { asOf: '2026-08-03' })), 'exactly six months').to.equal(false);
      expect(dataMayBeOutdated(assess(answers, { asOf: '2026-08-04' })), 'six months and a day').to.equal(true);
    }
  });

  it('a host’s newer States Parties list is enough for an open route, not for a closed one, whose other routes use the procedures list', () => {
    const newer = { parties: partiesOf('2026-08-01') };
    expect(assess(SPAIN, { asOf: '2026-12-04', ...newer }).routes).to.have.length(0);
    expect(dataMayBeOutdated(assess(SPAIN, { asOf: '2026-12-04', ...newer }))).to.equal(false);
    expect(dataMayBeOutdated(assess(UNITED_STATES, { asOf: '2026-12-04', ...newer }))).to.equal(true);
  });

  it('the procedures list counts only when other routes are named', () => {
    expect(dated('2026-08-01', '2026-02-03', '2026-12-04')).to.equal(false);
    expect(dated('2026-08-01', '2026-02-03', '2026-12-04', true)).to.equal(true);
    expect(dated('2026-08-01', '2026-08-01', '2026-12-04', true)).to.equal(false);
  });

  it('counts calendar months: a list of 31 August is six months old on the last day of February, leap year or not', () => {
    expect(dated('2025-08-31', '2025-08-31', '2026-02-28')).to.equal(false);
    expect(dated('2025-08-31', '2025-08-31', '2026-03-01')).to.equal(true);
    expect(dated('2027-08-31', '2027-08-31', '2028-02-29')).to.equal(false);
    expect(dated('2027-08-31', '2027-08-31', '2028-03-01')).to.equal(true);
  });
});
