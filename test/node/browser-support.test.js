// The browsers the one-file embed supports (README, "Supported browsers"): Safari 15 and
// Chromium 90, the oldest browsers of the build (`OLDEST` in vite.cdn.config.ts). Only a
// current Chromium runs here, so the build is read for what those browsers cannot parse or
// do not have, and a page whose browser lacks the newer APIs runs a whole screening.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSync, Visitor } from 'vite';
import { serveStatic } from '../../scripts/static-server.js';
import { ES_EVICTION, fillCurrentQuestion, launchBrowser } from '../../scripts/embed-driver.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CDN = new URL('../../dist/cdn/', import.meta.url);
const BUILT = readdirSync(CDN)
  .filter((name) => name.endsWith('.js'))
  .map((name) => ({ name, code: readFileSync(new URL(name, CDN), 'utf8') }));
const OLDEST_IN_CONFIG = /const OLDEST = \{ chrome: (\d+), safari: (\d+) \};/.exec(readFileSync(new URL('../../vite.cdn.config.ts', import.meta.url), 'utf8'));

test('the README promises the browsers the build is made for', () => {
  assert.ok(OLDEST_IN_CONFIG, 'vite.cdn.config.ts declares OLDEST');
  const [, chrome, safari] = OLDEST_IN_CONFIG;
  const section = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').split(/^## Supported browsers$/m)[1]?.split(/^## /m)[0];
  assert.ok(section, 'the README has a "Supported browsers" section');
  assert.match(section, new RegExp(`Safari ${safari} `), `the README names Safari ${safari}`);
  assert.match(section, new RegExp(`Chromium ${chrome} `), `the README names Chromium ${chrome}`);
});

/** Syntax a supported browser cannot parse: one of them in a file, and that browser runs none of it. */
const NEWER_SYNTAX = {
  StaticBlock: 'a class static block (Chromium 94, Safari 16.4)',
  lookbehind: 'a RegExp lookbehind (Safari 16.4)',
  vFlag: 'a RegExp v flag (Chromium 112, Safari 17)',
  spreadBeforeLast: 'a call with a spread argument before its last (in an optional chain, Chromium 80-90 throw)',
};
/** Methods a supported browser lacks: a call throws there. `owner` for a static method. */
const NEWER_METHODS = {
  at: { what: 'Array.prototype.at (Chromium 92, Safari 15.4)' },
  findLast: { what: 'Array.prototype.findLast (Chromium 97, Safari 15.4)' },
  findLastIndex: { what: 'Array.prototype.findLastIndex (Chromium 97, Safari 15.4)' },
  toSorted: { what: 'Array.prototype.toSorted (Chromium 110, Safari 16)' },
  toReversed: { what: 'Array.prototype.toReversed (Chromium 110, Safari 16)' },
  toSpliced: { what: 'Array.prototype.toSpliced (Chromium 110, Safari 16)' },
  hasOwn: { owner: 'Object', what: 'Object.hasOwn (Chromium 93, Safari 15.4)' },
  groupBy: { owner: 'Object', what: 'Object.groupBy (Chromium 117, Safari 17.4)' },
  withResolvers: { owner: 'Promise', what: 'Promise.withResolvers (Chromium 119, Safari 17.4)' },
  timeout: { owner: 'AbortSignal', what: 'AbortSignal.timeout (Chromium 103, Safari 16)' },
  fromAsync: { owner: 'Array', what: 'Array.fromAsync (Chromium 121, Safari 16.4)' },
  canParse: { owner: 'URL', what: 'URL.canParse (Chromium 120, Safari 17)' },
};

