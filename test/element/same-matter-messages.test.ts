import { expect } from '@open-wc/testing';
import { ofRulesOfProcedure } from '../../src/element/same-matter-messages.js';
import { make } from './helpers.js';

describe('a same-matter rule in a body’s own rules of procedure', () => {
  it('is cited as the Inter-American Commission’s Rules, in each language: not as a treaty', async () => {
    const expected = {
      en: 'Article 33(1) of its Rules of Procedure',
      fr: 'Article 33(1) de son Règlement intérieur',
      es: 'Article 33(1), de su Reglamento',
      ar: 'Article 33(1) من النظام الداخلي الخاص بها',
    };
    for (const [lang, words] of Object.entries(expected)) {
      await make({ lang });
      expect(ofRulesOfProcedure('Article 33(1)'), lang).to.equal(words);
    }
  });
});
