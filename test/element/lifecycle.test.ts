import { expect, fixture, html } from '@open-wc/testing';
import type { OpEligibility } from '../../src/index.js';
import { $, answer, currentQuestion, make, record, settle, AS_OF } from './helpers.js';

/** How frameworks and pages hold the element: in templates, folded away, hidden, replaced. */
describe('lifecycle in a host page', () => {
  it('works from a <template> cloned later, by cloneNode or importNode', async () => {
    const template = await fixture<HTMLTemplateElement>(html`<template><op-eligibility lang="en" as-of=${AS_OF}></op-eligibility></template>`);
    for (const copy of [template.content.cloneNode(true), document.importNode(template.content, true)] as DocumentFragment[]) {
      const el = copy.firstElementChild as OpEligibility;
      template.after(copy);
      await settle(el);
      expect(currentQuestion(el)).to.equal('state');
      await answer(el, 'ES');
      expect(currentQuestion(el)).to.equal('jurisdiction');
      el.remove();
    }
  });

  it('starts folded away (a closed <details>, a parent with display: none, hidden) without taking focus, and is where it was when shown', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <button>Before</button>
      <details><summary>Can I complain to the UN?</summary><op-eligibility lang="en" as-of=${AS_OF} .answers=${{ state: 'ES' }}></op-eligibility></details>
      <div style="display: none"><op-eligibility lang="en" as-of=${AS_OF}></op-eligibility></div>
      <op-eligibility hidden lang="en" as-of=${AS_OF}></op-eligibility>
    </div>`);
    const before = page.querySelector('button')!;
    before.focus();
    const [folded, undisplayed, hidden] = [...page.querySelectorAll<OpEligibility>('op-eligibility')] as [OpEligibility, OpEligibility, OpEligibility];
    for (const el of [folded, undisplayed, hidden]) await settle(el);
    expect(getComputedStyle(hidden).display).to.equal('none');
    page.querySelector('details')!.open = true;
    (undisplayed.parentElement as HTMLElement).style.display = '';
    hidden.hidden = false;
    for (const el of [folded, undisplayed, hidden]) await settle(el);
    expect(document.activeElement).to.equal(before);
    expect([currentQuestion(folded), currentQuestion(undisplayed), currentQuestion(hidden)]).to.deep.equal(['jurisdiction', 'state', 'state']);
    expect($(hidden, '[part="quick-exit"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('replaced by a framework with a new key: the new element shows nothing of the old one’s answers (no persist)', async () => {
    const old = await make();
    await answer(old, 'ES');
    await answer(old, 'yes');
    old.remove();
    const fresh = document.createElement('op-eligibility') as OpEligibility;
    fresh.lang = 'en';
    fresh.asOf = AS_OF;
    const heard = record(fresh);
    document.body.append(fresh);
    await settle(fresh);
    expect(currentQuestion(fresh)).to.equal('state');
    expect($<HTMLSelectElement>(fresh, 'select')!.value).to.equal('');
    expect(heard.step.map((e) => e.detail.answers)).to.deep.equal([{}]);
    fresh.remove();
  });
});
