import * as z from 'zod/mini';
import { addDays, addMonths, compareDates, isCalendarDate, type CalendarDate } from './dates.js';
import type { DeepReadonly } from './freeze.js';
import { afterAsOf, calendarDate, isoCode, oneRecordPerState } from './schema-parts.js';

/** The Protocol entered into force on 5 May 2013 (art. 18(1)); no State is bound earlier. */
const PROTOCOL_IN_FORCE: CalendarDate = '2013-05-05';

/**
 * The States-Parties table with its provenance. Built on its first use (`z.lazy`), like
 * every dataset schema: building them all when the module loads took longer than
 * rendering the first question.
 */
export const statesPartiesSchema = z.lazy(() => {
  const flagField = z.enum(['signedOn', 'consentedOn', 'article10', 'article11', 'entryIntoForce']);

  /** One State that signed and/or became a party to the OP-ICESCR. */
  const stateRecord = z.strictObject({
    /** ISO 3166-1 alpha-2. */
    code: isoCode(),
    /** Date of signature; null when the State acceded without signing. */
    signedOn: z.nullable(calendarDate()),
    /** Deposit of the instrument of ratification or accession; null while only signed. */
    consentedOn: z.nullable(calendarDate()),
    consentKind: z.nullable(z.enum(['ratification', 'accession'])),
    /** Opt-in declaration for inter-State communications (art. 10); null when unconfirmed. */
    article10: z.nullable(z.boolean()),
    /** Opt-in declaration for the inquiry procedure (art. 11); null when unconfirmed. */
    article11: z.nullable(z.boolean()),
    /**
     * The day the Secretary-General received the State's notice that it leaves the Protocol
     * (art. 20(1)); absent or null when it has not. It takes effect six months later, which
     * is computed (denunciation()), never stored.
     */
    denouncedOn: z.optional(z.nullable(calendarDate())),
    /** Fields that could not be confirmed against a primary source: the UI shows a caution. */
    unconfirmed: z.array(flagField),
    /** Why something is flagged, or a fact worth knowing (reservations, declarations). */
    note: z.optional(z.string().check(z.maxLength(1000))),
  });

  return z
    .strictObject({
      source: z.string().check(z.minLength(1), z.maxLength(1000)),
      asOf: calendarDate(),
      states: z.array(stateRecord).check(z.minLength(1), z.maxLength(250), oneRecordPerState()),
    })
    .check(z.check((ctx) => ctx.value.states.forEach((state, i) => checkRecord(state, i, ctx.value.asOf, (issue) => ctx.issues.push(issue)))));
});

type Report = (issue: { code: 'custom'; message: string; input: unknown; path: PropertyKey[] }) => void;

/**
 * What a hand-edited record gets wrong and the field checks cannot see: the dates in the
 * wrong order, a deposit the list's "as of" date cannot know yet (a typo in the year, or
 * an "as of" left behind), a kind of consent that does not match the dates, or a State
 * that leaves the Protocol before joining it. Each would silently change who is bound,
 * and from when (arts 18(2) and 20(1)).
 */
function checkRecord(state: StateRecord, i: number, asOf: string, report: Report): void {
  const problem = (field: keyof StateRecord, message: string) =>
    report({ code: 'custom', message, input: state[field], path: ['states', i, field] });
  // A field with a malformed value is reported as such already: compare only real dates.
  const signed = isCalendarDate(state.signedOn) ? state.signedOn : null;
  const consented = isCalendarDate(state.consentedOn) ? state.consentedOn : null;
  const denounced = isCalendarDate(state.denouncedOn) ? state.denouncedOn : null;
  for (const field of ['signedOn', 'consentedOn', 'denouncedOn'] as const) {
    const late = afterAsOf(state[field], asOf);
    if (late) problem(field, late);
  }
  if (denounced && consented && compareDates(denounced, consented) < 0) problem('denouncedOn', `(${denounced}) is before consentedOn (${consented}): only a party can leave the Protocol`);
  if (state.denouncedOn != null && state.consentedOn === null) problem('denouncedOn', 'must be null while consentedOn is null: only a party can leave the Protocol');
  if (signed && consented && compareDates(consented, signed) < 0) problem('consentedOn', `(${consented}) is before signedOn (${signed}): the deposit comes after the signature`);
  if (state.consentedOn === null && state.consentKind !== null) problem('consentKind', 'must be null while consentedOn is null (signed only)');
  if (state.consentedOn !== null && state.consentKind === null) problem('consentKind', 'must be "ratification" or "accession" when consentedOn is set');
  if (state.consentKind === 'ratification' && state.signedOn === null) problem('signedOn', 'is required for a ratification: a State that joins without signing accedes ("accession")');
}

