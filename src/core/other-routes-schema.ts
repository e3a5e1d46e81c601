import * as z from 'zod/mini';
import { SITUATION_IDS } from '../data/rights.js';
import type { DeepReadonly } from './freeze.js';
import { PROCEDURES, type Procedure } from './procedures.js';
import { CONSENT_JUSTIFICATIONS, FIT_GROUNDS } from './questions.js';
import { calendarDate, isoCode, noDuplicates } from './schema-parts.js';
import { validate, validateOnce } from './validate.js';

/*
 * Schemas for the "other routes" data (src/data/other-routes.ts): the places a person
 * can turn to when a complaint under the OP-ICESCR is not possible. Which UN procedures
 * a State accepted is NOT here: it comes from env.procedures, the validated
 * complaint-procedures table. Only what that table cannot say lives here: who may
 * complain, what each body covers, which situations make it a likely fit, and the
 * regional systems with the States they reach.
 */

/** The UN treaty-body procedures other than this one (icescr_op), in table order. */
export const OTHER_UN_PROCEDURES = PROCEDURES.filter((p) => p !== 'icescr_op') as Exclude<Procedure, 'icescr_op'>[];
type OtherUnProcedure = Exclude<Procedure, 'icescr_op'>;

/**
 * Caveats a route can carry. Each is a code the UI turns into a message
 * (`caveat.<code>`); none is prose.
 * - urgent-measures: harm is about to happen (`urgency`), and the body can ask the State to act
 *   at once, with a complaint (`interimMeasures`; given by otherRoutes(), first);
 * - urgent-measures-without-complaint: the same, even with no complaint sent (the
 *   Inter-American Commission's precautionary measures);
 * - urgent-appeals: harm is about to happen, and the UN experts can send the government an urgent
 *   appeal, with no courts first (the Special Procedures; given by otherRoutes(), first);
 * - reservations-may-limit: the State's reservations or declarations may narrow the procedure;
 * - same-matter-bar: a matter examined there may later be barred under OP-ICESCR art. 3(2)(c);
 * - examined-elsewhere: the person said another international body has examined, or is
 *   examining, the matter; said once above the routes, each complaint route saying its own rule
 *   with one of the six below (given by otherRoutes(), from the route's `sameMatter`);
 * - same-matter-refused: its own rule bars a matter another body has examined or is examining;
 * - same-matter-while-pending: its own rule bars it only while another body is examining it;
 * - same-matter-extended-by-reservations: beside the one above, where many States' reservations
 *   bar a matter already examined too (`sameMatter.extendedByReservations`);
 * - same-matter-no-rule: it has no such rule of its own;
 * - same-matter-may-refuse: its rule is not in the data (no `sameMatter`), or, the person having said
 *   another UN committee, it is one (it may be that one): it may refuse it;
 * - same-matter-here: the person said this very body has the matter (the European Court): follow it there;
 * - jurisdiction-needed: the person said it did not happen in the State or under its control (`jurisdiction` 'no');
 *   this body too takes a complaint against a State only for what did (given by otherRoutes());
 * - victim-needed: an organisation complains in its own name, with no named person who was harmed (`author`
 *   'organisation'); this body takes a complaint only for people who were (given by otherRoutes(); not where
 *   an organisation may complain in its own name, `who.organisations`);
 * - name-needed: the person said nobody can know who the person harmed is (`identity` 'anonymous'); this body
 *   needs the name too (given by otherRoutes(); not where an organisation may complain in its own name, `who.organisations`);
 * - consent-needed: the person acts for others who have not agreed, with no reason why they cannot (`consentJustification`
 *   'none'); this body needs their agreement too (given by otherRoutes(), where `who.consentNeeded`);
 * - remedies-first: the courts or authorities in the country have not decided the problem
 *   yet, and this body too waits for them (`domesticRemediesFirst`; given by otherRoutes());
 * - remedies-unknown: in its place where the answers do not say whether they have (`remedies` not
 *   asked, or 'unknown'): this body waits for them too (given by otherRoutes());
 * - organisations-only: only organisations may complain, not individuals;
 * - women-and-girls-only: it takes complaints only by or for women and girls (OP-CEDAW art. 2);
 * - accepted-provisions-vary: the State accepted only some provisions of the treaty;
 * - san-salvador-petitions-limited: San Salvador Protocol petitions only on trade union rights and education;
 * - american-declaration-only: the State is not party to the American Convention; the Declaration applies;
 * - membership-unconfirmed: the State's acceptance of this route could not be confirmed;
 * - not-yet-in-force: accepted, but the procedure may not yet apply to the State on the assessment date;
 * - report-to-authorities-first: the matter must first have been put before the State's
 *   competent bodies, such as those that investigate, where possible (ICPPED art. 30(2)(c)):
 *   a report, not a final decision;
 * - disappearance-after-entry-into-force: only a disappearance that began after the
 *   Convention entered into force for the State (ICPPED art. 35);
 * - time-limit-passed: the body's own time limit after the final decision the person gave
 *   (`timeLimitMonths`) ended before the assessment date; given by otherRoutes();
 * - time-limit-may-have-passed: in its place where the limit runs from the day the person was
 *   told of the decision (`timeLimitFromNotice`), which may be later than the day it was taken;
 * - no-decision-on-the-case: the body writes to the government; it does not decide the case;
 * - not-a-complaint: campaigning, not a remedy for the person's own case.
 */
