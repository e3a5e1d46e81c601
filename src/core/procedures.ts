import * as z from 'zod/mini';
import type { DeepReadonly } from './freeze.js';
import { afterAsOf, calendarDate, isoCode, oneRecordPerState } from './schema-parts.js';

/**
 * The UN complaint procedures a State can accept, keyed as in the UN Treaty Collection
 * table this project ships (src/data/complaint-procedures.ts). ced_art30, the CED's urgent
 * actions, is accepted by joining the Convention: its date is the ratification's.
 */
export const PROCEDURES = Object.freeze([
  'iccpr_op1',
  'cedaw_op',
  'crpd_op',
  'crc_op3',
  'cerd_art14',
  'cat_art22',
  'ced_art30',
  'ced_art31',
  'icescr_op',
] as const);
/** One UN complaint procedure, as `route.procedure` names it. */
export type Procedure = (typeof PROCEDURES)[number];

/**
 * Which procedures each State accepted, and when (deposit date); absent = not accepted.
 * Built on its first use, like the other dataset schemas (see parties.ts).
 */
export const complaintProceduresSchema = z.lazy(() => {
  const acceptances = z.strictObject(
    Object.fromEntries(PROCEDURES.map((p) => [p, z.optional(calendarDate())])) as Record<
      Procedure,
      z.ZodMiniOptional<ReturnType<typeof calendarDate>>
    >,
  );
  return z
    .strictObject({
      source: z.string().check(z.minLength(1), z.maxLength(1000)),
      asOf: calendarDate(),
      states: z
        .array(z.strictObject({ code: isoCode(), accepted: acceptances }))
        .check(z.minLength(1), z.maxLength(300), oneRecordPerState()),
    })
    // As in the States-Parties table: an acceptance the table's date cannot know would open a route early.
    .check(
      z.check((ctx) =>
        ctx.value.states.forEach(({ accepted }, i) =>
          Object.entries(accepted).forEach(([procedure, day]) => {
            const late = afterAsOf(day, ctx.value.asOf);
            if (late) ctx.issues.push({ code: 'custom', message: late, input: day, path: ['states', i, 'accepted', procedure] });
          }),
        ),
      ),
    );
});

/** The complaint-procedures table: `procedures` in `assess()`'s options and `createEnvironment()`; frozen once validated. */
export type ComplaintProceduresData = DeepReadonly<z.infer<typeof complaintProceduresSchema>>;

/** The complaint-procedures table as shipped: a CSV with its provenance. */
export interface ProceduresCsv {
  source: string;
  asOf: string;
  /** A header (iso2, then one column per procedure), then one row per State. */
  csv: string;
}

const rowsOf = (source: ProceduresCsv): string[] => source.csv.trim().split('\n');

/** Turns the shipped CSV (iso2 then one date column per procedure) into the data shape. */
export function parseProceduresCsv(source: ProceduresCsv): unknown {
  const [header, ...rows] = rowsOf(source);
  const columns = (header ?? '').split(',').slice(1);
  return {
    source: source.source,
    asOf: source.asOf,
    states: rows.map((row) => {
      const [code, ...cells] = row.split(',');
      const accepted: Record<string, string> = {};
      cells.forEach((cell, i) => {
        if (cell) accepted[columns[i] ?? `column ${i + 2}`] = cell;
      });
      return { code, accepted };
    }),
  };
}

/** The first column alone, as `{ states: [{ code }] }` in the same order: what the country question lists. */
export function proceduresCsvCodes(source: ProceduresCsv): { states: { code: string | undefined }[] } {
  return { states: rowsOf(source).slice(1).map((row) => ({ code: row.split(',', 1)[0] })) };
}
