import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { assess, assessmentSchema, type Answers } from '../../src/core/index.js';
import { SPAIN_EVICTION } from '../support/samples.js';

/*
 * The record a clinic keeps (the hand-off JSON, the complete event): every check of the
 * schema refuses a record that breaks it, so a case system can trust what it stores. Each
 * bad record below differs from a valid one in one field only.
 */
const AS_OF = '2026-06-01';
/** Open, urgent: reasons and next steps carry dates (interim measures, art. 5; the deadline, art. 3(2)(a)). */
const open = () => structuredClone(assess({ ...SPAIN_EVICTION, urgency: 'yes' }, { asOf: AS_OF })) as any;
/** Closed (Chile is not a party): other routes, recommended for a child, for sex, for an eviction. */
const CHILE: Answers = { state: 'CL', rights: ['eviction'], urgency: 'no', child: 'yes', disability: 'no', grounds: ['sex'] };
const closed = () => structuredClone(assess(CHILE, { asOf: AS_OF })) as any;
/** Closed (Mexico has not joined): a disappearance, with the search step, the CED's caveats and the San Salvador one. */
// With the family's lost income (art. 9): beside a disappearance alone, the San Salvador caveat, on social rights, is not shown.
const disappeared = () => structuredClone(assess({ state: 'MX', rights: ['disappearance', 'social-security'], urgency: 'yes' }, { asOf: AS_OF })) as any;
const valid = (record: unknown) => z.safeParse(assessmentSchema, record).success;
const reason = (a: any, code: string) => a.reasons.find((r: any) => r.code === code);
const route = (a: any, procedure: string) => a.routes.find((r: any) => r.procedure === procedure);

