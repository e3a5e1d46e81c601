import { executeServerCommand } from '@web/test-runner-commands';
import { CDP } from './browsers.js';

/*
 * Twice, in CI only, eight tests of one file each waited out their 20 s (for a key press,
 * a frame or an update) while every run here passed; the second time these said why: the
 * page, visible and focused, drew no frame. A timeout says nothing of where it waited:
 * these make such a wait fail on its own, naming what it waited for and the page's state;
 * they bring back a page the browser has hidden (a hidden page draws no frame, and its key
 * presses may never be delivered), and ask a browser that stopped drawing a visible page
 * what it was doing and to draw again (stalled-page-plugin.js).
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

/** How nextFrame's failure starts. */
const NO_FRAME = 'an animation frame did not happen';

/** Whether the page draws a frame within `ms`, `frame` being its promise. */
const drawnWithin = (frame: Promise<unknown>, ms: number): Promise<boolean> =>
  Promise.race([frame.then(() => true), new Promise<boolean>((resolve) => setTimeout(resolve, ms, false))]);

/**
 * The page's next animation frame. A page the person sees draws one within milliseconds:
 * when none comes in 3 s, the browser is told what it was doing and asked, step by step, to
 * draw again (stalled-page-plugin.js, over CDP); the test goes on, with a warning, if it
 * does, and fails saying all it learned if not.
 */
export async function nextFrame(): Promise<void> {
  const frame = new Promise(requestAnimationFrame);
  const start = performance.now();
  if (await drawnWithin(frame, 3000)) return;
  const learned = [pageState()];
  for (let step = 0; CDP; step += 1) {
    const did = await executeServerCommand<string | false, number>('revive-page', step);
    if (did === false) break;
    learned.push(did);
    if (await drawnWithin(frame, 1000)) {
      console.warn(`No animation frame for ${Math.round(performance.now() - start)} ms with ${learned.join('; ')}; frames came back after that.`);
      return;
    }
  }
  if (!CDP && (await drawnWithin(frame, 7000))) return;
  throw new Error(`${NO_FRAME} within ${Math.round((performance.now() - start) / 1000)} s, ${learned.join('; ')}`);
}

/** The test whose page stopped drawing and was not brought back, while it draws no frame. */
let stalledIn: string | undefined;

beforeEach(async function () {
  // Once a page draws no frame, each test after it in the file waited out its 20 s (open-wc's
  // fixture waits for a frame): they end at once instead, naming the test where it began.
  if (stalledIn) {
    if (!(await drawnWithin(new Promise(requestAnimationFrame), 1000))) throw new Error(`the page has drawn no frame since "${stalledIn}" failed: ${pageState()}`);
    console.warn(`The page draws again, after "${stalledIn}".`);
    stalledIn = undefined;
  }
  if (document.visibilityState === 'visible') return;
  const state = pageState();
  // Step 0 brings the page to the front.
  const did = CDP ? await executeServerCommand<string | false, number>('revive-page', 0) : 'not over CDP';
  console.warn(`The browser had hidden the test page before "${this.currentTest?.fullTitle()}": ${state}; ${did}`);
});

afterEach(function () {
  const test = this.currentTest;
  if (test?.state === 'failed' && test.err?.message.startsWith('Timeout')) console.warn(`"${test.fullTitle()}" timed out with ${pageState()}.`);
  if (test?.state === 'failed' && test.err?.message.startsWith(NO_FRAME)) stalledIn = test.fullTitle();
});
