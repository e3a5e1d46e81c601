// Runs the browser tests in WebKitGTK's MiniBrowser, driven by WebKitWebDriver over
// WebDriver classic (plain HTTP, through fetch): the WebKit engine of Safari, without
// Apple's UI. Debian: sudo apt-get install -y webkit2gtk-driver xvfb.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The keys Puppeteer names that WebDriver codes as a private-use character. */
const KEY_CODES = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017', Meta: '\uE03D',
};
const keyCode = (key) => {
  if (KEY_CODES[key]) return KEY_CODES[key];
  if ([...key].length === 1) return key;
  throw new Error(`The WebKit launcher knows no key "${key}"`);
};

// MiniBrowser's toolbar would keep its window at least 447 px wide: shrunk to nothing, it lets
// the tests' phone widths (320 px) be set.
const GTK_CSS = '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n';

/**
 * In the page, given its size before its window was resized: resolves with its size once it
 * has changed and held for two frames, or after a second (a window the size it was).
 */
const PAGE_RESIZED = `const [width, height, done] = arguments;
const since = performance.now();
let held = 0;
(function look() {
  const changed = innerWidth !== width || innerHeight !== height;
  held = changed ? held + 1 : 0;
  if (held > 2 || performance.now() - since > 1000) done([innerWidth, innerHeight]);
  else requestAnimationFrame(look);
})();`;

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Starts its own Xvfb (MiniBrowser has no headless mode), on a display number it picks itself.
 * With no window manager, X gives the keyboard's focus to the window under the pointer,
 * which rests at the screen's centre: a screen this small keeps it within the browser's
 * window (at 0,0) at every size the tests set. Outside it, the page would lose focus
 * (document.hasFocus() false, no :focus-visible). Pages are laid out at the window's size,
 * whatever the screen's.
 */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '240x240x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    xvfb.on('error', reject);
    xvfb.stdio[3].once('data', (data) => resolve({ xvfb, display: `:${String(data).trim()}` }));
  });
}

/**
 * A test-runner BrowserLauncher for WebKitGTK's MiniBrowser. It says it is of type
 * 'puppeteer' because @web/test-runner-commands' own plugins (sendKeys, setViewport,
 * emulateMedia...) run before the config's and drive no other launcher: they reach the page
 * through getPage(), which here gives the part of Puppeteer's Page they use, done over
 * WebDriver classic (the Actions API for keys and the mouse, the window's size for the
 * viewport). What WebDriver classic cannot do (emulate print or other media, read the
 * accessibility tree) throws, naming it.
 * @param {{ binary?: string, args?: string[] }} [options] MiniBrowser's path and extra arguments
 */
export function webkitLauncher({ binary = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args = [] } = {}) {
  let driver;
  let xvfb;
  let base;
  let gtkHome;
  let starting;
  const pages = new Map();

  async function command(method, path, body) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  async function start() {
    const started = await startXvfb();
    xvfb = started.xvfb;
    gtkHome = mkdtempSync(join(tmpdir(), 'webkit-gtk-'));
    mkdirSync(join(gtkHome, 'gtk-3.0'));
    writeFileSync(join(gtkHome, 'gtk-3.0', 'gtk.css'), GTK_CSS);
    const port = await freePort();
    driver = spawn('WebKitWebDriver', [`--port=${port}`], {
      // A shell's locale may be C, which WebKit gives pages as navigator.language "C", no language tag.
      env: { ...process.env, DISPLAY: started.display, XDG_CONFIG_HOME: gtkHome, LANG: 'en_US.UTF-8' },
      stdio: 'ignore',
    });
    const root = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i += 1) {
      try {
        await fetch(`${root}/status`);
        break;
      } catch (error) {
        if (i === 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const { sessionId } = await fetch(`${root}/session`, {
      method: 'POST',
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: {
            // Tab skips links, as in Safari unless the person turned "Press Tab to highlight each item" on.
            'webkitgtk:browserOptions': { binary, args: ['--automation', '--enable-tabs-to-links=false', ...args] },
          },
        },
      }),
    })
      .then((response) => response.json())
      .then(({ value }) => {
        if (!value.sessionId) throw new Error(`WebKitWebDriver gave no session: ${value.message}`);
        return value;
      });
    base = `${root}/session/${sessionId}`;
  }

  const keys = (actions) => command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  const pointer = (actions) =>
    command('POST', '/actions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });
  const cannot = (what) => () => {
    throw new Error(`WebKit over WebDriver classic cannot ${what}`);
  };

  /** The part of Puppeteer's Page that @web/test-runner-commands and our config's plugins use. */
  const page = {
    url: () => command('GET', '/url'),
    keyboard: {
      press: (key) => keys([{ type: 'keyDown', value: keyCode(key) }, { type: 'keyUp', value: keyCode(key) }]),
      type: (text) => keys([...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }])),
      down: (key) => keys([{ type: 'keyDown', value: keyCode(key) }]),
      up: (key) => keys([{ type: 'keyUp', value: keyCode(key) }]),
    },
    mouse: {
      move: (x, y) => pointer([{ type: 'pointerMove', x, y, origin: 'viewport', duration: 0 }]),
      down: () => pointer([{ type: 'pointerDown', button: 0 }]),
      up: () => pointer([{ type: 'pointerUp', button: 0 }]),
    },
    /**
     * The window is sized so that its page gets the width and height asked for, by what the
     * window has around the page (next to nothing: GTK_CSS), and only once the page has it.
     * The window's new size reaches the page a little later: read at once, the page's old
     * size made the window the wrong size (1920 wide to 800: -320, refused; 1093 to 853: 613),
     * and the tests after it ran on another screen than the one they name.
     */
    async setViewport({ width, height }) {
      let size = await command('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] });
      for (let tries = 0; tries < 3 && (size[0] !== width || size[1] !== height); tries += 1) {
        const window = await command('GET', '/window/rect');
        await command('POST', '/window/rect', { width: window.width + width - size[0], height: window.height + height - size[1] });
        size = await command('POST', '/execute/async', { script: PAGE_RESIZED, args: size });
      }
      if (size[0] !== width || size[1] !== height) throw new Error(`WebKit's page stayed ${size[0]}×${size[1]}, not ${width}×${height}`);
    },
    emulateMediaType: cannot('emulate print media'),
    emulateMediaFeatures: cannot('emulate media features'),
    accessibility: { snapshot: cannot('read the accessibility tree') },
  };

  return {
    name: 'WebKit',
    type: 'puppeteer',
    concurrency: 1,
    async stop() {
      if (base) await command('DELETE', '').catch(() => {});
      driver?.kill();
      xvfb?.kill();
      if (gtkHome) rmSync(gtkHome, { recursive: true, force: true });
    },
    async startSession(sessionId, url) {
      starting ??= start();
      await starting;
      pages.set(sessionId, page);
      await command('POST', '/url', { url });
    },
    isActive: (sessionId) => pages.has(sessionId),
    getBrowserUrl: () => page.url(),
    getPage(sessionId) {
      if (!pages.has(sessionId)) throw new Error(`No page for session ${sessionId}`);
      return page;
    },
    async stopSession(sessionId) {
      pages.delete(sessionId);
      // Leaves the test page, so that nothing of it runs on into the next one.
      await command('POST', '/url', { url: 'about:blank' });
      return {};
    },
    startDebugSession() {
      throw new Error('The WebKit launcher has no debug session');
    },
  };
}
