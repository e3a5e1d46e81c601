import { expect } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { headingText, make, shadow, warnings } from './helpers.js';

/*
 * A host app that localizes its own Lit components with the same copy of @lit/localize
 * configures it first. The element must not break it (configureLocalization throws on a
 * second call): it stays in English, consistently, and says why in the console. This file
 * runs in its own page, so the configuration below touches no other test.
 */
describe('a page that configured @lit/localize itself', () => {
  it('keeps its configuration; the element shows English and warns once', async () => {
    const host = configureLocalization({ sourceLocale: 'en', targetLocales: ['de'], loadLocale: async () => ({ templates: {} }) });
    const warned = await warnings(async () => {
      const el = await make({ lang: 'fr' });
      const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
      expect(base).to.include({ lang: 'en', dir: 'ltr' });
      expect(headingText(el)).to.equal('Which country is your complaint about?');
      expect([...shadow(el).querySelectorAll('option')].map((o) => o.textContent)).to.include('Spain');
      el.lang = 'ar';
      await el.updateComplete;
      expect(base).to.include({ lang: 'en', dir: 'ltr' });
    });
    expect(warned.filter((w) => w.includes('already configured'))).to.have.length(1);
    expect(host.getLocale()).to.equal('en');
    await host.setLocale('de');
    expect(host.getLocale()).to.equal('de');
  });
});
