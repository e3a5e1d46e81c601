import { expect, fixture, html } from '@open-wc/testing';
import type { OpEligibility } from '../../src/index.js';
import { $, answer, currentQuestion, idle, make, openRouteMap, press, reachResult, record, settle, unlessWebKit, AS_OF } from './helpers.js';

/**
 * Counts the elements ResizeObservers watch, through their prototype: a watched element is
 * kept in memory by its observer, with everything it drew, however long the tab stays open.
 */
function watchResizeObservers() {
  const watched = new Map<ResizeObserver, Set<Element>>();
  const { observe, unobserve, disconnect } = ResizeObserver.prototype;
  ResizeObserver.prototype.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
    watched.set(this, (watched.get(this) ?? new Set()).add(target));
    observe.call(this, target, options);
  };
  ResizeObserver.prototype.unobserve = function (this: ResizeObserver, target: Element) {
    watched.get(this)?.delete(target);
    unobserve.call(this, target);
  };
  ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
    watched.delete(this);
    disconnect.call(this);
  };
  return {
    /** How many nodes of `el`'s shadow root are watched now. */
    inside: (el: OpEligibility): number => [...watched.values()].flatMap((targets) => [...targets]).filter((target) => el.shadowRoot!.contains(target)).length,
    restore: () => Object.assign(ResizeObserver.prototype, { observe, unobserve, disconnect }),
  };
}

/**
 * Counts the listeners on the window, the document and media queries, by type, through
 * EventTarget's prototype: one left there by an element that left the page keeps it, and all
 * it drew, in memory for as long as the tab stays open (a single-page app mounting one per
 * route change, a kiosk making one per visitor).
 */
function watchPageListeners() {
  const held = new Map<string, number>();
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  const counted = (target: EventTarget): string | null =>
    target === window ? 'window' : target === document ? 'document' : target instanceof MediaQueryList ? 'media' : null;
  const seen = new WeakMap<EventTarget, Set<string>>();
  const keyOf = (type: string, options?: boolean | EventListenerOptions) => `${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (listener: EventListenerOrEventListenerObject) => ids.get(listener) ?? (ids.set(listener, ++next), next);
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    const where = counted(this);
    if (where && listener) {
      const key = `${keyOf(type, options)}|${idOf(listener)}`;
      const mine = seen.get(this) ?? new Set();
      seen.set(this, mine);
      if (!mine.has(key)) {
        mine.add(key);
        held.set(`${where} ${type}`, (held.get(`${where} ${type}`) ?? 0) + 1);
      }
    }
    add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    const where = counted(this);
    if (where && listener && seen.get(this)?.delete(`${keyOf(type, options)}|${idOf(listener)}`)) {
      held.set(`${where} ${type}`, held.get(`${where} ${type}`)! - 1);
    }
    remove.call(this, type, listener, options);
  };
  return {
    /** The listeners added and not removed since watching began, by where and type (none: an empty object). */
    left: () => Object.fromEntries([...held].filter(([, n]) => n !== 0)),
    restore: () => Object.assign(EventTarget.prototype, { addEventListener: add, removeEventListener: remove }),
  };
}

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

  it('mounted and removed again and again (a single-page app’s route changes), it leaves no listener on the window, the document or a media query', async () => {
    // The page-wide listeners (one per page, whatever the number of elements) are added by the first element.
    const first = await make();
    await reachResult(first, 'likely-admissible');
    first.remove();
    const listeners = watchPageListeners();
    try {
      for (const setUp of [
        (el: OpEligibility) => el.setAttribute('persist', 'session'),
        (el: OpEligibility) => el.setAttribute('mode', 'training'),
        (el: OpEligibility) => el.toggleAttribute('no-quick-exit', true),
      ]) {
        const el = document.createElement('op-eligibility') as OpEligibility;
        Object.assign(el, { lang: 'en', asOf: AS_OF, id: 'lifecycle-listeners' });
        setUp(el);
        document.body.append(el);
        await settle(el);
        if (el.mode === 'training') {
          $<HTMLButtonElement>(el, '[part~="training-start"]')!.click();
          await settle(el);
        } else {
          await reachResult(el, 'likely-admissible');
          await openRouteMap(el);
          el.lang = 'fr';
          await settle(el);
        }
        el.remove();
        await settle(el);
        expect(listeners.left(), `${el.outerHTML}: left on the page`).to.deep.equal({});
      }
    } finally {
      listeners.restore();
    }
  });

  it('removed in the task that added it (a route that redirects at once), it watches nothing of its own once drawn, and watches its bar again when it comes back', async () => {
    const observers = watchResizeObservers();
    try {
      const el = document.createElement('op-eligibility') as OpEligibility;
      el.lang = 'en';
      el.asOf = AS_OF;
      document.body.append(el);
      el.remove();
      await settle(el);
      expect($(el, '.quick-exit-bar'), 'it drew its first question off the page').to.exist;
      expect(observers.inside(el)).to.equal(0);
      document.body.append(el);
      await settle(el);
      expect(observers.inside(el), 'the sticky bar, measured for what scrolls below it').to.equal(1);
      el.remove();
      expect(observers.inside(el)).to.equal(0);
    } finally {
      observers.restore();
    }
  });

  it('removed by a single-page app that leaves its own way on "Exit this page", it watches nothing of its own', async () => {
    const observers = watchResizeObservers();
    try {
      const el = await make();
      await answer(el, 'ES');
      el.addEventListener('op-eligibility-exit', (event) => {
        event.preventDefault();
        el.remove();
      });
      $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
      await settle(el);
      expect(currentQuestion(el), 'wiped').to.equal('state');
      expect(observers.inside(el)).to.equal(0);
    } finally {
      observers.restore();
    }
  });

  it('hidden (a tab panel not shown) and removed by a single-page app that leaves its own way on Shift×3, it leaves no cover over the app’s next view', async () => {
    const panel = await fixture<HTMLDivElement>(html`<div hidden><op-eligibility lang="en" as-of=${AS_OF}></op-eligibility></div>`);
    const el = panel.querySelector('op-eligibility')!;
    await settle(el);
    el.addEventListener('op-eligibility-exit', (event) => {
      event.preventDefault();
      panel.remove();
    });
    document.body.focus();
    await press('Shift', 3);
    expect(document.querySelectorAll('body > dialog[open]').length, 'a blank cover over the app, the page under it inert').to.equal(0);
  });

  unlessWebKit('it has no requestIdleCallback, a timer stands in')('asks for its idle work only once its first question is shown (a page’s first requestIdleCallback costs about 0.5 ms in Chromium), and still does it', async () => {
    const original = window.requestIdleCallback;
    let asked = 0;
    let askedBeforeShown = -1;
    const onStep = () => void (askedBeforeShown = asked);
    document.addEventListener('op-eligibility-step', onStep, { once: true });
    window.requestIdleCallback = (task, options) => {
      asked += 1;
      return original.call(window, task, options);
    };
    try {
      const el = await make();
      await idle();
      expect(currentQuestion(el)).to.equal('state');
      expect(askedBeforeShown, 'idle callbacks asked for before the first question was in the page').to.equal(0);
      // The shipped tables' checks (3) and the sweep of expired saved answers, then the test's own wait.
      expect(asked, 'idle work asked for after it').to.be.at.least(5);
    } finally {
      window.requestIdleCallback = original;
      document.removeEventListener('op-eligibility-step', onStep);
    }
  });
});
