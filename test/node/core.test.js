// The npm build's headless entry, imported by its package name (a self-reference, as an
// installed package would be), in plain Node: no DOM, no Lit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createActor } from 'xstate';
import * as core from 'op-eligibility/core';
import { assess, ChartRun, createEnvironment, eligibilityChart, OP_ELIGIBILITY_VERSION, stepOf, ValidationError } from 'op-eligibility/core';
import { eligibilityMachine } from 'op-eligibility/machine';
import { screenBatch } from '../../examples/batch.mjs';
import { ES_EVICTION } from '../../scripts/embed-driver.js';

test('runs where there is no DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
});

// The element draws its controls from these and the engine checks answers against them:
// a host script's edit (a situation pushed, an option renamed) would change every screening
// on the page, so it throws instead.
test('the exported lists are frozen all the way down', () => {
  const unfrozen = (value, path) =>
    value === null || typeof value !== 'object'
      ? []
      : [...(Object.isFrozen(value) ? [] : [path]), ...Object.entries(value).flatMap(([k, v]) => unfrozen(v, `${path}.${k}`))];
  for (const name of ['COMPLAINT_LANGUAGES', 'FIT_QUESTIONS', 'PROCEDURES', 'QUESTION_IDS', 'QUESTION_KINDS', 'SITUATIONS']) {
    assert.deepEqual(unfrozen(core[name], name), [], name);
  }
  assert.throws(() => core.SITUATIONS.push({ id: 'x' }), TypeError);
  assert.throws(() => {
    core.QUESTION_KINDS.urgency.options[0] = 'maybe';
  }, TypeError);
});

// The engine's plumbing (compiling the chart, building an assessment from a context, date
// arithmetic, single rules) stays inside: what is exported here is what a host may rely on.
test('the entry exports the public API and none of the plumbing', () => {
  assert.deepEqual(Object.keys(core).sort(), [
    'ASSESSMENT_SCHEMA_VERSION',
    'COMPLAINT_LANGUAGES',
    'ChartRun',
    'DATA_AGE_LIMIT_MONTHS',
    'FIT_QUESTIONS',
    'OP_ELIGIBILITY_VERSION',
    'PREFER_NOT',
    'PROCEDURES',
    'QUESTION_IDS',
    'QUESTION_KINDS',
    'SITUATIONS',
    'STATE_UNLISTED',
    'UNKNOWN',
    'ValidationError',
    'answersSchema',
    'assess',
    'assessmentSchema',
    'closedForNow',
    'compareDates',
    'complaintProceduresSchema',
    'createEnvironment',
    'dataMayBeOutdated',
    'eligibilityChart',
    'entryIntoForce',
    'isCalendarDate',
    'isComplaintLanguage',
    'isFitQuestion',
    'otherRoutes',
    'otherRoutesSchema',
    'parseAnswers',
    'parseOtherRoutes',
    'routeGraph',
    'statesPartiesSchema',
    'stepOf',
    'today',
    'validateShippedData',
  ]);
});

test('assesses a record: outcome, interim measures, the one-year deadline', () => {
  const assessment = assess(ES_EVICTION, { asOf: '2026-06-01' });
  assert.equal(assessment.outcome, 'likely-admissible');
  assert.equal(assessment.dates.deadline, '2026-12-01');
  assert.ok(assessment.reasons.some((r) => r.code === 'interim-measures' && r.article === '5'));
});

test('today() is the day on the person’s own calendar, far east and far west of UTC', async () => {
  // The deadline and the default as-of count from it: a day off near midnight is a day off the one-year limit.
  const script = "const { today } = await import('op-eligibility/core'); console.log(today(new Date(Number(process.argv[1]))));";
  const dayIn = async (timeZone, instant) =>
    (await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, String(instant)], { env: { ...process.env, TZ: timeZone } })).stdout.trim();
  // 12:00 UTC on 31 December is 02:00 on 1 January at UTC+14; 05:00 UTC on 1 January is 18:00 on 31 December at UTC-11.
  assert.equal(await dayIn('Pacific/Kiritimati', Date.UTC(2025, 11, 31, 12)), '2026-01-01');
  assert.equal(await dayIn('Pacific/Pago_Pago', Date.UTC(2026, 0, 1, 5)), '2025-12-31');
});

test('the version a case file names is the package’s', async () => {
  const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(OP_ELIGIBILITY_VERSION, version);
});

test('rejects a bad record with a ValidationError naming the field', () => {
  assert.throws(
    () => assess({ ...ES_EVICTION, factsDate: '2027-01-01' }, { asOf: '2026-06-01' }),
    (error) => error instanceof ValidationError && error.issues[0].path === 'factsDate',
  );
});

test('options or a dataset that throw when read (parseOtherRoutes too) are a ValidationError, so a batch goes on', () => {
  const trap = () => {
    throw new Error('trap');
  };
  const booby = () => new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });
  for (const [options, input] of [
    [booby(), 'options'],
    [Object.defineProperty({}, 'asOf', { get: trap, enumerable: true }), 'options'],
    [{ asOf: '2026-06-01', parties: booby() }, 'parties'],
    [{ asOf: '2026-06-01', procedures: booby() }, 'procedures'],
  ]) {
    assert.throws(
      () => assess(ES_EVICTION, options),
      (error) => error instanceof ValidationError && error.input === input && /could not be read/.test(error.message),
    );
  }
  assert.throws(
    () => core.parseOtherRoutes(booby()),
    (error) => error instanceof ValidationError && error.input === 'routes' && /could not be read/.test(error.message),
  );
});

