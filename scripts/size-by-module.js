// `npm run size -- --by-module`: what the embed's bytes are made of. Each character of
// dist/cdn/op-eligibility.js is attributed, through its source map, to a package
// (lit-html, xstate, zod…) or to one of our source files. "gzip share" is what the whole
// file's gzip size would lose without that group's characters: an estimate (gzip is not
// additive), good enough to see where a kilobyte goes. Text the map leaves unmapped
// (template literals the minifier moved: the stylesheet, some html``) counts for the
// code before it, so treat neighbouring rows with care.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

const gzip = (text) => gzipSync(text, { level: 9 }).length;

function groupOf(source) {
  if (!source) return '(unmapped)';
  const inPackage = source.match(/node_modules\/(@[^/]+\/[^/]+|[^/]+)/);
  return inPackage ? inPackage[1] : source.replace(/^.*?\bsrc\//, 'src/');
}

/** @param {URL} file the bundle; its map is beside it */
export function sizeByModule(file) {
  const code = readFileSync(file, 'utf8');
  const map = new TraceMap(readFileSync(new URL(`${file.pathname.split('/').pop()}.map`, file), 'utf8'));
  const text = new Map();
  let group = '(unmapped)';
  code.split('\n').forEach((line, index) => {
    let start = 0;
    for (let column = 0; column <= line.length; column++) {
      // Characters the map leaves unmapped (inside template literals, say) belong to the mapped code before them.
      const source = column < line.length ? originalPositionFor(map, { line: index + 1, column }).source : null;
      const next = source ? groupOf(source) : group;
      if (column === line.length || next !== group) {
        text.set(group, (text.get(group) ?? '') + line.slice(start, column) + (column === line.length ? '\n' : ''));
        start = column;
        group = next;
      }
    }
  });
  const whole = gzip(code);
  return [...text]
    .map(([name, part]) => ({
      module: name,
      minified: part.length,
      'gzip share': whole - gzip([...text].filter(([other]) => other !== name).map(([, t]) => t).join('')),
    }))
    .sort((a, b) => b['gzip share'] - a['gzip share']);
}
