import type { Answers, FitQuestion, QuestionId, ReasonCode, Severity } from '../../src/core/index.js';

/**
 * The test's own statement of the law: sample answers for each question and the reason
 * codes each must produce. Written independently of src/core/rules.ts so that the
 * model-based tests can catch a rule that drifts.
 *
 * Assessment date 10 May 2025: Spain (in force 5 May 2013) is open; Albania (deposit
 * 19 Feb 2025, in force 19 May 2025) is not yet bound; the United States never signed.
 */
export const AS_OF = '2025-05-10';

/**
 * A complete, admissible eviction case against Spain, remedies exhausted on 1 December
 * 2025 (the year to complain runs to 1 December 2026): the open route most tests start from.
 * Not on `AS_OF` above, which comes before that decision (`assess` refuses it: "finalDecisionDate
 * is after the assessment date"): the tests assess it on a later day, the element tests' AS_OF
 * (2026-03-01, test/element/helpers.ts) or the legal cases' (2026-06-01).
 */
export const SPAIN_EVICTION: Answers = {
  state: 'ES',
  jurisdiction: 'yes',
  author: 'self',
  rights: ['eviction'],
  urgency: 'no',
  factsDate: '2024-01-10',
  remedies: 'exhausted',
  finalDecisionDate: '2025-12-01',
  otherProcedure: 'none',
  identity: 'named',
  evidence: 'documents',
};

type Expect = readonly ReasonCode[] | ((answers: Answers) => readonly ReasonCode[]);
export interface Sample {
  value: unknown;
  expect: Expect;
}

