import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stalledFiles } from '../support/stalled-files.js';

// As the test runner gives a file's session (the shapes of CI's stalled quick-exit run).
const NO_FRAME = 'an animation frame did not happen within 12 s, the page visible and focused, 800×600, 2 elements, 0 open dialogs';
const SINCE = 'the page has drawn no frame since "quick exit after Copy as text" failed: the page visible and focused';
const TIMEOUT = 'Timeout of 20000ms exceeded. For async tests and hooks, ensure "done()" is called; if returning a Promise, ensure it resolves.';
const session = (file, { errors = [], failed = [], passed = false } = {}) => ({
  testFile: `/repo/test/element/${file}`,
  passed,
  errors: errors.map((message) => ({ message })),
  testResults: {
    name: '',
    tests: [{ name: 'passes', passed: true, skipped: false }],
    suites: [{ name: 'suite', suites: [], tests: failed.map((message, i) => ({ name: `t${i}`, passed: false, skipped: false, error: { message } })) }],
  },
});

test('a file whose every failure is the page drawing no frame is run again; one with any other failure is not', () => {
  const sessions = [
    // CI's run: a timeout as the page stopped, the watchdog's report, then the hook's for every later test.
    session('quick-exit.test.ts', { errors: [`Error: ${SINCE}`], failed: [TIMEOUT, NO_FRAME] }),
    session('focus.test.ts', { passed: true }),
    // A stall beside a failed assertion: the assertion is a failure of its own.
    session('handoff.test.ts', { failed: [NO_FRAME, 'expected 3 to equal 4'] }),
    // Timeouts alone say nothing of a stall.
    session('routes.test.ts', { failed: [TIMEOUT] }),
    // A file that did not finish in time.
    session('walk.test.ts', { errors: ['Browser tests did not finish within 480000ms.'] }),
  ];
  assert.deepEqual(stalledFiles(sessions, '/repo'), {
    failed: ['test/element/quick-exit.test.ts', 'test/element/handoff.test.ts', 'test/element/routes.test.ts', 'test/element/walk.test.ts'],
    stalled: ['test/element/quick-exit.test.ts'],
  });
});

test('a failed file with no error at all is not taken for a stall', () => {
  assert.deepEqual(stalledFiles([session('a.test.ts')], '/repo'), { failed: ['test/element/a.test.ts'], stalled: [] });
});
