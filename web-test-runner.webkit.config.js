import { accessSync, constants } from 'node:fs';
import { webkitLauncher } from './scripts/webkit-launcher.js';
import config from './web-test-runner.config.js';

/**
 * The browser suite in WebKit: WebKitGTK's MiniBrowser (Safari's engine, not Safari itself),
 * driven over WebDriver classic by scripts/webkit-launcher.js, in an Xvfb of its own. Not
 * part of `npm test`: run it with `npm run test:webkit`.
 */
for (const tool of ['WebKitWebDriver', 'Xvfb']) {
  const found = (process.env.PATH ?? '').split(':').some((dir) => {
    try {
      accessSync(`${dir}/${tool}`, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!found) {
    console.error(`\nNo ${tool} found. Install WebKitGTK's driver and Xvfb (Debian/Ubuntu: sudo apt-get install -y webkit2gtk-driver xvfb).\n`);
    process.exit(1);
  }
}

export default {
  ...config,
  browsers: [webkitLauncher()],
};
