import { expect, fixture, html } from '@open-wc/testing';
import { ValidationError, type OpEligibility } from '../../src/index.js';
import { $, $$, answer, currentQuestion, headingText, partiesWith, record, settle, shadow, warnings } from './helpers.js';

/*
 * Whatever a host page or a stored state throws at the element: no script runs, nothing
 * crashes, one error event names the problem, and the wizard still works.
 */

declare global {
  interface Window {
    __hostileCanary?: boolean;
  }
}

const RUN = 'window.__hostileCanary=true';
const SCRIPT = `<script>${RUN}</script>`;
const IMG = `<img src=x onerror="${RUN}">`;
const SVG = `<svg onload="${RUN}"></svg>`;
const HUGE = 'x'.repeat(1_000_000);

function deep(levels: number): unknown {
  let value: unknown = 'ES';
  for (let i = 0; i < levels; i += 1) value = { state: value };
  return value;
}
const DEEP_JSON = '['.repeat(10_000) + ']'.repeat(10_000);

/** A Proxy whose every trap throws. */
const trap = () => {
  throw new Error('trap');
};
const booby = () =>
  new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap, set: trap });
const boobyArray = () => new Proxy([], { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });

const envelope = (answers: unknown, over: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, expires: Date.now() + 3_600_000, answers, ...over });

interface Payload {
  name: string;
  /** Attributes set before the element connects. */
  attributes?: Record<string, string>;
  /** Properties set before the element connects. */
  properties?: Partial<Record<'answers' | 'parties' | 'procedures' | 'asOf' | 'headingLevel' | 'lang' | 'exitUrl' | 'noQuickExit' | 'persist' | 'mode' | 'scenario', unknown>>;
  /** Saved state put under the element's key (with persist="session"). */
  stored?: string;
  /** What the error names. */
  path: RegExp;
  /** What the error's message says, when it matters. */
  message?: RegExp;
}

