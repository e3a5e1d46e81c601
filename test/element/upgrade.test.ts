/*
 * The "upgrade" problem: a page's markup, and an inline script that sets properties, run
 * before the module that defines <op-eligibility> (a script tag at the end of the page, a
 * framework that renders before its chunks load). This file defines the element itself,
 * in its one test, after setting everything on elements the browser does not know yet.
 */
import { expect } from '@open-wc/testing';
import type { OpEligibility } from '../../src/index.js';

document.body.insertAdjacentHTML(
  'beforeend',
  `<op-eligibility id="attributes" lang="es" as-of="2025-01-01" heading-level="3" exit-url="https://weather.example.org/"></op-eligibility>
   <op-eligibility id="properties"></op-eligibility>
   <op-eligibility id="refused"></op-eligibility>
   <op-eligibility id="framework" lang="es" answers="[object Object]" parties="[object Object]"></op-eligibility>
   <op-eligibility id="framework-data" lang="es" procedures="[object Object]" parties="[object Object]"></op-eligibility>`,
);
const heard = new Map<string, { step: CustomEvent[]; error: CustomEvent[] }>();
for (const el of document.querySelectorAll('op-eligibility')) {
  const events = { step: [] as CustomEvent[], error: [] as CustomEvent[] };
  el.addEventListener('op-eligibility-step', (e) => events.step.push(e as CustomEvent));
  el.addEventListener('op-eligibility-error', (e) => events.error.push(e as CustomEvent));
  heard.set(el.id, events);
}
// Set as an inline script would, on elements that are still plain HTMLElements.
Object.assign(document.getElementById('properties')!, {
  lang: 'es',
  asOf: '2025-01-01',
  headingLevel: 4,
  answers: { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['eviction'], urgency: 'yes' },
  noQuickExit: true,
});
Object.assign(document.getElementById('refused')!, {
  lang: 'es',
  asOf: 'yesterday',
  answers: { state: 'ZZ' },
  parties: { source: 42 },
  exitUrl: 'javascript:alert(1)',
});

describe('set before the element is defined', () => {
  it('uses the attributes and properties set before, or refuses them with the same errors as after', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (text: string) => warnings.push(text);
    try {
      await import('../../src/index.js');
      for (const el of document.querySelectorAll<OpEligibility>('op-eligibility')) {
        await el.updateComplete;
        await el.updateComplete;
      }
    } finally {
      console.warn = warn;
    }
    const [attributes, properties, refused] = ['attributes', 'properties', 'refused'].map((id) => document.getElementById(id) as OpEligibility) as [
      OpEligibility,
      OpEligibility,
      OpEligibility,
    ];
    const field = (el: OpEligibility) => el.shadowRoot!.querySelector('[id^="field-"]')!.id;
    const heading = (el: OpEligibility) => el.shadowRoot!.querySelector('#step-heading')!;

    expect(heading(attributes).localName).to.equal('h3');
    expect(heading(attributes).textContent).to.contain('¿');
    expect(heard.get('attributes')!.error).to.have.length(0);

    expect(field(properties)).to.equal('field-factsDate');
    expect(properties.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!.max, 'the date inputs end on as-of').to.equal('2025-01-01');
    expect(heading(properties).localName).to.equal('h4');
    expect(heading(properties).textContent).to.contain('¿');
    expect(properties.shadowRoot!.querySelector('[part="quick-exit"]')).to.equal(null);
    expect(heard.get('properties')!.step.map((e) => e.detail.step.question)).to.deep.equal(['factsDate']);
    expect(heard.get('properties')!.error).to.have.length(0);

    expect(field(refused)).to.equal('field-state');
    expect(heard.get('refused')!.error.map((e) => e.detail.error.input).sort()).to.deep.equal(['answers', 'attribute', 'attribute', 'parties']);
    expect(heard.get('refused')!.step.map((e) => e.detail.answers)).to.deep.equal([{}]);

    // What React 19 writes for an element it met before it was defined: the objects are lost, and said so.
    const framework = document.getElementById('framework') as OpEligibility;
    expect(field(framework)).to.equal('field-state');
    const errors = heard.get('framework')!.error.map((e) => e.detail.error);
    expect(errors.map((e) => [e.input, e.issues[0].path])).to.deep.equal([
      ['attribute', 'answers'],
      ['attribute', 'parties'],
    ]);
    expect(errors[0].message).to.contain('is a property, not an attribute').and.contain('import op-eligibility before the first render');
    // Without answers, each of the others is still named: the data a host fetched is lost too.
    expect(heard.get('framework-data')!.error.map((e) => [e.detail.error.input, e.detail.error.issues[0].path])).to.deep.equal([
      ['attribute', 'parties'],
      ['attribute', 'procedures'],
    ]);
    expect(warnings.filter((w) => w.includes('answers is a property'))).to.have.length(1);
    expect(warnings.join(' ')).to.not.contain('[object Object]');
  });
});
