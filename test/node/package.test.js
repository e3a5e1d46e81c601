// The npm package as a developer installs it: `npm pack`'s tarball, unpacked into a
// scratch project beside its dependencies, then imported by TypeScript (strict, Node's
// own module resolution, our .d.ts files checked) and by Node.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { typeErrors } from './type-errors.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
let project;
/** The checks a strict consumer may turn on beyond `strict`. */
const STRICTEST = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, verbatimModuleSyntax: true };
/** Paths of the files in the tarball, relative to the package. */
let packed;

/** A folder of the scratch project that type-checks `file` under STRICTEST and one module resolution; returns its path. */
function strictestCheck(name, file, module, moduleResolution) {
  const dir = join(project, name);
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { ...STRICTEST, module, moduleResolution, target: 'es2022', lib: ['es2022', 'dom'], types: [], noEmit: true, skipLibCheck: false },
      files: [`../${file}`],
    }),
  );
  return dir;
}

before(() => {
  project = mkdtempSync(join(tmpdir(), 'op-eligibility-consumer-'));
  // Scratch files left in folders that ship (npm's `files` list does not read .gitignore).
  const scratch = ['src/pack-probe.tmp.mjs', 'dist/pack-probe.cpuprofile'].map((path) => join(ROOT, path));
  for (const file of scratch) writeFileSync(file, '');
  let report;
  try {
    [report] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } finally {
    for (const file of scratch) rmSync(file, { force: true });
  }
  packed = new Set(report.files.map((file) => file.path));
  execFileSync('tar', ['-xzf', join(project, report.filename), '-C', project]);
  mkdirSync(join(project, 'node_modules', '@lit'), { recursive: true });
  renameSync(join(project, 'package'), join(project, 'node_modules', 'op-eligibility'));
  // The dependencies, as npm would install them (their own dependencies resolve from this repository).
  for (const name of [...Object.keys(pkg.dependencies), '@lit/reactive-element', 'lit-html', 'lit-element']) {
    symlinkSync(join(ROOT, 'node_modules', name), join(project, 'node_modules', name), 'dir');
  }
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
});

after(() => rmSync(project, { recursive: true, force: true }));