const PAYLOADS: Payload[] = [
  // Attributes.
  { name: 'as-of: a script tag', attributes: { 'as-of': SCRIPT }, path: /^as-of$/ },
  { name: 'as-of: an img onerror', attributes: { 'as-of': IMG }, path: /^as-of$/ },
  { name: 'as-of: 1 MB', attributes: { 'as-of': HUGE }, path: /^as-of$/ },
  { name: 'as-of: an impossible date', attributes: { 'as-of': '2026-02-29' }, path: /^as-of$/ },
  { name: 'heading-level: an svg onload', attributes: { 'heading-level': SVG }, path: /^heading-level$/ },
  { name: 'heading-level: 1e308', attributes: { 'heading-level': '1e308' }, path: /^heading-level$/ },
  { name: 'heading-level: 2.5', attributes: { 'heading-level': '2.5' }, path: /^heading-level$/ },
  { name: 'exit-url: javascript:', attributes: { 'exit-url': `javascript:${RUN}` }, path: /^exit-url$/ },
  { name: 'exit-url: JaVaScRiPt: with a tab', attributes: { 'exit-url': `JaVa\tScRiPt:${RUN}` }, path: /^exit-url$/ },
  { name: 'exit-url: a data: URL', attributes: { 'exit-url': `data:text/html,${SCRIPT}` }, path: /^exit-url$/ },
  { name: 'exit-url: protocol-relative', attributes: { 'exit-url': '//evil.example/' }, path: /^exit-url$/ },
  { name: 'exit-url: with credentials', attributes: { 'exit-url': 'https://user:secret@evil.example/' }, path: /^exit-url$/ },
  // A user name alone hides where the exit goes behind a name the person trusts; a password alone is a credential all the same.
  { name: 'exit-url: a user name alone', attributes: { 'exit-url': 'https://www.google.com@evil.example/' }, path: /^exit-url$/ },
  { name: 'exit-url: a password alone', attributes: { 'exit-url': 'https://:secret@evil.example/' }, path: /^exit-url$/ },
  // A host does not make a script URL safe: what follows the line break runs.
  { name: 'exit-url: javascript: with a host', attributes: { 'exit-url': `javascript://evil.example/%0A${RUN}` }, path: /^exit-url$/ },
  // A typo in the host: Chromium would go to "exa%20mple.org", an error page; Firefox refuses it. Refused everywhere.
  { name: 'exit-url: a space in the host name', attributes: { 'exit-url': 'https://www.exa mple.org/' }, path: /^exit-url$/ },
  { name: 'exit-url: 1 MB', attributes: { 'exit-url': `https://example.org/${HUGE}` }, path: /^exit-url$/ },
  { name: 'exit-url: junk', attributes: { 'exit-url': IMG }, path: /^exit-url$/ },
  { name: 'persist: a script tag', attributes: { persist: SCRIPT }, path: /^persist$/ },
  { name: 'persist: an unknown store', attributes: { persist: 'indexedDB' }, path: /^persist$/ },
  { name: 'persist-ttl: a billion hours', attributes: { persist: 'session', 'persist-ttl': '1e9' }, path: /^persist-ttl$/ },
  { name: 'persist-ttl: NaN', attributes: { persist: 'session', 'persist-ttl': 'soon' }, path: /^persist-ttl$/ },
  { name: 'persist-ttl: an hour past 30 days', attributes: { persist: 'session', 'persist-ttl': '721' }, path: /^persist-ttl$/ },
  { name: 'persist-ttl: an hour and a half', attributes: { persist: 'session', 'persist-ttl': '1.5' }, path: /^persist-ttl$/ },
  // The value the host wrote, not what Number() made of it: "" is not 0, "three" is not NaN.
  { name: 'heading-level: empty', attributes: { 'heading-level': '' }, path: /^heading-level$/, message: /\(got ""\)$/ },
  { name: 'heading-level: a word', attributes: { 'heading-level': 'three' }, path: /^heading-level$/, message: /\(got "three"\)$/ },
  { name: 'persist-ttl: empty', attributes: { persist: 'session', 'persist-ttl': '' }, path: /^persist-ttl$/, message: /\(got ""\)$/ },
  { name: 'lang: a script tag', attributes: { lang: SCRIPT }, path: /^lang$/ },
  { name: 'lang: 1 MB', attributes: { lang: HUGE }, path: /^lang$/ },
  { name: 'scenario: 1 MB', attributes: { mode: 'training', scenario: HUGE }, path: /^scenario$/ },
  // Properties.
  { name: 'answers: an img onerror as the State', properties: { answers: { state: IMG } }, path: /^state$/ },
  { name: 'answers: a __proto__ key', properties: { answers: JSON.parse('{"__proto__":{"__hostileCanary":true},"state":"ES"}') }, path: /__proto__/ },
  { name: 'answers: constructor.prototype', properties: { answers: { constructor: { prototype: { __hostileCanary: true } } } }, path: /^constructor$/ },
  { name: 'answers: a prototype key', properties: { answers: { prototype: 'ES' } }, path: /^prototype$/ },
  { name: 'answers: nested 10,000 levels', properties: { answers: deep(10_000) }, path: /^state$/ },
  { name: 'answers: a 1 MB string', properties: { answers: { state: HUGE } }, path: /^state$/ },
  { name: 'answers: a key of 1 MB', properties: { answers: { [HUGE]: 'ES' } }, path: /^x{1000000}$/ },
  { name: 'answers: 10,000 unknown keys', properties: { answers: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, 'ES'])) }, path: /^k9999$/ },
  { name: 'answers: NaN', properties: { answers: NaN }, path: /^$/ },
  { name: 'answers: a Symbol', properties: { answers: Symbol('answers') }, path: /^$/ },
  { name: 'answers: a Proxy that throws', properties: { answers: booby() }, path: /^$/ },
  { name: 'answers: a frozen object with a bad value', properties: { answers: Object.freeze({ state: 'Spain' }) }, path: /^state$/ },
  { name: 'answers: an array', properties: { answers: ['ES', 'yes'] }, path: /^$/ },
  { name: 'answers: a string where a list is expected', properties: { answers: { rights: 'eviction' } }, path: /^rights$/ },
  { name: 'answers: a function', properties: { answers: () => ({ state: 'ES' }) }, path: /^$/ },
  { name: 'parties: script tags and wrong types', properties: { parties: { source: SCRIPT, asOf: IMG, states: 'all' } }, path: /^(asOf|states)$/ },
  { name: 'parties: a Proxy that throws', properties: { parties: booby() }, path: /^$/ },
  { name: 'parties: an array Proxy that throws', properties: { parties: boobyArray() }, path: /^$/ },
  { name: 'parties: nested 10,000 levels', properties: { parties: { source: 's', asOf: '2026-01-01', states: [deep(10_000)] } }, path: /^states\.0/ },
  { name: 'parties: a __proto__ key', properties: { parties: JSON.parse('{"__proto__":{"x":1},"source":"s","asOf":"2026-01-01","states":[]}') }, path: /__proto__/ },
  { name: 'procedures: script tags and wrong types', properties: { procedures: { source: SCRIPT, asOf: IMG, states: 'all' } }, path: /^(asOf|states)$/ },
  { name: 'procedures: a Proxy that throws', properties: { procedures: booby() }, path: /^$/ },
  { name: 'procedures: a __proto__ key', properties: { procedures: JSON.parse('{"__proto__":{"x":1},"source":"s","asOf":"2026-01-01","states":[]}') }, path: /__proto__/ },
  { name: 'asOf property: NaN', properties: { asOf: NaN }, path: /^as-of$/ },
  { name: 'asOf property: a Proxy that throws', properties: { asOf: booby() }, path: /^as-of$/ },
  { name: 'headingLevel property: a Symbol', properties: { headingLevel: Symbol('level') }, path: /^heading-level$/ },
  { name: 'headingLevel property: a BigInt of 100,001 digits', properties: { headingLevel: 10n ** 100_000n }, path: /^heading-level$/ },
  { name: 'headingLevel property: 3n, which is not the number 3', properties: { headingLevel: 3n }, path: /^heading-level$/, message: /\(got a BigInt\)/ },
  { name: 'lang property: a Symbol', properties: { lang: Symbol('lang') }, path: /^lang$/ },
  { name: 'lang property: a Proxy that throws', properties: { lang: booby() }, path: /^lang$/ },
  { name: 'exitUrl property: a Proxy that throws', properties: { exitUrl: booby() }, path: /^exit-url$/ },
  { name: 'exitUrl property: a number', properties: { exitUrl: 42 }, path: /^exit-url$/ },
  { name: 'noQuickExit property: a string', properties: { noQuickExit: 'yes' }, path: /^no-quick-exit$/ },
  { name: 'persist property: an object', properties: { persist: { mode: 'local' } }, path: /^persist$/ },
  { name: 'scenario property: a Proxy that throws', properties: { mode: 'training', scenario: booby() }, path: /^scenario$/ },
  { name: 'scenario property: a BigInt', properties: { mode: 'training', scenario: 10n }, path: /^scenario$/ },
  // Saved state.
  { name: 'saved state: a script tag', stored: SCRIPT, path: /^op-eligibility:hostile$/ },
  { name: 'saved state: an img onerror as the State', stored: envelope({ state: IMG }), path: /^op-eligibility:hostile$/ },
  { name: 'saved state: a __proto__ key', stored: `{"__proto__":{"__hostileCanary":true},${envelope({}).slice(1)}`, path: /^op-eligibility:hostile$/ },
  { name: 'saved state: nested 10,000 levels', stored: DEEP_JSON, path: /^op-eligibility:hostile$/ },
  { name: 'saved state: a 1 MB string', stored: JSON.stringify(HUGE), path: /^op-eligibility:hostile$/ },
  { name: 'saved state: null', stored: 'null', path: /^op-eligibility:hostile$/ },
  { name: 'saved state: an expiry of 1e300', stored: envelope({ state: 'ES' }, { expires: 1e300 }), path: /^op-eligibility:hostile$/ },
  { name: 'saved state: an expiry as text', stored: envelope({ state: 'ES' }, { expires: 'tomorrow' }), path: /^op-eligibility:hostile$/ },
  { name: 'saved state: answers as an array', stored: envelope(['ES']), path: /^op-eligibility:hostile$/ },
  { name: 'saved state: a State the UN list does not know', stored: envelope({ state: 'ZZ' }), path: /^op-eligibility:hostile$/ },
  { name: 'saved state: a date after the screening’s', stored: envelope({ state: 'ES', factsDate: '2026-03-02' }), path: /^op-eligibility:hostile$/ },
];

