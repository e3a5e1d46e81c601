import { executeServerCommand } from '@web/test-runner-commands';
import { CDP } from './browsers.js';

/*
 * Once, in CI only, eight tests of one file each waited out their 20 s (for a key press,
 * a frame or an update) while every run here passed. A timeout says nothing of where it
 * waited: these make such a wait fail on its own, naming what it waited for and the
 * page's state, and bring back a page the browser has hidden (a hidden page draws no
 * frame, and its key presses may never be delivered).
 */

/** The page's state, for a failure's message. */
const pageState = (): string =>
  `the page ${document.visibilityState}${document.hasFocus() ? ' and focused' : ', not focused'}, ${innerWidth}×${innerHeight}, ` +
  `${document.querySelectorAll('op-eligibility').length} elements, ${document.querySelectorAll('dialog[open]').length} open dialogs`;

/** `work`, or an error naming `what` when it takes longer than `ms`: a wait that should be quick. */
export async function within<T>(what: string, work: Promise<T>, ms = 10_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms / 1000} s, ${pageState()}`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

beforeEach(async function () {
  if (document.visibilityState === 'visible') return;
  console.warn(`The browser had hidden the test page before "${this.currentTest?.fullTitle()}": ${pageState()}.`);
  if (CDP) await executeServerCommand('bring-to-front');
});

afterEach(function () {
  const test = this.currentTest;
  if (test?.state === 'failed' && test.err?.message.startsWith('Timeout')) console.warn(`"${test.fullTitle()}" timed out with ${pageState()}.`);
});
