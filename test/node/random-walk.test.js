// A seeded random walker over the screening flow, as the element drives it (ChartRun of the
// npm build): long sequences of answers, Back, Change, Confirm, Start again and a new date
// mid-way, on two screenings at once (two elements on a page, some with a host's newer
// States-Parties table), with dates on the edges the law turns on (the entry-into-force
// day, a year to the day after the final decision, 29 February), checking after every step
// what no single path can show. A failure prints its seed and step:
// `WALK_SEED=<seed> WALK_SEQUENCES=1 node --test test/node/random-walk.test.js` replays it;
// WALK_SEQUENCES=20000 explores further.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import {
  assess,
  assessmentSchema,
  ChartRun,
  createEnvironment,
  eligibilityChart,
  QUESTION_IDS,
  QUESTION_KINDS,
  stepOf,
  ValidationError,
} from 'op-eligibility/core';
import { seededRandom } from '../support/seeded-random.js';

/** Calendar arithmetic of the test's own, on UTC dates (independent of src/core/dates.ts). */
const day = (iso) => new Date(`${iso}T00:00:00Z`);
const iso = (date) => date.toISOString().slice(0, 10);
const isLeap = (date) => new Date(Date.UTC(Number(date.slice(0, 4)), 1, 29)).getUTCMonth() === 1;
const plusDays = (date, n) => iso(new Date(day(date).getTime() + n * 86_400_000));
/** `date` plus whole months, clamped to the target month's last day. */
function plusMonths(date, months) {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(Math.floor(index / 12), index % 12, Math.min(d, last))));
}

const ARTICLES = new Set(['1(1)', '1(2)', '2', '3(1)', '3(2)(a)', '3(2)(b)', '3(2)(c)', '3(2)(d)', '3(2)(e)', '3(2)(f)', '3(2)(g)', '4', '5', '11', '13', '18(2)']);
/** The question whose answer gives each reason that closes the route (the test's own table). */
const CLOSED_BY = {
  'state-not-party': 'state',
  'state-unlisted': 'state',
  'not-yet-in-force': 'state',
  'outside-jurisdiction': 'jurisdiction',
  'no-identified-victim': 'author',
  'consent-missing': 'consentJustification',
  'outside-covenant': 'rights',
  'facts-before-entry-into-force': 'factsContinuing',
  'remedies-pending': 'remedies',
  'remedies-not-tried': 'remedies',
  'time-limit-passed': 'lateSubmission',
  'same-matter-elsewhere': 'otherProcedure',
  anonymous: 'identity',
};
const AFTER_CLOSING = new Set(['rights', 'urgency', 'child', 'disability', 'grounds']);
const shipped = createEnvironment({ asOf: '2026-01-01' });
const PARTIES = shipped.parties.states.filter((s) => s.consentedOn);
const SIGNED_ONLY = shipped.parties.states.filter((s) => !s.consentedOn).map((s) => s.code);
const OTHERS = [...shipped.knownStates].filter((code) => !shipped.partyByCode.has(code));

/** When the Protocol binds a party: three months after its deposit, not before 5 May 2013. */
const entryIntoForce = (record) => {
  const date = plusMonths(record.consentedOn, 3);
  return date < '2013-05-05' ? '2013-05-05' : date;
};

/** Assessment dates: the edges of the parties' entry into force, 29 February and its neighbours, and any day. */
function randomAsOf({ next, pick }) {
  const roll = next();
  if (roll < 0.3) return plusDays(entryIntoForce(pick(PARTIES)), pick([-1, 0, 1, 400]));
  if (roll < 0.5) return pick(['2024-02-28', '2024-02-29', '2024-03-01', '2025-02-28', '2025-03-01', '2021-03-01', '2017-03-01', '2028-02-29', '2013-05-04', '2013-05-05']);
  // The day a year from 29 February reads two ways (its later end), once more: met about once in 200 walks, it was
  // missed when the fit questions asked beside another body's examination changed.
  if (roll < 0.6) return pick(['2025-03-01', '2021-03-01']);
  return plusDays('2012-01-01', Math.floor(next() * 365 * 18));
}