test('a dataset listing a State twice is refused, naming the second record: which one counted would depend on the order', () => {
  const { parties, procedures } = createEnvironment();
  const spain = parties.states.find((s) => s.code === 'ES');
  const newer = { ...spain, consentedOn: '2026-03-02', unconfirmed: [] };
  for (const states of [[newer, ...parties.states], [...parties.states, newer]]) {
    assert.throws(
      () => assess(ES_EVICTION, { asOf: '2026-06-01', parties: { ...parties, states } }),
      (error) => error instanceof ValidationError && error.input === 'parties' && error.issues.length === 1 && /^states\.\d+\.code$/.test(error.issues[0].path) && /ES a second time/.test(error.message),
    );
  }
  assert.throws(
    () => assess(ES_EVICTION, { asOf: '2026-06-01', procedures: { ...procedures, states: [...procedures.states, procedures.states[0]] } }),
    (error) => error instanceof ValidationError && error.input === 'procedures' && error.issues[0].path === `states.${procedures.states.length}.code`,
  );
});

test('year 9999 (a database\'s "no date") is refused, not counted on: its deadline, in year 10000, sorted before 2013', () => {
  assert.throws(
    () => assess(ES_EVICTION, { asOf: '9999-12-31' }),
    (error) => error instanceof ValidationError && error.input === 'options' && error.issues[0].path === 'asOf',
  );
  assert.throws(
    () => assess({ ...ES_EVICTION, finalDecisionDate: '9999-12-01' }),
    (error) => error instanceof ValidationError && error.input === 'answers' && error.issues[0].path === 'finalDecisionDate',
  );
  const { parties } = createEnvironment();
  const states = parties.states.map((s) => (s.code === 'ES' ? { ...s, consentedOn: '9999-11-30' } : s));
  assert.throws(
    () => assess(ES_EVICTION, { asOf: '2026-06-01', parties: { ...parties, states } }),
    (error) => error instanceof ValidationError && error.input === 'parties' && /^states\.\d+\.consentedOn$/.test(error.issues[0].path),
  );
  assert.equal(assess({ ...ES_EVICTION, factsDate: '9998-01-10', finalDecisionDate: '9998-12-31' }, { asOf: '9998-12-31' }).dates.deadline, '9999-12-31');
});

test('the README batch example screens every record, invalid ones included', async () => {
  const records = JSON.parse(await readFile(new URL('../../examples/intake.json', import.meta.url), 'utf8'));
  assert.deepEqual(
    screenBatch(records).map(({ id, outcome, urgent, articles }) => ({ id, outcome, urgent, articles })),
    [
      { id: 'A-101', outcome: 'likely-admissible', urgent: true, articles: [] },
      { id: 'A-102', outcome: 'not-available', urgent: false, articles: ['1(2)'] },
      { id: 'A-103', outcome: 'not-admissible', urgent: false, articles: ['3(2)(a)'] },
      { id: 'A-104', outcome: 'invalid-record', urgent: false, articles: [] },
      { id: 'A-105', outcome: 'not-admissible', urgent: false, articles: ['3(1)'] },
    ],
  );
});

test('the README’s batch example runs as written, and screens as examples/batch.mjs does (a fix to one is not lost from the other)', async () => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const [, code] = /```js\n([^]*?)```/.exec(readme.slice(readme.indexOf('### Screening a batch of records')));
  const resolved = code.replace("from 'op-eligibility/core'", `from ${JSON.stringify(import.meta.resolve('op-eligibility/core'))}`);
  const { screenBatch: asWritten } = await import(`data:text/javascript,${encodeURIComponent(resolved)}`);
  const records = [
    ...JSON.parse(await readFile(new URL('../../examples/intake.json', import.meta.url), 'utf8')),
    { id: 'R-1', receivedOn: '2027-06-01', answers: ES_EVICTION },
    { id: 'R-2', receivedOn: 46174, answers: ES_EVICTION },
    // The run's own day, a day to come with an answer of the wrong form, a date and time from an export.
    { id: 'R-3', receivedOn: '2026-12-05', answers: ES_EVICTION },
    { id: 'R-4', receivedOn: '2026-12-06', answers: { ...ES_EVICTION, identity: 'anon' } },
    { id: 'R-5', receivedOn: '2026-12-01T09:30:00Z', answers: ES_EVICTION },
    null,
  ];
  assert.deepEqual(asWritten(records, '2026-12-05'), screenBatch(records, '2026-12-05'));
  // With the host's own States-Parties table too, as the README shows it passed.
  const withTable = [{ id: 'GB-1', receivedOn: '2026-09-10', answers: GB_EVICTION }];
  assert.deepEqual(asWritten(withTable, '2026-12-05', { parties: newerParties() }), screenBatch(withTable, '2026-12-05', { parties: newerParties() }));
  assert.equal(asWritten(withTable, '2026-12-05', { parties: newerParties() })[0].outcome, 'likely-admissible');
});

test('the batch example reports every record, even one that is not an object (or is a list) or lacks its id or date', () => {
  const rows = screenBatch([null, 'ES', { receivedOn: '2026-06-01', answers: ES_EVICTION }, { id: 'B-4', answers: ES_EVICTION }, { id: 'B-5', receivedOn: '2025-02-30', answers: ES_EVICTION }, ['B-6', '2026-06-01', ES_EVICTION]]);
  assert.deepEqual(
    rows.map(({ id, outcome, problem }) => ({ id, outcome, problem })),
    [
      { id: '#1', outcome: 'invalid-record', problem: 'the record is not an object' },
      { id: '#2', outcome: 'invalid-record', problem: 'the record is not an object' },
      { id: '#3', outcome: 'likely-admissible', problem: null },
      // Not silently assessed as of today: its deadline would be counted on another day.
      { id: 'B-4', outcome: 'invalid-record', problem: 'receivedOn is missing' },
      { id: 'B-5', outcome: 'invalid-record', problem: 'receivedOn must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998 (got "2025-02-30")' },
      // A spreadsheet row exported as a list of cells: not "receivedOn is missing", which sends the clinic looking for a field.
      { id: '#6', outcome: 'invalid-record', problem: 'the record is a list, not an object' },
    ],
  );
});

