// The one-file embed as partners use it: dist/cdn/op-eligibility.js (the build, not the
// sources) in plain HTML pages served over loopback, in headless Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TRANSLATION_FILES } from '../../scripts/feature-messages.js';
import { serveStatic } from '../../scripts/static-server.js';
import { ES_EVICTION, fillCurrentQuestion, launchBrowser, shownQuestion } from '../../scripts/embed-driver.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The globals the bundled libraries set by design: Lit's version registries and decorator
 * metadata, zod's config. Ours is one Symbol-keyed property (checked apart); a new one here
 * is a change to look at.
 */
const LIBRARY_GLOBALS = ['__zod_globalConfig', 'litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];
let server;
let browser;

before(async () => {
  server = await serveStatic(ROOT.replace(/\/$/, ''), { redirects: { '/latest/op-eligibility.js': '/dist/cdn/op-eligibility.js' } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a test page, collecting page errors, console errors and the scripts it fetched. */
async function open(name) {
  const page = await browser.newPage();
  const problems = [];
  const scripts = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname + new URL(request.url()).search);
  });
  await page.goto(`${server.origin}/test/node/pages/${name}`);
  await page.waitForFunction(() => window.opEvents.some((e) => e.type === 'op-eligibility-step'));
  return { page, problems, scripts };
}

const countOf = (type) => window.opEvents.filter((e) => e.type === type).length;

const CDN = new URL('../../dist/cdn/', import.meta.url);
const CDN_FILES = readdirSync(CDN).filter((name) => name.endsWith('.js'));
/** The path of the chunk built from `name` (`[name]-[hash].js`, the hash 8 characters). */
function chunk(name) {
  const file = CDN_FILES.find((f) => f.match(/^(.+)-[\w-]{8}\.js$/)?.[1] === name);
  assert.ok(file, `dist/cdn/ has no ${name} chunk`);
  return `/dist/cdn/${file}`;
}
/** The translators' French for a message id (locales/fr.xlf), each placeholder written {0}, {1}… */
function french(id) {
  const xlf = readFileSync(new URL('../../locales/fr.xlf', import.meta.url), 'utf8');
  const unit = xlf.split('</trans-unit>').find((u) => u.includes(`<trans-unit id="${id}">`));
  const target = unit?.match(/<target>([^]*)<\/target>/)?.[1];
  assert.ok(target, `locales/fr.xlf translates ${id}`);
  return target.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}');
}
/** In the page: the text of the first match of `selector` in the element's shadow root, once it is there. */
async function shownText(page, selector) {
  const handle = await page.waitForFunction((s) => document.querySelector('op-eligibility').shadowRoot.querySelector(s)?.textContent.trim(), {}, selector);
  return handle.jsonValue();
}
/** Opens "Show the route map" on the result page and returns the map's title once it is drawn. */
async function openRouteMap(page) {
  await page.click('op-eligibility >>> .route-map-disclosure > summary');
  return shownText(page, '#route-map-title');
}

/** Sets the page's language to French, once the result is shown, and waits for its hand-off heading to say so. */
async function turnFrenchOnTheResult(page) {
  await page.evaluate(() => (document.documentElement.lang = 'fr'));
  await page.waitForFunction(
    (heading) => document.querySelector('op-eligibility').shadowRoot.querySelector('#handoff-heading')?.textContent.trim() === heading,
    {},
    french('handoff.heading'),
  );
}

/** Answers every question the element shows from `answers`, by its controls and Continue, then confirms. */
async function completePath(page, answers) {
  const asked = [];
  for (let question = await page.evaluate(shownQuestion); question !== 'review'; question = await page.evaluate(shownQuestion)) {
    assert.ok(question in answers, `the element asked "${question}", which this path does not answer`);
    asked.push(question);
    const steps = await page.evaluate(countOf, 'op-eligibility-step');
    await page.evaluate(fillCurrentQuestion, answers[question]);
    await page.click('op-eligibility >>> button[part~="continue"]');
    await page.waitForFunction((n) => window.opEvents.filter((e) => e.type === 'op-eligibility-step').length > n, {}, steps);
  }
  await page.click('op-eligibility >>> button[part~="confirm"]');
  await page.waitForFunction(() => window.opEvents.some((e) => e.type === 'op-eligibility-complete'));
  const result = await page.evaluate(() => ({
    outcome: window.opEvents.find((e) => e.type === 'op-eligibility-complete').detail.assessment.outcome,
    heading: document.querySelector('op-eligibility').shadowRoot.querySelector('#step-heading').textContent.trim(),
    reasons: document.querySelector('op-eligibility').shadowRoot.querySelectorAll('[part~="reasons"] li').length,
  }));
  return { asked, ...result };
}

test('a plain page: one script tag renders the wizard and completes a route to its result', async () => {
  const { page, problems, scripts } = await open('plain.html');
  const globalsBefore = await page.evaluate(() => Object.keys(window));
  // The minified stylesheet still applies: the default theme's accent on Continue, the base font size.
  const look = await page.evaluate(() => {
    const root = document.querySelector('op-eligibility').shadowRoot;
    return {
      button: getComputedStyle(root.querySelector('[part~="continue"]')).backgroundColor,
      fontSize: getComputedStyle(root.querySelector('[part="base"]')).fontSize,
    };
  });
  assert.deepEqual(look, { button: 'rgb(29, 95, 138)', fontSize: '19px' });
  const embedOnly = ['/test/node/pages/record-events.js', '/dist/cdn/op-eligibility.js'];
  assert.deepEqual(scripts, embedOnly, 'an English page loads the one file only');

  const result = await completePath(page, ES_EVICTION);
  assert.deepEqual(result.asked, Object.keys(ES_EVICTION));
  assert.equal(result.outcome, 'likely-admissible');
  assert.equal(result.heading, 'You may be able to complain to the Committee');
  assert.ok(result.reasons > 0, 'the result lists its reasons');
  assert.equal(await shownText(page, '#handoff-heading'), 'Summary for a lawyer or legal clinic');
  assert.deepEqual(scripts, [...embedOnly, chunk('result-feature')], 'the answers fetch the result’s module, and nothing else');
  assert.equal(await openRouteMap(page), 'Map of the complaints route');
  assert.deepEqual(scripts, [...embedOnly, chunk('result-feature'), chunk('route-map')], '"Show the route map" fetches the map');

  assert.deepEqual(problems, []);
  const newGlobals = await page.evaluate((before) => Object.keys(window).filter((key) => !before.includes(key)), globalsBefore);
  assert.deepEqual(newGlobals, [], 'the wizard adds no globals while it runs');
  const pageGlobals = await page.evaluate(() => {
    const blank = document.body.appendChild(document.createElement('iframe')).contentWindow;
    // Not counted: the frame itself ('0'), the page's event log, puppeteer's helpers.
    return Object.keys(window)
      .filter((key) => !(key in blank) && !/^(\d+|opEvents|.*ariaQuerySelector.*)$/.test(key))
      .sort();
  });
  assert.deepEqual(pageGlobals, LIBRARY_GLOBALS);
  const symbolGlobals = await page.evaluate(() => Object.getOwnPropertySymbols(window).map((symbol) => Symbol.keyFor(symbol) ?? String(symbol)));
  assert.equal(symbolGlobals.length, 1, 'one Symbol-keyed global, by which the files beside the embed find it');
  assert.match(symbolGlobals[0], /^op-eligibility [0-9a-f]{16}$/);
  await page.close();
});

/**
 * Opens framed.html (`query` its query string) from `from` (a server), presses "Exit this
 * page" in the framed element, and returns where the tab is then and the Referer the exit
 * site was sent.
 */
async function exitFromFrame(query, from = server) {
  const page = await browser.newPage();
  const exitUrl = `${from.origin}/test/node/pages/exited.html`;
  let referer = null;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === exitUrl) referer = request.headers().referer ?? 'none';
    request.continue();
  });
  await page.goto(`${from.origin}/test/node/pages/framed.html${query}`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => window.opEvents.some((e) => e.type === 'op-eligibility-step'));
  await frame.evaluate((url) => document.querySelector('op-eligibility').setAttribute('exit-url', url), exitUrl);
  await frame.click('op-eligibility >>> [part~="quick-exit"]');
  // Until the exit page has loaded, in the tab or in the frame: on a busy machine that can take more than a request's round trip.
  const arrived = () => referer !== null && page.frames().some((f) => f.url() === exitUrl);
  for (let waited = 0; !arrived() && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  const result = { top: page.url(), frames: page.frames().map((f) => f.url()), referer };
  await page.close();
  return result;
}

