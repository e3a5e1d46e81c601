import * as z from 'zod/mini';
import { today, type CalendarDate } from './dates.js';
import { statesPartiesSchema, type StateRecord, type StatesPartiesData } from './parties.js';
import { complaintProceduresSchema, type ComplaintProceduresData } from './procedures.js';
import { calendarDate } from './schema-parts.js';
import { SHIPPED, validate, type ShippedData } from './shipped-data.js';

/**
 * What an assessment is made against: the day, and the datasets in force. A host's
 * datasets are validated when the environment is created; the shipped ones on the first
 * read of any field but `asOf` and `stateChoices` (see shipped-data.ts).
 */
export interface Environment {
  asOf: CalendarDate;
  parties: StatesPartiesData;
  procedures: ComplaintProceduresData;
  /** Signatories and parties by ISO code. */
  partyByCode: ReadonlyMap<string, StateRecord>;
  /** Every State a complaint can name (the UN Treaty Collection participants). */
  knownStates: ReadonlySet<string>;
  /**
   * The States the country question offers: the same codes as `knownStates`. With the
   * shipped datasets, reading it checks their codes only, so that the first question does
   * not wait for their full validation; deciding anything reads the other fields.
   */
  stateChoices: ReadonlySet<string>;
}

/** Options shared by `assess()`, the machine's input and the element. */
export interface EnvironmentOptions {
  /** The assessment date, 'YYYY-MM-DD'; defaults to today on the local calendar. */
  asOf?: string;
  /** Newer States-Parties data; validated, and rejected with a ValidationError naming the bad field. */
  parties?: unknown;
  /** Newer complaint-procedures data, validated the same way. */
  procedures?: unknown;
}

// Host data is validated once per object: a clinic screening 10,000 records with the
// same dataset pays for the check once.
const validated = new WeakMap<object, unknown>();
function validateOnce<T>(schema: z.ZodMiniType<T>, value: unknown, input: 'parties' | 'procedures'): T {
  if (value === null || typeof value !== 'object') return validate(schema, value, input);
  if (!validated.has(value)) validated.set(value, validate(schema, value, input));
  return validated.get(value) as T;
}

/** Validates the options and the host's datasets, and indexes the datasets when read. Throws ValidationError. */
export function createEnvironment(options: EnvironmentOptions = {}): Environment {
  return environmentOver(SHIPPED, options);
}

/** createEnvironment() over the given shipped data: tests pass broken data to see it caught. */
export function environmentOver(shipped: ShippedData, options: EnvironmentOptions): Environment {
  const asOf = options.asOf === undefined ? today() : validate(calendarDate, options.asOf, 'options', ['asOf']);
  const parties = options.parties === undefined ? shipped.parties : constant(validateOnce(statesPartiesSchema, options.parties, 'parties'));
  const procedures =
    options.procedures === undefined ? shipped.procedures : constant(validateOnce(complaintProceduresSchema, options.procedures, 'procedures'));
  const shippedOnly = options.parties === undefined && options.procedures === undefined;
  return {
    asOf,
    get parties() {
      return parties();
    },
    get procedures() {
      return procedures();
    },
    get partyByCode() {
      return indexes(parties(), procedures()).partyByCode;
    },
    get knownStates() {
      return indexes(parties(), procedures()).knownStates;
    },
    get stateChoices() {
      return shippedOnly ? shipped.stateCodes() : indexes(parties(), procedures()).knownStates;
    },
  };
}

const constant =
  <T>(value: T) =>
  (): T =>
    value;

type Indexes = Pick<Environment, 'partyByCode' | 'knownStates'>;
const indexCache = new WeakMap<object, WeakMap<object, Indexes>>();
function indexes(parties: StatesPartiesData, procedures: ComplaintProceduresData): Indexes {
  let byProcedures = indexCache.get(parties);
  if (!byProcedures) indexCache.set(parties, (byProcedures = new WeakMap()));
  let found = byProcedures.get(procedures);
  if (!found) {
    found = {
      partyByCode: new Map(parties.states.map((s) => [s.code, s])),
      knownStates: new Set([...procedures.states.map((s) => s.code), ...parties.states.map((s) => s.code)]),
    };
    byProcedures.set(procedures, found);
  }
  return found;
}
