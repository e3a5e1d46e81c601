import { SITUATION_IDS } from '../data/rights.js';
import { deepFreeze } from './freeze.js';

/**
 * The questions, in the order a path meets them. Which ones a person is asked, and when
 * the screening stops, is decided by the flow (flow.ts); this file only says what
 * each question is and which answers it takes.
 */
export const QUESTION_IDS = Object.freeze([
  'state',
  'jurisdiction',
  'author',
  'consentJustification',
  'rights',
  'urgency',
  'factsDate',
  'factsContinuing',
  'remedies',
  'finalDecisionDate',
  'lateSubmission',
  'otherProcedure',
  'identity',
  'evidence',
  'child',
  'disability',
  'grounds',
] as const);
/** A question, by the key of its answer in `Answers`. */
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The answer "I do not know", valid wherever a person may not know. */
export const UNKNOWN = 'unknown';

/**
 * The answer to the country question when the place is not in the list: a place that
 * cannot join UN treaties (Kosovo, Taiwan…), or one the person does not find. The route
 * closes (art. 2: a complaint is against a State Party), and the other routes still say
 * where to turn.
 */
export const STATE_UNLISTED = 'unlisted';

export const YES_NO_UNKNOWN = ['yes', 'no', UNKNOWN] as const;

export const AUTHORS = [
  'self',
  'group',
  'representative-consent',
  'representative-no-consent',
  'organisation',
] as const;

/** Reasons that may justify acting for victims without their consent (art. 2). */
export const CONSENT_JUSTIFICATIONS = ['child', 'detention', 'disappearance', 'incapacity', 'fear', 'other', 'none'] as const;

// Every "Yes" before the "No"s: a case that drags on is read beside one still going on.
export const REMEDIES = ['exhausted', 'pending', 'prolonged', 'not-tried', 'unavailable', UNKNOWN] as const;

/** Other international bodies that may have examined the same matter (art. 3(2)(c)). */
export const OTHER_PROCEDURES = [
  'none',
  'cescr',
  'echr',
  'un-treaty-body',
  'regional-commission',
  'other-international',
  'special-procedure',
  // Sent to a body, but withdrawn, or turned away without the problem itself being looked
  // at: whether that body "examined" it (art. 3(2)(c)) is for a lawyer to weigh.
  'sent-not-examined',
  UNKNOWN,
] as const;

export const IDENTITY = ['named', 'confidential', 'anonymous'] as const;

export const EVIDENCE = ['documents', 'media-only', 'none', UNKNOWN] as const;

/**
 * The fit questions: asked only when this route is closed, to choose which other routes
 * to recommend. They are never a legal bar, and an intake record may leave them out.
 */
export const FIT_QUESTIONS = Object.freeze(['child', 'disability', 'grounds'] as const);
/** One of the fit questions. */
export type FitQuestion = (typeof FIT_QUESTIONS)[number];
/** Whether a question is a fit question (never a legal bar, asked only on a closed route). */
export const isFitQuestion = (question: QuestionId): question is FitQuestion => (FIT_QUESTIONS as readonly string[]).includes(question);

/** "Prefer not to say": valid wherever the answer is personal (the fit questions). */
export const PREFER_NOT = 'prefer-not';

export const YES_NO_UNKNOWN_PREFER_NOT = ['yes', 'no', UNKNOWN, PREFER_NOT] as const;

/** Grounds of discrimination that can make a route a likely fit (race covers colour; ethnicity covers descent and national origin). */
export const FIT_GROUNDS = ['sex', 'race', 'ethnicity'] as const;
/** A ground of discrimination that can make another route a likely fit. */
export type FitGround = (typeof FIT_GROUNDS)[number];

/** Answers to the grounds question that stand alone: none of them can be combined with a ground. */
export const EXCLUSIVE_GROUNDS = ['none', UNKNOWN, PREFER_NOT] as const;
export const GROUNDS = [...FIT_GROUNDS, ...EXCLUSIVE_GROUNDS] as const;

/**
 * How a question is answered: the element picks its control from this. `exclusive`
 * options of a multiple choice stand alone ("None of these", "I do not know").
 */
export type QuestionKind =
  | { readonly kind: 'state' }
  | { readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly kind: 'multiple'; readonly options: readonly string[]; readonly exclusive?: readonly string[] }
  | { readonly kind: 'date'; readonly unknownAllowed: true };

/**
 * Each question's kind and the answers it takes: enough for a clinic to build its own intake
 * form. Read-only: the element draws its controls from it, so an edit would offer answers
 * the engine refuses.
 */
export const QUESTION_KINDS: Readonly<Record<QuestionId, QuestionKind>> = deepFreeze({
  state: { kind: 'state' },
  jurisdiction: { kind: 'choice', options: YES_NO_UNKNOWN },
  author: { kind: 'choice', options: AUTHORS },
  consentJustification: { kind: 'choice', options: CONSENT_JUSTIFICATIONS },
  rights: { kind: 'multiple', options: SITUATION_IDS },
  urgency: { kind: 'choice', options: YES_NO_UNKNOWN },
  factsDate: { kind: 'date', unknownAllowed: true },
  factsContinuing: { kind: 'choice', options: YES_NO_UNKNOWN },
  remedies: { kind: 'choice', options: REMEDIES },
  finalDecisionDate: { kind: 'date', unknownAllowed: true },
  lateSubmission: { kind: 'choice', options: YES_NO_UNKNOWN },
  otherProcedure: { kind: 'choice', options: OTHER_PROCEDURES },
  identity: { kind: 'choice', options: IDENTITY },
  evidence: { kind: 'choice', options: EVIDENCE },
  child: { kind: 'choice', options: YES_NO_UNKNOWN_PREFER_NOT },
  disability: { kind: 'choice', options: YES_NO_UNKNOWN_PREFER_NOT },
  grounds: { kind: 'multiple', options: GROUNDS, exclusive: EXCLUSIVE_GROUNDS },
});