export const SAMPLES: Record<QuestionId, readonly Sample[]> = {
  state: [
    { value: 'ES', expect: ['state-party'] },
    { value: 'US', expect: ['state-not-party'] },
    { value: 'AL', expect: ['not-yet-in-force'] },
    // A place not in the list (Kosovo, Taiwan…): no State can be complained about.
    { value: 'unlisted', expect: ['state-unlisted'] },
    // Not parties, chosen for the fit questions they lead to (see FIT_QUESTIONS_ASKED).
    { value: 'WS', expect: ['state-not-party'] },
    { value: 'AF', expect: ['state-not-party'] },
    { value: 'GB', expect: ['state-not-party'] },
    { value: 'BY', expect: ['state-not-party'] },
    { value: 'IN', expect: ['state-not-party'] },
  ],
  jurisdiction: [
    { value: 'yes', expect: [] },
    { value: 'no', expect: ['outside-jurisdiction'] },
    { value: 'unknown', expect: ['jurisdiction-unknown'] },
  ],
  author: [
    { value: 'self', expect: [] },
    { value: 'group', expect: [] },
    { value: 'representative-consent', expect: ['consent-required'] },
    { value: 'representative-no-consent', expect: [] },
    // No word of an inquiry (art. 11(2): into the Covenant's rights) for a problem wholly outside the Covenant.
    {
      value: 'organisation',
      expect: (a) => (a.rights && outsideTheCovenant(a.rights) ? ['no-identified-victim'] : ['no-identified-victim', 'inquiry-procedure']),
    },
  ],
  consentJustification: [
    { value: 'child', expect: ['acting-without-consent'] },
    { value: 'none', expect: ['consent-missing'] },
  ],
  rights: [
    { value: ['eviction'], expect: [] },
    { value: ['water', 'civil-political'], expect: ['civil-political-part'] },
    { value: ['water', 'disappearance'], expect: ['disappearance-part'] },
    { value: ['water', 'civil-political', 'disappearance'], expect: ['civil-political-part', 'disappearance-part'] },
    { value: ['self-determination'], expect: ['self-determination'] },
    { value: ['civil-political'], expect: ['outside-covenant'] },
    { value: ['other'], expect: ['situation-unlisted'] },
    { value: ['civil-political', 'other'], expect: ['civil-political-part', 'situation-unlisted'] },
    { value: ['civil-political', 'self-determination'], expect: ['civil-political-part', 'self-determination'] },
    { value: ['food', 'other'], expect: [] },
    // Arts 2(2) and 3 guarantee the Covenant's rights, and are no right alone (General Comment 20, para. 7).
    { value: ['discrimination'], expect: ['discrimination-without-right'] },
    // Beside civil and political problems only, discrimination is in them: outside the Covenant.
    { value: ['civil-political', 'gender-equality'], expect: ['outside-covenant'] },
    { value: ['disappearance', 'discrimination'], expect: ['outside-covenant'] },
    { value: ['discrimination', 'other'], expect: ['situation-unlisted'] },
    { value: ['work', 'discrimination'], expect: [] },
    { value: ['self-determination', 'discrimination'], expect: ['self-determination'] },
  ],
  urgency: [
    { value: 'no', expect: [] },
    // Arts 5 and 13 work only where the Protocol binds the State: of these, Spain alone on AS_OF.
    { value: 'yes', expect: (a) => (a.state === 'ES' ? ['interim-measures', 'reprisals-protection'] : []) },
    { value: 'unknown', expect: [] },
  ],
  factsDate: [
    { value: '2020-01-01', expect: ['facts-after-entry-into-force'] },
    { value: '2010-01-01', expect: [] },
    { value: 'unknown', expect: [] },
  ],
  factsContinuing: [
    { value: 'yes', expect: ['continuing-violation'] },
    { value: 'no', expect: (a) => (a.factsDate === 'unknown' ? ['facts-timing-unknown'] : ['facts-before-entry-into-force']) },
    { value: 'unknown', expect: ['facts-timing-unknown'] },
  ],
  remedies: [
    { value: 'exhausted', expect: [] },
    { value: 'pending', expect: ['remedies-pending'] },
    { value: 'not-tried', expect: ['remedies-not-tried'] },
    { value: 'unavailable', expect: ['remedies-unavailable'] },
    { value: 'prolonged', expect: ['remedies-prolonged'] },
    { value: 'unknown', expect: ['remedies-unknown'] },
  ],
  // Art. 3(2)(c) closes the route whatever is done next: the year has nothing left to say but its bar.
  finalDecisionDate: [
    { value: '2024-06-01', expect: (a) => unlessBeforeAnotherBody(a, ['within-time-limit']) },
    { value: '2024-01-15', expect: [] },
    { value: 'unknown', expect: (a) => unlessBeforeAnotherBody(a, ['decision-date-unknown']) },
  ],
  lateSubmission: [
    // A bar stands whatever the other body does, and closes the route before that question.
    { value: 'no', expect: ['time-limit-passed'] },
    { value: 'yes', expect: (a) => unlessBeforeAnotherBody(a, ['late-submission-justified']) },
    { value: 'unknown', expect: (a) => unlessBeforeAnotherBody(a, ['late-submission-unknown']) },
  ],
  otherProcedure: [
    { value: 'none', expect: [] },
    { value: 'echr', expect: ['same-matter-elsewhere'] },
    { value: 'special-procedure', expect: ['special-procedure'] },
    { value: 'sent-not-examined', expect: ['not-examined-elsewhere'] },
    { value: 'unknown', expect: ['other-procedure-unknown'] },
  ],
  identity: [
    { value: 'named', expect: [] },
    { value: 'confidential', expect: ['name-confidential'] },
    { value: 'anonymous', expect: ['anonymous'] },
  ],
  evidence: [
    { value: 'documents', expect: [] },
    { value: 'media-only', expect: ['media-reports-only'] },
    { value: 'none', expect: ['evidence-missing'] },
    { value: 'unknown', expect: ['evidence-unknown'] },
  ],
  // The fit questions have no legal weight: every answer, including "I do not know" and
  // "Prefer not to say", is accepted and gives no reason.
  child: [
    { value: 'yes', expect: [] },
    { value: 'no', expect: [] },
    { value: 'unknown', expect: [] },
    { value: 'prefer-not', expect: [] },
  ],
  disability: [
    { value: 'yes', expect: [] },
    { value: 'unknown', expect: [] },
    { value: 'prefer-not', expect: [] },
  ],
  grounds: [
    { value: ['sex'], expect: [] },
    { value: ['race', 'ethnicity'], expect: [] },
    { value: ['none'], expect: [] },
    { value: ['unknown'], expect: [] },
    { value: ['prefer-not'], expect: [] },
  ],
};

