import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { assess, assessmentSchema, otherRoutes, ValidationError, type Answers, type Outcome, type ReasonCode } from '../../src/core/index.js';
import { STATES_PARTIES } from '../../src/data/states-parties.js';
import { withoutRefused } from '../../src/core/assess.js';
import { createEnvironment } from '../../src/core/environment.js';
import { SPAIN_EVICTION } from '../support/samples.js';

/** A complete, admissible eviction case against Spain, assessed on 1 June 2026. */
const SPAIN = SPAIN_EVICTION;
const route = (a: { routes: { procedure: string; caveats: string[] }[] }, procedure: string) => a.routes.find((r) => r.procedure === procedure)!;
const AS_OF = '2026-06-01';

interface Case {
  name: string;
  answers: Answers;
  asOf?: string;
  outcome: Outcome;
  /** Each must be among the reasons, with this article. */
  reasons: Partial<Record<ReasonCode, string>>;
  /** None of these may be among the reasons. */
  absent?: ReasonCode[];
  dates?: Partial<{ entryIntoForce: string | null; deadline: string | null }>;
  /** The questions the route asked, when it matters. */
  questions?: string[];
}

const CASES: Case[] = [
  // Arts 1(2) and 18(2): the State, and when the Protocol binds it
  { name: 'a State that never signed', answers: { state: 'US' }, outcome: 'not-available', reasons: { 'state-not-party': '1(2)' }, questions: ['state'] },
  { name: 'a place not in the list (Kosovo, Taiwan…)', answers: { state: 'unlisted', rights: ['housing'] }, outcome: 'not-available', reasons: { 'state-unlisted': '2' }, absent: ['state-not-party'], questions: ['state', 'rights'] },
  { name: 'a State that signed but did not ratify', answers: { state: 'CL' }, outcome: 'not-available', reasons: { 'state-not-party': '1(2)' } },
  { name: 'a party the day before its entry into force (Albania)', answers: { ...SPAIN, state: 'AL', finalDecisionDate: '2025-05-01' }, asOf: '2025-05-18', outcome: 'not-available', reasons: { 'not-yet-in-force': '18(2)' }, dates: { entryIntoForce: '2025-05-19' } },
  { name: 'a party on the day of its entry into force', answers: { ...SPAIN, state: 'AL', factsDate: '2025-05-19', finalDecisionDate: '2025-05-19' }, asOf: '2025-05-19', outcome: 'likely-admissible', reasons: { 'state-party': '1(1)', 'facts-after-entry-into-force': '3(2)(b)' } },
  // Art. 2: jurisdiction and authors
  { name: 'outside the State\'s jurisdiction', answers: { ...SPAIN, jurisdiction: 'no' }, outcome: 'not-admissible', reasons: { 'outside-jurisdiction': '2' }, questions: ['state', 'jurisdiction', 'rights', 'urgency'] },
  { name: 'jurisdiction not known', answers: { ...SPAIN, jurisdiction: 'unknown' }, outcome: 'needs-review', reasons: { 'jurisdiction-unknown': '2' } },
  { name: 'the person affected', answers: SPAIN, outcome: 'likely-admissible', reasons: { 'abuse-of-right': '3(2)(f)', 'clear-disadvantage': '4' } },
  { name: 'a group including the victims', answers: { ...SPAIN, author: 'group' }, outcome: 'likely-admissible', reasons: {} },
  { name: 'a representative with consent', answers: { ...SPAIN, author: 'representative-consent' }, outcome: 'likely-admissible', reasons: { 'consent-required': '2' } },
  { name: 'a representative without consent and no justification', answers: { ...SPAIN, author: 'representative-no-consent', consentJustification: 'none' }, outcome: 'not-admissible', reasons: { 'consent-missing': '2' } },
  ...(['child', 'detention', 'disappearance', 'incapacity', 'fear', 'other'] as const).map((j) => ({
    name: `a representative without consent, justified by ${j}`,
    answers: { ...SPAIN, author: 'representative-no-consent' as const, consentJustification: j },
    outcome: 'needs-review' as const,
    reasons: { 'acting-without-consent': '2' },
  })),
  { name: 'an organisation with no identified victim, State opted in to inquiries (Portugal)', answers: { ...SPAIN, state: 'PT', author: 'organisation' }, outcome: 'not-available', reasons: { 'no-identified-victim': '2', 'inquiry-procedure': '11' } },
  { name: 'an organisation, State without an art. 11 declaration (Germany)', answers: { ...SPAIN, state: 'DE', author: 'organisation' }, outcome: 'not-available', reasons: { 'no-identified-victim': '2', 'inquiry-procedure': '11' } },
  // Art. 3(2)(d): the Covenant
  { name: 'only civil and political rights', answers: { ...SPAIN, rights: ['civil-political'] }, outcome: 'not-admissible', reasons: { 'outside-covenant': '3(2)(d)' } },
  { name: 'economic rights with a civil-political part', answers: { ...SPAIN, rights: ['water', 'civil-political'] }, outcome: 'likely-admissible', reasons: { 'civil-political-part': '3(2)(d)' } },
  // A disappearance has words of its own, not "such as torture, arrest or free speech", pointing to the steps that name the CED and the Working Group.
  { name: 'economic rights with a disappearance', answers: { ...SPAIN, rights: ['water', 'disappearance'] }, outcome: 'likely-admissible', reasons: { 'disappearance-part': '3(2)(d)' }, absent: ['civil-political-part'] },
  { name: 'economic rights with a disappearance and a civil-political part', answers: { ...SPAIN, rights: ['water', 'civil-political', 'disappearance'] }, outcome: 'likely-admissible', reasons: { 'civil-political-part': '3(2)(d)', 'disappearance-part': '3(2)(d)' } },
  { name: 'a problem the list does not name', answers: { ...SPAIN, rights: ['other'] }, outcome: 'needs-review', reasons: { 'situation-unlisted': '3(2)(d)' } },
  { name: 'civil and political rights with self-determination', answers: { ...SPAIN, rights: ['civil-political', 'self-determination'] }, outcome: 'needs-review', reasons: { 'civil-political-part': '3(2)(d)', 'self-determination': '3(2)(d)' }, absent: ['outside-covenant'] },
  { name: 'civil and political rights with a problem the list does not name', answers: { ...SPAIN, rights: ['civil-political', 'other'] }, outcome: 'needs-review', reasons: { 'civil-political-part': '3(2)(d)', 'situation-unlisted': '3(2)(d)' }, absent: ['outside-covenant'] },
  // Covenant arts 2(2) and 3 guarantee its rights without discrimination: they are not rights alone (General Comment 20, para. 7).
  { name: 'discrimination alone: which Covenant right it concerns is to be checked', answers: { ...SPAIN, rights: ['discrimination'] }, outcome: 'needs-review', reasons: { 'discrimination-without-right': '3(2)(d)' }, absent: ['outside-covenant'] },
  { name: 'discrimination beside civil and political rights only (a beating by the police for one’s ethnicity): outside the Covenant', answers: { ...SPAIN, rights: ['civil-political', 'discrimination'] }, outcome: 'not-admissible', reasons: { 'outside-covenant': '3(2)(d)' }, absent: ['discrimination-without-right', 'civil-political-part'] },
  { name: 'unequal treatment of women and men beside a disappearance only: outside the Covenant', answers: { ...SPAIN, rights: ['disappearance', 'gender-equality'] }, outcome: 'not-admissible', reasons: { 'outside-covenant': '3(2)(d)' }, absent: ['discrimination-without-right'] },
  { name: 'discrimination at work', answers: { ...SPAIN, rights: ['work', 'discrimination'] }, outcome: 'likely-admissible', reasons: {}, absent: ['discrimination-without-right'] },
  { name: 'self-determination alone', answers: { ...SPAIN, rights: ['self-determination'] }, outcome: 'needs-review', reasons: { 'self-determination': '3(2)(d)' } },
  // A Covenant right is named: the problem the list does not name beside it leaves nothing about the Covenant to weigh.
  { name: 'a Covenant right with a problem the list does not name', answers: { ...SPAIN, rights: ['eviction', 'other'] }, outcome: 'likely-admissible', reasons: {}, absent: ['situation-unlisted', 'outside-covenant'] },
  // Arts 5 and 13: urgency. Both work only for a State the Protocol binds: art. 5 measures are
  // asked within a complaint against it (so on an open route only), art. 13 is its duty.
  { name: 'an urgent case', answers: { ...SPAIN, urgency: 'yes' }, outcome: 'likely-admissible', reasons: { 'interim-measures': '5', 'reprisals-protection': '13' } },
  { name: 'an urgent case in a State bound, on a route closed before the problem', answers: { ...SPAIN, jurisdiction: 'no', urgency: 'yes' }, outcome: 'not-admissible', reasons: { 'reprisals-protection': '13' }, absent: ['interim-measures'], questions: ['state', 'jurisdiction', 'rights', 'urgency'] },
  { name: 'an urgent case in a State bound, its case still before the courts (Italy)', answers: { ...SPAIN, state: 'IT', remedies: 'pending', urgency: 'yes' }, outcome: 'not-admissible', reasons: { 'remedies-pending': '3(1)', 'reprisals-protection': '13' }, absent: ['interim-measures'] },
  { name: 'an urgent case in a State not party', answers: { state: 'US', rights: ['housing'], urgency: 'yes' }, outcome: 'not-available', reasons: { 'state-not-party': '1(2)' }, absent: ['interim-measures', 'reprisals-protection'], questions: ['state', 'rights', 'urgency'] },
  { name: 'an urgent eviction in a State that signed only (Senegal)', answers: { state: 'SN', rights: ['eviction'], urgency: 'yes' }, outcome: 'not-available', reasons: { 'state-not-party': '1(2)' }, absent: ['interim-measures', 'reprisals-protection'] },
  { name: 'an urgent case in a State party not yet bound (Albania)', answers: { ...SPAIN, state: 'AL', urgency: 'yes', finalDecisionDate: '2025-05-01' }, asOf: '2025-05-18', outcome: 'not-available', reasons: { 'not-yet-in-force': '18(2)' }, absent: ['interim-measures', 'reprisals-protection'] },
  { name: 'an urgent case on the day the Protocol binds the State (Albania)', answers: { ...SPAIN, state: 'AL', urgency: 'yes', factsDate: '2025-05-19', finalDecisionDate: '2025-05-19' }, asOf: '2025-05-19', outcome: 'likely-admissible', reasons: { 'interim-measures': '5', 'reprisals-protection': '13' } },
  { name: 'an urgent case in a place not in the list', answers: { state: 'unlisted', rights: ['eviction'], urgency: 'yes' }, outcome: 'not-available', reasons: { 'state-unlisted': '2' }, absent: ['interim-measures', 'reprisals-protection'] },
  // Art. 3(2)(b): entry into force
  { name: 'facts on the entry-into-force day (Spain, 5 May 2013)', answers: { ...SPAIN, factsDate: '2013-05-05' }, outcome: 'likely-admissible', reasons: { 'facts-after-entry-into-force': '3(2)(b)' }, absent: ['continuing-violation'] },
  { name: 'facts the day before, not continuing', answers: { ...SPAIN, factsDate: '2013-05-04', factsContinuing: 'no', finalDecisionDate: '2025-12-01' }, outcome: 'not-admissible', reasons: { 'facts-before-entry-into-force': '3(2)(b)' } },
  { name: 'facts the day before, continuing after', answers: { ...SPAIN, factsDate: '2013-05-04', factsContinuing: 'yes' }, outcome: 'likely-admissible', reasons: { 'continuing-violation': '3(2)(b)' } },
  { name: 'facts before, continuation unknown', answers: { ...SPAIN, factsDate: '2012-01-01', factsContinuing: 'unknown' }, outcome: 'needs-review', reasons: { 'facts-timing-unknown': '3(2)(b)' } },
  { name: 'facts date unknown and not continuing', answers: { ...SPAIN, factsDate: 'unknown', factsContinuing: 'no' }, outcome: 'needs-review', reasons: { 'facts-timing-unknown': '3(2)(b)' } },
  // The "no" closes the route: remedies, the year and the rest are not asked (the record's answers to them are not used).
  {
    name: 'facts in 2010 that did not continue: nothing more of this route is asked',
    answers: { ...SPAIN, factsDate: '2010-01-01', factsContinuing: 'no' },
    outcome: 'not-admissible',
    reasons: { 'facts-before-entry-into-force': '3(2)(b)' },
    dates: { entryIntoForce: '2013-05-05' },
    questions: ['state', 'jurisdiction', 'author', 'rights', 'urgency', 'factsDate', 'factsContinuing'],
  },
  { name: 'Belgium: facts the day before entry into force (20 Aug 2014)', answers: { ...SPAIN, state: 'BE', factsDate: '2014-08-19', factsContinuing: 'no' }, outcome: 'not-admissible', reasons: { 'facts-before-entry-into-force': '3(2)(b)' }, dates: { entryIntoForce: '2014-08-20' } },
  { name: 'Belgium: facts on entry into force', answers: { ...SPAIN, state: 'BE', factsDate: '2014-08-20' }, outcome: 'likely-admissible', reasons: { 'facts-after-entry-into-force': '3(2)(b)' } },
  { name: 'Finland: facts on 30 April 2014, where three months after 31 January is read two ways', answers: { ...SPAIN, state: 'FI', factsDate: '2014-04-30' }, outcome: 'needs-review', reasons: { 'entry-into-force-ambiguous': '3(2)(b)' }, dates: { entryIntoForce: '2014-04-30' } },
  { name: 'Finland: facts on 1 May 2014, in force on either reading', answers: { ...SPAIN, state: 'FI', factsDate: '2014-05-01' }, outcome: 'likely-admissible', reasons: { 'facts-after-entry-into-force': '3(2)(b)' } },
  { name: 'Finland: facts on 29 April 2014, before on either reading', answers: { ...SPAIN, state: 'FI', factsDate: '2014-04-29', factsContinuing: 'no' }, outcome: 'not-admissible', reasons: { 'facts-before-entry-into-force': '3(2)(b)' } },
  { name: 'Portugal deposited before the Protocol was in force: bound from 5 May 2013', answers: { ...SPAIN, state: 'PT', factsDate: '2013-05-05' }, outcome: 'likely-admissible', reasons: {}, dates: { entryIntoForce: '2013-05-05' } },
  // Art. 3(1): domestic remedies
  { name: 'remedies still pending', answers: { ...SPAIN, remedies: 'pending' }, outcome: 'not-admissible', reasons: { 'remedies-pending': '3(1)' }, questions: ['state', 'jurisdiction', 'author', 'rights', 'urgency', 'factsDate', 'remedies'] },
  { name: 'remedies never tried', answers: { ...SPAIN, remedies: 'not-tried' }, outcome: 'not-admissible', reasons: { 'remedies-not-tried': '3(1)' } },
  { name: 'no remedy available or effective', answers: { ...SPAIN, remedies: 'unavailable' }, outcome: 'needs-review', reasons: { 'remedies-unavailable': '3(1)' } },
  { name: 'remedies unreasonably prolonged', answers: { ...SPAIN, remedies: 'prolonged' }, outcome: 'needs-review', reasons: { 'remedies-prolonged': '3(1)' } },
  { name: 'remedies unknown', answers: { ...SPAIN, remedies: 'unknown' }, outcome: 'needs-review', reasons: { 'remedies-unknown': '3(1)' } },
  // Art. 3(2)(a): one year
  { name: 'submitted exactly one year after the final decision', answers: { ...SPAIN, finalDecisionDate: '2025-06-01' }, outcome: 'likely-admissible', reasons: { 'within-time-limit': '3(2)(a)' }, dates: { deadline: '2026-06-01' } },
  { name: 'one day late, no justification', answers: { ...SPAIN, finalDecisionDate: '2025-05-31', lateSubmission: 'no' }, outcome: 'not-admissible', reasons: { 'time-limit-passed': '3(2)(a)' }, dates: { deadline: '2026-05-31' } },
  { name: 'one day late, could not submit in time', answers: { ...SPAIN, finalDecisionDate: '2025-05-31', lateSubmission: 'yes' }, outcome: 'needs-review', reasons: { 'late-submission-justified': '3(2)(a)' } },
  { name: 'late, reason unknown', answers: { ...SPAIN, finalDecisionDate: '2024-05-31', lateSubmission: 'unknown' }, outcome: 'needs-review', reasons: { 'late-submission-unknown': '3(2)(a)' } },
  // The "no" closes the route: other procedures, identity and evidence are not asked (the record's answers to them are not used).
  {
    name: 'over a year late with no reason: nothing more of this route is asked',
    answers: { ...SPAIN, finalDecisionDate: '2024-01-15', lateSubmission: 'no' },
    outcome: 'not-admissible',
    reasons: { 'time-limit-passed': '3(2)(a)' },
    dates: { deadline: '2025-01-15' },
    questions: ['state', 'jurisdiction', 'author', 'rights', 'urgency', 'factsDate', 'remedies', 'finalDecisionDate', 'lateSubmission'],
  },
  { name: 'final decision on 29 February: last day 28 February', answers: { ...SPAIN, factsDate: '2023-01-01', finalDecisionDate: '2024-02-29' }, asOf: '2025-02-28', outcome: 'likely-admissible', reasons: { 'within-time-limit': '3(2)(a)' }, dates: { deadline: '2025-02-28' } },
  { name: 'final decision on 29 February, assessed on 1 March: two readings', answers: { ...SPAIN, factsDate: '2023-01-01', finalDecisionDate: '2024-02-29' }, asOf: '2025-03-01', outcome: 'needs-review', reasons: { 'time-limit-ambiguous': '3(2)(a)' } },
  { name: 'final decision on 29 February, assessed on 2 March: late on every reading', answers: { ...SPAIN, factsDate: '2023-01-01', finalDecisionDate: '2024-02-29', lateSubmission: 'no' }, asOf: '2025-03-02', outcome: 'not-admissible', reasons: { 'time-limit-passed': '3(2)(a)' } },
  { name: 'final decision on a month end (31 January)', answers: { ...SPAIN, factsDate: '2023-01-01', finalDecisionDate: '2025-01-31' }, asOf: '2026-01-31', outcome: 'likely-admissible', reasons: { 'within-time-limit': '3(2)(a)' }, dates: { deadline: '2026-01-31' } },
  { name: 'final decision date unknown', answers: { ...SPAIN, finalDecisionDate: 'unknown' }, outcome: 'needs-review', reasons: { 'decision-date-unknown': '3(2)(a)' }, dates: { deadline: null } },
  // Art. 3(2)(c): the same matter elsewhere
  ...(['cescr', 'echr', 'un-treaty-body', 'regional-commission', 'other-international'] as const).map((body) => ({
    name: `the same matter before ${body}`,
    answers: { ...SPAIN, otherProcedure: body },
    outcome: 'not-admissible' as const,
    reasons: { 'same-matter-elsewhere': '3(2)(c)' },
    // Nothing done next brings it here: no "the year runs until", read as a day to send by.
    absent: ['within-time-limit' as const],
    dates: { deadline: null },
  })),
  {
    name: 'the same matter before the European Court, the year ending on one of two days (29 February)',
    answers: { ...SPAIN, factsDate: '2023-01-01', finalDecisionDate: '2024-02-29', otherProcedure: 'echr' },
    asOf: '2025-03-01',
    outcome: 'not-admissible',
    reasons: { 'same-matter-elsewhere': '3(2)(c)' },
    absent: ['time-limit-ambiguous'],
  },
  {
    // The year passed with nothing that stopped the person: a bar whatever that body does, and the route closes on it.
    name: 'the same matter before the European Court, the year passed with nothing that stopped the person',
    answers: { ...SPAIN, factsDate: '2023-01-01', finalDecisionDate: '2024-06-01', lateSubmission: 'no', otherProcedure: 'echr' },
    outcome: 'not-admissible',
    reasons: { 'time-limit-passed': '3(2)(a)' },
    absent: ['same-matter-elsewhere'],
    dates: { deadline: '2025-06-01' },
    questions: ['state', 'jurisdiction', 'author', 'rights', 'urgency', 'factsDate', 'remedies', 'finalDecisionDate', 'lateSubmission'],
  },
  {
    name: 'the same matter before the European Court, sent late for a reason the person gives',
    answers: { ...SPAIN, factsDate: '2023-01-01', finalDecisionDate: '2024-06-01', lateSubmission: 'yes', otherProcedure: 'echr' },
    outcome: 'not-admissible',
    reasons: { 'same-matter-elsewhere': '3(2)(c)' },
    absent: ['late-submission-justified'],
    questions: ['state', 'jurisdiction', 'author', 'rights', 'urgency', 'factsDate', 'remedies', 'finalDecisionDate', 'lateSubmission', 'otherProcedure'],
  },
  { name: 'raised with a UN special rapporteur', answers: { ...SPAIN, otherProcedure: 'special-procedure' }, outcome: 'needs-review', reasons: { 'special-procedure': '3(2)(c)' } },
  // Sent to a body but withdrawn, or turned away without the problem itself being looked at: whether
  // that body examined it is for a lawyer to weigh, not a bar.
  {
    name: 'sent elsewhere, but withdrawn or turned away unexamined',
    answers: { ...SPAIN, otherProcedure: 'sent-not-examined' },
    outcome: 'needs-review',
    reasons: { 'not-examined-elsewhere': '3(2)(c)' },
    absent: ['same-matter-elsewhere'],
  },
  { name: 'other procedures unknown', answers: { ...SPAIN, otherProcedure: 'unknown' }, outcome: 'needs-review', reasons: { 'other-procedure-unknown': '3(2)(c)' } },
  // Art. 3(2)(g) and (e)
  { name: 'anonymous', answers: { ...SPAIN, identity: 'anonymous' }, outcome: 'not-admissible', reasons: { anonymous: '3(2)(g)' } },
  { name: 'named, kept confidential', answers: { ...SPAIN, identity: 'confidential' }, outcome: 'likely-admissible', reasons: { 'name-confidential': '3(2)(g)' } },
  { name: 'media reports only', answers: { ...SPAIN, evidence: 'media-only' }, outcome: 'needs-review', reasons: { 'media-reports-only': '3(2)(e)' } },
  { name: 'no evidence yet', answers: { ...SPAIN, evidence: 'none' }, outcome: 'needs-review', reasons: { 'evidence-missing': '3(2)(e)' } },
  { name: 'evidence unknown', answers: { ...SPAIN, evidence: 'unknown' }, outcome: 'needs-review', reasons: { 'evidence-unknown': '3(2)(e)' } },
  // Unknowns never give a false "likely admissible"
  { name: 'many unknowns', answers: { ...SPAIN, jurisdiction: 'unknown', factsDate: 'unknown', factsContinuing: 'unknown', remedies: 'unknown', otherProcedure: 'unknown', evidence: 'unknown' }, outcome: 'needs-review', reasons: { 'jurisdiction-unknown': '2', 'remedies-unknown': '3(1)' } },
  // The worst finding decides: no route (unavailable) over a bar, a bar over a point to review, a point to review over information
  {
    name: 'a State not party, for civil and political rights only: not available, the worse of the two',
    answers: { state: 'US', rights: ['civil-political'] },
    outcome: 'not-available',
    reasons: { 'state-not-party': '1(2)', 'outside-covenant': '3(2)(d)' },
    questions: ['state', 'rights'],
  },
  { name: 'jurisdiction not known and remedies never tried: not admissible, the bar over the point to review', answers: { ...SPAIN, jurisdiction: 'unknown', remedies: 'not-tried' }, outcome: 'not-admissible', reasons: { 'jurisdiction-unknown': '2', 'remedies-not-tried': '3(1)' } },
];

