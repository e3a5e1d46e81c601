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
  QUESTION_IDS,
  REMEDIES,
  UNKNOWN,
  YES_NO_UNKNOWN,
  YES_NO_UNKNOWN_PREFER_NOT,
  type QuestionId,
} from './questions.js';
import { once } from './memo.js';
import { calendarDate, isoCode } from './schema-parts.js';

/*
 * The schemas are built on their first use, not when the module loads: with the others
 * (assessment, datasets) they took longer to build than the first question to render.
 */
function buildAnswerSchemas() {
  const yesNoUnknown = z.enum(YES_NO_UNKNOWN);
  const dateOrUnknown = z.union([calendarDate(), z.literal(UNKNOWN)]);
  const situationIds = SITUATIONS.map((s) => s.id) as [(typeof SITUATIONS)[number]['id'], ...(typeof SITUATIONS)[number]['id'][]];
  return {
    state: isoCode(),
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
}

type AnswerSchemas = ReturnType<typeof buildAnswerSchemas>;
const schemas = once(buildAnswerSchemas);

/** The schema of each answer, by question (all built on the first read of any). */
export const answerSchemas: AnswerSchemas = Object.defineProperties(
  {} as AnswerSchemas,
  Object.fromEntries(QUESTION_IDS.map((q) => [q, { enumerable: true, get: () => schemas()[q] }])),
);

/**
 * Answers to the screening questions, as a clinic's intake record or the wizard's
 * saved state. Every key is optional (a path asks only some questions); unknown keys
 * are rejected, and nothing is coerced. Free text is never part of it. The fit
 * questions (`child`, `disability`, `grounds`) only choose which other routes to
 * recommend when this route is closed; a record may leave them out.
 */
export const answersSchema = z.lazy(() => answersObject());

/** The object schema `answersSchema` stands for: parseAnswers() uses it directly, without the lazy wrapper, for a batch's sake. */
export const answersObject = once(() =>
  z.strictObject(
    Object.fromEntries(Object.entries(answerSchemas).map(([k, s]) => [k, z.optional(s)])) as {
      [Q in QuestionId]: z.ZodMiniOptional<AnswerSchemas[Q]>;
    },
  ),
);

export type Answers = z.infer<typeof answersSchema>;
export type AnswerValue<Q extends QuestionId> = NonNullable<Answers[Q]>;
