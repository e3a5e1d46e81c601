// Headless batch screening with op-eligibility/core, in plain Node (no DOM):
//   node examples/batch.mjs examples/intake.json > screened.csv
//   node examples/batch.mjs examples/intake.json --parties newer-parties.json > screened.csv   (a host's newer States-Parties table)
// Each record is { id, receivedOn, answers }; the assessment date is the day it arrived.
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { assess, closedForNow, compareDates, createEnvironment, dataMayBeOutdated, isCalendarDate, parseAnswers, today, ValidationError } from 'op-eligibility/core';

/**
 * @param {any[]} records intake records as JSON.parse gives them, each meant to be
 *   `{ id, receivedOn, answers }`: anything else is reported as an invalid record, not thrown
 * @param {string} runOn the day of this run, 'YYYY-MM-DD': no record can have arrived after it
 * @param {{ parties?: unknown, procedures?: unknown }} [data] the host's newer States-Parties and
 *   complaint-procedures tables, if any, as `assess()` takes them: every record is screened on them
 * @returns {{ id: string, outcome: string, urgent: boolean, articles: string[], reasons: string[], deadline: string | null, sendBy: string | null, toCheck: string[], notYet: string | null, listsOutdated: boolean, problem: string | null,
 *   screenedWith: { parties: string, procedures: string, engine: string } | null }[]}
 */
export function screenBatch(records, runOn = today(), data = {}) {
  // A bad table is the host's to fix, not a record's: its ValidationError is thrown before any row.
  createEnvironment(data);
  return records.map((record, index) => {
    // A record without an id is named by its place in the file, so no row goes unaccounted for;
    // a number (a spreadsheet's) is kept: as "#1", record 3 would take another row's name.
    const given = record?.id;
    const id = (typeof given === 'string' && given) || Number.isFinite(given) ? String(given) : `#${index + 1}`;
    const invalid = (/** @type {string} */ problem) => ({ id, outcome: 'invalid-record', urgent: false, articles: [], reasons: [], deadline: null, sendBy: null, toCheck: [], notYet: null, listsOutdated: false, problem, screenedWith: null });
    if (record === null || typeof record !== 'object') return invalid('the record is not an object');
    // A row exported as a list of cells (["C-1", "2026-06-01", {…}]) has no receivedOn to read: say what it is.
    if (Array.isArray(record)) return invalid('the record is a list, not an object');
    // Left out, asOf would be today: a record's deadlines would silently be counted on another day.
    if (record.receivedOn === undefined) return invalid('receivedOn is missing');
    // A day still to come is a typo (2027 for 2026): screened as of it, a deadline would look passed, or a State bound that is not yet.
    // One that is no date at all (06/01/2026, a spreadsheet's serial number) is said as the engine says it, with the answers' problems.
    const dayWrong = !isCalendarDate(record.receivedOn)
      ? dayProblem(record.receivedOn)
      : compareDates(record.receivedOn, runOn) > 0
        ? `receivedOn (${record.receivedOn}) is after the day of this run (${runOn}): is the year right?`
        : null;
    try {
      // Then only the answers' form is checked: what else they need depends on the day.
      if (dayWrong) {
        parseAnswers(record.answers);
        return invalid(dayWrong);
      }
      const assessment = assess(record.answers, { asOf: record.receivedOn, ...data });
      const { outcome, reasons, dates } = assessment;
      // What stops the complaint or needs checking.
      const found = reasons.filter((r) => r.severity !== 'info');
      // Someone may be about to suffer irreparable harm, on an open route or not (the art. 5 reason comes only on an open one).
      const urgent = assessment.answers.urgency === 'yes';
      // A State may have joined or left since the UN lists' "as of" date: check before relying on the row.
      const listsOutdated = dataMayBeOutdated(assessment);
      // Closed only until the final decision at home (art. 3(1)) or the day the Protocol applies there (art. 18(2)): a case to diary, not to turn away,
      // unless answers the route has not asked yet bar it on that day too (facts over before it, art. 3(2)(b)): their articles join the row's.
      const waits = closedForNow(reasons);
      const later = waits?.until === 'entry-into-force' ? barsOn(record.answers, waits.date, data) : [];
      const notYet = !waits || later.length ? null : waits.until === 'final-decision' ? 'final-decision' : waits.date;
      // What screened it, for the file a clinic keeps: the UN lists' "as of" dates and the engine's version.
      const screenedWith = { parties: assessment.data.parties.asOf, procedures: assessment.data.procedures.asOf, engine: assessment.engineVersion };
      // The day the next steps say to send by, which may be later than the year's passed end (`deadline`):
      // a year from the day the Protocol applied, or the day before a State leaves it.
      const sendBy = assessment.nextSteps.find((s) => s.data?.deadline)?.data?.deadline ?? null;
      // Of the articles, those a lawyer must check (a review), apart from those that bar or close the route.
      const toCheck = reasons.filter((r) => r.severity === 'review').map((r) => r.article);
      // By article, and by the reason's code: an article alone is ambiguous ("2" is a consent the person can
      // still get, or an organisation's complaint with no victim named, which no answer changes).
      const shown = [...found, ...later];
      return { id, outcome, urgent, articles: shown.map((r) => r.article), reasons: shown.map((r) => r.code), deadline: dates.deadline ?? null, sendBy, toCheck, notYet, listsOutdated, problem: null, screenedWith };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // Every problem, not the first alone, so that the record is put right in one go. The options' asOf is this file's receivedOn.
      const where = (/** @type {string} */ path) => (error.input === 'options' ? 'receivedOn' : `answers.${path}`.replace(/\.$/, ''));
      return invalid([dayWrong, ...error.issues.map(({ path, message }) => `${where(path)} ${message}`)].filter(Boolean).join('; '));
    }
  });
}