/** A date for `question`: mostly on an edge of the law (entry into force, one year before the assessment, 29 February), sometimes after the assessment date. */
function randomDate({ next, pick }, question, answers, asOf) {
  const record = shipped.partyByCode.get(answers.state);
  const eif = record?.consentedOn ? entryIntoForce(record) : '2013-05-05';
  const candidates = [
    plusDays(eif, -1),
    eif,
    plusDays(eif, 1),
    plusMonths(asOf, -12),
    plusDays(plusMonths(asOf, -12), -1),
    plusDays(plusMonths(asOf, -12), 1),
    '2012-02-29',
    '2016-02-29',
    '2020-02-29',
    '2024-02-29',
    '2023-02-28',
    '2023-03-01',
    asOf,
    plusDays(asOf, -Math.floor(next() * 5000)),
  ];
  if (next() < 0.05) return plusDays(asOf, 1); // refused: after the assessment date
  // A final decision a year before, to the day, or on the 29 February before (two readings of the year).
  const leapBefore = `${Number(asOf.slice(0, 4)) - 1}-02-29`;
  const yearEdges = [plusMonths(asOf, -12), plusDays(plusMonths(asOf, -12), -1), ...(isLeap(leapBefore) ? [leapBefore] : [])];
  // On the day a year from that 29 February ends on its later reading, that day itself half the time: the edge is
  // otherwise met about once in 200 walks, and missed whenever a change to the flow moves the walks' paths.
  if (question === 'finalDecisionDate' && isLeap(leapBefore) && asOf === plusDays(plusMonths(leapBefore, 12), 1) && next() < 0.5) return leapBefore;
  if (question === 'finalDecisionDate' && next() < 0.4) return pick(yearEdges);
  if (next() < 0.15) return 'unknown';
  const date = pick(candidates);
  return date < '1900-01-01' ? 'unknown' : date;
}

/** A valid-looking answer to `question` (rarely one the question refuses). */
function randomAnswer(random, question, answers, env) {
  const asOf = env.asOf;
  const { next, pick } = random;
  const kind = QUESTION_KINDS[question];
  if (next() < 0.04) return pick([undefined, '', [], 'nope', 42, null, ['eviction', 'eviction'], { state: 'ES' }]);
  switch (kind.kind) {
    case 'state': {
      const roll = next();
      if (roll < 0.1) return env.parties.states.at(-1).code; // the one a host's newer table added, if any
      if (roll < 0.6) return pick(PARTIES).code;
      if (roll < 0.7) return pick(SIGNED_ONLY);
      if (roll < 0.85) return pick(OTHERS);
      if (roll < 0.95) return 'unlisted';
      return 'ZZ';
    }
    case 'choice':
      return pick(kind.options);
    case 'date':
      return randomDate(random, question, answers, asOf);
    case 'multiple': {
      const exclusive = kind.exclusive ?? [];
      if (exclusive.length && next() < 0.4) return [pick(exclusive)];
      const options = kind.options.filter((o) => !exclusive.includes(o));
      const chosen = options.filter(() => next() < 0.25);
      return chosen.length ? chosen : [pick(options)];
    }
  }
}

/** What the person has answered on the route they are on (what the summary lists). */
const onRoute = ({ answers, trail }) => Object.fromEntries(trail.filter((q) => answers[q] !== undefined).map((q) => [q, answers[q]]));

/** Where a run stands, for comparing two runs. */
const standing = (run) => {
  const { value, context } = run.snapshot();
  return JSON.stringify({ value, trail: context.trail, answers: onRoute(context) });
};

/** What `assess()` is given for a screening run on `env`: its day, and its States-Parties table. */
const optionsOf = (env) => ({ asOf: env.asOf, parties: env.parties });

/** A fresh run brought to the same place by the same events. */
function replay(input, events) {
  const run = new ChartRun(eligibilityChart, input);
  for (const event of events) run.send(event);
  return run;
}

/**
 * Every answer given, less those the assessment date now refuses: after a move to an
 * earlier date (the host's `as-of`), an answer off the route may be a date after it. Only
 * an answer off the route may be one: the route's own were asked again.
 */
