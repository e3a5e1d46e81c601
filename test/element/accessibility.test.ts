import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { QUESTION_IDS, stepOf } from '../../src/core/index.js';
import { $, $$, answer, confirm, continueOn, currentQuestion, fill, headingText, make, outcome } from './helpers.js';
import { nameOf, paths } from './machine-paths.js';
import { ROUTES } from './paths.js';

describe('every reachable step passes axe', () => {
  it('the paths visit every question, the summary and all four outcomes', () => {
    const nodes = new Set(paths.map(({ end }) => nameOf(end)));
    for (const q of QUESTION_IDS) expect(nodes, q).to.include(q);
    for (const o of ['likely-admissible', 'not-admissible', 'needs-review', 'not-available']) {
      expect(nodes).to.include(`review:${o}`);
      expect(nodes).to.include(`result:${o}`);
    }
  });

  for (const { path, end } of paths) {
    const target = stepOf(end);
    const name = nameOf(end);
    it(`${name} (${path.steps.length - 1} steps)`, async () => {
      const el = await make();
      for (const { event } of path.steps) {
        if (event.type === 'ANSWER') await answer(el, event.value);
        else if (event.type === 'CONFIRM') await confirm(el);
      }
      if (target.kind === 'question') {
        expect(currentQuestion(el)).to.equal(target.question);
        expect($(el, '[part="progress"]')!.textContent).to.equal(`Question ${target.number}`);
      } else if (target.kind === 'review') {
        expect(headingText(el)).to.equal('Check your answers');
      } else {
        expect(outcome(el)).to.equal(target.outcome);
      }
      await expect(el).to.be.accessible();
    });
  }
});

describe('error states pass axe', () => {
  const reach: Record<string, [unknown[], unknown]> = {
    'State picker, nothing chosen': [[], ''],
    'radios, nothing chosen': [['ES', 'yes'], undefined],
    'checkboxes, nothing chosen': [['ES', 'yes', 'self'], []],
    'date in the future': [['ES', 'yes', 'self', ['housing'], 'no'], '2027-01-01'],
  };
  for (const [name, [before, bad]] of Object.entries(reach)) {
    it(name, async () => {
      const el = await make();
      for (const value of before) await answer(el, value);
      if (bad !== undefined) await fill(el, bad);
      await continueOn(el);
      expect($(el, '[part="error-summary"]')).to.exist;
      expect($$(el, '.error-message')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }
});

describe('reflow (WCAG 1.4.10)', () => {
  it('at 320 CSS px with text at 200%, no step and no result scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const wide = () => document.documentElement.scrollWidth;
    try {
      const el = await make();
      for (const [question, value] of ROUTES['likely-admissible'].steps) {
        expect(wide(), question).to.be.at.most(320);
        await answer(el, value);
      }
      await confirm(el);
      expect(wide(), 'result').to.be.at.most(320);
    } finally {
      document.documentElement.style.fontSize = '';
      await setViewport({ width: 800, height: 600 });
    }
  });
});
