import * as z from 'zod/mini';
import { answersSchema } from './answers.js';
import { ASSESSMENT_SCHEMA_VERSION, type Assessment } from './assessment.js';
import { once } from './memo.js';
import { STATE_UNLISTED } from './questions.js';
import { FIT_LIMITS, ROUTE_CAVEATS, SAME_MATTER_INSTRUMENTS } from './other-routes-schema.js';
import { calendarDate, computedDate, isoCode } from './schema-parts.js';

/*
 * The schema of an Assessment as it leaves the element (the `op-eligibility-complete`
 * event, the hand-off JSON a clinic downloads). Strict objects: a field added to the
 * Assessment fails validation until the schema names it too, so that no addition slips
 * out unnoticed. Until the package's first release (0.x), optional keys are added within
 * version 2 (`listAsOf`, `denouncedOn`, `yearCutShort`); after it, a key an earlier release
 * would refuse bumps ASSESSMENT_SCHEMA_VERSION. Codes are lower-case ids, never prose: the
 * hand-off carries no free text typed by the person (the answers are validated by the
 * answers schema itself).
 */

/*
 * Built on first use, not when the module loads (see answers.ts): nothing before the
 * first result needs it.
 */
function buildAssessmentSchema() {
  const code = z.string().check(z.regex(/^[a-z][a-z0-9_-]*$/, 'must be a lower-case code'));
  const key = (prefix: string) => z.string().check(z.regex(new RegExp(`^${prefix}\\.[a-z][a-z0-9-]*$`), `must be a ${prefix}.* message key`));
  /** "1(2)", "3(2)(a)", "5": an article of the Protocol as written there. */
  const article = z.string().check(z.regex(/^\d+(\(\d+\))?(\([a-z]\))?$/, 'must be an article such as "3(2)(a)"'));
  // Deadlines and entries into force are computed: from a day in 9998 they fall in 9999.
  const nullableDate = z.nullable(computedDate());
  const provenance = z.strictObject({ source: z.string().check(z.minLength(1), z.maxLength(1000)), asOf: calendarDate() });

  const optionalDate = z.optional(nullableDate);
  const optionalCode = z.optional(z.nullable(code));
  const reason = z.strictObject({
    code,
    article,
    severity: z.enum(['unavailable', 'bar', 'review', 'info']),
    messageKey: key('reason'),
    // ReasonData (reasons.ts), key by key: a fact a case system does not know is refused.
    data: z.optional(
      z.strictObject({
        entryIntoForce: optionalDate,
        consentedOn: optionalDate,
        unconfirmed: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
        signedOn: optionalDate,
        listAsOf: optionalDate,
        denouncedOn: optionalDate,
        leavesOn: optionalDate,
        factsDate: optionalDate,
        finalDecision: optionalDate,
        deadline: optionalDate,
        otherReading: optionalDate,
        justification: optionalCode,
        body: optionalCode,
        optedIn: z.optional(z.boolean()),
        yearCutShort: z.optional(z.boolean()),
      }),
    ),
  });

  return z.strictObject({
    schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
    engineVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be a version such as "1.2.0"')),
    outcome: z.enum(['likely-admissible', 'not-admissible', 'needs-review', 'not-available']),
    reasons: z.array(reason),
    questions: z.array(z.string().check(z.regex(/^[a-z][A-Za-z]*$/, 'must be a question id'))),
    answers: answersSchema,
    state: z.nullable(
      z.strictObject({
        code: z.union([isoCode(), z.literal(STATE_UNLISTED)]),
        party: z.boolean(),
        signedOn: nullableDate,
        consentedOn: nullableDate,
        entryIntoForce: nullableDate,
        // The names of the States-Parties fields not confirmed ('entryIntoForce'), as the table writes them.
        unconfirmed: z.array(z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/, 'must be a field name'))),
      }),
    ),
    rights: z.array(
      z.strictObject({ situation: code, covenantArticles: z.array(z.string().check(z.maxLength(20))), generalComments: z.array(z.number()) }),
    ),
    dates: z.strictObject({ asOf: calendarDate(), entryIntoForce: nullableDate, finalDecision: nullableDate, deadline: nullableDate }),
    nextSteps: z.array(
      z.strictObject({
        code,
        messageKey: key('next'),
        // NextStepData (next-steps.ts), key by key, as for a reason.
        data: z.optional(
          z.strictObject({
            certain: z.optional(z.boolean()),
            open: z.optional(z.boolean()),
            urgentAction: z.optional(z.boolean()),
            examinedElsewhere: z.optional(z.boolean()),
            deadline: optionalDate,
            reading: z.optional(z.literal('later')),
            entryIntoForce: optionalDate,
            left: z.optional(z.boolean()),
            unsure: z.optional(z.boolean()),
            nameMissing: z.optional(z.boolean()),
            beforeFacts: z.optional(z.boolean()),
          }),
        ),
      }),
    ),
    routes: z.array(
      z.strictObject({
        kind: z.enum(['treaty-body', 'regional', 'special-procedures', 'campaign']),
        procedure: code,
        body: code,
        acceptedOn: nullableDate,
        // UN committees only; case files saved before routes carried it still pass.
        appliesFrom: z.optional(computedDate()),
        timeLimitEnds: z.optional(computedDate()),
        // Beside another body's examination only; case files saved before routes carried it still pass.
        sameMatter: z.optional(
          z.strictObject({ articles: z.array(z.string().check(z.maxLength(20))).check(z.minLength(1), z.maxLength(3)), in: z.enum(SAME_MATTER_INSTRUMENTS) }),
        ),
        fit: z.enum(['recommended', 'possible']),
        because: z.array(
          z.union([
            z.strictObject({
              kind: z.literal('situation'),
              situation: code,
              articles: z.array(z.string().check(z.maxLength(20))),
              onlyFor: z.optional(z.enum(FIT_LIMITS)),
            }),
            z.strictObject({ kind: z.literal('child') }),
            z.strictObject({ kind: z.literal('disability') }),
            z.strictObject({ kind: z.literal('ground'), ground: code }),
            z.strictObject({ kind: z.literal('consent'), justification: code }),
          ]),
        ),
        caveats: z.array(z.enum(ROUTE_CAVEATS)),
        mandates: z.optional(z.array(code)),
        actions: z.optional(z.array(code)),
        // Optional: case files saved before routes carried their date still pass.
        asOf: z.optional(calendarDate()),
      }),
    ),
    data: z.strictObject({ parties: provenance, procedures: provenance }),
    training: z.optional(z.strictObject({ scenario: z.nullable(code) })),
  });
}

const schema = once(buildAssessmentSchema);

/** An Assessment as the element and `assess()` give it out. */
export const assessmentSchema = z.lazy(() => schema());

/** An Assessment read back from JSON (a clinic's case file): validated, never coerced. */
export type AssessmentRecord = z.infer<typeof assessmentSchema>;

// The schema must describe every Assessment the engine builds: checked at compile time.
type Describes<T extends AssessmentRecord> = T;
export type CheckedAssessment = Describes<Assessment>;
