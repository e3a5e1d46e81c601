import { expect } from '@open-wc/testing';
import { templates as ar } from '../../src/generated/locales/ar.js';
import { templates as es } from '../../src/generated/locales/es.js';
import { templates as fr } from '../../src/generated/locales/fr.js';
import { hasWords, readXliff, SAME_AS_ENGLISH, TRANSLATED_LOCALES } from './xliff.js';

/*
 * Every message of the source must be translated in every language. The generated
 * locale modules (`npm run localize:build`, run before the tests) hold one entry per
 * msg() id found in src/, so they are the list of ids; the XLIFF files are what the
 * translators wrote.
 */
const SOURCE_IDS = { fr: Object.keys(fr).sort(), es: Object.keys(es).sort(), ar: Object.keys(ar).sort() };

describe('translations', () => {
  it('the generated modules list every message of the source', () => {
    expect(SOURCE_IDS.fr.length).to.be.greaterThan(200);
    expect(SOURCE_IDS.es).to.deep.equal(SOURCE_IDS.fr);
    expect(SOURCE_IDS.ar).to.deep.equal(SOURCE_IDS.fr);
  });

  for (const locale of TRANSLATED_LOCALES) {
    it(`locales/${locale}.xlf translates every message`, async () => {
      const units = await readXliff(locale);
      const problems: string[] = [];
      for (const id of SOURCE_IDS[locale]) {
        const unit = units.get(id);
        if (!unit) problems.push(`${id}: missing (run npm run localize:extract, then translate it)`);
        else if (!unit.target?.trim()) problems.push(`${id}: no translation`);
        else if (unit.target === unit.source && hasWords(unit.source) && !SAME_AS_ENGLISH[locale].includes(unit.source))
          problems.push(`${id}: left in English ("${unit.source}")`);
        else if (placeholders(unit.target) !== placeholders(unit.source)) problems.push(`${id}: the translation drops or adds a {n}`);
      }
      expect(problems, `${problems.length} problem(s) in locales/${locale}.xlf`).to.deep.equal([]);
    });
  }
});

const placeholders = (text: string): string => (text.match(/\{\d+\}/g) ?? []).sort().join();