test('the batch example shows the value it refused, so that a stray space or a lower-case code can be seen', () => {
  // A spreadsheet shows "2024-01-10 " as 2024-01-10: "must be a real calendar date" alone sent the clinic looking for nothing.
  const [row] = screenBatch([{ id: 'C-2', receivedOn: '2026-06-01', answers: { ...ES_EVICTION, state: 'es', factsDate: '2024-01-10 ' } }]);
  assert.equal(
    row.problem,
    'answers.state must be an ISO 3166-1 alpha-2 code such as "ES" (got "es"); ' +
      'answers.factsDate must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998, or "unknown" (got "2024-01-10 ")',
  );
});

test('the batch example names a record’s date that is not a date together with its answers’ problems, so that it is put right in one go', () => {
  const [row] = screenBatch([{ id: 'R1', receivedOn: '06/01/2026', answers: { state: 'es', identity: 'anon' } }], '2026-12-06');
  assert.equal(
    row.problem,
    'receivedOn must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998 (got "06/01/2026"); ' +
      'answers.state must be an ISO 3166-1 alpha-2 code such as "ES" (got "es"); answers.identity must be one of "named", "confidential", "anonymous" (got "anon")',
  );
});

test('the batch example says a date is wanted where a spreadsheet gave its serial number (46174 for 2026-06-01), in the record and in a dataset', () => {
  const [row] = screenBatch([{ id: 'S-1', receivedOn: 46174, answers: ES_EVICTION }]);
  assert.equal(row.problem, 'receivedOn must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998 (got 46174)');
  const { parties } = createEnvironment();
  const states = parties.states.map((s) => (s.code === 'ES' ? { ...s, consentedOn: 40444 } : s));
  assert.throws(
    () => createEnvironment({ parties: { ...parties, states } }),
    (error) => error instanceof ValidationError && /^states\.\d+\.consentedOn \(record ES\) must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998 \(got 40444\)$/.test(`${error.issues[0].path} ${error.issues[0].message}`),
  );
});

test('a bad row of a host table is named by its State or procedure, not by its index alone: a clinic editing 170 rows need not count them; the path stays as it was', async () => {
  const { parties, procedures } = createEnvironment();
  const cyprus = parties.states.findIndex((s) => s.code === 'CY');
  const states = parties.states.map((s, i) => (i === cyprus ? { ...s, signedOn: '2009-09-31', extra: 1 } : s));
  assert.throws(
    () => createEnvironment({ parties: { ...parties, states } }),
    (error) => {
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(
        error.issues.map(({ path, message }) => [path, message]),
        [
          [`states.${cyprus}.signedOn`, '(record CY) must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998 (got "2009-09-31")'],
          [`states.${cyprus}.extra`, '(record CY) is not a known field'],
        ],
      );
      assert.equal(error.message, `Invalid parties: states.${cyprus}.signedOn (record CY) must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998 (got "2009-09-31") (and 1 more)`);
      return true;
    },
  );
  // A field left out of a row is said to be missing, not only what it must be.
  const withoutKind = parties.states.map((s, i) => (i === cyprus ? (({ consentKind, ...rest }) => rest)(s) : s));
  assert.throws(
    () => createEnvironment({ parties: { ...parties, states: withoutKind } }),
    (error) => error.issues[0].path === `states.${cyprus}.consentKind` && error.issues[0].message === '(record CY) is missing: it must be one of "ratification", "accession"',
  );
  // A cross-field check, in the other table; a bad code is shown as the value it is, not named twice.
  const afterAsOf = procedures.states.map((s) => (s.code === 'FR' ? { ...s, accepted: { ...s.accepted, crpd_op: '2099-01-01' } } : s));
  assert.throws(
    () => createEnvironment({ procedures: { ...procedures, states: afterAsOf } }),
    (error) => /^\(record FR\) \(2099-01-01\) is after the table's asOf/.test(error.issues[0].message),
  );
  // Route data: a route by its procedure, a mandate by its id.
  const routes = structuredClone((await import('../../dist/data/other-routes.js')).OTHER_ROUTES);
  routes.regional.routes[0].asOf = '2025-02-30';
  assert.throws(
    () => core.parseOtherRoutes(routes),
    (error) => error.issues[0].path === 'regional.routes.0.asOf' && error.issues[0].message.startsWith(`(record ${routes.regional.routes[0].procedure}) must be`),
  );
  const badCode = parties.states.map((s, i) => (i === cyprus ? { ...s, code: 'cy' } : s));
  assert.throws(
    () => createEnvironment({ parties: { ...parties, states: badCode } }),
    (error) => error.issues[0].message === 'must be an ISO 3166-1 alpha-2 code such as "ES" (got "cy")',
  );
});