// The browser writes the clipboard after writeText() returns (2-11 ms here), and a tab that left
// at once lost the write in 2 of 5 runs; a write made 100 ms late shows every time whether the
// exit waits for it.
for (const [how, lateBy] of [['as the browser writes it', 0], ['written 100 ms late (a slow phone)', 100]]) {
  test(`"Copy as text", then "Exit this page": the page the exit opens finds the clipboard empty (${how}: the tab leaves once it is written)`, async () => {
    const context = browser.defaultBrowserContext();
    await context.overridePermissions(server.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    try {
      const { page, problems } = await open('plain.html');
      await completePath(page, ES_EVICTION);
      const clipboard = () => navigator.clipboard.readText();
      await page.click('op-eligibility >>> [part~="handoff-copy"]');
      await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('Spain'));
      if (lateBy) {
        await page.evaluate((ms) => {
          const write = navigator.clipboard.writeText.bind(navigator.clipboard);
          navigator.clipboard.writeText = (text) => new Promise((resolve) => setTimeout(resolve, ms)).then(() => write(text));
        }, lateBy);
      }
      const exitUrl = `${server.origin}/test/node/pages/exited.html`;
      await page.evaluate((url) => document.querySelector('op-eligibility').setAttribute('exit-url', url), exitUrl);
      await Promise.all([page.waitForNavigation(), page.click('op-eligibility >>> [part~="quick-exit"]')]);
      assert.equal(page.url(), exitUrl);
      assert.equal(await page.evaluate(clipboard), '');
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      await context.clearPermissionOverrides();
    }
  });
}

test('a plain page gives the element a newer States-Parties table, made from the shipped one that the embed exports (README, "Supplying newer data")', async () => {
  const { page, problems } = await open('newer-parties.html');
  const shipped = await page.evaluate(() => ({ gb: window.shippedGB, frozen: window.shippedFrozen }));
  assert.deepEqual(shipped, { gb: null, frozen: true }, 'the shipped table, as the element holds it: the United Kingdom not in it');
  const steps = await page.evaluate(countOf, 'op-eligibility-step');
  await page.evaluate(fillCurrentQuestion, 'GB');
  await page.click('op-eligibility >>> button[part~="continue"]');
  await page.waitForFunction((n) => window.opEvents.filter((e) => e.type === 'op-eligibility-step').length > n, {}, steps);
  // A party bound since 15 April 2026 (art. 18(2)): its route goes on to jurisdiction, where
  // with the shipped table (not joined) it would go on to the problem, on a closed route.
  assert.equal(await page.evaluate(shownQuestion), 'jurisdiction');
  assert.deepEqual(problems, []);
  await page.close();
});

test('in a frame from another origin, "Exit this page" leaves the whole tab, not the frame alone, and sends no Referer', async () => {
  const { top, referer } = await exitFromFrame('');
  assert.equal(top, `${server.origin}/test/node/pages/exited.html`);
  assert.equal(referer, 'none');
});

