import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/*
 * About one CI run in eight, Chromium stopped drawing the test page of one file (visible,
 * focused, its renderer answering, no frame: test/support/watchdog.ts says so), and every
 * later test of that file failed; the next file, on a new page, ran well. `npm test` runs
 * such a file once more, on a fresh page (scripts/test-browser.js): only when every failure
 * in it is the watchdog's, so that no other failure is ever run again.
 */

/** How the watchdog's failures begin: no frame came, or none has since the test where none came. */
const STALLED = /^(Error: )?(an animation frame did not happen|the page has drawn no frame since)/;
/** A test that waited out its 20 s while the page drew nothing, before the watchdog could say so. */
const TIMED_OUT = /^(Error: )?Timeout of \d+ms exceeded/;

/** The errors of the failed tests of a file's results, in its suites too. */
function failures(suite) {
  if (!suite) return [];
  return [...suite.tests.filter((t) => !t.passed && !t.skipped && t.error).map((t) => t.error), ...suite.suites.flatMap(failures)];
}

/**
 * Of the test runner's sessions, the files that failed (`failed`), and those of them whose
 * every failure is the page's drawing no frame (`stalled`), paths relative to `root`.
 */
export function stalledFiles(sessions, root = process.cwd()) {
  const failed = sessions.filter((s) => s.passed === false);
  const stalled = failed.filter((s) => {
    const messages = [...s.errors, ...failures(s.testResults)].map((e) => e.message ?? '');
    return messages.some((m) => STALLED.test(m)) && messages.every((m) => STALLED.test(m) || TIMED_OUT.test(m));
  });
  const path = (s) => relative(root, s.testFile);
  return { failed: failed.map(path), stalled: stalled.map(path) };
}

/** A test runner reporter that writes stalledFiles() of the run to `file`, as JSON. */
export function stalledFilesReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      writeFileSync(file, JSON.stringify(stalledFiles(sessions)));
    },
  };
}
