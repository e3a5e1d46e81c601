import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import { COMPLAINT_PROCEDURES_SOURCE } from '../../src/data/complaint-procedures.js';
import { OTHER_ROUTES } from '../../src/data/other-routes.js';
import { STATES_PARTIES } from '../../src/data/states-parties.js';
import { assess, createEnvironment, parseAnswers, ValidationError, type Answers } from '../../src/core/index.js';
import { parseProceduresCsv } from '../../src/core/procedures.js';
import { OTHER_UN_PROCEDURES, otherRoutesSchema, parseOtherRoutes } from '../../src/core/other-routes-schema.js';
import { fitQuestionsThatMatter, otherRoutes, type Route } from '../../src/core/other-routes.js';
import { SHIPPED } from '../../src/core/shipped-data.js';

const env = createEnvironment({ asOf: '2026-06-01' });
const UN = ['iccpr_op1', 'cedaw_op', 'crpd_op', 'crc_op3', 'cerd_art14', 'cat_art22', 'ced_art30', 'ced_art31'];

type FitAnswers = Pick<Answers, 'child' | 'disability' | 'grounds'>;
const routesFor = (state: string, more: Partial<Answers> = {}, fit: FitAnswers = {}, e = env): Route[] =>
  otherRoutes({ state, ...more, ...fit } as Answers, e);
const unRoutes = (routes: Route[]) => Object.fromEntries(routes.filter((r) => UN.includes(r.procedure)).map((r) => [r.procedure, r.acceptedOn]));
const procedures = (routes: Route[]) => routes.map((r) => r.procedure);
const recommended = (routes: Route[]) => routes.filter((r) => r.fit === 'recommended').map((r) => r.procedure);
const route = (routes: Route[], procedure: string) => routes.find((r) => r.procedure === procedure)!;
/** A copy of the shipped route data to edit, as a host's own: the type the schema reads, not the frozen one it returns. */
const hostData = () => structuredClone(OTHER_ROUTES) as z.infer<typeof otherRoutesSchema>;

/*
 * Read off /work/shared/reference/un-complaint-procedures.csv (UN Treaty Collection, status
 * as at 3 Feb 2026), columns iccpr_op1, cedaw_op, crpd_op, crc_op3, cerd_art14, cat_art22,
 * ced_art31, and ced_art30 from the same snapshot's IV-16 page (ratification or accession).
 * Written out by hand so that a change in the shipped table or in the code fails.
 */
const EXPECTED_UN: Record<string, Record<string, string>> = {
  // CL,Chile,1992-05-27,2020-03-12,2008-07-29,2015-09-01,1994-05-18,2004-03-15,2009-12-08,
  CL: {
    iccpr_op1: '1992-05-27', cedaw_op: '2020-03-12', crpd_op: '2008-07-29', crc_op3: '2015-09-01',
    cerd_art14: '1994-05-18', cat_art22: '2004-03-15', ced_art30: '2009-12-08', ced_art31: '2009-12-08',
  },
  // IN,India,,,,,,,,
  IN: {},
  // US,United States of America,,,,,,,,
  US: {},
  // JP,Japan,,,,,,,, (ICPPED ratified 23 Jul 2009, no art. 31 declaration)
  JP: { ced_art30: '2009-07-23' },
  // BR,Brazil,2009-09-25,2002-06-28,2008-08-01,2017-09-29,2002-06-17,2006-06-26,,
  BR: {
    iccpr_op1: '2009-09-25', cedaw_op: '2002-06-28', crpd_op: '2008-08-01', crc_op3: '2017-09-29',
    cerd_art14: '2002-06-17', cat_art22: '2006-06-26', ced_art30: '2010-11-29',
  },
  // KE,Kenya,,,,,,,,
  KE: {},
  // SS,South Sudan,,2015-04-30,2024-02-05,,,,,2024-02-05
  SS: { cedaw_op: '2015-04-30', crpd_op: '2024-02-05' },
  // ES,Spain,1985-01-25,2001-07-06,2007-12-03,2013-06-03,1998-01-13,1987-10-21,2011-01-05,2010-09-23
  ES: {
    iccpr_op1: '1985-01-25', cedaw_op: '2001-07-06', crpd_op: '2007-12-03', crc_op3: '2013-06-03',
    cerd_art14: '1998-01-13', cat_art22: '1987-10-21', ced_art30: '2009-09-24', ced_art31: '2011-01-05',
  },
  // GR,Greece,1997-05-05,2002-01-24,2012-05-31,,,1988-10-06,, (collective complaints, not OP-ICESCR party)
  GR: { iccpr_op1: '1997-05-05', cedaw_op: '2002-01-24', crpd_op: '2012-05-31', cat_art22: '1988-10-06', ced_art30: '2015-07-09' },
};

describe('otherRoutes: which routes a State has', () => {
  for (const [state, expected] of Object.entries(EXPECTED_UN)) {
    it(`lists exactly the UN procedures ${state} accepted, with the deposit dates`, () => {
      expect(unRoutes(routesFor(state))).to.deep.equal(expected);
    });
  }

  it('lists regional routes, Special Procedures and the campaign in procedure order', () => {
    expect(procedures(routesFor('CL'))).to.deep.equal([...UN, 'iachr-petitions', 'special-procedures', 'ratification-campaign']);
    expect(procedures(routesFor('IN'))).to.deep.equal(['special-procedures', 'ratification-campaign']);
    expect(procedures(routesFor('JP'))).to.deep.equal(['ced_art30', 'special-procedures', 'ratification-campaign']);
    expect(procedures(routesFor('US'))).to.deep.equal(['iachr-petitions', 'special-procedures', 'ratification-campaign']);
    expect(procedures(routesFor('BR'))).to.deep.equal([...UN.slice(0, 7), 'iachr-petitions', 'special-procedures', 'ratification-campaign']);
    expect(procedures(routesFor('KE'))).to.deep.equal(['achpr-communications', 'acerwc-communications', 'special-procedures', 'ratification-campaign']);
    // Parties to the OP-ICESCR get no campaign.
    expect(procedures(routesFor('SS'))).to.deep.equal(['cedaw_op', 'crpd_op', 'achpr-communications', 'special-procedures']);
    expect(procedures(routesFor('ES'))).to.deep.equal([...UN, 'echr-applications', 'esc-collective-complaints', 'special-procedures']);
    expect(procedures(routesFor('GR'))).to.deep.equal([
      'iccpr_op1', 'cedaw_op', 'crpd_op', 'cat_art22', 'ced_art30', 'echr-applications', 'esc-collective-complaints', 'special-procedures', 'ratification-campaign',
    ]);
    // The European Court of Human Rights: every member of the Council of Europe, and no other State.
    expect(procedures(routesFor('GB'))).to.include('echr-applications');
    expect(procedures(routesFor('UA'))).to.include('echr-applications');
    for (const code of ['US', 'KE', 'BY', 'RU', 'KZ']) expect(procedures(routesFor(code)), code).to.not.include('echr-applications');
  });

  it('gives no route without a State, and no campaign for a State that cannot join', () => {
    expect(otherRoutes({}, env)).to.deep.equal([]);
    expect(procedures(routesFor('XK'))).to.deep.equal(['special-procedures']);
  });

  it('reads acceptances from env.procedures, not from a copy', () => {
    const data = parseProceduresCsv(COMPLAINT_PROCEDURES_SOURCE) as { states: { code: string; accepted: Record<string, string> }[] };
    const newer = { ...data, states: data.states.map((s) => (s.code === 'IN' ? { code: 'IN', accepted: { iccpr_op1: '2026-01-15' } } : s)) };
    const e = createEnvironment({ asOf: '2026-06-01', procedures: newer });
    expect(unRoutes(routesFor('IN', {}, {}, e))).to.deep.equal({ iccpr_op1: '2026-01-15' });
  });

  it('counts an acceptance only from its deposit, and cautions until the procedure applies', () => {
    const early = createEnvironment({ asOf: '2024-02-01' });
    expect(unRoutes(routesFor('SS', {}, {}, early))).to.deep.equal({ cedaw_op: '2015-04-30' });
    // Before its deposit of 5 Feb 2024 South Sudan was not a party: the campaign shows.
    expect(procedures(routesFor('SS', {}, {}, early))).to.include('ratification-campaign');
    const soon = createEnvironment({ asOf: '2024-02-20' });
    expect(route(routesFor('SS', {}, {}, soon), 'crpd_op').caveats).to.include('not-yet-in-force');
    const later = createEnvironment({ asOf: '2024-03-06' });
    expect(route(routesFor('SS', {}, {}, later), 'crpd_op').caveats).not.to.include('not-yet-in-force');
  });

  it('cautions until three months after the deposit for a procedure counted in months, on the later reading', () => {
    // ICCPR-OP1 art. 9(2): in force "three months after the date of the deposit".
    const data = parseProceduresCsv(COMPLAINT_PROCEDURES_SOURCE) as { states: { code: string; accepted: Record<string, string> }[] };
    const caveatsOn = (deposit: string, asOf: string) => {
      const procedures = { ...data, states: data.states.map((s) => (s.code === 'IN' ? { code: 'IN', accepted: { iccpr_op1: deposit } } : s)) };
      return route(routesFor('IN', {}, {}, createEnvironment({ asOf, procedures })), 'iccpr_op1').caveats;
    };
    // Deposited on the day of the check: accepted that day, not yet in force.
    expect(caveatsOn('2026-01-15', '2026-01-15')).to.include('not-yet-in-force');
    expect(caveatsOn('2026-01-15', '2026-04-14')).to.include('not-yet-in-force');
    expect(caveatsOn('2026-01-15', '2026-04-15')).not.to.include('not-yet-in-force');
    // 30 November plus three months: 28 February, or 1 March. Until 1 March it may not apply yet.
    expect(caveatsOn('2025-11-30', '2026-02-28')).to.include('not-yet-in-force');
    expect(caveatsOn('2025-11-30', '2026-03-01')).not.to.include('not-yet-in-force');
  });

  it('applies each UN procedure from the day its own instrument says, after a deposit on 15 January', () => {
    // CEDAW-OP art. 16(2) and CRC-OP3 art. 19(2): three months after the deposit; CRPD-OP
    // art. 13(2): the thirtieth day after it; ICERD art. 14(1) and CAT art. 22(1): a
    // declaration, with no wait. A day early tells a person a closed door is open; a day
    // late, the reverse.
    const data = parseProceduresCsv(COMPLAINT_PROCEDURES_SOURCE) as { states: { code: string; accepted: Record<string, string> }[] };
    const days: [procedure: string, dayBefore: string | null, firstDay: string][] = [
      ['cedaw_op', '2026-04-14', '2026-04-15'],
      ['crc_op3', '2026-04-14', '2026-04-15'],
      ['crpd_op', '2026-02-13', '2026-02-14'],
      ['cerd_art14', null, '2026-01-15'],
      ['cat_art22', null, '2026-01-15'],
    ];
    for (const [procedure, dayBefore, day] of days) {
      const procedures = { ...data, states: data.states.map((s) => (s.code === 'IN' ? { code: 'IN', accepted: { [procedure]: '2026-01-15' } } : s)) };
      const caveatsOn = (asOf: string) => route(routesFor('IN', {}, {}, createEnvironment({ asOf, procedures })), procedure).caveats;
      if (dayBefore) expect(caveatsOn(dayBefore), `${procedure} on ${dayBefore}`).to.include('not-yet-in-force');
      expect(caveatsOn(day), `${procedure} on ${day}`).not.to.include('not-yet-in-force');
    }
  });
});

describe('otherRoutes: remembered for a batch', () => {
  /** Every object and array reachable from `value`. */
  const objectsIn = (value: unknown, found = new Set<object>()): Set<object> => {
    if (value !== null && typeof value === 'object') {
      found.add(value);
      for (const v of Object.values(value)) objectsIn(v, found);
    }
    return found;
  };

  it('gives every caller routes of its own', () => {
    const ask = () => routesFor('CL', { rights: ['eviction', 'water'], consentJustification: 'disappearance' }, { child: 'yes', grounds: ['sex'] });
    const first = ask();
    const second = ask();
    expect(second).to.deep.equal(first);
    const shared = [...objectsIn(second)].filter((o) => objectsIn(first).has(o));
    expect(shared).to.deep.equal([]);
    first[0]!.caveats.push('not-a-complaint');
    first[0]!.because.length = 0;
    expect(ask()).to.deep.equal(second);
  });

  it('asks again when the datasets or the date change, for the same answers', () => {
    const data = parseProceduresCsv(COMPLAINT_PROCEDURES_SOURCE) as { states: { code: string; accepted: Record<string, string> }[] };
    const newer = { ...data, states: data.states.map((s) => (s.code === 'IN' ? { code: 'IN', accepted: { iccpr_op1: '2026-01-15' } } : s)) };
    const shipped = () => unRoutes(routesFor('IN', { rights: ['eviction'] }));
    expect(shipped()).to.deep.equal({});
    expect(unRoutes(routesFor('IN', { rights: ['eviction'] }, {}, createEnvironment({ asOf: '2026-06-01', procedures: newer })))).to.deep.equal({
      iccpr_op1: '2026-01-15',
    });
    expect(unRoutes(routesFor('IN', { rights: ['eviction'] }, {}, createEnvironment({ asOf: '2025-06-01', procedures: newer })))).to.deep.equal({});
    expect(shipped()).to.deep.equal({});
    // The campaign follows the parties dataset in use.
    const joined = { ...STATES_PARTIES, states: STATES_PARTIES.states.map((s) => (s.code === 'AO' ? { ...s, consentedOn: '2020-01-02', consentKind: 'ratification' } : s)) };
    const campaign = (e = env) => procedures(routesFor('AO', { rights: ['eviction'] }, {}, e)).includes('ratification-campaign');
    expect(campaign()).to.equal(true);
    expect(campaign(createEnvironment({ asOf: '2026-06-01', parties: joined }))).to.equal(false);
    expect(campaign()).to.equal(true);
  });
});

