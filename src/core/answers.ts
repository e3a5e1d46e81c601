import * as z from 'zod/mini';
import { SITUATIONS } from '../data/rights.js';
import {
  AUTHORS,
  CONSENT_JUSTIFICATIONS,
  EVIDENCE,
  EXCLUSIVE_GROUNDS,
  GROUNDS,
  IDENTITY,
  OTHER_PROCEDURES,
  REMEDIES,
  UNKNOWN,
  YES_NO_UNKNOWN,
  YES_NO_UNKNOWN_PREFER_NOT,
  type QuestionId,
} from './questions.js';
import { calendarDate, isoCode } from './schema-parts.js';

const yesNoUnknown = z.enum(YES_NO_UNKNOWN);
const dateOrUnknown = z.union([calendarDate, z.literal(UNKNOWN)]);
const situationIds = SITUATIONS.map((s) => s.id) as [(typeof SITUATIONS)[number]['id'], ...(typeof SITUATIONS)[number]['id'][]];

/** The schema of each answer, by question. */
export const answerSchemas = {
  state: isoCode,
  jurisdiction: yesNoUnknown,
  author: z.enum(AUTHORS),
  consentJustification: z.enum(CONSENT_JUSTIFICATIONS),
  rights: z
    .array(z.enum(situationIds))
    .check(
      z.minLength(1, 'choose at least one situation'),
      z.maxLength(situationIds.length),
      z.refine((list) => new Set(list).size === list.length, { message: 'lists a situation twice' }),
    ),
  urgency: yesNoUnknown,
  factsDate: dateOrUnknown,
  factsContinuing: yesNoUnknown,
  remedies: z.enum(REMEDIES),
  finalDecisionDate: dateOrUnknown,
  lateSubmission: yesNoUnknown,
  otherProcedure: z.enum(OTHER_PROCEDURES),
  identity: z.enum(IDENTITY),
  evidence: z.enum(EVIDENCE),
  child: z.enum(YES_NO_UNKNOWN_PREFER_NOT),
  disability: z.enum(YES_NO_UNKNOWN_PREFER_NOT),
  grounds: z
    .array(z.enum(GROUNDS))
    .check(
      z.minLength(1, 'choose at least one answer'),
      z.refine((list) => new Set(list).size === list.length, { message: 'lists a ground twice' }),
      z.refine((list) => list.length <= 1 || !list.some((g) => (EXCLUSIVE_GROUNDS as readonly string[]).includes(g)), {
        message: 'mixes "none", "unknown" or "prefer-not" with a ground',
      }),
    ),
} satisfies Record<QuestionId, z.ZodMiniType>;

/**
 * Answers to the screening questions, as a clinic's intake record or the wizard's
 * saved state. Every key is optional (a path asks only some questions); unknown keys
 * are rejected, and nothing is coerced. Free text is never part of it. The fit
 * questions (`child`, `disability`, `grounds`) only choose which other routes to
 * recommend when this route is closed; a record may leave them out.
 */
export const answersSchema = z.strictObject(
  Object.fromEntries(Object.entries(answerSchemas).map(([k, s]) => [k, z.optional(s)])) as {
    [Q in QuestionId]: z.ZodMiniOptional<(typeof answerSchemas)[Q]>;
  },
);

export type Answers = z.infer<typeof answersSchema>;
export type AnswerValue<Q extends QuestionId> = NonNullable<Answers[Q]>;
