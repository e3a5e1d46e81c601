import { expect, fixture, html } from '@open-wc/testing';
import type { OpEligibility } from '../../src/index.js';
import { $, active, answer, answerAll, confirm, currentQuestion, liveText, openRouteMap, record, settle, AS_OF } from './helpers.js';
import { ROUTES } from './paths.js';

/** Attributes that name other elements by id (ARIA, labels, SVG references). */
const ID_LISTS = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-errormessage', 'aria-owns', 'aria-details', 'aria-activedescendant', 'list', 'form', 'headers'];
const ID_LINKS = ['href', 'marker-start', 'marker-mid', 'marker-end', 'fill', 'clip-path', 'mask', 'filter'];

/**
 * What in the element's shadow root names an id found nowhere in that same root, and each id
 * used twice in it: a reference that would reach into another element, or the page, on a
 * page with several elements.
 */
function strayReferences(el: OpEligibility): string[] {
  const root = el.shadowRoot!;
  const found: string[] = [];
  const ids = [...root.querySelectorAll('[id]')].map((node) => node.id);
  for (const id of new Set(ids)) if (ids.indexOf(id) !== ids.lastIndexOf(id)) found.push(`#${id} twice`);
  for (const node of root.querySelectorAll('*')) {
    for (const name of ID_LISTS) {
      for (const id of node.getAttribute(name)?.split(/\s+/).filter(Boolean) ?? []) {
        if (!root.getElementById(id)) found.push(`${node.localName}[${name}="${id}"]`);
      }
    }
    for (const name of ID_LINKS) {
      const id = /^#(.+)$|url\(#([^)]+)\)/.exec(node.getAttribute(name) ?? '')?.slice(1).find(Boolean);
      if (id && !root.getElementById(id)) found.push(`${node.localName}[${name}="${node.getAttribute(name)}"]`);
    }
  }
  return found;
}

describe('several elements on one page (a trainer’s comparison, a clinic’s intakes)', () => {
  it('each keeps its own answers, focus, announcements and events', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <op-eligibility lang="en" as-of=${AS_OF}></op-eligibility>
      <op-eligibility lang="en" as-of=${AS_OF}></op-eligibility>
    </div>`);
    const [a, b] = [...page.querySelectorAll<OpEligibility>('op-eligibility')] as [OpEligibility, OpEligibility];
    await Promise.all([settle(a), settle(b)]);
    const heardA = record(a);
    const heardB = record(b);
    await answer(a, 'ES');
    expect([currentQuestion(a), currentQuestion(b)]).to.deep.equal(['jurisdiction', 'state']);
    expect(active(a)?.id).to.equal('step-heading');
    expect(active(b)).to.equal(null);
    expect([heardA.step.length, heardB.step.length]).to.deep.equal([1, 0]);
    await answer(b, 'JP');
    expect([currentQuestion(a), currentQuestion(b)]).to.deep.equal(['jurisdiction', 'rights']);
    expect(active(a), 'focus left A for B').to.equal(null);
    expect(active(b)?.id).to.equal('step-heading');
    expect(heardA.step.map((e) => e.detail.answers)).to.deep.equal([{ state: 'ES' }]);
    expect(heardB.step.map((e) => e.detail.answers)).to.deep.equal([{ state: 'JP' }]);
    // Focus on each new heading reads the step: neither live region repeats it, nor the other's.
    expect([liveText(a), liveText(b)]).to.deep.equal(['', '']);
  });

  it('names every id it refers to inside its own shadow root, on every step, the result, the route map and training mode', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <op-eligibility lang="en" as-of=${AS_OF}></op-eligibility>
      <op-eligibility lang="en" as-of=${AS_OF}></op-eligibility>
      <op-eligibility lang="en" as-of=${AS_OF} mode="training" scenario="eviction-spain"></op-eligibility>
      <op-eligibility lang="en" as-of=${AS_OF} mode="training"></op-eligibility>
    </div>`);
    const elements = [...page.querySelectorAll<OpEligibility>('op-eligibility')];
    const [a, b, trainer] = elements as [OpEligibility, OpEligibility, OpEligibility];
    for (const el of elements) await settle(el);
    const stray = () => elements.flatMap((el, i) => strayReferences(el).map((s) => `element ${i + 1}: ${s}`));
    expect(stray()).to.deep.equal([]);
    for (const [, value] of ROUTES['likely-admissible'].steps) {
      await answer(a, value);
      expect(stray()).to.deep.equal([]);
    }
    await answerAll(b, 'needs-review');
    await confirm(a);
    await confirm(b);
    $<HTMLElement>(a, '.handoff-disclosure summary')!.click();
    await openRouteMap(a);
    await openRouteMap(b);
    expect(stray()).to.deep.equal([]);
    for (let i = 0; i < 4; i += 1) {
      $<HTMLButtonElement>(trainer, '[part~="training-next"]')!.click();
      await settle(trainer);
    }
    expect(stray()).to.deep.equal([]);
    expect(document.querySelectorAll('[id]').length, 'nothing with an id added to the page').to.equal(0);
  });
});