export const ROUTE_CAVEATS = [
  'urgent-measures',
  'urgent-measures-without-complaint',
  'urgent-appeals',
  'reservations-may-limit',
  'same-matter-bar',
  'examined-elsewhere',
  'same-matter-refused',
  'same-matter-while-pending',
  'same-matter-extended-by-reservations',
  'same-matter-no-rule',
  'same-matter-may-refuse',
  'same-matter-here',
  'jurisdiction-needed',
  'victim-needed',
  'name-needed',
  'consent-needed',
  'remedies-first',
  'remedies-unknown',
  'organisations-only',
  'women-and-girls-only',
  'accepted-provisions-vary',
  'san-salvador-petitions-limited',
  'american-declaration-only',
  'membership-unconfirmed',
  'not-yet-in-force',
  'report-to-authorities-first',
  'disappearance-after-entry-into-force',
  'facts-before-procedure',
  'facts-may-predate-procedure',
  'time-limit-passed',
  'time-limit-may-have-passed',
  'no-decision-on-the-case',
  'not-a-complaint',
] as const;
/** A caution on another route (`route.caveats`): one of the codes listed above. */
export type RouteCaveat = (typeof ROUTE_CAVEATS)[number];

/** What a body's own same-matter rule bars (`sameMatter.bars`). */
export const SAME_MATTER_BARS = ['pending', 'pending-or-examined', 'none'] as const;
/** Where a same-matter rule's articles are (`sameMatter.in`). */
export const SAME_MATTER_INSTRUMENTS = ['optional-protocol', 'convention', 'rules-of-procedure'] as const;
/** Whom a fit's articles protect, where not everyone (`onlyFor`): members of minorities and indigenous peoples. */
export const FIT_LIMITS = ['minorities'] as const;

/**
 * All the data behind otherRoutes(), each table with its provenance. Built on its first
 * use, like the other dataset schemas (see parties.ts).
 */
