import { compareDates, isCalendarDate, today, type CalendarDate } from './dates.js';
import { statesPartiesSchema, type StateRecord, type StatesPartiesData } from './parties.js';
import { complaintProceduresSchema, type ComplaintProceduresData } from './procedures.js';
import { describeValue, guarded, ValidationError } from './errors.js';
import { calendarDate } from './schema-parts.js';
import { SHIPPED, type ShippedData } from './shipped-data.js';
import { validate, validateOnce } from './validate.js';

/**
 * What an assessment is made against: the day, and the datasets in force. A host's
 * datasets are validated when the environment is created; the shipped ones on the first
 * read of any field but `asOf` and `stateChoices` (see shipped-data.ts). Read-only, and
 * frozen: a new day or new data is a new environment, validated, never an edit of this one.
 */
export interface Environment {
  readonly asOf: CalendarDate;
  readonly parties: StatesPartiesData;
  readonly procedures: ComplaintProceduresData;
  /** Signatories and parties by ISO code. */
  readonly partyByCode: ReadonlyMap<string, StateRecord>;
  /** Every State a complaint can name (the UN Treaty Collection participants). */
  readonly knownStates: ReadonlySet<string>;
  /**
   * The States the country question offers: the same codes as `knownStates`. With the
   * shipped datasets, reading it checks their codes only, so that the first question does
   * not wait for their full validation; deciding anything reads the other fields.
   */
  readonly stateChoices: ReadonlySet<string>;
}

/** Options shared by `assess()`, the machine's input and the element. */
export interface EnvironmentOptions {
  /**
   * The assessment date, 'YYYY-MM-DD'; defaults to today on the local calendar, also when
   * undefined (an intake record's empty date column, under `exactOptionalPropertyTypes`).
   */
  asOf?: string | undefined;
  /** Newer States-Parties data; validated, and rejected with a ValidationError naming the bad field. */
  parties?: unknown;
  /** Newer complaint-procedures data, validated the same way. */
  procedures?: unknown;
}

// A host's table is compared with the shipped one once, however many records use it.
const keepsShippedParties = new WeakSet<StatesPartiesData>();

/**
 * Throws a ValidationError naming each State the shipped table has as a party by `table`'s
 * own "as of" day that `table` does not. A table of the new rows alone, or one that lost a
 * deposit, would silently make Spain, a party since 2010, a State that has not joined
 * (art. 1(2)): every result for it closed. (A denunciation, art. 20, is not a row taken
 * out either: it is the row's `denouncedOn`.)
 */
function keepShippedParties(table: StatesPartiesData, shipped: ShippedData): void {
  if (keepsShippedParties.has(table)) return;
  const { asOf, states } = shipped.parties();
  const given = new Map(table.states.map((s, i) => [s.code, { record: s, i }]));
  const issues = states.flatMap(({ code, consentedOn }) => {
    if (consentedOn === null || compareDates(consentedOn, table.asOf) > 0) return [];
    const found = given.get(code);
    const shippedSays = `a party since ${consentedOn} in the shipped table (as of ${asOf})`;
    if (!found) return [{ path: 'states', code: 'required' as const, message: `lists no record for ${code}, ${shippedSays}: start from createEnvironment().parties and change what changed` }];
    if (found.record.consentedOn === null) return [{ path: `states.${found.i}.consentedOn`, code: 'required' as const, message: `is null, but ${code} is ${shippedSays}` }];
    return [];
  });
  if (issues.length) throw new ValidationError('parties', issues);
  keepsShippedParties.add(table);
}

/**
 * Validates the options and the host's datasets (each by its schema, then the States-Parties
 * codes against the complaint-procedures table, and its parties against the shipped ones), and indexes the datasets when read. Throws ValidationError.
 */
export function createEnvironment(options: EnvironmentOptions = {}): Environment {
  return environmentOver(SHIPPED, options);
}

/** createEnvironment() over the given shipped data: tests pass broken data to see it caught. */
export function environmentOver(shipped: ShippedData, given: EnvironmentOptions): Environment {
  const options = checkedOptions(given);
  const asOf = options.asOf === undefined ? today() : checkedAsOf(options.asOf);
  const parties = options.parties === undefined ? shipped.parties : constant(validateOnce(statesPartiesSchema, options.parties, 'parties'));
  const procedures =
    options.procedures === undefined ? shipped.procedures : constant(validateOnce(complaintProceduresSchema, options.procedures, 'procedures'));
  const shippedOnly = options.parties === undefined && options.procedures === undefined;
  // A State the two tables disagree on is the fault of the one the host gave. Given both, of the
  // procedures table when every such State is a UN participant it left out, else of the parties
  // table ('CI' typed for 'CL'): the element checks a host's procedures beside its parties so.
  const blame = (codes: readonly string[]): TableBlamed =>
    options.procedures !== undefined && (options.parties === undefined || codes.every((code) => shipped.stateCodes().has(code))) ? 'procedures' : 'parties';
  const env = new LazyEnvironment(asOf, parties, procedures, shippedOnly ? shipped.stateCodes : null, blame);
  // A host's table is checked against the other one now, like its own fields, so that the
  // element refuses it when set rather than failing on the first decision.
  if (!shippedOnly) void env.knownStates;
  // After that check: a code typed wrong ('SP' for 'ES') is named as such before the State it leaves out.
  if (options.parties !== undefined) keepShippedParties(env.parties, shipped);
  // `asOf = 'garbage'` would otherwise skip the check above (its indexes, private, still fill in).
  return Object.freeze(env);
}

