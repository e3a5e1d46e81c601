import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findBrowser, QUIET_BROWSER_ARGS } from './scripts/find-browser.js';
import { CHROMIUM_LOG_ARGS, stalledPagePlugin } from './test/support/stalled-page-plugin.js';
import { stalledFilesReporter } from './test/support/stalled-files.js';

const executablePath = findBrowser();

/** The strict policy the element must run under (issue 6), sent as a real header. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * The test runner's own pages use inline scripts, so the policy is sent only with the
 * safety tests' pages (test/safety/*.html), which the tests load in iframes.
 */
async function strictCspForSafetyPages(context, next) {
  await next();
  if (context.path.startsWith('/test/safety/') && context.path.endsWith('.html')) {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
}

/**
 * `click` { x, y, count }: a real click (trusted) at a point of the page, `count` being the
 * click's place in a series (its `detail`): 2 is the second tap of a double tap.
 */
function clickPlugin() {
  return {
    name: 'click',
    async executeCommand({ command, payload, session }) {
      if (command !== 'click') return undefined;
      const { x, y, count } = payload;
      // Pressed and released with that count: Puppeteer's mouse.click() counts from 1 itself.
      const { mouse } = session.browser.getPage(session.id);
      await mouse.move(x, y);
      await mouse.down({ clickCount: count });
      await mouse.up({ clickCount: count });
      return true;
    },
  };
}

/**
 * `media-features` [{ name, value }]: emulates media features, `forced-colors` included,
 * which emulateMedia() of @web/test-runner-commands passes to Playwright only. An empty
 * list ends the emulation.
 */
function mediaFeaturesPlugin() {
  return {
    name: 'media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      await session.browser.getPage(session.id).emulateMediaFeatures(payload);
      return true;
    },
  };
}

/**
 * `timezone` id: the page's clock in that time zone (an IANA id); null goes back to the
 * machine's. A test of "the person's own day" must run where the local day and UTC's differ,
 * which the machine's zone (UTC here and in CI) never shows.
 */
function timezonePlugin() {
  return {
    name: 'timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'timezone') return undefined;
      await session.browser.getPage(session.id).emulateTimezone(payload ?? undefined);
      return true;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // a11ySnapshot(): the accessible names Chromium gives assistive technology.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), a11ySnapshotPlugin(), clickPlugin(), mediaFeaturesPlugin(), timezonePlugin(), stalledPagePlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: [...QUIET_BROWSER_ARGS, ...CHROMIUM_LOG_ARGS] } })],
  middleware: [strictCspForSafetyPages],
  // Under `npm test` (scripts/test-browser.js): which files failed only as the page stopped drawing.
  reporters: [defaultReporter(), ...(process.env.OP_ELIGIBILITY_STALL_REPORT ? [stalledFilesReporter(process.env.OP_ELIGIBILITY_STALL_REPORT)] : [])],
  // One test page at a time: pages share the origin's storage (the persistence and
  // quick-exit tests write it), and a page left in a background tab can stall.
  concurrency: 1,
  // For each test file, with room for a busy machine: a file still running then fails, and the run goes on.
  testsFinishTimeout: 480_000,
  testFramework: { config: { timeout: 20000 } },
  // Before the test file: a failed assertion on a DOM node is reported, not a hung browser.
  testRunnerHtml: (testFramework) =>
    `<html><body><script type="module" src="/test/support/readable-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
};