export const otherRoutesSchema = z.lazy(() => {
  const situationId = z.enum(SITUATION_IDS);
  const text = z.string().check(z.minLength(1), z.maxLength(1000));
  const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be a lower-case id such as "iachr-petitions"'));
  const messageKey = z.string().check(
    z.regex(/^route\.[a-z0-9_-]+\.[a-z0-9_-]+$/, 'must be a message key such as "route.iccpr_op1.covers"'),
  );
  const article = z.string().check(z.minLength(1), z.maxLength(40));

  /** Who may send a complaint to the body. */
  const whoSchema = z.strictObject({
    /** A person who claims to be a victim, in their own name. */
    individuals: z.boolean(),
    /** Several victims together. */
    groups: z.boolean(),
    /** Someone acting for the victims (with their consent, or justifying its absence). */
    onBehalf: z.boolean(),
    /** An organisation in its own name, without naming victims. */
    organisations: z.boolean(),
    /**
     * Someone acting for others needs their agreement, or a reason why they cannot give it
     * (`consent-needed`). Left out where not known: nothing is said.
     */
    consentNeeded: z.optional(z.boolean()),
  });

  /**
   * What makes a route a likely fit: any one trigger is enough. Situations carry the
   * articles of the route's own instrument that reach them, so a reviewer can check why.
   */
  const fitSchema = z.strictObject({
    situations: z
      .array(
        z.strictObject({
          situation: situationId,
          articles: z.array(article).check(z.maxLength(20)),
          /**
           * Whom those articles protect, where not everyone: 'minorities', the members of ethnic, religious or
           * linguistic minorities and indigenous peoples (ICCPR art. 27). Said with the reason (`onlyFor`).
           */
          onlyFor: z.optional(z.enum(FIT_LIMITS)),
        }),
      )
      .check(
        z.maxLength(SITUATION_IDS.length),
        noDuplicates('a situation', (s) => s.situation),
      ),
    /** The victim is a child (the `child` answer, or acting for a child without consent). */
    child: z.boolean(),
    /**
     * The body hears only matters about children (the African Children's Committee: its Charter is
     * for those under 18, art. 2): no trigger recommends it unless the victim is a child.
     */
    childrenOnly: z.optional(z.boolean()),
    /** The victim has a disability. */
    disability: z.boolean(),
    /** Discrimination on one of these grounds. */
    grounds: z.array(z.enum(FIT_GROUNDS)).check(noDuplicates('a ground')),
    /** Answers to "why can the victims not agree" that point to this body. */
    consentJustifications: z.array(z.enum(CONSENT_JUSTIFICATIONS)).check(noDuplicates('a reason')),
  });

  /**
   * The body's own time limit, in months after the final domestic decision (five years at
   * most: the Human Rights Committee's); null where it fixes none.
   */
  const months = z.number().check(z.int(), z.minimum(1), z.maximum(60));
  const timeLimitMonths = z.nullable(months);

  /**
   * How long after the deposit a procedure starts to apply to the State, and, for a
   * treaty whose own entry into force came after early deposits, not before that day
   * (`notBefore`: the ICPPED's 23 December 2010, art. 39(1)).
   */
  const notBefore = z.optional(calendarDate());
  const entryIntoForceSchema = z.union([
    z.strictObject({ months: z.number().check(z.int(), z.minimum(0), z.maximum(12)), notBefore }),
    z.strictObject({ days: z.number().check(z.int(), z.minimum(0), z.maximum(366)), notBefore }),
  ]);

  /**
   * The body's own rule on a matter another international body has examined or is examining (the
   * `otherProcedure` answer), from its instrument: what it bars, and the provision that says so.
   * Left out, the route may refuse it, and is not recommended beside that answer ('same-matter-may-refuse').
   */
  const sameMatterSchema = z
    .strictObject({
      /**
       * 'pending': only while another body is examining it (ICCPR-OP1 art. 5(2)(a)); 'pending-or-examined': also once
       * one has (OP-CEDAW art. 4(2)(a)); 'none': the instrument has no such rule (ICERD art. 14).
       */
      bars: z.enum(SAME_MATTER_BARS),
      /** The provision, in the instrument `in` names; none where there is no rule. */
      articles: z.array(article).check(z.maxLength(3)),
      /**
       * Whose articles: the route's optional protocol, its treaty itself (a convention), or the body's own rules of
       * procedure (the Inter-American Commission's, for a State no treaty of the system binds); left out with none.
       */
      in: z.optional(z.enum(SAME_MATTER_INSTRUMENTS)),
      /**
       * Many States' reservations or declarations bar a matter already examined too (to ICCPR-OP1 art. 5(2)(a), many
       * European States'): said as a caution beside the rule, never guessed for one State.
       */
      extendedByReservations: z.optional(z.boolean()),
      /** Where the rule was checked. */
      source: text,
    })
    .check(
      z.refine((m) => (m.bars === 'none') === (m.articles.length === 0), {
        message: 'needs the articles of the rule it names, and none where there is no rule',
        path: ['articles'],
      }),
      z.refine((m) => (m.in === undefined) === (m.articles.length === 0), {
        message: 'names the instrument of its articles, and only then',
        path: ['in'],
      }),
    );

  /**
   * The provision by which the body can ask the State to act at once against harm that cannot
   * be undone (interim, provisional or precautionary measures), and whether it can be asked
   * with no complaint sent; null when it has none, or none could be confirmed.
   */
  const interimMeasures = z.nullable(z.strictObject({ basis: text, withoutComplaint: z.boolean() }));

  /** One UN treaty-body procedure. Whether a State accepted it comes from env.procedures. */
  const treatyBodyRouteSchema = z.strictObject({
    procedure: z.enum(OTHER_UN_PROCEDURES as [OtherUnProcedure, ...OtherUnProcedure[]]),
    body: id,
    /** The treaty provision that opens the procedure, e.g. "ICCPR-OP1 arts 1-2". */
    basis: text,
    /**
     * The provision by which the courts or authorities of the State must decide first
     * (exhaustion of domestic remedies); null when the route has none.
     */
    domesticRemediesFirst: z.nullable(text),
    interimMeasures,
    sameMatter: z.optional(sameMatterSchema),
    timeLimitMonths,
    /**
     * The limit does not apply where the author shows that sending in time was not possible (OP3-CRC
     * art. 7(h), in the words of this Protocol's art. 3(2)(a)): a person who said something stopped
     * them (`lateSubmission` 'yes') is still pointed there, with the caution that the limit passed.
     */
    timeLimitUnlessImpossible: z.optional(z.boolean()),
    who: whoSchema,
    covers: messageKey,
    entryIntoForce: entryIntoForceSchema,
    /**
     * For a declaration under a treaty, the route that is the treaty itself, listed before it
     * (ced_art31: ced_art30, the ratification): the declaration never applies before the
     * treaty does for the State (ICPPED arts 31(1) and 39(2): one made with the ratification waits for its 30th day).
     */
    withTreaty: z.optional(z.enum(OTHER_UN_PROCEDURES as [OtherUnProcedure, ...OtherUnProcedure[]])),
    /** A request to act at once (the CED's urgent action to search for a person): listed before every other route when it fits. */
    urgent: z.optional(z.boolean()),
    fit: fitSchema,
    /** Caveats specific to this procedure (the general ones are added by otherRoutes()). */
    caveats: z.array(z.enum(ROUTE_CAVEATS)).check(noDuplicates('a caveat')),
  }).check(
    // otherRoutes() reads the routes in PROCEDURES order: the treaty's day is known by then.
    z.refine((r) => r.withTreaty === undefined || PROCEDURES.indexOf(r.withTreaty) < PROCEDURES.indexOf(r.procedure), {
      message: 'names a procedure that is not listed before this one',
      path: ['withTreaty'],
    }),
  );

  /** One regional route, with the States whose acceptance opens it and where that list comes from. */
  const regionalRouteSchema = z
    .strictObject({
      procedure: id,
      body: id,
      region: z.enum(['europe', 'africa', 'americas']),
      basis: text,
      /** As for a treaty body: the provision requiring domestic remedies first, or null. */
      domesticRemediesFirst: z.nullable(text),
      interimMeasures,
      sameMatter: z.optional(sameMatterSchema),
      /**
       * States for which the body's same-matter rule is another than `sameMatter`: the Inter-American Commission's
       * Rules of Procedure art. 33 where the American Convention does not bind the State (the Declaration's States;
       * Venezuela, whose denunciation of 2013 and "return" of 2019 are contested: the Rules bind every petition).
       */
      stateSameMatter: z.optional(
        z.array(z.strictObject({ states: z.array(isoCode()).check(z.minLength(1), noDuplicates('a State')), sameMatter: sameMatterSchema })),
      ),
      timeLimitMonths,
      /**
       * True where the time limit runs from the day the person (or their lawyer) was told of,
       * or served with, the final decision, not the day it was taken: the date of the decision,
       * all the tool asks, cannot show that it has passed.
       */
      timeLimitFromNotice: z.optional(z.boolean()),
      /**
       * The limit before it was shortened, for final decisions taken before `before` (the
       * European Court: six months for decisions before 1 February 2022, Protocol No. 15 art. 8(3)).
       */
      earlierTimeLimit: z.optional(z.strictObject({ before: calendarDate(), months })),
      who: whoSchema,
      covers: messageKey,
      fit: fitSchema,
      caveats: z.array(z.enum(ROUTE_CAVEATS)).check(noDuplicates('a caveat')),
      /** ISO alpha-2 codes of the States the route is open against. */
      states: z.array(isoCode()).check(z.minLength(1), z.maxLength(250), noDuplicates('a State')),
      /** Codes in `states` whose acceptance could not be confirmed: shown with a caution. */
      unconfirmed: z.array(isoCode()).check(noDuplicates('a State')),
      /** Caveats that apply only to some of the States. */
      stateCaveats: z.array(
        z.strictObject({
          caveat: z.enum(ROUTE_CAVEATS),
          states: z.array(isoCode()).check(z.minLength(1), noDuplicates('a State')),
        }),
      ),
      /** Where the list of States was checked, and as of when. */
      source: text,
      asOf: calendarDate(),
      note: z.optional(z.string().check(z.maxLength(2000))),
    })
    .check(
      // Without a limit now, otherRoutes() never reads the earlier one: it would be ignored, unseen.
      z.refine((r) => r.earlierTimeLimit === undefined || r.timeLimitMonths !== null, {
        message: 'needs a time limit of the route (timeLimitMonths is null)',
        path: ['earlierTimeLimit'],
      }),
      z.refine((r) => r.unconfirmed.every((code) => r.states.includes(code)), {
        message: 'names a State that is not in states',
        path: ['unconfirmed'],
      }),
      z.refine((r) => r.stateCaveats.every((c) => c.states.every((code) => r.states.includes(code))), {
        message: 'names a State that is not in states',
        path: ['stateCaveats'],
      }),
      z.refine((r) => (r.stateSameMatter ?? []).every((m) => m.states.every((code) => r.states.includes(code))), {
        message: 'names a State that is not in states',
        path: ['stateSameMatter'],
      }),
      z.refine((r) => new Set((r.stateSameMatter ?? []).flatMap((m) => m.states)).size === (r.stateSameMatter ?? []).reduce((n, m) => n + m.states.length, 0), {
        message: 'names a State twice',
        path: ['stateSameMatter'],
      }),
      // The Convention's articles do not bind a State that is not party to it: a host that marks one must say its rule.
      z.refine(
        (r) =>
          r.sameMatter?.in !== 'convention' ||
          r.stateCaveats.every((c) => c.caveat !== 'american-declaration-only' || c.states.every((code) => r.stateSameMatter?.some((m) => m.states.includes(code)))),
        {
          message: "names a State bound only by the American Declaration with no same-matter rule of its own in stateSameMatter (the Convention's articles do not bind it)",
          path: ['stateSameMatter'],
        },
      ),
    );

  /** A UN Special Procedures mandate and the situations it takes up. */
  const mandateSchema = z.strictObject({
    id,
    situations: z.array(situationId).check(noDuplicates('a situation')),
    disability: z.boolean(),
    grounds: z.array(z.enum(FIT_GROUNDS)).check(noDuplicates('a ground')),
  });

  return z.strictObject({
    treatyBodies: z.strictObject({
      source: text,
      asOf: calendarDate(),
      routes: z
        .array(treatyBodyRouteSchema)
        .check(
          z.minLength(1),
          noDuplicates('a procedure', (r) => r.procedure),
        ),
    }),
    regional: z.strictObject({
      routes: z
        .array(regionalRouteSchema)
        .check(noDuplicates('a procedure', (r) => r.procedure)),
    }),
    specialProcedures: z.strictObject({
      source: text,
      asOf: calendarDate(),
      procedure: id,
      body: id,
      who: whoSchema,
      covers: messageKey,
      caveats: z.array(z.enum(ROUTE_CAVEATS)).check(noDuplicates('a caveat')),
      mandates: z.array(mandateSchema).check(z.minLength(1)),
    }),
    ratificationCampaign: z.strictObject({
      source: text,
      asOf: calendarDate(),
      procedure: id,
      body: id,
      /** Who coordinates the coalition. */
      coordinator: text,
      covers: messageKey,
      /** What a person or group can do, in order; each a code the UI words. */
      actions: z.array(id).check(z.minLength(1), noDuplicates('an action')),
      caveats: z.array(z.enum(ROUTE_CAVEATS)).check(noDuplicates('a caveat')),
    }),
  });
});

