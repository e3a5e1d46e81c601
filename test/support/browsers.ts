/** Which browser a test runs in, and `it` variants for what only some of their drivers can do. */

/** The test runs in Firefox (`npm run test:firefox`). */
export const FIREFOX = navigator.userAgent.includes('Firefox/');

/** The test runs in WebKit (`npm run test:webkit`: WebKitGTK's MiniBrowser, Safari's engine). */
export const WEBKIT = navigator.userAgent.includes('AppleWebKit/') && !navigator.userAgent.includes('Chrome/');

/** The test's browser is driven over CDP (Chromium), not WebDriver (Firefox: BiDi; WebKit: classic). */
export const CDP = !FIREFOX && !WEBKIT;

const skipWhen = (skipped: boolean, where: string, why: string): ((title: string, fn: Mocha.AsyncFunc) => Mocha.Test) =>
  skipped ? (title, fn) => it.skip(`${title} [not in ${where}: ${why}]`, fn) : it;

/** `it`, except in WebKit, where the test cannot run as written: there it is skipped, `why` added to its title in the report. */
export function unlessWebKit(why: string): (title: string, fn: Mocha.AsyncFunc) => Mocha.Test {
  return skipWhen(WEBKIT, 'WebKit', why);
}

/** `it`, except over WebDriver (Firefox, WebKit), whose drivers cannot do what the test needs: `why` is added to its title there. */
export const unlessWebDriver = (why: string): ((title: string, fn: Mocha.AsyncFunc) => Mocha.Test) => skipWhen(!CDP, FIREFOX ? 'Firefox' : 'WebKit', why);

/** `it` for a test that needs `what`, which Chromium's driver does over CDP and WebDriver cannot. */
export function overCdp(what: string): (title: string, fn: Mocha.AsyncFunc) => Mocha.Test {
  return unlessWebDriver(`no ${what} over WebDriver`);
}

/** `describe` for tests that all need `what` over CDP: over WebDriver the block is skipped, the reason added to its title. */
export function describeOverCdp(what: string): (title: string, fn: (this: Mocha.Suite) => void) => Mocha.Suite | void {
  return CDP ? describe : (title, fn) => describe.skip(`${title} [not in ${FIREFOX ? 'Firefox' : 'WebKit'}: no ${what} over WebDriver]`, fn);
}
