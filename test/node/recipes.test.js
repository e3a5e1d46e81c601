// The README's React 19 and Vue 3 recipes, as the README writes them: each is built
// with Vite into a small app against the npm build (what `import 'op-eligibility'` gives
// an app that installed the package), then run in Chromium. The React typing is checked
// by TypeScript against the package's declarations. Last, a Vue app that keeps the element
// off the page (KeepAlive) and replaces it in a transition, as apps do.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { assess } from '../../dist/core/index.js';
import { serveStatic } from '../../scripts/static-server.js';
import { ES_EVICTION, launchBrowser } from '../../scripts/embed-driver.js';
import { typeErrors } from './type-errors.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The code blocks of the README section headed `heading`, by their language tag. */
function recipe(heading) {
  const start = README.indexOf(`\n### ${heading}\n`);
  assert.ok(start >= 0, `the README has a "${heading}" section`);
  const section = README.slice(start + 1).split(/\n#{2,3} /)[0];
  const blocks = {};
  for (const [, lang, code] of section.matchAll(/```(\w+)\n([^]*?)```/g)) blocks[lang] = code;
  return blocks;
}

/**
 * A complete route that ends at the summary today (the final decision a month ago, so
 * within the year of article 3(2)(a)); what the recipes' apps pass as saved answers.
 */
const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
const SAVED = { ...ES_EVICTION, finalDecisionDate: monthAgo };
const EXPECTED = assess(SAVED).outcome;

let scratch;
let browser;

before(async () => {
  // Inside the repository (and git-ignored), so that the apps resolve react, vue and lit from its node_modules.
  scratch = mkdtempSync(join(ROOT, 'recipes.tmp.'));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Writes `files` into a new app folder and returns its path. */
function app(name, files) {
  const dir = join(scratch, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

/**
 * Builds the app in `dir` with Vite (its own config file when given), `op-eligibility`
 * being the npm build; with `development`, the libraries' development builds (React's
 * StrictMode runs each effect twice there only).
 */
async function buildApp(dir, configFile = false, development = false) {
  await build({
    root: dir,
    configFile,
    ...(development && { mode: 'development', define: { 'process.env.NODE_ENV': '"development"' } }),
    logLevel: 'warn',
    resolve: { alias: [{ find: /^op-eligibility$/, replacement: join(ROOT, 'dist/index.js') }] },
    build: { outDir: join(dir, 'dist'), emptyOutDir: true },
  });
  return join(dir, 'dist');
}

/** Opens the built app, waits for the element's summary and confirms it, and returns what the page shows and logged. */
async function runApp(dist) {
  const server = await serveStatic(dist);
  const page = await browser.newPage();
  const problems = [];
  const logged = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => (message.type() === 'error' ? problems : logged).push(message.text()));
  try {
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => document.querySelector('op-eligibility')?.shadowRoot?.querySelector('[part~="confirm"]'));
    const shown = await page.evaluate(() => {
      const element = document.querySelector('op-eligibility');
      const heading = element.shadowRoot.querySelector('#step-heading');
      return {
        answersAttribute: element.getAttribute('answers'),
        heading: heading.localName,
        title: heading.textContent.trim(),
        lang: element.shadowRoot.querySelector('[part="base"]').lang,
      };
    });
    await page.evaluate(() => document.querySelector('op-eligibility').shadowRoot.querySelector('[part~="confirm"]').click());
    await page.waitForFunction(() => document.querySelector('op-eligibility').shadowRoot.querySelector('[part~="restart"]'));
    return { shown, problems, logged, result: await page.evaluate(() => window.recipeResult ?? null) };
  } finally {
    await page.close();
    await server.close();
  }
}

test('React 19: the recipe’s component sets answers as a property, its attributes reach the element, and its handler gets the assessment', async () => {
  const { jsx } = recipe('React 19');
  const dir = app('react', {
    'Eligibility.jsx': jsx,
    'main.jsx': `import { createRoot } from 'react-dom/client';
import { Eligibility } from './Eligibility.jsx';
createRoot(document.getElementById('root')).render(
  <Eligibility saved={${JSON.stringify(SAVED)}} onResult={(assessment) => { window.recipeResult = assessment; }} />,
);
`,
    'index.html': '<!doctype html><html lang="en"><head><link rel="icon" href="data:," /></head><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>',
  });
  const { shown, problems, result } = await runApp(await buildApp(dir));
  assert.deepEqual(problems, []);
  // A property: had React written it as an attribute, the element would hold "[object Object]" and start at question 1.
  assert.equal(shown.answersAttribute, null);
  assert.equal(shown.lang, 'fr');
  assert.equal(shown.title, 'Vérifiez vos réponses');
  assert.equal(shown.heading, 'h3', 'heading-level="3" from the recipe');
  assert.equal(result?.outcome, EXPECTED);
});

test('React 19: the recipe’s declaration types the tag, its properties and its events for TypeScript, under its strictest options', () => {
  const { ts } = recipe('React 19');
  const dir = app('react-types', {
    'declare.ts': ts,
    'use.tsx': `import type { Answers, Environment } from 'op-eligibility/core';
export const ok = (saved: Answers | undefined, done: (outcome: string) => void) => (
  <op-eligibility lang="fr" heading-level="3" answers={saved} onop-eligibility-complete={(e) => done(e.detail.assessment.outcome)} />
);
// Every attribute of the element's table and all four events, as a React app writes them.
export const all = (leave: (url: string) => void) => (
  <op-eligibility as-of="2026-06-01" mode="training" scenario="eviction-spain" no-quick-exit exit-url="https://example.org/"
    persist="session" persist-ttl="12" onop-eligibility-step={(e) => e.detail.step.kind}
    onop-eligibility-error={(e) => e.detail.error.input} onop-eligibility-exit={(e) => { e.preventDefault(); leave(e.detail.url); }} />
);
// The three properties of the element's table, newer data as the README's "Newer States-Parties data" passes it.
export const data = (env: Environment) => <op-eligibility parties={env.parties} procedures={env.procedures} />;
// @ts-expect-error: persist is "session" or "local"
export const wrongStorage = <op-eligibility persist="cookie" />;
// @ts-expect-error: a misspelt property (the tag is typed, not \`any\`)
export const misspelt = (saved: Answers) => <op-eligibility answer={saved} />;
// @ts-expect-error: a step event carries no assessment
export const wrongEvent = <op-eligibility onop-eligibility-step={(e) => e.detail.assessment} />;
`,
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        verbatimModuleSyntax: true,
        skipLibCheck: false,
        jsx: 'react-jsx',
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: ['react'],
        noEmit: true,
      },
      files: ['declare.ts', 'use.tsx'],
    }),
  });
  assert.equal(typeErrors(dir), '');
});

