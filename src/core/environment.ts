import * as z from 'zod/mini';
import { COMPLAINT_PROCEDURES_SOURCE } from '../data/complaint-procedures.js';
import { STATES_PARTIES } from '../data/states-parties.js';
import { today, type CalendarDate } from './dates.js';
import { toValidationError } from './errors.js';
import { statesPartiesSchema, type StateRecord, type StatesPartiesData } from './parties.js';
import { complaintProceduresSchema, parseProceduresCsv, type ComplaintProceduresData } from './procedures.js';
import { calendarDate } from './schema-parts.js';

/** What an assessment is made against: the day, and the datasets in force. */
export interface Environment {
  asOf: CalendarDate;
  parties: StatesPartiesData;
  procedures: ComplaintProceduresData;
  /** Signatories and parties by ISO code. */
  partyByCode: ReadonlyMap<string, StateRecord>;
  /** Every State a complaint can name (the UN Treaty Collection participants). */
  knownStates: ReadonlySet<string>;
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

function validate<T>(schema: z.ZodMiniType<T>, value: unknown, input: 'parties' | 'procedures' | 'options'): T {
  const result = z.safeParse(schema, value);
  if (!result.success) throw toValidationError(input, result.error.issues);
  return result.data;
}

// Host data is validated once per object: a clinic screening 10,000 records with the
// same dataset pays for the check once.
const validated = new WeakMap<object, unknown>();
function validateOnce<T>(schema: z.ZodMiniType<T>, value: unknown, input: 'parties' | 'procedures'): T {
  if (value === null || typeof value !== 'object') return validate(schema, value, input);
  if (!validated.has(value)) validated.set(value, validate(schema, value, input));
  return validated.get(value) as T;
}

const DEFAULT_PROCEDURES = parseProceduresCsv(COMPLAINT_PROCEDURES_SOURCE);
const asOfOption = z.object({ asOf: calendarDate });

/** Validates the options and datasets and indexes them. Throws ValidationError. */
export function createEnvironment(options: EnvironmentOptions = {}): Environment {
  const asOf = options.asOf === undefined ? today() : validate(asOfOption, options, 'options').asOf;
  const parties = validateOnce(statesPartiesSchema, options.parties ?? STATES_PARTIES, 'parties');
  const procedures = validateOnce(complaintProceduresSchema, options.procedures ?? DEFAULT_PROCEDURES, 'procedures');
  return { asOf, parties, procedures, ...indexes(parties, procedures) };
}

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