/** What in `code` the supported browsers cannot parse or call, each once per kind. */
function newerThanSupported(name, code) {
  const found = new Set();
  new Visitor({
    StaticBlock: () => found.add(NEWER_SYNTAX.StaticBlock),
    Literal(node) {
      if (!node.regex) return;
      if (/\(\?<[=!]/.test(node.regex.pattern)) found.add(NEWER_SYNTAX.lookbehind);
      if (node.regex.flags.includes('v')) found.add(NEWER_SYNTAX.vFlag);
    },
    CallExpression(node) {
      if (node.arguments.some((argument, i) => argument.type === 'SpreadElement' && i < node.arguments.length - 1)) found.add(NEWER_SYNTAX.spreadBeforeLast);
      const callee = node.callee.type === 'ChainExpression' ? node.callee.expression : node.callee;
      if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
      const method = Object.hasOwn(NEWER_METHODS, callee.property.name) ? NEWER_METHODS[callee.property.name] : null;
      if (method && (!method.owner || (callee.object.type === 'Identifier' && callee.object.name === method.owner))) found.add(method.what);
    },
  }).visit(parseSync(name, code).program);
  return [...found];
}

test('the embed and every file beside it parse in Safari 15 and Chromium 90, and call no method they lack', () => {
  const unsupported = BUILT.flatMap(({ name, code }) => newerThanSupported(name, code).map((what) => `${name}: ${what}`));
  assert.deepEqual(unsupported, []);
});

/** The stylesheets in a built file: Lit's css`…` templates, which hold no expression (vite.cdn.config.ts minifies them). */
function stylesheetsOf({ name, code }) {
  const sheets = [];
  new Visitor({
    TaggedTemplateExpression({ quasi }) {
      const text = quasi.quasis[0].value.cooked;
      if (quasi.expressions.length === 0 && text.includes('{') && !/<[a-z/!]/i.test(text)) sheets.push(text);
    },
  }).visit(parseSync(name, code).program);
  return sheets;
}

/** A selector list's selectors, split at its top-level commas (not those inside :is(), :not()…). */
function selectorsOf(list) {
  const selectors = [''];
  let depth = 0;
  for (const c of list) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (c === ',' && depth === 0) selectors.push('');
    else selectors[selectors.length - 1] += c;
  }
  return selectors;
}

/** Pseudo-classes a supported browser does not know: a rule whose selector list names one outside :is() is dropped whole there. */
const NEWER_PSEUDO_CLASSES = {
  ':has(': 'Chromium 105, Safari 15.4',
  ':focus-visible': 'Safari 15.4',
  ':dir(': 'Chromium 120, Safari 16.4',
};

test('the shipped styles: no rule a supported browser drops whole for a selector it does not know, and a fallback before overflow-wrap: anywhere', () => {
  const sheets = BUILT.flatMap(stylesheetsOf);
  assert.ok(sheets.some((sheet) => sheet.startsWith(':host{')), 'the element’s stylesheet is found in the build');
  const problems = [];
  for (const sheet of sheets) {
    for (const [, list] of sheet.matchAll(/(?:^|[{};])([^{};@]+)\{/g)) {
      const selectors = selectorsOf(list);
      for (const [pseudo, since] of Object.entries(NEWER_PSEUDO_CLASSES)) {
        const bare = selectors.map((s) => s.replace(/:is\([^)]*\)/g, ''));
        // Alone in its rule, a :has() or :focus-visible loses that rule only: polish, where they are used.
        if (bare.some((s) => s.includes(pseudo)) && (pseudo === ':dir(' || selectors.length > 1)) problems.push(`${list}: ${pseudo}) (${since})`);
      }
    }
    for (const [declarations] of sheet.matchAll(/[^{}]*overflow-wrap:anywhere[^{}]*/g)) {
      if (!declarations.includes('overflow-wrap:break-word;overflow-wrap:anywhere')) problems.push(`overflow-wrap:anywhere (Safari 15.4) without break-word before it: ${declarations}`);
    }
  }
  assert.deepEqual(problems, []);
});

/**
 * Removes, before any script of the page runs, what Safari 15.0-15.3 and Chromium 90-97 do
 * not have and the embed uses (or a library of it might): <dialog>'s showModal, Broadcast
 * Channel, structuredClone, Array.prototype.at, Object.hasOwn, ResizeObserver's
 * borderBoxSize, constructable stylesheets (Safari 16.4).
 */
function withoutNewerApis() {
  delete Document.prototype.adoptedStyleSheets;
  delete ShadowRoot.prototype.adoptedStyleSheets;
  delete CSSStyleSheet.prototype.replace;
  delete CSSStyleSheet.prototype.replaceSync;
  delete HTMLDialogElement.prototype.showModal;
  delete window.BroadcastChannel;
  delete window.structuredClone;
  delete Array.prototype.at;
  delete String.prototype.at;
  delete Object.hasOwn;
  delete Array.prototype.findLast;
  delete URL.canParse;
  delete ResizeObserverEntry.prototype.borderBoxSize;
}

let server;
let browser;