test('in a sandboxed frame that may not navigate the tab, "Exit this page" leaves the frame, with no Referer', async () => {
  const { top, frames, referer } = await exitFromFrame('?sandbox=allow-scripts%20allow-same-origin%20allow-forms');
  assert.equal(top, `${server.origin}/test/node/pages/framed.html?sandbox=allow-scripts%20allow-same-origin%20allow-forms`);
  assert.deepEqual(frames.slice(1), [`${server.origin}/test/node/pages/exited.html`]);
  assert.equal(referer, 'none');
});

test('in a frame sandboxed as the README says (no allow-same-origin), the embed starts only when its server sends the CORS header the README names; then "Exit this page" leaves the whole tab', async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### In an iframe'), readme.indexOf('\n## ', readme.indexOf('### In an iframe')));
  const sandbox = [...(section.match(/`sandbox` must\s+then\s+allow ([^(]*)/)?.[1] ?? '').matchAll(/`(allow-[a-z-]+)`/g)].map((m) => m[1]);
  assert.deepEqual(sandbox, ['allow-scripts', 'allow-top-navigation-by-user-activation']);
  assert.match(section, /`Access-Control-Allow-Origin: \*`/, 'the README names the header such a frame needs');
  const query = `?sandbox=${encodeURIComponent(sandbox.join(' '))}`;

  // Served without it, as a partner's own server usually serves files: a frame of no origin may not run them.
  const page = await browser.newPage();
  await page.goto(`${server.origin}/test/node/pages/framed.html${query}`, { waitUntil: 'load' });
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => document.readyState === 'complete');
  const shown = await frame.evaluate(() => ({ defined: Boolean(customElements.get('op-eligibility')), fallback: document.getElementById('fallback').checkVisibility() }));
  assert.deepEqual(shown, { defined: false, fallback: true });
  await page.close();

  const cors = await serveStatic(ROOT.replace(/\/$/, ''), { cors: true });
  try {
    const { top, referer } = await exitFromFrame(query, cors);
    assert.equal(top, `${cors.origin}/test/node/pages/exited.html`);
    assert.equal(referer, 'none');
  } finally {
    await cors.close();
  }
});

test('a beforeunload listener the page adds once the element is there (a form guard, a chat widget) does not ask "Leave site?" at the quick exit', async () => {
  const { page } = await open('plain.html');
  const exitUrl = `${server.origin}/test/node/pages/exited.html`;
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    return dialog.accept();
  });
  await page.evaluate((url) => {
    document.querySelector('op-eligibility').setAttribute('exit-url', url);
    addEventListener('beforeunload', (event) => event.preventDefault());
  }, exitUrl);
  // A real click: the browser asks only on a page the person has used.
  await page.click('op-eligibility >>> [part~="quick-exit"]');
  await page.waitForFunction((url) => location.href === url, {}, exitUrl);
  await page.close();
  assert.deepEqual(dialogs, []);
});

test('in a frame from the same site, "Exit this page" covers the page around the frame too, until the next page arrives', async () => {
  const page = await browser.newPage();
  const exitUrl = `${server.origin}/test/node/pages/exited.html`;
  await page.goto(`${server.origin}/test/node/pages/framed.html?same-origin`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => window.opEvents.some((e) => e.type === 'op-eligibility-step'));
  await frame.evaluate((url) => document.querySelector('op-eligibility').setAttribute('exit-url', url), exitUrl);
  // Pressed and looked at in one task, before the next page can arrive: what shows over the partner's heading, above the frame.
  const shown = await frame.evaluate(() => {
    document.querySelector('op-eligibility').shadowRoot.querySelector('[part~="quick-exit"]').click();
    const hit = top.document.elementFromPoint(top.innerWidth / 2, 20);
    return { name: hit?.localName, open: hit?.open, background: hit && top.getComputedStyle(hit).backgroundColor };
  });
  await page.waitForFunction((url) => location.href === url, {}, exitUrl);
  await page.close();
  assert.deepEqual(shown, { name: 'dialog', open: true, background: 'rgb(255, 255, 255)' });
});

test('content inside <op-eligibility> is a fallback: shown while the embed cannot run (blocked, no JavaScript), gone once it renders', async () => {
  const running = await open('plain.html');
  assert.equal(await running.page.evaluate(() => document.getElementById('fallback').checkVisibility()), false);
  await running.page.close();

  const blocked = await browser.newPage();
  await blocked.setRequestInterception(true);
  blocked.on('request', (request) => (request.url().endsWith('/op-eligibility.js') ? request.abort('blockedbyclient') : request.continue()));
  await blocked.goto(`${server.origin}/test/node/pages/plain.html`, { waitUntil: 'load' });
  const shown = await blocked.evaluate(() => ({ defined: Boolean(customElements.get('op-eligibility')), fallback: document.getElementById('fallback').checkVisibility() }));
  assert.deepEqual(shown, { defined: false, fallback: true });
  await blocked.close();
});

test('in a modal <dialog> opened with a click, the skip link it focuses first stays hidden, so the first click on Continue answers; opened from the keyboard, the link shows', async () => {
  /** In the page: what has focus in the element, and whether the skip link is drawn where it lies (a point of it finds it). */
  const skipLink = () => {
    const root = document.querySelector('op-eligibility').shadowRoot;
    const link = root.querySelector('[part="skip-link"]');
    const { left, top, width, height } = link.getBoundingClientRect();
    return { focused: root.activeElement?.getAttribute('part'), shown: root.elementFromPoint(left + width / 2, top + height / 2) === link };
  };
  const { page, problems } = await open('dialog.html');
  await page.click('#open');
  assert.deepEqual(await page.evaluate(skipLink), { focused: 'skip-link', shown: false });
  // Shown on focus, it pushed the question down, and hid again as the pointer pressed Continue: the release landed on what moved under it.
  const steps = await page.evaluate(countOf, 'op-eligibility-step');
  await page.evaluate(fillCurrentQuestion, 'ES');
  await page.click('op-eligibility >>> button[part~="continue"]');
  await page.waitForFunction((n) => window.opEvents.filter((e) => e.type === 'op-eligibility-step').length > n, { timeout: 3000 }, steps).catch(() => {});
  assert.equal(await page.evaluate(shownQuestion), 'jurisdiction', 'the first click on Continue answered the question');
  assert.deepEqual(problems, []);
  await page.close();

  const { page: byKeyboard } = await open('dialog.html');
  await byKeyboard.focus('#open');
  await byKeyboard.keyboard.press('Enter');
  assert.deepEqual(await byKeyboard.evaluate(skipLink), { focused: 'skip-link', shown: true });
  await byKeyboard.close();
});