describe('the assessment record schema', () => {
  it('accepts what assess() gives, open or closed, in training too', () => {
    expect(valid(open())).to.equal(true);
    expect(valid(closed())).to.equal(true);
    expect(valid({ ...closed(), training: { scenario: 'eviction-spain' } })).to.equal(true);
    expect(valid({ ...closed(), training: { scenario: null } })).to.equal(true);
  });

  it('accepts a disappearance’s search step and the CED’s and the Inter-American caveats, read back from JSON', () => {
    const a = disappeared();
    expect(a.nextSteps.find((s: any) => s.code === 'search-for-disappeared').data).to.deep.equal({ urgentAction: true });
    expect(a.routes.find((r: any) => r.procedure === 'ced_art30').caveats).to.include('report-to-authorities-first');
    expect(a.routes.find((r: any) => r.procedure === 'iachr-petitions').caveats).to.include('san-salvador-petitions-limited');
    expect(valid(JSON.parse(JSON.stringify(a)))).to.equal(true);
  });

  it('accepts a case file saved before routes carried the day they were checked (no asOf)', () => {
    const a = closed();
    expect(a.routes.every((r: any) => typeof r.asOf === 'string'), 'routes carry it now').to.equal(true);
    for (const r of a.routes) delete r.asOf;
    expect(valid(a)).to.equal(true);
  });

  it('accepts each route’s own same-matter rule and a fit only for minorities, and a case file saved before routes carried them', () => {
    const a = JSON.parse(JSON.stringify(assess({ ...SPAIN_EVICTION, rights: ['eviction', 'land'], otherProcedure: 'echr' }, { asOf: AS_OF })));
    expect(route(a, 'iccpr_op1').sameMatter).to.deep.equal({ articles: ['5(2)(a)'], in: 'optional-protocol' });
    expect(route(a, 'iccpr_op1').caveats).to.include('same-matter-while-pending');
    expect(route(a, 'cedaw_op').caveats).to.include('women-and-girls-only').and.include('same-matter-refused');
    expect(valid(a)).to.equal(true);
    // A fit for minorities alone, where no other body has the matter.
    const b = JSON.parse(JSON.stringify(assess({ ...SPAIN_EVICTION, rights: ['eviction', 'land'], identity: 'anonymous' }, { asOf: AS_OF })));
    expect(route(b, 'iccpr_op1').because).to.deep.include({ kind: 'situation', situation: 'land', articles: ['27'], onlyFor: 'minorities' });
    expect(valid(b)).to.equal(true);
    // Never a rule with no article, nor a fit for someone the tool does not name.
    const noArticle = structuredClone(a);
    route(noArticle, 'iccpr_op1').sameMatter = { articles: [], in: 'optional-protocol' };
    expect(valid(noArticle)).to.equal(false);
    const adults = structuredClone(b);
    route(adults, 'iccpr_op1').because.find((x: any) => x.onlyFor).onlyFor = 'adults';
    expect(valid(adults)).to.equal(false);
    // Saved before: no rule, no limit on whom a fit protects.
    for (const r of [...a.routes, ...b.routes]) {
      delete r.sameMatter;
      for (const x of r.because) delete x.onlyFor;
    }
    expect(valid(a) && valid(b)).to.equal(true);
  });

  it('accepts the result for a State with a fact not confirmed (Finland’s entry into force), as the JSON download gives it', () => {
    const finland = assess({ ...SPAIN_EVICTION, state: 'FI' }, { asOf: AS_OF });
    expect(finland.state?.unconfirmed).to.deep.equal(['entryIntoForce']);
    expect(valid(structuredClone(finland))).to.equal(true);
  });

  it('accepts each text at its longest allowed length', () => {
    const a = open();
    a.data.procedures.source = 'x'.repeat(1000);
    reason(a, 'state-party').data.unconfirmed = 'x'.repeat(200);
    a.rights[0].covenantArticles = ['x'.repeat(20)];
    expect(valid(a)).to.equal(true);
    const c = closed();
    route(c, 'iccpr_op1').because[0].articles = ['x'.repeat(20)];
    expect(valid(c)).to.equal(true);
  });

  const cases: [string, () => unknown][] = [
    ['another schema version', () => ({ ...open(), schemaVersion: 1 })],
    ['an engine version that is not one', () => ({ ...open(), engineVersion: 'v1' })],
    ['an unknown outcome', () => ({ ...open(), outcome: 'admissible' })],
    ['a field the schema does not know', () => ({ ...open(), notes: 'x' })],
    ['a reason code in capitals', () => { const a = open(); a.reasons[0].code = 'State-Party'; return a; }],
    ['a reason code with a space', () => { const a = open(); a.reasons[0].code = 'state party'; return a; }],
    ['an article not written as in the Protocol', () => { const a = open(); a.reasons[0].article = 'Article 1(2)'; return a; }],
    ['an article with a letter but no paragraph', () => { const a = open(); a.reasons[0].article = '3(a)(2)'; return a; }],
    ['an unknown severity', () => { const a = open(); a.reasons[0].severity = 'fatal'; return a; }],
    ['a reason with a next step’s message key', () => { const a = open(); a.reasons[0].messageKey = 'next.state-party'; return a; }],
    ['a reason message key that is prose', () => { const a = open(); a.reasons[0].messageKey = 'reason.The State is a party'; return a; }],
    ['a reason field the schema does not know', () => { const a = open(); a.reasons[0].note = 'x'; return a; }],
    ['a fact a case system does not know', () => { const a = open(); reason(a, 'within-time-limit').data.comment = 'x'; return a; }],
    ['a deadline that is not a date', () => { const a = open(); reason(a, 'within-time-limit').data.deadline = '2026-12-32'; return a; }],
    ['an unconfirmed note over 200 characters', () => { const a = open(); reason(a, 'state-party').data.unconfirmed = 'x'.repeat(201); return a; }],
    ['an opt-in that is not true or false', () => { const a = open(); reason(a, 'state-party').data.optedIn = 'yes'; return a; }],
    ['a justification that is not a code', () => { const a = open(); reason(a, 'state-party').data.justification = 'My child'; return a; }],
    ['a question id that is not one', () => { const a = open(); a.questions[0] = 'state 1'; return a; }],
    ['answers with free text', () => ({ ...open(), answers: { ...open().answers, evidence: 'My landlord said…' } })],
    ['a State code in lower case', () => { const a = open(); a.state.code = 'es'; return a; }],
    ['a party flag that is not true or false', () => { const a = open(); a.state.party = 'yes'; return a; }],
    ['an entry into force that is not a date', () => { const a = open(); a.state.entryIntoForce = '5 May 2013'; return a; }],
    ['an unconfirmed item that is prose', () => { const a = open(); a.state.unconfirmed = ['Article 11']; return a; }],
    ['an unconfirmed item that is not a field name', () => { const a = open(); a.state.unconfirmed = ['entry-into-force']; return a; }],
    ['a State field the schema does not know', () => { const a = open(); a.state.name = 'Spain'; return a; }],
    ['a Covenant article over 20 characters', () => { const a = open(); a.rights[0].covenantArticles = ['x'.repeat(21)]; return a; }],
    ['a General Comment that is not a number', () => { const a = open(); a.rights[0].generalComments = ['4']; return a; }],
    ['an assessment date that does not exist', () => { const a = open(); a.dates.asOf = '2026-02-29'; return a; }],
    ['a deadline that does not exist', () => { const a = open(); a.dates.deadline = '2026-13-01'; return a; }],
    ['a next step with a reason’s message key', () => { const a = open(); a.nextSteps[0].messageKey = 'reason.request-interim-measures'; return a; }],
    ['a next step deadline that is not a date', () => { const a = open(); a.nextSteps.find((s: any) => s.data).data.deadline = '1 December 2026'; return a; }],
    ['a next step fact that is a number', () => { const a = open(); a.nextSteps.find((s: any) => s.data).data.deadline = 20261201; return a; }],
    ['a next step fact a case system does not know', () => { const a = open(); a.nextSteps.find((s: any) => s.data).data.comment = 'x'; return a; }],
    ['an urgent action flag that is not true or false', () => { const a = disappeared(); a.nextSteps.find((s: any) => s.code === 'search-for-disappeared').data.urgentAction = 'yes'; return a; }],
    ['a later reading that is not "later"', () => { const a = open(); a.nextSteps.find((s: any) => s.data).data.reading = 'earlier'; return a; }],
    ['a list with no source', () => { const a = open(); a.data.parties.source = ''; return a; }],
    ['a list source over 1000 characters', () => { const a = open(); a.data.procedures.source = 'x'.repeat(1001); return a; }],
    ['a list date that does not exist', () => { const a = open(); a.data.parties.asOf = '2026-02-30'; return a; }],
    ['a missing list', () => { const a = open(); delete a.data.procedures; return a; }],
    ['an unknown kind of route', () => { const a = closed(); a.routes[0].kind = 'court'; return a; }],
    ['an unknown fit', () => { const a = closed(); a.routes[0].fit = 'likely'; return a; }],
    ['a route checked on a day that does not exist', () => { const a = closed(); a.routes[0].asOf = '2026-11-31'; return a; }],
    ['a route checked on a day that is prose', () => { const a = closed(); a.routes[0].asOf = 'November 2026'; return a; }],
    ['an acceptance that is not a date', () => { const a = closed(); a.routes[0].acceptedOn = '1992'; return a; }],
    ['a route procedure that is prose', () => { const a = closed(); a.routes[0].procedure = 'ICCPR OP1'; return a; }],
    ['an unknown caveat', () => { const a = closed(); a.routes[0].caveats = ['maybe']; return a; }],
    ['an unknown kind of fit reason', () => { const a = closed(); route(a, 'crc_op3').because = [{ kind: 'age' }]; return a; }],
    ['a fit reason with a field of another kind', () => { const a = closed(); route(a, 'crc_op3').because = [{ kind: 'child', ground: 'sex' }]; return a; }],
    ['a situation article over 20 characters', () => { const a = closed(); route(a, 'iccpr_op1').because[0].articles = ['x'.repeat(21)]; return a; }],
    ['a ground that is not a code', () => { const a = closed(); route(a, 'cedaw_op').because = [{ kind: 'ground', ground: 'Sex' }]; return a; }],
    ['a mandate that is not a code', () => { const a = closed(); route(a, 'special-procedures').mandates = ['Housing']; return a; }],
    ['a campaign action that is not a code', () => { const a = closed(); route(a, 'ratification-campaign').actions = ['Write to your MP']; return a; }],
    ['a training scenario that is not a code', () => ({ ...closed(), training: { scenario: 'Eviction in Spain' } })],
    ['a training field the schema does not know', () => ({ ...closed(), training: { scenario: null, score: 3 } })],
  ];
  for (const [what, bad] of cases) {
    it(`refuses a record with ${what}`, () => {
      expect(valid(bad())).to.equal(false);
    });
  }
});
