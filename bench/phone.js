// `node bench/phone.js [--runs=N] [--cpu=6] [--nets=slow-4g,3g]` (after `npm run build`):
// the one-file embed as a partner's visitor on a cheap phone meets it, in headless Chromium
// with the DevTools CPU throttling (default 6x) and network throttling ("Slow 4G":
// 1.6 Mbps, 150 ms; "3G": 400 kbps, 400 ms), dist/cdn/ served gzipped on loopback as a
// CDN would, each load with an empty cache. Prints medians of N loads (default 7) and of
// N/2 screenings:
//  - navigation to the first question shown, in English, French and Arabic, and in French
//    with a <link rel="modulepreload"> of its language file (the README's advice), with
//    when the language file was fetched, counted from the end of the embed's download;
//  - a screening at a person's pace (1.5 s on each step), in English and French on 3G:
//    when the result's chunk arrived (from the first answer), Confirm → the result shown
//    (and whether "Loading…" showed), "Show the route map" → the map shown;
//  - the long tasks (> 50 ms) of the main thread before the first question and on each
//    answer, and the input delay of the first tap (Continue on the first question).
// Timings on a shared machine are noisy: compare figures of one run. It never fails on them.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../scripts/static-server.js';
import { ES_EVICTION, fillCurrentQuestion, launchBrowser, shownQuestion } from '../scripts/embed-driver.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const RUNS = Number(option('runs', 7));
const CPU = Number(option('cpu', 6));
const NETWORKS = {
  'slow-4g': { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  '3g': { latency: 400, downloadThroughput: 400e3 / 8, uploadThroughput: 400e3 / 8 },
};
const NETS = option('nets', 'slow-4g,3g').split(',');
/** How long the person reads each step before tapping. */
const PACE_MS = 1500;

const CDN = await readdir(`${ROOT}/dist/cdn`);
/** The file built from `name` (`[name]-[hash].js`). */
const chunk = (name) => CDN.find((file) => file.match(/^(.+)-[\w-]{8}\.js$/)?.[1] === name);

/** Set up in each page before anything runs: long tasks, event timing, the first input, the element's events. */
function observe() {
  window.phone = { long: [], events: [], firstInput: null, steps: [] };
  new PerformanceObserver((list) => phone.long.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    const [e] = list.getEntries();
    phone.firstInput = { start: e.startTime, delay: e.processingStart - e.startTime };
  }).observe({ type: 'first-input', buffered: true });
  window.opEvents = [];
  for (const type of ['op-eligibility-step', 'op-eligibility-complete']) {
    document.addEventListener(type, (event) => window.opEvents.push({ type, at: performance.now(), detail: { step: event.detail.step } }));
  }
}

/** Writes dist/phone/<name>.html, a plain page with the embed in the <head>, and returns its path. */
async function plainPage(name, lang, preload = []) {
  await mkdir(`${ROOT}/dist/phone`, { recursive: true });
  const links = preload.map((file) => `<link rel="modulepreload" href="/dist/cdn/${file}" />`).join('\n    ');
  await writeFile(
    `${ROOT}/dist/phone/${name}.html`,
    `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>bench: a phone</title>
    ${links}
    <script type="module" src="/dist/cdn/op-eligibility.js"></script>
  </head>
  <body>
    <h1>Can I complain to the UN?</h1>
    <op-eligibility as-of="2026-06-01"><p>Loading the questions…</p></op-eligibility>
  </body>
</html>
`,
  );
  return `/dist/phone/${name}.html`;
}

const median = (xs) => {
  const sorted = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '–');

const server = await serveStatic(ROOT, { gzip: true });
const browser = await launchBrowser();

/** A phone-sized tab of its own (no cache, no connection kept from another load), throttled. */
async function phoneTab(net) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 412, height: 915, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await tab.setCacheEnabled(false);
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORKS[net] });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await tab.evaluateOnNewDocument(observe);
  return { tab, close: () => context.close() };
}

async function open(path, net) {
  const { tab, close } = await phoneTab(net);
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
  await tab.waitForFunction(() => window.opEvents.length > 0, { timeout: 60_000 });
  return { tab, close };
}

/** In the page: when each file was fetched, by its name. */
function fetches() {
  return performance.getEntriesByType('resource').map((r) => ({ file: new URL(r.name).pathname.split('/').pop(), start: r.startTime, end: r.responseEnd }));
}

/** One load: ms from navigation to the first question, the language file's fetch from the embed's end, the long tasks before. */
async function startUp(path, net) {
  const { tab, close } = await open(path, net);
  const page = await tab.evaluate(() => ({ shown: window.opEvents[0].at, long: phone.long }));
  const files = await tab.evaluate(fetches);
  await close();
  const embed = files.find((f) => f.file === 'op-eligibility.js');
  const language = files.find((f) => /^(fr|ar)-[\w-]{8}\.js$/.test(f.file));
  const before = page.long.filter((l) => l.start < page.shown);
  return {
    shown: page.shown,
    languageFrom: language && language.start - embed.end,
    languageTo: language && language.end - embed.end,
    longest: Math.max(0, ...before.map((l) => l.duration)),
    blocked: before.reduce((sum, l) => sum + l.duration, 0),
  };
}

