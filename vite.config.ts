import { defineConfig } from 'vite';

// `npm start` serves the demo pages in demo/, which import the sources directly.
export default defineConfig({
  root: 'demo',
  server: {
    port: 5173,
    fs: { allow: ['..'] },
  },
});