test('in a modal <dialog>, with the print rule the README gives, the hand-off summary prints whole, from its title on, not the one page the dialog shows on screen', async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const printCss = [...readme.matchAll(/```css\n([^]*?)```/g)].map((m) => m[1]).find((css) => css.includes('dialog:modal'));
  assert.ok(printCss, 'the README gives a print rule for a modal dialog');
  const { page, problems } = await open(`dialog.html?print-css=${encodeURIComponent(printCss)}`);
  await page.click('#open');
  assert.equal((await completePath(page, ES_EVICTION)).outcome, 'likely-admissible');
  await page.waitForFunction(() => document.querySelector('op-eligibility').shadowRoot.querySelector('.handoff-sheet'));
  await page.emulateMediaType('print');
  const printed = await page.evaluate(() => {
    const dialog = document.getElementById('checker');
    const sheet = document.querySelector('op-eligibility').shadowRoot.querySelector('.handoff-sheet').getBoundingClientRect();
    const box = dialog.getBoundingClientRect();
    return { clipped: dialog.scrollHeight > dialog.clientHeight, sheetInside: sheet.top >= box.top && sheet.bottom <= box.bottom, top: box.top >= 0 };
  });
  assert.deepEqual(printed, { clipped: false, sheetInside: true, top: true });
  await page.emulateMediaType(null);
  // The summary alone takes more than one A4 page: a dialog fixed to the screen printed one, cut after "9. Outcome".
  const pages = Buffer.from(await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page\b/g).length;
  assert.ok(pages > 1, `the summary printed on ${pages} page`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('offline at the first answer, online again at the result: the result fetches its module again, and "Try again" does too, keeping the answers', async () => {
  const { page, problems } = await open('plain.html');
  await page.setRequestInterception(true);
  let offline = true;
  let fetched = 0;
  page.on('request', (request) => {
    if (!/\/result-feature-/.test(request.url())) return request.continue();
    fetched += 1;
    return offline ? request.abort('internetdisconnected') : request.continue();
  });
  // Offline all the way: fetched at the first answer, and again on reaching the result.
  const result = await completePath(page, ES_EVICTION);
  assert.equal(result.reasons, 0);
  assert.equal(fetched, 2, 'the browser keeps a failed import: the embed fetches it again under another fragment');
  offline = false;
  await page.click('op-eligibility >>> button[part~="retry"]');
  await page.waitForFunction(() => document.querySelector('op-eligibility').shadowRoot.querySelectorAll('[part~="reasons"] li').length > 0);
  const shown = await page.evaluate(() => {
    const root = document.querySelector('op-eligibility').shadowRoot;
    return { focused: root.activeElement?.id, caption: root.querySelector('.result .caption'), outcome: root.querySelector('.result').dataset.outcome };
  });
  assert.deepEqual(shown, { focused: 'step-heading', caption: null, outcome: 'likely-admissible' });
  assert.equal(fetched, 3);
  assert.deepEqual(problems.filter((p) => !/net::ERR_INTERNET_DISCONNECTED/.test(p)), []);
  await page.close();
});

test('offline before the result’s module came: the result still shows its outcome, says the details are missing, takes focus, keeps urgent help and Change your answers', async () => {
  const { page, problems } = await open('plain.html');
  await page.setRequestInterception(true);
  page.on('request', (request) => (/\/result-feature-/.test(request.url()) ? request.abort('internetdisconnected') : request.continue()));

  const result = await completePath(page, ES_EVICTION);
  assert.equal(result.outcome, 'likely-admissible', 'the complete event carries the assessment');
  assert.equal(result.heading, 'You may be able to complain to the Committee');
  assert.equal(result.reasons, 0);
  assert.equal(
    await shownText(page, '.result .caption'),
    'The reasons and next steps could not be loaded. Check your internet connection, then try again.',
  );
  const shown = await page.evaluate(() => {
    const root = document.querySelector('op-eligibility').shadowRoot;
    return { focused: root.activeElement?.id, said: root.querySelector('[role="status"]').textContent.trim() };
  });
  // The focused heading reads the outcome; the live region, what focus does not say.
  assert.deepEqual(shown, {
    focused: 'step-heading',
    said: 'The reasons and next steps could not be loaded. Check your internet connection, then try again.',
  });
  // This eviction is urgent: the one step that cannot wait for the details.
  assert.equal(
    await shownText(page, '.result .urgent'),
    'It is urgent: get help now from a lawyer or a human rights organisation, without waiting for these details.',
  );
  await page.click('op-eligibility >>> button[part~="change-answers"]');
  await page.waitForFunction(() => window.opEvents.at(-1).detail.step?.kind === 'review');
  const review = await page.evaluate(() => window.opEvents.at(-1).detail.answers);
  assert.deepEqual(review, ES_EVICTION, 'Change your answers keeps every answer, offline too');
  // Only the browser's own word on the failed fetch; the element warns, it does not throw.
  assert.deepEqual(problems.filter((p) => !/net::ERR_INTERNET_DISCONNECTED/.test(p)), []);
  await page.close();
});

test('a host page with its own Lit and @lit/localize: both the host’s localized element and the embed work', async () => {
  const { page, problems } = await open('host-lit.html');
  await page.evaluate(() => window.hostLocaleReady);
  const greeting = () => document.querySelector('host-greeting').shadowRoot.textContent.trim();
  assert.equal(await page.evaluate(greeting), 'Bonjour du site hôte');

  const result = await completePath(page, { state: 'JP', rights: ['food'], urgency: 'no', disability: 'no', grounds: ['none'] });
  assert.equal(result.outcome, 'not-available');
  assert.equal(result.heading, 'You cannot use this complaint route');

  assert.equal(await page.evaluate(greeting), 'Bonjour du site hôte', 'the host keeps its locale');
  assert.equal(await page.evaluate(() => document.querySelectorAll('op-eligibility').length), 1);
  assert.equal(await page.evaluate(countOf, 'op-eligibility-complete'), 1, 'the second copy of the embed stood aside');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a host page with its own Lit under Trusted Types: the embed’s copy of Lit has a policy of its own, and both work', async () => {
  const { page, problems } = await open('host-lit-trusted-types.html');
  await page.waitForFunction(() => document.querySelector('host-greeting').shadowRoot?.textContent.trim() === 'Hello from the host site');
  const result = await completePath(page, { state: 'JP', rights: ['food'], urgency: 'no', disability: 'no', grounds: ['none'] });
  assert.equal(result.outcome, 'not-available');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a host page whose Trusted Types allow lit-html only (the README’s advice before op-eligibility) still gets the element', async () => {
  const { page, problems } = await open('trusted-types-lit-html.html');
  const result = await completePath(page, { state: 'JP', rights: ['food'], urgency: 'no', disability: 'no', grounds: ['none'] });
  assert.equal(result.outcome, 'not-available');
  // The browser reports the refused first name; nothing else goes wrong.
  assert.deepEqual(problems.filter((p) => !/TrustedTypePolicy named 'op-eligibility'/.test(p)), []);
  await page.close();
});

test('a French page fetches the French file beside the embed, then each lazy part with its French, shown in French', async () => {
  const { page, problems, scripts } = await open('french.html');
  await page.waitForFunction(
    () => document.querySelector('op-eligibility').shadowRoot.querySelector('#step-heading')?.textContent.trim() !== 'Which country is your complaint about?',
  );
  const loaded = ['/test/node/pages/record-events.js', '/dist/cdn/op-eligibility.js', chunk('fr')];
  assert.deepEqual(scripts, loaded);

  const result = await completePath(page, ES_EVICTION);
  assert.equal(result.outcome, 'likely-admissible');
  assert.equal(await shownText(page, '#handoff-heading'), french('handoff.heading'));
  assert.deepEqual(scripts.slice(0, 3), loaded);
  assert.deepEqual(scripts.slice(3).sort(), [chunk('result-feature'), chunk('fr-result'), chunk('fr-result-routes')].sort(), 'the result and its French, together');
  assert.equal(await openRouteMap(page), french('map.title'));
  assert.deepEqual(scripts.slice(6).sort(), [chunk('route-map'), chunk('fr-route-map')].sort(), 'the map and its French, together');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the README’s modulepreload of the language file: the element uses the file preloaded, fetched once, with or without a query string', async () => {
  for (const query of ['', '?ver=6.4']) {
    const page = await browser.newPage();
    const path = '/test/node/pages/french-preloaded.html';
    const fetched = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === chunk('fr')) fetched.push(url.search);
      if (url.pathname !== path) return request.continue();
      // french.html, with the README's link to the French file beside the script.
      const html = readFileSync(new URL('pages/french.html', import.meta.url), 'utf8')
        .replace('/dist/cdn/op-eligibility.js"', `/dist/cdn/op-eligibility.js${query}"`)
        .replace('<script src', `<link rel="modulepreload" href="${chunk('fr')}${query}">\n    <script src`);
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() => window.opEvents.some((e) => e.type === 'op-eligibility-step'));
    assert.ok((await shownText(page, '#step-heading')).endsWith(french('q.state.title')), `in French${query}`);
    assert.deepEqual(fetched, [query], `the French file fetched once${query}`);
    await page.close();
  }
});

