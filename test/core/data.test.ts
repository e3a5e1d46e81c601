import { expect } from '@open-wc/testing';
import { COMPLAINT_PROCEDURES_SOURCE } from '../../src/data/complaint-procedures.js';
import { STATES_PARTIES } from '../../src/data/states-parties.js';
import { SITUATIONS } from '../../src/data/rights.js';
import * as z from 'zod/mini';
import { assess, complaintProceduresSchema, createEnvironment, entryIntoForce, PROCEDURES, ValidationError } from '../../src/core/index.js';
import { parseProceduresCsv, proceduresCsvCodes } from '../../src/core/procedures.js';

const env = createEnvironment({ asOf: '2026-06-01' });
const parties = STATES_PARTIES.states.filter((s) => s.consentedOn);

describe('the shipped datasets', () => {
  it('lists the 31 parties and 46 signatories of the UN Treaty Collection status of 3 Feb 2026', () => {
    expect(parties).to.have.length(31);
    expect(STATES_PARTIES.states.filter((s) => s.signedOn)).to.have.length(46);
    expect(new Set(STATES_PARTIES.states.map((s) => s.code)).size).to.equal(STATES_PARTIES.states.length);
    expect(STATES_PARTIES.asOf).to.equal('2026-02-03');
  });

  it('agrees with the complaint-procedures table on every party and deposit date', () => {
    const fromProcedures = Object.fromEntries(
      env.procedures.states.filter((s) => s.accepted.icescr_op).map((s) => [s.code, s.accepted.icescr_op]),
    );
    const fromParties = Object.fromEntries(parties.map((s) => [s.code, s.consentedOn]));
    expect(fromParties).to.deep.equal(fromProcedures);
    expect(COMPLAINT_PROCEDURES_SOURCE.asOf).to.equal(STATES_PARTIES.asOf);
  });

  it('name sources a clinic can cite: the summary prints them, and a file of this package means nothing to a lawyer', () => {
    for (const { source } of [STATES_PARTIES, COMPLAINT_PROCEDURES_SOURCE]) {
      expect(source).to.match(/^UN Treaty Collection\b.*, status as at 3 February 2026$/);
      expect(source).not.to.match(/\.(md|ts|json|csv)\b/);
    }
  });

  it('computes the entry into force the UN and the States confirm', () => {
    const confirmed: Record<string, string> = {
      BE: '2014-08-20', EC: '2013-05-05', FR: '2015-06-18', PT: '2013-05-05', ES: '2013-05-05',
      UY: '2013-05-05', IT: '2015-05-20', DE: '2023-07-20', SS: '2024-05-05', AL: '2025-05-19', FI: '2014-04-30',
    };
    for (const [code, date] of Object.entries(confirmed)) {
      expect(entryIntoForce(env.partyByCode.get(code)!)!.date, code).to.equal(date);
    }
    expect(entryIntoForce(env.partyByCode.get('FI')!)!.ambiguousUntil).to.equal('2014-05-01');
    expect(entryIntoForce(env.partyByCode.get('CL')!)).to.equal(null);
  });

  it('records the art. 10 and 11 declarations', () => {
    const optedIn = parties.filter((s) => s.article11).map((s) => s.code).sort();
    expect(optedIn).to.deep.equal(['BE', 'FI', 'PT', 'SM', 'SV']);
    expect(parties.every((s) => s.article10 !== null && s.article11 !== null || s.unconfirmed.length > 0)).to.equal(true);
  });

  it('maps every situation to Covenant articles, except those outside the Covenant and "not in this list"', () => {
    for (const s of SITUATIONS) {
      expect(s.covenantArticles.length > 0, s.id).to.equal(s.scope !== 'civil-political' && s.scope !== 'unlisted');
    }
  });

  it('knows every State of the UN Treaty Collection and no other', () => {
    expect(env.knownStates.size).to.equal(197);
    expect(env.knownStates.has('PS')).to.equal(true);
    expect(env.knownStates.has('XK')).to.equal(false);
  });
});

