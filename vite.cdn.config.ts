import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { transform } from 'lightningcss';
import { minify, type MinifyOptions } from 'terser';
import { defineConfig, parseSync, Visitor, type Plugin } from 'vite';

/**
 * The oldest browsers the embed supports (README, "Supported browsers"): Safari 15 (iOS 15,
 * which old iPhones keep) and Chromium 90 (Chrome, Edge, Samsung Internet 15, Android
 * WebView), the CSS minifier's targets. Chromium 80-90 throw on a call in an optional
 * chain with a spread before its last argument, which the ES2022 build would keep as
 * written: test/node/browser-support.test.js refuses any such call, and holds the build,
 * and the README, to these.
 */
const OLDEST = { chrome: 90, safari: 15 };

/**
 * Minifies the element's stylesheets: css`…` literals without expressions, which the JS
 * minifier must keep verbatim. lightningcss, given the oldest browsers, splits a selector
 * list that one of them cannot read (`:focus-visible` before Safari 15.4, `:has()` before
 * Chromium 105), which would drop the whole rule, and writes `:dir()` (Chromium 120, Safari
 * 16.4) as `:lang()`; the rest stays as written (@container, color-mix(), where the browsers
 * without them lose only polish).
 */
function minifyCssLiterals(): Plugin {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      return code.replace(/\bcss`([^`$\\]*)`/g, (_literal, text: string) => {
        const { code: minified } = transform({ filename: id, code: Buffer.from(text), minify: true, targets: { chrome: OLDEST.chrome << 16, safari: OLDEST.safari << 16 } });
        return `css\`${minified.toString()}\``;
      });
    },
  };
}

/**
 * Drops the indentation of the lines of html`…` and svg`…` templates, which the JS
 * minifier must keep verbatim: about 0.1 KB gzip in the embed and in the result's chunk.
 * Each line keeps its newline, and a newline is whitespace as the indent was, so the
 * rendered text is the same (no template holds <pre>, a <textarea> or `white-space: pre`).
 * Lines do not move in the source maps; columns after an indent on a template's line do.
 */
function templateIndentsDropped(): Plugin {
  return {
    name: 'template-indents-dropped',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(html|svg)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      new Visitor({
        TaggedTemplateExpression(tagged) {
          if (tagged.tag.type !== 'Identifier' || !['html', 'svg'].includes(tagged.tag.name)) return;
          for (const quasi of tagged.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const text = raw.replace(/\n[ \t]+/g, '\n');
            if (text !== raw) edits.push({ start: quasi.start, end: quasi.end, text });
          }
        },
      }).visit(parseSync(id, code).program);
      return edits.length ? { code: withEdits(code, edits), map: null } : null;
    },
  };
}

/**
 * lit-localize's generated locale modules import `str` from @lit/localize; bundled, that
 * import would tie each language file to the embed (or to a third, shared file). `str`
 * only wraps its arguments as { strTag, strings, values }, which msg() reads: define it
 * in the locale module itself, so a language file imports nothing.
 */
function selfContainedLocales(): Plugin {
  const STR_IMPORT = /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/;
  return {
    name: 'self-contained-locales',
    transform(code, id) {
      if (!id.includes('/generated/locales/') || !STR_IMPORT.test(code)) return null;
      return code.replace(STR_IMPORT, 'const str = (strings, ...values) => ({ strTag: true, strings, values });');
    },
  };
}

/**
 * `code` with each range (offsets in `code`; none overlapping) replaced by its `text`, from
 * the last, so that a shorter text leaves the offsets before it right. A text of the same
 * length keeps the source maps right.
 */
