import type { Answers } from '../core/answers.js';
import type { CalendarDate } from '../core/dates.js';
import type { Article, Outcome } from '../core/reasons.js';

/**
 * Fictional scenarios for training: each is the answers a made-up person would give,
 * the assessment date they are read on (so the outcome does not drift with the
 * calendar), and the outcome the screening must reach (checked by the tests through
 * assess() and through the element). No real person or case is described; the States
 * are real because the rules depend on their dates.
 */
export interface Scenario {
  /** Stable id, used in the demo page's URL fragment (`#scenario=eviction-spain`). */
  id: string;
  asOf: CalendarDate;
  answers: Answers;
  expected: Outcome;
  /**
   * The Protocol's article(s) its one lesson turns on: the trainer's panel cites them with
   * the lesson once the result shows, and the tests check that the result turns on them.
   */
  teaches: readonly Article[];
}

export const SCENARIOS = [
  {
    // Urgent eviction, courts done in time: the model case, and interim measures (art. 5).
    id: 'eviction-spain',
    asOf: '2026-06-01',
    answers: {
      state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['eviction'], urgency: 'yes', factsDate: '2024-01-10',
      remedies: 'exhausted', finalDecisionDate: '2025-12-01', otherProcedure: 'none', identity: 'named', evidence: 'documents',
    },
    expected: 'likely-admissible',
    teaches: ['5'],
  },
  {
    // A pension cut whose appeal has dragged on for years: the art. 3(1) exception someone must weigh.
    id: 'pension-ecuador',
    asOf: '2026-06-01',
    answers: {
      state: 'EC', jurisdiction: 'yes', author: 'self', rights: ['social-security'], urgency: 'no', factsDate: '2019-03-01',
      remedies: 'prolonged', otherProcedure: 'none', identity: 'confidential', evidence: 'documents',
    },
    expected: 'needs-review',
    teaches: ['3(1)'],
  },
  {
    // Japan is party to the Covenant but has not joined the Protocol: the route does not exist (art. 1(2), which
    // speaks of a State party to the Covenant: not of the United States, which never ratified the Covenant).
    // Treatment about to stop is urgent all the same: the result sends it to urgent help first.
    id: 'not-party-japan',
    asOf: '2026-06-01',
    // Japan accepts none of the UN complaints that a child, a disability or discrimination would point to (only the
    // disappearances Committee's urgent action, which comes with its Convention) and has no regional body: the child
    // question does not follow. Disability and unfair treatment do: each names a UN expert.
    answers: { state: 'JP', rights: ['health-care'], urgency: 'yes', disability: 'no', grounds: ['none'] },
    expected: 'not-available',
    teaches: ['1(2)'],
  },
  {
    // The same housing matter already went to the European Court of Human Rights (art. 3(2)(c)). No child question follows:
    // CERD, which has no rule barring that, has its six months from the final decision over, and the Human Rights
    // Committee bars it while the Court examines it (and after: Italy's reservation to ICCPR-OP1 art. 5(2)(a)).
    // Disability and unfair treatment do: each names a UN expert.
    id: 'european-court-italy',
    asOf: '2026-06-01',
    answers: {
      state: 'IT', jurisdiction: 'yes', author: 'self', rights: ['housing'], urgency: 'no', factsDate: '2021-09-15',
      remedies: 'exhausted', finalDecisionDate: '2025-10-20', otherProcedure: 'echr', disability: 'no', grounds: ['none'],
    },
    expected: 'not-admissible',
    teaches: ['3(2)(c)'],
  },
  {
    // A dismissal, courts done more than a year ago and nothing stopped the filing (art. 3(2)(a)). Dismissed for a
    // pregnancy (grounds: sex), the result's other routes include the Committee on women's rights. Not asked whether a
    // child is concerned: the children's Committee's own year from that decision is over too (OP3-CRC art. 7(h)).
    id: 'late-portugal',
    asOf: '2026-06-01',
    answers: {
      state: 'PT', jurisdiction: 'yes', author: 'self', rights: ['work'], urgency: 'no', factsDate: '2022-05-02',
      remedies: 'exhausted', finalDecisionDate: '2024-11-04', lateSubmission: 'no',
      disability: 'no', grounds: ['sex'],
    },
    expected: 'not-admissible',
    teaches: ['3(2)(a)'],
  },
  {
    // An organisation with no identified victim: not a communication under art. 2. A listed
    // situation keeps the lesson to that one reason (with 'other', 3(2)(d) would add its own).
    id: 'organisation-argentina',
    asOf: '2026-06-01',
    answers: { state: 'AR', jurisdiction: 'yes', author: 'organisation', rights: ['housing'], urgency: 'unknown', disability: 'no', grounds: ['none'] },
    expected: 'not-available',
    teaches: ['2'],
  },
  {
    // The same general problem where the State accepted the inquiry procedure (El Salvador declared under art. 11
    // on ratifying, states-parties.ts): still no complaint without victims (art. 2), but the result says the
    // Committee can inquire into grave or systematic violations (art. 11) and sends reliable information there first.
    // Nobody in the story is about to suffer harm that cannot be undone: no urgency.
    id: 'inquiry-el-salvador',
    asOf: '2026-06-01',
    answers: { state: 'SV', jurisdiction: 'yes', author: 'organisation', rights: ['education'], urgency: 'no', disability: 'no', grounds: ['none'] },
    expected: 'not-available',
    teaches: ['2', '11'],
  },
  {
    // Facts before Belgium was bound, still going on after: the continuing-violation exception (art. 3(2)(b)).
    id: 'continuing-belgium',
    asOf: '2026-06-01',
    answers: {
      state: 'BE', jurisdiction: 'yes', author: 'representative-consent', rights: ['water'], urgency: 'no', factsDate: '2012-06-01',
      factsContinuing: 'yes', remedies: 'exhausted', finalDecisionDate: '2026-02-10', otherProcedure: 'none', identity: 'named',
      evidence: 'documents',
    },
    expected: 'likely-admissible',
    teaches: ['3(2)(b)'],
  },
  {
    // Straight to the UN without a French court first: domestic remedies come first (art. 3(1)).
    id: 'courts-first-france',
    asOf: '2026-06-01',
    answers: {
      state: 'FR', jurisdiction: 'yes', author: 'self', rights: ['social-security'], urgency: 'no', factsDate: '2025-09-01',
      remedies: 'not-tried', child: 'no', disability: 'no', grounds: ['none'],
    },
    expected: 'not-admissible',
    teaches: ['3(1)'],
  },
  {
    // Over before Germany was bound, unlike Belgium's (art. 3(2)(b)); with children, the result's
    // other routes offer the Committee on the Rights of the Child instead.
    id: 'before-protocol-germany',
    asOf: '2026-06-01',
    answers: {
      state: 'DE', jurisdiction: 'yes', author: 'self', rights: ['social-security'], urgency: 'no', factsDate: '2021-03-01',
      factsContinuing: 'no', child: 'yes', disability: 'no', grounds: ['none'],
    },
    expected: 'not-admissible',
    teaches: ['3(2)(b)'],
  },
  {
    // Acting for people who cannot be asked: allowed only if the Committee accepts why (art. 2).
    id: 'without-consent-finland',
    asOf: '2026-06-01',
    answers: {
      state: 'FI', jurisdiction: 'yes', author: 'representative-no-consent', consentJustification: 'detention', rights: ['health-care'],
      urgency: 'yes', factsDate: '2025-11-01', remedies: 'exhausted', finalDecisionDate: '2026-03-02', otherProcedure: 'none',
      identity: 'named', evidence: 'documents',
    },
    expected: 'needs-review',
    teaches: ['2'],
  },
  {
    // No name at all is a bar (art. 3(2)(g)); "keep my name confidential" would not be, which the room can try.
    id: 'anonymous-costa-rica',
    asOf: '2026-06-01',
    answers: {
      state: 'CR', jurisdiction: 'yes', author: 'self', rights: ['working-conditions'], urgency: 'no', factsDate: '2024-02-01',
      remedies: 'exhausted', finalDecisionDate: '2025-11-20', otherProcedure: 'none', identity: 'anonymous',
      child: 'no', disability: 'no', grounds: ['sex'],
    },
    expected: 'not-admissible',
    teaches: ['3(2)(g)'],
  },
  {
    // Courts done in time, but nothing to show the Committee but press articles: not substantiated (art. 3(2)(e)).
    // Someone must weigh it, and copies of the letters and decisions can usually be had again.
    id: 'news-only-uruguay',
    asOf: '2026-06-01',
    answers: {
      state: 'UY', jurisdiction: 'yes', author: 'self', rights: ['health-care'], urgency: 'no', factsDate: '2023-09-01',
      remedies: 'exhausted', finalDecisionDate: '2026-02-16', otherProcedure: 'none', identity: 'named', evidence: 'media-only',
    },
    expected: 'needs-review',
    teaches: ['3(2)(e)'],
  },
  {
    // A son taken at a checkpoint, his fate hidden. Two reasons make one lesson: Mexico has not joined the
    // Protocol (art. 1(2)), and a disappearance is outside the Covenant (art. 3(2)(d)), so the route would stay
    // closed if it joined. Where a family turns instead: the search first, by the urgent action of the
    // Committee on Enforced Disappearances (Mexico is a party to its Convention), the Human Rights Committee
    // next, and the Working Group. His life may be at stake: urgent.
    id: 'disappearance-mexico',
    asOf: '2026-06-01',
    // Mexico has not accepted the complaints of the Committee on the Rights of the Child: no child question.
    answers: { state: 'MX', rights: ['disappearance'], urgency: 'yes', disability: 'no', grounds: ['none'] },
    expected: 'not-available',
    teaches: ['1(2)', '3(2)(d)'],
  },
  {
    // A journalist jailed for an article: Mongolia has joined the Protocol, but free speech is outside the Covenant,
    // so the route is closed on art. 3(2)(d) alone. Mongolia accepted the Human Rights Committee's complaints (ICCPR
    // First Optional Protocol, 16 April 1991) and has no regional court: that Committee is the complaint route the result
    // recommends, beside the UN experts, the Working Group on Arbitrary Detention first. Free again, she faces no harm that
    // cannot wait.
    id: 'free-speech-mongolia',
    asOf: '2026-06-01',
    answers: {
      state: 'MN', jurisdiction: 'yes', author: 'self', rights: ['civil-political'], urgency: 'no',
      child: 'no', disability: 'no', grounds: ['none'],
    },
    expected: 'not-admissible',
    teaches: ['3(2)(d)'],
  },
] as const satisfies readonly Scenario[];

/**
 * Ids scenarios had before, with the one that took each one's place: a link a trainer
 * already shared to a class still opens the lesson it taught.
 */
const RENAMED = new Map<string, Scenario['id']>([
  // Art. 1(2) speaks of a State party to the Covenant, which the United States is not (Japan is).
  ['not-party-united-states', 'not-party-japan'],
]);

export const scenarioById = (id: string): Scenario | undefined => {
  const current = RENAMED.get(id) ?? id;
  return SCENARIOS.find((s) => s.id === current);
};