/** The data behind `otherRoutes()`: newer data is validated by `parseOtherRoutes`, which returns it frozen. */
export type OtherRoutesData = DeepReadonly<z.infer<typeof otherRoutesSchema>>;
/** One UN treaty-body procedure. Whether a State accepted it comes from env.procedures. */
export type TreatyBodyRoute = OtherRoutesData['treatyBodies']['routes'][number];
/** One regional route, with the States whose acceptance opens it and where that list comes from. */
export type RegionalRoute = OtherRoutesData['regional']['routes'][number];
/** What makes a route a likely fit: any one trigger is enough. */
export type RouteFit = TreatyBodyRoute['fit'];
/** A body's own rule on a matter another international body has examined or is examining. */
export type SameMatterRule = NonNullable<TreatyBodyRoute['sameMatter']>;
/** A UN Special Procedures mandate and the situations it takes up. */
export type SpecialProcedureMandate = OtherRoutesData['specialProcedures']['mandates'][number];

/** Validates route data, and returns it frozen. Throws ValidationError naming the first bad field. */
export const parseOtherRoutes = (value: unknown): OtherRoutesData => validate(otherRoutesSchema, value, 'routes');

/** parseOtherRoutes(), once for each object: a program without types may hand otherRoutes() the raw data. */
export const checkedOtherRoutes = (value: unknown): OtherRoutesData => validateOnce(otherRoutesSchema, value, 'routes');