test('loaded with a query string (WordPress adds ?ver=): each file it loads gets the query, no second copy runs, and the result follows the page’s language', async () => {
  const { page, problems, scripts } = await open('query-string.html');
  const result = await completePath(page, ES_EVICTION);
  assert.equal(result.outcome, 'likely-admissible');
  assert.equal(await shownText(page, '#handoff-heading'), 'Summary for a lawyer or legal clinic');

  await turnFrenchOnTheResult(page);
  const query = '?ver=6.4';
  assert.deepEqual(scripts.slice(0, 3), ['/test/node/pages/record-events.js', `/dist/cdn/op-eligibility.js${query}`, chunk('result-feature') + query]);
  assert.deepEqual(scripts.slice(3).sort(), [chunk('fr') + query, chunk('fr-result') + query, chunk('fr-result-routes') + query].sort(), 'French, for the element and its result');
  assert.deepEqual(problems, []);
  await page.close();
});

test('loaded through a redirect (a CDN version range, an unversioned link): the files it loads use the copy that is running, and the result follows the page’s language', async () => {
  const { page, problems, scripts } = await open('redirect.html');
  assert.equal((await completePath(page, ES_EVICTION)).outcome, 'likely-admissible');
  await turnFrenchOnTheResult(page);
  assert.deepEqual(scripts.slice(0, 4), ['/test/node/pages/record-events.js', '/latest/op-eligibility.js', '/dist/cdn/op-eligibility.js', chunk('result-feature')]);
  assert.deepEqual(scripts.slice(4).sort(), [chunk('fr'), chunk('fr-result'), chunk('fr-result-routes')].sort(), 'no second copy of the embed');
  assert.deepEqual(problems, []);
  await page.close();
});

test('no file beside the embed names it: a host may rename op-eligibility.js', () => {
  for (const file of CDN_FILES.filter((f) => f !== 'op-eligibility.js')) {
    assert.ok(!readFileSync(new URL(file, CDN), 'utf8').includes('op-eligibility.js'), `${file} names op-eligibility.js`);
  }
});

