// Finds an installed Chromium or Chrome for the tests. It never downloads one:
// this project's machines reach no browser download site, and a tester's own
// browser is the one that matters.
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string} the path of a Chromium-family browser, or exits with advice. */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    fail(`CHROME_PATH is set to "${fromEnv}", but no executable browser is there.`);
  }
  const found = CANDIDATES.find(executable);
  if (found) return found;
  fail('No Chromium or Chrome browser was found.');
}

function fail(why) {
  console.error(
    `\n${why}\n\nThe tests run in a real Chromium and never download one. Install one, then run the tests again:\n` +
      '  Debian/Ubuntu:  sudo apt-get install -y chromium\n' +
      '  macOS:          brew install --cask chromium\n' +
      '  anywhere:       set CHROME_PATH to the browser executable\n',
  );
  process.exit(1);
}

/** Flags for a headless browser that must make no network request of its own. */
export const QUIET_BROWSER_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Test files run side by side in tabs of one browser: a tab in the background must not
  // have its timers throttled or its rendering paused.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
