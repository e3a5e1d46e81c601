import { defineConfig } from 'vite';

/**
 * The one-file embed: `dist/cdn/op-eligibility.js`, a single ES module with private
 * copies of lit, xstate, zod/mini and @lit/localize (nothing global, nothing shared
 * with a host page that uses Lit itself). Dynamic `import()`s (the locale modules)
 * become chunk files beside it, loaded only when a page asks for that language.
 * `vite.config.ts` stays the demo's config.
 */
export default defineConfig({
  publicDir: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  resolve: { conditions: ['browser', 'production', 'module', 'import', 'default'] },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'op-eligibility.js',
    },
    rollupOptions: {
      output: { chunkFileNames: '[name]-[hash].js', minify: true },
    },
  },
});
