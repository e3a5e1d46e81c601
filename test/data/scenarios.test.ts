import { expect } from '@open-wc/testing';
import { assess, parseAnswers } from '../../src/core/index.js';
import { SCENARIOS } from '../../src/data/scenarios.js';

describe('training scenarios', () => {
  it('have unique ids usable in a URL fragment', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z0-9-]+$/);
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.id} reaches ${scenario.expected} through assess()`, () => {
      const answers = parseAnswers(scenario.answers);
      const assessment = assess(answers, { asOf: scenario.asOf });
      expect(assessment.outcome, JSON.stringify(assessment.reasons.map((r) => r.code))).to.equal(scenario.expected);
      // Every answer the scenario gives is used: no dead data in a preset.
      expect(Object.keys(assessment.answers).sort()).to.deep.equal(Object.keys(answers).sort());
      // One lesson per scenario: a second reason the trainer did not mean would take the room's time.
      const lessons = assessment.reasons.filter((r) => r.severity !== 'info').map((r) => `${r.code} (${r.article})`);
      expect(lessons.length, lessons.join(', ')).to.be.at.most(1);
    });
  }
});
