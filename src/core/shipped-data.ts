import * as z from 'zod/mini';
import { COMPLAINT_PROCEDURES_SOURCE } from '../data/complaint-procedures.js';
import { OTHER_ROUTES } from '../data/other-routes.js';
import { STATES_PARTIES } from '../data/states-parties.js';
import { toValidationError, type InputKind } from './errors.js';
import { once } from './memo.js';
import { statesPartiesSchema, type StatesPartiesData } from './parties.js';
import { complaintProceduresSchema, parseProceduresCsv, proceduresCsvCodes, type ComplaintProceduresData, type ProceduresCsv } from './procedures.js';
import { parseOtherRoutes, type OtherRoutesData } from './other-routes-schema.js';
import { ISO_CODE, isoCode } from './schema-parts.js';
import { validate } from './validate.js';

/**
 * The datasets this package ships, each validated by the same zod schema as a host's
 * data, but on its first use rather than when the module loads: the first question
 * (the country) needs only the States' codes, and validating the three tables in full
 * took a fifth of the time to show it. Whatever reads a dataset to decide something goes
 * through these functions, so nothing is decided with data that was not validated.
 */
export interface ShippedData {
  /** The States-Parties table, validated on the first call (a ValidationError naming the bad field otherwise). */
  parties(): StatesPartiesData;
  /** The complaint-procedures table, parsed from its CSV and validated on the first call. */
  procedures(): ComplaintProceduresData;
  /** The data behind otherRoutes(), validated on the first call. */
  otherRoutes(): OtherRoutesData;
  /**
   * The codes of every State the two tables list, for the country question: only the
   * `code` fields are checked here (by the schemas' own ISO code rule), not the rest.
   */
  stateCodes(): ReadonlySet<string>;
}

/**
 * The `code` of every row of a table, checked by the schemas' own ISO code rule: the part
 * of both tables the country question shows. The codes are tested against that rule's
 * pattern first, and zod parses them only when one fails, to name the problem where the
 * full check names it: the shipped tables pass, and parsing ~250 codes, zod's parser run
 * for the first time, took about 1 ms before the first question.
 */
function stateCodesOf(table: unknown, input: InputKind): string[] {
  const rows = (table as { states?: unknown } | null)?.states;
  const codes = Array.isArray(rows) ? rows.map((row) => (row as { code?: unknown } | null)?.code) : rows;
  if (Array.isArray(codes) && codes.every((code) => typeof code === 'string' && ISO_CODE.test(code))) return codes as string[];
  const result = z.safeParse(z.array(isoCode()), codes);
  if (result.success) return result.data;
  throw toValidationError(
    input,
    result.error.issues.map((issue) => ({ ...issue, path: issue.path.length ? ['states', issue.path[0]!, 'code'] : ['states'] })),
  );
}

/** The raw shipped data, read only when first asked for. */
export interface ShippedSources {
  parties: () => unknown;
  procedures: () => ProceduresCsv;
  otherRoutes: () => unknown;
}

/** Lazily validated datasets over `sources` (tests pass broken sources to see them caught). */
export function shippedData(sources: ShippedSources): ShippedData {
  return {
    parties: once(() => validate(statesPartiesSchema, sources.parties(), 'parties')),
    procedures: once(() => validate(complaintProceduresSchema, parseProceduresCsv(sources.procedures()), 'procedures')),
    otherRoutes: once(() => parseOtherRoutes(sources.otherRoutes())),
    stateCodes: once(
      () => new Set([...stateCodesOf(proceduresCsvCodes(sources.procedures()), 'procedures'), ...stateCodesOf(sources.parties(), 'parties')]),
    ),
  };
}

/** What the package ships with. */
export const SHIPPED: ShippedData = shippedData({
  parties: () => STATES_PARTIES,
  procedures: () => COMPLAINT_PROCEDURES_SOURCE,
  otherRoutes: () => OTHER_ROUTES,
});

/**
 * Validates the shipped datasets now rather than at their first use: a server can fail
 * at boot instead of on its first record, and the element does it when the browser is
 * idle after the first question, so the first answer does not wait. Throws ValidationError.
 */
export function validateShippedData(): void {
  for (const table of SHIPPED_TABLES) SHIPPED[table]();
}

/** The shipped datasets, by the name of the function that validates and returns each. */
export const SHIPPED_TABLES = ['parties', 'procedures', 'otherRoutes'] as const;