/** Renders the app in `dir` on the server (Vite's SSR build of its `server.jsx`, in Node) into its built `index.html`, at `<!--app-->`. */
async function renderOnServer(dir, dist) {
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: [{ find: /^op-eligibility$/, replacement: join(ROOT, 'dist/index.js') }] },
    build: { ssr: join(dir, 'server.jsx'), outDir: join(dir, 'server'), emptyOutDir: true },
  });
  const { render } = await import(join(dir, 'server', 'server.js'));
  const page = join(dist, 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('<!--app-->', render()));
}

// A Next.js page renders its client components on the server, then React hydrates them.
test('React 19, rendered on the server and hydrated (Next.js): the README’s component gets the saved answers and its handler the assessment, under StrictMode', async () => {
  const { jsx } = recipe('Server rendering: Next.js, Nuxt, Astro');
  const dir = app('react-ssr', {
    'Eligibility.jsx': jsx,
    'server.jsx': `import { renderToString } from 'react-dom/server';
import { Eligibility } from './Eligibility.jsx';
export const render = () => renderToString(<Eligibility saved={${JSON.stringify(SAVED)}} onResult={() => {}} />);
`,
    'main.jsx': `import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { Eligibility } from './Eligibility.jsx';
// A handler called twice (a listener added twice by StrictMode's second run of effects) leaves 'twice'.
hydrateRoot(
  document.getElementById('root'),
  <StrictMode><Eligibility saved={${JSON.stringify(SAVED)}} onResult={(assessment) => { window.recipeResult = window.recipeResult ? 'twice' : assessment; }} /></StrictMode>,
);
`,
    'index.html': '<!doctype html><html lang="en"><head><link rel="icon" href="data:," /></head><body><div id="root"><!--app--></div><script type="module" src="./main.jsx"></script></body></html>',
  });
  // React's development build: StrictMode runs each effect twice, as in a developer's app.
  const dist = await buildApp(dir, false, true);
  await renderOnServer(dir, dist);
  assert.match(readFileSync(join(dist, 'index.html'), 'utf8'), /<div id="root"><op-eligibility[^>]* lang="fr"/, 'the server wrote the element');
  const { shown, problems, result } = await runApp(dist);
  assert.deepEqual(problems, []);
  assert.equal(shown.title, 'Vérifiez vos réponses', 'the saved answers reached the element');
  assert.equal(result?.outcome, EXPECTED, 'the handler heard the result, once');
});

test('Vue 3: with the recipe’s compiler option, the component binds answers as a property and hears the complete event', async () => {
  const { js, vue } = recipe('Vue 3');
  const dir = app('vue', {
    'vite.config.js': js,
    'App.vue': vue,
    'main.js': `import { createApp } from 'vue';
import App from './App.vue';
createApp(App, { saved: ${JSON.stringify(SAVED)} }).mount('#app');
`,
    'index.html': '<!doctype html><html lang="en"><head><link rel="icon" href="data:," /></head><body><div id="app"></div><script type="module" src="./main.js"></script></body></html>',
  });
  const { shown, problems, logged } = await runApp(await buildApp(dir, join(dir, 'vite.config.js')));
  assert.deepEqual(problems, []);
  assert.equal(shown.answersAttribute, null);
  assert.equal(shown.lang, 'es');
  assert.equal(shown.title, 'Revise sus respuestas');
  assert.equal(shown.heading, 'h3');
  assert.deepEqual(logged, [EXPECTED], 'the recipe’s handler logs the outcome');
});