function offRouteStillValid(context, output, env, where) {
  const all = Object.fromEntries(Object.entries(context.answers).filter(([, v]) => v !== undefined));
  try {
    assess(all, optionsOf(env));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const { path, message } of error.issues) {
      assert.ok(!output.questions.includes(path) && message.startsWith('is after the assessment date'), `${where}: assess() refuses ${path} (${message})`);
      delete all[path];
    }
  }
  return all;
}

function checkResult(output, env, context, where) {
  assert.ok(output.reasons.length > 0, `${where}: a result with no reason`);
  for (const r of output.reasons) assert.ok(ARTICLES.has(r.article), `${where}: reason ${r.code} cites ${r.article}, not an article of the Protocol`);
  const parsed = z.safeParse(assessmentSchema, JSON.parse(JSON.stringify(output)));
  assert.ok(parsed.success, `${where}: the assessment fails its own schema: ${JSON.stringify(parsed.error?.issues)}`);
  // What assess() gives for the answers on the route, and for every answer ever given (the
  // ones a changed route no longer asks included): the same outcome and reasons.
  const headless = assess(onRoute(context), optionsOf(env));
  assert.deepEqual(headless, output, `${where}: assess() of the answers on the route differs from the screening`);
  const everything = assess(offRouteStillValid(context, output, env, where), optionsOf(env));
  assert.deepEqual(everything.reasons, output.reasons, `${where}: an answer off the route changed the reasons`);
  assert.equal(everything.outcome, output.outcome, `${where}: an answer off the route changed the outcome`);
  // Once a reason closes the route, only the problem, urgency and the fit questions follow.
  const closing = output.reasons.find((r) => r.severity === 'bar' || r.severity === 'unavailable');
  if (closing) {
    const at = output.questions.indexOf(CLOSED_BY[closing.code]);
    assert.ok(at >= 0, `${where}: ${closing.code} closed the route, but ${CLOSED_BY[closing.code]} was not asked`);
    for (const q of output.questions.slice(at + 1)) assert.ok(AFTER_CLOSING.has(q), `${where}: ${q} asked after ${closing.code} closed the route`);
  }
  checkDates(output, where);
}

/** How often a result fell on the edges the dates are drawn around (reported, to show they are reached). */
const edges = { lastDayOfTheYear: 0, leapDayReadings: 0, entryIntoForceDay: 0 };

