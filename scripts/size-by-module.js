// `npm run size -- --by-module`: what the embed's and the result's bytes are made of. Each
// character of a file of dist/cdn/ is attributed, through its source map, to a package
// (lit-html, xstate, zod…) or to one of our source files. "gzip share" is what the whole
// file's gzip size would lose without that group's characters: an estimate (gzip is not
// additive), good enough to see where a kilobyte goes. A stylesheet (a css`…` literal,
// which the map leaves unmapped) counts for the source file whose stylesheets name most of
// its classes, marked "(css)"; other unmapped text (some html``) counts for the code before it.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const SRC = new URL('../src/', import.meta.url);

function groupOf(source) {
  if (!source) return '(unmapped)';
  const inPackage = source.match(/node_modules\/(@[^/]+\/[^/]+|[^/]+)/);
  return inPackage ? inPackage[1] : source.replace(/^.*?\bsrc\//, 'src/');
}

/** Our source files that hold stylesheets, with their text. */
function styleSources() {
  return readdirSync(SRC, { recursive: true })
    .filter((path) => path.endsWith('.ts') && !path.startsWith('generated'))
    .map((path) => [`src/${path}`, readFileSync(new URL(path, SRC), 'utf8')])
    .filter(([, text]) => text.includes('css`'));
}

/** A minified stylesheet in the built code: a tag, then a literal that starts with a rule. */
const STYLESHEET = /\b[\w$]+`((?::host|[.@[:*a-z][^`{]*\{)[^`]*)`/g;

/** @param {URL} file the bundle; its map is beside it */
export function sizeByModule(file) {
  const code = readFileSync(file, 'utf8');
  const map = new TraceMap(readFileSync(new URL(`${file.pathname.split('/').pop()}.map`, file), 'utf8'));
  const owner = [];
  let group = '(unmapped)';
  code.split('\n').forEach((line, index) => {
    for (let column = 0; column <= line.length; column++) {
      // Characters the map leaves unmapped (inside template literals, say) belong to the mapped code before them.
      const source = column < line.length ? originalPositionFor(map, { line: index + 1, column }).source : null;
      if (source) group = groupOf(source);
      owner.push(group);
    }
  });
  const sheets = styleSources();
  for (const match of code.matchAll(STYLESHEET)) {
    const classes = [...new Set([...match[1].matchAll(/\.([a-z][\w-]*)/g)].map((m) => `.${m[1]}`))];
    const named = sheets.map(([path, text]) => [path, classes.filter((c) => text.includes(c)).length]).sort((a, b) => b[1] - a[1])[0];
    if (!named?.[1]) continue;
    owner.fill(`${named[0]} (css)`, match.index, match.index + match[0].length);
  }
  const text = new Map();
  for (let i = 0; i < code.length; i++) text.set(owner[i], (text.get(owner[i]) ?? '') + code[i]);
  const whole = gzip(code);
  return [...text]
    .map(([name, part]) => ({
      module: name,
      minified: part.length,
      'gzip share': whole - gzip([...text].filter(([other]) => other !== name).map(([, t]) => t).join('')),
    }))
    .sort((a, b) => b['gzip share'] - a['gzip share']);
}
