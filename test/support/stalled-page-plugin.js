import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * Twice, in CI only, the test page stopped drawing frames while visible and focused: every
 * later wait for a frame or a key press in that file failed, and the next file (a new page)
 * ran well. It never happened here. This plugin asks the browser what it was doing, and
 * tries, one step at a time, what may bring the frames back (test/support/watchdog.ts).
 */

/** Chromium's own log for this run: read into a report, deleted when the run ends. */
const CHROMIUM_LOG = join(tmpdir(), `op-eligibility-chromium-${process.pid}.log`);

/** Flags that make Chromium write its warnings and errors (not the pages' console) to CHROMIUM_LOG. */
export const CHROMIUM_LOG_ARGS = ['--enable-logging', `--log-file=${CHROMIUM_LOG}`, '--log-level=1'];

/** Lines of a headless machine's log that say nothing of a page (no D-Bus, no Bluetooth). */
const NOISE = /d-?bus|bluez|floss/i;

/** `work`'s answer, or what kept it: a browser that is stuck does not answer at all. */
async function timed(what, work) {
  const start = Date.now();
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve(`${what}: no answer in 3 s`), 3000)));
  try {
    return await Promise.race([work.then((answer) => `${what} in ${Date.now() - start} ms${answer ? ` (${answer})` : ''}`), late]);
  } catch (error) {
    return `${what}: ${error.message}`;
  } finally {
    clearTimeout(timer);
  }
}

/** `ask(session)` over a CDP session of `target` (a page, or the browser's target), which goes afterwards. */
async function over(target, ask) {
  const session = await target.createCDPSession();
  try {
    return await ask(session);
  } finally {
    await session.detach().catch(() => {});
  }
}

/** What the browser and the page's renderer were doing, and the end of Chromium's log. */
async function report(page) {
  const processes = over(page.browser().target(), async (browser) => {
    const { processInfo } = await browser.send('SystemInfo.getProcessInfo');
    return processInfo.map((p) => p.type).sort().join(', ');
  });
  const renderer = over(page, async (tab) => {
    const { result } = await tab.send('Runtime.evaluate', { expression: 'document.visibilityState', returnByValue: true });
    return result.value;
  });
  const answers = await Promise.all([timed('the browser answered', processes), timed('the page’s renderer answered', renderer)]);
  let log = '';
  try {
    log = readFileSync(CHROMIUM_LOG, 'utf8').split('\n').filter((line) => line && !NOISE.test(line)).slice(-8).join('\n  ');
  } catch {
    // No log file: the browser was started without CHROMIUM_LOG_ARGS.
  }
  return `${answers.join('; ')}. Chromium's log ends: ${log ? `\n  ${log}` : '(nothing but D-Bus)'}`;
}

/** Each step that may make a page the browser stopped drawing draw again, in the order tried. */
const STEPS = {
  /** A page behind another tab draws nothing. */
  front: (page) => page.bringToFront(),
  /** A new size makes a new surface for the page to draw into. */
  viewport: async (page) => {
    const { width, height } = page.viewport();
    await page.setViewport({ width: width + 1, height });
    await page.setViewport({ width, height });
  },
  /**
   * Hidden behind a new tab, then shown again: what a person's switching tabs does. Showing
   * a page gives its renderer a new surface to draw into and starts its frames afresh, which
   * a new size (the step before) does not when the renderer has stopped drawing for good (a
   * CI run: "screenshot" then got no answer in 3 s either, while the next file's page drew).
   */
  reshow: async (page) => {
    const cover = await page.browserContext().newPage();
    await cover.close();
    await page.bringToFront();
  },
  /** A screenshot makes the browser draw the page, whatever it had decided. */
  screenshot: (page) => over(page, (tab) => tab.send('Page.captureScreenshot', { format: 'jpeg', quality: 1 }).then(() => undefined)),
};

/**
 * `revive-page` n: takes step n of STEPS on the test page (the first says what the browser
 * was doing first) and returns what it did, or false when there is no step n (null would say
 * the command is unknown).
 */
export function stalledPagePlugin() {
  return {
    name: 'revive-page',
    async executeCommand({ command, payload, session }) {
      if (command !== 'revive-page') return undefined;
      const [step, take] = Object.entries(STEPS)[payload] ?? [];
      if (!take) return false;
      const page = session.browser.getPage(session.id);
      const said = payload === 0 ? `${await report(page)}\n` : '';
      return said + (await timed(`"${step}" done`, take(page)));
    },
    serverStop() {
      rmSync(CHROMIUM_LOG, { force: true });
    },
  };
}
