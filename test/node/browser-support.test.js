// The browsers the one-file embed supports: Safari 15 and Chromium 91, the oldest browsers
// of the build (`OLDEST` in vite.cdn.config.ts). Only a current Chromium runs here, so the
// build is read for what those browsers cannot parse or do not have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parseSync, Visitor } from 'vite';

const CDN = new URL('../../dist/cdn/', import.meta.url);
const BUILT = readdirSync(CDN)
  .filter((name) => name.endsWith('.js'))
  .map((name) => ({ name, code: readFileSync(new URL(name, CDN), 'utf8') }));

/** Syntax a supported browser cannot parse: one of them in a file, and that browser runs none of it. */
const NEWER_SYNTAX = {
  StaticBlock: 'a class static block (Chromium 94, Safari 16.4)',
  lookbehind: 'a RegExp lookbehind (Safari 16.4)',
  vFlag: 'a RegExp v flag (Chromium 112, Safari 17)',
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
      const callee = node.callee.type === 'ChainExpression' ? node.callee.expression : node.callee;
      if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
      const method = Object.hasOwn(NEWER_METHODS, callee.property.name) ? NEWER_METHODS[callee.property.name] : null;
      if (method && (!method.owner || (callee.object.type === 'Identifier' && callee.object.name === method.owner))) found.add(method.what);
    },
  }).visit(parseSync(name, code).program);
  return [...found];
}

test('the embed and every file beside it parse in Safari 15 and Chromium 91, and call no method they lack', () => {
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