/** The one-year limit and entry into force, worked out by the test's own arithmetic. */
function checkDates(output, where) {
  const { answers, dates, reasons } = output;
  const codes = reasons.map((r) => r.code);
  // Before another body already (art. 3(2)(c)): nothing brings it here, so the year gives no day to send by
  // (its bar would have closed the route before that question).
  if (codes.includes('same-matter-elsewhere')) {
    // But the year's bar made a point to check by a decision dated before the facts, kept with the day it ended.
    if (!codes.includes('time-limit-passed')) assert.equal(dates.deadline, null, `${where}: a day to send by beside another body's examination`);
    for (const code of ['within-time-limit', 'time-limit-ambiguous', 'decision-date-unknown']) assert.ok(!codes.includes(code), `${where}: ${code} beside another body's examination`);
  } else if (answers.remedies === 'exhausted' && answers.finalDecisionDate && answers.finalDecisionDate !== 'unknown') {
    const deadline = plusMonths(answers.finalDecisionDate, 12);
    assert.equal(dates.deadline, deadline, `${where}: deadline of ${answers.finalDecisionDate}`);
    const leap = answers.finalDecisionDate.endsWith('-02-29');
    const lastDay = leap ? plusDays(deadline, 1) : deadline;
    if (dates.asOf <= deadline && !codes.includes('time-limit-before-entry-into-force')) {
      assert.ok(codes.includes('within-time-limit'), `${where}: within the year (to ${deadline}) on ${dates.asOf}, not said so`);
    }
    if (dates.asOf === deadline) edges.lastDayOfTheYear += 1;
    // A year that ran out before the Protocol bound the State is the article's own exception.
    const beforeEntryIntoForce = codes.includes('time-limit-before-entry-into-force');
    if (dates.asOf > lastDay && !beforeEntryIntoForce) {
      assert.ok(!codes.includes('within-time-limit'), `${where}: said within the year on ${dates.asOf}, past ${lastDay}`);
      assert.ok(output.questions.includes('lateSubmission'), `${where}: past the year (to ${lastDay}) on ${dates.asOf}, not asked why it is late`);
    }
    // Such a year is asked about only once a whole year since the Protocol applied is over.
    if (beforeEntryIntoForce && output.questions.includes('lateSubmission')) {
      assert.ok(dates.asOf > plusMonths(dates.entryIntoForce, 12), `${where}: asked why it is late on ${dates.asOf}, within a year of entry into force (${dates.entryIntoForce})`);
    }
    if (leap && dates.asOf === lastDay && !beforeEntryIntoForce) {
      edges.leapDayReadings += 1;
      assert.ok(codes.includes('time-limit-ambiguous'), `${where}: a year from 29 February read only one way on ${dates.asOf}`);
    }
  }
  const record = output.state?.party ? shipped.partyByCode.get(output.state.code) : undefined;
  if (record) {
    const eif = entryIntoForce(record);
    assert.equal(dates.entryIntoForce, eif, `${where}: entry into force of ${record.code} (deposit ${record.consentedOn})`);
    if (answers.factsDate === eif) edges.entryIntoForceDay += 1;
    if (output.questions.includes('factsDate') && answers.factsDate !== 'unknown') {
      const before = answers.factsDate < eif;
      assert.equal(output.questions.includes('factsContinuing'), before, `${where}: facts from ${answers.factsDate}, in force ${eif}: asked whether they continued?`);
    }
  }
}

/**
 * An environment on a random day; now and then with a newer States-Parties table of the
 * host's, in which a State not party has joined (a host's data, as the element's `parties`).
 */
function randomEnvironment(random) {
  const asOf = randomAsOf(random);
  if (random.next() < 0.8) return createEnvironment({ asOf });
  const joined = {
    code: random.pick(OTHERS),
    signedOn: null,
    consentedOn: plusDays(shipped.parties.asOf, -Math.floor(random.next() * 4000)),
    consentKind: 'accession',
    article10: false,
    article11: random.next() < 0.5,
    unconfirmed: [],
  };
  return createEnvironment({ asOf, parties: { ...shipped.parties, states: [...shipped.parties.states, joined] } });
}

/** A screening: its environment, the run, and how it started and what was sent since (to replay it). */
function session(env, answers) {
  const input = answers ? { env, answers } : { env };
  return { env, input, events: [], run: new ChartRun(eligibilityChart, input) };
}

/**
 * One random sequence of `steps` actions from `seed`, on two screenings at once, as two
 * elements on a page run them (the engine remembers its last computations between calls):
 * returns what it did.
 */
