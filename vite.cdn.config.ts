import { transform } from 'lightningcss';
import { defineConfig, type Plugin } from 'vite';

/**
 * Minifies the element's stylesheets: css`…` literals without expressions, which the JS
 * minifier must keep verbatim. lightningcss without targets keeps the syntax as written
 * (logical properties, :dir(), @container, color-mix()).
 */
function minifyCssLiterals(): Plugin {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      return code.replace(/\bcss`([^`$\\]*)`/g, (_literal, text: string) => {
        const { code: minified } = transform({ filename: id, code: Buffer.from(text), minify: true });
        return `css\`${minified.toString()}\``;
      });
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

/**
 * The one-file embed: `dist/cdn/op-eligibility.js`, a single ES module with private
 * copies of lit, xstate, zod/mini and @lit/localize (nothing shared with a host page
 * that uses Lit itself). Dynamic `import()`s become chunk files beside it: the locale
 * modules, loaded only when a page shows that language, and the optional features
 * (src/element/lazy-feature.ts: training mode, the route map, the hand-off summary) with
 * their translations, loaded only when used. Lit's production build is the default export
 * condition; `process.env.NODE_ENV` drops other libraries' dev code. `vite.config.ts`
 * stays the demo's config.
 */
export default defineConfig({
  publicDir: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [minifyCssLiterals(), selfContainedLocales(), everyDynamicImportResolved()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'op-eligibility.js',
    },
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
    rollupOptions: {
      // A feature's chunk imports what it shares with the element (Lit, msg(), the core)
      // from op-eligibility.js, which exports it; library mode's 'strict' would put that
      // in a third file that every page, English too, must fetch.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: '[name]-[hash].js',
        // Everything the element loads statically stays in op-eligibility.js. Without this
        // group, rolldown moves what the lazy features share with the element (Lit, the
        // messages…) into common chunks that every page would then fetch beside the embed.
        codeSplitting: { groups: [{ name: 'op-eligibility', tags: ['$initial'] }] },
      },
    },
  },
});
