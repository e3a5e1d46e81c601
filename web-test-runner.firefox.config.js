import { accessSync, constants } from 'node:fs';
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import config from './web-test-runner.config.js';

/**
 * The browser suite in Firefox (ESR, as Debian ships it; Tor Browser is built on it),
 * driven by puppeteer-core over WebDriver BiDi. Not part of `npm test`: run it with
 * `npm run test:firefox`. FIREFOX_PATH names another Firefox.
 */
const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
try {
  accessSync(executablePath, constants.X_OK);
} catch {
  console.error(`\nNo Firefox at ${executablePath}. Install it (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.\n`);
  process.exit(1);
}

/**
 * puppeteer-core sets the screen's orientation with each viewport, a WebDriver BiDi command
 * Firefox ESR 140 does not know ("emulation.setScreenOrientationOverride: unknown command"),
 * and which no test needs: there it is skipped, as puppeteer itself skips the touch override.
 */
async function launchTolerant(options) {
  const browser = await puppeteer.launch(options);
  const [page] = await browser.pages();
  const context = Object.getPrototypeOf(page.mainFrame().browsingContext);
  const setOrientation = context.setScreenOrientationOverride;
  context.setScreenOrientationOverride = async function (...args) {
    try {
      return await setOrientation.apply(this, args);
    } catch (error) {
      if (!String(error?.message).includes('unknown command')) throw error;
    }
  };
  return browser;
}

export default {
  ...config,
  browsers: [
    chromeLauncher({
      // Passing puppeteer-core itself is what lets the launcher start a browser other than Chrome.
      puppeteer: { ...puppeteer, launch: launchTolerant },
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        extraPrefsFirefox: {
          // Test pages run one after another in one tab; Firefox must make no request of its own.
          'app.update.enabled': false,
          'browser.safebrowsing.downloads.remote.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          // Scrollbars over the page, taking no width, as on a phone (Firefox for Android) and
          // in headless Chromium: the layout tests' small screens are then the same width.
          'ui.useOverlayScrollbars': 1,
        },
      },
    }),
  ],
};
