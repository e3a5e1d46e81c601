// Fails when the shipped code (src/) or the demo parses strings as HTML or code. Host text
// must only ever reach the page as text, and the element must run under a strict CSP with
// Trusted Types, so none of these may appear, not even in a comment.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOTS = ['src', 'demo'];
const FORBIDDEN = [
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
  'createContextualFragment',
  'document.write',
  'srcdoc',
  'unsafeHTML',
  'unsafeSVG',
  'unsafeMathML',
  'new Function',
  'eval(',
];

const root = new URL('..', import.meta.url).pathname;
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js|html)$/.test(name) ? [path] : [];
  });

const found = [];
for (const file of ROOTS.flatMap((dir) => files(join(root, dir)))) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      for (const word of FORBIDDEN) if (line.includes(word)) found.push(`${relative(root, file)}:${i + 1}: ${word}`);
    });
}

if (found.length) {
  console.error(`Forbidden HTML or code sinks (render host text with Lit bindings instead):\n${found.join('\n')}`);
  process.exit(1);
}
console.log(`forbid-unsafe-html: none of ${FORBIDDEN.length} sinks in ${ROOTS.join(', ')}`);