before(async () => {
  server = await serveStatic(ROOT.replace(/\/$/, ''));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** In the page: the element's shadow root. */
const shadow = () => document.querySelector('op-eligibility').shadowRoot;
/** In the page: what the last `op-eligibility-step` event showed (without Array.prototype.at, which the page lacks). */
function lastStep() {
  const steps = window.opEvents.filter((e) => e.type === 'op-eligibility-step');
  const step = steps[steps.length - 1]?.detail.step;
  return step?.kind === 'question' ? step.question : (step?.kind ?? null);
}
/** Clicks the first match of `selector` in the element's shadow root, and waits for the next step. */
async function stepBy(page, selector) {
  const steps = await page.evaluate(() => window.opEvents.filter((e) => e.type === 'op-eligibility-step').length);
  await page.evaluate((s) => document.querySelector('op-eligibility').shadowRoot.querySelector(s).click(), selector);
  await page.waitForFunction((n) => window.opEvents.filter((e) => e.type === 'op-eligibility-step').length > n, {}, steps);
}

test('a browser without the newer APIs (Safari 15.0, Chromium 90): the country list reads, Back from the summary works, the screening reaches its result, and "Exit this page" leaves', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.evaluateOnNewDocument(withoutNewerApis);
  await page.goto(`${server.origin}/test/node/pages/plain.html`);
  await page.waitForFunction(() => window.opEvents.some((e) => e.type === 'op-eligibility-step'));
  assert.equal(await page.evaluate(() => typeof structuredClone + typeof [].at + typeof Object.hasOwn), 'undefinedundefinedundefined');
  const coverShown = await page.evaluate(() => {
    // As Safari before 15.4 sees the exit cover's <dialog>: an ordinary element.
    const cover = document.querySelector('op-eligibility').shadowRoot.appendChild(document.createElement('div'));
    cover.className = 'exit-cover';
    const shown = cover.getClientRects().length > 0;
    cover.remove();
    return shown;
  });
  assert.equal(coverShown, false, 'the exit cover, where it is not a <dialog>, hides nothing before the exit');

  const spain = await page.evaluate(() => document.querySelector('op-eligibility').shadowRoot.querySelector('select[name="answer"] option[value="ES"]')?.textContent.trim());
  assert.equal(spain, 'Spain', 'the country list names the States');
  for (let question = await page.evaluate(lastStep); question !== 'review'; question = await page.evaluate(lastStep)) {
    assert.ok(question in ES_EVICTION, `the element asked "${question}"`);
    await page.evaluate(fillCurrentQuestion, ES_EVICTION[question]);
    await stepBy(page, 'button[part~="continue"]');
  }
  await stepBy(page, '[part~="back"]');
  assert.equal(await page.evaluate(lastStep), 'evidence', 'Back from the summary goes to the last question');
  await stepBy(page, 'button[part~="continue"]');
  assert.equal(await page.evaluate(lastStep), 'review');
  await page.evaluate(() => document.querySelector('op-eligibility').shadowRoot.querySelector('button[part~="confirm"]').click());
  await page.waitForFunction(() => window.opEvents.some((e) => e.type === 'op-eligibility-complete'));
  const result = await page.evaluate(() => ({
    outcome: window.opEvents.find((e) => e.type === 'op-eligibility-complete').detail.assessment.outcome,
    answers: window.opEvents.filter((e) => e.type === 'op-eligibility-step').pop().detail.answers.state,
  }));
  assert.deepEqual(result, { outcome: 'likely-admissible', answers: 'ES' });
  await page.waitForFunction(() => document.querySelector('op-eligibility').shadowRoot.querySelector('#handoff-heading'));
  const panel = await page.evaluate(() => getComputedStyle(document.querySelector('op-eligibility').shadowRoot.querySelector('.panel')).borderInlineStartWidth);
  assert.equal(panel, '6px', 'the result, a chunk of its own, brings its styles without constructable stylesheets');

  const exitUrl = `${server.origin}/test/node/pages/exited.html`;
  await page.evaluate((url) => document.querySelector('op-eligibility').setAttribute('exit-url', url), exitUrl);
  await Promise.all([page.waitForNavigation(), page.evaluate(() => document.querySelector('op-eligibility').shadowRoot.querySelector('[part~="quick-exit"]').click())]);
  assert.equal(page.url(), exitUrl, '"Exit this page" leaves');
  assert.deepEqual(problems, []);
  await page.close();
});

/** A rule only each lazily loaded feature's stylesheet has (src/element/lazy-feature.ts), as the build minifies it. */
const FEATURE_RULES = { result: '.handoff-sheet{', 'route-map': '.route-map-svg{', training: '.training-layout{' };

/**
 * In the page: each element's shadow root in order, as 'content' (a run of what Lit
 * renders), 'own' (a <style> of the element's own) and 'feature' (a feature's <style>),
 * a style without the page's nonce marked so; and which features those are, sorted.
 */
function shadowStyles(rules) {
  const own = new Set(customElements.get('op-eligibility').elementStyles.map((s) => s.cssText));
  return Object.fromEntries(
    [...document.querySelectorAll('op-eligibility')].map((el) => {
      const layout = [];
      const features = [];
      for (const node of el.shadowRoot.childNodes) {
        if (!(node instanceof HTMLStyleElement)) {
          if (layout[layout.length - 1] !== 'content') layout.push('content');
          continue;
        }
        const kind = own.has(node.textContent) ? 'own' : 'feature';
        if (kind === 'feature') features.push(Object.keys(rules).find((name) => node.textContent.includes(rules[name])) ?? node.textContent.slice(0, 40));
        layout.push(node.nonce === window.litNonce ? kind : `${kind} without the nonce`);
      }
      return [el.id, { layout, features: features.sort() }];
    }),
  );
}

test('Safari before 16.4 under a strict CSP with a nonce: each element gets each feature’s styles once, with the nonce, after its own (so they win as adopted sheets do), and keeps them; nothing is refused', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.evaluateOnNewDocument(withoutNewerApis);
  await page.goto(`${server.origin}/test/node/pages/strict-nonce.html`);
  const inShadow = (id, selector) => page.waitForFunction((i, s) => document.getElementById(i).shadowRoot?.querySelector(s), {}, id, selector);
  await inShadow('training', '#route-map-title');
  await inShadow('intake', '#step-heading');
  await page.evaluate((answers) => {
    document.getElementById('intake').answers = { state: answers.state };
    document.getElementById('restored').answers = answers;
  }, ES_EVICTION);
  await inShadow('restored', '[part~="confirm"]');
  await page.evaluate(() => document.getElementById('restored').shadowRoot.querySelector('[part~="confirm"]').click());
  await inShadow('restored', '#handoff-heading');
  await inShadow('intake', 'input[name="answer"][value="yes"]');

  const expected = {
    intake: { layout: ['content', 'own', 'own', 'own', 'own', 'own', 'feature'], features: ['result'] },
    restored: { layout: ['content', 'own', 'own', 'own', 'own', 'own', 'feature', 'feature'], features: ['result', 'route-map'] },
    training: { layout: ['content', 'own', 'own', 'own', 'own', 'own', 'feature', 'feature'], features: ['route-map', 'training'] },
  };
  assert.deepEqual(await page.evaluate(shadowStyles, FEATURE_RULES), expected);
  await page.emulateMediaType('print');
  const printed = await page.evaluate(() => getComputedStyle(document.getElementById('restored')).maxInlineSize);
  assert.equal(printed, 'none', 'printed, the element takes the paper’s width: its print rules, last of its own, win over its screen width');
  await page.emulateMediaType(null);

  // Rendered again, on other steps: the styles stay as they were.
  await page.evaluate(() => {
    const intake = document.getElementById('intake').shadowRoot;
    intake.querySelector('input[name="answer"][value="yes"]').checked = true;
    intake.querySelector('[part~="continue"]').click();
    document.getElementById('restored').shadowRoot.querySelector('[part~="restart"]').click();
    // "Next step" shows the scenario's answer, then sends it.
    const next = document.getElementById('training').shadowRoot.querySelector('[part~="training-next"]');
    next.click();
    next.click();
  });
  const questionShown = (id, n) => page.waitForFunction((i, q) => document.getElementById(i).shadowRoot.querySelector('#step-heading')?.textContent.includes(q), {}, id, `Question ${n}`);
  await Promise.all([questionShown('intake', 3), questionShown('restored', 1), questionShown('training', 2)]);
  // Training past its first question has the result's styles too (fetched from then on, here already).
  const training = { layout: [...expected.training.layout, 'feature'], features: ['result', 'route-map', 'training'] };
  assert.deepEqual(await page.evaluate(shadowStyles, FEATURE_RULES), { ...expected, training });
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('restored').shadowRoot.querySelector('.root')).display), 'block');

  assert.deepEqual(await page.evaluate(() => window.violations), []);
  // The policy is enforced, and a refusal would be seen: a <style> without the nonce is.
  const refused = await page.evaluate(async () => {
    const reported = new Promise((resolve) => document.addEventListener('securitypolicyviolation', resolve, { once: true }));
    const style = document.createElement('style');
    style.textContent = '.root{color:red}';
    document.getElementById('intake').shadowRoot.append(style);
    await reported;
    return window.violations;
  });
  assert.deepEqual(refused, ['style-src-elem: inline']);
  assert.deepEqual(problems, []);
  await page.close();
});
