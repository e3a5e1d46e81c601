import * as z from 'zod/mini';
import { SITUATION_IDS } from '../data/rights.js';
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
  STATE_UNLISTED,
  UNKNOWN,
  YES_NO_UNKNOWN,
  YES_NO_UNKNOWN_PREFER_NOT,
  type QuestionId,
} from './questions.js';
import { guarded, toValidationError, ValidationError } from './errors.js';
import { once } from './memo.js';
import { dateString, isoCode, noDuplicates } from './schema-parts.js';

/*
 * The schemas are built on their first use, not when the module loads: with the others
 * (assessment, datasets) they took longer to build than the first question to render.
 */
function buildAnswerSchemas() {
  const yesNoUnknown = z.enum(YES_NO_UNKNOWN);
  // The message names "unknown" too, the other answer a date question takes.
  const dateOrUnknown = z.union([dateString(', or "unknown"'), z.literal(UNKNOWN)]);
  return {
    state: z.union([isoCode(), z.literal(STATE_UNLISTED)]),
    jurisdiction: yesNoUnknown,
    author: z.enum(AUTHORS),
    consentJustification: z.enum(CONSENT_JUSTIFICATIONS),
    rights: z
      .array(z.enum(SITUATION_IDS))
      .check(
        z.minLength(1, 'must list at least one situation'),
        z.maxLength(SITUATION_IDS.length),
        noDuplicates('a situation'),
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
        z.minLength(1, 'must list at least one answer'),
        noDuplicates('a ground'),
        z.refine((list) => list.length <= 1 || !list.some((g) => (EXCLUSIVE_GROUNDS as readonly string[]).includes(g)), {
          message: 'mixes "none", "unknown" or "prefer-not" with a ground',
        }),
      ),
  } satisfies Record<QuestionId, z.ZodMiniType>;
}

type AnswerSchemas = ReturnType<typeof buildAnswerSchemas>;
const schemas = once(buildAnswerSchemas);

/** The schema of each answer, by question (all built on the first read of any). */
const answerSchemas: AnswerSchemas = Object.defineProperties(
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

/** A person's answers, or an intake record, keyed by question id: what `assess()` and the element's `answers` take. */
export type Answers = z.infer<typeof answersSchema>;

// Intake records repeat the same few answers: each question remembers what its schema
// made of a text answer or of a list of texts (bounded, since a wrong State code could be
// anything). The schema's result is never handed out: each caller gets its own list.
const CACHE_LIMIT = 1000;
const INVALID = Symbol('invalid');
const parsedTexts = new Map<QuestionId, Map<string, unknown>>();
const parsedLists = new Map<QuestionId, Map<string, unknown>>();

/**
 * The most answers a list question holds: each of its options once. A longer list is refused
 * before its items are read: a list of a million (a broken import, a hostile host) held the
 * page up for seconds, and its text stayed in memory as a key of the caches above.
 */
const LONGEST_LISTS: Partial<Record<QuestionId, number>> = { rights: SITUATION_IDS.length, grounds: GROUNDS.length };

/** `value` is a list longer than any valid answer to `question` (a question that takes no list takes none). */
const tooLong = (question: QuestionId, value: unknown): boolean => Array.isArray(value) && value.length > (LONGEST_LISTS[question] ?? 0);

/** The list question whose answer in `record` is longer than any valid one, with its limit, or null. */
function tooLongList(record: Record<string, unknown>): { question: QuestionId; longest: number } | null {
  for (const [question, longest] of Object.entries(LONGEST_LISTS) as [QuestionId, number][]) {
    if (tooLong(question, record[question])) return { question, longest };
  }
  return null;
}

/** `value` parsed by the schema of `question`, or undefined when it is not a valid answer (no valid answer is undefined). */
export function parseAnswer(question: QuestionId, value: unknown): unknown {
  if (tooLong(question, value)) return undefined;
  const text = typeof value === 'string';
  const key = text ? value : listKey(value);
  if (key === null) return orUndefined(bySchema(question, value));
  const byQuestion = text ? parsedTexts : parsedLists;
  let known = byQuestion.get(question);
  if (!known) byQuestion.set(question, (known = new Map()));
  let parsed = known.get(key);
  if (parsed === undefined) {
    parsed = bySchema(question, value);
    if (known.size < CACHE_LIMIT) known.set(key, parsed);
  }
  return Array.isArray(parsed) ? [...parsed] : orUndefined(parsed);
}

/** A list of texts as one text (each followed by a line break), or null for anything else or a text holding a line break. */
function listKey(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  let key = '';
  for (const item of value) {
    if (typeof item !== 'string' || item.includes('\n')) return null;
    key += `${item}\n`;
  }
  return key;
}

function bySchema(question: QuestionId, value: unknown): unknown {
  const result = z.safeParse(answerSchemas[question] as z.ZodMiniType, value);
  return result.success ? result.data : INVALID;
}

const orUndefined = (parsed: unknown) => (parsed === INVALID ? undefined : parsed);

const QUESTION_SET: ReadonlySet<string> = new Set(QUESTION_IDS);

/**
 * What `answersObject()` makes of a valid record, worked out answer by answer with
 * parseAnswer(), or null when anything is wrong (the object schema then names every
 * problem). zod's object schema does more work per key, and is most of what a batch
 * spends on validation. The same rules as zod's strict object: any non-array object;
 * every key `for…in` lists must be a question; each question `in` it is read, a present
 * `undefined` kept as such; the result has the questions in schema order.
 */
export function parseValidRecord(input: unknown): Answers | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  for (const key in input) if (!QUESTION_SET.has(key)) return null;
  const record = input as Record<string, unknown>;
  const parsed: Record<string, unknown> = {};
  for (const q of QUESTION_IDS) {
    if (!(q in record)) continue;
    const value = record[q];
    const answer = value === undefined ? undefined : parseAnswer(q, value);
    if (answer === undefined && value !== undefined) return null;
    parsed[q] = answer;
  }
  return parsed as Answers;
}

/** Whether two valid sets of answers say the same: the same questions, each with the same answer (a list in the same order). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a) as QuestionId[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((q) => {
    const [x, y] = [a[q], b[q]];
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
    return x === y && Object.prototype.hasOwnProperty.call(b, q);
  });
}

/** Validates an intake record without assessing it. Throws ValidationError naming the field. */
export function parseAnswers(input: unknown): Answers {
  return guarded('answers', '', () => {
    const valid = parseValidRecord(input);
    if (valid) return valid;
    const long = typeof input === 'object' && input !== null ? tooLongList(input as Record<string, unknown>) : null;
    if (long) throw new ValidationError('answers', [{ path: long.question, code: 'invalid', message: `lists more than ${long.longest} answers` }]);
    const result = z.safeParse(answersObject(), input);
    if (!result.success) throw toValidationError('answers', result.error.issues, input);
    return result.data;
  });
}
