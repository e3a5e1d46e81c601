import { expect, fixture, html } from '@open-wc/testing';
import type { OpEligibility } from '../../src/index.js';
import { AS_OF, headingText, settle } from './helpers.js';

// A file of its own: no other test has loaded Spanish in this page yet, so the element
// waits for its language file as on a partner's page.
describe('while its language file is on its way', () => {
  it('the page’s own fallback stays, and the first step is announced to the host only once it is shown', async () => {
    const shownAtEvent: (string | null)[] = [];
    const el = document.createElement('op-eligibility') as OpEligibility;
    el.setAttribute('as-of', AS_OF);
    el.lang = 'es';
    el.textContent = 'Cargando las preguntas…';
    el.addEventListener('op-eligibility-step', () => shownAtEvent.push(el.shadowRoot?.querySelector('#step-heading')?.textContent ?? null));
    await fixture(html`<div>${el}</div>`);
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(el);
    expect(headingText(el)).to.contain('¿A qué país se refiere su denuncia?');
    expect(shownAtEvent, 'one step event, fired with the question on screen').to.have.length(1);
    expect(shownAtEvent[0] ?? 'no question shown', 'the question on screen at the event').to.include('¿A qué país');
  });
});