test('the tarball holds what package.json promises, and no tests, benchmarks, demo or scratch files', () => {
  const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  const promised = [pkg.main, pkg.types, pkg.customElements, ...targets].map((path) => posix.normalize(path));
  assert.deepEqual(promised.filter((path) => !packed.has(path)), []);
  assert.ok(packed.has('dist/cdn/op-eligibility.js'), 'the one-file embed, for CDNs that serve npm packages');
  // MIT asks that its notice go with every copy.
  assert.ok(packed.has('LICENSE'), 'the licence text');
  assert.deepEqual([...packed].filter((path) => /^(test|bench|demo|dist\/bench|dist\/demo)\//.test(path)), []);
  assert.deepEqual([...packed].filter((path) => /\.tmp\.|\.cpuprofile$/.test(path)), [], 'scratch scripts and CPU profiles');
  // tsc's copy of the embed's entry: the exports map reaches no file of it, and dist/cdn has the embed.
  assert.deepEqual([...packed].filter((path) => path.startsWith('dist/embed.')), []);
});

test('npm pack and npm publish build first, so that the tarball holds the build of these sources', () => {
  // Without it, a fresh checkout (a CI release job) packed README, LICENSE and src/ alone:
  // no code, types, embed or manifest, and npm said nothing.
  assert.match(pkg.scripts.prepack ?? '', /^npm run build\b/);
});

test('every source map and declaration map points at files in the tarball (or carries its sources)', () => {
  const broken = [];
  for (const path of [...packed].filter((p) => p.endsWith('.map'))) {
    const map = JSON.parse(readFileSync(join(project, 'node_modules', 'op-eligibility', path), 'utf8'));
    map.sources.forEach((source, i) => {
      const target = posix.join(posix.dirname(path), map.sourceRoot ?? '', source);
      if (!packed.has(target) && !map.sourcesContent?.[i] && !/node_modules\//.test(target)) broken.push(`${path} → ${source}`);
    });
  }
  assert.deepEqual(broken.slice(0, 5), [], `${broken.length} references to files the tarball lacks`);
});

test('TypeScript (strict, NodeNext resolution, declarations checked) types the element, its events and the engine', () => {
  writeFileSync(
    join(project, 'consumer.ts'),
    `import 'op-eligibility';
import { assess, assessmentSchema, dataMayBeOutdated, QUESTION_KINDS, ValidationError, type Assessment, type AssessmentRecord, type Answers } from 'op-eligibility/core';
import * as z from 'zod/mini';
import { eligibilityMachine } from 'op-eligibility/machine';

const answers: Answers = { state: 'ES', rights: ['eviction'] };
const assessment: Assessment = assess(answers, { asOf: '2026-06-01' });
const outcome: 'likely-admissible' | 'not-admissible' | 'needs-review' | 'not-available' = assessment.outcome;
const element = document.createElement('op-eligibility');
element.asOf = '2026-06-01';
element.addEventListener('op-eligibility-complete', (event) => console.log(event.detail.assessment.outcome));
element.addEventListener('op-eligibility-error', (event) => console.log(event.detail.error instanceof ValidationError));
console.log(outcome, eligibilityMachine.id);
// The README's hand-off JSON, read back: an AssessmentRecord, which every Assessment fits.
const record: AssessmentRecord = z.parse(assessmentSchema, JSON.parse(JSON.stringify(assessment)));
const again: AssessmentRecord = assessment;
console.log(record.outcome, again.schemaVersion);
// A case file read back is checked for outdated lists as the live result is.
console.log(dataMayBeOutdated(record), dataMayBeOutdated(assessment));
// The result's codes are typed as the codes they are, so a misspelt one is caught.
console.log(assessment.rights.some((r) => r.situation === 'eviction'), assessment.state?.unconfirmed.includes('article11'));
// @ts-expect-error: no situation is called that.
console.log(assessment.rights.some((r) => r.situation === 'evction'));
// @ts-expect-error: nor is any field of the States-Parties table.
console.log(assessment.state?.unconfirmed.includes('article-11'));
// @ts-expect-error: the questions' kinds are read-only: the element draws its controls from them.
QUESTION_KINDS.jurisdiction = { kind: 'choice', options: ['maybe'] };
element.mode = 'training';
element.persist = 'local';
// @ts-expect-error: a misspelt mode is caught before it reaches the page.
element.mode = 'trainning';
// @ts-expect-error: so is a storage that does not exist.
element.persist = 'cookie';
// Answers and tables passed to the element are typed as assess() and createEnvironment() take them.
const readBack = (el: HTMLElementTagNameMap['op-eligibility']) => [el.answers?.state, el.parties?.asOf, el.procedures?.asOf];
element.answers = { state: 'ES', remedies: 'exhausted' };
element.answers = null;
console.log(readBack(element));
// @ts-expect-error: a misspelt answer is caught on the element as in assess().
element.answers = { stat: 'ES' };
// @ts-expect-error: so is an answer the question does not offer.
element.answers = { remedies: 'exhausted-all' };
// @ts-expect-error: and a misspelt field of a host's States-Parties table.
element.parties = { source: 'host', asOf: '2026-06-01', states: [{ code: 'GB', consentedon: '2026-03-02' }] };
`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [], noEmit: true, skipLibCheck: false },
      files: ['consumer.ts'],
    }),
  );
  assert.equal(typeErrors(project), '');
});

test('the manifest can be imported by its package path, as Storybook and other tools import it', () => {
  const script = `import manifest from 'op-eligibility/${pkg.customElements}' with { type: 'json' };
console.log(manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement)?.tagName);`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(out.trim(), 'op-eligibility');
});

