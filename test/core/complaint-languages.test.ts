import { expect } from '@open-wc/testing';
import { COMPLAINT_LANGUAGES, isComplaintLanguage } from '../../src/core/index.js';

describe('the languages a complaint can be written in', () => {
  it('are the secretariat’s working languages: English, French, Russian and Spanish', () => {
    // OHCHR guidance for individual communications: only those four are accepted, so the
    // result says so to a person reading in Arabic, and names them in this order.
    expect(COMPLAINT_LANGUAGES).to.deep.equal(['en', 'fr', 'ru', 'es']);
  });

  it('reads the language of a BCP 47 tag, whatever its region, script or case', () => {
    for (const tag of ['en', 'fr-CA', 'ru-RU', 'es-419', 'EN-GB', 'Fr']) expect(isComplaintLanguage(tag), tag).to.equal(true);
    // Arabic and Chinese are UN official languages, not working languages of the secretariat.
    for (const tag of ['ar', 'ar-EG', 'zh-Hans', 'de', 'pt-BR', '', 'english', 'x-en']) expect(isComplaintLanguage(tag), tag).to.equal(false);
  });
});
