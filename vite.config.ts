import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const DEMO = resolve(import.meta.dirname, 'demo');

// `npm start` serves the demo gallery in demo/ (every page there imports the sources
// directly); `vite build` builds every one of its pages.
export default defineConfig({
  root: 'demo',
  server: {
    port: 5173,
    fs: { allow: ['..'] },
  },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(
        readdirSync(DEMO)
          .filter((name) => name.endsWith('.html'))
          .map((name) => [name.replace(/\.html$/, ''), resolve(DEMO, name)]),
      ),
    },
  },
});