test('the element and the engine type-check under exactOptionalPropertyTypes, noUncheckedIndexedAccess and verbatimModuleSyntax, declarations checked, with bundler, node16 and nodenext resolution', () => {
  // op-eligibility/machine is checked on its own below: XState's own declarations fail this option.
  writeFileSync(
    join(project, 'exact.ts'),
    `import 'op-eligibility';
import type { OpEligibility, OpEligibilityExitEvent, OpEligibilityStepDetail } from 'op-eligibility';
import { assess, createEnvironment, type Answers } from 'op-eligibility/core';

const answers: Answers = { state: 'ES', rights: ['eviction'] };
const element = document.createElement('op-eligibility');
element.answers = answers;
element.parties = createEnvironment().parties;
element.addEventListener('op-eligibility-step', (event) => {
  const detail: OpEligibilityStepDetail = event.detail;
  console.log(detail.step.kind, assess(detail.answers, { asOf: '2026-06-01' }).outcome);
});
// The tag names the element's class wherever the DOM looks it up, and its events are typed on the page too.
const found: OpEligibility | null = document.querySelector('op-eligibility');
const all: NodeListOf<OpEligibility> = document.querySelectorAll('op-eligibility');
const outer: OpEligibility | null = document.body.closest('op-eligibility');
document.addEventListener('op-eligibility-exit', (event) => {
  const exit: OpEligibilityExitEvent = event;
  exit.preventDefault();
  console.log(exit.detail.url, found?.headingLevel, all.length, outer?.mode);
});
// @ts-expect-error: a step event carries no assessment.
element.addEventListener('op-eligibility-step', (event) => event.detail.assessment);
// An intake row whose date is empty is assessed on today's date, as assess() does at run time.
const row: { answers: unknown; date?: string | undefined } = JSON.parse('{"answers": {}}');
console.log(assess(row.answers, { asOf: row.date }).outcome);
`,
  );
  for (const [module, moduleResolution] of [['esnext', 'bundler'], ['node16', 'node16'], ['nodenext', 'nodenext']]) {
    assert.equal(typeErrors(strictestCheck(`exact-${moduleResolution}`, 'exact.ts', module, moduleResolution)), '', moduleResolution);
  }
});