test('the embed and the files beside it carry no bundler annotations: browsers run them as they are, and the comments cost bytes', () => {
  for (const file of CDN_FILES) {
    assert.doesNotMatch(readFileSync(new URL(file, CDN), 'utf8'), /[@#]__(PURE|NO_SIDE_EFFECTS)__/, file);
  }
});

test('mode="training" fetches training mode and the route map with their translations, and shows them in the page’s language', async () => {
  const { page, problems, scripts } = await open('training.html');
  assert.equal(await shownText(page, '#training-heading'), french('training.heading'));
  assert.equal(await shownText(page, '#route-map-title'), french('map.title'));
  assert.equal(await shownText(page, '.training-story strong'), french('training.playing').replace('{0}', french('scenario.eviction-spain.title')));
  assert.deepEqual(scripts.slice(0, 2), ['/test/node/pages/record-events.js', '/dist/cdn/op-eligibility.js']);
  assert.deepEqual(
    scripts.slice(2).sort(),
    [chunk('fr'), chunk('training-session'), chunk('route-map'), chunk('fr-training'), chunk('fr-route-map')].sort(),
    'no result’s module before an answer',
  );
  assert.deepEqual(problems, []);
  await page.close();
});

test('offline as training mode starts: the questions in the page’s language, saying training mode could not be loaded; "Try again", online again, brings it and its scenario', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.setRequestInterception(true);
  let offline = true;
  page.on('request', (request) => (offline && /\/training-session-/.test(request.url()) ? request.abort('internetdisconnected') : request.continue()));
  await page.goto(`${server.origin}/test/node/pages/training.html`);
  await page.waitForFunction(() => window.opEvents.some((e) => e.type === 'op-eligibility-step'));
  assert.equal(await shownText(page, '[part="training-unavailable"] p'), french('training.load-failed'));
  assert.equal(await page.evaluate(() => document.querySelector('op-eligibility').shadowRoot.querySelector('[part="training"]')), null);
  offline = false;
  await page.click('op-eligibility >>> [part="training-unavailable"] [part~="retry"]');
  await page.waitForFunction(() => document.querySelector('op-eligibility').shadowRoot.querySelector('#training-heading'));
  assert.equal(await shownText(page, '.training-story strong'), french('training.playing').replace('{0}', french('scenario.eviction-spain.title')));
  assert.equal(await page.evaluate(() => document.querySelector('op-eligibility').shadowRoot.activeElement?.id), 'step-heading');
  assert.deepEqual(problems, []);
  await page.close();
});

test('several elements on a page, some set before the embed loads: each file is fetched once, and each element shows its own step in the page’s language', async () => {
  const { page, problems, scripts } = await open('several.html');
  await page.waitForFunction(() => [...document.querySelectorAll('op-eligibility')].every((el) => el.shadowRoot?.querySelector('#step-heading')));
  await page.waitForFunction(() => document.querySelector('#room').shadowRoot.querySelector('#route-map-title'));
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('op-eligibility')].map((el) => {
      const heading = el.shadowRoot.querySelector('#step-heading');
      // French sets a no-break space before ":" and "?": read as spaces.
      return [el.id, heading.localName, heading.textContent.replace(/\s+/g, ' ').trim(), !!el.shadowRoot.querySelector('[part~="training"]')];
    }),
  );
  const french = (n, question) => `Question ${n} : ${question}`;
  assert.deepEqual(shown, [
    ['story', 'h2', french(1, 'Quel pays votre plainte vise-t-elle ?'), true],
    ['room', 'h2', french(1, 'Quel pays votre plainte vise-t-elle ?'), true],
    ['intake', 'h2', french(1, 'Quel pays votre plainte vise-t-elle ?'), false],
    ['restored', 'h3', french(3, 'Qui présente la plainte ?'), false],
  ]);
  // The restored element has answered: the result comes too, with its French.
  const expected = ['/test/node/pages/record-events.js', '/dist/cdn/op-eligibility.js', chunk('fr'), chunk('training-session'), chunk('route-map'), chunk('fr-training'), chunk('fr-route-map'), chunk('result-feature'), chunk('fr-result'), chunk('fr-result-routes')];
  await page.waitForNetworkIdle({ idleTime: 500 });
  assert.deepEqual([...scripts].sort(), expected.sort(), 'each file once, for all of them');
  assert.deepEqual(problems, []);
  await page.close();
});

/**
 * Which translations load with each chunk: the embed's with the language, a feature's
 * with it (src/element/lazy-feature.ts; training mode always shows the route map too).
 */
const TRANSLATIONS_OF = { 'op-eligibility': ['fr'], 'result-feature': ['fr', 'fr-result', 'fr-result-routes'], 'route-map': ['fr', 'fr-route-map'], 'training-session': ['fr', 'fr-training', 'fr-route-map'] };

/** The modules of src/ a built file was made from, by its source map: each one's path from `src/` and its text. */
function srcModules(file) {
  const { sources, sourcesContent } = JSON.parse(readFileSync(new URL(`${file}.map`, CDN), 'utf8'));
  return sources.flatMap((source, i) => (source.includes('/src/') ? [{ path: source.slice(source.indexOf('src/')), text: sourcesContent[i] }] : []));
}