/** A screening to its result and the route map, at PACE_MS a step. */
async function screening(path, net) {
  const { tab, close } = await open(path, net);
  const answers = [];
  for (let question = await tab.evaluate(shownQuestion); question !== 'review'; question = await tab.evaluate(shownQuestion)) {
    await new Promise((resolve) => setTimeout(resolve, PACE_MS));
    const count = await tab.evaluate(() => window.opEvents.length);
    await tab.evaluate(fillCurrentQuestion, ES_EVICTION[question]);
    const at = await tab.evaluate(() => performance.now());
    await tab.tap('op-eligibility >>> button[part~="continue"]');
    await tab.waitForFunction((n) => window.opEvents.length > n, { timeout: 60_000 }, count);
    answers.push({ at, shown: await tab.evaluate(() => window.opEvents.at(-1).at) });
  }
  await new Promise((resolve) => setTimeout(resolve, PACE_MS));
  const confirmAt = await tab.evaluate(() => performance.now());
  await tab.tap('op-eligibility >>> button[part~="confirm"]');
  const loadingSeen = await tab.evaluate(() => !!document.querySelector('op-eligibility').shadowRoot.querySelector('.result .caption'));
  await tab.waitForFunction(() => window.opEvents.some((e) => e.type === 'op-eligibility-complete'), { timeout: 60_000 });
  const resultAt = await tab.evaluate(() => window.opEvents.find((e) => e.type === 'op-eligibility-complete').at);
  await new Promise((resolve) => setTimeout(resolve, PACE_MS));
  const mapAt = await tab.evaluate(() => performance.now());
  await tab.tap('op-eligibility >>> .route-map-disclosure > summary');
  await tab.waitForFunction(() => document.querySelector('op-eligibility').shadowRoot.querySelector('#route-map-title'), { timeout: 60_000, polling: 'mutation' });
  const mapShown = await tab.evaluate(() => performance.now());
  const page = await tab.evaluate(() => ({ long: phone.long, firstInput: phone.firstInput }));
  const result = (await tab.evaluate(fetches)).find((f) => f.file.startsWith('result-feature-'));
  await close();
  const onAnswers = answers.map(({ at, shown }) => Math.max(0, ...page.long.filter((l) => l.start >= at && l.start < shown).map((l) => l.duration)));
  return {
    resultArrived: result.end - answers[0].at,
    confirmToResult: resultAt - confirmAt,
    loadingSeen,
    mapToShown: mapShown - mapAt,
    firstInputDelay: page.firstInput?.delay,
    answerLongest: Math.max(...onAnswers),
    answerMedian: median(onAnswers),
  };
}

console.log(`CPU ${CPU}x slower, ${RUNS} loads each (medians), dist/cdn/ gzipped`);
const START_PAGES = [
  ['English', await plainPage('en', 'en')],
  ['French', await plainPage('fr', 'fr')],
  ['Arabic', await plainPage('ar', 'ar')],
  ['French, its file preloaded', await plainPage('fr-preload', 'fr', [chunk('fr')])],
];
for (const net of NETS) {
  const loads = new Map(START_PAGES.map(([name]) => [name, []]));
  // Interleaved, so that the machine's load falls on every page alike.
  for (let run = 0; run < RUNS; run++) for (const [name, path] of START_PAGES) loads.get(name).push(await startUp(path, net));
  console.log(`\n${net}: navigation → first question`);
  console.table(
    START_PAGES.map(([name]) => {
      const xs = loads.get(name);
      const m = (key) => ms(median(xs.map((x) => x[key])));
      return { page: name, 'first question': m('shown'), 'language file fetched (from the embed’s end)': xs[0].languageFrom === undefined ? '–' : `${m('languageFrom')} → ${m('languageTo')}`, 'longest task before': m('longest'), 'blocked before': m('blocked') };
    }),
  );
}
console.log(`\n3g: a screening, ${PACE_MS} ms on each step`);
const rows = [];
for (const [name, path] of START_PAGES.slice(0, 2)) {
  const runs = [];
  for (let run = 0; run < Math.ceil(RUNS / 2); run++) runs.push(await screening(path, '3g'));
  const m = (key) => ms(median(runs.map((x) => x[key])));
  rows.push({
    page: name,
    'result chunk here (from 1st answer)': m('resultArrived'),
    'Confirm → result': m('confirmToResult'),
    '“Loading…” seen': `${runs.filter((x) => x.loadingSeen).length}/${runs.length}`,
    'route map': m('mapToShown'),
    'first tap’s input delay': m('firstInputDelay'),
    'longest task of an answer: median, worst': `${m('answerMedian')}, ${m('answerLongest')}`,
  });
}
console.table(rows);
await browser.close();
await server.close();