describe('legal cases (assess)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const result = assess(c.answers, { asOf: c.asOf ?? AS_OF });
      expect(result.outcome).to.equal(c.outcome);
      for (const [code, article] of Object.entries(c.reasons)) {
        const found = result.reasons.find((r) => r.code === code);
        expect(found, `${code} in ${result.reasons.map((r) => r.code)}`).to.exist;
        expect(found!.article).to.equal(article);
      }
      for (const code of c.absent ?? []) expect(result.reasons.map((r) => r.code)).to.not.include(code);
      for (const [key, value] of Object.entries(c.dates ?? {})) expect(result.dates[key as 'deadline'], key).to.equal(value);
      if (c.questions) expect(result.questions, `asked: ${result.questions.join(', ')}`).to.deep.equal(c.questions);
      expect(result.reasons.length).to.be.greaterThan(0);
    });
  }

  it('tells whether a non-party signed, and when', () => {
    // With the date of the list that says so: a State can join at any time.
    const list = STATES_PARTIES.asOf;
    expect(assess({ state: 'CL' }, { asOf: AS_OF }).reasons[0]!.data).to.deep.equal({ signedOn: '2009-09-24', listAsOf: list });
    expect(assess({ state: 'US' }, { asOf: AS_OF }).reasons[0]!.data).to.deep.equal({ signedOn: null, listAsOf: list });
  });

  it('names the list as the source of "not joined" only when the screening is dated after it', () => {
    // A clinic screens a record of 2022 on its own date: on that day Germany had not
    // joined, but the list of 3 February 2026 says it joined in 2023. Citing that list for
    // "has not joined; a country can join at any time" told the clinic the opposite of it.
    const list = STATES_PARTIES.asOf;
    expect(assess({ state: 'DE' }, { asOf: '2022-06-01' }).reasons[0]!.data).to.deep.equal({ signedOn: null, listAsOf: null });
    expect(assess({ state: 'US' }, { asOf: '2025-06-01' }).reasons[0]!.data).to.deep.equal({ signedOn: null, listAsOf: null });
    // On the list's own day, and after it, a State may have joined since: the caution stays.
    expect(assess({ state: 'US' }, { asOf: list }).reasons[0]!.data).to.deep.equal({ signedOn: null, listAsOf: list });
  });

  it('tells a party when it deposited, when the Protocol binds it and which of its facts are unconfirmed', () => {
    // Finland deposited on 31 January 2014: three months later is 30 April (or 1 May) 2014,
    // a date no primary source confirms. Spain deposited on 23 September 2010, before the
    // Protocol itself entered into force on 5 May 2013 (art. 18), and nothing is in doubt.
    const party = (state: string) => assess({ ...SPAIN, state }, { asOf: AS_OF }).reasons.find((r) => r.code === 'state-party')!.data;
    expect(party('FI')).to.deep.equal({ entryIntoForce: '2014-04-30', consentedOn: '2014-01-31', unconfirmed: 'entryIntoForce' });
    expect(party('ES')).to.deep.equal({ entryIntoForce: '2013-05-05', consentedOn: '2010-09-23', unconfirmed: null });
  });

  it('points an organisation to the inquiry procedure only where the State opted in', () => {
    const pt = assess({ ...SPAIN, state: 'PT', author: 'organisation' }, { asOf: AS_OF });
    expect(pt.reasons.find((r) => r.code === 'inquiry-procedure')!.data).to.deep.equal({ optedIn: true });
    expect(pt.nextSteps.map((s) => s.code)).to.include('send-information-for-inquiry');
    const de = assess({ ...SPAIN, state: 'DE', author: 'organisation' }, { asOf: AS_OF });
    expect(de.reasons.find((r) => r.code === 'inquiry-procedure')!.data).to.deep.equal({ optedIn: false });
    expect(de.nextSteps.map((s) => s.code)).to.not.include('send-information-for-inquiry');
  });

  it('puts interim measures first and the deadline in the next steps', () => {
    const result = assess({ ...SPAIN, urgency: 'yes' }, { asOf: AS_OF });
    expect(result.nextSteps[0]!.code).to.equal('request-interim-measures');
    expect(result.nextSteps.find((s) => s.code === 'mind-deadline')!.data).to.deep.equal({ deadline: '2026-12-01' });
    expect(result.nextSteps.at(-1)!.code).to.equal('get-legal-advice');
    // A case a lawyer must look at (evidence not known yet) is still open: an eviction next
    // week is for the Committee's interim measures (art. 5), not a route said to be shut.
    const toReview = assess({ ...SPAIN, urgency: 'yes', evidence: 'unknown' }, { asOf: AS_OF });
    expect(toReview.outcome).to.equal('needs-review');
    expect(toReview.nextSteps.map((s) => s.code)).to.include('request-interim-measures').and.not.include('get-urgent-help');
  });

  it('on a closed route, sends an urgent case to urgent help instead of interim measures "when you complain"', () => {
    // Not a route closed only by the missing name: given with the name, the complaint can be sent (below).
    for (const closing of [{ remedies: 'not-tried' }, { finalDecisionDate: '2025-05-31', lateSubmission: 'no' }, { identity: 'anonymous', otherProcedure: 'echr' }] as const) {
      const result = assess({ ...SPAIN, urgency: 'yes', ...closing }, { asOf: AS_OF });
      expect(result.outcome, JSON.stringify(closing)).to.equal('not-admissible');
      const steps = result.nextSteps.map((s) => s.code);
      expect(steps[0], JSON.stringify(closing)).to.equal('get-urgent-help');
      expect(steps).to.not.include('request-interim-measures');
      // Nor "the Committee can ask for interim measures" among the reasons, which a clinic prints with art. 5.
      expect(result.reasons.map((r) => r.code), JSON.stringify(closing)).to.not.include('interim-measures');
      expect(steps).to.include('consider-other-routes');
    }
    expect(assess({ ...SPAIN, urgency: 'no', remedies: 'not-tried' }, { asOf: AS_OF }).nextSteps.map((s) => s.code)).to.not.include('get-urgent-help');
  });

  it('asks urgency on a route closed before the problem: a State not party sends an urgent case to urgent help first', () => {
    const result = assess({ state: 'US', rights: ['housing'], urgency: 'yes' }, { asOf: AS_OF });
    expect(result.outcome).to.equal('not-available');
    expect(result.reasons.map((r) => [r.code, r.article])).to.deep.equal([['state-not-party', '1(2)']]);
    const steps = result.nextSteps.map((s) => s.code);
    expect(steps[0]).to.equal('get-urgent-help');
    expect(steps).to.include('campaign-for-ratification').and.not.include('request-interim-measures');
    // Without urgency the record still assesses, as on the wizard's "No".
    const calm = assess({ state: 'US', rights: ['housing'] }, { asOf: AS_OF });
    expect(calm.questions).to.deep.equal(['state', 'rights']);
    expect(calm.nextSteps.map((s) => s.code)).to.deep.equal(assess({ state: 'US', rights: ['housing'], urgency: 'no' }, { asOf: AS_OF }).nextSteps.map((s) => s.code));
  });

  it('gives the deadline as a next step only while the year is running, up to its last day', () => {
    const mindDeadline = (answers: Answers, asOf = AS_OF) => assess(answers, { asOf }).nextSteps.find((s) => s.code === 'mind-deadline')?.data ?? null;
    expect(mindDeadline({ ...SPAIN, finalDecisionDate: '2025-06-01' })).to.deep.equal({ deadline: '2026-06-01' });
    expect(mindDeadline({ ...SPAIN, finalDecisionDate: '2025-05-31', lateSubmission: 'yes' })).to.equal(null);
    expect(mindDeadline({ ...SPAIN, finalDecisionDate: '2025-05-31', lateSubmission: 'unknown' })).to.equal(null);
    const leapDay = { ...SPAIN, factsDate: '2023-01-01', finalDecisionDate: '2024-02-29' };
    expect(mindDeadline(leapDay, '2025-02-28')).to.deep.equal({ deadline: '2025-02-28' });
    // On the later reading's day the year may still be running: that day is the one to act on.
    expect(mindDeadline(leapDay, '2025-03-01')).to.deep.equal({ deadline: '2025-03-01', reading: 'later' });
    expect(mindDeadline({ ...leapDay, lateSubmission: 'no' }, '2025-03-02')).to.equal(null);
  });

  it('says a year from 29 February ends on 28 February in the reason too, the later day only as the other reading', () => {
    // A person told "until 1 March" would be a day late on the earlier reading of art. 3(2)(a).
    const leapDay = { ...SPAIN, factsDate: '2023-01-01', finalDecisionDate: '2024-02-29' };
    const within = assess(leapDay, { asOf: '2025-02-28' }).reasons.find((r) => r.code === 'within-time-limit')!;
    expect(within.data).to.deep.equal({ finalDecision: '2024-02-29', deadline: '2025-02-28' });
    const ambiguous = assess(leapDay, { asOf: '2025-03-01' }).reasons.find((r) => r.code === 'time-limit-ambiguous')!;
    expect(ambiguous.data).to.deep.equal({ finalDecision: '2024-02-29', deadline: '2025-02-28', otherReading: '2025-03-01' });
  });

  it('counts a year that ran out before the Protocol applied as the exception of 3(2)(a), to the day', () => {
    // Germany: deposit 20 April 2023, in force 20 July 2023.
    const germany = { ...SPAIN, state: 'DE', factsDate: '2020-01-01', factsContinuing: 'yes' } as const;
    const dayBefore = assess({ ...germany, finalDecisionDate: '2022-07-19' }, { asOf: '2024-07-20' });
    expect(dayBefore.outcome).to.equal('needs-review');
    const reason = dayBefore.reasons.find((r) => r.code === 'time-limit-before-entry-into-force')!;
    expect(reason.article).to.equal('3(2)(a)');
    expect(reason.data).to.deep.equal({ finalDecision: '2022-07-19', deadline: '2023-07-19', entryIntoForce: '2023-07-20' });
    expect(dayBefore.questions).to.not.include('lateSubmission');
    expect(dayBefore.nextSteps.map((s) => s.code)).to.not.include('mind-deadline');
    // The year's last day is the day it entered into force: a complaint could be sent that day.
    const sameDay = { ...germany, finalDecisionDate: '2022-07-20' };
    expect(() => assess(sameDay, { asOf: '2024-07-20' })).to.throw(ValidationError, /lateSubmission is required/);
    // …on that day alone: a year cut short, for a lawyer to weigh.
    const late = assess({ ...sameDay, lateSubmission: 'no' }, { asOf: '2024-07-20' });
    expect(late.outcome).to.equal('needs-review');
    expect(late.reasons.map((r) => r.code)).to.include('time-limit-shortened-by-entry-into-force').and.not.include('time-limit-before-entry-into-force');
  });

  it('a year that began before the Protocol applied and ended after: a "no" to why it is late is for a lawyer to weigh, the year cut short within a year from the day it applied, the delay since after, to the day', () => {
    // Germany: in force 20 July 2023. A final decision of 25 July 2022: its year ran to
    // 25 July 2023, and a complaint could be sent on its last six days only.
    const germany = { ...SPAIN, state: 'DE', factsDate: '2020-01-01', factsContinuing: 'yes', lateSubmission: 'no' } as const;
    const shortened = assess({ ...germany, finalDecisionDate: '2022-07-25' }, { asOf: '2023-08-01' });
    expect(shortened.outcome).to.equal('needs-review');
    expect(shortened.questions).to.include('lateSubmission');
    const reason = shortened.reasons.find((r) => r.code === 'time-limit-shortened-by-entry-into-force')!;
    expect([reason.article, reason.severity]).to.deep.equal(['3(2)(a)', 'review']);
    expect(reason.data).to.deep.equal({ deadline: '2023-07-25', finalDecision: '2022-07-25', entryIntoForce: '2023-07-20' });
    expect(shortened.reasons.map((r) => r.code)).to.not.include('time-limit-passed');
    // The day before it applied still shortens the year, by that one day.
    expect(assess({ ...germany, finalDecisionDate: '2023-07-19' }, { asOf: '2024-07-20' }).reasons.map((r) => r.code)).to.include('time-limit-shortened-by-entry-into-force');
    // A final decision on the day it applied leaves the whole year: "no" closes the route.
    const wholeYear = assess({ ...germany, finalDecisionDate: '2023-07-20' }, { asOf: AS_OF });
    expect(wholeYear.outcome).to.equal('not-admissible');
    expect(wholeYear.reasons.map((r) => r.code)).to.include('time-limit-passed').and.not.include('time-limit-shortened-by-entry-into-force');
    // Given a reason it could not be sent in time, or none known, the person's own showing is
    // weighed, beside the year cut short and its day to send by, which help them most.
    for (const lateSubmission of ['yes', 'unknown'] as const) {
      const weighed = assess({ ...germany, finalDecisionDate: '2022-07-25', lateSubmission }, { asOf: '2023-08-01' });
      expect(weighed.reasons.filter((r) => r.article === '3(2)(a)').map((r) => r.code), lateSubmission).to.deep.equal([
        'time-limit-shortened-by-entry-into-force',
        lateSubmission === 'yes' ? 'late-submission-justified' : 'late-submission-unknown',
      ]);
      expect(weighed.nextSteps.find((s) => s.code === 'send-within-year-of-entry-into-force')?.data).to.deep.equal({ deadline: '2024-07-20' });
      // Within a year since it applied, the question asked of the year from the decision: the
      // answer's reason gives that year's end alone, not a day it applied that its words would name.
      expect(weighed.reasons.find((r) => r.code !== 'time-limit-shortened-by-entry-into-force' && r.article === '3(2)(a)')?.data, lateSubmission).to.deep.equal({ deadline: '2023-07-25' });
    }
    // A whole year after it applied, to the day, the lawyer still weighs it…
    const lastDay = assess({ ...germany, finalDecisionDate: '2022-07-25' }, { asOf: '2024-07-20' });
    expect(lastDay.outcome).to.equal('needs-review');
    expect(lastDay.reasons.map((r) => r.code)).to.include('time-limit-shortened-by-entry-into-force');
    expect(lastDay.nextSteps.find((s) => s.code === 'send-within-year-of-entry-into-force')?.data, 'the day to send by').to.deep.equal({ deadline: '2024-07-20' });
    // …and the day after, the delay since it applied is the Committee's to weigh: the article
    // sets no second limit, as for a year that ran out before it applied (never a bar).
    const later = assess({ ...germany, finalDecisionDate: '2022-07-25' }, { asOf: '2024-07-21' });
    expect(later.outcome).to.equal('needs-review');
    const passed = later.reasons.find((r) => r.article === '3(2)(a)')!;
    expect([passed.code, passed.severity]).to.deep.equal(['delay-since-entry-into-force', 'review']);
    expect(passed.data).to.deep.equal({ deadline: '2023-07-25', finalDecision: '2022-07-25', entryIntoForce: '2023-07-20', yearCutShort: true });
    expect(later.reasons.map((r) => r.code)).to.not.include('time-limit-shortened-by-entry-into-force');
    expect(later.nextSteps.find((s) => s.code === 'explain-delay-since-entry-into-force')?.data).to.deep.equal({ entryIntoForce: '2023-07-20' });
    // Given a reason, or none known, it is still the person's showing to weigh.
    for (const [lateSubmission, said] of [['yes', 'late-submission-justified'], ['unknown', 'late-submission-unknown']] as const) {
      const weighed = assess({ ...germany, finalDecisionDate: '2022-07-25', lateSubmission }, { asOf: '2024-07-21' });
      expect(weighed.outcome, lateSubmission).to.equal('needs-review');
      // Asked of the time since it applied: the answer's reason gives both days, and the step asks why not sooner after that day.
      expect(weighed.reasons.filter((r) => r.article === '3(2)(a)').map((r) => [r.code, r.data])).to.deep.equal([[said, { deadline: '2023-07-25', entryIntoForce: '2023-07-20' }]]);
      expect(weighed.nextSteps.find((s) => s.code === 'explain-delay-since-entry-into-force')?.data).to.deep.equal({ entryIntoForce: '2023-07-20' });
      expect(weighed.nextSteps.map((s) => s.code)).to.not.include('explain-late-submission');
    }
  });

  it('a year that ran out before the Protocol applied: once it has applied for more than a year, whether something stopped the person since is asked, to the day, and weighed, never a bar', () => {
    // Germany: in force 20 July 2023; the year after a final decision of 19 July 2022 ended the day before.
    const germany = { ...SPAIN, state: 'DE', factsDate: '2020-01-01', factsContinuing: 'yes', finalDecisionDate: '2022-07-19' } as const;
    const lastDay = assess(germany, { asOf: '2024-07-20' });
    expect(lastDay.questions, 'one year to the day after it applied').to.not.include('lateSubmission');
    expect(lastDay.nextSteps.map((s) => s.code)).to.not.include('explain-delay-since-entry-into-force');
    // Until then, that day is the one to send by.
    expect(lastDay.nextSteps.find((s) => s.code === 'send-within-year-of-entry-into-force')?.data).to.deep.equal({ deadline: '2024-07-20' });
    // A clinic's record that lacks the answer is told why it is needed now, when it was not before.
    expect(() => assess(germany, { asOf: '2024-07-21' })).to.throw(
      ValidationError,
      /lateSubmission is required on this route: the year to complain ended on 2023-07-19, and the Protocol has applied there since 2023-07-20, over a year \(art\. 3\(2\)\(a\)\)/,
    );
    // Nothing stopped them since: the article's exception still holds (no day of the year was
    // left) and sets no second limit, so the delay since is for a lawyer to weigh, not a bar.
    const no = assess({ ...germany, lateSubmission: 'no' }, { asOf: '2024-07-21' });
    expect(no.outcome).to.equal('needs-review');
    expect(no.reasons.filter((r) => r.article === '3(2)(a)').map((r) => [r.code, r.severity, r.data])).to.deep.equal([
      ['delay-since-entry-into-force', 'review', { finalDecision: '2022-07-19', deadline: '2023-07-19', entryIntoForce: '2023-07-20', yearCutShort: false }],
    ]);
    expect(no.nextSteps.find((s) => s.code === 'explain-delay-since-entry-into-force')?.data).to.deep.equal({ entryIntoForce: '2023-07-20' });
    // Something did, or it is not known: the year's running out before stays for the lawyer, beside what was said.
    for (const [lateSubmission, said] of [['yes', 'late-submission-justified'], ['unknown', 'late-submission-unknown']] as const) {
      const weighed = assess({ ...germany, lateSubmission }, { asOf: '2024-07-21' });
      expect(weighed.outcome, lateSubmission).to.equal('needs-review');
      expect(weighed.reasons.filter((r) => r.article === '3(2)(a)').map((r) => r.code)).to.deep.equal(['time-limit-before-entry-into-force', said]);
      // What the person said is of the time since the Protocol applied: its reason names that day.
      expect(weighed.reasons.find((r) => r.code === said)!.data).to.deep.equal({ deadline: '2023-07-19', entryIntoForce: '2023-07-20' });
      // One showing asked for: why not sooner after the Protocol applied.
      expect(weighed.nextSteps.find((s) => s.code === 'explain-delay-since-entry-into-force')).to.deep.equal({ code: 'explain-delay-since-entry-into-force', messageKey: 'next.explain-delay-since-entry-into-force', data: { entryIntoForce: '2023-07-20' } });
      expect(weighed.nextSteps.map((s) => s.code)).to.not.include('explain-late-submission').and.not.include('send-within-year-of-entry-into-force');
    }
    // Spain, bound since 5 May 2013, a final decision of 2011: years since.
    const spain = assess({ ...SPAIN, factsDate: '2010-01-10', factsContinuing: 'yes', finalDecisionDate: '2011-06-01', lateSubmission: 'unknown' }, { asOf: AS_OF });
    expect(spain.outcome).to.equal('needs-review');
    expect(spain.nextSteps.map((s) => s.code)).to.include('explain-delay-since-entry-into-force');
    // A year that ran out after the Protocol applied is the lateness question's, not this.
    expect(assess({ ...germany, finalDecisionDate: '2023-08-01', lateSubmission: 'yes' }, { asOf: AS_OF }).nextSteps.map((s) => s.code))
      .to.include('explain-late-submission').and.not.include('explain-delay-since-entry-into-force');
  });

  it('a State is not a party before the day it deposited, nor signed before it signed', () => {
    const beforeDeposit = assess({ state: 'AL' }, { asOf: '2025-02-18' });
    expect(beforeDeposit.outcome).to.equal('not-available');
    expect(beforeDeposit.reasons.map((r) => [r.code, r.article])).to.deep.equal([['state-not-party', '1(2)']]);
    expect(beforeDeposit.nextSteps.map((s) => s.code)).to.include('campaign-for-ratification');
    expect(beforeDeposit.state!.party).to.equal(false);
    // What had not happened on the screening's date is not in its summary either.
    expect(beforeDeposit.state).to.deep.include({ signedOn: null, consentedOn: null, entryIntoForce: null });
    expect(beforeDeposit.dates.entryIntoForce).to.equal(null);
    const onDeposit = assess({ state: 'AL' }, { asOf: '2025-02-19' });
    expect(onDeposit.state).to.deep.include({ party: true, consentedOn: '2025-02-19', entryIntoForce: '2025-05-19' });
    expect(assess({ state: 'ES' }, { asOf: '2009-09-23' }).state).to.deep.include({ party: false, signedOn: null });
    expect(assess({ state: 'ES' }, { asOf: '2009-09-24' }).state).to.deep.include({ party: false, signedOn: '2009-09-24', consentedOn: null });
    expect(assess({ state: 'ES' }, { asOf: '2009-09-23' }).reasons[0]!.data).to.deep.include({ signedOn: null });
    expect(assess({ state: 'ES' }, { asOf: '2009-09-24' }).reasons[0]!.data).to.deep.include({ signedOn: '2009-09-24' });
  });

  it('a State that joined but where the Protocol is not yet in force: no ratification campaign, the day complaints open', () => {
    const onDeposit = assess({ state: 'AL' }, { asOf: '2025-02-19' });
    expect(onDeposit.reasons.map((r) => r.code)).to.deep.equal(['not-yet-in-force']);
    const steps = onDeposit.nextSteps;
    expect(steps.map((s) => s.code)).to.not.include('campaign-for-ratification');
    expect(steps.find((s) => s.code === 'complain-once-in-force')!.data).to.deep.equal({ entryIntoForce: '2025-05-19' });
    expect(onDeposit.routes.map((r) => r.kind)).to.not.include('campaign');
  });

  it('a place not in the list: no State to campaign with, no committee or regional body; the rapporteurs, and a clear error for an unknown code', () => {
    const result = assess({ state: 'unlisted', rights: ['housing'], disability: 'no', grounds: ['none'] }, { asOf: AS_OF });
    expect(result.routes.map((r) => [r.kind, r.fit])).to.deep.equal([['special-procedures', 'recommended']]);
    expect(result.nextSteps.map((s) => s.code)).to.deep.equal(['consider-other-routes', 'get-legal-advice']);
    expect(result.state).to.deep.include({ code: 'unlisted', party: false, entryIntoForce: null });
    expect(() => assess({ state: 'XK' }, { asOf: AS_OF })).to.throw(ValidationError);
    expect(() => assess({ state: 'Unlisted' as never }, { asOf: AS_OF })).to.throw(ValidationError);
  });

  it('a matter examined elsewhere: each other complaint body follows its own rule, and says it; the Special Procedures still can be', () => {
    for (const body of ['un-treaty-body', 'regional-commission', 'cescr', 'echr', 'other-international'] as const) {
      const result = assess({ ...SPAIN, rights: ['eviction'], otherProcedure: body }, { asOf: AS_OF });
      expect(result.outcome, body).to.equal('not-admissible');
      const complaintBodies = result.routes.filter((r) => r.kind === 'treaty-body' || r.kind === 'regional');
      expect(complaintBodies.length, body).to.be.greaterThan(3);
      for (const r of complaintBodies) {
        expect(r.caveats, `${body} ${r.procedure}`).to.include('examined-elsewhere').and.not.include('same-matter-bar');
        // Barred whether or not the other body has finished (OP-CEDAW art. 4(2)(a), ECHR art. 35(2)(b)…): never recommended.
        if (r.caveats.includes('same-matter-refused')) expect(r.fit, `${body} ${r.procedure}`).to.equal('possible');
      }
      // The collective complaints have no such rule. The Human Rights Committee bars it only while the other examines it
      // (ICCPR-OP1 art. 5(2)(a)), but Spain's reservation bars a finished matter too: not recommended, with the caution.
      expect(complaintBodies.filter((r) => r.fit === 'recommended').map((r) => r.procedure), body).to.deep.equal(['esc-collective-complaints']);
      expect(complaintBodies.find((r) => r.procedure === 'iccpr_op1')!.caveats, body).to.include(body === 'un-treaty-body' ? 'same-matter-may-refuse' : 'same-matter-extended-by-reservations');
      expect(result.routes.find((r) => r.kind === 'special-procedures')!.fit).to.equal('recommended');
    }
    // Sent to a body but not examined there: no one body examined it, so the other bodies are weighed as
    // for a matter sent nowhere, each with the caution to choose carefully.
    const unexamined = assess({ ...SPAIN, rights: ['eviction'], otherProcedure: 'sent-not-examined', identity: 'anonymous' }, { asOf: AS_OF });
    expect(unexamined.outcome).to.equal('not-admissible');
    expect(unexamined.routes.flatMap((r) => r.caveats)).to.not.include('examined-elsewhere');
    expect(unexamined.routes.find((r) => r.procedure === 'echr-applications')!.caveats).to.include('same-matter-bar');
    expect(unexamined.routes.some((r) => r.kind === 'treaty-body' && r.fit === 'recommended')).to.equal(true);
    const elsewhere = assess({ ...SPAIN, rights: ['eviction'], remedies: 'not-tried' }, { asOf: AS_OF });
    expect(elsewhere.routes.find((r) => r.procedure === 'iccpr_op1')!.fit).to.equal('recommended');
    expect(elsewhere.routes.find((r) => r.procedure === 'iccpr_op1')!.caveats).to.include('same-matter-bar').and.not.include('examined-elsewhere');
  });

  it('courts not yet asked: each other body that also waits for them says so; the collective complaints and the rapporteurs do not', () => {
    const result = assess({ ...SPAIN, rights: ['eviction'], remedies: 'not-tried' }, { asOf: AS_OF });
    const caveatsOf = (procedure: string) => result.routes.find((r) => r.procedure === procedure)!.caveats;
    for (const procedure of ['iccpr_op1', 'cedaw_op', 'crpd_op', 'crc_op3', 'cerd_art14', 'cat_art22', 'ced_art31']) {
      expect(caveatsOf(procedure), procedure).to.include('remedies-first');
    }
    // The CED's urgent action needs a report to the authorities (ICPPED art. 30(2)(c)), not their decision.
    expect(caveatsOf('ced_art30')).to.include('report-to-authorities-first').and.not.include('remedies-first');
    expect(caveatsOf('esc-collective-complaints')).to.not.include('remedies-first');
    expect(caveatsOf('special-procedures')).to.not.include('remedies-first');
    expect(result.routes.find((r) => r.procedure === 'iccpr_op1')!.fit).to.equal('recommended');
    const pending = assess({ ...SPAIN, rights: ['eviction'], remedies: 'pending' }, { asOf: AS_OF });
    expect(pending.routes.find((r) => r.procedure === 'iccpr_op1')!.caveats).to.include('remedies-first');
    const named = assess({ ...SPAIN, rights: ['eviction'], identity: 'anonymous' }, { asOf: AS_OF });
    expect(named.routes.some((r) => r.caveats.includes('remedies-first'))).to.equal(false);
  });

  it('a complaint with no name is told to give the name and ask for confidentiality', () => {
    const result = assess({ ...SPAIN, identity: 'anonymous' }, { asOf: AS_OF });
    expect(result.outcome).to.equal('not-admissible');
    expect(result.nextSteps.map((s) => s.code)).to.include('ask-confidentiality');
  });

  it('a complaint closed only by its missing name is told first to give the name, then the last day: given with the name, it can still be sent, and the year runs on', () => {
    // Final decision on 1 December 2025, screened on 1 June 2026: the year ends on 1 December 2026.
    const steps = (answers: Answers) => assess(answers, { asOf: AS_OF }).nextSteps;
    const anonymous = steps({ ...SPAIN, identity: 'anonymous' });
    // The name, with confidentiality asked for, before "send by…", which alone would read as "send it as it is" (trainer walk,
    // anonymous-costa-rica); then the complaint's preparation, as on an open route, and art. 13 for a person who fears reprisals.
    expect(anonymous.map((s) => s.code)).to.deep.equal([
      'ask-confidentiality',
      'mind-deadline',
      'gather-documents',
      'write-in-accepted-language',
      'check-submission-channel',
      'know-reprisal-protection',
      'consider-other-routes',
      'get-legal-advice',
    ]);
    expect(anonymous.find((s) => s.code === 'mind-deadline')!.data).to.deep.equal({ deadline: '2026-12-01' });
    expect(anonymous[0]!.data).to.deep.equal({ nameMissing: true });
    // A name given, kept from the public: confidentiality among the preparation, with no name to ask for.
    expect(steps({ ...SPAIN, identity: 'confidential' }).find((s) => s.code === 'ask-confidentiality')!.data).to.equal(undefined);
    // Urgent: urgent help still comes first, as on an open route (interim measures with the complaint), not
    // "the Committee is unlikely to take this one" above "send it by…"; unsure whether urgent, likewise.
    expect(steps({ ...SPAIN, urgency: 'yes', identity: 'anonymous' }).map((s) => s.code).slice(0, 3)).to.deep.equal(['request-interim-measures', 'ask-confidentiality', 'mind-deadline']);
    expect(steps({ ...SPAIN, urgency: 'unknown', identity: 'anonymous' }).find((s) => s.code === 'if-urgent')!.data).to.deep.equal({ open: true });
    // With another bar, the name would not open it: urgent help elsewhere.
    expect(steps({ ...SPAIN, urgency: 'yes', otherProcedure: 'echr', identity: 'anonymous' }).map((s) => s.code)[0]).to.equal('get-urgent-help');
    // Another bar besides (the same matter before the European Court): a name would not open the route, so no day is given.
    expect(steps({ ...SPAIN, otherProcedure: 'echr', identity: 'anonymous' }).map((s) => s.code)).to.not.include('mind-deadline');
    // Past the year (it ended on 31 May 2026), though the person could not complain in time: no "send by" a day gone,
    // but, as on an open route, what stopped them is theirs to show.
    const late = steps({ ...SPAIN, finalDecisionDate: '2025-05-31', lateSubmission: 'yes', identity: 'anonymous' }).map((s) => s.code);
    expect(late.slice(0, 3)).to.deep.equal(['ask-confidentiality', 'explain-late-submission', 'gather-documents']);
    expect(late).to.not.include('mind-deadline');
    // Acting for others: what art. 2 asks of the complaint, as on an open route.
    expect(steps({ ...SPAIN, author: 'representative-no-consent', consentJustification: 'fear', identity: 'anonymous' }).map((s) => s.code).slice(0, 4)).to.deep.equal([
      'ask-confidentiality',
      'mind-deadline',
      'gather-documents',
      'explain-acting-without-consent',
    ]);
    expect(steps({ ...SPAIN, author: 'representative-consent', identity: 'anonymous' }).map((s) => s.code).slice(0, 4)).to.deep.equal([
      'ask-confidentiality',
      'mind-deadline',
      'gather-documents',
      'get-written-consent',
    ]);
  });

  it('a complaint closed only by its missing name, about a State leaving the Protocol, is told the day before it leaves when that comes first (art. 20(2))', () => {
    // Portugal's notice received on 1 October 2026: it leaves on 1 April 2027; the year runs to 1 June 2027.
    const parties = { ...STATES_PARTIES, asOf: '2026-12-01', states: STATES_PARTIES.states.map((s) => (s.code === 'PT' ? { ...s, denouncedOn: '2026-10-01' } : s)) };
    const steps = (answers: Answers) => assess(answers, { asOf: '2026-12-07', parties }).nextSteps;
    const anonymous = steps({ ...SPAIN, state: 'PT', finalDecisionDate: '2026-06-01', identity: 'anonymous' });
    expect(anonymous.map((s) => s.code).slice(0, 3)).to.deep.equal(['ask-confidentiality', 'send-before-state-leaves', 'gather-documents']);
    expect(anonymous[1]!.data).to.deep.equal({ deadline: '2027-03-31' });
    // The year ends first (1 January 2027): its last day, as where no State leaves.
    const yearFirst = steps({ ...SPAIN, state: 'PT', finalDecisionDate: '2026-01-01', identity: 'anonymous' });
    expect(yearFirst.map((s) => s.code).slice(0, 3)).to.deep.equal(['ask-confidentiality', 'mind-deadline', 'gather-documents']);
    expect(yearFirst[1]!.data).to.deep.equal({ deadline: '2027-01-01' });
  });

  it('tells an urgent case about a State joined but not yet bound that the Committee can take no complaint before the day the Protocol applies, not that it can never take it (art. 18(2))', () => {
    // Albania deposited on 19 February 2025: bound from 19 May 2025.
    const steps = (rights: Answers['rights']) => assess({ state: 'AL', rights, urgency: 'yes' }, { asOf: '2025-03-01' }).nextSteps;
    const housing = steps(['housing']);
    expect(housing.slice(0, 2).map((s) => [s.code, s.data])).to.deep.equal([
      ['get-urgent-help', { certain: true, entryIntoForce: '2025-05-19' }],
      ['complain-once-in-force', { entryIntoForce: '2025-05-19' }],
    ]);
    // Wholly outside the Covenant, the day would bring nothing (art. 3(2)(d)).
    expect(steps(['civil-political'])[0]!.data).to.deep.equal({ certain: true });
  });

  it('tells no one whose problem is wholly outside the Covenant that the Committee may take it once the Protocol applies (art. 3(2)(d))', () => {
    const steps = (rights: Answers['rights']) => assess({ state: 'AL', rights, urgency: 'no' }, { asOf: '2025-03-01' }).nextSteps.map((s) => s.code);
    for (const rights of [['civil-political'], ['disappearance'], ['civil-political', 'disappearance']] as Answers['rights'][]) {
      expect(steps(rights), `${rights}`).to.not.include('complain-once-in-force');
      expect(steps(rights), `${rights}`).to.include('consider-other-routes');
    }
    expect(steps(['housing', 'disappearance'])).to.include('complain-once-in-force');
  });

  it('sends an organisation with no victim named to neither the Human Rights Committee, which takes victims\' complaints only, nor an inquiry into rights outside the Covenant (art. 11(2))', () => {
    const steps = (state: string, rights: Answers['rights']) => assess({ ...SPAIN, state, author: 'organisation', rights, urgency: 'no' }, { asOf: AS_OF }).nextSteps.map((s) => s.code);
    // Belgium accepts both the Human Rights Committee's complaints and inquiries (art. 11).
    expect(steps('BE', ['civil-political'])).to.not.include('human-rights-committee');
    expect(steps('BE', ['civil-political'])).to.not.include('send-information-for-inquiry');
    // Nor does the reason speak of one: "the Committee can look into serious or systematic violations" of rights it does not deal with.
    const reasons = (rights: Answers['rights']) => assess({ ...SPAIN, state: 'BE', author: 'organisation', rights, urgency: 'no' }, { asOf: AS_OF }).reasons.map((r) => r.code);
    expect(reasons(['civil-political'])).to.include('outside-covenant').and.not.include('inquiry-procedure');
    expect(reasons(['disappearance'])).to.not.include('inquiry-procedure');
    expect(reasons(['housing', 'civil-political'])).to.include('inquiry-procedure');
    expect(steps('BE', ['housing', 'civil-political'])).to.include('send-information-for-inquiry');
    // A person who was harmed still is.
    expect(assess({ ...SPAIN, state: 'BE', rights: ['civil-political'] }, { asOf: AS_OF }).nextSteps.map((s) => s.code)).to.include('human-rights-committee');
  });

  it('accepts a final decision dated before "it started" (an eviction order comes before the eviction): while its year runs, nothing to check', () => {
    const result = assess({ ...SPAIN, factsDate: '2026-02-01', finalDecisionDate: '2026-01-15' }, { asOf: AS_OF });
    expect(result.outcome).to.equal('likely-admissible');
    // Counted from the decision given, the year still runs: a later decision's year would end later, so this day is safe to send by.
    expect(result.dates.deadline).to.equal('2027-01-15');
    expect(result.reasons.map((r) => r.code)).to.include('within-time-limit').and.not.include('decision-before-facts');
    expect(result.nextSteps.map((s) => s.code)).to.include('mind-deadline').and.not.include('find-final-decision-date');
  });

  it('a final decision dated before the facts began, over a year ago, with nothing that stopped the person: the time limit is a point for a lawyer, not a firm bar (art. 3(2)(a))', () => {
    const belgium: Answers = {
      state: 'BE', jurisdiction: 'yes', author: 'self', rights: ['eviction'], urgency: 'no', factsDate: '2025-06-01', remedies: 'exhausted',
      finalDecisionDate: '2024-01-01', lateSubmission: 'no', otherProcedure: 'none', identity: 'named', evidence: 'documents',
    };
    const result = assess(belgium, { asOf: '2026-03-10' });
    expect(result.outcome).to.equal('needs-review');
    const year = result.reasons.filter((r) => r.article === '3(2)(a)');
    expect(year.map((r) => [r.code, r.severity, r.data])).to.deep.equal([
      ['decision-before-facts', 'review', { finalDecision: '2024-01-01', factsDate: '2025-06-01' }],
      ['time-limit-passed', 'review', { deadline: '2025-01-01' }],
    ]);
    // Not closed there: the rest is asked, and the complaint's preparation given, with the decision to find.
    expect(result.questions.slice(-3)).to.deep.equal(['otherProcedure', 'identity', 'evidence']);
    expect(result.nextSteps.map((s) => s.code)).to.include('find-final-decision-date').and.not.include('consider-other-routes');
    // A date was given: which decision was about what happened is to be checked, not a date to find.
    expect(result.nextSteps.find((s) => s.code === 'find-final-decision-date')!.data).to.deep.equal({ beforeFacts: true });
    expect(result.routes).to.deep.equal([]);
    expect(assessmentSchema.safeParse(result).success).to.equal(true);
    // Dated after the facts began, the same answers are the firm bar they were.
    const after = assess({ ...belgium, factsDate: '2023-06-01' }, { asOf: '2026-03-10' });
    expect(after.outcome).to.equal('not-admissible');
    expect(after.reasons.find((r) => r.code === 'time-limit-passed')!.severity).to.equal('bar');
    expect(after.reasons.map((r) => r.code)).to.not.include('decision-before-facts');
    // What stopped the person is weighed beside it as before.
    expect(assess({ ...belgium, lateSubmission: 'yes' }, { asOf: '2026-03-10' }).reasons.filter((r) => r.article === '3(2)(a)').map((r) => r.code)).to.deep.equal(['decision-before-facts', 'late-submission-justified']);
    // Before another body, the year's point is kept beside 3(2)(c): should that body not examine it, this year is over too.
    const elsewhere = assess({ ...belgium, otherProcedure: 'echr' }, { asOf: '2026-03-10' });
    expect(elsewhere.outcome).to.equal('not-admissible');
    expect(elsewhere.reasons.filter((r) => r.article === '3(2)(a)').map((r) => [r.code, r.severity])).to.deep.equal([['time-limit-passed', 'review']]);
    expect(elsewhere.dates.deadline).to.equal('2025-01-01');
  });

  it('sends a civil-and-political complaint to the Human Rights Committee and a non-party to the ratification campaign', () => {
    expect(assess({ ...SPAIN, rights: ['civil-political'] }, { asOf: AS_OF }).nextSteps.map((s) => s.code)).to.include('human-rights-committee');
    expect(assess({ state: 'US' }, { asOf: AS_OF }).nextSteps.map((s) => s.code)).to.include.members(['campaign-for-ratification', 'consider-other-routes']);
  });

  it('points a civil-and-political problem to the Human Rights Committee only where the State accepts its complaints (ICCPR first Optional Protocol)', () => {
    // A State not party stops after the problem and urgency; a party asks the rest of the route.
    const steps = (state: string) =>
      assess({ ...(state === 'AR' ? SPAIN : {}), state, rights: ['civil-political'], urgency: 'no' }, { asOf: AS_OF }).nextSteps.map((s) => s.code);
    // The United States, the United Kingdom and a place not in the UN list never accepted it:
    // the step would send a person to a body that cannot take the complaint.
    for (const state of ['US', 'GB', 'unlisted']) {
      expect(steps(state), state).to.not.include('human-rights-committee');
      expect(steps(state), state).to.include('consider-other-routes');
    }
    // Argentina accepted it on 8 August 1986: the step stays, as for Spain (1985).
    expect(steps('AR')).to.include('human-rights-committee');
    // Belarus left it (effective 8 February 2023): the shipped table no longer lists it.
    expect(steps('BY')).to.not.include('human-rights-committee');
  });

  it('asks no one to campaign for the Protocol about a problem it would not take if the State joined (art. 3(2)(d)): only where a Covenant right is part of it', () => {
    const campaign = (rights: Answers['rights']) => {
      const { reasons, nextSteps, routes } = assess({ state: 'MX', jurisdiction: 'yes', author: 'self', rights, urgency: 'no' }, { asOf: AS_OF });
      expect(reasons[0]!.code, 'Mexico has not joined').to.equal('state-not-party');
      const step = nextSteps.some((s) => s.code === 'campaign-for-ratification');
      expect(routes.some((r) => r.kind === 'campaign'), `${rights}: the route as the step`).to.equal(step);
      return step;
    };
    expect(campaign(['disappearance'])).to.equal(false);
    expect(campaign(['civil-political'])).to.equal(false);
    expect(campaign(['disappearance', 'civil-political'])).to.equal(false);
    // A family that lost its income with the person taken: social security is a Covenant right (art. 9).
    expect(campaign(['disappearance', 'social-security'])).to.equal(true);
    expect(campaign(['eviction'])).to.equal(true);
    // Someone must look at a problem the list does not name, or at self-determination (art. 1), before anything is barred.
    expect(campaign(['other'])).to.equal(true);
    expect(campaign(['self-determination'])).to.equal(true);
    // The problem not yet said (a record screened before the question): the campaign stands.
    expect(otherRoutes({ state: 'MX' }, createEnvironment({ asOf: AS_OF })).some((r) => r.kind === 'campaign')).to.equal(true);
  });

  it('gives an open route its steps in order: the day to send by, the documents, then how to send, protection, and advice last', () => {
    expect(assess(SPAIN, { asOf: AS_OF }).nextSteps.map((s) => (s.data ? [s.code, s.data] : s.code))).to.deep.equal([
      ['mind-deadline', { deadline: '2026-12-01' }],
      'gather-documents',
      'ask-confidentiality',
      'write-in-accepted-language',
      'check-submission-channel',
      'know-reprisal-protection',
      'get-legal-advice',
    ]);
  });

  it('lists the civil and political part, then the disappearance, before any other art. 3(2)(d) point', () => {
    const reasons = assess({ ...SPAIN, rights: ['water', 'disappearance', 'civil-political', 'other'] }, { asOf: AS_OF }).reasons;
    expect(reasons.filter((r) => r.article === '3(2)(d)').map((r) => [r.code, r.severity])).to.deep.equal([
      ['civil-political-part', 'info'],
      ['disappearance-part', 'info'],
    ]);
    const alone = assess({ ...SPAIN, rights: ['self-determination', 'disappearance', 'civil-political'] }, { asOf: AS_OF }).reasons;
    expect(alone.filter((r) => r.article === '3(2)(d)').map((r) => r.code)).to.deep.equal(['civil-political-part', 'disappearance-part', 'self-determination']);
  });

  it('names the UN bodies that can press for a search for a disappeared person, the urgent action only where the State accepts it (ICPPED art. 30)', () => {
    const search = (state: string, asOf = AS_OF, rights: Answers['rights'] = ['disappearance']) =>
      assess({ state, jurisdiction: 'yes', author: 'self', rights, urgency: 'yes' }, { asOf }).nextSteps.map((s) => [s.code, s.data?.['urgentAction']]);
    // Mexico is a party to the Convention, not to the Protocol: urgent help first, then the search, and no
    // word on "torture, a fair trial or free speech" for a family looking for someone, nor on a campaign
    // for a Protocol that would not take a disappearance (below).
    expect(search('MX')).to.deep.equal([
      ['get-urgent-help', undefined],
      ['search-for-disappeared', true],
      ['consider-other-routes', undefined],
      ['get-legal-advice', undefined],
    ]);
    // India is not a party: only the Working Group, which needs no treaty.
    expect(search('IN')).to.deep.include(['search-for-disappeared', false]);
    // Bangladesh deposited on 30 August 2024: the Convention applies from the 30th day after (art. 39(2)).
    expect(search('BD', '2024-09-28')).to.deep.include(['search-for-disappeared', false]);
    expect(search('BD', '2024-09-29')).to.deep.include(['search-for-disappeared', true]);
    // Spain is a party to the Protocol too: the route is closed by art. 3(2)(d), and the search comes first.
    expect(search('ES')).to.deep.include(['search-for-disappeared', true]);
    // Another civil and political problem besides: the Human Rights Committee is named as well.
    expect(search('MX', AS_OF, ['disappearance', 'civil-political']).map(([code]) => code)).to.include.members(['search-for-disappeared', 'human-rights-committee']);
    // A family acting for a disappeared person about an eviction, the courts not yet tried (Italy, a party
    // since 8 October 2015): the search before the remedies.
    const italy = assess(
      { state: 'IT', jurisdiction: 'yes', author: 'representative-no-consent', consentJustification: 'disappearance', rights: ['eviction'], urgency: 'no', factsDate: '2025-01-10', remedies: 'not-tried' },
      { asOf: AS_OF },
    );
    expect(italy.outcome).to.equal('not-admissible');
    expect(italy.nextSteps.map((s) => s.code).slice(0, 2)).to.deep.equal(['search-for-disappeared', 'try-domestic-remedies']);
    // Another international body has looked at the matter, or is looking at it: the step says what the CED's card says
    // (ICPPED art. 30(2)(e)); not for a case sent elsewhere and not examined, nor where the urgent action does not apply.
    const before = (otherProcedure: Answers['otherProcedure'], state = 'IT') =>
      assess({ ...SPAIN, state, author: 'representative-no-consent', consentJustification: 'disappearance', otherProcedure }, { asOf: AS_OF }).nextSteps.find((s) => s.code === 'search-for-disappeared')!.data;
    expect(before('un-treaty-body')).to.deep.equal({ urgentAction: true, examinedElsewhere: true });
    expect(before('echr')).to.deep.equal({ urgentAction: true, examinedElsewhere: true });
    expect(before('none')).to.deep.equal({ urgentAction: true });
    expect(before('sent-not-examined')).to.deep.equal({ urgentAction: true });
    expect(before('un-treaty-body', 'SV')).to.deep.equal({ urgentAction: false });
    // On an open route too: a family complaining to the Committee for a disappeared person is told of the
    // search first, though no other route is listed.
    const open = assess({ ...SPAIN, author: 'representative-no-consent', consentJustification: 'disappearance' }, { asOf: AS_OF });
    expect(open.outcome).to.be.oneOf(['likely-admissible', 'needs-review']);
    expect(open.routes).to.deep.equal([]);
    expect(open.nextSteps.map((s) => [s.code, s.data?.['urgentAction']]).slice(0, 2)).to.deep.equal([
      ['search-for-disappeared', true],
      ['mind-deadline', undefined],
    ]);
  });

  it('asks urgency even when the problem itself closes the route: an urgent civil-and-political case is sent to urgent help first', () => {
    const result = assess({ state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['civil-political'], urgency: 'yes' }, { asOf: AS_OF });
    expect(result.outcome).to.equal('not-admissible');
    expect(result.questions.slice(0, 5)).to.deep.equal(['state', 'jurisdiction', 'author', 'rights', 'urgency']);
    expect(result.reasons.map((r) => r.code)).to.include.members(['outside-covenant', 'reprisals-protection']).and.not.include('interim-measures');
    expect(result.nextSteps[0]!.code).to.equal('get-urgent-help');
    expect(result.nextSteps.map((s) => s.code)).to.include('human-rights-committee');
  });

  it('keeps only the answers the route asked: on a closed route, the problem (it chooses the other routes) and urgency, but not the dates', () => {
    const result = assess({ ...SPAIN, jurisdiction: 'no' }, { asOf: AS_OF });
    expect(result.answers).to.deep.equal({ state: 'ES', jurisdiction: 'no', rights: ['eviction'], urgency: 'no' });
  });

  it('carries the data\'s source and "as of" date', () => {
    const result = assess(SPAIN, { asOf: AS_OF });
    expect(result.data.parties.asOf).to.equal('2026-02-03');
    expect(result.data.parties.source).to.match(/UN Treaty Collection/);
    expect(result.dates.asOf).to.equal(AS_OF);
  });

  it('names the missing answer a route needs', () => {
    const { finalDecisionDate: _, ...withoutDate } = SPAIN;
    expect(() => assess(withoutDate, { asOf: AS_OF })).to.throw(ValidationError, /finalDecisionDate is required/);
    expect(() => assess({ ...SPAIN, finalDecisionDate: '2024-05-31' }, { asOf: AS_OF })).to.throw(
      ValidationError,
      'lateSubmission is required on this route: the year to complain ended on 2025-05-31 (art. 3(2)(a)); answer "unknown" if it is not known',
    );
    expect(() => assess({ ...SPAIN, author: 'representative-no-consent' }, { asOf: AS_OF })).to.throw(ValidationError, /consentJustification is required on this route$/);
  });

  it('lists the other bodies beside an open route when no problem answered is surely the Covenant’s (art. 3(2)(d)), and says they are for if the Committee cannot take it', () => {
    for (const rights of [['other'], ['discrimination'], ['self-determination'], ['civil-political', 'other']] as const) {
      const a = assess({ ...SPAIN, rights: [...rights] }, { asOf: AS_OF });
      expect(a.outcome, `${rights}`).to.equal('needs-review');
      expect(a.routes.map((r) => r.procedure), `${rights}`).to.include.members(['cedaw_op', 'echr-applications', 'special-procedures']);
      // Going to one of them first may bar a complaint here later (art. 3(2)(c)): said as on any route to the Committee.
      expect(route(a, 'cedaw_op').caveats, `${rights}`).to.include('same-matter-bar');
      const step = a.nextSteps.find((s) => s.code === 'consider-other-routes');
      expect(step?.data, `${rights}`).to.deep.equal({ open: true });
      expect(a.nextSteps.at(-1)!.code).to.equal('get-legal-advice');
    }
    // A Covenant right among them: the route is for the Committee, and nothing else is listed.
    for (const rights of [['housing', 'other'], ['work', 'discrimination'], ['eviction']] as const) {
      const a = assess({ ...SPAIN, rights: [...rights] }, { asOf: AS_OF });
      expect(a.routes, `${rights}`).to.deep.equal([]);
      expect(a.nextSteps.map((s) => s.code), `${rights}`).to.not.include('consider-other-routes');
    }
  });

  it('a group complaining is told that each member agrees and is named (art. 2); one person alone is not', () => {
    const group = assess({ ...SPAIN, author: 'group' }, { asOf: AS_OF }).nextSteps.map((s) => s.code);
    expect(group.slice(group.indexOf('gather-documents'), group.indexOf('gather-documents') + 2)).to.deep.equal(['gather-documents', 'group-agrees']);
    expect(group).to.not.include('get-written-consent');
    expect(assess(SPAIN, { asOf: AS_OF }).nextSteps.map((s) => s.code)).to.not.include('group-agrees');
  });

  it('without consent and with no reason, tells the representative to get it, then to check again: the screening stopped before the dates', () => {
    const steps = assess({ ...SPAIN, author: 'representative-no-consent', consentJustification: 'none' }, { asOf: AS_OF }).nextSteps.map((s) => s.code);
    expect(steps.slice(0, 2)).to.deep.equal(['get-written-consent', 'check-again-once-consented']);
    expect(assess(SPAIN, { asOf: AS_OF }).nextSteps.map((s) => s.code)).to.not.include('get-written-consent');
    // With consent, the dates were asked: nothing to check again.
    expect(assess({ ...SPAIN, author: 'representative-consent' }, { asOf: AS_OF }).nextSteps.map((s) => s.code)).to.not.include('check-again-once-consented');
  });

  it('without consent, about a problem wholly outside the Covenant: consent for the body that can take it, but not "check again here" (art. 3(2)(d))', () => {
    const steps = (rights: Answers['rights']) =>
      assess({ ...SPAIN, author: 'representative-no-consent', consentJustification: 'none', rights, urgency: 'no' }, { asOf: AS_OF }).nextSteps.map((s) => s.code);
    expect(steps(['civil-political'])).to.include('get-written-consent');
    expect(steps(['civil-political'])).to.not.include('check-again-once-consented');
    expect(steps(['housing', 'civil-political'])).to.include.members(['get-written-consent', 'check-again-once-consented']);
  });

  it('with the final decision’s date unknown, tells the person to find it: the year runs from it', () => {
    const steps = (answers: Answers) => assess(answers, { asOf: AS_OF }).nextSteps.map((s) => s.code);
    expect(steps({ ...SPAIN, finalDecisionDate: 'unknown' })).to.include('find-final-decision-date').and.not.include('mind-deadline');
    expect(steps(SPAIN)).to.include('mind-deadline').and.not.include('find-final-decision-date');
    // A case still in the courts has no final decision yet, to find.
    expect(steps({ ...SPAIN, remedies: 'pending' })).to.not.include('find-final-decision-date');
  });

  it('not knowing whether the courts have decided, tells the person to find out first: the year runs from their decision (art. 3(1), 3(2)(a))', () => {
    const steps = (answers: Answers) => assess(answers, { asOf: AS_OF }).nextSteps.map((s) => s.code);
    const unknown = steps({ ...SPAIN, remedies: 'unknown', finalDecisionDate: undefined });
    expect(unknown).to.include('find-out-remedies');
    expect(unknown.indexOf('find-out-remedies'), 'before the papers').to.be.lessThan(unknown.indexOf('gather-documents'));
    for (const remedies of ['exhausted', 'unavailable', 'prolonged'] as const) {
      expect(steps({ ...SPAIN, remedies, ...(remedies === 'exhausted' ? {} : { finalDecisionDate: undefined }) }), remedies).to.not.include('find-out-remedies');
    }
  });

  it('not under the country’s control: tells the person to check again choosing the country where it happened (art. 2)', () => {
    const steps = (answers: Answers) => assess(answers, { asOf: AS_OF }).nextSteps.map((s) => s.code);
    expect(steps({ ...SPAIN, jurisdiction: 'no' })).to.include('check-another-country');
    expect(steps({ ...SPAIN, jurisdiction: 'unknown' })).to.not.include('check-another-country');
    expect(steps(SPAIN)).to.not.include('check-another-country');
    // Nor the Human Rights Committee against that country: it too takes only what happened under its
    // jurisdiction (ICCPR first Optional Protocol, art. 1), and the routes say none of them fits.
    const civil = steps({ ...SPAIN, jurisdiction: 'no', rights: ['civil-political'] });
    expect(civil).to.include('check-another-country').and.not.include('human-rights-committee');
  });

  it('discrimination beside civil and political problems only: outside the Covenant, with a step to choose a Covenant right it also concerned (arts 2(2), 3)', () => {
    const steps = (rights: Answers['rights']) => assess({ ...SPAIN, rights }, { asOf: AS_OF }).nextSteps.map((s) => s.code);
    expect(steps(['civil-political', 'discrimination'])).to.include('choose-covenant-right');
    expect(steps(['disappearance', 'gender-equality'])).to.include('choose-covenant-right');
    expect(steps(['civil-political'])).to.not.include('choose-covenant-right');
    expect(steps(['work', 'discrimination'])).to.not.include('choose-covenant-right');
    // A State not party: one more answer would not open a route that does not exist.
    expect(assess({ state: 'US', rights: ['civil-political', 'discrimination'], urgency: 'no' }, { asOf: AS_OF }).nextSteps.map((s) => s.code)).to.not.include('choose-covenant-right');
  });

  it('an organisation with no one harmed named: people harmed who agree can complain, or let it act for them (art. 2); not for a problem outside the Covenant', () => {
    const steps = (answers: Answers) => assess(answers, { asOf: AS_OF }).nextSteps.map((s) => s.code);
    expect(steps({ ...SPAIN, author: 'organisation' })).to.include('find-people-harmed');
    // Where the State accepted inquiries (art. 11), what the organisation can send now comes first.
    const portugal = steps({ ...SPAIN, state: 'PT', author: 'organisation' });
    expect(portugal.indexOf('send-information-for-inquiry')).to.be.lessThan(portugal.indexOf('find-people-harmed'));
    expect(steps({ ...SPAIN, author: 'organisation', rights: ['civil-political'] })).to.not.include('find-people-harmed');
    expect(steps({ ...SPAIN, author: 'representative-consent' })).to.not.include('find-people-harmed');
  });

  it('with no way to fix it in the country, or one far too slow, tells the person to show it with proof: the Committee accepts that only if shown (art. 3(1))', () => {
    const steps = (answers: Answers) => assess(answers, { asOf: AS_OF }).nextSteps.map((s) => s.code);
    for (const remedies of ['unavailable', 'prolonged'] as const) {
      const said = steps({ ...SPAIN, remedies, finalDecisionDate: undefined });
      expect(said, remedies).to.include('explain-remedies');
      expect(said.indexOf('explain-remedies'), 'before the papers').to.be.lessThan(said.indexOf('gather-documents'));
    }
    expect(steps(SPAIN)).to.not.include('explain-remedies');
    expect(steps({ ...SPAIN, remedies: 'unknown', finalDecisionDate: undefined })).to.not.include('explain-remedies');
  });

  it('tells a representative with consent to have it in writing, and one without to explain why they act', () => {
    const steps = (answers: Answers) => assess(answers, { asOf: AS_OF }).nextSteps.map((s) => s.code);
    const consent = steps({ ...SPAIN, author: 'representative-consent' });
    expect(consent).to.include('get-written-consent');
    expect(consent).to.not.include('explain-acting-without-consent');
    const justified = steps({ ...SPAIN, author: 'representative-no-consent', consentJustification: 'detention' });
    expect(justified).to.include('explain-acting-without-consent');
    expect(justified).to.not.include('get-written-consent');
    expect(steps(SPAIN)).to.not.include('explain-acting-without-consent');
  });

  it('past the year, tells an author who could not complain in time, or does not know, to show why and send soon, and no one else', () => {
    const steps = (answers: Answers) => assess(answers, { asOf: AS_OF }).nextSteps.map((s) => s.code);
    const late = steps({ ...SPAIN, finalDecisionDate: '2025-05-31', lateSubmission: 'yes' });
    // Where "mind-deadline" stands for a complaint on time: before the papers.
    expect(late.slice(0, 2)).to.deep.equal(['explain-late-submission', 'gather-documents']);
    expect(assess({ ...SPAIN, finalDecisionDate: '2025-05-31', lateSubmission: 'yes' }, { asOf: AS_OF }).nextSteps[0]!.data).to.equal(undefined);
    // Not knowing whether something stopped them, they are asked it first (art. 3(2)(a) is theirs to show).
    const unsure = assess({ ...SPAIN, finalDecisionDate: '2025-05-31', lateSubmission: 'unknown' }, { asOf: AS_OF }).nextSteps;
    expect(unsure.slice(0, 2).map((s) => [s.code, s.data])).to.deep.equal([
      ['explain-late-submission', { unsure: true }],
      ['gather-documents', undefined],
    ]);
    expect(steps({ ...SPAIN, finalDecisionDate: '2025-05-31', lateSubmission: 'no' })).to.not.include('explain-late-submission');
    expect(steps(SPAIN)).to.not.include('explain-late-submission');
  });

  it('tells a person unsure whether harm is near what to do if it is, first, without marking the case urgent (art. 5)', () => {
    const result = (answers: Answers) => assess(answers, { asOf: AS_OF });
    const open = result({ ...SPAIN, urgency: 'unknown' });
    expect(open.nextSteps[0]).to.deep.equal({ code: 'if-urgent', messageKey: 'next.if-urgent', data: { open: true } });
    expect(open.reasons.map((r) => r.code)).to.not.include('interim-measures');
    const closed = result({ state: 'US', rights: ['housing'], urgency: 'unknown' });
    expect(closed.outcome).to.equal('not-available');
    expect(closed.nextSteps[0]).to.deep.equal({ code: 'if-urgent', messageKey: 'next.if-urgent', data: { open: false } });
    for (const urgency of ['yes', 'no'] as const) expect(result({ ...SPAIN, urgency }).nextSteps.map((s) => s.code)).to.not.include('if-urgent');
  });

  it('refuses dates after the assessment date', () => {
    expect(() => assess({ ...SPAIN, factsDate: '2026-06-02' }, { asOf: AS_OF })).to.throw(ValidationError, /^Invalid answers: factsDate is after the assessment date \(2026-06-01\)$/);
    expect(() => assess({ ...SPAIN, finalDecisionDate: '2026-06-02' }, { asOf: AS_OF })).to.throw(ValidationError, /finalDecisionDate is after/);
  });

  it('refuses them off the route too, as the element does, naming every one', () => {
    // The route closes at the country question, but a record dated after its intake is
    // a mistake in the record all the same: the clinic is told, not handed a result over it.
    const record = { state: 'US', factsDate: '2026-06-02', finalDecisionDate: '2026-07-01' };
    try {
      assess(record, { asOf: AS_OF });
      expect.fail('assessed a record with dates after the assessment date');
    } catch (error) {
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.path)).to.deep.equal(['factsDate', 'finalDecisionDate']);
    }
    expect(() => assess({ ...record, state: 'XX' }, { asOf: AS_OF })).to.throw(ValidationError, /state is not a State known/);
  });

  it('keeps, of answers a date now refuses, every other one (what the element saves after the host moves as-of back)', () => {
    const env = createEnvironment({ asOf: AS_OF });
    const answers = { ...SPAIN, factsDate: '2026-06-02', finalDecisionDate: '2026-07-01' } as Answers;
    const { factsDate: _f, finalDecisionDate: _d, ...kept } = answers;
    expect(withoutRefused(answers, env)).to.deep.equal(kept);
    expect(withoutRefused(SPAIN, env)).to.equal(SPAIN);
    expect(withoutRefused({ ...SPAIN, state: 'XX' } as Answers, env)).to.not.have.property('state');
  });
  it('an organisation, where the State\'s art. 11 declaration is unconfirmed: not "opted in", and the record stays valid', () => {
    // Art. 11(1): the inquiry procedure binds only a State that declared it does. A
    // declaration the list cannot confirm (article11 null) is not one; optedIn is a
    // boolean in the record a clinic stores (assessmentSchema), never null, and
    // `unconfirmed` says why it is false, so that the words do not say "has not".
    const parties = { ...STATES_PARTIES, states: STATES_PARTIES.states.map((s) => (s.code === 'DE' ? { ...s, article11: null, unconfirmed: ['article11' as const] } : s)) };
    const result = assess({ ...SPAIN, state: 'DE', author: 'organisation' }, { asOf: AS_OF, parties });
    expect(result.reasons.find((r) => r.code === 'inquiry-procedure')!.data).to.deep.equal({ optedIn: false, unconfirmed: 'article11' });
    expect(assessmentSchema.safeParse(result).success).to.equal(true);
  });

  it('tells of the inquiry procedure (art. 11), of art. 3(2)(f) and of art. 4 as information, never as a point to review', () => {
    // None is a condition the screening can weigh: art. 11 is another procedure, no answer can
    // show an abuse of the right to submit (art. 3(2)(f)), and art. 4 ("clear disadvantage")
    // leaves the Committee free to decline, never the person barred.
    const severity = (result: ReturnType<typeof assess>, code: ReasonCode) => result.reasons.find((r) => r.code === code)!.severity;
    expect(severity(assess({ ...SPAIN, state: 'PT', author: 'organisation' }, { asOf: AS_OF }), 'inquiry-procedure')).to.equal('info');
    expect(severity(assess(SPAIN, { asOf: AS_OF }), 'clear-disadvantage')).to.equal('info');
    expect(severity(assess({ ...SPAIN, evidence: 'unknown' }, { asOf: AS_OF }), 'clear-disadvantage')).to.equal('info');
    expect(assess(SPAIN, { asOf: AS_OF }).reasons.find((r) => r.code === 'abuse-of-right')).to.deep.include({ article: '3(2)(f)', severity: 'info' });
    expect(severity(assess({ ...SPAIN, evidence: 'unknown' }, { asOf: AS_OF }), 'abuse-of-right')).to.equal('info');
  });

  it('gives the Covenant articles and General Comments of each problem, and the date of the final decision', () => {
    const result = assess({ ...SPAIN, rights: ['eviction', 'water'] }, { asOf: AS_OF });
    expect(result.rights).to.deep.equal([
      { situation: 'eviction', covenantArticles: ['11'], generalComments: [4, 7] },
      { situation: 'water', covenantArticles: ['11', '12'], generalComments: [15] },
    ]);
    // The final decision starts the year of art. 3(2)(a): only where remedies were exhausted.
    expect(result.dates.finalDecision).to.equal('2025-12-01');
    expect(assess({ ...SPAIN, remedies: 'unavailable' }, { asOf: AS_OF }).dates.finalDecision).to.equal(null);
  });

  it('sends an urgent case to urgent help as certain where the route does not exist, not where it is probably barred', () => {
    // A State not party (art. 1(2)): no complaint can ever reach the Committee, so no
    // interim measures (art. 5) either. Courts not yet asked (art. 3(1)): barred for now.
    const urgentHelp = (answers: Answers) => assess(answers, { asOf: AS_OF }).nextSteps.find((s) => s.code === 'get-urgent-help')!.data;
    expect(urgentHelp({ state: 'US', rights: ['housing'], urgency: 'yes' })).to.deep.equal({ certain: true });
    expect(urgentHelp({ ...SPAIN, urgency: 'yes', remedies: 'not-tried' })).to.deep.equal({ certain: false });
  });

  it('tells a person whose case is still before the courts to see it through, and one who never went to them to try them first', () => {
    // Art. 3(1): domestic remedies come first, whether still pending or never tried.
    const steps = (remedies: 'pending' | 'not-tried') => assess({ ...SPAIN, remedies }, { asOf: AS_OF }).nextSteps.map((s) => s.code);
    expect(steps('pending')).to.include('finish-domestic-remedies');
    expect(steps('pending')).to.not.include('try-domestic-remedies');
    expect(steps('not-tried')).to.include('try-domestic-remedies');
    expect(steps('not-tried')).to.not.include('finish-domestic-remedies');
  });

  it('a year ending on 29 February does not run out before entry into force while its later reading reaches that day', () => {
    // Art. 3(2)(a)'s exception holds only if no complaint could be sent in time on any
    // reading: from a decision of 29 February 2024 the year ends on 28 February or on
    // 1 March 2025. A State that deposited on 1 December 2024 is bound from 1 March 2025
    // (art. 18(2)), so on the later reading a complaint could be sent that very day.
    const parties = { ...STATES_PARTIES, states: STATES_PARTIES.states.map((s) => (s.code === 'DE' ? { ...s, consentedOn: '2024-12-01' } : s)) };
    const leapDay = { ...SPAIN, state: 'DE', factsDate: '2020-01-01', factsContinuing: 'yes', finalDecisionDate: '2024-02-29' } as const;
    expect(() => assess(leapDay, { asOf: '2025-06-01', parties })).to.throw(ValidationError, /lateSubmission is required/);
    const late = assess({ ...leapDay, lateSubmission: 'no' }, { asOf: '2025-06-01', parties });
    expect(late.dates.entryIntoForce).to.equal('2025-03-01');
    // The year was cut short instead: from 1 March 2025 only, on its later reading's last day.
    expect(late.outcome).to.equal('needs-review');
    expect(late.reasons.map((r) => r.code)).to.include('time-limit-shortened-by-entry-into-force').and.not.include('time-limit-before-entry-into-force');
  });

  it('a year cut short on one reading only: the reason gives the days of that reading, so its words never say the year ended before the Protocol applied, or the Protocol applied after the decision', () => {
    // From 29 February 2024 the year ends on 28 February or 1 March 2025; a State bound from
    // 1 March 2025 (deposit 1 December 2024): cut short on the later reading, to its one last day.
    const parties = { ...STATES_PARTIES, states: STATES_PARTIES.states.map((s) => (s.code === 'DE' ? { ...s, consentedOn: '2024-12-01' } : s)) };
    const leapDay = { ...SPAIN, state: 'DE', factsDate: '2020-01-01', factsContinuing: 'yes', finalDecisionDate: '2024-02-29', lateSubmission: 'no' } as const;
    const leap = assess(leapDay, { asOf: '2025-06-01', parties }).reasons.find((r) => r.code === 'time-limit-shortened-by-entry-into-force')!;
    expect(leap.data).to.deep.equal({ deadline: '2025-03-01', finalDecision: '2024-02-29', entryIntoForce: '2025-03-01' });
    // Finland: deposit 31 January 2014, bound from 30 April or 1 May 2014 (art. 18(2)). A decision of
    // 30 April 2014 is cut short, by a day, only on the later reading: the one the reason gives.
    const finland = { ...SPAIN, state: 'FI', factsDate: '2010-01-01', factsContinuing: 'yes', finalDecisionDate: '2014-04-30', lateSubmission: 'no' } as const;
    const fi = assess(finland, { asOf: '2015-05-01' }).reasons.find((r) => r.code === 'time-limit-shortened-by-entry-into-force')!;
    expect(fi.data).to.deep.equal({ deadline: '2015-04-30', finalDecision: '2014-04-30', entryIntoForce: '2014-05-01' });
    // A year cut short on every reading keeps the days every 3(2)(a) reason gives.
    const fiEarlier = assess({ ...finland, finalDecisionDate: '2014-04-29' }, { asOf: '2015-05-01' }).reasons.find((r) => r.code === 'time-limit-shortened-by-entry-into-force')!;
    expect(fiEarlier.data).to.deep.equal({ deadline: '2015-04-29', finalDecision: '2014-04-29', entryIntoForce: '2014-04-30' });
    // The delay since, weighed once a whole year after the Protocol applied is over, keeps the same days.
    const fiLater = assess(finland, { asOf: AS_OF }).reasons.find((r) => r.article === '3(2)(a)')!;
    expect([fiLater.code, fiLater.data]).to.deep.equal(['delay-since-entry-into-force', { ...fi.data, yearCutShort: true }]);
  });

  it('a year that ran out before an entry into force of two readings names the later day, the one its question, its reason and its next steps all count a year from', () => {
    // Finland: bound from 30 April or 1 May 2014; a final decision of 1 March 2012.
    const finland = { ...SPAIN, state: 'FI', factsDate: '2010-01-01', factsContinuing: 'yes', finalDecisionDate: '2012-03-01' } as const;
    const lastDay = assess(finland, { asOf: '2015-05-01' });
    expect(lastDay.questions).to.not.include('lateSubmission');
    expect(lastDay.reasons.find((r) => r.code === 'time-limit-before-entry-into-force')!.data).to.deep.equal({ finalDecision: '2012-03-01', deadline: '2013-03-01', entryIntoForce: '2014-05-01' });
    expect(lastDay.nextSteps.map((s) => s.code)).to.include('send-within-year-of-entry-into-force').and.not.include('explain-delay-since-entry-into-force');
    const next = assess({ ...finland, lateSubmission: 'no' }, { asOf: '2015-05-02' });
    expect(next.questions).to.include('lateSubmission');
    expect(next.reasons.find((r) => r.code === 'delay-since-entry-into-force')!.data!.entryIntoForce).to.equal('2014-05-01');
    expect(next.nextSteps.map((s) => s.code)).to.include('explain-delay-since-entry-into-force');
  });

  it('a year cut short on every reading of an entry into force of two readings names, in the message asking why it is late, the day its reasons and next steps name', () => {
    // Finland: bound from 30 April or 1 May 2014; a final decision of 1 September 2013 is cut short on both.
    const finland = { ...SPAIN, state: 'FI', factsDate: '2010-01-01', factsContinuing: 'yes', finalDecisionDate: '2013-09-01' } as const;
    expect(() => assess(finland, { asOf: AS_OF })).to.throw(ValidationError, /the year to complain ended on 2014-09-01, and the Protocol has applied there since 2014-04-30, over a year/);
    for (const lateSubmission of ['no', 'yes', 'unknown'] as const) {
      const said = assess({ ...finland, lateSubmission }, { asOf: AS_OF });
      expect(said.reasons.find((r) => r.article === '3(2)(a)')!.data!.entryIntoForce, lateSubmission).to.equal('2014-04-30');
      expect(said.nextSteps.find((s) => s.code === 'explain-delay-since-entry-into-force')!.data, lateSubmission).to.deep.equal({ entryIntoForce: '2014-04-30' });
    }
  });

  it('a year cut short turns, given no reason for the delay, from its own review to the delay since only once a whole year from the Protocol applying is over on every reading, to the day', () => {
    const cutShort = { ...SPAIN, factsDate: '2010-01-01', factsContinuing: 'yes', lateSubmission: 'no' } as const;
    const code = (answers: Answers, asOf: string, parties = STATES_PARTIES) => assess(answers, { asOf, parties }).reasons.find((r) => r.article === '3(2)(a)')!.code;
    // Finland: bound from 30 April or 1 May 2014: a year from the later day ends on 1 May 2015.
    const finland = { ...cutShort, state: 'FI', finalDecisionDate: '2014-01-15' } as const;
    expect(code(finland, '2015-05-01')).to.equal('time-limit-shortened-by-entry-into-force');
    expect(code(finland, '2015-05-02')).to.equal('delay-since-entry-into-force');
    // A State bound from 29 February 2024 (deposit 29 November 2023): a year from it ends on 28 February or 1 March 2025.
    const parties = { ...STATES_PARTIES, states: STATES_PARTIES.states.map((s) => (s.code === 'DE' ? { ...s, consentedOn: '2023-11-29' } : s)) };
    const leapBound = { ...cutShort, state: 'DE', finalDecisionDate: '2023-06-01' } as const;
    expect(assess(leapBound, { asOf: '2025-03-01', parties }).dates.entryIntoForce).to.equal('2024-02-29');
    expect(code(leapBound, '2025-03-01', parties)).to.equal('time-limit-shortened-by-entry-into-force');
    expect(code(leapBound, '2025-03-02', parties)).to.equal('delay-since-entry-into-force');
  });

  it('a year that ran out before the Protocol applied from 29 February counts the year left from it to its earlier end, 28 February', () => {
    // A host's table where Germany deposited on 29 November 2015: the Protocol applies there from 29 February 2016.
    const parties = { ...STATES_PARTIES, source: 'A fictional table', states: STATES_PARTIES.states.map((s) => (s.code === 'DE' ? { ...s, consentedOn: '2015-11-29' } : s)) };
    // The year from a decision of 1 June 2014 ran out on 1 June 2015, before then.
    const germany = { ...SPAIN, state: 'DE', factsDate: '2010-01-01', factsContinuing: 'yes', finalDecisionDate: '2014-06-01' } as const;
    const lastDay = assess(germany, { asOf: '2017-02-28', parties });
    expect(lastDay.reasons.find((r) => r.code === 'time-limit-before-entry-into-force')!.data).to.deep.include({ entryIntoForce: '2016-02-29' });
    expect(lastDay.nextSteps.find((s) => s.code === 'send-within-year-of-entry-into-force')!.data).to.deep.equal({ deadline: '2017-02-28' });
    // The day after, that year is over on its earlier reading: the delay since is to explain.
    const dayAfter = assess(germany, { asOf: '2017-03-01', parties }).nextSteps;
    expect(dayAfter.map((s) => s.code)).to.not.include('send-within-year-of-entry-into-force');
    expect(dayAfter.find((s) => s.code === 'explain-delay-since-entry-into-force')!.data).to.deep.equal({ entryIntoForce: '2016-02-29' });
  });

  it('a year from 29 February whose earlier end is the day the Protocol applied is cut short on that reading, and its reason gives that day', () => {
    // A host's table where Germany deposited on 28 November 2016: the Protocol applies there from 28 February 2017,
    // the earlier end of the year from a decision of 29 February 2016 (the later is 1 March).
    const parties = { ...STATES_PARTIES, source: 'A fictional table', states: STATES_PARTIES.states.map((s) => (s.code === 'DE' ? { ...s, consentedOn: '2016-11-28' } : s)) };
    const germany = { ...SPAIN, state: 'DE', factsDate: '2010-01-01', factsContinuing: 'yes', finalDecisionDate: '2016-02-29', lateSubmission: 'no' } as const;
    const result = assess(germany, { asOf: '2017-04-01', parties });
    expect(result.outcome).to.equal('needs-review');
    const reason = result.reasons.find((r) => r.code === 'time-limit-shortened-by-entry-into-force')!;
    expect(reason.data).to.deep.equal({ deadline: '2017-02-28', finalDecision: '2016-02-29', entryIntoForce: '2017-02-28' });
  });

  it('names every unconfirmed fact of a party, space-separated, as the record documents', () => {
    // Art. 1(2) and 18(2) rest on the deposit and entry-into-force dates: each one no
    // primary source confirms is named, so the person is told to check it.
    const parties = { ...STATES_PARTIES, states: STATES_PARTIES.states.map((s) => (s.code === 'ES' ? { ...s, unconfirmed: ['consentedOn' as const, 'entryIntoForce' as const] } : s)) };
    const party = assess(SPAIN, { asOf: AS_OF, parties }).reasons.find((r) => r.code === 'state-party')!;
    expect(party.data!.unconfirmed).to.equal('consentedOn entryIntoForce');
  });
  it('tells the representative acting without consent which reason they gave, for the Committee to weigh', () => {
    // Art. 2: without consent the author must justify acting on the victims' behalf.
    const acting = assess({ ...SPAIN, author: 'representative-no-consent', consentJustification: 'detention' }, { asOf: AS_OF });
    expect(acting.reasons.find((r) => r.code === 'acting-without-consent')!.data).to.deep.equal({ justification: 'detention' });
  });

  it('says first that the civil and political part is for another body, then what else the problem raises', () => {
    // Art. 3(2)(d): the Committee hears Covenant rights only; the civil and political part
    // goes to the Human Rights Committee whatever else is to be reviewed.
    const result = assess({ ...SPAIN, rights: ['civil-political', 'self-determination'] }, { asOf: AS_OF });
    const problem = result.reasons.map((r) => r.code).filter((c) => c === 'civil-political-part' || c === 'self-determination');
    expect(problem).to.deep.equal(['civil-political-part', 'self-determination']);
  });

  it('gives both readings of an entry into force that falls in a short month', () => {
    // Art. 18(2): three months after a deposit on 31 January 2014 (Finland) is 30 April on
    // one reading, 1 May on the other; facts on 30 April need a human to check which.
    const finland = assess({ ...SPAIN, state: 'FI', factsDate: '2014-04-30' }, { asOf: AS_OF });
    expect(finland.reasons.find((r) => r.code === 'entry-into-force-ambiguous')!.data).to.deep.equal({ entryIntoForce: '2014-04-30', otherReading: '2014-05-01' });
  });

  it('dates every art. 3(2)(b) reason from the day the Protocol binds the State', () => {
    // Art. 3(2)(b): facts before entry into force are out unless they continue after it;
    // the person is told that day (Spain: 5 May 2013), and their own date where it bars.
    const data = (answers: Answers, code: ReasonCode) => assess({ ...SPAIN, ...answers }, { asOf: AS_OF }).reasons.find((r) => r.code === code)!.data;
    expect(data({}, 'facts-after-entry-into-force')).to.deep.equal({ entryIntoForce: '2013-05-05' });
    expect(data({ factsDate: '2013-05-04', factsContinuing: 'yes' }, 'continuing-violation')).to.deep.equal({ entryIntoForce: '2013-05-05' });
    expect(data({ factsDate: '2013-05-04', factsContinuing: 'no' }, 'facts-before-entry-into-force')).to.deep.equal({ entryIntoForce: '2013-05-05', factsDate: '2013-05-04' });
    expect(data({ factsDate: 'unknown', factsContinuing: 'unknown' }, 'facts-timing-unknown')).to.deep.equal({ entryIntoForce: '2013-05-05' });
  });

  it('tells an author past the year the day it ended, whether or not they say they could not complain in time (art. 3(2)(a))', () => {
    // The clinic weighs the delay from that day: a case file without it cannot say how late.
    const lateBy = (lateSubmission: 'yes' | 'unknown') =>
      assess({ ...SPAIN, finalDecisionDate: '2025-05-31', lateSubmission }, { asOf: AS_OF }).reasons.find((r) => r.article === '3(2)(a)')!;
    expect(lateBy('yes')).to.deep.include({ code: 'late-submission-justified', data: { deadline: '2026-05-31' } });
    expect(lateBy('unknown')).to.deep.include({ code: 'late-submission-unknown', data: { deadline: '2026-05-31' } });
  });

  it('says nothing of art. 4 or art. 3(2)(f) where the route is closed: the Committee would never reach them', () => {
    // Art. 4 lets the Committee decline a complaint it has received and found admissible;
    // beside a bar (art. 3) or no route at all (art. 1(2)) it would only confuse.
    for (const answers of [{ ...SPAIN, remedies: 'not-tried' as const }, { ...SPAIN, identity: 'anonymous' as const }, { state: 'US' }]) {
      const result = assess(answers, { asOf: AS_OF });
      expect(result.outcome).to.be.oneOf(['not-admissible', 'not-available']);
      expect(result.reasons.map((r) => r.code), JSON.stringify(answers)).to.not.include('clear-disadvantage');
      expect(result.reasons.map((r) => r.code), JSON.stringify(answers)).to.not.include('abuse-of-right');
    }
  });

  it('names the body that examined the same matter, and the last day of the year to complain when it is past', () => {
    // Art. 3(2)(c): the person is told which examination bars the complaint.
    const echr = assess({ ...SPAIN, otherProcedure: 'echr' }, { asOf: AS_OF });
    expect(echr.reasons.find((r) => r.code === 'same-matter-elsewhere')!.data).to.deep.equal({ body: 'echr' });
    // Art. 3(2)(a): the year from a final decision of 31 May 2025 ended on 31 May 2026.
    const late = assess({ ...SPAIN, finalDecisionDate: '2025-05-31', lateSubmission: 'no' }, { asOf: AS_OF });
    expect(late.reasons.find((r) => r.code === 'time-limit-passed')!.data).to.deep.equal({ deadline: '2026-05-31' });
  });
});