/** The States-Parties table: `parties` in `assess()`'s options, `createEnvironment()` and the element; frozen once validated. */
export type StatesPartiesData = DeepReadonly<z.infer<typeof statesPartiesSchema>>;
/** One State that signed and/or became a party to the OP-ICESCR. */
export type StateRecord = StatesPartiesData['states'][number];

/** When the Protocol binds a State, and whether the three-month rule hit a short month. */
export interface EntryIntoForce {
  date: CalendarDate;
  /**
   * Set when "three months after" a deposit on e.g. 31 January has two readings
   * (30 April or 1 May): facts falling from `date` up to, not including, this day
   * need a human to check which reading the UN applies.
   */
  ambiguousUntil: CalendarDate | null;
}

/**
 * Whether the State had deposited its instrument by `asOf`, whatever happened since: the
 * day it joined is a fact of the record even after it left.
 */
export function depositedBy(record: StateRecord | undefined, asOf: CalendarDate): boolean {
  return !!record?.consentedOn && compareDates(record.consentedOn, asOf) <= 0;
}

/**
 * Whether the State was a party on `asOf`: it had deposited its instrument (a party from
 * that day, art. 1(2), though the Protocol applies there only from its entry into force),
 * and had not left by then (art. 20).
 */
export function partyOn(record: StateRecord | undefined, asOf: CalendarDate): boolean {
  return depositedBy(record, asOf) && denunciation(record!, asOf)?.left !== true;
}

/** A State's notice that it leaves the Protocol, as known on a given day (art. 20). */
export interface Denunciation {
  /** The day the Secretary-General received the notice. */
  notifiedOn: CalendarDate;
  /** The day it takes effect: six months later (art. 20(1)). */
  effective: CalendarDate;
  /** The last day a complaint can be sent and still be examined (art. 20(2)): the day before `effective`. */
  lastDay: CalendarDate;
  /** Whether the State had left by the day asked about. */
  left: boolean;
}

/**
 * The State's notice of leaving the Protocol, if the Secretary-General had received it by
 * `asOf` (a notice on a later day had not been given on that day). "Six months after" a
 * notice on 31 August has two readings (28 or 29 February, or 1 March): the earlier is
 * taken, so the last day said is in time on both, and the day between is said closed.
 */
export function denunciation(record: StateRecord, asOf: CalendarDate): Denunciation | null {
  const notifiedOn = record.denouncedOn;
  if (!notifiedOn || compareDates(notifiedOn, asOf) > 0) return null;
  const effective = addMonths(notifiedOn, 6).date;
  return { notifiedOn, effective, lastDay: addDays(effective, -1), left: compareDates(effective, asOf) <= 0 };
}

/** The day the State signed, if it had by `asOf` (a later signature had not happened on that day). */
export function signedBy(record: StateRecord | undefined, asOf: CalendarDate): CalendarDate | null {
  return record?.signedOn && compareDates(record.signedOn, asOf) <= 0 ? record.signedOn : null;
}

// Every rule about dates asks this of the same few records: compute it once per record.
const computed = new WeakMap<StateRecord, EntryIntoForce | null>();

/** Entry into force for a State: the later of 5 May 2013 and three months after deposit (art. 18(2)). */
export function entryIntoForce(record: StateRecord): EntryIntoForce | null {
  if (!computed.has(record)) computed.set(record, compute(record));
  return computed.get(record)!;
}

function compute(record: StateRecord): EntryIntoForce | null {
  if (!record.consentedOn) return null;
  const { date, overflow } = addMonths(record.consentedOn, 3);
  if (compareDates(date, PROTOCOL_IN_FORCE) < 0) return { date: PROTOCOL_IN_FORCE, ambiguousUntil: null };
  return { date, ambiguousUntil: overflow };
}
