import { defineConfig, type Plugin } from 'vite';

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
 * that uses Lit itself). Dynamic `import()`s (the locale modules) become chunk files
 * beside it, loaded only when a page shows that language. Lit's production build is
 * the default export condition; `process.env.NODE_ENV` drops other libraries' dev code.
 * `vite.config.ts` stays the demo's config.
 */
export default defineConfig({
  publicDir: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [everyDynamicImportResolved()],
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
    rollupOptions: {
      // Library mode keeps whitespace in ES output: minify the whole chunk here.
      output: { chunkFileNames: '[name]-[hash].js', minify: true },
    },
  },
});
