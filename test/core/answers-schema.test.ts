import { expect } from '@open-wc/testing';
import { answersSchema, assess, parseAnswers, ValidationError } from '../../src/core/index.js';

const valid = { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['eviction'] };

describe('the answers schema', () => {
  it('accepts an intake record and returns it unchanged', () => {
    expect(parseAnswers(valid)).to.deep.equal(valid);
    expect(answersSchema).to.exist;
  });

  const rejected: [string, unknown, RegExp][] = [
    ['an unknown State code', { state: 'XX' }, /state is not a State known/],
    ['a lower-case State code', { state: 'es' }, /state must be an ISO/],
    ['an impossible date', { factsDate: '2023-02-29' }, /factsDate/],
    ['a date in another format', { finalDecisionDate: '01/02/2024' }, /finalDecisionDate/],
    ['an unknown right', { rights: ['eviction', 'parking'] }, /rights\.1/],
    ['a right listed twice', { rights: ['water', 'water'] }, /rights lists a situation twice/],
    ['no right', { rights: [] }, /rights choose at least one/],
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
});