/** Opens the built app in `dist`, runs `drive(page)`, and returns the page's errors. */
async function withApp(dist, drive) {
  const server = await serveStatic(dist);
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  try {
    await page.goto(`${server.origin}/index.html`);
    await drive(page);
  } finally {
    await page.close();
    await server.close();
  }
  return problems;
}

/** In the page: the question the element `selector` shows (from its first control's id), and the State chosen in its list, if it shows one. */
function questionOf(selector) {
  const root = document.querySelector(selector)?.shadowRoot;
  const control = root?.querySelector('[id^="field-"]');
  return control ? [control.id.slice('field-'.length), root.querySelector('select[name="answer"]')?.value ?? null] : null;
}

/** In the page: answers the element `selector`'s State question with Spain, and goes on. */
function answerSpain(selector) {
  const root = document.querySelector(selector).shadowRoot;
  root.querySelector('select[name="answer"]').value = 'ES';
  root.querySelector('[part~="continue"]').click();
}

test('Vue 3 KeepAlive and Transition: a kept element comes back wiped after a quick exit in another view; a keyed element entering beside the one leaving resumes what the person saved', async () => {
  const dir = app('vue-lifecycle', {
    'main.js': `import { createApp, defineComponent, h, KeepAlive, ref, Transition } from 'vue';
import 'op-eligibility';
const screening = (id, extra = {}) => h('op-eligibility', { id, lang: 'en', 'as-of': '2026-06-01', ...extra });
// Two views under KeepAlive: leaving one keeps its element, off the page, to show again.
const Intake = defineComponent({ name: 'Intake', setup: () => () => screening('intake') });
const Help = defineComponent({
  name: 'Help',
  // The host leaves its own way: the test page stays.
  setup: () => () => screening('help', { onOpEligibilityExit: (event) => event.preventDefault() }),
});
const view = ref('intake');
const round = ref(1);
window.show = (name) => (view.value = name);
window.nextRound = () => (round.value += 1);
createApp({
  setup: () => () => [
    h('div', { id: 'views' }, [h(KeepAlive, null, [view.value === 'intake' ? h(Intake, { key: 'intake' }) : h(Help, { key: 'help' })])]),
    // A new key at each round: the element entering shows beside the one leaving while the transition runs.
    h(Transition, null, () => [screening('saved', { key: round.value, persist: 'session', class: 'round-' + round.value })]),
  ],
}).mount('#app');
`,
    'index.html': `<!doctype html><html lang="en"><head><link rel="icon" href="data:," /><style>.v-leave-active, .v-enter-active { transition: opacity 0.4s } .v-leave-to, .v-enter-from { opacity: 0 }</style></head><body><div id="app"></div><script type="module" src="./main.js"></script></body></html>`,
  });
  const problems = await withApp(await buildApp(dir), async (page) => {
    await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('select'), {}, '#intake');
    await page.evaluate(answerSpain, '#intake');
    await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector('#field-jurisdiction'), {}, '#intake');
    // Another view; the intake's element is kept, off the page. The person leaves from the help view.
    await page.evaluate(() => window.show('help'));
    await page.waitForFunction(() => document.querySelector('#help')?.shadowRoot?.querySelector('[part="quick-exit"]'));
    assert.equal(await page.evaluate(() => document.querySelector('#intake')), null, 'KeepAlive took the intake off the page');
    await page.evaluate(() => document.querySelector('#help').shadowRoot.querySelector('[part="quick-exit"]').click());
    await page.evaluate(() => window.show('intake'));
    await page.waitForFunction(() => document.querySelector('#intake'));
    assert.deepEqual(await page.evaluate(questionOf, '#intake'), ['state', ''], 'the kept element came back wiped');

    // The person saves; the app re-renders the element with a new key, in a transition.
    await page.evaluate(() => document.querySelector('.round-1').shadowRoot.querySelector('[part~="save"]').click());
    await page.evaluate(answerSpain, '.round-1');
    await page.waitForFunction(() => sessionStorage.getItem('op-eligibility:saved')?.includes('"ES"'));
    await page.evaluate(() => window.nextRound());
    await page.waitForFunction(() => document.querySelectorAll('#saved').length === 2);
    await page.waitForFunction(() => document.querySelectorAll('#saved').length === 1, { timeout: 5000 });
    await page.waitForFunction(() => document.querySelector('.round-2').shadowRoot.querySelector('#field-jurisdiction'), { timeout: 5000 }).catch(() => {});
    assert.deepEqual(await page.evaluate(questionOf, '.round-2'), ['jurisdiction', null], 'the new element resumed the saved answers');
    assert.ok(await page.evaluate(() => document.querySelector('.round-2').shadowRoot.querySelector('[part~="forget"]')), 'and says they are saved');
  });
  assert.deepEqual(problems, []);
});
