import { expect } from '@open-wc/testing';
import { createEnvironment } from '../../src/core/index.js';
import { $, $$, answer, answerEach, confirm, currentQuestion, fill, make, outcome, settle } from './helpers.js';
import type { OpEligibility } from '../../src/index.js';

const options = (el: OpEligibility) => $$<HTMLOptionElement>(el, 'select[name="answer"] option');
/** The States: between the placeholder and the last option, for a place not in the list. */
const countries = (el: OpEligibility) => options(el).slice(1, -1);
const select = (el: OpEligibility) => $<HTMLSelectElement>(el, 'select[name="answer"]')!;

describe('the country question', () => {
  it('offers every State a complaint can name, once, by its name in the reader’s language, sorted for that language', async () => {
    const el = await make({ lang: 'fr' });
    const listed = countries(el);
    const known = createEnvironment().knownStates;
    expect(listed.map((o) => o.value).sort()).to.deep.equal([...known].sort());
    const names = new Intl.DisplayNames('fr', { type: 'region' });
    // Intl's names, but for the two parties CLDR names otherwise than the UN treaties do.
    const treatyParties: Record<string, string> = { VA: 'Saint-Siège', PS: 'État de Palestine' };
    for (const option of listed) expect(option.textContent, option.value).to.equal(treatyParties[option.value] ?? names.of(option.value));
    const collator = new Intl.Collator('fr');
    const sorted = [...listed.map((o) => o.textContent!)].sort(collator.compare);
    expect(listed.map((o) => o.textContent)).to.deep.equal(sorted);
    // Names are text, not markup.
    expect(listed.every((o) => o.children.length === 0)).to.equal(true);
  });

  it('names the Holy See and the State of Palestine as the UN treaties do, in every language', async () => {
    // A regional tag too, which CLDR answers with "Vatican City", "Palestinian Territories".
    const expected = {
      en: ['Holy See', 'State of Palestine'],
      'en-GB': ['Holy See', 'State of Palestine'],
      'fr-CA': ['Saint-Siège', 'État de Palestine'],
      es: ['Santa Sede', 'Estado de Palestina'],
      'es-419': ['Santa Sede', 'Estado de Palestina'],
      ar: ['الكرسي الرسولي', 'دولة فلسطين'],
      'ar-EG': ['الكرسي الرسولي', 'دولة فلسطين'],
    };
    for (const [lang, [va, ps]] of Object.entries(expected)) {
      const el = await make({ lang });
      const name = (code: string) => countries(el).find((o) => o.value === code)!.textContent;
      expect([name('VA'), name('PS')], lang).to.deep.equal([va, ps]);
    }
  });

  it('marks the placeholder, then the answer given, as the selected option', async () => {
    const el = await make();
    expect(options(el)[0]!.hasAttribute('selected')).to.equal(true);
    expect(countries(el).filter((o) => o.hasAttribute('selected'))).to.have.length(0);
    await answer(el, 'ES');
    $<HTMLButtonElement>(el, '[part~="back"]')!.click();
    await settle(el);
    expect(select(el).value).to.equal('ES');
    expect(options(el).filter((o) => o.hasAttribute('selected')).map((o) => o.value)).to.deep.equal(['ES']);
  });

  it('ends with an option for a place not in the list, which closes the route and says why, and where else to turn', async () => {
    const el = await make();
    const last = options(el).at(-1)!;
    expect([last.value, last.textContent]).to.deep.equal(['unlisted', 'Not in this list']);
    expect($(el, '.hint')!.textContent).to.contain('If it is not in the list, choose the last option.');
    await answer(el, 'unlisted');
    // The route is closed: the problem is asked only to choose the other routes.
    expect(currentQuestion(el)).to.equal('rights');
    await answer(el, ['housing']);
    await answerEach(el, (q) => (q === 'grounds' ? ['none'] : 'no'));
    expect($$(el, '.summary-row dd, dd').some((dd) => dd.textContent!.includes('Not in this list'))).to.equal(true);
    await confirm(el);
    expect(outcome(el)).to.equal('not-available');
    const reason = $(el, '.reason[data-code="state-unlisted"]')!;
    expect(reason.querySelector('.article')!.textContent).to.equal('Article 2');
    expect(reason.querySelector('.reason-text')!.textContent).to.contain(
      'Did it happen in a place that a country in the list controls, such as a territory it governs? Then change your answer to the first question and choose that country.',
    );
    // No State to ask to join, no UN committee: the special rapporteurs need no treaty.
    expect($$(el, '[part="other-routes"] [part="route"]').map((r) => r.dataset['procedure'])).to.deep.equal(['special-procedures']);
    expect($(el, '[part="campaign"]')).to.equal(null);
    expect($$(el, '.route-group').map((g) => g.dataset['group'])).to.deep.equal(['special-procedures']);
    expect($(el, '.handoff-row[data-question="state"] dd')!.textContent!.trim()).to.equal('Not in this list');
  });

  it('a country that signed but has not ratified: the reason gives the date, the three months and the limit in short sentences', async () => {
    const el = await make();
    await answer(el, 'CL');
    await answer(el, ['housing']);
    await answerEach(el, (q) => (q === 'grounds' ? ['none'] : 'no'));
    await confirm(el);
    expect($(el, '.reason[data-code="state-not-party"] .reason-text')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(
      /^Chile signed the Optional Protocol on September 24, 2009, but has not fully joined it \(ratified it\)\. Until three months after it does, nobody can complain about it to the Committee\. Even then, only about what happens, or is still going on, from that day\./,
    );
  });

  it('keeps a country chosen but not yet sent when the language changes, and renames them all', async () => {
    const el = await make({ lang: 'en' });
    await fill(el, 'DE');
    el.lang = 'es';
    await settle(el);
    expect(select(el).value).to.equal('DE');
    expect(select(el).selectedOptions[0]!.textContent).to.equal('Alemania');
    expect(countries(el).map((o) => o.value)).to.include('ES');
    expect(countries(el).find((o) => o.value === 'ES')!.textContent).to.equal('España');
  });
});