test('every message id a chunk uses is in the translations that load with it', async () => {
  const nameOf = (file) => (file === 'op-eligibility.js' ? 'op-eligibility' : file.match(/^(.+)-[\w-]{8}\.js$/)[1]);
  // Every language's files are translations, a language added to lit-localize.json too.
  const { targetLocales } = JSON.parse(readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8'));
  const code = CDN_FILES.filter((f) => !targetLocales.includes(nameOf(f).split('-')[0]));
  assert.deepEqual(code.map(nameOf).sort(), Object.keys(TRANSLATIONS_OF).sort(), 'a new chunk: say which translations load with it');
  // The ids as written in src/: the built files have short codes (shortMessageIds), and
  // msg(text, '4f') where the id is alone, which nothing in minified code tells from another
  // call. So the ids are read from the sources each file was built from (its source map), and
  // the translations from the modules its language files were built from.
  const keysOf = (name) =>
    [...readFileSync(new URL(`../../src/generated/locales/${name}.ts`, import.meta.url), 'utf8').matchAll(/^\s*['"]([^'"]+)['"]:/gm)].map((m) => m[1]);
  const known = new Set(['fr', ...Object.values(TRANSLATIONS_OF).flat()].flatMap(keysOf));
  for (const file of code) {
    const available = new Set(TRANSLATIONS_OF[nameOf(file)].flatMap(keysOf));
    // An `id: '…'` that no translation has is a dataset's (a right, a route): the build fails on a msg() id it does not know.
    const ids = srcModules(file)
      .flatMap(({ text }) => [...text.matchAll(/\bid: '([^']+)'/g)].map((m) => m[1]))
      .filter((id) => known.has(id));
    assert.ok(ids.length > 0, `${file} uses messages`);
    assert.deepEqual(ids.filter((id) => !available.has(id)), [], `${file}: ids whose French is not loaded with it`);
  }
});

test('a lazily loaded chunk’s messages are translated with it: each file of src/ holding msg() in a chunk, not the embed, is listed under that feature in scripts/feature-messages.js', () => {
  const withMessages = (file) => srcModules(file).flatMap(({ path, text }) => (/\bmsg\(/.test(text) ? [path] : []));
  const inEmbed = new Set(withMessages('op-eligibility.js'));
  for (const [chunk, translations] of Object.entries(TRANSLATIONS_OF)) {
    if (chunk === 'op-eligibility') continue;
    const file = CDN_FILES.find((f) => f.startsWith(`${chunk}-`));
    // 'fr-route-map' → the feature 'route-map'; 'fr' is the language's own file.
    const listed = translations.flatMap((name) => TRANSLATION_FILES[name.slice('fr-'.length)] ?? []);
    const unlisted = withMessages(file).filter((source) => !inEmbed.has(source) && !listed.includes(source));
    assert.deepEqual(unlisted, [], `${file}: files whose messages would load with the language on every page`);
  }
});

test('the embed carries every dataset’s facts and provenance, but not the reviewers’ notes (the npm build keeps them)', async () => {
  const embed = readFileSync(new URL('op-eligibility.js', CDN), 'utf8');
  const { STATES_PARTIES } = await import('../../dist/data/states-parties.js');
  const { OTHER_ROUTES } = await import('../../dist/data/other-routes.js');
  const { COMPLAINT_PROCEDURES_SOURCE } = await import('../../dist/data/complaint-procedures.js');
  const notes = [];
  const kept = [COMPLAINT_PROCEDURES_SOURCE.source, COMPLAINT_PROCEDURES_SOURCE.csv.trim()];
  JSON.stringify([STATES_PARTIES, OTHER_ROUTES], (key, value) => {
    if (key === 'note') notes.push(value);
    else if (typeof value === 'string') kept.push(value);
    return value;
  });
  assert.ok(notes.length >= 10, 'the shipped data has reviewers’ notes to leave out');
  // As the minifier quotes it: plain, or with its quotes or apostrophes escaped.
  const inEmbed = (text) => [text, JSON.stringify(text).slice(1, -1), text.replaceAll("'", "\\'")].some((form) => embed.includes(form));
  assert.deepEqual(notes.filter(inEmbed), [], 'notes left in the embed');
  assert.deepEqual(kept.filter((text) => !inEmbed(text)), [], 'data missing from the embed');
});

test('a language file that hangs (a stalled connection): after 8 s the questions show in English, with the quick exit, and turn French when it arrives', async () => {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  const held = [];
  page.on('request', (request) => (new URL(request.url()).pathname === chunk('fr') ? held.push(request) : request.continue()));
  const warnings = [];
  page.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
  await page.goto(`${server.origin}/test/node/pages/french.html`);
  await page.waitForFunction(() => customElements.get('op-eligibility'));
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const waiting = await page.evaluate(() => ({
    steps: window.opEvents.filter((e) => e.type === 'op-eligibility-step').length,
    heading: document.querySelector('op-eligibility').shadowRoot.querySelector('#step-heading')?.textContent.trim() ?? null,
  }));
  assert.deepEqual(waiting, { steps: 0, heading: null }, 'at 5 s it still waits for French, with no English first');
  await page.waitForFunction(() => window.opEvents.some((e) => e.type === 'op-eligibility-step'), { timeout: 6000 });
  assert.match(await shownText(page, '#step-heading'), /Which country is your complaint about\?$/);
  assert.match(await shownText(page, '[part~="quick-exit"]'), /^Exit this page/);
  assert.ok(warnings.some((w) => w.includes('"fr" translations are taking long')), 'the console says why');
  assert.equal(held.length, 1);
  await held[0].continue();
  await page.waitForFunction(
    (heading) => document.querySelector('op-eligibility').shadowRoot.querySelector('#step-heading')?.textContent.trim().endsWith(heading),
    {},
    french('q.state.title'),
  );
  await page.close();
});

test('a language file that stalls, then fails after the person moved on: the notice comes in the live region that was there from the first step', async () => {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  const held = [];
  page.on('request', (request) => (new URL(request.url()).pathname === chunk('fr') ? held.push(request) : request.continue()));
  await page.goto(`${server.origin}/test/node/pages/french.html`);
  await page.waitForFunction(() => window.opEvents.some((e) => e.type === 'op-eligibility-step'), { timeout: 12000 });
  const region = () => {
    const status = document.querySelector('op-eligibility').shadowRoot.querySelector('.language-status');
    status.dataset.seen ??= String(Date.now());
    return { role: status.getAttribute('role'), seen: status.dataset.seen, text: status.textContent.trim() };
  };
  const before = await page.evaluate(region);
  assert.deepEqual({ ...before, seen: undefined }, { role: 'status', seen: undefined, text: '' }, 'an empty live region before the failure');
  await page.evaluate(fillCurrentQuestion, ES_EVICTION.state);
  await page.click('op-eligibility >>> button[part~="continue"]');
  await page.waitForFunction(() => window.opEvents.filter((e) => e.type === 'op-eligibility-step').length > 1);
  await held[0].abort('internetdisconnected');
  await page.waitForFunction(() => document.querySelector('op-eligibility').shadowRoot.querySelector('[part~="language-unavailable"]'));
  const after = await page.evaluate(region);
  assert.equal(after.seen, before.seen, 'the same region, so that its new words are announced');
  assert.equal(after.role, 'status');
  assert.ok(after.text.startsWith(french('language.unavailable')), after.text);
  await page.close();
});

test('a language file that fails (offline): the questions show in English, saying so in French, then in French from the next step once the connection is back, answers kept', async () => {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  let offline = true;
  const fetched = [];
  page.on('request', (request) => {
    const french = new URL(request.url()).pathname === chunk('fr');
    if (french) fetched.push(request.url());
    return offline && french ? request.abort('internetdisconnected') : request.continue();
  });
  await page.goto(`${server.origin}/test/node/pages/french.html`);
  await page.waitForFunction(() => window.opEvents.some((e) => e.type === 'op-eligibility-step'));
  assert.match(await shownText(page, '#step-heading'), /Which country is your complaint about\?$/);
  // Said in French first (the embed carries that one sentence), then in English.
  const notice = () =>
    [...(document.querySelector('op-eligibility').shadowRoot.querySelector('[part~="language-unavailable"]')?.children ?? [])].map((p) => ({
      lang: p.getAttribute('lang'),
      text: p.textContent.trim(),
    }));
  assert.deepEqual(await page.evaluate(notice), [
    { lang: 'fr', text: french('language.unavailable') },
    { lang: null, text: 'Your language could not be loaded: the text is in English until the connection is back.' },
  ]);
  offline = false;
  // The next step comes at least LANGUAGE_RETRY_MS after the failure.
  await new Promise((resolve) => setTimeout(resolve, 3100));
  await page.evaluate(fillCurrentQuestion, ES_EVICTION.state);
  await page.click('op-eligibility >>> button[part~="continue"]');
  const question = await page.waitForFunction(
    () => document.querySelector('op-eligibility').shadowRoot.querySelector('[part~="continue"]') && window.opEvents.filter((e) => e.type === 'op-eligibility-step').length > 1 && window.opEvents.at(-1).detail.step.question,
  );
  const next = await question.jsonValue();
  await page.waitForFunction(
    (heading) => document.querySelector('op-eligibility').shadowRoot.querySelector('#step-heading')?.textContent.trim().endsWith(heading),
    {},
    french(`q.${next}.title`),
  );
  assert.deepEqual(await page.evaluate(() => window.opEvents.at(-1).detail.answers), { state: 'ES' });
  assert.deepEqual(await page.evaluate(notice), [], 'the notice goes with the English');
  assert.equal(fetched.length, 2, 'fetched once more, not at every render');
  assert.match(fetched[1], /op-retry=1$/, 'past the browser’s memory of the failed import');
  await page.close();
});

test('a language chosen on the result whose result translations fail (one of its two files offline): no result half in English, the notice says why', async () => {
  const { page } = await open('plain.html');
  assert.equal((await completePath(page, ES_EVICTION)).outcome, 'likely-admissible');
  await page.setRequestInterception(true);
  page.on('request', (request) => (new URL(request.url()).pathname === chunk('fr-result-routes') ? request.abort('internetdisconnected') : request.continue()));
  await page.evaluate(() => (document.documentElement.lang = 'fr'));
  await page.waitForFunction(() => document.querySelector('op-eligibility').shadowRoot.querySelector('[part~="language-unavailable"]'), { timeout: 5000 }).catch(() => {});
  const shown = await page.evaluate(() => {
    const root = document.querySelector('op-eligibility').shadowRoot;
    return { result: root.querySelector('.result').textContent, notice: root.querySelector('[part~="language-unavailable"]')?.textContent ?? '' };
  });
  // All in English, saying so in French: not the outcome in French above its reasons and next steps in English.
  assert.ok(shown.result.includes('You may be able to complain to the Committee'), 'the outcome in English');
  assert.ok(!shown.result.includes(french('outcome.likely-admissible.title')), 'not in French');
  assert.ok(shown.notice.includes(french('language.unavailable')), shown.notice);
  await page.close();
});

test('the result’s code arrives but not its French: the result says its details could not be loaded, and "Try again" shows them all in French', async () => {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  let offline = true;
  page.on('request', (request) =>
    offline && new URL(request.url()).pathname === chunk('fr-result') ? request.abort('internetdisconnected') : request.continue(),
  );
  await page.goto(`${server.origin}/test/node/pages/french.html`);
  await page.waitForFunction(() => window.opEvents.some((e) => e.type === 'op-eligibility-step'));
  await completePath(page, ES_EVICTION);
  assert.equal(await shownText(page, '.result .caption'), french('result.load-failed'));
  assert.equal(await page.evaluate(() => document.querySelector('op-eligibility').shadowRoot.querySelectorAll('[part~="reasons"] li').length), 0, 'no result half in English');
  offline = false;
  await page.click('op-eligibility >>> button[part~="retry"]');
  await page.waitForFunction(() => document.querySelector('op-eligibility').shadowRoot.querySelectorAll('[part~="reasons"] li').length > 0);
  const text = await page.evaluate(() => document.querySelector('op-eligibility').shadowRoot.querySelector('.result').textContent);
  assert.ok(text.includes(french('result.next-steps')), 'the next steps in French');
  assert.ok(!text.includes('What you can do next'));
  await page.close();
});