describe('otherRoutes: caveats', () => {
  const all = ['CL', 'US', 'BR', 'KE', 'SS', 'ES', 'GR', 'NI'].flatMap((s) => routesFor(s));

  it('cautions on every UN procedure that reservations or declarations may limit it', () => {
    for (const r of all.filter((x) => UN.includes(x.procedure))) expect(r.caveats[0], r.procedure).to.equal('reservations-may-limit');
  });

  it('warns of the same-matter bar (art. 3(2)(c)) on every route except Special Procedures and the campaign, for States that joined', () => {
    for (const state of ['SS', 'ES']) {
      for (const r of routesFor(state)) {
        const expected = r.procedure !== 'special-procedures' && r.procedure !== 'ratification-campaign';
        expect(r.caveats.includes('same-matter-bar'), `${state} ${r.procedure}`).to.equal(expected);
      }
    }
  });

  it('does not warn of the same-matter bar for a State that had not joined the Protocol: there is no complaint here to lose', () => {
    for (const state of ['CL', 'US', 'BR', 'KE', 'GR', 'NI']) {
      const routes = routesFor(state);
      expect(routes.filter((r) => r.kind === 'treaty-body' || r.kind === 'regional').length, state).to.be.greaterThan(0);
      for (const r of routes) expect(r.caveats, `${state} ${r.procedure}`).to.not.include('same-matter-bar');
    }
    // Joined after the assessment date: not yet on that day. Joined by it, though not yet in force: warned.
    const angola = (consentedOn: string) => ({ ...STATES_PARTIES, asOf: '2026-09-01', states: STATES_PARTIES.states.map((s) => (s.code === 'AO' ? { ...s, consentedOn, consentKind: 'ratification' as const } : s)) });
    const bars = (consentedOn: string) => route(routesFor('AO', {}, {}, createEnvironment({ asOf: '2026-06-01', parties: angola(consentedOn) })), 'achpr-communications').caveats.includes('same-matter-bar');
    expect(bars('2026-06-02')).to.equal(false);
    expect(bars('2026-06-01')).to.equal(true);
    expect(route(routesFor('AO'), 'achpr-communications').caveats).to.not.include('same-matter-bar');
    // What the person said about another body is still said: those bodies have rules of their own.
    for (const r of routesFor('US', { otherProcedure: 'regional-commission' }).filter((x) => x.kind === 'regional')) {
      expect(r.caveats, r.procedure).to.include('examined-elsewhere');
    }
  });

  it('does not warn of the same-matter bar beside a problem wholly outside the Covenant: the Committee would not take it anyway (art. 3(2)(d))', () => {
    for (const rights of [['civil-political'], ['disappearance'], ['civil-political', 'disappearance']] as const) {
      const routes = routesFor('ES', { rights: [...rights] });
      expect(routes.filter((r) => r.kind === 'treaty-body' || r.kind === 'regional').length, `${rights}`).to.be.greaterThan(0);
      for (const r of routes) expect(r.caveats, `${rights} ${r.procedure}`).to.not.include('same-matter-bar');
    }
    // A Covenant right, a problem the list does not name, or self-determination beside it: the warning stays.
    for (const rights of [['civil-political', 'housing'], ['disappearance', 'other'], ['civil-political', 'self-determination']] as const) {
      expect(route(routesFor('ES', { rights: [...rights] }), 'echr-applications').caveats, `${rights}`).to.include('same-matter-bar');
    }
  });

  it('does not warn of the same-matter bar when the facts were over before the Protocol bound the State: the Committee would not take them anyway (art. 3(2)(b))', () => {
    // Spain: bound from 5 May 2013.
    const echr = (more: Partial<Answers>) => route(routesFor('ES', more), 'echr-applications').caveats;
    expect(echr({ factsDate: '2013-05-04', factsContinuing: 'no' })).to.not.include('same-matter-bar');
    // Still going on after that day, or nobody knows when they began or whether they went on: the warning stays.
    expect(echr({ factsDate: '2013-05-04', factsContinuing: 'yes' })).to.include('same-matter-bar');
    expect(echr({ factsDate: '2013-05-04', factsContinuing: 'unknown' })).to.include('same-matter-bar');
    expect(echr({ factsDate: 'unknown', factsContinuing: 'no' })).to.include('same-matter-bar');
    // Facts from the day the Protocol applied: within it, so the warning stays.
    expect(echr({ factsDate: '2013-05-05', factsContinuing: 'no' })).to.include('same-matter-bar');
    // What the person said about another body is still said.
    expect(echr({ factsDate: '2013-05-04', factsContinuing: 'no', otherProcedure: 'echr' })).to.include('examined-elsewhere');
  });

  it('does not warn of the same-matter bar when what happened was not under the State’s jurisdiction: the Committee would not take it anyway (art. 2)', () => {
    const echr = (jurisdiction: Answers['jurisdiction']) => route(routesFor('ES', { jurisdiction }), 'echr-applications').caveats;
    expect(echr('no')).to.not.include('same-matter-bar');
    expect(echr('yes')).to.include('same-matter-bar');
    expect(echr('unknown')).to.include('same-matter-bar');
  });

  it('recommends no complaint body against a State the person said it did not happen under: each needs that link too (ECHR art. 1, ICCPR-OP1 art. 1), and says so', () => {
    const outside = routesFor('ES', { jurisdiction: 'no', rights: ['eviction'] });
    for (const r of outside.filter((x) => x.kind === 'treaty-body' || x.kind === 'regional')) {
      expect(r.caveats, r.procedure).to.include('jurisdiction-needed');
      expect(r.fit, r.procedure).to.equal('possible');
    }
    // The special rapporteurs write to any government: still a fit, with no such caveat.
    expect(route(outside, 'special-procedures')).to.deep.include({ fit: 'recommended' });
    expect(route(outside, 'special-procedures').caveats).to.not.include('jurisdiction-needed');
    // Not said, nor cached across, when it did happen there or nobody knows.
    for (const jurisdiction of ['yes', 'unknown'] as const) {
      const there = routesFor('ES', { jurisdiction, rights: ['eviction'] });
      expect(there.some((r) => r.caveats.includes('jurisdiction-needed')), jurisdiction).to.equal(false);
      expect(route(there, 'echr-applications').fit, jurisdiction).to.equal('recommended');
    }
  });

  it('does not warn of the same-matter bar when the year is past and nothing stopped the person: the Committee would not take it anyway (art. 3(2)(a))', () => {
    // Spain, a final decision of 31 May 2025: the year's last day was 31 May 2026, past on the environment's day.
    const echr = (more: Partial<Answers>, e = env) => route(routesFor('ES', { factsDate: '2020-01-10', remedies: 'exhausted', finalDecisionDate: '2025-05-31', ...more }, {}, e), 'echr-applications').caveats;
    expect(echr({ lateSubmission: 'no' })).to.not.include('same-matter-bar');
    // Something stopped them, or they do not know: the Committee may still take it, and the warning stays.
    expect(echr({ lateSubmission: 'yes' })).to.include('same-matter-bar');
    expect(echr({ lateSubmission: 'unknown' })).to.include('same-matter-bar');
    // On the year's last day the complaint is in time, whatever the stray answer says.
    expect(echr({ lateSubmission: 'no' }, createEnvironment({ asOf: '2026-05-31' }))).to.include('same-matter-bar');
    // A year that ran out before the Protocol applied, with over a year since: "no" is weighed, never a bar (Germany, in force 20 July 2023).
    const germany = routesFor('DE', { factsDate: '2020-01-01', factsContinuing: 'yes', remedies: 'exhausted', finalDecisionDate: '2022-07-19', lateSubmission: 'no' }, {}, createEnvironment({ asOf: '2024-07-21' }));
    expect(route(germany, 'echr-applications').caveats).to.include('same-matter-bar');
  });

  it('says that each complaint body needs a name too, when the person said nobody can know who it is (art. 3(2)(g) here)', () => {
    const anonymous = routesFor('ES', { identity: 'anonymous' });
    const complaints = anonymous.filter((r) => r.kind === 'treaty-body' || r.kind === 'regional');
    expect(complaints.length).to.be.greaterThan(3);
    for (const r of complaints) {
      // Where organisations complain in their own name, no victim need be named; a special rapporteur is no complaint body.
      expect(r.caveats.includes('name-needed'), r.procedure).to.equal(r.procedure !== 'esc-collective-complaints');
    }
    expect(route(anonymous, 'special-procedures').caveats).to.not.include('name-needed');
    // The African Commission asks for the author's name only (African Charter art. 56(1)): an organisation may complain for
    // victims it does not name; so may one to the African Children's Committee. The UN committees still need the name.
    const gabon = routesFor('GA', { identity: 'anonymous' }, { child: 'yes' });
    for (const procedure of ['achpr-communications', 'acerwc-communications']) expect(route(gabon, procedure).caveats, procedure).to.not.include('name-needed');
    expect(route(gabon, 'crc_op3').caveats).to.include('name-needed');
    for (const identity of ['named', 'confidential'] as const) {
      expect(routesFor('ES', { identity }).some((r) => r.caveats.includes('name-needed')), identity).to.equal(false);
    }
  });

  it('says that most complaint bodies need the agreement of those harmed too, when the person acts for them without it and without a reason (art. 2 here)', () => {
    const without = { author: 'representative-no-consent', consentJustification: 'none' } as const;
    const spain = routesFor('ES', without);
    // The UN committees' own rules (OP-CEDAW art. 2, OP3-CRC art. 5(2)…) and the European Court's (rule 45(3)) ask for it;
    // the CED's urgent action is asked by anyone with a legitimate interest (ICPPED art. 30(1)); organisations complain
    // to the European Committee of Social Rights in their own name; a special rapporteur is no complaint body.
    const bodies = spain.filter((r) => r.kind === 'treaty-body' || r.kind === 'regional');
    expect(bodies.filter((r) => r.caveats.includes('consent-needed')).map((r) => r.procedure)).to.deep.equal(
      bodies.map((r) => r.procedure).filter((p) => !['ced_art30', 'esc-collective-complaints'].includes(p)),
    );
    expect(route(spain, 'echr-applications').caveats).to.include('consent-needed');
    expect(route(spain, 'special-procedures').caveats).to.not.include('consent-needed');
    // Anyone may petition the Inter-American Commission (Convention art. 44), or write to the African Commission (art. 55).
    expect(route(routesFor('EC', without), 'iachr-petitions').caveats).to.not.include('consent-needed');
    expect(route(routesFor('EC', without), 'iccpr_op1').caveats).to.include('consent-needed');
    expect(route(routesFor('GA', without), 'achpr-communications').caveats).to.not.include('consent-needed');
    // Whether the African Children's Committee needs a child's agreement is not confirmed: nothing said, as for the CRC's committee it is.
    const gabonChild = routesFor('GA', without, { child: 'yes' });
    expect(route(gabonChild, 'acerwc-communications').caveats).to.not.include('consent-needed');
    expect(route(gabonChild, 'crc_op3').caveats).to.include('consent-needed');
    // A reason why they cannot agree, their agreement, or one's own complaint: nothing to say.
    for (const more of [{ author: 'representative-no-consent', consentJustification: 'fear' }, { author: 'representative-consent' }, { author: 'self' }] as const) {
      expect(routesFor('ES', more).some((r) => r.caveats.includes('consent-needed')), JSON.stringify(more)).to.equal(false);
    }
    // A host's route data that does not say whether a body needs it: nothing said.
    const data = hostData();
    for (const r of [...data.treatyBodies.routes, ...data.regional.routes]) delete r.who.consentNeeded;
    expect(otherRoutes({ state: 'ES', ...without }, env, data).some((r) => r.caveats.includes('consent-needed'))).to.equal(false);
  });

  it('carries the route and State caveats', () => {
    expect(route(routesFor('ES'), 'esc-collective-complaints').caveats).to.deep.equal(['organisations-only', 'accepted-provisions-vary', 'same-matter-bar']);
    // No answer on the courts in the country: each body that waits for them says so ('remedies-unknown').
    expect(route(routesFor('US'), 'iachr-petitions').caveats).to.deep.equal(['american-declaration-only', 'remedies-unknown']);
    expect(route(routesFor('CL'), 'iachr-petitions').caveats).to.deep.equal(['san-salvador-petitions-limited', 'remedies-unknown']);
    expect(route(routesFor('NI'), 'iachr-petitions').caveats).to.include('membership-unconfirmed');
    expect(route(routesFor('SS'), 'achpr-communications').caveats).to.deep.equal(['membership-unconfirmed', 'same-matter-bar', 'remedies-unknown']);
    expect(route(routesFor('KE'), 'achpr-communications').caveats).to.deep.equal(['remedies-unknown']);
    // A host's data that cautions every State of the route and some of them by name, alike: said once.
    const both = hostData();
    both.regional.routes[4]!.caveats.push('american-declaration-only');
    const iachr = otherRoutes({ state: 'US' }, env, parseOtherRoutes(both)).find((r) => r.procedure === 'iachr-petitions')!;
    expect(iachr.caveats).to.deep.equal(['american-declaration-only', 'remedies-unknown']);
    expect(route(routesFor('IN'), 'special-procedures')).to.deep.equal({
      kind: 'special-procedures', procedure: 'special-procedures', body: 'un-special-procedures', acceptedOn: null, fit: 'possible', because: [],
      caveats: ['no-decision-on-the-case'], mandates: [], asOf: OTHER_ROUTES.specialProcedures.asOf,
    });
    expect(route(routesFor('IN'), 'ratification-campaign')).to.deep.equal({
      kind: 'campaign', procedure: 'ratification-campaign', body: 'ngo-coalition-op-icescr', acceptedOn: null, fit: 'possible', because: [],
      caveats: ['not-a-complaint'], actions: ['ask-foreign-ministry-and-parliament', 'raise-in-universal-periodic-review', 'join-ngo-coalition'],
      asOf: OTHER_ROUTES.ratificationCampaign.asOf,
    });
  });
});

describe('otherRoutes: harm about to happen', () => {
  const urgentCaveats = (routes: Route[]) =>
    Object.fromEntries(routes.flatMap((r) => r.caveats.filter((c) => c.startsWith('urgent-')).map((c) => [r.procedure, c])));

  it('says first which bodies can ask the State to act at once: the Inter-American Commission even with no petition (its Rules, art. 25(1))', () => {
    expect(urgentCaveats(routesFor('US', { urgency: 'yes' }))).to.deep.equal({
      'iachr-petitions': 'urgent-measures-without-complaint', 'special-procedures': 'urgent-appeals',
    });
    expect(route(routesFor('US', { urgency: 'yes' }), 'iachr-petitions').caveats[0]).to.equal('urgent-measures-without-complaint');
    // The UN experts' urgent appeals wait for no court (Manual of Operations of the Special Procedures, para. 43): said first.
    expect(route(routesFor('US', { urgency: 'yes' }), 'special-procedures').caveats[0]).to.equal('urgent-appeals');
    for (const urgency of ['no', 'unknown'] as const) expect(route(routesFor('US', { urgency }), 'special-procedures').caveats).to.not.include('urgent-appeals');
    // Spain: the UN committees it accepted, the European Court and the Social Rights Committee; not the urgent action, itself a request to act at once.
    expect(urgentCaveats(routesFor('ES', { urgency: 'yes' }))).to.deep.equal({
      iccpr_op1: 'urgent-measures', cedaw_op: 'urgent-measures', crpd_op: 'urgent-measures', crc_op3: 'urgent-measures', cerd_art14: 'urgent-measures',
      cat_art22: 'urgent-measures', ced_art31: 'urgent-measures', 'echr-applications': 'urgent-measures', 'esc-collective-complaints': 'urgent-measures',
      'special-procedures': 'urgent-appeals',
    });
    expect(urgentCaveats(routesFor('KE', { urgency: 'yes' }))).to.include({ 'achpr-communications': 'urgent-measures' });
    // The African Children's Committee's provisional measures are not confirmed: nothing is said of them.
    expect(urgentCaveats(routesFor('KE', { urgency: 'yes' }))).to.not.have.property('acerwc-communications');
  });

  it('says nothing of it when harm is not about to happen, or may be (the next steps say what to do then)', () => {
    for (const urgency of [undefined, 'no', 'unknown'] as const) {
      expect(urgentCaveats(routesFor('ES', urgency ? { urgency } : {})), String(urgency)).to.deep.equal({});
    }
  });

  it('keeps the courts-first reminder beside it: measures asked with a complaint do not lift that rule', () => {
    const echr = route(routesFor('ES', { urgency: 'yes', remedies: 'pending' }), 'echr-applications');
    expect(echr.caveats[0]).to.equal('urgent-measures');
    expect(echr.caveats).to.include('remedies-first');
  });
});