/** `env` if createEnvironment() made it: an untyped caller may pass options, or nothing, instead. */
export function checkedEnvironment(env: unknown): Environment {
  if (env instanceof LazyEnvironment) return env;
  throw new ValidationError('options', [
    { path: 'env', code: 'invalid', message: `must be an environment made by createEnvironment() (got ${describeValue(env)})` },
  ]);
}

/**
 * The datasets read through getters (on the prototype: `assess()` makes one environment
 * per record), so that reading one validates it on first use; the indexes are looked up
 * once per environment, since the rules read them many times per assessment.
 */
class LazyEnvironment implements Environment {
  #indexes: Indexes | null = null;

  constructor(
    readonly asOf: CalendarDate,
    private readonly partiesData: () => StatesPartiesData,
    private readonly proceduresData: () => ComplaintProceduresData,
    private readonly shippedStateCodes: (() => ReadonlySet<string>) | null,
    private readonly blame: BlameFor,
  ) {}

  get parties(): StatesPartiesData {
    return this.partiesData();
  }

  get procedures(): ComplaintProceduresData {
    return this.proceduresData();
  }

  get partyByCode(): ReadonlyMap<string, StateRecord> {
    return this.#index().partyByCode;
  }

  get knownStates(): ReadonlySet<string> {
    return this.#index().knownStates;
  }

  get stateChoices(): ReadonlySet<string> {
    return this.shippedStateCodes ? this.shippedStateCodes() : this.#index().knownStates;
  }

  #index(): Indexes {
    return (this.#indexes ??= indexes(this.partiesData(), this.proceduresData(), this.blame));
  }
}

const OPTIONS = ['asOf', 'parties', 'procedures'];

/** `options` if it is an object with no key but the known ones: a misspelt `asof` must not silently mean today. */
function checkedOptions(options: unknown): EnvironmentOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ValidationError('options', [{ path: '', code: 'invalid', message: `must be an object such as { asOf: "2026-06-01" } (got ${describeValue(options)})` }]);
  }
  // Read once, here: options that throw when read (a Proxy, a getter) are bad options, not a crash.
  return guarded('options', '', () => {
    const unknown = Object.keys(options).filter((key) => !OPTIONS.includes(key));
    if (unknown.length) {
      throw new ValidationError('options', unknown.map((key) => ({ path: key, code: 'unknown-field' as const, message: `is not a known option (${OPTIONS.join(', ')})` })));
    }
    const { asOf, parties, procedures } = options as EnvironmentOptions;
    return { asOf, parties, procedures };
  });
}

// A batch gives every record the same date: it is checked once.
let lastAsOf: CalendarDate | null = null;
/**
 * `calendarDate()` is a string passing isCalendarDate(): a date that does is taken as it
 * is, and zod parses only one that does not, to name the problem. The element's first
 * question then runs no zod parse at all (zod's parser, run for the first time, cost a
 * fraction of a millisecond there).
 */
function checkedAsOf(value: unknown): CalendarDate {
  if (lastAsOf !== null && value === lastAsOf) return lastAsOf;
  if (isCalendarDate(value)) return (lastAsOf = value);
  return (lastAsOf = validate(calendarDate(), value, 'options', ['asOf']));
}

const constant =
  <T>(value: T) =>
  (): T =>
    value;

type Indexes = Pick<Environment, 'partyByCode' | 'knownStates'>;
type TableBlamed = 'parties' | 'procedures';
/** Which host table is at fault for these States of the parties table that the procedures table lacks. */
type BlameFor = (unknownCodes: readonly string[]) => TableBlamed;
const indexCache = new WeakMap<object, WeakMap<object, Indexes>>();
function indexes(parties: StatesPartiesData, procedures: ComplaintProceduresData, blameFor: BlameFor): Indexes {
  let byProcedures = indexCache.get(parties);
  if (!byProcedures) indexCache.set(parties, (byProcedures = new WeakMap()));
  let found = byProcedures.get(procedures);
  if (!found) {
    const knownStates = new Set(procedures.states.map((s) => s.code));
    // Every UN Treaty Collection participant has a row in the procedures table: a State the
    // parties table adds beyond it is a typo ('CI' for 'CL'), or a code no complaint can name.
    const unknown = parties.states.flatMap(({ code }, i) => (knownStates.has(code) ? [] : [{ code, i }]));
    if (unknown.length) {
      const blame = blameFor(unknown.map(({ code }) => code));
      throw new ValidationError(
        blame,
        unknown.map(({ code, i }) =>
          blame === 'parties'
            ? { path: `states.${i}.code`, code: 'unknown-state' as const, message: `${code} is not a State of the complaint-procedures table (the UN Treaty Collection's participants)` }
            : { path: 'states', code: 'required' as const, message: `lists no record for ${code}, a State of the States-Parties table: start from createEnvironment().procedures and change what changed` },
        ),
      );
    }
    found = { partyByCode: new Map(parties.states.map((s) => [s.code, s])), knownStates };
    byProcedures.set(procedures, found);
  }
  return found;
}
