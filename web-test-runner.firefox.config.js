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

export default {
  ...config,
  browsers: [
    chromeLauncher({
      // Passing puppeteer-core itself is what lets the launcher start a browser other than Chrome.
      puppeteer,
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