/** Creates the element with the payload applied before it first renders. */
async function withPayload(payload: Payload) {
  const el = document.createElement('op-eligibility') as OpEligibility;
  el.id = 'hostile';
  el.setAttribute('as-of', '2026-03-01');
  el.setAttribute('lang', 'en');
  if (payload.stored !== undefined) {
    sessionStorage.setItem('op-eligibility:hostile', payload.stored);
    el.setAttribute('persist', 'session');
  }
  for (const [name, value] of Object.entries(payload.attributes ?? {})) el.setAttribute(name, value);
  Object.assign(el, payload.properties ?? {});
  const events = record(el);
  const warned = await warnings(async () => {
    await fixture(html`<div>${el}</div>`);
    await settle(el);
  });
  return { el, events, warned };
}

/** Gives any injected handler (an image error, an svg load) its chance to run. */
// Time for anything injected (an <img onerror> waits for its failed load) to run. Not
// requestAnimationFrame: a test page in a background tab gets no frames.
const flush = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('hostile input', () => {
  beforeEach(() => {
    delete window.__hostileCanary;
  });
  afterEach(() => sessionStorage.clear());

  it(`has at least 30 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).to.be.at.least(30);
  });

  for (const payload of PAYLOADS) {
    it(`${payload.name}: no script, no crash, one error event, and the wizard works`, async () => {
      const { el, events, warned } = await withPayload(payload);
      expect(events.error, 'error events').to.have.length(1);
      const error = events.error[0]!.detail.error;
      expect(error).to.be.instanceOf(ValidationError);
      expect(error.issues.map((i: { path: string }) => i.path).some((path: string) => payload.path.test(path)), JSON.stringify(error.issues)).to.equal(true);
      if (payload.message) expect(error.message).to.match(payload.message);
      expect(warned).to.have.length(1);
      expect(warned[0]!.length).to.be.below(600);

      // Training mode's route map is the element's own svg.
      expect($$(el, 'script, img, svg:not(.route-map-svg), iframe, object, embed')).to.have.length(0);
      expect(currentQuestion(el)).to.equal('state');
      await answer(el, 'JP');
      await answer(el, ['food']);
      await answer(el, 'no');
      // Disability and unfair treatment: each names a UN expert.
      await answer(el, 'no');
      await answer(el, ['none']);
      expect(headingText(el)).to.equal('Check your answers');
      await flush();
      expect(window.__hostileCanary).to.equal(undefined);
      expect(({} as Record<string, unknown>)['__hostileCanary']).to.equal(undefined);
      expect(events.error).to.have.length(1);
    });
  }

  for (const [payload, other, value, worse] of [
    ['exit-url: javascript:', 'no-quick-exit', '', 'still wrong'],
    ['persist-ttl: NaN', 'persist', 'local', '0'],
    ['persist-ttl: NaN', 'mode', 'training', '0'],
    ['persist: an unknown store', 'persist-ttl', '5', 'cookies'],
  ] as const) {
    it(`${payload}: reported once, not again when ${other} changes; a new bad value is reported`, async () => {
      const { el, events } = await withPayload(PAYLOADS.find((p) => p.name === payload)!);
      expect(events.error).to.have.length(1);
      el.setAttribute(other, value);
      await settle(el);
      expect(events.error).to.have.length(1);
      const name = Object.keys(PAYLOADS.find((p) => p.name === payload)!.attributes!).at(-1)!;
      el.setAttribute(name, worse);
      await settle(el);
      expect(events.error).to.have.length(2);
      expect(events.error[1]!.detail.error.issues[0].path).to.equal(name);
    });
  }

  it('rejected answers set during a screening leave it as it was: the person loses nothing', async () => {
    const { el, events } = await withPayload({ name: 'none', path: /^$/ });
    await answer(el, 'ES');
    await answer(el, 'yes');
    expect(currentQuestion(el)).to.equal('author');
    el.answers = { state: IMG };
    await settle(el);
    expect(events.error).to.have.length(1);
    expect(currentQuestion(el)).to.equal('author');
    expect(events.step.at(-1)!.detail.answers).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
    // Answers the host passes and the engine accepts replace the screening's, as before.
    el.answers = { state: 'US' };
    await settle(el);
    expect(events.error).to.have.length(1);
    expect(events.step.at(-1)!.detail.answers).to.deep.equal({ state: 'US' });
  });

  it('an id of 1 MB, on two saving elements and over broken saved answers: each warning stays short, each event names the key whole', async () => {
    const id = 'y'.repeat(1_000_000);
    sessionStorage.setItem(`op-eligibility:${id}`, SCRIPT);
    const errors: CustomEvent[] = [];
    const listen = (e: Event) => void errors.push(e as CustomEvent);
    document.addEventListener('op-eligibility-error', listen);
    let warned: string[];
    try {
      warned = await warnings(() =>
        fixture(html`<div>
          <op-eligibility id=${id} persist="session" lang="en" as-of="2026-03-01"></op-eligibility>
          <op-eligibility id=${id} persist="session" lang="en" as-of="2026-03-01"></op-eligibility>
        </div>`),
      );
    } finally {
      document.removeEventListener('op-eligibility-error', listen);
    }
    expect(errors.map((e) => e.detail.error.input).sort()).to.deep.equal(['attribute', 'saved-state']);
    expect(errors.find((e) => e.detail.error.input === 'saved-state')!.detail.error.issues[0].path).to.equal(`op-eligibility:${id}`);
    expect(warned).to.have.length(2);
    for (const warning of warned) expect(warning.length).to.be.below(600);
  });

  it('a rejected exit-url leaves for the neutral default', async () => {
    const { el } = await withPayload(PAYLOADS.find((p) => p.name === 'exit-url: javascript:')!);
    const urls: string[] = [];
    el.addEventListener('op-eligibility-exit', (e) => {
      e.preventDefault();
      urls.push(e.detail.url);
    });
    $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
    expect(urls).to.deep.equal(['https://www.google.com/']);
  });

  it('a rejected lang property is reset, so it is never reflected, and Intl falls back', async () => {
    const { el } = await withPayload(PAYLOADS.find((p) => p.name === 'lang property: a Symbol')!);
    expect(el.lang).to.equal('');
    expect(el.getAttribute('lang')).to.equal('');
  });

  it('host text in accepted data is only ever text', async () => {
    const parties = partiesWith('US', { source: SCRIPT });
    const el = await fixture<OpEligibility>(html`<op-eligibility lang="en" as-of="2026-03-01" .parties=${parties}></op-eligibility>`);
    await answer(el, 'US');
    await flush();
    expect(shadow(el).querySelectorAll('script')).to.have.length(0);
    expect(window.__hostileCanary).to.equal(undefined);
  });

  it('an element put into another document, then taken out, throws nothing of its own', async () => {
    // Lit cannot share the element's constructed styles with another document: that error
    // is Lit's. Taking the element out again must not add one of ours.
    const reported: string[] = [];
    const onError = (event: ErrorEvent) => {
      reported.push(String(event.error?.stack ?? event.message));
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    const errorHandler = window.onerror;
    window.onerror = () => true;
    try {
      const other = document.implementation.createHTMLDocument('elsewhere');
      const el = document.createElement('op-eligibility');
      other.body.append(el);
      el.remove();
      await flush();
    } finally {
      window.removeEventListener('error', onError);
      window.onerror = errorHandler;
    }
    // The stack's first frame is where it was thrown: V8 opens a stack with the message
    // ("Error: …"), Firefox and WebKit with that frame ("fn@url:line:col").
    const thrownByUs = reported.filter((stack) => stack.split('\n').find((line) => /:\d+:\d+\)?\s*$/.test(line))?.includes('/src/'));
    expect(reported, 'Lit reported its own').to.have.length.greaterThan(0);
    expect(thrownByUs).to.deep.equal([]);
  });
});