/**
 * Why `day` cannot be an assessment date, in the engine's words.
 * @param {string} day as the record gives it: the engine checks it
 * @returns {string | null}
 */
function dayProblem(day) {
  try {
    createEnvironment({ asOf: day });
    return null;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map(({ message }) => `receivedOn ${message}`).join('; ');
  }
}

/**
 * The reasons that will still close the route on `day`, the first day the Protocol binds the State,
 * by the answers the route asks only from then on (facts over before it, no victim…): none when it
 * may open then, or waits again (the courts at home), or needs an answer the record lacks.
 * @param {unknown} answers
 * @param {string} day
 * @param {{ parties?: unknown, procedures?: unknown }} data the host's tables, as screenBatch takes them
 */
function barsOn(answers, day, data) {
  try {
    const then = assess(answers, { asOf: day, ...data });
    if (then.outcome === 'likely-admissible' || then.outcome === 'needs-review' || closedForNow(then.reasons)) return [];
    return then.reasons.filter((r) => r.severity === 'bar' || r.severity === 'unavailable');
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return [];
  }
}

/**
 * One CSV field (RFC 4180): quoted, with its quotes doubled, when it holds a comma, a quote
 * or a line break. A field starting with `=`, `+`, `-` or `@`, a tab or a carriage return
 * gets a leading apostrophe: a spreadsheet would run it as a formula (an intake id typed as
 * `=HYPERLINK(…)` would become a link to anywhere in the clinic's sheet).
 */
const csvField = (/** @type {string} */ text) => {
  const value = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
};

/**
 * The JSON in `file` (`named` in messages), or one line saying why not and what was expected,
 * and exit 1: a file missing or not JSON (an export with a trailing comma, a CSV) gets no stack trace, and no CSV.
 * @param {string | URL} file
 * @param {string} named
 * @param {{ unreadable: string, expected: string }} hint
 */
async function readJson(file, named, hint) {
  const text = await readFile(file, 'utf8').catch((error) => fail(`${named}: cannot read it (${error.code ?? error.message}); ${hint.unreadable}`));
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail(`${named}: not JSON (${error instanceof Error ? error.message : error}); expected ${hint.expected}`);
  }
}

/**
 * Says `message` on stderr and ends the run with code 1.
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(message);
  process.exit(1);
}

/**
 * Whether Node runs this file as its script, rather than importing it. Node names this module
 * by its real path, while argv[1] is the path as typed: through pnpm's symlink
 * (node_modules/op-eligibility), compared as typed, the script would print nothing and exit 0,
 * as if the file held no record.
 */
function runAsScript() {
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false; // argv[1] names no file: imported from `node -e` given arguments, or a REPL
  }
}

if (runAsScript()) {
  const { positionals, values } = (() => {
    try {
      return parseArgs({ allowPositionals: true, options: { parties: { type: 'string' }, procedures: { type: 'string' } } });
    } catch (error) {
      return fail(`${error instanceof Error ? error.message : error}; usage: node batch.mjs [records.json] [--parties parties.json] [--procedures procedures.json]`);
    }
  })();
  const named = positionals[0] ?? 'intake.json';
  const records = await readJson(positionals[0] ?? new URL('intake.json', import.meta.url), named, {
    unreadable: "name a JSON file of records, or none to screen the example's own",
    expected: 'a JSON list of records ([{ "id", "receivedOn", "answers" }, …])',
  });
  // A file holding one record, or records under a key ({ "records": [...] }), would stop with a TypeError after the header.
  if (!Array.isArray(records)) fail(`${named}: expected a JSON list of records ([{ "id", "receivedOn", "answers" }, …]), got ${records === null ? 'null' : typeof records}`);
  // The host's newer tables, each the whole table as JSON (the README's "Newer States-Parties data").
  const table = { unreadable: 'name the JSON file of the table', expected: 'the whole table, as createEnvironment().parties or .procedures gives it, with what changed' };
  const data = {
    ...(values.parties === undefined ? {} : { parties: await readJson(values.parties, values.parties, table) }),
    ...(values.procedures === undefined ? {} : { procedures: await readJson(values.procedures, values.procedures, table) }),
  };
  const rows = (() => {
    try {
      return screenBatch(records, today(), data);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return fail(`${error.input === 'procedures' ? values.procedures : values.parties}: ${error.message}`);
    }
  })();
  // New columns come last, after those of earlier versions: a script that reads them by place still reads them right.
  console.log('id,outcome,urgent,articles,deadline,lists-outdated,problem,not-yet,parties-as-of,procedures-as-of,engine,send-by,to-check,reasons');
  for (const row of rows) {
    const { parties = '', procedures = '', engine = '' } = row.screenedWith ?? {};
    const cells = [row.id, row.outcome, row.urgent ? 'yes' : '', row.articles.join(' '), row.deadline ?? '', row.listsOutdated ? 'yes' : '', row.problem ?? '', row.notYet ?? '', parties, procedures, engine, row.sendBy ?? '', row.toCheck.join(' '), row.reasons.join(' ')];
    console.log(cells.map(csvField).join(','));
  }
}