describe('otherRoutes: the courts in the country, when the answers do not say', () => {
  // Armenia, facts over before the Protocol applied there (art. 3(2)(b)): the route closes before the courts are asked about.
  const armenia: Partial<Answers> = { jurisdiction: 'yes', author: 'self', rights: ['eviction'], urgency: 'no', factsDate: '2015-01-01', factsContinuing: 'no' };

  it('says under each body that waits for them that it does, in place of the courts-first reminder, where remedies were not asked or not known', () => {
    for (const remedies of [undefined, 'unknown'] as const) {
      const routes = routesFor('AM', { ...armenia, ...(remedies ? { remedies } : {}) });
      const echr = route(routes, 'echr-applications');
      // Still a likely fit (Article 8 protects the home they were put out of), with what it needs first said beside its four months.
      expect(echr.fit, String(remedies)).to.equal('recommended');
      expect(echr.caveats, String(remedies)).to.deep.equal(['remedies-unknown']);
      for (const procedure of ['iccpr_op1', 'cedaw_op', 'crpd_op', 'crc_op3']) expect(route(routes, procedure).caveats, procedure).to.include('remedies-unknown');
      // Not where no such rule applies: the CED's urgent action, the special rapporteurs.
      for (const procedure of ['ced_art30', 'special-procedures']) expect(route(routes, procedure).caveats, procedure).to.not.include('remedies-unknown');
    }
    // The collective complaints have no such rule (the European Social Charter's Protocol).
    expect(route(routesFor('ES'), 'esc-collective-complaints').caveats).to.not.include('remedies-unknown');
  });

  it('says nothing of the kind once the answers say what the courts did', () => {
    for (const remedies of ['exhausted', 'prolonged', 'unavailable'] as const) {
      expect(routesFor('AM', { ...armenia, remedies }).some((r) => r.caveats.includes('remedies-unknown')), remedies).to.equal(false);
    }
    for (const remedies of ['pending', 'not-tried'] as const) {
      const caveats = route(routesFor('AM', { ...armenia, remedies }), 'echr-applications').caveats;
      expect(caveats, remedies).to.include('remedies-first').and.not.include('remedies-unknown');
    }
  });
});

describe('otherRoutes: the date of what each route says', () => {
  it('gives each route the day its part of the route data was checked, a regional route its own record’s', () => {
    const data = hostData();
    data.treatyBodies.asOf = '2026-01-10';
    data.regional.routes.find((r) => r.procedure === 'echr-applications')!.asOf = '2026-02-20';
    data.regional.routes.find((r) => r.procedure === 'esc-collective-complaints')!.asOf = '2025-12-31';
    data.specialProcedures.asOf = '2026-03-30';
    const dated = otherRoutes({ state: 'ES', rights: ['eviction'] }, env, parseOtherRoutes(data));
    expect(Object.fromEntries(dated.map((r) => [r.procedure, r.asOf]))).to.deep.equal({
      ...Object.fromEntries(dated.filter((r) => r.kind === 'treaty-body').map((r) => [r.procedure, '2026-01-10'])),
      'echr-applications': '2026-02-20',
      'esc-collective-complaints': '2025-12-31',
      'special-procedures': '2026-03-30',
    });
    expect(dated.filter((r) => r.kind === 'treaty-body')).to.not.be.empty;
    expect(route(routesFor('IN'), 'ratification-campaign').asOf).to.equal(OTHER_ROUTES.ratificationCampaign.asOf);
  });
});

