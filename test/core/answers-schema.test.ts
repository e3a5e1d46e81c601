import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { answersObject, parseValidRecord, sameAnswers } from '../../src/core/answers.js';
import { answerProblem } from '../../src/core/rules.js';
import { GROUNDS } from '../../src/core/questions.js';
import { SITUATIONS } from '../../src/data/rights.js';
import { answersSchema, assess, createEnvironment, parseAnswers, ValidationError } from '../../src/core/index.js';

const valid = { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['eviction'] };

describe('the answers schema', () => {
  it('accepts an intake record and returns it unchanged', () => {
    expect(parseAnswers(valid)).to.deep.equal(valid);
    expect(answersSchema).to.exist;
  });

  const rejected: [string, unknown, RegExp][] = [
    ['an unknown State code', { state: 'XX' }, /state is not a State known/],
    // The United Kingdom is "GB" to the UN: the code typed is shown, so that it is not taken for a place to answer "unlisted" for.
    ['"UK" for the United Kingdom', { state: 'UK' }, /^Invalid answers: state is not a State known to the UN Treaty Collection \(got "UK"; answer "unlisted" for a place not in the list\)$/],
    ['a lower-case State code', { state: 'es' }, /state must be an ISO/],
    ['an impossible date', { factsDate: '2023-02-29' }, /factsDate/],
    ['a date in another format', { finalDecisionDate: '01/02/2024' }, /finalDecisionDate/],
    ['an unknown right', { rights: ['eviction', 'parking'] }, /rights\.1/],
    ['a right listed twice', { rights: ['water', 'water'] }, /rights lists a situation twice/],
    ['no right', { rights: [] }, /^Invalid answers: rights must list at least one situation$/],
    ['no ground', { grounds: [] }, /^Invalid answers: grounds must list at least one answer$/],
    ['a ground listed twice', { grounds: ['sex', 'sex'] }, /grounds lists a ground twice/],
    ['a boolean for a choice', { jurisdiction: true }, /jurisdiction/],
    ['a number for a date', { factsDate: 20240101 }, /factsDate/],
    ['a string for a list', { rights: 'eviction' }, /rights/],
    ['an extra key', { ...valid, notes: 'free text' }, /notes is not a known field/],
    ['a prototype key', JSON.parse('{"__proto__": {"polluted": true}, "state": "ES"}'), /__proto__ is not a known field/],
    ['an array', [valid], /Invalid answers/],
    ['null', null, /Invalid answers/],
    ['a non-canonical "unknown"', { remedies: 'Unknown' }, /remedies/],
  ];
  for (const [what, input, message] of rejected) {
    it(`rejects ${what}, naming the field`, () => {
      expect(() => assess(input, { asOf: '2026-06-01' })).to.throw(ValidationError, message);
    });
  }

  const explained: [string, unknown, string][] = [
    ['a misspelt choice', { state: 'ES', identity: 'anon' }, 'identity must be one of "named", "confidential", "anonymous" (got "anon")'],
    ['null for a question not asked', { state: 'ES', jurisdiction: null }, 'jurisdiction must be one of "yes", "no", "unknown" (got null)'],
    ['a boolean', { state: 'ES', urgency: true }, 'urgency must be one of "yes", "no", "unknown" (got true)'],
    ['a Date object', { state: 'ES', factsDate: new Date(2020, 0, 1) }, 'factsDate must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998, or "unknown" (got a Date object)'],
    // A spreadsheet's date as its serial number (2026-06-01): "must be a string" sent the clinic to quote 46174.
    ['a date as a number', { state: 'ES', finalDecisionDate: 46174 }, 'finalDecisionDate must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998, or "unknown" (got 46174)'],
    // A real day, but out of the years the engine counts in: "not a real calendar date" alone would puzzle.
    ['a year before 1900', { state: 'ES', factsDate: '1899-12-31' }, 'factsDate must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998, or "unknown" (got "1899-12-31")'],
    // What a spreadsheet hides or a clinic's export writes: "must be …" alone does not show which it is.
    ['a space after a date', { state: 'ES', factsDate: '2024-01-10 ' }, 'factsDate must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998, or "unknown" (got "2024-01-10 ")'],
    ['a date without its zeros', { state: 'ES', finalDecisionDate: '2025-2-3' }, 'finalDecisionDate must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998, or "unknown" (got "2025-2-3")'],
    ['"Unknown" for a date', { state: 'ES', finalDecisionDate: 'Unknown' }, 'finalDecisionDate must be a real calendar date written YYYY-MM-DD, in the years 1900 to 9998, or "unknown" (got "Unknown")'],
    ['a lower-case State code', { state: 'es' }, 'state must be an ISO 3166-1 alpha-2 code such as "ES" (got "es")'],
    ['a space before a State code', { state: ' ES' }, 'state must be an ISO 3166-1 alpha-2 code such as "ES" (got " ES")'],
    // An empty cell or a spreadsheet's number: neither branch of the choice has words of its own, so both are named.
    ['an empty State', { state: null }, 'state must be a string or "unlisted" (got null)'],
    ['a State as a number', { state: 34 }, 'state must be a string or "unlisted" (got 34)'],
    ['a misspelt situation', { state: 'ES', rights: ['evictions'] }, 'rights.0 must be one of "eviction", "housing"'],
    ['a number in a list', { state: 'ES', rights: [1] }, 'rights.0 must be one of "eviction", "housing"'],
    ['null', null, '(root) must be an object (got null)'],
    ['a string', 'ES', '(root) must be an object (got "ES")'],
  ];
  for (const [what, input, message] of explained) {
    it(`says what was expected and what it got for ${what}`, () => {
      expect(() => parseAnswers(input)).to.throw(ValidationError, `Invalid answers: ${message}`);
    });
  }

  it('refuses a list longer than its options at once, naming it, without reading a million items (which held the page up for seconds)', () => {
    let read = 0;
    const million = new Proxy(new Array<string>(1_000_000).fill('eviction'), {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(() => parseAnswers({ state: 'ES', rights: million })).to.throw(ValidationError, `Invalid answers: rights lists more than ${SITUATIONS.length} answers`);
    expect(() => parseAnswers({ state: 'ES', grounds: million })).to.throw(ValidationError, `Invalid answers: grounds lists more than ${GROUNDS.length} answers`);
    expect(read).to.equal(0);
  });

  it('takes the longest list there is: every situation ticked is an answer, not one too many', () => {
    const every = SITUATIONS.map((s) => s.id);
    expect(parseAnswers({ state: 'ES', rights: every }).rights).to.deep.equal(every);
    expect(answerProblem('rights', every, createEnvironment())).to.equal(null);
  });

  it('turns a record that throws when read into a ValidationError, so a batch goes on', () => {
    const record = { state: 'ES', get rights(): string[] { throw new Error('boom'); } };
    expect(() => parseAnswers(record)).to.throw(ValidationError, 'could not be read');
  });

  it('refuses options it does not know, instead of assessing on today’s date', () => {
    expect(() => assess(valid, { asof: '2026-06-01' } as never)).to.throw(ValidationError, 'Invalid options: asof is not a known option (asOf, parties, procedures)');
    expect(() => assess(valid, '2026-06-01' as never)).to.throw(ValidationError, 'Invalid options: (root) must be an object');
    expect(() => assess(valid, null as never)).to.throw(ValidationError, 'got null');
    expect(createEnvironment({ asOf: undefined }).asOf, 'an absent asOf is today').to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('coerces nothing', () => {
    expect(() => parseAnswers({ state: ' ES' })).to.throw(ValidationError);
    expect(() => parseAnswers({ rights: 'eviction' })).to.throw(ValidationError);
    expect(() => parseAnswers({ factsDate: new Date(2020, 0, 1) })).to.throw(ValidationError);
  });

  it('lists every problem, not only the first', () => {
    try {
      parseAnswers({ state: 1, remedies: 'maybe', extra: 1 });
      expect.fail('should throw');
    } catch (e) {
      const error = e as ValidationError;
      expect(error.input).to.equal('answers');
      expect(error.issues.map((i) => i.path).sort()).to.deep.equal(['extra', 'remedies', 'state']);
    }
  });

  it('gives each problem a code a program can branch on, beside its path: a question to ask the person is told from a record to correct', () => {
    const issuesOf = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        if (e instanceof ValidationError) return { input: e.input, issues: e.issues.map(({ path, code }) => ({ path, code })) };
        throw e;
      }
      return expect.fail('should throw');
    };
    const asOf = '2026-06-01';
    expect(issuesOf(() => assess({ state: 'ES' }, { asOf }))).to.deep.equal({ input: 'answers', issues: [{ path: 'jurisdiction', code: 'required' }] });
    expect(issuesOf(() => assess({ state: 1, remedies: 'maybe', extra: 1 }, { asOf })).issues).to.deep.include.members([
      { path: 'state', code: 'invalid' },
      { path: 'remedies', code: 'invalid' },
      { path: 'extra', code: 'unknown-field' },
    ]);
    expect(issuesOf(() => assess({ state: 'XX', factsDate: '2026-06-02' }, { asOf })).issues).to.deep.equal([
      { path: 'state', code: 'unknown-state' },
      { path: 'factsDate', code: 'date-in-future' },
    ]);
    expect(issuesOf(() => parseAnswers({ get state(): string { throw new Error('boom'); } })).issues).to.deep.equal([{ path: '', code: 'unreadable' }]);
    expect(issuesOf(() => assess(valid, { asof: asOf } as never))).to.deep.equal({ input: 'options', issues: [{ path: 'asof', code: 'unknown-field' }] });
    expect(issuesOf(() => assess(valid, { asOf: '2026-02-30' }))).to.deep.equal({ input: 'options', issues: [{ path: 'asOf', code: 'invalid' }] });
  });

  it('parses a valid record answer by answer exactly as the object schema does, and leaves any other to it', () => {
    const records: unknown[] = [
      valid,
      { ...valid, grounds: ['sex', 'race'], factsDate: 'unknown', finalDecisionDate: '2024-02-29' },
      { state: undefined, rights: ['water'] },
      Object.assign(Object.create(null), valid),
      Object.create(valid),
      Object.create({ notes: 'inherited' }),
      new Date(2020, 0, 1),
      {},
      { ...valid, notes: 'x' },
      { rights: ['water', 'water'] },
      { state: 'es' },
      { grounds: ['none', 'sex'] },
      { factsDate: 20240101 },
      { rights: ['water', 'health-care'] },
      { rights: ['water\nhealth-care'] },
      { rights: ['water\n', 'health-care'] },
      { rights: ['water', undefined] },
      { rights: ['water'], author: 'self', state: 'ES' },
      Object.defineProperty({ author: 'self' }, 'state', { value: 'ES', enumerable: false }),
      Object.defineProperty({ author: 'self' }, 'state', { value: 'es', enumerable: false }),
      Object.assign(Object.create({ state: 'ES' }), { author: 'self' }),
      [valid],
      'ES',
    ];
    for (const record of records) {
      const byObject = z.safeParse(answersObject(), record);
      const fast = parseValidRecord(record);
      expect(fast, JSON.stringify(record)).to.deep.equal(byObject.success ? byObject.data : null);
      if (fast) expect(Object.keys(fast)).to.deep.equal(Object.keys(byObject.data!));
      if (fast?.rights) expect(fast.rights).not.to.equal((record as { rights: unknown }).rights);
    }
  });

  it('calls an empty answer missing, not wrong: nothing chosen, nothing typed, no box ticked', () => {
    // The person is asked to answer, not told their answer is not one of the options.
    const env = createEnvironment({ asOf: '2026-06-01' });
    for (const [question, empty] of [['remedies', undefined], ['remedies', null], ['finalDecisionDate', ''], ['rights', []]] as const) {
      expect(answerProblem(question, empty, env), `${question}: ${JSON.stringify(empty)}`).to.equal('required');
    }
    expect(answerProblem('remedies', 'maybe', env)).to.equal('invalid');
  });

  it('never takes a situation holding a line break for two situations, whichever was parsed first', () => {
    // Lists are remembered by their items joined with line breaks: these two must not meet.
    expect(parseAnswers({ state: 'ES', rights: ['eviction', 'housing'] }).rights).to.deep.equal(['eviction', 'housing']);
    expect(() => parseAnswers({ state: 'ES', rights: ['eviction\nhousing'] })).to.throw(ValidationError, /rights\.0/);
    expect(() => parseAnswers({ state: 'ES', rights: ['evictionhousing'] })).to.throw(ValidationError, /rights\.0/);
  });

  it('never takes a text for the list that holds it, whichever was parsed first', () => {
    // A list is remembered as its items each followed by a line break: a text may read the same.
    const env = createEnvironment();
    expect(answerProblem('rights', 'science\n', env)).to.equal('invalid');
    expect(answerProblem('rights', ['science'], env)).to.equal(null);
    expect(parseAnswers({ rights: ['authors-rights'] }).rights).to.deep.equal(['authors-rights']);
    expect(() => parseAnswers({ rights: 'authors-rights\n' })).to.throw(ValidationError, /rights/);
  });

  it('gives every record its own lists, however often the same list was parsed', () => {
    const first = parseAnswers({ rights: ['water', 'health-care'] });
    const second = parseAnswers({ rights: ['water', 'health-care'] });
    expect(second.rights).to.deep.equal(['water', 'health-care']);
    expect(second.rights).not.to.equal(first.rights);
  });

  it('tells answers that say the same from answers that do not (a host passing back the same answers changes nothing)', () => {
    expect(sameAnswers({ state: 'ES', rights: ['eviction', 'food'] }, { rights: ['eviction', 'food'], state: 'ES' })).to.equal(true);
    expect(sameAnswers({ state: 'ES' }, { state: 'PT' })).to.equal(false);
    expect(sameAnswers({ state: 'ES', rights: ['eviction', 'food'] }, { state: 'ES', rights: ['food', 'eviction'] })).to.equal(false);
    expect(sameAnswers({ state: 'ES', rights: ['eviction'] }, { state: 'ES', rights: ['eviction', 'food'] })).to.equal(false);
    expect(sameAnswers({ state: 'ES', rights: ['eviction', 'food'] }, { state: 'ES', rights: ['eviction', 'water'] })).to.equal(false);
    expect(sameAnswers({ state: 'ES', rights: ['eviction'] }, { state: 'ES', rights: undefined })).to.equal(false);
    expect(sameAnswers({ state: 'ES' }, { state: 'ES', urgency: 'no' })).to.equal(false);
    // A question left undefined is not the same as another question left undefined.
    expect(sameAnswers({ state: 'ES', urgency: undefined }, { state: 'ES', child: undefined })).to.equal(false);
  });
});
