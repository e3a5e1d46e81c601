// `npm run bench`: how fast the headless engine screens intake records, in plain Node,
// against the npm build (dist/core). It prints figures; it never fails on them.
import { pathToFileURL } from 'node:url';
import { assess, parseAnswers } from '../dist/core/index.js';

const AS_OF = '2026-06-01';
const pick = (list, i) => list[i % list.length];

/** 1,000 varied, complete intake records: every outcome, short and long routes. */
function records() {
  const out = [];
  for (let i = 0; i < 1000; i++) {
    out.push({
      state: pick(['ES', 'PT', 'FI', 'BE', 'AR', 'EC', 'US', 'DE', 'IT', 'CL', 'FR'], i),
      jurisdiction: pick(['yes', 'yes', 'yes', 'unknown', 'no'], i >> 1),
      author: pick(['self', 'group', 'representative-consent', 'representative-no-consent', 'self', 'organisation'], i >> 2),
      consentJustification: pick(['child', 'fear', 'none'], i),
      rights: pick([['eviction'], ['water', 'health-care'], ['social-security'], ['civil-political'], ['education', 'discrimination']], i >> 3),
      urgency: pick(['no', 'yes', 'unknown'], i),
      factsDate: pick(['2020-03-01', '2012-06-01', 'unknown', '2024-11-30'], i >> 1),
      factsContinuing: pick(['yes', 'no', 'unknown'], i >> 2),
      remedies: pick(['exhausted', 'exhausted', 'pending', 'prolonged', 'unknown'], i >> 3),
      finalDecisionDate: pick(['2025-12-01', '2024-12-31', 'unknown', '2025-06-01'], i >> 2),
      lateSubmission: pick(['no', 'yes', 'unknown'], i),
      otherProcedure: pick(['none', 'none', 'echr', 'unknown', 'special-procedure'], i >> 1),
      identity: pick(['named', 'confidential', 'named', 'anonymous'], i >> 4),
      evidence: pick(['documents', 'media-only', 'documents', 'unknown'], i >> 2),
    });
  }
  return out;
}

const ROUNDS = 9;

// The median round is what a batch gets on this machine as it is; the fastest round is
// what the code can do when nothing else competes for the CPU (shared virtual machines
// swing by half from one minute to the next).
function measure(label, data, fn, seconds = 2) {
  for (let i = 0; i < 5000; i++) fn(data[i % data.length]); // warm up the JIT
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < (seconds * 1000) / ROUNDS) {
      for (let k = 0; k < 100; k++) fn(data[n++ % data.length]);
    }
    rounds.push(n / ((performance.now() - start) / 1000));
  }
  rounds.sort((a, b) => a - b);
  const median = rounds[(ROUNDS - 1) / 2];
  const perSecond = (x) => Math.round(x).toLocaleString('en');
  return {
    what: label,
    [`per second (median of ${ROUNDS})`]: perSecond(median),
    'per second (fastest round)': perSecond(rounds.at(-1)),
    'µs each (median)': (1e6 / median).toFixed(1),
  };
}

/** Measures parseAnswers and assess over the varied records; returns the rows of the table. */
export function benchAssess() {
  const data = records();
  return [
    measure('validate a record (parseAnswers)', data, (r) => parseAnswers(r)),
    measure('assess a record (validate + run the machine)', data, (r) => assess(r, { asOf: AS_OF })),
  ];
}

// Run on its own (`node bench/assess.bench.js`) it prints the engine's figures; `npm run
// bench` (bench/run.js) puts the same rows in its one table.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const data = records();
  const outcomes = {};
  for (const r of data) outcomes[assess(r, { asOf: AS_OF }).outcome] = (outcomes[assess(r, { asOf: AS_OF }).outcome] ?? 0) + 1;
  console.log(`op-eligibility engine benchmark — Node ${process.version}, ${data.length} varied records`);
  console.log('outcomes in the sample:', outcomes);
  const rows = benchAssess();
  console.table(rows);
  const perSecond = Number(rows[1][`per second (median of ${ROUNDS})`].replace(/,/g, ''));
  console.log(`10,000 intake records: about ${(10000 / perSecond).toFixed(2)} s. Target in the brief: 50,000 per second.`);
}