/** What the European Social Charter's collective complaints take up (Revised Charter arts 1-31 and E; water under 31(1)). */
const COLLECTIVE_COMPLAINT_SITUATIONS: readonly string[] = [
  'eviction', 'housing', 'water', 'health-care', 'reproductive-health', 'education', 'work', 'working-conditions', 'trade-union',
  'social-security', 'family', 'discrimination', 'gender-equality',
];

/** The situations the Human Rights Committee's fit names (src/data/other-routes.ts, ICCPR-OP1). */
const HUMAN_RIGHTS_COMMITTEE_SITUATIONS: readonly string[] = [
  'eviction', 'family', 'discrimination', 'gender-equality', 'health-care', 'reproductive-health', 'trade-union', 'cultural-life', 'land', 'civil-political', 'disappearance',
];

/** A day `months` later, the same day of the month (the samples' days are early in the month). */
const monthsLater = (day: string, months: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = m - 1 + months;
  return `${y + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/**
 * Which fit questions a closed route asks, read off the UN Treaty Collection table
 * (/work/shared/reference/un-complaint-procedures.csv) and the regional memberships:
 * a question is asked when a complaint route the State accepted would be recommended
 * by a "yes" and is not recommended already.
 * - ES: CRC (child), CRPD (disability), CEDAW and CERD (grounds); the European Social
 *   Charter also covers children and disability. Acting for a child already points to the CRC.
 * - US: Inter-American Commission (children art. VII; grounds art. II); no UN procedure.
 *   A closed route asks the problem first, and the Commission hears every problem in the
 *   samples but self-determination and "something else": once it is recommended for the
 *   problem, neither question can change that.
 * - AL: CRC, CEDAW, ICCPR; no CRPD, no regional route.
 * - WS (Samoa): the CRC procedure only. AF (Afghanistan): the CRPD procedure only.
 * - GB: CEDAW and CRPD. BY (Belarus): CEDAW only.
 * - IN (India), and a place not in the list: no complaint body at all, so the UN special rapporteurs
 *   are all there is, and a question is asked when a "yes" names one more: disability (the rapporteur
 *   on disability) and grounds (on racism; the working group on women and girls). No expert is for
 *   children alone: child is not asked.
 * When another international body has examined the matter, only the bodies whose own rule may let them take it
 * count (the collective complaints, CERD, the Human Rights Committee: `sameMatter` in the route data). None when it did not happen
 * under the State's control, which each complaint body needs too. A committee whose procedure
 * applied to the State only after what happened was over is not recommended either. For an organisation with
 * no victim named, only the routes open to organisations in their own name count.
 */
export function fitQuestionsAsked(answers: Answers): FitQuestion[] {
  // Disability and unfair treatment always: each names a UN expert whatever else is recommended (the rapporteurs on
  // disability and on racism, the working group on women and girls). The child question only where a complaint body
  // changes (no expert is for children alone).
  return [...(committeeFitQuestions(answers).includes('child') ? (['child'] as const) : []), 'disability', 'grounds'];
}

/** The fit questions that can change which complaint bodies (not the experts) are recommended, by the rules above. */
function committeeFitQuestions(answers: Answers): FitQuestion[] {
  // Not under the State's control: no complaint body against it can take the case (each needs that link), whatever the answer.
  if (answers.jurisdiction === 'no') return [];
  const collective = answers.rights?.some((s) => COLLECTIVE_COMPLAINT_SITUATIONS.includes(s)) ?? false;
  if (['echr', 'un-treaty-body', 'regional-commission', 'cescr', 'other-international'].includes(answers.otherProcedure ?? '')) {
    // Of Spain's bodies, three may still take a matter another body has: the collective complaints (no rule: children,
    // disability) unless the problem already points there; CERD (no rule: race); the Human Rights Committee once the
    // other has finished (ICCPR-OP1 art. 5(2)(a)). An organisation, only the first. Unfair treatment counts for CERD
    // while its six months from the final decision run, and for the Human Rights Committee (art. 26) where the problem
    // does not already point there.
    const childOrDisability: FitQuestion[] = collective ? [] : answers.consentJustification === 'child' ? ['disability'] : ['child', 'disability'];
    const { finalDecisionDate: decided } = answers;
    const cerdOver = decided !== undefined && decided !== 'unknown' && monthsLater(decided, 6) < AS_OF;
    const committeeAlready = answers.rights?.some((s) => HUMAN_RIGHTS_COMMITTEE_SITUATIONS.includes(s)) ?? false;
    const grounds: FitQuestion[] = cerdOver && committeeAlready ? [] : ['grounds'];
    return answers.author === 'organisation' ? childOrDisability : [...childOrDisability, ...grounds];
  }
  // Over before the CRC's procedure applied to Spain (14 April 2014, when its Protocol entered into force): it looks only
  // at what came after, so "a child" points only to the collective complaints, unless the problem already does.
  const { factsDate, factsContinuing } = answers;
  const crcTooLate = factsContinuing === 'no' && factsDate !== undefined && factsDate !== 'unknown' && factsDate < '2014-04-14';
  // Its year from the final decision (OP3-CRC art. 7(h)) over by AS_OF, with nothing that stopped the person: no more a fit.
  const { finalDecisionDate } = answers;
  const crcYearOver =
    finalDecisionDate !== undefined && finalDecisionDate !== 'unknown' && answers.lateSubmission !== 'yes' && `${Number(finalDecisionDate.slice(0, 4)) + 1}${finalDecisionDate.slice(4)}` < AS_OF;
  const childChangesNothing = (crcTooLate || crcYearOver) && answers.rights?.some((s) => COLLECTIVE_COMPLAINT_SITUATIONS.includes(s));

  // In its own name, with no victim named, an organisation can turn (of Spain's routes) only to
  // the collective complaints (children art. 17, disability art. 15): a victim must complain elsewhere.
  const organisation: FitQuestion[] = collective ? [] : ['child', 'disability'];
  const byState: Record<string, FitQuestion[]> = {
    ES:
      answers.author === 'organisation'
        ? organisation
        : answers.consentJustification === 'child' || childChangesNothing
          ? ['disability', 'grounds']
          : ['child', 'disability', 'grounds'],
    US: answers.rights?.some((s) => s !== 'self-determination' && s !== 'other') ? [] : ['child', 'grounds'],
    AL: ['child', 'grounds'],
    WS: ['child'],
    AF: ['disability'],
    GB: ['disability', 'grounds'],
    BY: ['grounds'],
    IN: ['disability', 'grounds'],
    unlisted: ['disability', 'grounds'],
  };
  return byState[answers.state ?? '']!;
}

/** An answer of the wrong shape for each question: the machine must refuse it. */
export const INVALID_SAMPLES: Record<QuestionId, unknown> = {
  state: 'XX',
  jurisdiction: 'maybe',
  author: 'lawyer',
  consentJustification: '',
  rights: [],
  urgency: true,
  factsDate: '2023-02-29',
  factsContinuing: 1,
  remedies: null,
  finalDecisionDate: '2099-01-01',
  lateSubmission: ['no'],
  otherProcedure: 'ECHR',
  identity: undefined,
  evidence: { documents: true },
  child: 'maybe',
  disability: true,
  // A ground together with "None of these".
  grounds: ['sex', 'none'],
};

/**
 * The problems answered are all civil and political, or discrimination in them (Covenant arts 2(2) and 3
 * guarantee only its own rights): outside the Covenant, art. 3(2)(d).
 */
const outsideTheCovenant = (rights: readonly string[]): boolean =>
  rights.some((r) => r === 'civil-political' || r === 'disappearance') &&
  rights.every((r) => ['civil-political', 'disappearance', 'discrimination', 'gender-equality'].includes(r));

/** Another international body examined, or is examining, the same matter (art. 3(2)(c)). */
const unlessBeforeAnotherBody = (answers: Answers, codes: ReasonCode[]): ReasonCode[] =>
  ['cescr', 'echr', 'un-treaty-body', 'regional-commission', 'other-international'].includes(answers.otherProcedure ?? '') ? [] : codes;

/** The legal weight of every code, as the test understands the Protocol. */
export const SEVERITY: Record<ReasonCode, Severity> = {
  'state-not-party': 'unavailable',
  'state-unlisted': 'unavailable',
  'not-yet-in-force': 'unavailable',
  'state-denounced': 'unavailable',
  'time-limit-before-entry-into-force': 'review',
  'time-limit-shortened-by-entry-into-force': 'review',
  'delay-since-entry-into-force': 'review',
  'no-identified-victim': 'unavailable',
  'outside-jurisdiction': 'bar',
  'consent-missing': 'bar',
  'outside-covenant': 'bar',
  'facts-before-entry-into-force': 'bar',
  'remedies-pending': 'bar',
  'remedies-not-tried': 'bar',
  // A review beside 'decision-before-facts', which no sample gives (no sample decision comes before its facts).
  'time-limit-passed': 'bar',
  'same-matter-elsewhere': 'bar',
  anonymous: 'bar',
  'jurisdiction-unknown': 'review',
  'acting-without-consent': 'review',
  'self-determination': 'review',
  'situation-unlisted': 'review',
  'discrimination-without-right': 'review',
  'entry-into-force-ambiguous': 'review',
  'facts-timing-unknown': 'review',
  'remedies-unavailable': 'review',
  'remedies-prolonged': 'review',
  'remedies-unknown': 'review',
  'time-limit-ambiguous': 'review',
  'decision-date-unknown': 'review',
  'decision-before-facts': 'review',
  'late-submission-justified': 'review',
  'late-submission-unknown': 'review',
  'special-procedure': 'review',
  'not-examined-elsewhere': 'review',
  'other-procedure-unknown': 'review',
  'media-reports-only': 'review',
  'evidence-missing': 'review',
  'evidence-unknown': 'review',
  'state-party': 'info',
  'denunciation-pending': 'info',
  'inquiry-procedure': 'info',
  'consent-required': 'info',
  'civil-political-part': 'info',
  'disappearance-part': 'info',
  'interim-measures': 'info',
  'reprisals-protection': 'info',
  'facts-after-entry-into-force': 'info',
  'continuing-violation': 'info',
  'within-time-limit': 'info',
  'name-confidential': 'info',
  'abuse-of-right': 'info',
  'clear-disadvantage': 'info',
};

export function expectedCodes(sample: Sample, answers: Answers): readonly ReasonCode[] {
  return typeof sample.expect === 'function' ? sample.expect(answers) : sample.expect;
}

/** The outcome the test expects from a set of codes. */
export function expectedOutcome(codes: readonly ReasonCode[]) {
  const severities = new Set(codes.map((c) => SEVERITY[c]));
  if (severities.has('unavailable')) return 'not-available';
  if (severities.has('bar')) return 'not-admissible';
  if (severities.has('review')) return 'needs-review';
  return 'likely-admissible';
}

/** A path that never stops early: each question's first sample. */
export function firstSample(question: QuestionId): unknown {
  return SAMPLES[question][0]!.value;
}