test('a clinic’s switch over next steps and route caveats is exhaustive, and a next step’s facts are typed as given: urgentAction a boolean, a misspelt fact caught', () => {
  // The codes as the built declarations list them: the union, and the caveats' tuple.
  const codes = (file, declaration) => [...readFileSync(join(ROOT, 'dist/core', file), 'utf8').match(declaration)[1].matchAll(/["']([a-z-]+)["']/g)].map((m) => m[1]);
  const steps = codes('next-steps.d.ts', /type NextStepCode = ([^;]+);/);
  const caveats = codes('other-routes-schema.d.ts', /ROUTE_CAVEATS: readonly \[([^\]]+)\]/);
  assert.ok(steps.includes('search-for-disappeared') && caveats.includes('time-limit-may-have-passed'), `${steps} ${caveats}`);
  const cases = (list) => list.map((c) => `case '${c}':`).join(' ');
  writeFileSync(
    join(project, 'clinic-switch.ts'),
    `import { assess, type AssessmentRecord, type NextStepCode, type RouteCaveat } from 'op-eligibility/core';

const unhandled = (code: never): never => code;
export const stepLabel = (code: NextStepCode): string => {
  switch (code) { ${cases(steps)} return code; default: return unhandled(code); }
};
export const caveatLabel = (code: RouteCaveat): string => {
  switch (code) { ${cases(caveats)} return code; default: return unhandled(code); }
};
export const missesOne = (code: NextStepCode): string => {
  switch (code) { ${cases(steps.filter((c) => c !== 'search-for-disappeared'))} return code;
    // @ts-expect-error: a switch that forgets the disappearance step fails to compile.
    default: return unhandled(code);
  }
};
const assessment = assess({ state: 'MX', jurisdiction: 'yes', author: 'self', rights: ['disappearance'], urgency: 'yes' }, { asOf: '2024-09-29' });
const search = assessment.nextSteps.find((s) => s.code === 'search-for-disappeared');
const urgentAction: boolean | undefined = search?.data?.urgentAction;
// @ts-expect-error: no next step has such a fact.
console.log(search?.data?.urgentActoin);
const stored: AssessmentRecord = JSON.parse(JSON.stringify(assessment));
const storedUrgentAction: boolean | undefined = stored.nextSteps[0]?.data?.urgentAction;
const deadline: string | null | undefined = stored.nextSteps[0]?.data?.deadline;
console.log(urgentAction, storedUrgentAction, deadline, stored.routes.map((r) => r.caveats.map(caveatLabel)));
`,
  );
  for (const [module, moduleResolution] of [['esnext', 'bundler'], ['nodenext', 'nodenext']]) {
    assert.equal(typeErrors(strictestCheck(`switch-${moduleResolution}`, 'clinic-switch.ts', module, moduleResolution)), '', moduleResolution);
  }
});

test('the validated datasets and the environment, frozen at run time, are read-only in the types: an edit fails to compile rather than throw a TypeError', () => {
  writeFileSync(
    join(project, 'frozen.ts'),
    `import { createEnvironment, parseOtherRoutes, type StatesPartiesData } from 'op-eligibility/core';

const { parties, procedures } = createEnvironment();
const spain = parties.states.find((s) => s.code === 'ES')!;
// @ts-expect-error: a row pushed onto the shipped table.
parties.states.push({ ...spain, code: 'GB' });
// @ts-expect-error: a row edited in place.
spain.consentedOn = null;
// @ts-expect-error: a list inside a row.
spain.unconfirmed.push('signedOn');
// @ts-expect-error: the table's own "as of" date.
parties.asOf = '2026-09-01';
const env = createEnvironment({ asOf: '2026-06-01' });
// @ts-expect-error: an environment's day, checked when it was made (a new day is a new environment).
env.asOf = '2026-13-45';
// @ts-expect-error: its tables, which are getters.
env.parties = parties;
// @ts-expect-error: an acceptance in the complaint-procedures table.
procedures.states[0]!.accepted.icescr_op = '2026-01-01';
const routes = parseOtherRoutes({});
// @ts-expect-error: the route data parseOtherRoutes validated.
routes.regional.routes[0]!.states.push('GB');
// A newer table, built as the README builds it, still type-checks and is taken.
const newer: StatesPartiesData = {
  ...parties,
  states: [...parties.states.filter((s) => s.code !== 'GB'), { code: 'GB', signedOn: null, consentedOn: '2026-03-02', consentKind: 'accession', article10: false, article11: false, unconfirmed: [] }],
};
console.log(createEnvironment({ parties: newer }).partyByCode.get('GB')?.consentedOn);
`,
  );
  for (const [module, moduleResolution] of [['esnext', 'bundler'], ['nodenext', 'nodenext']]) {
    assert.equal(typeErrors(strictestCheck(`frozen-${moduleResolution}`, 'frozen.ts', module, moduleResolution)), '', moduleResolution);
  }
});

test('op-eligibility/machine under the same options: no error in our declarations (XState’s own remain), and a snapshot’s value and matches() are typed', () => {
  writeFileSync(
    join(project, 'machine.ts'),
    `import { createActor } from 'xstate';
import { createEnvironment, stepOf, type StateValue } from 'op-eligibility/core';
import { eligibilityMachine } from 'op-eligibility/machine';

const actor = createActor(eligibilityMachine, { input: { env: createEnvironment({ asOf: '2026-06-01' }) } }).start();
actor.send({ type: 'ANSWER', value: 'ES' });
const snapshot = actor.getSnapshot();
const value: StateValue = snapshot.value;
console.log(stepOf(snapshot), value, snapshot.matches({ jurisdiction: 'asking' }), snapshot.matches('review'));
// @ts-expect-error: a state the flow does not have.
snapshot.matches('reveiw');
`,
  );
  const errors = typeErrors(strictestCheck('exact-machine', 'machine.ts', 'nodenext', 'nodenext')).split('\n').filter((line) => /error TS\d+/.test(line));
  assert.deepEqual(errors.filter((line) => !/node_modules\/xstate\//.test(line)), []);
});

test('the README’s examples call the package as its declarations say (names, arguments, options, results)', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/```js\n([^]*?)```/g)].map((match) => match[1]).filter((code) => /from 'op-eligibility|import 'op-eligibility/.test(code));
  assert.ok(examples.length >= 6, `${examples.length} examples`);
  const dir = join(project, 'readme');
  mkdirSync(dir);
  examples.forEach((code, i) => writeFileSync(join(dir, `example-${i}.js`), code));
  // What the examples leave to the reader: a file's text, and a record's answers.
  writeFileSync(join(dir, 'given.d.ts'), 'declare const fileText: string;\ndeclare const answers: unknown;\n');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      // JavaScript as written: its parameters untyped, and `querySelector(…)` used without a null check.
      compilerOptions: { strict: true, noImplicitAny: false, strictNullChecks: false, allowJs: true, checkJs: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [], noEmit: true, skipLibCheck: true },
      include: ['*.js', 'given.d.ts'],
    }),
  );
  assert.equal(typeErrors(dir), '');
});