function withEdits(code: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let out = code;
  for (const { start, end, text } of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

const LOCALES_DIR = new URL('./src/generated/locales/', import.meta.url);
/**
 * Where @lit/localize reads a msg()'s id (internal/runtime-msg.js), and how the embed reads
 * it: the options, or the id itself. Every msg() of the embed has an id by then (a msg()
 * without one is given its hash, below), so the hashing code is left out.
 */
const MSG_ID_READ = 'const id = options?.id ?? generateId(template);';
const MSG_ID_OR_OPTIONS = "const id = typeof options === 'string' ? options : options?.id;";
/** lit-localize's hashing of a msg()'s text, in runtime-msg.js: its import, and the function that calls it. */
const HASHING = [/^import \{ generateMsgId \} from '\.\/id-generation\.js';$/m, /^function generateId\(template\) \{\n[^]*?\n\}$/m];
/** A line of a generated locale module: `  '<id>': <translation>,` (scripts/split-locales.js; double quotes once compiled). */
const LOCALE_KEY = /^(\s*)['"]([^'"]+)['"]:/gm;

/**
 * Short message ids in the embed and in the language files: `{ id: 'reason.3(2)(a).late' }`
 * becomes `{ id: '4f' }` in both (a base-36 number, in the order of the ids), which saves
 * about 1.5 KB gzip per language file and 1 KB in the embed. Only msg() calls are touched,
 * found in the syntax tree, and every explicit id must be a string literal known to the
 * generated modules, or the build fails. The npm build keeps the ids as written. Each id is
 * padded with spaces to its old length (the minifier drops them): no code moves, so the
 * source maps stay right.
 *
 * Options that hold the id alone become the id: `msg(text, '4f')`, which the embed's copy
 * of @lit/localize reads as `{ id: '4f' }` (its one reading of the id, patched here; the
 * build fails if it moves). About 0.05 KB gzip in the embed, 0.07 KB in the result's chunk.
 *
 * A msg() of plain text without an id (`msg('Continue')`) is keyed by a hash of its text,
 * which lit-localize works out at run time: the build works it out (the same function),
 * and the call gets its short id, `msg('Continue','2k')`, as the others do (the columns
 * after it on that line move in the source maps). The embed then leaves out lit-localize's
 * hashing (0.25 KB gzip); a msg() without an id whose text is not plain fails the build.
 */
function shortMessageIds(): Plugin {
  let short = new Map<string, string>();
  const shortOf = (id: string, where: string): string => {
    const found = short.get(id);
    if (found === undefined) throw new Error(`${where}: the message id "${id}" is not in src/generated/locales/ (run npm run localize:build)`);
    return found;
  };
  return {
    name: 'short-message-ids',
    buildStart() {
      const ids = new Set<string>();
      for (const file of readdirSync(LOCALES_DIR)) {
        for (const [, , id] of readFileSync(new URL(file, LOCALES_DIR), 'utf8').matchAll(LOCALE_KEY)) ids.add(id!);
      }
      short = new Map([...ids].sort().map((id, i) => [id, i.toString(36)]));
      const tooShort = [...short].filter(([id, code]) => code.length >= id.length);
      if (tooShort.length) this.error(`message ids no longer than their short code: ${tooShort.map(([id]) => id).join(', ')}`);
    },
    transform(code, id) {
      if (/[\\/]node_modules[\\/]@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/.test(id)) {
        if (!code.includes(MSG_ID_READ) || !HASHING.every((part) => part.test(code))) this.error(`${id}: expected \`${MSG_ID_READ}\` and lit-localize's hashing`);
        // The hashing's module too: it fills a table when it loads, so nothing would drop it.
        return { code: HASHING.reduce((out, part) => out.replace(part, ''), code.replace(MSG_ID_READ, MSG_ID_OR_OPTIONS)), map: null };
      }
      /** `'<short id>'`, padded to the length of `quoted` (the long id in its quotes). */
      const padded = (quoted: string, long: string) => `'${shortOf(long, id)}'`.padEnd(quoted.length);
      if (id.includes('/src/generated/locales/')) {
        const out = code.replace(LOCALE_KEY, (line, indent: string, key: string) => `${indent}${padded(line.slice(indent.length, -1), key)}:`);
        return { code: out, map: null };
      }
      if (!id.includes('/src/') || !/\bmsg\(/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const fail = (node: { start: number }, why: string): never => {
        throw new Error(`${id}: a msg() at offset ${node.start} ${why}`);
      };
      new Visitor({
        CallExpression(call) {
          if (call.callee.type !== 'Identifier' || call.callee.name !== 'msg') return;
          if (call.arguments.length < 2) {
            const text = call.arguments[0];
            const plain =
              text?.type === 'Literal' && typeof text.value === 'string'
                ? text.value
                : text?.type === 'TemplateLiteral' && text.expressions.length === 0
                  ? text.quasis[0]!.value.cooked
                  : null;
            if (typeof plain !== 'string') return fail(call, 'has no id and no plain text to key it by: give it an id');
            edits.push({ start: text!.end, end: text!.end, text: `,'${shortOf(generateMsgId(plain, false), id)}'` });
            return;
          }
          const options = call.arguments[1]!;
          if (options.type !== 'ObjectExpression') return fail(call, 'has options that are not an object literal');
          for (const property of options.properties) {
            if (property.type !== 'Property' || property.key.type !== 'Identifier' || property.key.name !== 'id') continue;
            const value = property.value;
            if (value.type !== 'Literal' || typeof value.value !== 'string') return fail(call, 'has an id that is not a string literal');
            const quoted = code.slice(value.start, value.end);
            if (quoted.slice(1, -1) !== value.value) return fail(call, `has an id the parser placed at "${quoted}"`);
            if (options.properties.length > 1) {
              edits.push({ start: value.start, end: value.end, text: padded(quoted, value.value) });
              continue;
            }
            // The id alone: the whole object becomes it, its line breaks kept so that no line moves.
            const object = code.slice(options.start, options.end);
            const short = `'${shortOf(value.value, id)}'`;
            edits.push({ start: options.start, end: options.end, text: short + object.slice(short.length).replace(/[^\n]/g, ' ') });
          }
        },
      }).visit(parseSync(id, code).program);
      return { code: withEdits(code, edits), map: null };
    },
  };
}

/**
 * The datasets' `note`s (why a fact is flagged, a reservation, a denunciation) are for the
 * people who check the data: no screen, event or assessment shows them, and they are
 * English prose, about 1.4 KB gzip. The embed leaves them out; the npm package keeps them
 * (`createEnvironment().parties`). Each note is blanked with spaces, so nothing moves in
 * the source maps; a `note` that is not plain text fails the build.
 */
function reviewersNotesLeftOut(): Plugin {
  return {
    name: 'reviewers-notes-left-out',
    transform(code, id) {
      if (!id.includes('/src/data/') || !/\bnote:/.test(code)) return null;
      const blanks: { start: number; end: number; text: string }[] = [];
      new Visitor({
        Property(property) {
          if (property.key.type !== 'Identifier' || property.key.name !== 'note') return;
          const value = property.value;
          if (!(value.type === 'Literal' && typeof value.value === 'string') && !(value.type === 'TemplateLiteral' && value.expressions.length === 0)) {
            throw new Error(`${id}: the note at offset ${property.start} is not plain text`);
          }
          const comma = /^\s*,/.exec(code.slice(property.end));
          const end = property.end + (comma ? comma[0].length : 0);
          blanks.push({ start: property.start, end, text: code.slice(property.start, end).replace(/[^\n]/g, ' ') });
        },
      }).visit(parseSync(id, code).program);
      return { code: withEdits(code, blanks), map: null };
    },
  };
}

/** The Trusted Types policy of the embed's own copy of Lit. */
const TRUSTED_TYPES_POLICY = 'op-eligibility';

/**
 * The embed's copy of Lit creates its Trusted Types policy as `op-eligibility`, not
 * Lit's `lit-html`: a host page with Lit of its own and `trusted-types lit-html` in its
 * policy refuses a second `lit-html` policy (unless it allows duplicates), and whichever
 * copy came second, the host's or the embed's, would fail to start. Where the host's
 * policy refuses `op-eligibility`, it takes `lit-html` as before: a page that allowed only
 * that name, as the README once said, keeps the element. The build fails if Lit no
 * longer names its policy where this expects. (Lit's production file is one line: the
 * longer code shifts the source map's columns after it on that line only.)
 */
function ownTrustedTypesPolicy(): Plugin {
  const LIT_POLICY = /([\w$]+)\.createPolicy\((["'])lit-html\2,/g;
  const named = `(f,o)=>{try{return f.createPolicy("${TRUSTED_TYPES_POLICY}",o)}catch{return f.createPolicy("lit-html",o)}}`;
  return {
    name: 'own-trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
      if ((code.match(LIT_POLICY) ?? []).length !== 1) this.error(`${id}: expected one createPolicy('lit-html')`);
      return { code: code.replace(LIT_POLICY, `(${named})($1,`), map: null };
    },
  };
}

/**
 * A dynamic import the bundler could not resolve (a template string such as
 * import(`./locales/${l}.js`)) would stay in the embed as a path that exists only in
 * src/: fail the build rather than ship it. Locale loaders use one literal import each.
 */
function everyDynamicImportResolved(): Plugin {
  return {
    name: 'every-dynamic-import-resolved',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const unresolved = chunk.code.match(/import\(\s*`[^`]*\$\{/);
        if (unresolved) this.error(`${chunk.fileName} keeps an unresolved dynamic import: ${unresolved[0]}…`);
      }
    },
  };
}

/** The function every import between the chunks goes through (see chunksFindTheirEntry). */
const IMPORT_FN = '__op';
/**
 * `import(path)`, where `path` takes the query and fragment of the URL this file was
 * loaded from. Appended to each file that imports a chunk; a declaration, so it is hoisted.
 * The browser keeps a failed import's failure for that URL and never fetches it again: after
 * one (the connection dropped), the next import of the path adds `op-retry=N` to its
 * fragment, which the server never sees, so that a retry fetches it (lazy-feature.ts). A
 * file loaded so passes on its fragment without that mark, so its own imports keep their URL.
 */
const IMPORT_FN_SOURCE = `function ${IMPORT_FN}(p){const u=new URL(p,import.meta.url),{search:s,hash:h}=new URL(import.meta.url),f=${IMPORT_FN}.f??={};u.search=s;u.hash=h.replace(/[#&]op-retry=\\d+$/,"");const k=u.href,n=f[k]|0;if(n)u.hash+=(u.hash?"&":"#")+"op-retry="+n;return import(u.href).catch(e=>{f[k]=n+1;throw e})}`;
const STATIC_IMPORT = /import\{([^}]*)\}from"(\.\/[^"]+\.js)";/g;
const DYNAMIC_IMPORT = /\bimport\("(\.\/[^"]+\.js)"\)/g;
/** The entry's export statement, which the bundler writes last (before the sourceMappingURL comment). */
const ENTRY_EXPORTS = /export\{([^}]*)\};?(?=\s*(\/\/# sourceMappingURL=[^\n]*\s*)?$)/;
/** What the embed exports to the page (src/embed.ts); its other exports are for its chunks. */
const PAGE_EXPORTS = ['createEnvironment'];
/** `a as b,c` → `b:a,c`: an export or import list as object-literal or destructuring fields. */
const fieldsOf = (bindings: string, exporting: boolean): string =>
  bindings
    .split(',')
    .map((binding) => binding.replace(/^(\S+) as (\S+)$/, exporting ? '$2:$1' : '$1:$2'))
    .join(',');

/**
 * A chunk must use the very copy of the embed that loaded it: another copy's msg() was
 * never told the page's language (a French page showed its result in English), and the
 * whole embed would download and run twice. A plain `import … from "./op-eligibility.js"` names
 * a URL, and the URL can differ from the one the page loaded: a CDN range or an unversioned
 * link redirects (the module then lives under the first URL, its files under the second),
 * a host renames the file, WordPress adds `?ver=…`.
 *
 * So chunks do not import the embed by URL. The embed's exports become one property of
 * globalThis, under a Symbol.for key made from a hash of the embed, so only files of the
 * same build find it; the first copy to run keeps it. A chunk reads it on a new first
 * line, `const{…}=globalThis[Symbol.for("op-eligibility …")];` (once, not as live
 * bindings: the one export that changes after load, @lit/localize's msg(), is installed
 * before any chunk can load, src/embed.ts). Chunks load only from the embed's code, after
 * it has run.
 *
 * Imports of a chunk (the embed's import() of a feature, training mode's of the route
 * map) pass on the importing file's query and fragment through `__op()`, so a cache-busting
 * `?ver=2` reaches every file. The old statements are blanked and each import() padded to
 * its length, so the source maps only move down a line; any other form of import between
 * the files fails the build.
 */
function chunksFindTheirEntry(): Plugin {
  return {
    name: 'chunks-find-their-entry',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      if (entry?.type !== 'chunk') return this.error('no entry chunk');
      const key = `op-eligibility ${createHash('sha256').update(entry.code).digest('hex').slice(0, 16)}`;
      const registry = `globalThis[Symbol.for(${JSON.stringify(key)})]`;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if (chunk.code.includes(IMPORT_FN)) this.error(`${chunk.fileName} already uses the name ${IMPORT_FN}`);
        const imports: string[] = [];
        let code = chunk.code
          .replace(STATIC_IMPORT, (statement, bindings: string, path: string) => {
            const from = path === `./${entry.fileName}` ? registry : `await ${IMPORT_FN}("${path}")`;
            imports.push(`const{${fieldsOf(bindings, false)}}=${from};`);
            return ' '.repeat(statement.length);
          })
          .replace(DYNAMIC_IMPORT, (call, path: string) => `${IMPORT_FN}("${path}")`.padEnd(call.length));
        if (chunk === entry) {
          let forPage: string[] = [];
          code = code.replace(ENTRY_EXPORTS, (_statement, bindings: string) => {
            forPage = bindings.split(',').filter((binding) => PAGE_EXPORTS.includes(binding.split(' as ').at(-1)!));
            return `${registry}??={${fieldsOf(bindings, true)}};`;
          });
          if (/\bexport\s*\{/.test(code)) this.error(`${chunk.fileName} keeps an export this build does not rewrite`);
          if (forPage.length !== PAGE_EXPORTS.length) this.error(`${chunk.fileName} must export ${PAGE_EXPORTS.join(', ')} to the page`);
          // Read by the page's own module scripts: a live binding of the copy they import.
          code = code.replace(/(\n\/\/# sourceMappingURL=[^\n]*\n?)?$/, `export{${forPage.join(',')}};$1`);
        }
        const left = code.match(/\bimport\s*[{*"(]|\bfrom\s*"\.\//);
        if (left) this.error(`${chunk.fileName} keeps an import this build does not rewrite: ${code.slice(left.index, left.index! + 60)}…`);
        if (code === chunk.code) continue;
        if (imports.length) {
          // The imports get a first line of their own; the map's lines move down by one.
          code = `${imports.join('')}\n${code}`;
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type !== 'asset' || typeof map.source !== 'string') this.error(`${chunk.fileName} has no source map to move down`);
          const parsed = JSON.parse(map.source) as { mappings: string };
          map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
        }
        // Before the sourceMappingURL comment, which stays last.
        if (code.includes(`${IMPORT_FN}(`)) code = code.replace(/(\n\/\/# sourceMappingURL=[^\n]*\n?)?$/, `\n${IMPORT_FN_SOURCE}$1`);
        chunk.code = code;
      }
    },
  };
}

/**
 * Terser for every file of the build, as `minify: 'terser'` would run it, less two things
 * only a bundler or Safari 10 reads. In library mode vite makes terser keep each
 * `@__PURE__` comment, for a bundler downstream: these files go to browsers as they are
 * (bundlers take the npm build). And vite turns on terser's `safari10` workarounds, for
 * browsers far older than OLDEST. Together 0.24 KB gzip of the embed.
 */
function minifiedForBrowsers(options: MinifyOptions): Plugin {
  return {
    name: 'minified-for-browsers',
    async renderChunk(code, _chunk, output) {
      const minified = await minify(code, { ...options, sourceMap: !!output.sourcemap });
      if (minified.code === undefined) return this.error('terser returned no code');
      return { code: minified.code, map: minified.map as string | undefined };
    },
  };
}

/**
 * The one-file embed: `dist/cdn/op-eligibility.js`, a single ES module (src/embed.ts:
 * it registers the element, and exports createEnvironment() alone of the API) with private copies of lit, zod/mini and
 * @lit/localize (nothing shared with a host page that uses Lit itself). Dynamic `import()`s become chunk files beside it: the locale
 * modules, loaded only when a page shows that language, and the optional features
 * (src/element/lazy-feature.ts: the result, training mode, the route map) with
 * their translations, loaded only when used. Lit's production build is the default export
 * condition; `process.env.NODE_ENV` drops other libraries' dev code. `vite.config.ts`
 * stays the demo's config.
 */
export default defineConfig({
  publicDir: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [
    minifyCssLiterals(),
    templateIndentsDropped(),
    selfContainedLocales(),
    shortMessageIds(),
    reviewersNotesLeftOut(),
    ownTrustedTypesPolicy(),
    everyDynamicImportResolved(),
    minifiedForBrowsers({ module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } }),
    chunksFindTheirEntry(),
  ],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    // ES2022 as written, not lowered for OLDEST: given those browsers, the compiler also
    // rewrites every class field into WeakMaps (about 1.2 KB gzip). They parse all of
    // ES2022 but class static blocks, which the sources avoid (static getters) and
    // test/node/browser-support.test.js refuses.
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: 'src/embed.ts',
      formats: ['es'],
      fileName: () => 'op-eligibility.js',
    },
    // minifiedForBrowsers() runs terser; rolldown must not print its output again.
    minify: false,
    rollupOptions: {
      // A feature's chunk takes what it shares with the element (Lit, msg(), the core)
      // from op-eligibility.js, which exports it (chunksFindTheirEntry turns that export
      // into the registry); library mode's 'strict' would put it in a third file that
      // every page, English too, must fetch.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: false,
        chunkFileNames: '[name]-[hash].js',
        // Everything the element loads statically stays in op-eligibility.js. Without this
        // group, rolldown moves what the lazy features share with the element (Lit, the
        // messages…) into common chunks that every page would then fetch beside the embed.
        codeSplitting: { groups: [{ name: 'op-eligibility', tags: ['$initial'] }] },
      },
    },
  },
});