function walk(seed, steps) {
  const random = seededRandom(seed);
  const { next, pick } = random;
  const sessions = [session(randomEnvironment(random)), session(randomEnvironment(random))];
  const tally = { steps: 0, results: 0, backForward: 0, changesKept: 0, newDays: 0 };
  for (let i = 0; i < steps; i++) {
    const which = next() < 0.5 ? 0 : 1;
    const s = sessions[which];
    const { env, run } = s;
    const send = (event) => {
      s.events.push(event);
      run.send(event);
    };
    const where = `seed ${seed}, step ${i}, screening ${which}, as of ${env.asOf}`;
    const { context } = run.snapshot();
    const step = stepOf(run.snapshot());
    const roll = next();
    if (step.kind !== 'result' && next() < 0.02) {
      // A new assessment date mid-way (the host's `as-of`, or past midnight): the element
      // starts again from every answer given, and the person goes on where the new day's route asks.
      sessions[which] = session(randomEnvironment(random), context.answers);
      tally.newDays += 1;
    } else if (step.kind === 'result') {
      checkResult(run.output, env, context, where);
      tally.results += 1;
      sessions[which] = session(next() < 0.3 ? randomEnvironment(random) : env);
    } else if (step.kind === 'question') {
      if (roll < 0.75) send({ type: 'ANSWER', value: randomAnswer(random, step.question, context.answers, env) });
      else if (roll < 0.85 && step.number > 1 && context.editing === null) {
        // Back, then the same answer again: the same question, route and answers as before
        // (Back while changing an answer from the summary returns there instead).
        const before = standing(run);
        send({ type: 'BACK' });
        const back = stepOf(run.snapshot());
        const previous = run.snapshot().context.answers[back.question];
        send({ type: 'ANSWER', value: previous });
        assert.equal(standing(run), before, `${where}: Back then ${JSON.stringify(previous)} again did not return to ${step.question}`);
        tally.backForward += 1;
      } else if (roll < 0.95) send({ type: 'BACK' });
      else if (roll < 0.97) send({ type: 'RESTART' });
      else send({ type: 'CHANGE', question: pick(QUESTION_IDS) });
    } else {
      // Saved answers restored (a reload with persist): straight back to this summary.
      const restored = new ChartRun(eligibilityChart, { env, answers: context.answers });
      assert.equal(standing(restored), standing(run), `${where}: the answers restored did not reach the same summary`);
      if (roll < 0.45) {
        const expected = assess(onRoute(context), optionsOf(env));
        send({ type: 'CONFIRM' });
        assert.deepEqual(run.output, expected, `${where}: the result differs from assess() of the summary's answers`);
      } else if (roll < 0.65) {
        // Change, then the same answer: back at the summary, nothing changed.
        const before = standing(run);
        const question = pick(context.trail);
        send({ type: 'CHANGE', question });
        const now = stepOf(run.snapshot());
        assert.ok(now.kind === 'question' && now.question === question, `${where}: Change of ${question} opened ${JSON.stringify(now)}`);
        send({ type: 'ANSWER', value: context.answers[question] });
        assert.equal(standing(run), before, `${where}: changing ${question} to the same answer changed the summary`);
        tally.changesKept += 1;
      } else if (roll < 0.85) send({ type: 'CHANGE', question: pick(context.trail) });
      else if (roll < 0.95) send({ type: 'BACK' });
      else send({ type: 'RESTART' });
    }
    const current = sessions[which];
    const snapshot = current.run.snapshot();
    const shown = stepOf(snapshot);
    if (shown.kind === 'question') {
      assert.equal(snapshot.context.trail.at(-1), shown.question, `${where}: the question shown is not the last of the route`);
      for (const q of snapshot.context.trail.slice(0, -1)) {
        assert.notEqual(snapshot.context.answers[q], undefined, `${where}: ${q} is on the route behind ${shown.question} without an answer`);
      }
    }
    // The same events, replayed alone from the start, reach the same place: nothing depends
    // on what ran before, nor on the other screening run meanwhile.
    if (next() < 0.05) assert.equal(standing(replay(current.input, current.events)), standing(current.run), `${where}: replaying the same events reached another place`);
    tally.steps += 1;
  }
  return tally;
}

const FIRST_SEED = Number(process.env.WALK_SEED ?? 1);
const SEQUENCES = Number(process.env.WALK_SEQUENCES ?? 200);
const STEPS = Number(process.env.WALK_STEPS ?? 200);

test(`${SEQUENCES} random walks of ${STEPS} steps from seed ${FIRST_SEED}: every result is assess() of its answers, Back and forward or an unchanged Change move nothing`, () => {
  const total = { steps: 0, results: 0, backForward: 0, changesKept: 0, newDays: 0 };
  for (let seed = FIRST_SEED; seed < FIRST_SEED + SEQUENCES; seed++) {
    const tally = walk(seed, STEPS);
    for (const k of Object.keys(total)) total[k] += tally[k];
  }
  console.log(`random walk: ${JSON.stringify({ ...total, ...edges })}`);
  assert.ok(total.results > SEQUENCES, 'the walks reach results');
  if (SEQUENCES >= 100) for (const [edge, count] of Object.entries(edges)) assert.ok(count > 0, `no result on the edge ${edge}`);
});