test('the batch example names every problem of a record, so that the clinic puts it right in one go', () => {
  const [row] = screenBatch([{ id: 'C-1', receivedOn: '2026-06-01', answers: { state: 'ES', urgency: 'maybe', rights: ['evictions'], factsDate: '2025-02-30' } }]);
  assert.equal(row.outcome, 'invalid-record');
  assert.deepEqual(row.problem.split('; ').map((p) => p.split(' ')[0]).sort(), ['answers.factsDate', 'answers.rights.0', 'answers.urgency']);
});

test('a record missing several answers has them all named in one run: each the route asks whichever way the missing ones are given, none it may skip', () => {
  const { urgency, factsDate, evidence, ...rest } = ES_EVICTION;
  const record = { ...rest, factsContinuing: 'yes' };
  assert.throws(
    () => assess(record, { asOf: '2026-06-01' }),
    (error) => {
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(
        error.issues.map(({ path, code }) => [path, code]),
        [
          ['urgency', 'required'],
          ['factsDate', 'required'],
          ['evidence', 'required'],
        ],
      );
      // The first as before; the others say they are needed whatever the missing answers turn out to be.
      assert.equal(error.issues[0].message, 'is required on this route; answer "unknown" if it is not known');
      assert.equal(error.issues[1].message, 'is required too, on every route the answers missing before it can take; answer "unknown" if it is not known');
      return true;
    },
  );
  // Without factsContinuing, facts before entry into force may be over ("no" closes the route, art. 3(2)(b)): evidence may never be asked.
  assert.throws(
    () => assess(rest, { asOf: '2026-06-01' }),
    (error) => assert.deepEqual(error.issues.map(({ path }) => path), ['urgency', 'factsDate']) ?? true,
  );
  const [row] = screenBatch([{ id: 'M-1', receivedOn: '2026-06-01', answers: record }]);
  assert.deepEqual(row.problem.split('; answer "unknown" if it is not known; ').map((p) => p.split(' ')[0]), ['answers.urgency', 'answers.factsDate', 'answers.evidence']);
});

test('the batch example keeps a numeric id, as a spreadsheet exports one: record 3 at row 1 is not shown as "#1", the name of another row', () => {
  const rows = screenBatch([
    { id: 3, receivedOn: '2026-06-01', answers: ES_EVICTION },
    { id: 0, receivedOn: '2026-06-01', answers: { state: 'US' } },
    { id: Number.NaN, receivedOn: '2026-06-01', answers: ES_EVICTION },
    { id: 1, receivedOn: '2026-06-01', answers: ES_EVICTION },
  ]);
  assert.deepEqual(
    rows.map(({ id, outcome }) => ({ id, outcome })),
    [
      { id: '3', outcome: 'likely-admissible' },
      { id: '0', outcome: 'not-available' },
      { id: '#3', outcome: 'likely-admissible' },
      { id: '1', outcome: 'likely-admissible' },
    ],
  );
});

test('the batch example refuses a record received after the day of the run (2027 for 2026), rather than screen it as of a day to come', () => {
  // Decided on 2025-12-01: as of 2027-01-10 the year to complain would look over, and the person turned away.
  const late = { ...ES_EVICTION, lateSubmission: 'no' };
  const rows = screenBatch(
    [
      { id: 'E-1', receivedOn: '2026-01-10', answers: late },
      { id: 'E-2', receivedOn: '2027-01-10', answers: late },
      { id: 'E-3', receivedOn: '2026-01-11', answers: { ...late, identity: 'anon' } },
      // Not "lateSubmission is required: the year to complain ended on 2026-12-01", true only of the typo's day.
      { id: 'E-4', receivedOn: '2027-01-10', answers: ES_EVICTION },
    ],
    '2026-01-10',
  );
  assert.deepEqual(
    rows.map(({ id, outcome, problem }) => ({ id, outcome, problem })),
    [
      { id: 'E-1', outcome: 'likely-admissible', problem: null },
      { id: 'E-2', outcome: 'invalid-record', problem: 'receivedOn (2027-01-10) is after the day of this run (2026-01-10): is the year right?' },
      {
        id: 'E-3',
        outcome: 'invalid-record',
        problem: 'receivedOn (2026-01-11) is after the day of this run (2026-01-10): is the year right?; answers.identity must be one of "named", "confidential", "anonymous" (got "anon")',
      },
      { id: 'E-4', outcome: 'invalid-record', problem: 'receivedOn (2027-01-10) is after the day of this run (2026-01-10): is the year right?' },
    ],
  );
  // Run without a day, it is today's: a record received today is screened, one received tomorrow is not.
  assert.equal(screenBatch([{ id: 'E-5', receivedOn: core.today(), answers: late }])[0].problem, null);
  const tomorrow = new Date(Date.parse(core.today()) + 86_400_000).toISOString().slice(0, 10);
  assert.equal(screenBatch([{ id: 'E-6', receivedOn: tomorrow, answers: late }])[0].problem, `receivedOn (${tomorrow}) is after the day of this run (${core.today()}): is the year right?`);
  // A date with its time (an export's "2026-01-05T09:30:00Z") sorts after the day but is no typo of the year: it is named as not a date.
  assert.equal(
    screenBatch([{ id: 'E-7', receivedOn: '2026-01-05T09:30:00Z', answers: late }], '2026-01-10')[0].problem,
    'receivedOn must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998 (got "2026-01-05T09:30:00Z")',
  );
});

/** examples/batch.mjs run on `file`: its output, or its failure (the error, with code, stdout and stderr). */
const runBatch = (file) => promisify(execFile)(process.execPath, [fileURLToPath(new URL('../../examples/batch.mjs', import.meta.url)), file]);

/** The error of a run expected to fail, or null when it did not. */
const failureOf = (run) => run.then(() => null, (error) => error);