test('CommonJS code requires the headless entry, on a Node that loads ES modules with require (20.19 and later)', { skip: !process.features.require_module && 'this Node has no require() of ES modules' }, () => {
  const script = `const { assess } = require('op-eligibility/core');
console.log(assess({ state: 'IN' }, { asOf: '2026-06-01' }).outcome);`;
  const out = execFileSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  assert.equal(out.trim(), 'not-available');
});

test('the README’s CDN links pin this version', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const pinned = [...readme.matchAll(/op-eligibility@([^/\s]+)\/dist\/cdn\/op-eligibility\.js/g)].map((match) => match[1]);
  assert.ok(pinned.length >= 2, 'jsDelivr and unpkg');
  assert.deepEqual([...new Set(pinned)], [pkg.version]);
});

test('Node imports the installed package’s headless entry and assesses', () => {
  const script = `import { assess } from 'op-eligibility/core';
console.log(assess({ state: 'IN' }, { asOf: '2026-06-01' }).outcome);`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
  assert.equal(out.trim(), 'not-available');
});

// Next.js, Nuxt and Astro import a component's modules on the server too. There Lit's
// `node` build runs (no DOM), and a server renderer that finds the tag registered (Lit SSR:
// Astro's Lit integration, @lit-labs/nextjs) constructs the element, which needs a browser.
test('a server imports the element’s entry without a DOM, and registers no <op-eligibility> there, so a server renderer writes the tag and its fallback as they are', () => {
  const script = `import * as entry from 'op-eligibility';
console.log(typeof entry.assess, typeof entry.OpEligibility, typeof customElements.get('op-eligibility'));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
  assert.equal(out.trim(), 'function function undefined');
});

test('the README’s batch example ships, and screens its sample intake from the installed package', () => {
  const examples = join(project, 'node_modules', 'op-eligibility', 'examples');
  const records = JSON.parse(readFileSync(join(examples, 'intake.json'), 'utf8'));
  const out = execFileSync(process.execPath, [join(examples, 'batch.mjs'), join(examples, 'intake.json')], { cwd: project, encoding: 'utf8' });
  const [header, ...rows] = out.trim().split('\n');
  assert.equal(header, 'id,outcome,urgent,articles,deadline,lists-outdated,problem,not-yet,parties-as-of,procedures-as-of,engine,send-by,to-check,reasons');
  assert.equal(rows.length, records.length);
});

// pnpm (and `npm link`, a workspace) installs a package as a symlink into its own store: run
// by that path, as the README writes it, the example must still see that it is the script run.
test('the batch example imports from code whose first argument names no file (node -e with arguments)', () => {
  const script = `const { screenBatch } = await import('./node_modules/op-eligibility/examples/batch.mjs');
console.log(typeof screenBatch);`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, 'intake.csv'], { cwd: project, encoding: 'utf8' });
  assert.equal(out.trim(), 'function');
});

// A clinic's developer copies the example into a project that checks its JavaScript (checkJs):
// its JSDoc is then read as types, and must agree with the code and the package's declarations.
test('the shipped batch example, and the README’s copy of it, type-check as written, strict, under checkJs', () => {
  const dir = join(project, 'batch-check');
  mkdirSync(dir);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const [, code] = /```js\n([^]*?)```/.exec(readme.slice(readme.indexOf('### Screening a batch of records')));
  writeFileSync(join(dir, 'readme-batch.mjs'), code);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, allowJs: true, checkJs: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022'], types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')] },
      files: ['../node_modules/op-eligibility/examples/batch.mjs', 'readme-batch.mjs'],
    }),
  );
  assert.equal(typeErrors(dir), '');
});

test('the README’s batch command screens from a package installed as a symlink, as pnpm installs it', () => {
  const app = join(project, 'pnpm-app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  symlinkSync(join(project, 'node_modules', 'op-eligibility'), join(app, 'node_modules', 'op-eligibility'), 'dir');
  const intake = join(project, 'node_modules', 'op-eligibility', 'examples', 'intake.json');
  const out = execFileSync(process.execPath, ['node_modules/op-eligibility/examples/batch.mjs', intake], { cwd: app, encoding: 'utf8' });
  const rows = out.trim().split('\n').slice(1);
  assert.equal(rows.length, JSON.parse(readFileSync(intake, 'utf8')).length);
});
