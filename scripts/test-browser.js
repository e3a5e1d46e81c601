// The browser tests of `npm test` (web-test-runner, Chromium), and, when Chromium stopped
// drawing a file's page and nothing else failed there, that file once more on a fresh page,
// said aloud (test/support/stalled-files.js). Any other failure fails the run at once.
// `node scripts/test-browser.js [file…]`: every test file, or those named.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(process.cwd(), 'node_modules', '.bin', 'web-test-runner');
const dir = mkdtempSync(join(tmpdir(), 'op-eligibility-tests-'));
const report = join(dir, 'stalled.json');

/** Runs the test runner on `files` (all, when none), and says how it ended. */
function run(files) {
  rmSync(report, { force: true });
  const { status, error } = spawnSync(bin, files, { stdio: 'inherit', env: { ...process.env, OP_ELIGIBILITY_STALL_REPORT: report } });
  if (error) throw error;
  return { status, ...(existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : { failed: null, stalled: [] }) };
}

/** The exit code: the first run's, or, when only stalled files failed, the second's. */
function tested() {
  const first = run(process.argv.slice(2));
  const again = first.status !== 0 && first.failed?.length && first.stalled.length === first.failed.length;
  if (!again) return first.status ?? 1;
  console.warn(
    `\nChromium drew no frame for the test page of ${first.stalled.join(', ')}, visible and focused, and nothing else failed there` +
      ` (the watchdog's report is above): running ${first.stalled.length > 1 ? 'these files' : 'this file'} once more, on a fresh page.\n`,
  );
  return run(first.stalled).status ?? 1;
}

let code = 1;
try {
  code = tested();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
