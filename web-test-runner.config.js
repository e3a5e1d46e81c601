import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findBrowser, QUIET_BROWSER_ARGS } from './scripts/find-browser.js';

const executablePath = findBrowser();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: QUIET_BROWSER_ARGS } })],
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
};
