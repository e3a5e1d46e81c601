import { expect, fixture } from '@open-wc/testing';
import { renderLanguageNotice } from '../../src/element/language-notice.js';
import { directionOf } from '../../src/element/localization.js';
import { sourceLocale, targetLocales } from '../../src/generated/locale-codes.js';
import { featureLocales, languageLocales } from '../../src/generated/locale-features.js';
import { LANGUAGE_UNAVAILABLE } from '../../src/generated/language-unavailable.js';
import { headingText, make, settle } from './helpers.js';
import { readXliff } from './xliff.js';

/** The direction the browser's own locale data (CLDR) gives a language. */
function cldrDirection(locale: string): string | undefined {
  const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
  return (info.getTextInfo?.() ?? info.textInfo)?.direction;
}

/*
 * A language is configured in one place, lit-localize.json's targetLocales (see "Adding a
 * language" in the README). These check that each one so configured is wired everywhere
 * else: a language left out somewhere would load in English, or lay out the wrong way.
 */
describe('every language of lit-localize.json is wired', () => {
  it('English is the source, and there are languages besides', () => {
    expect(sourceLocale).to.equal('en');
    expect(targetLocales.length).to.be.greaterThan(0);
  });

  for (const locale of targetLocales) {
    describe(locale, () => {
      it('has its translators’ file, its loader, its features’ translations and its offline notice', async () => {
        expect((await readXliff(locale)).size, `locales/${locale}.xlf`).to.be.greaterThan(200);
        expect(languageLocales[locale], 'its import()').to.be.a('function');
        expect(Object.keys((await languageLocales[locale]()).templates).length, 'its module').to.be.greaterThan(0);
        expect(Object.keys(featureLocales[locale]), 'its features').to.not.be.empty;
        expect(LANGUAGE_UNAVAILABLE[locale], 'its offline notice').to.be.a('string').and.not.be.empty;
      });

      it('is laid out in the direction the browser’s locale data gives it', () => {
        const cldr = cldrDirection(locale);
        expect(cldr, 'Intl.Locale text info (Chromium)').to.be.oneOf(['ltr', 'rtl']);
        expect(directionOf(locale), 'RIGHT_TO_LEFT in src/element/localization.ts').to.equal(cldr);
      });

      it('says its offline notice first in that language, marked with its language and direction, so it is read and laid out as such', async () => {
        const status = await fixture<HTMLElement>(renderLanguageNotice(locale));
        expect(status.getAttribute('role')).to.equal('status');
        const [own, english] = [...status.querySelectorAll('p')];
        expect({ lang: own!.lang, dir: own!.dir, text: own!.textContent }).to.deep.equal({ lang: locale, dir: cldrDirection(locale), text: LANGUAGE_UNAVAILABLE[locale] });
        expect(english!.hasAttribute('lang'), 'the English sentence takes the element’s own').to.equal(false);
      });

      it('shows the first question in that language, in its direction', async () => {
        const el = await make({ lang: locale });
        await new Promise((resolve) => setTimeout(resolve));
        await settle(el);
        const title = (await readXliff(locale)).get('q.state.title')!;
        expect(headingText(el).replace(/\s+/g, ' ')).to.match(title.targetPattern);
        const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
        expect({ lang: base.lang, dir: base.dir }).to.deep.equal({ lang: locale, dir: cldrDirection(locale) });
      });
    });
  }
});
