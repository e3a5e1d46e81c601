import { expect, fixture, html } from '@open-wc/testing';
import { stepOf } from '../../src/core/index.js';
import type { OpEligibility } from '../../src/index.js';
import { $, $$, answer, chooseToSave, confirm, continueOn, make, openRouteMap, settle } from './helpers.js';
import { nameOf, paths } from './machine-paths.js';
import { canPlay, click, makeTraining, nextStep } from './training-helpers.js';

/**
 * Two axe rules that are off by default, run on their own: every control's accessible
 * name holds its visible label (WCAG 2.5.3, for voice control users who say what they see)
 * and every target is at least 24 by 24 CSS pixels or spaced so (2.5.8).
 */
async function expectVoiceAndTargets(el: OpEligibility, where: string): Promise<void> {
  const { axe } = window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } };
  const { violations } = await axe.run(el, { runOnly: ['label-content-name-mismatch', 'target-size'], resultTypes: ['violations'] });
  expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html}`)), where).to.deep.equal([]);
}

/** WCAG 3.2.6: the way out and the note on what is kept come in the same order around every step. */
function expectHelpInPlace(el: OpEligibility, where: string): void {
  const order = $$(el, '[part~="skip-link"], [part~="quick-exit"], #step-heading, [part~="safety-note"]').map((e) => e.getAttribute('part') ?? e.id);
  expect(order, where).to.deep.equal(['skip-link', 'quick-exit', 'heading', 'safety-note']);
}

describe('WCAG 2.2: names hold the visible labels, targets are large enough, help stays in place', () => {
  before(async () => {
    // Loads axe onto the window, as the other accessibility tests do.
    await expect(await fixture(html`<p>axe</p>`)).to.be.accessible();
  });

  for (const lang of ['en', 'ar']) {
    for (const { path, end } of paths) {
      it(`${lang}: ${nameOf(end)}`, async () => {
        const el = await make({ lang });
        for (const { event } of path.steps) {
          if (event.type === 'ANSWER') await answer(el, event.value);
          else if (event.type === 'CONFIRM') await confirm(el);
        }
        expectHelpInPlace(el, nameOf(end));
        await expectVoiceAndTargets(el, nameOf(end));
        if (stepOf(end).kind === 'result') {
          $<HTMLDetailsElement>(el, '.handoff-disclosure')!.open = true;
          await openRouteMap(el);
          await expectVoiceAndTargets(el, `${nameOf(end)}, summary and route map open`);
        }
      });
    }

    it(`${lang}: an answer refused, with its error summary`, async () => {
      const el = await make({ lang });
      await continueOn(el);
      expect($(el, '[part="error-summary"]')).to.exist;
      expectHelpInPlace(el, 'error');
      await expectVoiceAndTargets(el, 'error');
    });

    it(`${lang}: save and resume, before and after saving`, async () => {
      const el = document.createElement('op-eligibility') as OpEligibility;
      Object.assign(el, { lang, asOf: '2026-03-01', id: 'wcag22' });
      el.setAttribute('persist', 'session');
      await fixture(html`<div>${el}</div>`);
      await settle(el);
      await expectVoiceAndTargets(el, 'save offered');
      await chooseToSave(el);
      expect($(el, '[part~="forget"]')).to.exist;
      await expectVoiceAndTargets(el, 'saved');
      sessionStorage.clear();
    });

    it(`${lang}: every step of a training scenario, the Explain panel open`, async () => {
      const el = await makeTraining({ lang, scenario: 'eviction-spain' });
      await expectVoiceAndTargets(el, 'training, before the first step');
      for (let step = 1; canPlay(el) && step < 40; step += 1) {
        await nextStep(el);
        const explain = $<HTMLDetailsElement>(el, '[part~="explain"]');
        if (explain) explain.open = true;
        await settle(el);
        await expectVoiceAndTargets(el, `training step ${step}`);
      }
    });
  }
});