describe('host-supplied data', () => {
  const newer = {
    source: 'A newer status page',
    asOf: '2026-09-01',
    states: [...STATES_PARTIES.states.filter((s) => s.code !== 'CL'), { code: 'CL', signedOn: '2009-09-24', consentedOn: '2026-03-10', consentKind: 'ratification', article10: false, article11: false, unconfirmed: [] }],
  };

  it('is used once valid: a new party is open from its entry into force', () => {
    const before = assess({ state: 'CL' }, { asOf: '2026-06-09', parties: newer });
    expect(before.reasons[0]!.code).to.equal('not-yet-in-force');
    expect(before.dates.entryIntoForce).to.equal('2026-06-10');
    const after = assess({ state: 'CL', jurisdiction: 'no' }, { asOf: '2026-06-10', parties: newer });
    expect(after.reasons[0]!.code).to.equal('state-party');
    expect(after.data.parties).to.deep.equal({ source: 'A newer status page', asOf: '2026-09-01' });
  });

  /** `newer` with one record changed. */
  const withState = (index: number, fields: object) => ({ ...newer, states: newer.states.map((s, i) => (i === index ? { ...s, ...fields } : s)) });

  const bad: [string, unknown, RegExp][] = [
    ['an impossible date', { ...newer, states: [{ ...newer.states[0], consentedOn: '2026-02-30' }] }, /states\.0\.consentedOn/],
    ['a lower-case code', { ...newer, states: [{ ...newer.states[0], code: 'es' }] }, /states\.0\.code/],
    ['an unknown field', { ...newer, states: [{ ...newer.states[0], ratified: true }] }, /states\.0\.ratified \(record AL\) is not a known field/],
    ['a missing source', { asOf: newer.asOf, states: newer.states }, /source/],
    ['a wrong type', { ...newer, states: 'all of them' }, /states/],
    ['no States', { ...newer, states: [] }, /states/],
    ['not an object', 'AR,BE', /Invalid parties/],
    ['a deposit after the "as of" date', withState(0, { consentedOn: '2026-09-02' }), /states\.0\.consentedOn \(record AL\) \(2026-09-02\) is after the table's asOf \(2026-09-01\)/],
    ['a signature after the "as of" date', withState(1, { signedOn: '2026-10-01', consentedOn: '2026-08-01' }), /states\.1\.signedOn \(record AR\) \(2026-10-01\) is after the table's asOf/],
    ['a deposit before the signature', withState(1, { consentedOn: '2009-01-01' }), /states\.1\.consentedOn \(record AR\) \(2009-01-01\) is before signedOn \(2009-09-24\)/],
    ['a ratification without a signature', withState(1, { signedOn: null }), /states\.1\.signedOn \(record AR\) is required for a ratification/],
    ['a kind of consent without a deposit', withState(0, { consentedOn: null }), /states\.0\.consentKind \(record AL\) must be null while consentedOn is null/],
    ['a deposit without its kind', withState(0, { consentKind: null }), /states\.0\.consentKind \(record AL\) must be "ratification" or "accession"/],
    ['a code no complaint can name', withState(0, { code: 'ZZ' }), /states\.0\.code ZZ is not a State of the complaint-procedures table/],
    ['an empty source', { ...newer, source: '' }, /source/],
    ['a source over 1,000 characters', { ...newer, source: 's'.repeat(1001) }, /source/],
    ['a note over 1,000 characters', withState(0, { note: 'n'.repeat(1001) }), /states\.0\.note/],
    // Alone: no record is compared with a date that does not exist, so none is blamed for it.
    ['a malformed "as of" date', { ...newer, asOf: '2000-13-01' }, /^Invalid parties: asOf must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998 \(got "2000-13-01"\)$/],
  ];
  for (const [what, data, message] of bad) {
    it(`is rejected with the bad field named: ${what}`, () => {
      expect(() => assess({ state: 'ES' }, { asOf: '2026-06-01', parties: data })).to.throw(ValidationError, message);
      // The element validates a host's table this way when it is set.
      expect(() => createEnvironment({ parties: data })).to.throw(ValidationError, message).with.property('input', 'parties');
    });
  }

  it('is rejected when it leaves out a State the shipped table has as a party by its date: a table of the new rows alone would make Spain a State that has not joined (art. 1(2))', () => {
    const chile = newer.states.find((s) => s.code === 'CL')!;
    const rowsAlone = { ...newer, states: [chile] };
    expect(() => assess({ state: 'ES' }, { asOf: '2026-09-10', parties: rowsAlone }))
      .to.throw(ValidationError, /^Invalid parties: states lists no record for AL, a party since 2025-02-19 in the shipped table \(as of 2026-02-03\): start from createEnvironment\(\)\.parties and change what changed \(and 30 more\)$/)
      .with.property('issues')
      .that.has.length(31)
      .and.satisfies((issues: { code: string }[]) => issues.every((i) => i.code === 'required'));
    // Without its deposit, too: the same mistake.
    const spainUnjoined = withState(newer.states.findIndex((s) => s.code === 'ES'), { consentedOn: null, consentKind: null });
    expect(() => createEnvironment({ parties: spainUnjoined })).to.throw(ValidationError, /^Invalid parties: states\.\d+\.consentedOn is null, but ES is a party since 2010-09-23 in the shipped table \(as of 2026-02-03\)/);
    // A table as of a day before a State deposited need not list it: Albania deposited on 19 February 2025.
    const older = { ...newer, asOf: '2025-02-18', states: STATES_PARTIES.states.filter((s) => s.code !== 'AL' && (!s.consentedOn || s.consentedOn <= '2025-02-18') && (!s.signedOn || s.signedOn <= '2025-02-18')) };
    expect(assess({ state: 'AL' }, { asOf: '2025-02-18', parties: older }).reasons[0]!.code).to.equal('state-not-party');
    // On the day of the deposit a table knows it: leaving Albania out then is the same mistake.
    const onDeposit = { ...older, asOf: '2025-02-19' };
    expect(() => createEnvironment({ parties: onDeposit })).to.throw(ValidationError, /lists no record for AL, a party since 2025-02-19/);
  });

  it('cannot be edited in place once validated, the shipped table included: an edit would skip validation and change every later result', () => {
    const shipped = createEnvironment().parties;
    const spain = shipped.states.find((s) => s.code === 'ES')!;
    // Its types say so too (test/node/package.test.js holds them there); here, the run time.
    // @ts-expect-error: read-only
    expect(() => shipped.states.push({ ...spain, code: 'GB' })).to.throw(TypeError);
    // @ts-expect-error: read-only
    expect(() => (spain.consentedOn = null)).to.throw(TypeError);
    // @ts-expect-error: read-only
    expect(() => (createEnvironment().procedures.states[0]!.accepted.icescr_op = '2026-01-01')).to.throw(TypeError);
    expect(assess({ state: 'ES', jurisdiction: 'no' }, { asOf: '2026-06-01' }).reasons[0]!.code).to.equal('state-party');
    // A host's table: what was validated is frozen, the host's own object is not.
    const own = { ...newer, states: newer.states.map((s) => ({ ...s })) };
    const used = createEnvironment({ parties: own }).parties;
    // @ts-expect-error: read-only
    expect(() => (used.states[0]!.consentedOn = '2026-01-01')).to.throw(TypeError);
    // Nor is the environment itself: a date set on it would skip the check of asOf.
    const env = createEnvironment({ asOf: '2026-06-01' });
    // @ts-expect-error: read-only
    expect(() => (env.asOf = '2026-13-45')).to.throw(TypeError);
    expect(env.asOf).to.equal('2026-06-01');
    expect(env.partyByCode.get('ES')?.consentedOn, 'its indexes still fill in once frozen').to.equal('2010-09-23');
    expect(Object.isFrozen(own) || Object.isFrozen(own.states) || Object.isFrozen(own.states[0])).to.equal(false);
  });

  it('takes a signature and a deposit on the same day, both on the table\'s own "as of" day, and a source and a note of 1,000 characters', () => {
    const asOf = newer.asOf;
    const sameDay = {
      ...newer,
      source: 's'.repeat(1000),
      states: [
        ...newer.states.map((s) => (s.code === 'CL' ? { ...s, signedOn: asOf, consentedOn: asOf, note: 'n'.repeat(1000) } : s)),
        { code: 'US', signedOn: asOf, consentedOn: null, consentKind: null, article10: null, article11: null, unconfirmed: [] },
      ],
    };
    // A party from its deposit on 1 September 2026 (art. 1(2)), bound three months later (art. 18(2)).
    const chile = assess({ state: 'CL' }, { asOf, parties: sameDay });
    expect(chile.reasons[0]).to.deep.include({ code: 'not-yet-in-force' });
    expect(chile.state).to.deep.include({ party: true, consentedOn: asOf, entryIntoForce: '2026-12-01' });
    expect(assess({ state: 'US' }, { asOf, parties: sameDay }).reasons[0]!.data).to.deep.equal({ signedOn: asOf, listAsOf: asOf });
  });

  it('says a list was empty, or how long it was, rather than "an array"', () => {
    expect(() => createEnvironment({ parties: { source: 'x', asOf: '2026-01-01', states: [] } })).to.throw(ValidationError, /^Invalid parties: states must be a list of at least 1 item \(got an empty list\)$/);
    expect(() => assess(['ES', 'yes'])).to.throw(ValidationError, /\(got a list of 2 items\)/);
  });

  it('rejects a bad procedures table and a bad assessment date the same way', () => {
    expect(() => createEnvironment({ procedures: { source: 'x', asOf: '2026-01-01', states: [{ code: 'ES', accepted: { iccpr: '1985-04-25' } }] } })).to.throw(ValidationError, /states\.0\.accepted\.iccpr/);
    expect(() => assess({ state: 'ES' }, { asOf: '2026-13-01' })).to.throw(ValidationError, /Invalid options: asOf/);
  });

  it('names the procedures table, not the parties, when the host’s procedures table leaves out a State party', () => {
    const withoutSpain = { ...env.procedures, states: env.procedures.states.filter((s) => s.code !== 'ES') };
    expect(() => createEnvironment({ procedures: withoutSpain }))
      .to.throw(ValidationError, /^Invalid procedures: states lists no record for ES, a State of the States-Parties table: start from createEnvironment\(\)\.procedures and change what changed$/)
      .with.property('input', 'procedures');
    // Both given: Spain is a UN participant, so the procedures table is the one that left it out.
    expect(() => createEnvironment({ parties: env.parties, procedures: withoutSpain }))
      .to.throw(ValidationError, /^Invalid procedures: states lists no record for ES, a State of the States-Parties table/)
      .with.property('input', 'procedures');
    // A code no participant has is the parties table's typo, whatever the procedures table lacks.
    const typo = { ...env.parties, states: [...env.parties.states, { ...env.parties.states[0]!, code: 'ZZ' }] };
    expect(() => createEnvironment({ parties: typo, procedures: withoutSpain }))
      .to.throw(ValidationError, /^Invalid parties: states\.\d+\.code ES is not a State of the complaint-procedures table .*\(and 1 more\)$/)
      .with.property('input', 'parties');
  });

  it('validates one object given as both tables by each schema: valid parties are not taken for procedures', () => {
    const table = structuredClone(env.parties);
    expect(() => createEnvironment({ parties: table, procedures: table })).to.throw(ValidationError, /^Invalid procedures: states\.0\.accepted/);
  });
});

describe('the complaint-procedures table', () => {
  const shipped = () => structuredClone(parseProceduresCsv(COMPLAINT_PROCEDURES_SOURCE)) as any;
  const valid = (table: unknown) => z.safeParse(complaintProceduresSchema, table).success;
  /** `count` distinct two-letter codes. */
  const codes = (count: number) => Array.from({ length: count }, (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 26)]! + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]!);

  it('reads the CSV: one record per row, a date only where the State accepted, columns named by the header', () => {
    const csv = '\niso2,iccpr_op1,cedaw_op\nES,1985-04-25,\nFR,,1983-12-14,2000-01-01\n';
    expect(parseProceduresCsv({ source: 's', asOf: '2026-01-01', csv })).to.deep.equal({
      source: 's',
      asOf: '2026-01-01',
      // A cell past the header is kept under its column number, for the schema to refuse by name.
      states: [{ code: 'ES', accepted: { iccpr_op1: '1985-04-25' } }, { code: 'FR', accepted: { cedaw_op: '1983-12-14', 'column 4': '2000-01-01' } }],
    });
    expect(proceduresCsvCodes({ source: 's', asOf: '2026-01-01', csv: 'iso2,iccpr_op1\nES,1985-04-25\nFR,\n' })).to.deep.equal({ states: [{ code: 'ES' }, { code: 'FR' }] });
  });

  it('accepts the shipped table, and each bound at its limit', () => {
    expect(valid(shipped())).to.equal(true);
    const t = shipped();
    t.source = 'x'.repeat(1000);
    t.states = codes(300).map((code) => ({ code, accepted: {} }));
    expect(valid(t)).to.equal(true);
  });

  const cases: [string, (t: any) => void][] = [
    ['no source', (t) => (t.source = '')],
    ['a source over 1000 characters', (t) => (t.source = 'x'.repeat(1001))],
    ['an "as of" day that does not exist', (t) => (t.asOf = '2026-02-29')],
    ['no State', (t) => (t.states = [])],
    ['over 300 States', (t) => (t.states = codes(301).map((code) => ({ code, accepted: {} })))],
    ['a State twice', (t) => t.states.push(t.states[0])],
    ['a lower-case code', (t) => (t.states[0].code = 'af')],
    ['a procedure the table does not have', (t) => (t.states[0].accepted.icescr = '2020-01-01')],
    ['a deposit that is not a date', (t) => (t.states[0].accepted.iccpr_op1 = '1985')],
    ['a field the table does not have', (t) => (t.note = 'x')],
    ['a State field the table does not have', (t) => (t.states[0].name = 'x')],
  ];
  for (const [what, change] of cases) {
    it(`refuses a table with ${what}`, () => {
      const t = shipped();
      change(t);
      expect(valid(t)).to.equal(false);
    });
  }

  it('names the second record of a State listed twice, and says nothing more of a code that is not one', () => {
    const t = shipped();
    t.states.push({ code: 'ES', accepted: {} });
    expect(() => createEnvironment({ procedures: t })).to.throw(ValidationError, new RegExp(`states\\.${t.states.length - 1}\\.code lists ES a second time`));
    // Two malformed codes: each is refused as a code, not also as a State listed twice.
    const u = shipped();
    u.states[0].code = 'es';
    u.states[1].code = 'es';
    const issues = z.safeParse(complaintProceduresSchema, u).error!.issues.map((i) => i.message);
    expect(issues).to.have.length(2);
    expect(issues.join()).not.to.include('second time');
  });

  it('refuses an acceptance after the table\'s "as of" day, as the States-Parties table does, and takes one on that day', () => {
    const t = shipped();
    t.states[0].accepted.crpd_op = '2026-02-04';
    expect(() => createEnvironment({ procedures: t })).to.throw(
      ValidationError,
      /^Invalid procedures: states\.0\.accepted\.crpd_op \(record AD\) \(2026-02-04\) is after the table's asOf \(2026-02-03\): a list as of that day cannot know it$/,
    );
    t.states[0].accepted.crpd_op = '2026-02-03';
    expect(valid(t)).to.equal(true);
    // Any row, any procedure (this Protocol's last): the host is sent to the record to fix.
    const spain = t.states.findIndex((s: { code: string }) => s.code === 'ES');
    t.states[spain].accepted.icescr_op = '2026-03-01';
    expect(() => createEnvironment({ procedures: t })).to.throw(ValidationError, new RegExp(`^Invalid procedures: states\\.${spain}\\.accepted\\.icescr_op \\(record ES\\) \\(2026-03-01\\) is after the table's asOf`));
  });

  it('names the UN procedures in the order of the UN Treaty Collection table, this one last', () => {
    expect(PROCEDURES).to.deep.equal(['iccpr_op1', 'cedaw_op', 'crpd_op', 'crc_op3', 'cerd_art14', 'cat_art22', 'ced_art30', 'ced_art31', 'icescr_op']);
  });
});
