import { expect } from '@open-wc/testing';
import { assess, createEnvironment, entryIntoForce, ValidationError, type Answers } from '../../src/core/index.js';
import { QUESTION_IDS, QUESTION_KINDS, STATE_UNLISTED, UNKNOWN, type QuestionId } from '../../src/core/questions.js';
import { addDays, addYears, compareDates } from '../../src/core/dates.js';
import { SPAIN_EVICTION } from '../support/samples.js';

/*
 * A record missing several answers: assess() names the first the route stops at, then
 * every later one the route asks whichever way the missing answers are given, so that a
 * clinic asks the person for them all at once (not one per run of its batch).
 */

const AS_OF = '2026-06-01';
/** The open route most tests start from, harm about to happen: urgency is asked, and may be missing. */
const SPAIN: Answers = { ...SPAIN_EVICTION, urgency: 'yes' };

const without = (answers: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(answers).filter(([k]) => !keys.includes(k)));

/** The ValidationError assess() throws for `answers`, or null when it gives a result. */
function refusal(answers: unknown, asOf = AS_OF): ValidationError | null {
  try {
    assess(answers, { asOf });
    return null;
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
}

/** The error assess() throws for `answers`, or a failure when it throws none. */
function errorOf(answers: unknown, asOf = AS_OF): ValidationError {
  const error = refusal(answers, asOf);
  if (!error) throw new Error('assess() did not throw');
  return error;
}

const EVERY_ROUTE = 'is required too, on every route the answers missing before it can take';

describe('assess() on a record missing several answers', () => {
  it('names all three in one error when every route asks them: the first as before, then the others in the order of the route', () => {
    const error = errorOf({ ...without(SPAIN, 'urgency', 'factsDate', 'evidence'), factsContinuing: 'yes' });
    expect(error.issues).to.deep.equal([
      { path: 'urgency', code: 'required', message: 'is required on this route; answer "unknown" if it is not known' },
      { path: 'factsDate', code: 'required', message: `${EVERY_ROUTE}; answer "unknown" if it is not known` },
      { path: 'evidence', code: 'required', message: `${EVERY_ROUTE}; answer "unknown" if it is not known` },
    ]);
    expect(error.message).to.equal('Invalid answers: urgency is required on this route; answer "unknown" if it is not known (and 2 more)');
  });

  it('names a later one with the deadline it is needed for (art. 3(2)(a))', () => {
    // Late on every reading, and nothing missing before it can close the route.
    const error = errorOf({ ...without(SPAIN, 'urgency'), finalDecisionDate: '2024-05-31' }, '2025-06-10');
    expect(error.issues.map((i) => [i.path, i.message])).to.deep.equal([
      ['urgency', 'is required on this route; answer "unknown" if it is not known'],
      ['lateSubmission', `${EVERY_ROUTE}: the year to complain ended on 2025-05-31 (art. 3(2)(a)); answer "unknown" if it is not known`],
    ]);
  });

  it('does not name a question only some answers lead to: whether the facts go on depends on the day they began', () => {
    // factsContinuing is asked only for facts before entry into force (art. 3(2)(b)), and its
    // "no" closes the route: evidence is then not needed either.
    expect(errorOf(without(SPAIN, 'factsDate', 'evidence')).issues.map((i) => i.path)).to.deep.equal(['factsDate']);
    // Facts said to go on: the route always reaches the evidence, but not always the question.
    expect(errorOf({ ...without(SPAIN, 'factsDate', 'evidence'), factsContinuing: 'yes' }).issues.map((i) => i.path)).to.deep.equal(['factsDate', 'evidence']);
  });

  it('does not name what follows a day that may make the complaint late: "no" to a late submission closes the route (art. 3(2)(a))', () => {
    // A final decision in the year before the assessment date is in time; one earlier asks
    // lateSubmission, whose "no" closes the route before the other procedure is asked.
    expect(errorOf(without(SPAIN, 'finalDecisionDate', 'otherProcedure')).issues.map((i) => i.path)).to.deep.equal(['finalDecisionDate']);
    expect(errorOf({ ...without(SPAIN, 'finalDecisionDate', 'otherProcedure'), lateSubmission: 'yes' }).issues.map((i) => i.path)).to.deep.equal([
      'finalDecisionDate',
      'otherProcedure',
    ]);
  });

  it('tries the one day that can close a route for lateness: a year after the Protocol applied to Spain, only a decision of the day it applied is', () => {
    // In force for Spain from 5 May 2013. On 6 May 2014, a year from a later decision has not
    // ended; one from an earlier decision began before that day, which a "no" does not close
    // (art. 3(2)(a), a year cut short). Only a decision of 5 May 2013 asks lateSubmission,
    // whose "no" closes the route.
    const record = { ...without(SPAIN, 'finalDecisionDate', 'otherProcedure'), factsDate: '2013-05-05' };
    expect(() => assess({ ...record, finalDecisionDate: '2013-05-05', otherProcedure: 'none' }, { asOf: '2014-05-06' })).to.throw(ValidationError, /^Invalid answers: lateSubmission is required/);
    expect(errorOf(record, '2014-05-06').issues.map((i) => i.path)).to.deep.equal(['finalDecisionDate']);
    expect(errorOf({ ...record, lateSubmission: 'unknown' }, '2014-05-06').issues.map((i) => i.path)).to.deep.equal(['finalDecisionDate', 'otherProcedure']);
    // The day after it applied, no decision can close it so: otherProcedure is needed whatever the day.
    expect(errorOf(record, '2013-05-06').issues.map((i) => i.path)).to.deep.equal(['finalDecisionDate', 'otherProcedure']);
  });

  it('names nothing more after an answer that can close the route at once: the State, the jurisdiction, the author, the problem', () => {
    expect(errorOf({}).issues.map((i) => i.path)).to.deep.equal(['state']);
    expect(errorOf({ state: 'ES' }).issues.map((i) => i.path)).to.deep.equal(['jurisdiction']);
    expect(errorOf(without(SPAIN, 'author', 'urgency', 'evidence')).issues.map((i) => i.path)).to.deep.equal(['author']);
    // A problem outside the Covenant closes the route, and urgency is then not required of a record.
    expect(errorOf(without(SPAIN, 'rights', 'urgency')).issues.map((i) => i.path)).to.deep.equal(['rights']);
  });

  it('leaves the error of a record missing one answer as it was', () => {
    expect(errorOf({ state: 'ES' }).issues).to.deep.equal([{ path: 'jurisdiction', code: 'required', message: 'is required on this route; answer "unknown" if it is not known' }]);
    expect(errorOf(without(SPAIN, 'evidence')).message).to.equal('Invalid answers: evidence is required on this route; answer "unknown" if it is not known');
    expect(errorOf({ ...SPAIN, author: 'representative-no-consent' }).message).to.equal('Invalid answers: consentJustification is required on this route');
  });
});

// ---------------------------------------------------------------------------------------
// Property: whatever the missing answers turn out to be, the route asks every question the
// error listed. Random records lose random answers; each is then completed at random (a day
// from 1990, often one near a day the rules turn on; any set of problems), answering each
// question assess() names first.

let seed = 20260601;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const env = createEnvironment({ asOf: AS_OF });
const STATES = [...env.knownStates];
// States bound on different days (2013, recently, not yet), where the days that matter differ.
const PARTIES = STATES.filter((code) => {
  const record = env.partyByCode.get(code);
  return record && entryIntoForce(record);
});

// The answers that can close the route on their own (the problem, by being outside the Covenant).
const CLOSING = new Set(['jurisdiction', 'author', 'rights', 'factsContinuing', 'remedies', 'lateSubmission', 'otherProcedure', 'identity']);

/**
 * A random day up to `asOf`: half the time any day from 1990, half the time within two days
 * of a day the rules turn on (the assessment date, the Protocol's entry into force for
 * `state`, or a year before either), where one day's difference changes the route and a
 * day drawn from 36 years would hardly ever land.
 */
function randomDay(asOf: string, state: unknown): string {
  const record = typeof state === 'string' ? env.partyByCode.get(state) : undefined;
  const eif = record ? entryIntoForce(record) : null;
  const marks = [asOf, eif?.date, eif?.ambiguousUntil].filter((d): d is string => typeof d === 'string');
  const near = [...marks, ...marks.map((d) => addYears(d, -1).date)];
  const day =
    random() < 0.5
      ? addDays(pick(near), Math.floor(random() * 5) - 2)
      : addDays('1990-01-01', Math.floor(random() * (Math.round((Date.parse(asOf) - Date.parse('1990-01-01')) / 86_400_000) + 1)));
  return compareDates(day, asOf) > 0 ? asOf : day;
}

/** Any answer to `question` the engine accepts on `asOf`, the days near those that matter for `state` often. */
function randomAnswer(question: QuestionId, asOf: string, state?: unknown): unknown {
  const kind = QUESTION_KINDS[question];
  switch (kind.kind) {
    case 'state':
      return random() < 0.8 ? pick(PARTIES) : random() < 0.5 ? STATE_UNLISTED : pick(STATES);
    case 'choice':
      return pick(kind.options);
    case 'multiple': {
      const exclusive: readonly string[] = kind.exclusive ?? [];
      if (exclusive.length && random() < 0.3) return [pick(exclusive)];
      const combinable = kind.options.filter((o) => !exclusive.includes(o));
      const chosen = combinable.filter(() => random() < 0.15);
      return chosen.length ? chosen : [pick(combinable)];
    }
    case 'date':
      return random() < 0.15 ? UNKNOWN : randomDay(asOf, state);
  }
}

describe('the questions named after the first', () => {
  it('are asked on every completion of the record (1,000 records, 20 completions each)', function () {
    this.timeout(60_000);
    let listedMore = 0;
    for (let r = 0; r < 1000; r++) {
      const asOf = pick(['2026-06-01', '2025-05-10', '2025-03-01', '2020-02-29', '2014-03-01']);
      // Half of them answered at random (most routes close early), half along an open route, days and State at random.
      const state = r % 2 ? randomAnswer('state', asOf) : pick(PARTIES);
      const full =
        r % 2
          ? Object.fromEntries(QUESTION_IDS.map((q) => [q, q === 'state' ? state : randomAnswer(q, asOf, state)]))
          : { ...SPAIN, state, factsDate: randomAnswer('factsDate', asOf, state), finalDecisionDate: randomAnswer('finalDecisionDate', asOf, state), factsContinuing: pick(['yes', 'unknown']), lateSubmission: pick(['yes', 'unknown']) };
      // Along the open route, the answers that can close it are mostly kept: the others' loss is then listed.
      const keep = (q: string) => (q === 'state' ? 0.95 : r % 2 === 0 && CLOSING.has(q) ? 0.9 : 0.5);
      const record = Object.fromEntries(Object.entries(full).filter(([q]) => random() < keep(q))) as Answers;
      const error = refusal(record, asOf);
      if (!error) continue;
      const listed = error.issues.slice(1).map((i) => i.path as QuestionId);
      if (listed.length === 0) continue;
      listedMore++;
      for (let c = 0; c < 20; c++) {
        const answers: Record<string, unknown> = { ...record };
        const asked = new Set<string>();
        for (let step = 0; step < 30; step++) {
          const next = refusal(answers, asOf)?.issues[0]!.path;
          if (next === undefined) break;
          asked.add(next);
          answers[next] = randomAnswer(next as QuestionId, asOf, answers['state']);
        }
        const skipped = listed.filter((q) => !asked.has(q));
        expect(skipped, `${JSON.stringify(record)} on ${asOf}, completed as ${JSON.stringify(answers)}`).to.deep.equal([]);
      }
    }
    // The property is not met by listing nothing.
    expect(listedMore).to.be.greaterThan(100);
  });
});