describe('at the last day a record may give (31 December 9998)', () => {
  // Days computed from it fall in 9999 or later: each is counted, and the result is a case file like any other.
  const LAST = '9998-12-31';
  const { parties } = createEnvironment();
  const record = (code: string, fields: object) => ({ code, signedOn: null, consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [], ...fields });
  const table = (states: object[]) => ({ source: 'test', asOf: LAST, states: [...parties.states.filter((s) => !states.some((t: any) => t.code === s.code)), ...states] });
  const expectCaseFile = (a: unknown) => expect(z.safeParse(assessmentSchema, JSON.parse(JSON.stringify(a))).success, 'validates as a case file').to.equal(true);

  it('gives a deadline in 9999 and lists the other routes, whose time limits run into 9999 and beyond', () => {
    // Closed (no name given): the other routes' limits are counted (six months: 30 June 9999, or 1 July).
    const closed = assess({ ...SPAIN, state: 'FR', factsDate: '9996-02-29', finalDecisionDate: LAST, identity: 'anonymous' }, { asOf: LAST });
    expect(closed.outcome).to.equal('not-admissible');
    expect(closed.dates.deadline).to.equal('9999-12-31');
    expect(closed.routes.find((r) => r.procedure === 'cerd_art14')?.caveats).not.to.include('time-limit-passed');
    expectCaseFile(closed);
    // Five years after 29 February 9996 end in 10001: not passed on 31 December 9998.
    const earlier = assess({ ...SPAIN, state: 'FR', factsDate: '9996-02-29', finalDecisionDate: '9996-02-29', lateSubmission: 'no' }, { asOf: LAST });
    expect(earlier.routes.find((r) => r.procedure === 'iccpr_op1')?.caveats).not.to.include('time-limit-passed');
    expect(earlier.routes.find((r) => r.procedure === 'cerd_art14')?.caveats).to.include('time-limit-passed');
  });

  it('counts the entry into force of a deposit on 30 November 9998, and the leaving of a State whose notice came on 31 December 9998', () => {
    const joining = assess({ state: 'GB', rights: ['housing'], urgency: 'no' }, { asOf: LAST, parties: table([record('GB', { consentedOn: '9998-11-30', consentKind: 'accession' })]) });
    expect(joining.dates.entryIntoForce).to.equal('9999-02-28');
    expectCaseFile(joining);
    const leaving = assess({ ...SPAIN, factsDate: LAST, finalDecisionDate: LAST }, { asOf: LAST, parties: table([{ ...parties.states.find((s) => s.code === 'ES')!, denouncedOn: LAST }]) });
    expect(leaving.reasons.find((r) => r.code === 'denunciation-pending')?.data).to.deep.include({ leavesOn: '9999-06-30', deadline: '9999-06-29' });
    expect(leaving.dates.deadline).to.equal('9999-06-29');
    expectCaseFile(leaving);
  });
});

describe('other routes in the assessment', () => {
  it('lists the routes open for the State when this one is closed, from the datasets', () => {
    const barred = assess({ ...SPAIN, remedies: 'not-tried' }, { asOf: AS_OF });
    const hrc = barred.routes.find((r) => r.procedure === 'iccpr_op1');
    expect(hrc?.acceptedOn).to.equal('1985-01-25');
    expect(barred.routes.map((r) => r.procedure)).to.include('cedaw_op');
    const notParty = assess({ state: 'US' }, { asOf: AS_OF });
    expect(notParty.routes.map((r) => r.procedure)).to.not.include('iccpr_op1');
    expect(notParty.routes.length).to.be.greaterThan(0);
  });

  it('lists none while this route is open', () => {
    expect(assess(SPAIN, { asOf: AS_OF }).routes).to.deep.equal([]);
    expect(assess({ ...SPAIN, evidence: 'unknown' }, { asOf: AS_OF }).routes).to.deep.equal([]);
  });
});