/** What examples/batch.mjs prints for `records` (or for `text` as the file), written to a scratch file that goes afterwards. */
async function batchExample(records, text = JSON.stringify(records)) {
  const dir = await mkdtemp(join(tmpdir(), 'batch-'));
  try {
    const file = join(dir, 'intake.json');
    await writeFile(file, text);
    return (await runBatch(file)).stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('the batch example says so, and prints no CSV, when the file is not a list of records', async () => {
  const failed = await failureOf(batchExample({ records: [{ id: 'A-1', receivedOn: '2026-06-01', answers: ES_EVICTION }] }));
  assert.ok(failed, 'the run fails');
  assert.equal(failed.code, 1);
  assert.equal(failed.stdout, '');
  assert.match(failed.stderr, /expected a JSON list of records/);
  assert.doesNotMatch(failed.stderr, /TypeError/);
});

test('the batch example says in one line that it cannot read a file that is not there, and prints no CSV', async () => {
  const missing = join(tmpdir(), 'op-eligibility-no-such-records.json');
  const failed = await failureOf(runBatch(missing));
  assert.ok(failed, 'the run fails');
  assert.equal(failed.code, 1);
  assert.equal(failed.stdout, '');
  assert.equal(failed.stderr, `${missing}: cannot read it (ENOENT); name a JSON file of records, or none to screen the example's own\n`);
});

test('the batch example says in one line that a file is not JSON (a trailing comma), and prints no CSV', async () => {
  const failed = await failureOf(batchExample(null, '[{ "id": "A-1" },]'));
  assert.ok(failed, 'the run fails');
  assert.equal(failed.code, 1);
  assert.equal(failed.stdout, '');
  assert.match(failed.stderr, /^\S+intake\.json: not JSON \(.+\); expected a JSON list of records/);
  assert.equal(failed.stderr.trim().split('\n').length, 1, failed.stderr);
  assert.doesNotMatch(failed.stderr, /SyntaxError|at JSON\.parse/);
});

test('the batch example prints CSV that a spreadsheet reads back: fourteen fields a row, quotes doubled', async () => {
  const stdout = await batchExample([{ id: 'C,1', receivedOn: '2026-06-01', answers: { ...ES_EVICTION, identity: 'anon' } }]);
  // An invalid record was screened by nothing, and has no day to send by, point to check nor reason: its last six fields are empty.
  assert.equal(
    stdout.split('\n')[1],
    '"C,1",invalid-record,,,,,"answers.identity must be one of ""named"", ""confidential"", ""anonymous"" (got ""anon"")",,,,,,,',
  );
});

test('the batch example marks a record screened on UN lists more than six months old on the day it arrived', async () => {
  // The shipped lists are of 3 February 2026.
  const rows = screenBatch(['2026-08-03', '2026-08-04'].map((receivedOn) => ({ id: receivedOn, receivedOn, answers: ES_EVICTION })));
  assert.deepEqual(rows.map(({ id, listsOutdated }) => ({ id, listsOutdated })), [
    { id: '2026-08-03', listsOutdated: false },
    { id: '2026-08-04', listsOutdated: true },
  ]);
  const stdout = await batchExample([{ id: 'D-1', receivedOn: '2026-08-04', answers: ES_EVICTION }]);
  // The lists' "as of" day is on the row too: the clinic sees which lists were old.
  assert.match(stdout.split('\n')[1], /^D-1,likely-admissible,[^,]*,[^,]*,\d{4}-\d{2}-\d{2},yes,,,2026-02-03,2026-02-03,\d+\.\d+\.\d+,2026-12-01,,$/);
});

test('the batch example says what a route closed only for now waits for: the final decision at home (art. 3(1)), or the day the Protocol applies (art. 18(2))', async () => {
  const pending = { ...ES_EVICTION, urgency: 'no', remedies: 'pending', finalDecisionDate: undefined };
  // Albania deposited on 19 February 2025 and is bound from 19 May 2025.
  const albania = { ...ES_EVICTION, state: 'AL', urgency: 'no', finalDecisionDate: '2025-01-15' };
  // What screened each row: the shipped lists' "as of" dates and the engine's version, as the assessment gives them.
  const { data, engineVersion } = assess(pending, { asOf: '2026-06-01' });
  assert.equal(engineVersion, OP_ELIGIBILITY_VERSION);
  const screenedWith = `${data.parties.asOf},${data.procedures.asOf},${engineVersion}`;
  assert.match(screenedWith, /^\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2},\d+\.\d+\.\d+/);
  const stdout = await batchExample([
    { id: 'N-1', receivedOn: '2026-06-01', answers: pending },
    { id: 'N-2', receivedOn: '2025-05-18', answers: albania },
    { id: 'N-3', receivedOn: '2025-05-19', answers: { ...albania, factsContinuing: 'yes' } },
    { id: 'N-4', receivedOn: '2026-06-01', answers: { ...ES_EVICTION, urgency: 'no', jurisdiction: 'no' } },
  ]);
  assert.deepEqual(stdout.split('\n').slice(0, 5), [
    'id,outcome,urgent,articles,deadline,lists-outdated,problem,not-yet,parties-as-of,procedures-as-of,engine,send-by,to-check,reasons',
    `N-1,not-admissible,,3(1),,,,final-decision,${screenedWith},,,remedies-pending`,
    `N-2,not-available,,18(2),,,,2025-05-19,${screenedWith},,,not-yet-in-force`,
    `N-3,likely-admissible,,,2026-01-15,,,,${screenedWith},2026-01-15,,`,
    `N-4,not-admissible,,2,,,,,${screenedWith},,,outside-jurisdiction`,
  ]);
});

test('the batch example gives the day to send by beside the year\'s end: a year from the day the Protocol applied, when the year after the final decision ran out before it', () => {
  // Albania is bound from 19 May 2025; the year after a final decision of 1 July 2024 ended on 1 July 2025, a month and a half later.
  const albania = { ...ES_EVICTION, state: 'AL', urgency: 'no', factsContinuing: 'yes', finalDecisionDate: '2024-07-01', lateSubmission: 'yes' };
  const rows = screenBatch([{ id: 'AL', receivedOn: '2025-12-01', answers: albania }, { id: 'ES', receivedOn: '2026-06-01', answers: ES_EVICTION }], '2026-12-07');
  assert.deepEqual(
    rows.map(({ id, outcome, deadline, sendBy }) => ({ id, outcome, deadline, sendBy })),
    [
      { id: 'AL', outcome: 'needs-review', deadline: '2025-07-01', sendBy: '2026-05-19' },
      { id: 'ES', outcome: 'likely-admissible', deadline: '2026-12-01', sendBy: '2026-12-01' },
    ],
  );
});

test('the batch example tells a bar from a point to check: C37, no name given (3(2)(g), a bar) and unsure whether something stopped the person in time (3(2)(a), to check)', () => {
  const late = { ...ES_EVICTION, urgency: 'no', finalDecisionDate: '2024-12-01', lateSubmission: 'unknown', identity: 'anonymous' };
  const [row] = screenBatch([{ id: 'C37', receivedOn: '2026-06-01', answers: late }], '2026-12-07');
  assert.deepEqual({ outcome: row.outcome, articles: row.articles, toCheck: row.toCheck }, { outcome: 'not-admissible', articles: ['3(2)(a)', '3(2)(g)'], toCheck: ['3(2)(a)'] });
});

test('the batch example diaries no case for the day the Protocol applies when the record bars it on that day too: facts over before it (art. 3(2)(b)), no jurisdiction (art. 2)', () => {
  // Albania deposited on 19 February 2025 and is bound from 19 May 2025; the route closes at the State, before these answers are asked.
  const albania = { ...ES_EVICTION, state: 'AL', urgency: 'no', finalDecisionDate: '2025-01-15' };
  const rows = screenBatch(
    [
      { id: 'over', receivedOn: '2025-03-01', answers: { ...albania, factsContinuing: 'no' } },
      { id: 'outside', receivedOn: '2025-03-01', answers: { ...albania, jurisdiction: 'no' } },
      { id: 'continuing', receivedOn: '2025-03-01', answers: { ...albania, factsContinuing: 'yes' } },
      // Not yet answered: it may open then.
      { id: 'unsaid', receivedOn: '2025-03-01', answers: albania },
      { id: 'pending', receivedOn: '2025-03-01', answers: { ...albania, factsDate: '2025-01-10', remedies: 'pending', finalDecisionDate: undefined } },
    ],
    '2025-03-01',
  );
  assert.deepEqual(
    rows.map(({ id, outcome, articles, notYet }) => ({ id, outcome, articles, notYet })),
    [
      { id: 'over', outcome: 'not-available', articles: ['18(2)', '3(2)(b)'], notYet: null },
      { id: 'outside', outcome: 'not-available', articles: ['18(2)', '2'], notYet: null },
      { id: 'continuing', outcome: 'not-available', articles: ['18(2)'], notYet: '2025-05-19' },
      { id: 'unsaid', outcome: 'not-available', articles: ['18(2)'], notYet: '2025-05-19' },
      { id: 'pending', outcome: 'not-available', articles: ['18(2)'], notYet: '2025-05-19' },
    ],
  );
});

test('the batch example names each row’s reasons by code beside their articles: "2" is a consent still to get, or an organisation with no victim, which no answer changes', async () => {
  const answers = { state: 'ES', jurisdiction: 'yes', rights: ['housing'], urgency: 'no' };
  const records = [
    { id: 'consent', receivedOn: '2026-06-01', answers: { ...answers, author: 'representative-no-consent', consentJustification: 'none' } },
    { id: 'organisation', receivedOn: '2026-06-01', answers: { ...answers, author: 'organisation' } },
  ];
  const rows = screenBatch(records, '2026-12-07');
  assert.deepEqual(
    rows.map(({ id, outcome, articles, reasons }) => ({ id, outcome, articles, reasons })),
    [
      { id: 'consent', outcome: 'not-admissible', articles: ['2'], reasons: ['consent-missing'] },
      { id: 'organisation', outcome: 'not-available', articles: ['2'], reasons: ['no-identified-victim'] },
    ],
  );
  // The reasons barring a case on the day the Protocol will apply join the row's, with their articles (Albania, bound from 19 May 2025).
  const [over] = screenBatch([{ id: 'over', receivedOn: '2025-03-01', answers: { ...ES_EVICTION, state: 'AL', urgency: 'no', finalDecisionDate: '2025-01-15', factsContinuing: 'no' } }], '2025-03-01');
  assert.deepEqual([over.articles, over.reasons], [['18(2)', '3(2)(b)'], ['not-yet-in-force', 'facts-before-entry-into-force']]);
  const stdout = await batchExample(records);
  // The column comes last: a script reading the earlier ones by place still reads them right.
  assert.deepEqual(stdout.split('\n').slice(1, 3).map((line) => [line.split(',')[3], line.split(',').at(-1)]), [['2', 'consent-missing'], ['2', 'no-identified-victim']]);
});

/** The shipped States-Parties table with the United Kingdom acceding on 2 March 2026, as the README's "Newer States-Parties data" writes it. */
function newerParties() {
  const { parties } = createEnvironment();
  return {
    source: 'UN Treaty Collection, chapter IV-3-a, status as at 1 September 2026',
    asOf: '2026-09-01',
    states: [
      ...parties.states.filter((s) => s.code !== 'GB'),
      { code: 'GB', signedOn: null, consentedOn: '2026-03-02', consentKind: 'accession', article10: false, article11: false, unconfirmed: [] },
    ],
  };
}
const GB_EVICTION = { ...ES_EVICTION, state: 'GB', urgency: 'no', factsDate: '2026-07-01', finalDecisionDate: '2026-08-20' };

test('the batch example screens every record on the host’s newer States-Parties table, given to screenBatch or as --parties, and says which on the row', async () => {
  const records = [{ id: 'GB-1', receivedOn: '2026-09-10', answers: GB_EVICTION }];
  assert.deepEqual(screenBatch(records, '2026-09-10').map(({ outcome, reasons }) => ({ outcome, reasons })), [{ outcome: 'not-available', reasons: ['state-not-party'] }]);
  const [row] = screenBatch(records, '2026-09-10', { parties: newerParties() });
  assert.deepEqual([row.outcome, row.screenedWith.parties, row.sendBy], ['likely-admissible', '2026-09-01', '2027-08-20']);
  const dir = await mkdtemp(join(tmpdir(), 'batch-'));
  try {
    const [file, table] = [join(dir, 'intake.json'), join(dir, 'newer-parties.json')];
    await writeFile(file, JSON.stringify(records));
    await writeFile(table, JSON.stringify(newerParties()));
    const script = fileURLToPath(new URL('../../examples/batch.mjs', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [script, file, '--parties', table]);
    assert.match(stdout.split('\n')[1], /^GB-1,likely-admissible,,,2027-08-20,,,,2026-09-01,2026-02-03,[^,]+,2027-08-20,,$/);
    // A table that fails validation is the host's to fix: one line naming the file and the field, no CSV, not a row of invalid records.
    const bad = newerParties();
    await writeFile(table, JSON.stringify({ ...bad, states: bad.states.map((s) => (s.code === 'BE' ? { ...s, consentedOn: '2014-13-01' } : s)) }));
    const failed = await failureOf(promisify(execFile)(process.execPath, [script, file, '--parties', table]));
    assert.ok(failed, 'the run fails');
    assert.equal(failed.code, 1);
    assert.equal(failed.stdout, '');
    assert.match(failed.stderr, /^\S+newer-parties\.json: Invalid parties: states\.\d+\.consentedOn \(record BE\) must be a real calendar date/);
    assert.equal(failed.stderr.trim().split('\n').length, 1, failed.stderr);
    assert.throws(() => screenBatch(records, '2026-09-10', { parties: { ...bad, asOf: 'soon' } }), (error) => error instanceof ValidationError && error.input === 'parties');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the batch example never hands a spreadsheet a formula: a field starting with = + - @ is shown as text', async () => {
  const ids = ['=HYPERLINK("https://evil.example","Open")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1'];
  const stdout = await batchExample(ids.map((id) => ({ id, receivedOn: '2026-06-01', answers: ES_EVICTION })));
  assert.deepEqual(
    stdout.split('\n').slice(1, -1).map((line) => line.slice(0, line.indexOf(',likely-admissible'))),
    [`"'=HYPERLINK(""https://evil.example"",""Open"")"`, "'+1+1", "'-2+3", "'@SUM(A1)", "'\t=1+1"],
  );
});

test('the README recipes for driving the flow step by step: with XState, and without it, to the same place', () => {
  const input = { env: createEnvironment({ asOf: '2026-06-01' }) };
  const actor = createActor(eligibilityMachine, { input }).start();
  const run = new ChartRun(eligibilityChart, input);
  for (const event of [{ type: 'ANSWER', value: 'ES' }, { type: 'ANSWER', value: 'yes' }, { type: 'BACK' }]) {
    actor.send(event);
    run.send(event);
  }
  assert.deepEqual(stepOf(run.snapshot()), { kind: 'question', question: 'jurisdiction', number: 2 });
  assert.deepEqual(stepOf(actor.getSnapshot()), stepOf(run.snapshot()));
  assert.deepEqual(actor.getSnapshot().context.answers, run.snapshot().context.answers);
});

test('dist/core imports neither Lit nor @lit/localize', async () => {
  const dir = new URL('../../dist/core/', import.meta.url);
  const files = (await readdir(dir)).filter((name) => name.endsWith('.js'));
  assert.ok(files.length > 5, 'dist/core holds the built engine');
  for (const name of files) {
    const code = await readFile(new URL(name, dir), 'utf8');
    assert.doesNotMatch(code, /from ['"](lit|@lit\/)/, `${name} imports Lit`);
  }
});

/**
 * Runs the js block of the README's "Newer States-Parties data" that names `naming` as written, against this build:
 * `document` is a stand-in whose element keeps what the block sets (its line, for a page,
 * commented out in the README), and each line that calls `assess(...)` is kept with its
 * comment, so that what the comment says can be checked. `asWritten`: the block alone, as Node runs it.
 */
async function runNewerDataBlock(naming, { asWritten = false } = {}) {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const from = readme.indexOf('### Newer States-Parties data');
  const section = readme.slice(from, readme.indexOf('\n### ', from + 1));
  const code = [...section.matchAll(/```js\n([^]*?)```/g)].map((m) => m[1]).find((block) => block.includes(naming));
  assert.ok(code, `a js block naming ${naming}`);
  const resolved = code.replace("from 'op-eligibility/core'", `from ${JSON.stringify(import.meta.resolve('op-eligibility/core'))}`);
  if (asWritten) return import(`data:text/javascript,${encodeURIComponent(resolved)}`);
  const recorded = resolved
    .replace(/^assess\((.*)\); \/\/ (.*)$/gm, (_, args, comment) => `seen.push({ assessment: assess(${args}), comment: ${JSON.stringify(comment)} });`)
    // The page's line, commented out so that the block also runs in Node as it is, is run too.
    .replace(/^\/\/ (document\..*)$/gm, '$1');
  const module = `export const seen = [], element = {};\nconst document = { querySelector: () => element };\n${recorded}`;
  return import(`data:text/javascript,${encodeURIComponent(module)}`);
}

test('the README recipes for newer data run as written in plain Node, where there is no document', async () => {
  for (const naming of ['const newer ', 'const newerProcedures', 'const leaving']) {
    await assert.doesNotReject(runNewerDataBlock(naming, { asWritten: true }), naming);
  }
});

test('the README recipe for newer States-Parties data runs as written: a State that acceded later is bound three months after its deposit (art. 18(2)), in assess() and the element', async () => {
  const { seen, element } = await runNewerDataBlock('const newer');
  assert.equal(seen.length, 1);
  const [{ assessment, comment }] = seen;
  assert.equal(assessment.outcome, 'likely-admissible');
  assert.equal(assessment.dates.entryIntoForce, '2026-06-02');
  assert.equal(assessment.data.parties.asOf, '2026-09-01');
  assert.match(comment, /^likely-admissible: GB bound from 2026-06-02/);
  assert.equal(element.parties.asOf, '2026-09-01', 'the same table is given to the element');
  // The shipped table alone: the United Kingdom has not joined.
  assert.equal(assess({ state: 'GB' }, { asOf: '2026-09-10' }).outcome, 'not-available');
});

test('the README says which table a result rests on: a closed route’s result says the lists may be out of date until the host passes newer procedures too', async () => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Newer States-Parties data'), readme.indexOf('### Driving the machine step by step'));
  assert.match(section.replace(/\s+/g, ' '), /The element takes both newer tables, as its `parties` and `procedures` properties[^]*?a closed route[^]*?says that the UN's lists may be out of date unless the host passes newer `procedures` as well/);
  // What it describes: tables read five days before the check; the shipped lists are of 3 February 2026.
  const { parties, procedures } = createEnvironment();
  const recent = { ...parties, source: 'UN Treaty Collection, chapter IV-3-a, status as at 1 December 2026', asOf: '2026-12-01' };
  const recentProcedures = { ...procedures, source: 'UN Treaty Collection status pages, status as at 1 December 2026', asOf: '2026-12-01' };
  const usFood = { state: 'US', rights: ['food'], urgency: 'no', child: 'no', disability: 'no', grounds: ['none'] };
  const closed = assess(usFood, { asOf: '2026-12-06', parties: recent });
  const closedBoth = assess(usFood, { asOf: '2026-12-06', parties: recent, procedures: recentProcedures });
  const open = assess({ ...ES_EVICTION, finalDecisionDate: '2026-06-01' }, { asOf: '2026-12-06', parties: recent });
  assert.deepEqual([closed.outcome, core.dataMayBeOutdated(closed)], ['not-available', true]);
  assert.deepEqual([closedBoth.outcome, core.dataMayBeOutdated(closedBoth)], ['not-available', false]);
  assert.deepEqual([open.outcome, core.dataMayBeOutdated(open)], ['likely-admissible', false]);
});

test('the README recipe for newer complaint procedures runs as written: the route it adds is among the other routes, in assess() and the element', async () => {
  const { seen, element } = await runNewerDataBlock('const newerProcedures');
  assert.equal(seen.length, 1);
  const [{ assessment, comment }] = seen;
  assert.equal(assessment.outcome, 'not-available');
  assert.ok(assessment.routes.some((r) => r.procedure === 'iccpr_op1'), 'the Human Rights Committee is among the other routes');
  assert.match(comment, /^not-available: the Human Rights Committee \(iccpr_op1\) among the other routes/);
  assert.equal(element.procedures.asOf, '2026-09-01', 'the same table is given to the element');
  // The shipped table alone: no such route.
  assert.ok(!assess({ state: 'US', rights: ['food'], urgency: 'no', child: 'no', disability: 'no', grounds: ['none'] }, { asOf: '2026-09-10' }).routes.some((r) => r.procedure === 'iccpr_op1'));
});

test('the README recipe for a State that leaves the Protocol runs as written: open with the last day to send until it leaves, closed from that day (art. 20)', async () => {
  const { seen } = await runNewerDataBlock('const leaving');
  const codes = seen.map(({ assessment }) => assessment.reasons.map((r) => r.code));
  assert.deepEqual(
    seen.map(({ assessment, comment }) => ({ outcome: assessment.outcome, deadline: assessment.dates.deadline, said: comment.split(':')[0] })),
    [
      { outcome: 'likely-admissible', deadline: '2027-09-14', said: 'likely-admissible' },
      { outcome: 'not-available', deadline: null, said: 'not-available' },
    ],
  );
  assert.ok(codes[0].includes('denunciation-pending') && seen[0].comment.includes('denunciation-pending, send by 2027-09-14'));
  assert.deepEqual(codes[1], ['state-denounced']);
});