describe('otherRoutes: the Protocol of San Salvador', () => {
  // Its art. 19(6) limits petitions only for the States bound by it: OAS treaty A-52, the
  // depositary's table and news (other-routes.ts sources), Venezuela's contested 2020 deposit included.
  const PARTIES = ['AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'EC', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'PY', 'PE', 'SR', 'UY', 'VE'];
  const iachr = OTHER_ROUTES.regional.routes.find((r) => r.procedure === 'iachr-petitions')!;

  it('cautions that petitions under it are limited only for its parties, not for every OAS member', () => {
    for (const state of iachr.states) {
      const caveats = route(routesFor(state), 'iachr-petitions').caveats;
      expect(caveats.includes('san-salvador-petitions-limited'), state).to.equal(PARTIES.includes(state));
    }
    // Signed, never ratified: Haiti, a party to the Convention, has neither caution; Canada the Declaration's only.
    expect(route(routesFor('HT'), 'iachr-petitions').caveats).to.deep.equal(['remedies-unknown']);
    expect(route(routesFor('CA'), 'iachr-petitions').caveats).to.deep.equal(['american-declaration-only', 'remedies-unknown']);
  });

  it('says nothing of its limit on social rights beside problems that are all civil and political, a disappearance among them', () => {
    const limited = (rights: Answers['rights']) => route(routesFor('MX', { rights }), 'iachr-petitions').caveats.includes('san-salvador-petitions-limited');
    expect(limited(['disappearance'])).to.equal(false);
    expect(limited(['civil-political'])).to.equal(false);
    // A Covenant right among them, or a problem the list does not name: it is said.
    expect(limited(['disappearance', 'social-security'])).to.equal(true);
    expect(limited(['other'])).to.equal(true);
    expect(limited(undefined)).to.equal(true);
  });
});

describe('otherRoutes: each body’s own time limit after the final decision', () => {
  // Past the limit counted from the date of the decision, whether or not it runs from the notice.
  const late = (routes: Route[]) =>
    routes.filter((r) => r.caveats.includes('time-limit-passed') || r.caveats.includes('time-limit-may-have-passed')).map((r) => r.procedure);
  const decided = (finalDecisionDate: string, asOf: string, state = 'ES') =>
    routesFor(state, { rights: ['eviction'], remedies: 'exhausted', finalDecisionDate, child: 'yes' }, {}, createEnvironment({ asOf }));

  it('counts months from the final decision: passed the day after the last day, not on it', () => {
    // European Court: four months (art. 35(1) as amended by Protocol No. 15).
    expect(late(decided('2026-01-15', '2026-05-15'))).to.deep.equal([]);
    expect(recommended(decided('2026-01-15', '2026-05-15'))).to.include('echr-applications');
    const after = decided('2026-01-15', '2026-05-16');
    expect(late(after)).to.deep.equal(['echr-applications']);
    expect(route(after, 'echr-applications')).to.include({ fit: 'possible' });
    expect(route(after, 'echr-applications').because).to.deep.equal([]);
    expect(route(after, 'echr-applications').caveats).to.deep.equal(['same-matter-bar', 'time-limit-may-have-passed']);
    // The collective complaints have no time limit; the Human Rights Committee's five years run on.
    expect(recommended(after)).to.include.members(['iccpr_op1', 'esc-collective-complaints']);
  });

  it('gives the European Court six months for a final decision taken before 1 February 2022 (Protocol No. 15, art. 8(3))', () => {
    const courtLate = (finalDecisionDate: string, asOf: string) => late(decided(finalDecisionDate, asOf)).includes('echr-applications');
    expect(courtLate('2022-01-31', '2022-07-31')).to.equal(false);
    expect(courtLate('2022-01-31', '2022-08-01')).to.equal(true);
    // From 1 February 2022, four.
    expect(courtLate('2022-02-01', '2022-06-01')).to.equal(false);
    expect(courtLate('2022-02-01', '2022-06-02')).to.equal(true);
  });

  it('on a decision at a month’s end, waits for the later reading', () => {
    // 31 October + 4 months: 28 February, or 1 March as the day after the missing 31st.
    expect(late(decided('2025-10-31', '2026-03-01'))).to.deep.equal([]);
    expect(late(decided('2025-10-31', '2026-03-02'))).to.deep.equal(['echr-applications']);
  });

  it('marks each body by its own limit: six months (CERD, Inter-American Commission), one year (CRC), five years (Human Rights Committee)', () => {
    // Chile: every UN committee and the Inter-American Commission.
    expect(late(decided('2025-06-01', '2025-12-01', 'CL'))).to.deep.equal([]);
    expect(late(decided('2025-06-01', '2025-12-02', 'CL')).sort()).to.deep.equal(['cerd_art14', 'iachr-petitions']);
    expect(late(decided('2025-06-01', '2026-06-02', 'CL')).sort()).to.deep.equal(['cerd_art14', 'crc_op3', 'iachr-petitions']);
    expect(late(decided('2020-06-01', '2025-06-02', 'CL')).sort()).to.deep.equal(['cerd_art14', 'crc_op3', 'iachr-petitions', 'iccpr_op1']);
    // The Human Rights Committee's five years (rule 99(c)) run to the day: still open on it.
    expect(late(decided('2020-06-01', '2025-06-01', 'CL'))).to.not.include('iccpr_op1');
    // The child's answer recommended the CRC until its year ended.
    expect(recommended(decided('2025-06-01', '2026-06-01', 'CL'))).to.include('crc_op3');
    expect(recommended(decided('2025-06-01', '2026-06-02', 'CL'))).to.not.include('crc_op3');
  });

  it('never says a limit that runs from the day the person was told of the decision has passed: that day may be later', () => {
    // Inter-American Commission: six months from notification (American Convention art. 46(1)(b));
    // European Court: from the day the decision was given in public or served. CERD counts from
    // the national body's decision (ICERD art. 14(5)).
    const chile = decided('2025-06-01', '2025-12-02', 'CL');
    expect(route(chile, 'iachr-petitions').caveats).to.deep.equal(['san-salvador-petitions-limited', 'time-limit-may-have-passed']);
    expect(route(chile, 'cerd_art14').caveats).to.include('time-limit-passed').and.not.include('time-limit-may-have-passed');
    const spain = decided('2026-01-15', '2026-05-16');
    expect(route(spain, 'echr-applications').caveats).to.not.include('time-limit-passed');
    for (const r of [...chile, ...spain].filter((x) => x.kind === 'regional')) expect(r.caveats, r.procedure).to.not.include('time-limit-passed');
  });

  it('past its petition limit, still says a body that acts on urgent harm with no complaint sent may fit (the Inter-American Commission, its Rules art. 25(1))', () => {
    const urgent = (urgency: Answers['urgency']) =>
      routesFor('AR', { rights: ['water'], urgency, remedies: 'exhausted', finalDecisionDate: '2025-04-01' }, { child: 'yes' }, createEnvironment({ asOf: '2026-06-01' }));
    const iachr = route(urgent('yes'), 'iachr-petitions');
    expect(iachr.fit).to.equal('recommended');
    // Its petition may still be late: said, as before.
    expect(iachr.caveats).to.include('urgent-measures-without-complaint').and.include('time-limit-may-have-passed');
    expect(route(urgent('no'), 'iachr-petitions').fit).to.equal('possible');
    // A body whose measures come with a complaint (the CRC's year, passed: a child's answer would recommend it) is still not said to fit.
    expect(route(urgent('yes'), 'crc_op3').caveats).to.include('urgent-measures').and.include('time-limit-passed');
    expect(route(urgent('yes'), 'crc_op3').fit).to.equal('possible');
  });

  it('says no time limit has passed on a body whose own rule bars a matter another international body has: the case is followed there, or weighed with a lawyer', () => {
    // Italy's European Court case (the training scenario): "its time limit has passed" on that very Court read as "the application was late".
    const late: Partial<Answers> = { rights: ['eviction'], remedies: 'exhausted', finalDecisionDate: '2024-01-15' };
    expect(route(routesFor('IT', late), 'echr-applications').caveats).to.include('time-limit-may-have-passed');
    const before = routesFor('IT', { ...late, otherProcedure: 'echr' });
    for (const r of before.filter((x) => x.caveats.includes('same-matter-refused'))) {
      for (const c of ['time-limit-passed', 'time-limit-may-have-passed'] as const) expect(r.caveats, r.procedure).to.not.include(c);
    }
    // CERD has no such rule (ICERD art. 14): its six months still count, and have passed.
    expect(route(before, 'cerd_art14').caveats).to.include('same-matter-no-rule').and.include('time-limit-passed');
  });

  it('still points a child to the CRC past its year when the person says something stopped them (OP3-CRC art. 7(h), as art. 3(2)(a) here)', () => {
    const late: Partial<Answers> = { rights: ['education'], remedies: 'exhausted', finalDecisionDate: '2025-01-15' };
    const crc = (lateSubmission?: Answers['lateSubmission']) => route(routesFor('ES', { ...late, lateSubmission }, { child: 'yes' }), 'crc_op3');
    expect(crc('yes').fit).to.equal('recommended');
    expect(crc('yes').caveats).to.include('time-limit-passed');
    for (const answer of ['no', 'unknown', undefined] as const) expect(crc(answer).fit, String(answer)).to.equal('possible');
    // CERD's six months have no such words: past them, not recommended whatever the person says.
    expect(route(routesFor('ES', { ...late, lateSubmission: 'yes' }, { grounds: ['race'] }), 'cerd_art14').fit).to.equal('possible');
  });

  it('gives the last day of each body’s own limit while it runs, counted from the final decision: four months at the European Court end long before this route’s year', () => {
    const decided: Partial<Answers> = { rights: ['other'], remedies: 'exhausted', finalDecisionDate: '2026-09-07' };
    const routes = routesFor('ES', decided, {}, createEnvironment({ asOf: '2026-12-07' }));
    expect(route(routes, 'echr-applications').timeLimitEnds).to.equal('2027-01-07');
    expect(route(routes, 'cerd_art14').timeLimitEnds).to.equal('2027-03-07');
    expect(route(routes, 'crc_op3').timeLimitEnds).to.equal('2027-09-07');
    expect(route(routes, 'iccpr_op1').timeLimitEnds).to.equal('2031-09-07');
    // No limit of months (CEDAW), a limit passed (cautioned instead), another body already seized: no day.
    expect(route(routes, 'cedaw_op')).to.not.have.property('timeLimitEnds');
    const later = routesFor('ES', decided, {}, createEnvironment({ asOf: '2027-01-08' }));
    expect(route(later, 'echr-applications')).to.not.have.property('timeLimitEnds');
    expect(route(later, 'echr-applications').caveats).to.include('time-limit-may-have-passed');
    // Another body has it: no day on a body whose own rule bars that (the European Court, art. 35(2)(b)); CERD's still runs.
    const elsewhere = routesFor('ES', { ...decided, otherProcedure: 'echr' }, {}, createEnvironment({ asOf: '2026-12-07' }));
    expect(route(elsewhere, 'echr-applications')).to.not.have.property('timeLimitEnds');
    expect(route(elsewhere, 'cerd_art14').timeLimitEnds).to.equal('2027-03-07');
    // On its last day, still given: passed only the day after.
    expect(route(routesFor('ES', decided, {}, createEnvironment({ asOf: '2027-01-07' })), 'echr-applications').timeLimitEnds).to.equal('2027-01-07');
  });

  it('says nothing of a time limit without a known final decision', () => {
    const asOf = createEnvironment({ asOf: '2026-06-01' });
    expect(late(routesFor('ES', { remedies: 'exhausted', finalDecisionDate: 'unknown' }, {}, asOf))).to.deep.equal([]);
    expect(late(routesFor('ES', { remedies: 'pending' }, {}, asOf))).to.deep.equal([]);
  });
});

describe('otherRoutes: what happened before a committee’s procedure applied to the State', () => {
  // Armenia: CRPD deposited 26 December 2022, applying from the 30th day (25 January 2023, OP-CRPD art. 13(2));
  // OP3-CRC deposited 24 March 2021, from three months on (24 June 2021, its art. 19(2)).
  const ended = { factsDate: '2019-05-01', factsContinuing: 'no' } as const;
  const fit = { child: 'yes', disability: 'yes' } as const;

  it('gives the day each UN committee’s procedure applies from, and none for other routes', () => {
    const routes = routesFor('AM', {}, fit);
    expect(route(routes, 'crpd_op').appliesFrom).to.equal('2023-01-25');
    expect(route(routes, 'crc_op3').appliesFrom).to.equal('2021-06-24');
    expect(route(routes, 'special-procedures')).to.not.have.property('appliesFrom');
  });

  it('over before it applied: listed, not recommended, and says why (OP-CRPD art. 2(f), OP3-CRC art. 7(g))', () => {
    const routes = routesFor('AM', { rights: ['health-care'], ...ended }, fit);
    for (const p of ['crpd_op', 'crc_op3']) {
      expect(route(routes, p).fit, p).to.equal('possible');
      expect(route(routes, p).caveats, p).to.include('facts-before-procedure');
    }
    // The Human Rights Committee applied long before (1993): untouched.
    expect(route(routes, 'iccpr_op1').caveats).to.not.include('facts-before-procedure');
    // A day later than the facts' start, the same day, is not before: from 25 January 2023 it is the CRPD's.
    const onTheDay = routesFor('AM', { rights: ['health-care'], factsDate: '2023-01-25', factsContinuing: 'no' }, fit);
    expect(route(onTheDay, 'crpd_op').caveats).to.not.include('facts-before-procedure');
    expect(route(onTheDay, 'crpd_op').fit).to.equal('recommended');
    const dayBefore = routesFor('AM', { rights: ['health-care'], factsDate: '2023-01-24', factsContinuing: 'no' }, fit);
    expect(route(dayBefore, 'crpd_op').caveats).to.include('facts-before-procedure');
  });

  it('says "over before" only of a committee that applied on or after the Protocol did: "not going on" is said of that day', () => {
    // Germany: the Protocol applied from 20 July 2023, the CRC's procedure from 14 April 2014 (its own entry into force,
    // art. 19(1), though Germany deposited on 28 February 2013). Facts from 2010 that were over by 2023 may have run past 2014.
    const germany = routesFor('DE', { rights: ['education'], factsDate: '2010-09-01', factsContinuing: 'no' }, { child: 'yes' });
    expect(route(germany, 'crc_op3').appliesFrom).to.equal('2014-04-14');
    expect(route(germany, 'crc_op3').caveats).to.include('facts-may-predate-procedure').and.not.include('facts-before-procedure');
    expect(route(germany, 'crc_op3').fit).to.equal('recommended');
    // Spain: the CRPD's procedure from 3 May 2008 (its Protocol's own entry into force), before the Protocol here (5 May 2013).
    const spain = routesFor('ES', { rights: ['health-care'], factsDate: '2005-03-01', factsContinuing: 'no' }, { disability: 'yes' });
    expect(route(spain, 'crpd_op').appliesFrom).to.equal('2008-05-03');
    expect(route(spain, 'crpd_op').caveats).to.include('facts-may-predate-procedure').and.not.include('facts-before-procedure');
  });

  it('still going on, or not said: recommended, with the caution that only what went on after counts', () => {
    for (const factsContinuing of ['yes', 'unknown', undefined] as const) {
      const routes = routesFor('AM', { rights: ['health-care'], factsDate: '2019-05-01', factsContinuing }, fit);
      expect(route(routes, 'crpd_op').fit, String(factsContinuing)).to.equal('recommended');
      expect(route(routes, 'crpd_op').caveats, String(factsContinuing)).to.include('facts-may-predate-procedure');
    }
    // An unknown start says nothing.
    expect(route(routesFor('AM', { rights: ['health-care'], factsDate: 'unknown' }, fit), 'crpd_op').caveats).to.not.include('facts-may-predate-procedure');
  });

  it('leaves the disappearance committee’s own words (its art. 35) alone', () => {
    const routes = routesFor('AM', { rights: ['disappearance'], ...ended });
    expect(route(routes, 'ced_art30').caveats).to.include('disappearance-after-entry-into-force');
    expect(route(routes, 'ced_art30').caveats).to.not.include('facts-before-procedure');
  });
});

describe('otherRoutes: another international body has the matter (each body’s own rule)', () => {
  const examined = (state: string, more: Partial<Answers> = {}, fit: FitAnswers = {}) => routesFor(state, { rights: ['eviction'], otherProcedure: 'echr', ...more }, fit);

  it('follows each body’s own rule, with the article that says it', () => {
    const routes = examined('ES', {}, { grounds: ['race'] });
    const rule = (procedure: string) => {
      const r = route(routes, procedure);
      return [r.fit, r.caveats.filter((c) => c.startsWith('same-matter')), r.sameMatter ?? null];
    };
    // Barred only while the other body examines it (ICCPR-OP1 art. 5(2)(a), ICPPED arts 30(2)(e) and 31(2)(c)): weighed as usual,
    // but for the Human Rights Committee, which many States' reservations (Spain's among them) bar from a finished matter too.
    expect(rule('iccpr_op1')).to.deep.equal([
      'possible', ['same-matter-while-pending', 'same-matter-extended-by-reservations'], { articles: ['5(2)(a)'], in: 'optional-protocol' },
    ]);
    expect(rule('ced_art31')).to.deep.equal(['possible', ['same-matter-while-pending'], { articles: ['31(2)(c)'], in: 'convention' }]);
    // The CED's urgent search is for a disappearance alone: beside an eviction, its rule has nothing to say (below).
    expect(rule('ced_art30')).to.deep.equal(['possible', [], null]);
    // No such rule (ICERD art. 14; the collective complaints): weighed as usual.
    expect(rule('cerd_art14')).to.deep.equal(['recommended', ['same-matter-no-rule'], null]);
    expect(rule('esc-collective-complaints')).to.deep.equal(['recommended', ['same-matter-no-rule'], null]);
    // Barred whether the other has finished or not: not recommended, whatever fits.
    expect(rule('cedaw_op')).to.deep.equal(['possible', ['same-matter-refused'], { articles: ['4(2)(a)'], in: 'optional-protocol' }]);
    expect(rule('crpd_op')).to.deep.equal(['possible', ['same-matter-refused'], { articles: ['2(c)'], in: 'optional-protocol' }]);
    expect(rule('crc_op3')).to.deep.equal(['possible', ['same-matter-refused'], { articles: ['7(d)'], in: 'optional-protocol' }]);
    expect(rule('cat_art22')).to.deep.equal(['possible', ['same-matter-refused'], { articles: ['22(5)(a)'], in: 'convention' }]);
    // The European Court is the body the person named: not refused as "another" body, the case is followed there.
    expect(rule('echr-applications')).to.deep.equal(['possible', ['same-matter-here'], null]);
    const court = route(examined('ES', { otherProcedure: 'other-international' }), 'echr-applications');
    expect([court.fit, court.caveats.filter((c) => c.startsWith('same-matter')), court.sameMatter]).to.deep.equal([
      'possible', ['same-matter-refused'], { articles: ['35(2)(b)'], in: 'convention' },
    ]);
    // Every complaint body still carries the answer, said once above them.
    for (const r of routes.filter((x) => x.kind === 'treaty-body' || x.kind === 'regional')) expect(r.caveats, r.procedure).to.include('examined-elsewhere');
  });

  it('bars what fits on a body whose rule bars it, and not on one whose rule does not', () => {
    // A child, a disability and sex: the CRC, the CRPD and CEDAW would fit, but bar a matter examined elsewhere.
    const routes = examined('ES', { rights: ['food'] }, { child: 'yes', disability: 'yes', grounds: ['sex'] });
    expect(recommended(routes)).to.deep.equal(['esc-collective-complaints', 'special-procedures']);
    // The same answers with no other body: all of them.
    expect(recommended(routesFor('ES', { rights: ['food'] }, { child: 'yes', disability: 'yes', grounds: ['sex'] }))).to.include.members(['cedaw_op', 'crpd_op', 'crc_op3']);
  });

  it('points a family to the CED’s urgent action beside another body: it waits only while a procedure of the same nature examines the disappearance', () => {
    const routes = examined('AR', { rights: ['disappearance'], otherProcedure: 'regional-commission' });
    expect(routes[0]!.procedure).to.equal('ced_art30');
    expect(routes[0]!.fit).to.equal('recommended');
    expect(routes[0]!.caveats).to.include('same-matter-while-pending').and.include('examined-elsewhere');
    // The Inter-American Commission bars it (American Convention arts 46(1)(c) and 47(d)).
    expect(route(routes, 'iachr-petitions').fit).to.equal('possible');
    expect(route(routes, 'iachr-petitions').sameMatter).to.deep.equal({ articles: ['46(1)(c)', '47(d)'], in: 'convention' });
  });

  it('keeps the old caution on a body whose rule the data does not give: it may refuse the matter, and is not recommended', () => {
    const routes = examined('KE', { rights: ['land'], otherProcedure: 'un-treaty-body' });
    const achpr = route(routes, 'achpr-communications');
    expect(achpr.fit).to.equal('possible');
    expect(achpr.caveats).to.include('same-matter-may-refuse');
    expect(achpr).to.not.have.property('sameMatter');
    // A host's data without the rule: the same.
    const data = hostData();
    delete data.treatyBodies.routes.find((r) => r.procedure === 'iccpr_op1')!.sameMatter;
    const iccpr = route(otherRoutes({ state: 'ES', rights: ['eviction'], otherProcedure: 'echr' }, env, data), 'iccpr_op1');
    expect([iccpr.fit, iccpr.caveats.filter((c) => c.startsWith('same-matter')), iccpr.sameMatter]).to.deep.equal(['possible', ['same-matter-may-refuse'], undefined]);
  });

  it('after "another UN committee", any UN committee may be that one: none is recommended, each may refuse it', () => {
    const routes = examined('ES', { otherProcedure: 'un-treaty-body' }, { grounds: ['race'] });
    // But the CED's urgent search, which waits only for a procedure of the same nature (ICPPED art. 30(2)(e)), for a disappearance.
    expect(route(examined('ES', { rights: ['disappearance'], otherProcedure: 'un-treaty-body' }), 'ced_art30').caveats).to.include('same-matter-while-pending');
    for (const r of routes.filter((x) => x.kind === 'treaty-body' && x.procedure !== 'ced_art30')) {
      expect([r.fit, r.caveats.filter((c) => c.startsWith('same-matter')), r.sameMatter], r.procedure).to.deep.equal(['possible', ['same-matter-may-refuse'], undefined]);
    }
    // A regional body follows its own rule: the European Court refuses it, the collective complaints have none.
    expect(route(routes, 'echr-applications').caveats).to.include('same-matter-refused');
    expect(recommended(routes)).to.deep.equal(['esc-collective-complaints', 'special-procedures']);
  });

  it('says the CED’s urgent-action rule only where there is a disappearance to search for (ICPPED art. 30)', () => {
    // An eviction in Spain, the European Court has it: the urgent search has nothing to do with it, nor its art. 30(2)(e).
    const eviction = route(examined('ES'), 'ced_art30');
    expect(eviction.caveats.filter((c) => c.startsWith('same-matter-'))).to.deep.equal([]);
    expect(eviction).to.not.have.property('sameMatter');
    // Still said once above the routes: another body has it.
    expect(eviction.caveats).to.include('examined-elsewhere');
    // A disappearance, or acting for a disappeared person: the rule, and its article.
    for (const more of [{ rights: ['disappearance'] }, { author: 'representative-no-consent', consentJustification: 'disappearance' }] as Partial<Answers>[]) {
      const ced = route(examined('ES', more), 'ced_art30');
      expect(ced.caveats, JSON.stringify(more)).to.include('same-matter-while-pending');
      expect(ced.sameMatter, JSON.stringify(more)).to.deep.equal({ articles: ['30(2)(e)'], in: 'convention' });
    }
    // The CED's complaints (art. 31) keep their rule: not a request to act at once.
    expect(route(examined('ES'), 'ced_art31').caveats).to.include('same-matter-while-pending');
  });

  it('cites the Inter-American Commission’s Rules, art. 33, for a State the American Convention does not bind', () => {
    // Argentina is party to the Convention: arts 46(1)(c) and 47(d).
    expect(route(examined('AR', { otherProcedure: 'un-treaty-body' }), 'iachr-petitions').sameMatter).to.deep.equal({ articles: ['46(1)(c)', '47(d)'], in: 'convention' });
    // The United States, Canada (the Declaration only) and Venezuela (its denunciation took effect in 2013; its return
    // is contested, and the Rules bind every petition either way): the Rules' art. 33, which bars the same.
    for (const state of ['US', 'CA', 'TT', 'VE']) {
      const iachr = route(examined(state, { otherProcedure: 'un-treaty-body' }), 'iachr-petitions');
      expect([iachr.fit, iachr.caveats.filter((c) => c.startsWith('same-matter-')), iachr.sameMatter], state).to.deep.equal([
        'possible', ['same-matter-refused'], { articles: ['33(1)'], in: 'rules-of-procedure' },
      ]);
    }
    // Every State the data marks as bound by the Declaration alone has the Rules' rule.
    const iachr = OTHER_ROUTES.regional.routes.find((r) => r.procedure === 'iachr-petitions')!;
    const declarationOnly = iachr.stateCaveats.find((c) => c.caveat === 'american-declaration-only')!.states;
    const byRules = iachr.stateSameMatter!.flatMap((m) => (m.sameMatter.in === 'rules-of-procedure' ? m.states : []));
    expect(byRules).to.include.members([...declarationOnly, 'VE']);
  });

  it('refuses a host’s route data that marks a State as bound by the American Declaration alone with no rule of its own', () => {
    const data = hostData();
    const iachr = data.regional.routes.find((r) => r.procedure === 'iachr-petitions')!;
    iachr.stateCaveats.find((c) => c.caveat === 'american-declaration-only')!.states.push('MX');
    expect(() => parseOtherRoutes(data)).to.throw(ValidationError, /stateSameMatter/);
    // Said, its rule is the one cited.
    iachr.stateSameMatter![0]!.states.push('MX');
    const e = createEnvironment({ asOf: '2026-06-01' });
    const mx = otherRoutes({ state: 'MX', rights: ['eviction'], otherProcedure: 'echr' }, e, parseOtherRoutes(data)).find((r) => r.procedure === 'iachr-petitions')!;
    expect(mx.sameMatter).to.deep.equal({ articles: ['33(1)'], in: 'rules-of-procedure' });
  });

  it('says nothing of any rule when no other body has the matter, or only a rapporteur, or one that did not examine it', () => {
    for (const otherProcedure of ['none', 'special-procedure', 'sent-not-examined', 'unknown', undefined] as const) {
      for (const r of routesFor('ES', { rights: ['eviction'], otherProcedure })) {
        expect(r.caveats.filter((c) => c.startsWith('same-matter-') && c !== 'same-matter-bar'), `${otherProcedure} ${r.procedure}`).to.deep.equal([]);
        expect(r, `${otherProcedure} ${r.procedure}`).to.not.have.property('sameMatter');
      }
    }
  });
});

describe('otherRoutes: fit', () => {
  it('recommends nothing without situations or facts', () => {
    expect(recommended(routesFor('CL'))).to.deep.equal([]);
  });

  it('recommends the Human Rights Committee for home (art. 17), equality (art. 26), minority culture (art. 27) and civil rights', () => {
    for (const situation of ['eviction', 'discrimination', 'cultural-life', 'civil-political'] as const) {
      expect(route(routesFor('CL', { rights: [situation] }), 'iccpr_op1').fit, situation).to.equal('recommended');
    }
    expect(route(routesFor('CL', { rights: ['food'] }), 'iccpr_op1').fit).to.equal('possible');
  });

  it('recommends neither the Human Rights Committee nor the European Court for housing alone: arts 17 and 8 protect the home a person has (eviction), not access to one', () => {
    expect(route(routesFor('CL', { rights: ['housing'] }), 'iccpr_op1').fit).to.equal('possible');
    expect(route(routesFor('ES', { rights: ['housing'] }), 'echr-applications').fit).to.equal('possible');
    // Being forced out of one's home is theirs.
    expect(route(routesFor('CL', { rights: ['eviction'] }), 'iccpr_op1').because).to.deep.equal([{ kind: 'situation', situation: 'eviction', articles: ['17'] }]);
    expect(route(routesFor('ES', { rights: ['housing', 'eviction'] }), 'echr-applications').because).to.deep.equal([
      { kind: 'situation', situation: 'eviction', articles: ['8', 'P1-1'] },
    ]);
    // Housing itself is the social rights bodies' (European Social Charter art. 31, the Inter-American Commission).
    expect(route(routesFor('ES', { rights: ['housing'] }), 'esc-collective-complaints').fit).to.equal('recommended');
    expect(route(routesFor('CL', { rights: ['housing'] }), 'iachr-petitions').fit).to.equal('recommended');
  });

  it('says that art. 27 reaches land and cultural life only for members of minorities and indigenous peoples', () => {
    for (const situation of ['land', 'cultural-life'] as const) {
      expect(route(routesFor('CL', { rights: [situation] }), 'iccpr_op1').because, situation).to.deep.equal([
        { kind: 'situation', situation, articles: ['27'], onlyFor: 'minorities' },
      ]);
    }
    // Not where the articles protect everyone: the European Court's property (P1-1), the African Commission's land (art. 14).
    expect(route(routesFor('ES', { rights: ['land'] }), 'echr-applications').because[0]).to.not.have.property('onlyFor');
    expect(route(routesFor('KE', { rights: ['land'] }), 'achpr-communications').because[0]).to.not.have.property('onlyFor');
  });

  it('says on the CEDAW Committee that it takes complaints by or for women and girls (OP-CEDAW art. 2): the tool does not ask the person’s sex', () => {
    for (const routes of [routesFor('ES', {}, { grounds: ['sex'] }), routesFor('ES'), routesFor('CL', { rights: ['gender-equality'] })]) {
      expect(route(routes, 'cedaw_op').caveats).to.include('women-and-girls-only');
    }
    // No other body says it.
    expect(routesFor('ES', {}, { grounds: ['sex'] }).filter((r) => r.caveats.includes('women-and-girls-only')).map((r) => r.procedure)).to.deep.equal(['cedaw_op']);
  });

  it('puts recommended routes first, then the rest, each in procedure order', () => {
    expect(procedures(routesFor('CL', { rights: ['eviction'] }))).to.deep.equal([
      'iccpr_op1', 'iachr-petitions', 'special-procedures',
      'cedaw_op', 'crpd_op', 'crc_op3', 'cerd_art14', 'cat_art22', 'ced_art30', 'ced_art31', 'ratification-campaign',
    ]);
  });

  it('lets the fit answers change which routes are recommended', () => {
    const food = { rights: ['food'] } as Partial<Answers>;
    const rec = (facts: FitAnswers, state = 'CL') => recommended(routesFor(state, food, facts)).filter((p) => UN.includes(p));
    expect(rec({})).to.deep.equal([]);
    expect(rec({ disability: 'yes' })).to.deep.equal(['crpd_op']);
    expect(rec({ child: 'yes' })).to.deep.equal(['crc_op3']);
    expect(rec({ grounds: ['sex'] })).to.deep.equal(['iccpr_op1', 'cedaw_op']);
    expect(rec({ grounds: ['race'] })).to.deep.equal(['iccpr_op1', 'cerd_art14']);
    expect(rec({ grounds: ['ethnicity'], disability: 'yes', child: 'yes' })).to.deep.equal(['iccpr_op1', 'crpd_op', 'crc_op3', 'cerd_art14']);
    // "I don't know" and "prefer not to say" are valid and recommend nothing.
    expect(rec({ child: 'unknown', disability: 'prefer-not', grounds: ['prefer-not'] })).to.deep.equal([]);
    expect(rec({ child: 'no', disability: 'no', grounds: ['none'] })).to.deep.equal([]);
    // A fact only recommends a procedure the State accepted: Greece has no CRC or CERD procedure.
    expect(rec({ child: 'yes', grounds: ['race'] }, 'GR')).to.deep.equal(['iccpr_op1']);
  });

  it('reads a child or a disappearance from who the complaint is for', () => {
    const child = recommended(routesFor('CL', { rights: ['education'], consentJustification: 'child' }));
    expect(child).to.include('crc_op3');
    const disappeared = recommended(routesFor('CL', { rights: ['civil-political'], consentJustification: 'disappearance' }));
    expect(disappeared).to.include('ced_art31');
  });

  it('recommends CEDAW for gender equality and reproductive health', () => {
    expect(route(routesFor('BR', { rights: ['gender-equality'] }), 'cedaw_op').fit).to.equal('recommended');
    expect(route(routesFor('BR', { rights: ['reproductive-health'] }), 'cedaw_op').fit).to.equal('recommended');
    expect(route(routesFor('BR', { rights: ['work'] }), 'cedaw_op').fit).to.equal('possible');
  });

  it('matches regional routes and Special Procedures to the situation', () => {
    expect(route(routesFor('ES', { rights: ['work'] }), 'esc-collective-complaints').fit).to.equal('recommended');
    expect(route(routesFor('ES', { rights: ['self-determination'] }), 'esc-collective-complaints').fit).to.equal('possible');
    expect(route(routesFor('KE', { rights: ['self-determination'] }), 'achpr-communications').fit).to.equal('recommended');
    expect(route(routesFor('US', { rights: ['social-security'] }), 'iachr-petitions').fit).to.equal('recommended');
    // "Torture, arrest, a fair trial, free speech or voting": the Declaration's civil and political
    // articles as a whole, I-X and XVII-XXVII (among them XVIII and XXVI, fair trial and due process,
    // XX the vote, XXV arbitrary arrest, and XXI-XXII assembly and association); XI-XVI are the social ones.
    expect(route(routesFor('US', { rights: ['civil-political'] }), 'iachr-petitions').because).to.deep.equal([
      { kind: 'situation', situation: 'civil-political', articles: ['I-X', 'XVII-XXVII'] },
    ]);
    // An eviction in the United Kingdom: the European Court, on home (art. 8) and property (P1-1).
    const uk = route(routesFor('GB', { rights: ['eviction'] }), 'echr-applications');
    expect(uk).to.deep.include({ fit: 'recommended', because: [{ kind: 'situation', situation: 'eviction', articles: ['8', 'P1-1'] }] });
    // An organisation with no victim named: only where organisations complain in their own
    // name (collective complaints), not the Court or the committees (a victim's complaint).
    const ngo = routesFor('ES', { rights: ['eviction'], author: 'organisation' }, { grounds: ['sex'], child: 'yes' });
    expect(recommended(ngo)).to.deep.equal(['esc-collective-complaints', 'special-procedures']);
    // Each of the others says why it is not: it takes a complaint only about people harmed.
    expect(ngo.filter((r) => r.caveats.includes('victim-needed')).map((r) => r.kind)).to.include.members(['treaty-body', 'regional']);
    for (const r of ngo) expect(r.caveats.includes('victim-needed'), r.procedure).to.equal(r.kind !== 'special-procedures' && r.procedure !== 'esc-collective-complaints');
    expect(route(routesFor('KE', { rights: ['food'], author: 'organisation' }), 'achpr-communications').caveats).to.not.include('victim-needed');
    expect(routesFor('ES', { rights: ['eviction'], author: 'self' }).some((r) => r.caveats.includes('victim-needed'))).to.equal(false);
    expect(recommended(routesFor('KE', { rights: ['food'], author: 'organisation' }))).to.include('achpr-communications');
    // The Inter-American Commission hears an organisation for victims it identifies, not in the
    // abstract (IACHR Report 88/03): listed, not recommended, to an association in Argentina.
    const oas = routesFor('AR', { rights: ['housing'], author: 'organisation' });
    expect(route(oas, 'iachr-petitions').fit).to.equal('possible');
    expect(recommended(oas)).to.deep.equal(['special-procedures']);
    expect(route(routesFor('JP', { rights: ['water'] }), 'special-procedures').fit).to.equal('recommended');
    expect(route(routesFor('JP', { rights: ['family'] }), 'special-procedures').fit).to.equal('possible');
    expect(route(routesFor('JP', { rights: ['eviction', 'food'] }, { disability: 'yes' }), 'special-procedures').mandates).to.deep.equal([
      'sr-adequate-housing', 'sr-food', 'sr-disability',
    ]);
  });

  it('names the UN experts on detention, free speech and torture for a civil and political problem, and none for a job as such', () => {
    // Torture, arrest, a fair trial, free speech: first the Working Group on Arbitrary Detention, which takes
    // individual complaints (OHCHR, Individual Complaints and Urgent Appeals), then the rapporteurs who write
    // to the Government on a case; said once, for the one answer they share.
    const civil = route(routesFor('IN', { rights: ['civil-political'] }), 'special-procedures');
    expect(civil).to.deep.include({
      fit: 'recommended',
      mandates: ['wg-arbitrary-detention', 'sr-freedom-of-expression', 'sr-torture'],
      because: [{ kind: 'situation', situation: 'civil-political', articles: [] }],
    });
    // A job lost, or pay too low, is not slavery: the rapporteur on contemporary forms of slavery is no match for them.
    for (const situation of ['work', 'working-conditions'] as const) {
      expect(route(routesFor('IN', { rights: [situation] }), 'special-procedures').mandates, situation).to.not.include('sr-slavery');
    }
    // A disappearance is its own Working Group's alone; the protection of the family has no mandate of its own.
    expect(route(routesFor('IN', { rights: ['disappearance'] }), 'special-procedures').mandates).to.deep.equal(['wg-enforced-disappearances']);
    expect(route(routesFor('IN', { rights: ['family'] }), 'special-procedures').mandates).to.deep.equal([]);
  });

  it('says why each recommended route may fit, with the articles of its own instrument', () => {
    const routes = routesFor('CL', { rights: ['eviction'], consentJustification: 'disappearance' }, { child: 'yes', grounds: ['sex'] });
    expect(route(routes, 'iccpr_op1').because).to.deep.equal([
      { kind: 'situation', situation: 'eviction', articles: ['17'] },
      { kind: 'ground', ground: 'sex' },
    ]);
    expect(route(routes, 'crc_op3').because).to.deep.equal([{ kind: 'child' }]);
    expect(route(routes, 'ced_art31').because).to.deep.equal([{ kind: 'consent', justification: 'disappearance' }]);
    expect(route(routes, 'crpd_op')).to.include({ fit: 'possible' });
    expect(route(routes, 'crpd_op').because).to.deep.equal([]);
    // A mandate on race and ethnicity fits a case of race alone: only that ground is given.
    expect(route(routesFor('JP', { rights: ['water'] }, { grounds: ['race'] }), 'special-procedures').because).to.deep.equal([
      { kind: 'situation', situation: 'water', articles: [] },
      { kind: 'ground', ground: 'race' },
    ]);
    // The housing mandate also covers housing and land: only the eviction the person named is said.
    expect(route(routesFor('JP', { rights: ['eviction'] }), 'special-procedures').because).to.deep.equal([
      { kind: 'situation', situation: 'eviction', articles: [] },
    ]);    expect(route(routesFor('JP', { rights: ['eviction'] }, { disability: 'yes' }), 'special-procedures').because).to.deep.equal([
      { kind: 'situation', situation: 'eviction', articles: [] },
      { kind: 'disability' },
    ]);
    // A host's mandate on both housing and disability fits an eviction: disability is said
    // only when the person said it is part of it.
    const data = hostData();
    data.specialProcedures.mandates[0]!.disability = true;
    const mandateRoute = (fit: FitAnswers) =>
      otherRoutes({ state: 'JP', rights: ['eviction'], ...fit }, env, parseOtherRoutes(data)).find((r) => r.procedure === 'special-procedures')!;
    expect(mandateRoute({}).because).to.deep.equal([{ kind: 'situation', situation: 'eviction', articles: [] }]);
    expect(mandateRoute({ disability: 'yes' }).because).to.deep.equal([
      { kind: 'situation', situation: 'eviction', articles: [] },
      { kind: 'disability' },
    ]);
    // A host's data with no mandate on disability: the housing mandate fits, but not for the disability.
    const noDisability = hostData();
    noDisability.specialProcedures.mandates = noDisability.specialProcedures.mandates.filter((m) => !m.disability);
    const sp = otherRoutes({ state: 'JP', rights: ['eviction'], disability: 'yes' }, env, parseOtherRoutes(noDisability)).find((r) => r.procedure === 'special-procedures')!;
    expect(sp.because).to.deep.equal([{ kind: 'situation', situation: 'eviction', articles: [] }]);
  });

  it('otherRoutes() checks its answers at run time, as assess() does, naming the field', () => {
    expect(() => otherRoutes({ state: 'CL', rights: 'eviction' }, env)).to.throw(ValidationError, /rights/);
    expect(() => otherRoutes(null, env)).to.throw(ValidationError, /answers/);
    expect(() => otherRoutes({ state: 'CL', child: 'maybe' }, env)).to.throw(ValidationError, /child/);
    expect(procedures(otherRoutes({ state: 'CL', rights: ['eviction'] }, env))).to.include('iccpr_op1');
  });

  it('otherRoutes() called without types: no environment means today with the shipped data; options or raw data are checked', () => {
    const today = createEnvironment();
    expect(otherRoutes({ state: 'CL', rights: ['eviction'] })).to.deep.equal(otherRoutes({ state: 'CL', rights: ['eviction'] }, today));
    const call = otherRoutes as (answers: unknown, env?: unknown, data?: unknown) => Route[];
    expect(() => call({ state: 'CL' }, { asOf: '2026-06-01' })).to.throw(ValidationError, /env must be an environment made by createEnvironment\(\) \(got an object\)/);
    expect(() => call({ state: 'CL' }, null)).to.throw(ValidationError, /got null/);
    // Raw data is validated as parseOtherRoutes() would, and used once it passes.
    const raw = structuredClone(OTHER_ROUTES) as z.infer<typeof otherRoutesSchema>;
    expect(procedures(call({ state: 'CL', rights: ['eviction'] }, env, raw))).to.deep.equal(procedures(otherRoutes({ state: 'CL', rights: ['eviction'] }, env)));
    raw.regional.routes[0]!.states.push(raw.regional.routes[0]!.states[0]!);
    expect(() => call({ state: 'CL' }, env, structuredClone(raw))).to.throw(ValidationError, /regional\.routes\.0\.states \(record echr-applications\) lists a State twice/);
    expect(() => call({ state: 'CL' }, env, 'routes')).to.throw(ValidationError, /Invalid routes/);
  });

  it('rejects malformed fit answers in the answers schema, naming the field', () => {
    expect(() => parseAnswers({ state: 'CL', child: 'maybe' })).to.throw(ValidationError, /child/);
    expect(() => parseAnswers({ state: 'CL', grounds: ['none', 'sex'] })).to.throw(ValidationError, /grounds mixes/);
    expect(() => parseAnswers({ state: 'CL', grounds: [] })).to.throw(ValidationError, /grounds/);
    expect(parseAnswers({ state: 'CL', child: 'prefer-not', disability: 'unknown', grounds: ['prefer-not'] })).to.deep.equal({
      state: 'CL', child: 'prefer-not', disability: 'unknown', grounds: ['prefer-not'],
    });
  });
});

describe('fitQuestionsThatMatter: which fit questions a closed route asks', () => {
  const asked = (state: string, more: Partial<Answers> = {}) =>
    (['child', 'disability', 'grounds'] as const).filter((q) => fitQuestionsThatMatter({ state, ...more } as Answers, env).has(q));

  it('asks only what can change the routes recommended for the State, or the UN experts named', () => {
    expect(asked('CL')).to.deep.equal(['child', 'disability', 'grounds']);
    // Kenya: the African Commission covers children (art. 18(3)), disability (18(4)) and every ground (art. 2).
    expect(asked('KE')).to.deep.equal(['child', 'disability', 'grounds']);
    // The United States: the Inter-American Commission (children, grounds); no UN procedure. Disability names the
    // rapporteur on the rights of persons with disabilities.
    expect(asked('US')).to.deep.equal(['child', 'disability', 'grounds']);
    // South Sudan: CEDAW and CRPD procedures and the African Commission.
    expect(asked('SS')).to.deep.equal(['child', 'disability', 'grounds']);
    // Japan: the CED's urgent action alone, for a disappearance. No committee fits a child, a disability or a ground, but
    // the experts on disability, on racism and on discrimination against women and girls do; none on children.
    expect(asked('JP')).to.deep.equal(['disability', 'grounds']);
    // India: no complaint body at all. The UN experts are all there is: disability and unfair treatment name one more.
    expect(asked('IN')).to.deep.equal(['disability', 'grounds']);
    // Samoa: the CRC procedure alone. Belarus: CEDAW alone (sex), and the experts.
    expect(asked('WS')).to.deep.equal(['child', 'disability', 'grounds']);
    expect(asked('BY')).to.deep.equal(['disability', 'grounds']);
  });

  it('asks about unfair treatment where only the UN experts can take it up: the rapporteur on racism for a Roma family', () => {
    // Spain, an eviction: an organisation complaining in its own name (no committee takes that), or the matter before
    // another UN committee (any of Spain's may be that one). No committee fit changes, but the rapporteur on racism is named.
    for (const more of [{ author: 'organisation' }, { otherProcedure: 'un-treaty-body' }] as Partial<Answers>[]) {
      expect(asked('ES', { rights: ['eviction'], ...more }), JSON.stringify(more)).to.include('grounds');
      const experts = route(routesFor('ES', { rights: ['eviction'], ...more }, { grounds: ['ethnicity'] }), 'special-procedures');
      expect(experts.mandates, JSON.stringify(more)).to.deep.equal(['sr-adequate-housing', 'sr-racism']);
      expect(experts.because, JSON.stringify(more)).to.deep.include({ kind: 'ground', ground: 'ethnicity' });
    }
    // The United States, an eviction: the Inter-American Commission is recommended on the eviction already, so
    // unfair treatment changes no complaint body; the rapporteur on racism is named only on that answer.
    expect(asked('US', { rights: ['eviction'] })).to.include('grounds');
    expect(route(routesFor('US', { rights: ['eviction'] }, { grounds: ['race'] }), 'special-procedures').mandates).to.include('sr-racism');
    // No mandate on children among the experts: the child question is asked only for a committee it changes.
    expect(asked('JP', { rights: ['eviction'] })).to.not.include('child');
  });

  it('asks a fit question whatever its own answer already is, on a day not worked out before', () => {
    // What is asked must not depend on what the record happens to hold already: each
    // question is weighed as unanswered (a fresh day, so nothing remembered answers it).
    const fresh = createEnvironment({ asOf: '2026-06-02' });
    const record = { state: 'CL', rights: ['eviction'], child: 'yes', disability: 'yes', grounds: ['sex', 'race', 'ethnicity'] } as Answers;
    expect((['child', 'disability', 'grounds'] as const).filter((q) => fitQuestionsThatMatter(record, fresh).has(q))).to.deep.equal(['child', 'disability', 'grounds']);
  });

  it('does not ask what the other answers already say', () => {
    // Acting for a child already recommends the CRC.
    expect(asked('WS', { consentJustification: 'child' })).to.deep.equal(['disability', 'grounds']);
    // Discrimination already recommends the Inter-American Commission (Declaration art. II), as a child would.
    expect(asked('US', { rights: ['discrimination'] })).to.deep.equal(['disability', 'grounds']);
    // Other fit answers do not change which are asked.
    expect(asked('US', { child: 'yes', grounds: ['sex'] })).to.deep.equal(['child', 'disability', 'grounds']);
    // Another international body has examined the matter: of Chile's bodies only CERD (no such rule) may be recommended
    // (the Human Rights Committee not: reservations may bar a finished matter): nothing the child answer changes.
    expect(asked('CL', { otherProcedure: 'other-international' })).to.deep.equal(['disability', 'grounds']);
    // Another UN committee: any of Chile's may be that one, and the Inter-American Commission refuses it: the experts remain.
    expect(asked('CL', { otherProcedure: 'un-treaty-body' })).to.deep.equal(['disability', 'grounds']);
    expect(asked('CL', { otherProcedure: 'special-procedure' })).to.deep.equal(['child', 'disability', 'grounds']);
    expect(asked('CL', { otherProcedure: 'sent-not-examined' })).to.deep.equal(['child', 'disability', 'grounds']);
  });
});

describe('the route data', () => {
  it('validates, unchanged', () => {
    expect(parseOtherRoutes(OTHER_ROUTES)).to.deep.equal(OTHER_ROUTES);
    expect(SHIPPED.otherRoutes()).to.deep.equal(OTHER_ROUTES);
  });

  it('describes each UN procedure other than this one, once, and keeps no acceptance dates', () => {
    expect(OTHER_ROUTES.treatyBodies.routes.map((r) => r.procedure)).to.deep.equal(OTHER_UN_PROCEDURES);
    // The one date a route holds is its instrument's own entry into force, the same for every State: ICCPR-OP1 art. 9(1),
    // OP-CEDAW art. 16(1), OP-CRPD art. 13(1), OP3-CRC art. 19(1), ICERD art. 14(9) (ten declarations), CAT arts 22(8)
    // and 27(1), ICPPED art. 39(1) for both of its routes.
    const withoutTreatyDates = OTHER_ROUTES.treatyBodies.routes.map((r) => ({ ...r, entryIntoForce: { ...r.entryIntoForce, notBefore: undefined } }));
    expect(JSON.stringify(withoutTreatyDates)).not.to.match(/\d{4}-\d{2}-\d{2}/);
    expect(OTHER_ROUTES.treatyBodies.routes.map((r) => [r.procedure, r.entryIntoForce.notBefore])).to.deep.equal([
      ['iccpr_op1', '1976-03-23'],
      ['cedaw_op', '2000-12-22'],
      ['crpd_op', '2008-05-03'],
      ['crc_op3', '2014-04-14'],
      ['cerd_art14', '1982-12-03'],
      ['cat_art22', '1987-06-26'],
      ['ced_art30', '2010-12-23'],
      ['ced_art31', '2010-12-23'],
    ]);
  });

  it('records provenance on every table and every regional list', () => {
    const tables = [OTHER_ROUTES.treatyBodies, OTHER_ROUTES.specialProcedures, OTHER_ROUTES.ratificationCampaign, ...OTHER_ROUTES.regional.routes];
    for (const t of tables) {
      expect(t.source.length).to.be.greaterThan(20);
      expect(t.asOf).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('names only States the UN Treaty Collection knows, and the expected memberships', () => {
    const byId = Object.fromEntries(OTHER_ROUTES.regional.routes.map((r) => [r.procedure, r]));
    for (const r of OTHER_ROUTES.regional.routes) for (const code of r.states) expect(env.knownStates.has(code), `${r.procedure} ${code}`).to.equal(true);
    expect([...byId['esc-collective-complaints']!.states].sort()).to.deep.equal(
      ['BE', 'BG', 'CY', 'CZ', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'NL', 'NO', 'PT', 'SE', 'SI'],
    );
    // 54 parties: every AU member but Morocco; the Sahrawi Republic has no ISO code here.
    expect(byId['achpr-communications']!.states).to.have.length(53);
    expect(byId['achpr-communications']!.states).not.to.include('MA');
    // 51 parties, the Sahrawi Republic among them: every AU member but Morocco, Somalia, South Sudan and Tunisia.
    expect(byId['acerwc-communications']!.states).to.have.length(50);
    expect(byId['acerwc-communications']!.states).to.include.members(['SN', 'KE', 'EG', 'CD', 'ST']);
    for (const code of ['MA', 'SO', 'SS', 'TN']) expect(byId['acerwc-communications']!.states, code).not.to.include(code);
    for (const code of byId['acerwc-communications']!.states) expect(byId['achpr-communications']!.states, code).to.include(code);
    expect(byId['iachr-petitions']!.states).to.have.length(35);
    // The Council of Europe's 46 members; the Russian Federation ceased to be a party on 16 September 2022.
    expect(byId['echr-applications']!.states).to.have.length(46);
    expect(byId['echr-applications']!.states).not.to.include('RU');
  });
});

describe('bad route data', () => {
  const clone = (): any => structuredClone(OTHER_ROUTES);

  it('accepts each bound at its limit: a check tightened by one would refuse good data', () => {
    const data = clone();
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    data.treatyBodies.source = 'x'.repeat(1000);
    data.treatyBodies.routes[0].fit.situations[0].articles = Array.from({ length: 20 }, (_, i) => (i ? String(i) : 'x'.repeat(40)));
    data.treatyBodies.routes[0].entryIntoForce = { months: 12 };
    data.treatyBodies.routes[2].entryIntoForce = { days: 366 };
    data.treatyBodies.routes[0].timeLimitMonths = 60;
    data.regional.routes[0].timeLimitMonths = 1;
    data.regional.routes[0].states = Array.from({ length: 250 }, (_, i) => letters[Math.floor(i / 26)]! + letters[i % 26]!);
    data.regional.routes[0].note = 'x'.repeat(2000);
    expect(() => parseOtherRoutes(data)).not.to.throw();
  });

  const cases: [string, (d: any) => void, RegExp][] = [
    ['a lower-case State code', (d) => (d.regional.routes[0].states[3] = 'cy'), /regional\.routes\.0\.states\.3 \(record echr-applications\) must be an ISO/],
    ['an unknown field', (d) => (d.treatyBodies.routes[1].website = 'x'), /treatyBodies\.routes\.1\.website \(record cedaw_op\) is not a known field/],
    ['an unconfirmed State not in the list', (d) => d.regional.routes[1].unconfirmed.push('MA'), /regional\.routes\.1\.unconfirmed \(record esc-collective-complaints\) names a State/],
    ['an unknown situation', (d) => (d.treatyBodies.routes[0].fit.situations[0].situation = 'parking'), /treatyBodies\.routes\.0\.fit\.situations\.0\.situation/],
    ['this procedure listed as another', (d) => (d.treatyBodies.routes[0].procedure = 'icescr_op'), /treatyBodies\.routes\.0\.procedure/],
    ['a missing asOf', (d) => delete d.specialProcedures.asOf, /specialProcedures\.asOf/],
    ['an impossible asOf', (d) => (d.regional.routes[2].asOf = '2026-02-30'), /regional\.routes\.2\.asOf/],
    ['an unknown caveat', (d) => (d.ratificationCampaign.caveats[0] = 'maybe'), /ratificationCampaign\.caveats\.0/],
    ['a prose message key', (d) => (d.treatyBodies.routes[2].covers = 'Disability rights'), /treatyBodies\.routes\.2\.covers \(record crpd_op\) must be a message key/],
    ['a State listed twice', (d) => d.regional.routes[0].states.push('ES'), /regional\.routes\.0\.states \(record echr-applications\) lists a State twice/],
    // Every other check, each pinned: a host's data that breaks one is refused, naming the field.
    ['an empty source', (d) => (d.treatyBodies.source = ''), /treatyBodies\.source/],
    ['a source over 1000 characters', (d) => (d.specialProcedures.source = 'x'.repeat(1001)), /specialProcedures\.source/],
    ['a body that is not a lower-case id', (d) => (d.treatyBodies.routes[0].body = 'Human Rights Committee'), /treatyBodies\.routes\.0\.body \(record iccpr_op1\) must be a lower-case id/],
    ['a body with capitals or spaces inside', (d) => (d.treatyBodies.routes[0].body = 'human Rights-committee'), /treatyBodies\.routes\.0\.body \(record iccpr_op1\) must be a lower-case id/],
    ['a message key of another table, in three parts', (d) => (d.treatyBodies.routes[0].covers = 'reason.iccpr_op1.covers'), /treatyBodies\.routes\.0\.covers \(record iccpr_op1\) must be a message key/],
    ['a message key in four parts', (d) => (d.treatyBodies.routes[0].covers = 'route.iccpr_op1.covers.more'), /treatyBodies\.routes\.0\.covers \(record iccpr_op1\) must be a message key/],
    ['entry into force in negative months', (d) => (d.treatyBodies.routes[0].entryIntoForce = { months: -1 }), /treatyBodies\.routes\.0\.entryIntoForce/],
    ['entry into force in part days', (d) => (d.treatyBodies.routes[2].entryIntoForce = { days: 1.5 }), /treatyBodies\.routes\.2\.entryIntoForce/],
    ['a message key of another table', (d) => (d.specialProcedures.covers = 'reason.state-party'), /specialProcedures\.covers must be a message key/],
    ['a message key with no name', (d) => (d.ratificationCampaign.covers = 'route.campaign'), /ratificationCampaign\.covers must be a message key/],
    ['an empty article', (d) => (d.treatyBodies.routes[0].fit.situations[0].articles = ['']), /treatyBodies\.routes\.0\.fit\.situations\.0\.articles\.0/],
    ['an article over 40 characters', (d) => (d.treatyBodies.routes[0].fit.situations[0].articles = ['x'.repeat(41)]), /treatyBodies\.routes\.0\.fit\.situations\.0\.articles\.0/],
    ['more than 20 articles for a situation', (d) => (d.treatyBodies.routes[0].fit.situations[0].articles = Array.from({ length: 21 }, (_, i) => String(i + 1))), /fit\.situations\.0\.articles/],
    ['a situation twice in a fit', (d) => d.treatyBodies.routes[0].fit.situations.push(d.treatyBodies.routes[0].fit.situations[0]), /treatyBodies\.routes\.0\.fit\.situations \(record iccpr_op1\) lists a situation twice/],
    ['a ground twice in a fit', (d) => (d.treatyBodies.routes[1].fit.grounds = ['sex', 'sex']), /treatyBodies\.routes\.1\.fit\.grounds \(record cedaw_op\) lists a ground twice/],
    ['a reason twice in a fit', (d) => (d.treatyBodies.routes[6].fit.consentJustifications = ['disappearance', 'disappearance']), /fit\.consentJustifications \(record ced_art30\) lists a reason twice/],
    ['a declaration waiting for a treaty listed after it', (d) => (d.treatyBodies.routes[0].withTreaty = 'ced_art30'), /treatyBodies\.routes\.0\.withTreaty \(record iccpr_op1\) names a procedure that is not listed before this one/],
    ['a declaration waiting for itself', (d) => (d.treatyBodies.routes[7].withTreaty = 'ced_art31'), /treatyBodies\.routes\.7\.withTreaty \(record ced_art31\) names a procedure that is not listed before this one/],
    ['a declaration waiting for a treaty with a misspelt name', (d) => (d.treatyBodies.routes[7].withTreaty = 'ced-art30'), /treatyBodies\.routes\.7\.withTreaty/],
    ['a first day that is not a real date', (d) => (d.treatyBodies.routes[6].entryIntoForce.notBefore = '2010-12-32'), /treatyBodies\.routes\.6\.entryIntoForce/],
    ['an urgent flag that is not true or false', (d) => (d.treatyBodies.routes[6].urgent = 'yes'), /treatyBodies\.routes\.6\.urgent/],
    ['a fit flag that is not true or false', (d) => (d.treatyBodies.routes[2].fit.disability = 'yes'), /treatyBodies\.routes\.2\.fit\.disability/],
    ['a children-only flag that is not true or false', (d) => (d.regional.routes[3].fit.childrenOnly = 'yes'), /regional\.routes\.3\.fit\.childrenOnly \(record acerwc-communications\)/],
    ['who may complain, as text', (d) => (d.treatyBodies.routes[0].who.organisations = 'no'), /treatyBodies\.routes\.0\.who\.organisations/],
    ['who may complain, with a field it does not know', (d) => (d.treatyBodies.routes[0].who.companies = false), /treatyBodies\.routes\.0\.who\.companies/],
    ['entry into force in part months', (d) => (d.treatyBodies.routes[0].entryIntoForce = { months: 2.5 }), /treatyBodies\.routes\.0\.entryIntoForce/],
    ['entry into force before the deposit', (d) => (d.treatyBodies.routes[2].entryIntoForce = { days: -1 }), /treatyBodies\.routes\.2\.entryIntoForce/],
    ['entry into force over a year in months', (d) => (d.treatyBodies.routes[0].entryIntoForce = { months: 13 }), /treatyBodies\.routes\.0\.entryIntoForce/],
    ['entry into force over a year in days', (d) => (d.treatyBodies.routes[2].entryIntoForce = { days: 367 }), /treatyBodies\.routes\.2\.entryIntoForce/],
    ['a reminder of domestic remedies that is empty', (d) => (d.treatyBodies.routes[0].domesticRemediesFirst = ''), /treatyBodies\.routes\.0\.domesticRemediesFirst/],
    ['a time limit of no months', (d) => (d.treatyBodies.routes[0].timeLimitMonths = 0), /treatyBodies\.routes\.0\.timeLimitMonths \(record iccpr_op1\) must be at least 1 \(got 0\)$/],
    ['a time limit over five years', (d) => (d.regional.routes[0].timeLimitMonths = 61), /regional\.routes\.0\.timeLimitMonths \(record echr-applications\) must be at most 60 \(got 61\)$/],
    ['a time limit in part months', (d) => (d.regional.routes[4].timeLimitMonths = 4.5), /regional\.routes\.4\.timeLimitMonths \(record iachr-petitions\) must be a whole number \(got 4\.5\)$/],
    ['a time limit left out', (d) => delete d.treatyBodies.routes[1].timeLimitMonths, /treatyBodies\.routes\.1\.timeLimitMonths/],
    ['a caveat twice', (d) => d.treatyBodies.routes[0].caveats.push('same-matter-bar', 'same-matter-bar'), /treatyBodies\.routes\.0\.caveats \(record iccpr_op1\) lists a caveat twice/],
    ['a regional caveat twice', (d) => d.regional.routes[0].caveats.push('same-matter-bar', 'same-matter-bar'), /regional\.routes\.0\.caveats \(record echr-applications\) lists a caveat twice/],
    ['a Special Procedures caveat twice', (d) => d.specialProcedures.caveats.push('no-decision-on-the-case'), /specialProcedures\.caveats lists a caveat twice/],
    ['a campaign caveat twice', (d) => d.ratificationCampaign.caveats.push(d.ratificationCampaign.caveats[0]), /ratificationCampaign\.caveats lists a caveat twice/],
    ['no treaty-body route', (d) => (d.treatyBodies.routes = []), /treatyBodies\.routes/],
    ['a treaty body twice', (d) => d.treatyBodies.routes.push(d.treatyBodies.routes[0]), /treatyBodies\.routes lists a procedure twice/],
    ['a regional route twice', (d) => d.regional.routes.push(d.regional.routes[0]), /regional\.routes lists a procedure twice/],
    ['an unknown region', (d) => (d.regional.routes[0].region = 'asia'), /regional\.routes\.0\.region/],
    ['a regional route with no State', (d) => (d.regional.routes[0].states = []), /regional\.routes\.0\.states \(record echr-applications\) must be a list of at least 1 item \(got an empty list\)$/],
    ['a regional route with over 250 States', (d) => (d.regional.routes[0].states = Array.from({ length: 251 }, (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 26)]! + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]!)), /regional\.routes\.0\.states/],
    ['an unconfirmed State twice', (d) => (d.regional.routes[4].unconfirmed = ['NI', 'NI']), /regional\.routes\.4\.unconfirmed \(record iachr-petitions\) lists a State twice/],
    ['a State caveat for no State', (d) => (d.regional.routes[4].stateCaveats[0].states = []), /regional\.routes\.4\.stateCaveats\.0\.states/],
    ['a State caveat naming a State twice', (d) => d.regional.routes[4].stateCaveats[0].states.push('AR'), /stateCaveats\.0\.states \(record iachr-petitions\) lists a State twice/],
    ['a State caveat for a State not in the list', (d) => d.regional.routes[4].stateCaveats[0].states.push('FR'), /regional\.routes\.4\.stateCaveats \(record iachr-petitions\) names a State/],
    ['an earlier time limit of no months', (d) => (d.regional.routes[0].earlierTimeLimit = { before: '2022-02-01', months: 0 }), /regional\.routes\.0\.earlierTimeLimit\.months \(record echr-applications\) must be at least 1 \(got 0\)$/],
    ['an earlier time limit over five years', (d) => (d.regional.routes[0].earlierTimeLimit = { before: '2022-02-01', months: 61 }), /regional\.routes\.0\.earlierTimeLimit\.months \(record echr-applications\) must be at most 60 \(got 61\)$/],
    ['an earlier time limit before a day that is no date', (d) => (d.regional.routes[0].earlierTimeLimit = { before: 'soon', months: 6 }), /regional\.routes\.0\.earlierTimeLimit\.before \(record echr-applications\) must be a real calendar date/],
    ['an earlier time limit on a route with none now', (d) => Object.assign(d.regional.routes[2], { timeLimitMonths: null, earlierTimeLimit: { before: '2022-02-01', months: 6 } }), /regional\.routes\.2\.earlierTimeLimit \(record achpr-communications\) needs a time limit of the route \(timeLimitMonths is null\)$/],
    ['a time limit from notice as text', (d) => (d.regional.routes[0].timeLimitFromNotice = 'yes'), /regional\.routes\.0\.timeLimitFromNotice \(record echr-applications\) must be true or false \(got "yes"\)$/],
    ['an earlier time limit before no real day', (d) => (d.regional.routes[0].earlierTimeLimit = { before: '2022-02-30', months: 6 }), /regional\.routes\.0\.earlierTimeLimit\.before/],
    ['a note over 2000 characters', (d) => (d.regional.routes[0].note = 'x'.repeat(2001)), /regional\.routes\.0\.note \(record echr-applications\) must be at most 2000 characters long/],
    ['a mandate situation twice', (d) => d.specialProcedures.mandates[0].situations.push('eviction'), /specialProcedures\.mandates\.0\.situations \(record sr-adequate-housing\) lists a situation twice/],
    ['a mandate ground twice', (d) => (d.specialProcedures.mandates[0].grounds = ['race', 'race']), /specialProcedures\.mandates\.0\.grounds \(record sr-adequate-housing\) lists a ground twice/],
    ['no mandate', (d) => (d.specialProcedures.mandates = []), /specialProcedures\.mandates/],
    ['a campaign with no action', (d) => (d.ratificationCampaign.actions = []), /ratificationCampaign\.actions/],
    ['a campaign action twice', (d) => d.ratificationCampaign.actions.push('join-ngo-coalition'), /ratificationCampaign\.actions lists an action twice/],
    ['a same-matter rule with no article', (d) => (d.treatyBodies.routes[1].sameMatter.articles = []), /treatyBodies\.routes\.1\.sameMatter\.articles \(record cedaw_op\) needs the articles of the rule it names/],
    ['no same-matter rule, with an article', (d) => Object.assign(d.treatyBodies.routes[4].sameMatter, { articles: ['14'], in: 'convention' }), /treatyBodies\.routes\.4\.sameMatter\.articles \(record cerd_art14\) needs the articles/],
    ['a same-matter rule whose articles name no instrument', (d) => delete d.regional.routes[0].sameMatter.in, /regional\.routes\.0\.sameMatter\.in \(record echr-applications\) names the instrument of its articles/],
    ['an unknown same-matter rule', (d) => (d.treatyBodies.routes[0].sameMatter.bars = 'examined'), /treatyBodies\.routes\.0\.sameMatter\.bars/],
    ['a same-matter rule with no source', (d) => delete d.treatyBodies.routes[0].sameMatter.source, /treatyBodies\.routes\.0\.sameMatter\.source/],
    ['a fit for someone the tool does not know', (d) => (d.treatyBodies.routes[0].fit.situations[0].onlyFor = 'adults'), /treatyBodies\.routes\.0\.fit\.situations\.0\.onlyFor/],
  ];
  for (const [what, change, message] of cases) {
    it(`is rejected with the bad field named: ${what}`, () => {
      const data = clone();
      change(data);
      expect(() => parseOtherRoutes(data)).to.throw(ValidationError, message);
    });
  }
});

describe("otherRoutes: the CED's urgent action (ICPPED art. 30)", () => {
  const disappeared: Partial<Answers> = { rights: ['civil-political'], author: 'representative-no-consent', consentJustification: 'disappearance' };
  const ced = (routes: Route[]) => procedures(routes).filter((p) => p.startsWith('ced_'));

  it('opens urgent action against a party with no art. 31 declaration (Iraq), first of all for a disappearance, and not art. 31', () => {
    const routes = routesFor('IQ', disappeared);
    expect(ced(routes)).to.deep.equal(['ced_art30']);
    expect(routes[0]).to.deep.include({
      kind: 'treaty-body', procedure: 'ced_art30', body: 'committee-on-enforced-disappearances', acceptedOn: '2010-11-23', fit: 'recommended',
    });
    expect(routes[0]!.because).to.deep.equal([{ kind: 'consent', justification: 'disappearance' }]);
    // A report to the authorities first, not their decision; only a disappearance after entry into force (art. 35).
    expect(routes[0]!.caveats).to.deep.equal(['reservations-may-limit', 'report-to-authorities-first', 'disappearance-after-entry-into-force']);
    expect(route(routesFor('IQ', { ...disappeared, remedies: 'not-tried' }), 'ced_art30').caveats).not.to.include('remedies-first');
    // Without a disappearance it is listed, not recommended.
    expect(route(routesFor('IQ', { rights: ['food'] }), 'ced_art30').fit).to.equal('possible');
  });

  it('reaches a family in a State the Protocol does not bind from the problem alone: no question about consent is asked there', () => {
    // Mexico and Iraq, where most urgent actions come from, have not joined the OP-ICESCR: the
    // route closes at the country, and only the problem, urgency and the fit questions follow.
    for (const [state, first] of [['MX', ['ced_art30', 'iccpr_op1', 'ced_art31', 'iachr-petitions', 'special-procedures']], ['IQ', ['ced_art30', 'special-procedures']]] as const) {
      const routes = routesFor(state, { rights: ['disappearance'], urgency: 'yes' });
      expect(recommended(routes), state).to.deep.equal(first);
      expect(routes[0]!.because, state).to.deep.equal([{ kind: 'situation', situation: 'disappearance', articles: ['30'] }]);
    }
    // The same answer reaches every other body that hears disappearances, each by its own articles.
    const reached: [string, string, string[]][] = [
      ['MX', 'ced_art31', ['2', '24']],
      ['MX', 'iccpr_op1', ['6', '7', '9', '16']],
      ['MX', 'iachr-petitions', ['I', 'XXV']],
      ['GB', 'echr-applications', ['2', '3', '5']],
      ['KE', 'achpr-communications', ['4', '5', '6']],
    ];
    for (const [state, procedure, articles] of reached) {
      expect(route(routesFor(state, { rights: ['disappearance'] }), procedure).because, procedure).to.deep.equal([
        { kind: 'situation', situation: 'disappearance', articles },
      ]);
    }
    // A State not party to the Convention: no CED route, but the UN Working Group, which takes
    // up a disappearance anywhere (and one the Convention came too late for).
    const india = routesFor('IN', { rights: ['disappearance'] });
    expect(ced(india)).to.deep.equal([]);
    expect(route(india, 'special-procedures')).to.deep.include({ fit: 'recommended', mandates: ['wg-enforced-disappearances'] });
  });

  it('gives a State with the declaration both, urgent action before every other route that fits', () => {
    const routes = routesFor('CL', disappeared);
    expect(ced(routes)).to.deep.equal(['ced_art30', 'ced_art31']);
    // Chile: the Human Rights Committee fits civil and political rights, yet the search for the person comes first.
    expect(recommended(routes).slice(0, 3)).to.deep.equal(['ced_art30', 'iccpr_op1', 'ced_art31']);
    expect(route(routes, 'ced_art31').caveats).to.include('disappearance-after-entry-into-force');
  });

  it('gives a State that is not a party neither (India signed only; the United States did not)', () => {
    for (const state of ['IN', 'US', 'KE']) expect(ced(routesFor(state, disappeared)), state).to.deep.equal([]);
  });

  it('counts a party only from its deposit, and cautions until the 30th day after it (art. 39(2))', () => {
    // Estonia acceded on 13 Jan 2026: in force for it on 12 Feb 2026.
    const on = (asOf: string) => routesFor('EE', disappeared, {}, createEnvironment({ asOf }));
    expect(ced(on('2026-01-12'))).to.deep.equal([]);
    expect(route(on('2026-01-13'), 'ced_art30').caveats).to.include('not-yet-in-force');
    expect(route(on('2026-02-11'), 'ced_art30').caveats).to.include('not-yet-in-force');
    expect(route(on('2026-02-12'), 'ced_art30').caveats).not.to.include('not-yet-in-force');
  });

  it('never before the Convention itself entered into force, on 23 Dec 2010 (art. 39(1))', () => {
    // Albania ratified on 8 Nov 2007, and declared under art. 31 that day: neither applied before 23 Dec 2010.
    const on = (asOf: string) => routesFor('AL', disappeared, {}, createEnvironment({ asOf }));
    for (const procedure of ['ced_art30', 'ced_art31']) {
      expect(route(on('2010-12-22'), procedure).caveats, procedure).to.include('not-yet-in-force');
      expect(route(on('2010-12-23'), procedure).caveats, procedure).not.to.include('not-yet-in-force');
    }
  });

  it('applies a declaration made with the ratification only once the Convention is in force for the State (arts 31(1), 39(2))', () => {
    // Poland ratified and declared under art. 31 on 30 Dec 2024: the Committee could hear
    // neither urgent actions nor complaints about it before the 30th day, 29 Jan 2025.
    const on = (asOf: string) => routesFor('PL', disappeared, {}, createEnvironment({ asOf }));
    for (const procedure of ['ced_art30', 'ced_art31']) {
      expect(route(on('2025-01-28'), procedure).caveats, procedure).to.include('not-yet-in-force');
      expect(route(on('2025-01-29'), procedure).caveats, procedure).not.to.include('not-yet-in-force');
    }
    // A declaration made after joining (Mexico: a party since 2008, declared on 2 Oct 2020) applies from its deposit.
    expect(route(routesFor('MX', disappeared, {}, createEnvironment({ asOf: '2020-10-02' })), 'ced_art31').caveats).not.to.include('not-yet-in-force');
  });

  it('has every art. 31 declarant among the parties, none declaring before it joined, and 78 parties as the UN page prints', () => {
    const states = createEnvironment().procedures.states;
    expect(states.filter((s) => s.accepted.ced_art30).length).to.equal(78);
    const declared = states.filter((s) => s.accepted.ced_art31);
    expect(declared.length).to.equal(30);
    for (const s of declared) expect(s.accepted.ced_art30! <= s.accepted.ced_art31!, s.code).to.equal(true);
  });
});

describe("otherRoutes: the African Children's Committee (ACRWC art. 44)", () => {
  const ACERWC = 'acerwc-communications';
  const child = { child: 'yes' } as const;

  it('recommends it for a child in Senegal, with the articles of the African Children’s Charter, and says the courts must decide first', () => {
    // The Talibé children's case was against Senegal (Decision 003/Com/001/2012).
    const acerwc = route(routesFor('SN', { rights: ['education', 'food'], remedies: 'not-tried' }, child), ACERWC);
    expect(acerwc).to.deep.include({
      kind: 'regional', body: 'african-committee-of-experts-on-the-rights-and-welfare-of-the-child', acceptedOn: null, fit: 'recommended', asOf: '2026-12-06',
    });
    expect(acerwc.because).to.deep.equal([
      { kind: 'situation', situation: 'food', articles: ['14(2)(c)', '20(2)(a)'] },
      { kind: 'situation', situation: 'education', articles: ['11'] },
      { kind: 'child' },
    ]);
    // Senegal has not joined the Protocol: no same-matter bar to lose here.
    expect(acerwc.caveats).to.deep.equal(['remedies-first']);
    expect(route(routesFor('SN', { rights: ['education'], remedies: 'pending' }, child), ACERWC).caveats).to.deep.equal(['remedies-first']);
  });

  it('fixes no time limit after the courts have decided: "a reasonable period", never passed by a date alone', () => {
    const late = route(routesFor('SN', { rights: ['family'], remedies: 'exhausted', finalDecisionDate: '2012-03-01' }, child), ACERWC);
    expect(late).to.deep.include({ fit: 'recommended', caveats: [] });
    expect(late.because[0]).to.deep.equal({ kind: 'situation', situation: 'family', articles: ['18', '19', '20'] });
  });

  it('recommends it only when the person affected is a child: its Charter is for those under 18 (art. 2)', () => {
    for (const answer of ['no', 'unknown', 'prefer-not', undefined] as const) {
      const routes = routesFor('SN', { rights: ['education', 'eviction'] }, { child: answer, disability: 'yes', grounds: ['sex'] });
      expect(route(routes, ACERWC).fit, String(answer)).to.equal('possible');
      expect(route(routes, ACERWC).because, String(answer)).to.deep.equal([]);
      // The African Commission hears the same problem for anyone.
      expect(route(routes, 'achpr-communications').fit, String(answer)).to.equal('recommended');
    }
    // Acting for a child who cannot agree says the same as the child answer.
    expect(route(routesFor('KE', { rights: ['health-care'], consentJustification: 'child' }), ACERWC).because).to.deep.equal([
      { kind: 'situation', situation: 'health-care', articles: ['14'] },
      { kind: 'child' },
    ]);
    // A child with a disability, or treated unfairly for their sex, with no problem chosen (arts 13 and 3).
    expect(route(routesFor('KE', {}, { child: 'yes', disability: 'yes', grounds: ['sex'] }), ACERWC).because).to.deep.equal([
      { kind: 'child' }, { kind: 'disability' }, { kind: 'ground', ground: 'sex' },
    ]);
  });

  it('hears an organisation for children it does not name one by one', () => {
    expect(recommended(routesFor('SN', { rights: ['education'], author: 'organisation' }, child))).to.include(ACERWC);
  });

  it('is open only against the parties to the African Children’s Charter, Egypt with a caution', () => {
    for (const state of ['MA', 'TN', 'SS', 'SO']) expect(procedures(routesFor(state, { rights: ['education'] }, child)), state).not.to.include(ACERWC);
    expect(procedures(routesFor('FR', { rights: ['education'] }, child))).not.to.include(ACERWC);
    // Egypt reserved art. 44; the Committee holds the reservation invalid.
    expect(route(routesFor('EG', { rights: ['education'] }, child), ACERWC).caveats).to.include('membership-unconfirmed');
    expect(route(routesFor('SN', { rights: ['education'] }, child), ACERWC).caveats).not.to.include('membership-unconfirmed');
  });
});

describe('assess(): the other routes’ time limits where the route closed before the courts’ question', () => {
  const limits = (a: ReturnType<typeof assess>) =>
    Object.fromEntries(a.routes.filter((r) => r.kind === 'treaty-body' || r.kind === 'regional').map((r) => [r.procedure, [r.timeLimitEnds ?? null, r.caveats.filter((c) => /^(time-limit|remedies)/.test(c))]]));

  it('counts each body’s own time limit from the final decision a batch record gives, for a State not party', () => {
    // Brazil has not joined the Protocol: closed at the State, the courts' question is never reached. The clinic's record
    // says the courts decided on 1 March 2026: six months at CERD and the Inter-American Commission, a year at the CRC,
    // five years at the Human Rights Committee, all from that day.
    const recent = assess({ state: 'BR', rights: ['eviction'], urgency: 'no', remedies: 'exhausted', finalDecisionDate: '2026-03-01' }, { asOf: '2026-06-01' });
    expect(recent.questions).to.deep.equal(['state', 'rights', 'urgency']);
    expect(recent.dates.finalDecision).to.equal('2026-03-01');
    expect(limits(recent)).to.deep.include({
      iccpr_op1: ['2031-03-01', []], crc_op3: ['2027-03-01', []], cerd_art14: ['2026-09-01', []], 'iachr-petitions': ['2026-09-01', []], cedaw_op: [null, []],
    });
    // Two years before: the CRC's year and CERD's six months are over, the Commission's may be (counted from the notice).
    const old = assess({ state: 'BR', rights: ['eviction'], urgency: 'no', remedies: 'exhausted', finalDecisionDate: '2024-03-01' }, { asOf: '2026-06-01' });
    expect(limits(old)).to.deep.include({
      iccpr_op1: ['2029-03-01', []], crc_op3: [null, ['time-limit-passed']], cerd_art14: [null, ['time-limit-passed']], 'iachr-petitions': [null, ['time-limit-may-have-passed']],
    });
    expect(old.routes.find((r) => r.procedure === 'iachr-petitions')!.fit).to.equal('possible');
    // Courts still deciding: each body waits for them too (not "we do not know").
    const pending = assess({ state: 'BR', rights: ['eviction'], urgency: 'no', remedies: 'pending' }, { asOf: '2026-06-01' });
    expect(limits(pending)).to.deep.include({ iccpr_op1: [null, ['remedies-first']], 'iachr-petitions': [null, ['remedies-first']] });
    // The record says nothing of the courts: as before.
    expect(limits(assess({ state: 'BR', rights: ['eviction'], urgency: 'no' }, { asOf: '2026-06-01' }))).to.deep.include({ iccpr_op1: [null, ['remedies-unknown']] });
  });

  it('weighs another body’s examination a batch record gives, as on a route that asks it: the body that has the case is not recommended again with a day to send by', () => {
    const a = assess(
      { state: 'BR', rights: ['eviction'], urgency: 'no', remedies: 'exhausted', finalDecisionDate: '2026-03-01', otherProcedure: 'regional-commission' },
      { asOf: '2026-06-01' },
    );
    const iachr = a.routes.find((r) => r.procedure === 'iachr-petitions')!;
    expect(iachr.fit).to.not.equal('recommended');
    expect(iachr.caveats).to.include.members(['examined-elsewhere', 'same-matter-refused']);
    expect(iachr.timeLimitEnds ?? null).to.equal(null);
  });

  it('counts them too where the facts were over before the Protocol applied (art. 3(2)(b)): the European Court’s four months', () => {
    const a = assess(
      { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['eviction'], urgency: 'no', factsDate: '2008-01-01', factsContinuing: 'no', remedies: 'exhausted', finalDecisionDate: '2026-03-01' },
      { asOf: '2026-06-01' },
    );
    expect(a.questions).to.not.include('remedies');
    expect(limits(a)).to.deep.include({ 'echr-applications': ['2026-07-01', []], cerd_art14: ['2026-09-01', []] });
  });
});

describe('the European Social Charter’s collective complaints and water', () => {
  it('fit a problem of drinking water, under art. 31(1) with 16 (ERRC v. Portugal, No. 61/2010): not only when a child is affected', () => {
    const esc = route(routesFor('PT', { rights: ['water'], author: 'organisation' }), 'esc-collective-complaints');
    expect(esc.fit).to.equal('recommended');
    expect(esc.because).to.deep.include({ kind: 'situation', situation: 'water', articles: ['31(1)', '16'] });
  });
});
