import { expect } from '@open-wc/testing';
import { COMPLAINT_PROCEDURES_SOURCE } from '../../src/data/complaint-procedures.js';
import { OTHER_ROUTES } from '../../src/data/other-routes.js';
import { STATES_PARTIES } from '../../src/data/states-parties.js';
import { ValidationError } from '../../src/core/index.js';
import { environmentOver } from '../../src/core/environment.js';
import { parseProceduresCsv } from '../../src/core/procedures.js';
import { answerProblem } from '../../src/core/rules.js';
import { otherRoutes } from '../../src/core/other-routes.js';
import { SHIPPED, shippedData, type ShippedSources } from '../../src/core/shipped-data.js';

const SOURCES: ShippedSources = {
  parties: () => STATES_PARTIES,
  procedures: () => COMPLAINT_PROCEDURES_SOURCE,
  otherRoutes: () => OTHER_ROUTES,
};

/** The shipped sources with one of them broken. */
const broken = (change: Partial<ShippedSources>) => shippedData({ ...SOURCES, ...change });

const withParty = (index: number, fields: object) => () => ({
  ...STATES_PARTIES,
  states: STATES_PARTIES.states.map((s, i) => (i === index ? { ...s, ...fields } : s)),
});

function expectRejected(read: () => unknown, input: string, path: RegExp): void {
  let error: unknown;
  try {
    read();
  } catch (e) {
    error = e;
  }
  expect(error, 'a ValidationError').to.be.instanceOf(ValidationError);
  expect((error as ValidationError).input).to.equal(input);
  expect((error as ValidationError).message).to.match(path);
}

describe('the shipped datasets, validated on first use', () => {
  it('validate, unchanged, and offer the same States as the full index', () => {
    expect(SHIPPED.parties()).to.deep.equal(STATES_PARTIES);
    expect(SHIPPED.procedures()).to.deep.equal(parseProceduresCsv(COMPLAINT_PROCEDURES_SOURCE));
    expect(SHIPPED.otherRoutes()).to.deep.equal(OTHER_ROUTES);
    const env = environmentOver(SHIPPED, { asOf: '2026-06-01' });
    expect([...env.stateChoices].sort()).to.deep.equal([...env.knownStates].sort());
  });

  it('catch an impossible date in the States-Parties table before any decision reads it', () => {
    const data = broken({ parties: withParty(3, { consentedOn: '2014-02-30' }) });
    // The environment and the country question's list do not need the dates…
    const env = environmentOver(data, { asOf: '2026-06-01' });
    expect(env.stateChoices.has('BE')).to.equal(true);
    // …but the first decision, "is this a State a complaint can name", validates it all.
    expectRejected(() => answerProblem('state', 'BE', env), 'parties', /Invalid parties: states\.3\.consentedOn \(record BE\) must be a real calendar date/);
    expectRejected(() => env.partyByCode, 'parties', /states\.3\.consentedOn/);
    expectRejected(() => env.parties, 'parties', /states\.3\.consentedOn/);
  });

  it('catch an unknown field in the States-Parties table', () => {
    const env = environmentOver(broken({ parties: withParty(0, { ratified: true }) }), {});
    expectRejected(() => env.knownStates, 'parties', /states\.0\.ratified \(record AL\) is not a known field/);
  });

  it('catch a bad code even in the list the country question shows', () => {
    const env = environmentOver(broken({ parties: withParty(5, { code: 'es' }) }), {});
    expectRejected(() => env.stateChoices, 'parties', /states\.5\.code must be an ISO 3166-1 alpha-2 code/);
    const noList = environmentOver(broken({ parties: () => ({ ...STATES_PARTIES, states: 'all of them' }) }), {});
    expectRejected(() => noList.stateChoices, 'parties', /Invalid parties: states /);
    const csv = COMPLAINT_PROCEDURES_SOURCE.csv.replace('\nAD,', '\nAndorra,');
    const procedures = environmentOver(broken({ procedures: () => ({ ...COMPLAINT_PROCEDURES_SOURCE, csv }) }), {});
    expectRejected(() => procedures.stateChoices, 'procedures', /states\.0\.code/);
  });

  it('catch a bad date in the complaint-procedures table', () => {
    const csv = COMPLAINT_PROCEDURES_SOURCE.csv.replace('AD,2006-09-22', 'AD,2006-13-22');
    const env = environmentOver(broken({ procedures: () => ({ ...COMPLAINT_PROCEDURES_SOURCE, csv }) }), {});
    expectRejected(() => env.procedures, 'procedures', /states\.0\.accepted\.iccpr_op1 \(record AD\) must be a real calendar date/);
  });

  it('catch bad route data before other routes are listed', () => {
    const data = broken({ otherRoutes: () => ({ ...OTHER_ROUTES, regional: { routes: [{ ...OTHER_ROUTES.regional.routes[0], states: ['FR', 'FR'] }] } }) });
    const env = environmentOver(SHIPPED, { asOf: '2026-06-01' });
    expectRejected(() => otherRoutes({ state: 'FR' }, env, data.otherRoutes()), 'routes', /regional\.routes\.0\.states \(record echr-applications\) lists a State twice/);
  });

  it('do not remember a failure: each use is refused again', () => {
    const env = environmentOver(broken({ parties: withParty(3, { consentedOn: 'soon' }) }), {});
    expectRejected(() => env.partyByCode, 'parties', /states\.3\.consentedOn/);
    expectRejected(() => env.partyByCode, 'parties', /states\.3\.consentedOn/);
  });
});
