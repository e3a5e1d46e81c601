// `node bench/profile.js [loads]` (after `npm run build`): where the embed's start-up
// time goes. Loads bench/pages/embed.html `loads` times (default 20) under the DevTools
// CPU profiler, maps each sampled stack through dist/cdn/op-eligibility.js.map to its
// source files, and prints the median time per phase over the loads, counted from the
// embed's first sample to the first question shown. Samples are taken every 50 µs and the profiler slows
// the page a little: read the figures as shares, and take times from bench/run.js.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { serveStatic } from '../scripts/static-server.js';
import { launchBrowser } from '../scripts/embed-driver.js';
import { markedEmbed } from './marked-embed.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const LOADS = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 20);
const EMBED = '/dist/bench/op-eligibility.js';
const MARKER = 'firstQuestionShown';

/**
 * A sample belongs to the first phase any frame of its stack matches (by source file),
 * so the callers come first: zod run by environment.ts is "shipped data", zod run at
 * module scope is "zod: the library and schemas set up at load".
 */
const PHASES = [
  ['shipped data: validation (environment.ts, shipped-data.ts)', /src\/core\/(environment|shipped-data)\.ts/],
  ['shipped data: other routes (other-routes.ts, other-routes-schema.ts)', /src\/core\/other-routes(-schema)?\.ts/],
  ['country list: Intl names and sort (format.ts)', /src\/element\/format\.ts/],
  ['xstate: machine creation, actor start', /node_modules\/xstate\/|src\/core\/(machine|chart-run|state-nodes|steps)|machine-controller/],
  ['lit-html: render, commit', /node_modules\/lit-html\//],
  ['lit: element, styles, update cycle', /node_modules\/(@lit\/reactive-element|lit-element|@lit\/localize)\//],
  ['zod: the library and schemas set up at load', /node_modules\/zod\//],
  ['our code: other', /src\//],
];

/** Self time per function over all loads, for `--functions`. */
const selfTimes = new Map();
/**
 * Time per function of ours (under src/), counting every sample whose innermost frame of
 * ours it is, with what it called in the libraries, for `--ours`: which of our functions
 * asks for the work the phases above count (the zod parse of the country codes shows as
 * the function that parses them).
 */
const ourTimes = new Map();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Milliseconds per phase in one profile. */
function phasesOf(profile, sourceOf) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  const phaseOf = (id) => {
    if (memo.has(id)) return memo.get(id);
    const sources = [];
    let ours;
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at).callFrame;
      if (!frame.url.endsWith(EMBED)) continue;
      const source = sourceOf(frame);
      sources.push(source);
      if (!ours && /(^|\/)src\//.test(source)) ours = `${nameOf(frame) ?? frame.functionName ?? '(anonymous)'} ${source.replace(/.*\/src\//, 'src/')}`;
    }
    const leaf = byId.get(id).callFrame.functionName;
    let phase;
    if (sources.length) {
      // The embed's top-level statements: only when no deeper frame claims the sample.
      phase = PHASES.find(([, re]) => sources.slice(0, -1).some((s) => re.test(s)))?.[0] ?? `module scope: ${sources[0].replace(/.*node_modules\//, '')}`;
    } else if (leaf === '(garbage collector)') phase = 'garbage collection';
    else if (leaf === '(program)') phase = '(program): compile, style, layout, native';
    else if (leaf === '(idle)') phase = '(idle)';
    else phase = `page: ${leaf}`;
    const own = byId.get(id).callFrame;
    const name = `${own.functionName || '(anonymous)'} ${sources[0] ? sources[0].replace(/.*node_modules\//, '') : ''}`;
    memo.set(id, { phase, inEmbed: sources.length > 0, name, ours: ours ?? (sources.length ? '(no frame of ours)' : phase) });
    return memo.get(id);
  };
  // Times of the samples, and the window from the embed's first sample to the page's
  // marker (a busy wait named firstQuestionShown, run once the first question is shown).
  const times = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  const first = profile.samples.findIndex((id) => phaseOf(id).inEmbed);
  const marker = profile.nodes.filter((n) => n.callFrame.functionName === MARKER).map((n) => n.id);
  const end = profile.samples.findIndex((id) => marker.includes(id));
  const last = end - 1;
  const totals = new Map();
  for (let i = first; i <= last; i++) {
    const { phase, name, ours } = phaseOf(profile.samples[i]);
    const ms = (times[i + 1] - times[i]) / 1000;
    ourTimes.set(ours, (ourTimes.get(ours) ?? 0) + ms);
    totals.set(phase, (totals.get(phase) ?? 0) + ms);
    selfTimes.set(name, (selfTimes.get(name) ?? 0) + ms);
  }
  totals.set('= window: the embed\'s first sample to the first question', (times[end] - times[first]) / 1000);
  return totals;
}

await markedEmbed(ROOT);
const map = new TraceMap(JSON.parse(await readFile(`${ROOT}/dist/cdn/op-eligibility.js.map`, 'utf8')));
const sources = new Map();
/** The marked copy has one more line at the top: its 0-based lines are the map's 1-based ones. */
const sourceOf = ({ lineNumber, columnNumber }) => {
  const key = `${lineNumber}:${columnNumber}`;
  if (!sources.has(key)) {
    // Line 0 is the mark itself, where the module's top-level function starts.
    const source = lineNumber < 1 ? '(top level)' : originalPositionFor(map, { line: lineNumber, column: columnNumber }).source;
    sources.set(key, source ?? '(unmapped)');
  }
  return sources.get(key);
};

/** The name the source map gives the function starting at a frame's position (minified names say little). */
const nameOf = ({ lineNumber, columnNumber }) =>
  lineNumber < 1 ? undefined : (originalPositionFor(map, { line: lineNumber, column: columnNumber }).name ?? undefined);

const server = await serveStatic(ROOT);
const browser = await launchBrowser();
const runs = [];
try {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  // After the page's own listeners have run (the microtask), so the figures it takes are unchanged.
  await page.evaluateOnNewDocument(`
    function ${MARKER}() { for (const end = performance.now() + 0.5; performance.now() < end; ); }
    document.addEventListener('op-eligibility-step', () => queueMicrotask(${MARKER}), { once: true });`);
  for (let i = 0; i < LOADS + 2; i++) {
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/bench/pages/embed.html`);
    await page.waitForFunction(() => window.t1 !== undefined);
    const { profile } = await cdp.send('Profiler.stop');
    const measured = await page.evaluate(() => window.t1 - performance.getEntriesByName('module-start')[0].startTime);
    if (i < 2) continue; // warm-up
    const totals = phasesOf(profile, sourceOf);
    totals.set('= module start → first question (performance.now, under the profiler)', measured);
    runs.push(totals);
  }
} finally {
  await browser.close();
  await server.close();
}

const names = [...new Set(runs.flatMap((r) => [...r.keys()]))];
console.log(`CPU profile of ${runs.length} loads of the embed, sampled every 50 µs: median ms per phase`);
console.table(
  names
    .map((phase) => ({ phase, ms: median(runs.map((r) => r.get(phase) ?? 0)) }))
    .filter((r) => r.ms >= 0.05)
    .sort((a, b) => b.ms - a.ms)
    .map((r) => ({ phase: r.phase, 'median ms': r.ms.toFixed(2) })),
);

if (process.argv.includes('--functions')) {
  console.log('Self time per function, mean ms per load');
  console.table(
    [...selfTimes]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([fn, ms]) => ({ function: fn, 'ms per load': (ms / runs.length).toFixed(2) })),
  );
}

if (process.argv.includes('--ours')) {
  console.log('Time per function of ours, with the library calls it makes, mean ms per load');
  console.table(
    [...ourTimes]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([fn, ms]) => ({ function: fn, 'ms per load': (ms / runs.length).toFixed(2) })),
  );
}
