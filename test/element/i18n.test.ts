import { expect, fixture, html } from '@open-wc/testing';
import { isComplaintLanguage, stepOf } from '../../src/core/index.js';
import { citeArticle, citeRegionalArticle } from '../../src/element/citations.js';
import { directionOf } from '../../src/element/localization.js';
import { formatting, statesByName } from '../../src/element/format.js';
import { styles } from '../../src/element/styles.js';
import type { OpEligibility } from '../../src/index.js';
import { $, $$, answer, answerEach, AS_OF, confirm, currentQuestion, headingText, make, outcome, quietly, record, settle, shadow, warnings } from './helpers.js';
import { nameOf, paths } from './machine-paths.js';
import { answersOf } from './paths.js';
import { makeTraining, playToTheEnd } from './training-helpers.js';
import { readXliff, SAME_AS_ENGLISH, TRANSLATED_LOCALES, type TranslatedLocale, type TranslationUnit } from './xliff.js';

const LOCALES = ['en', ...TRANSLATED_LOCALES] as const;
const english = new Map<TranslatedLocale, TranslationUnit[]>();

before(async () => {
  for (const locale of TRANSLATED_LOCALES) {
    const allowed = SAME_AS_ENGLISH[locale];
    english.set(locale, [...(await readXliff(locale)).values()].filter((u) => !allowed.includes(u.source)));
  }
});

/** Waits for the MutationObserver, the language's module and the re-render. */
async function settleLanguage(el: OpEligibility): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
  await settle(el);
}

/** Every text the person can see or hear, one per text node (the State picker's country names aside). */
function texts(el: OpEligibility): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('style') || (parent instanceof HTMLOptionElement && parent.value)) continue;
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (/\p{L}/u.test(text)) found.push(text);
  }
  return found;
}

/**
 * The English sources shown where another language is expected: a text that reads as an
 * English message and not as its translation (French "Question 2 : …" is not "Question {0}: {1}").
 */
function leaks(el: OpEligibility, locale: (typeof LOCALES)[number]): string[] {
  if (locale === 'en') return [];
  const units = english.get(locale)!;
  return texts(el).filter((text) => units.some((u) => u.sourcePattern.test(text) && !u.targetPattern.test(text)));
}

const base = (el: OpEligibility): HTMLElement => $(el, '[part~="base"]')!;

async function walk(el: OpEligibility, path: (typeof paths)[number]['path']): Promise<void> {
  // Back to the first question, as a host's own exit does (answers passed again would change nothing).
  el.eraseForExit();
  await el.updateComplete;
  for (const { event } of path.steps) {
    if (event.type === 'ANSWER') await answer(el, event.value);
    else if (event.type === 'CONFIRM') await confirm(el);
  }
}

/** The result, read in Arabic, for a State that has not joined the Protocol: its other routes, each fit question answered "no". */
async function arabicResultIn(state: string, situation: string): Promise<OpEligibility> {
  const el = await make({ lang: 'ar' });
  await answer(el, state);
  await answer(el, [situation]);
  await answerEach(el, (q) => (q === 'grounds' ? ['none'] : 'no'));
  await confirm(el);
  return el;
}

for (const locale of LOCALES) {
  describe(`in ${locale}, every step of the machine's paths`, () => {
    let el: OpEligibility;
    before(async () => {
      el = document.createElement('op-eligibility');
      el.setAttribute('as-of', AS_OF);
      el.lang = locale;
      document.body.append(el);
      await el.updateComplete;
    });
    after(() => el.remove());

    for (const { path, end } of paths) {
      const target = stepOf(end);
      it(nameOf(end), async () => {
        await walk(el, path);
        if (target.kind === 'question') expect(currentQuestion(el)).to.equal(target.question);
        else if (target.kind === 'result') expect(outcome(el)).to.equal(target.outcome);
        else expect($(el, '[part~="summary"]')).to.exist;
        expect(base(el).lang).to.equal(locale);
        expect(base(el).dir).to.equal(directionOf(locale));
        expect(leaks(el, locale).join(' | '), 'English left in the page').to.equal('');
        if (target.kind === 'result') {
          const unCommittee = !!$(el, '[data-code="write-in-accepted-language"], [data-group="treaty-bodies"] [part~="route"]');
          expect(!!$(el, '[part~="language-note"]'), 'complaint-language note').to.equal(!isComplaintLanguage(locale) && unCommittee);
        }
        await expect(el).to.be.accessible();
      });
    }
  });
}

describe('choosing the language', () => {
  it('switching language mid-way keeps the answers and the step', async () => {
    const el = await make({ lang: 'en' });
    const events = record(el);
    await answer(el, 'ES');
    await answer(el, 'yes');
    await answer(el, 'self');
    const english = headingText(el);
    el.lang = 'ar';
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('rights');
    expect(headingText(el)).to.not.equal(english);
    expect(base(el).dir).to.equal('rtl');
    expect(leaks(el, 'ar')).to.deep.equal([]);
    el.lang = 'fr';
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('rights');
    expect(base(el)).to.include({ lang: 'fr', dir: 'ltr' });
    expect(leaks(el, 'fr')).to.deep.equal([]);
    expect(events.step, 'no step shown again by the switch').to.have.length(3);
    $<HTMLButtonElement>(el, '[part~="back"]')!.click();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('author');
    expect($<HTMLInputElement>(el, 'input[value="self"]')!.checked).to.be.true;
    expect(events.step.at(-1)!.detail.answers).to.deep.equal({ state: 'ES', jurisdiction: 'yes', author: 'self' });
  });

  it('follows the nearest ancestor’s lang, and its changes, mapping regional tags', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-419"><section><op-eligibility as-of=${AS_OF}></op-eligibility></section></div>`);
    const el = wrapper.querySelector('op-eligibility')!;
    await el.updateComplete;
    expect(base(el)).to.include({ lang: 'es-419', dir: 'ltr' });
    expect($(el, '[part~="continue"]')!.textContent!.trim()).to.equal('Continuar');
    expect($$<HTMLOptionElement>(el, 'option').map((o) => o.textContent)).to.include('España');
    wrapper.lang = 'ar-EG';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(base(el)).to.include({ lang: 'ar-EG', dir: 'rtl' });
    expect(leaks(el, 'ar')).to.deep.equal([]);
  });

  it('follows the lang outside a shadow root it is placed in: a partner’s page built of its own web components', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><div class="partner-layout"></div></div>`);
    const el = document.createElement('op-eligibility');
    el.setAttribute('as-of', AS_OF);
    wrapper.querySelector('.partner-layout')!.attachShadow({ mode: 'open' }).append(el);
    await settleLanguage(el);
    expect(base(el)).to.include({ lang: 'fr', dir: 'ltr' });
    expect($(el, '[part~="continue"]')!.textContent!.trim()).to.equal('Continuer');
    wrapper.lang = 'ar';
    await settleLanguage(el);
    expect(base(el)).to.include({ lang: 'ar', dir: 'rtl' });
    expect(leaks(el, 'ar')).to.deep.equal([]);
  });

  it('follows the document’s lang when nothing nearer has one', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'fr-CA';
    try {
      const el = await fixture<OpEligibility>(html`<op-eligibility as-of=${AS_OF}></op-eligibility>`);
      expect(base(el)).to.include({ lang: 'fr-CA', dir: 'ltr' });
      expect(leaks(el, 'fr')).to.deep.equal([]);
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('follows each change of lang, back to a tag it had before and to another region of the same language', async () => {
    const el = await make({ lang: 'ar-EG' });
    const shows = async (lang: string) => {
      el.lang = lang;
      await settle(el);
      return { lang: base(el).lang, dir: base(el).dir, spain: $<HTMLOptionElement>(el, 'option[value="ES"]')!.textContent };
    };
    expect(await shows('ar')).to.deep.equal({ lang: 'ar', dir: 'rtl', spain: 'إسبانيا' });
    expect(await shows('es-419')).to.deep.equal({ lang: 'es-419', dir: 'ltr', spain: 'España' });
    expect(await shows('ar-EG')).to.deep.equal({ lang: 'ar-EG', dir: 'rtl', spain: 'إسبانيا' });
    expect(await shows('es')).to.deep.equal({ lang: 'es', dir: 'ltr', spain: 'España' });
    expect(await shows('de')).to.deep.equal({ lang: 'en', dir: 'ltr', spain: 'Spain' });
    expect(await shows('es-419')).to.deep.equal({ lang: 'es-419', dir: 'ltr', spain: 'España' });
  });

  for (const tag of ['de', 'zh-Hant-TW', 'not a language tag']) {
    it(`falls back to English for lang="${tag}"`, async () => {
      const el = await make({ lang: tag });
      expect(base(el)).to.include({ lang: 'en', dir: 'ltr' });
      expect(headingText(el)).to.equal('Which country is your complaint about?');
      expect($$<HTMLOptionElement>(el, 'option').map((o) => o.textContent)).to.include('Spain');
    });
  }

  it('two elements asking for different languages: the last asked wins for both, with a warning', async () => {
    const warned = await warnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <op-eligibility lang="fr" as-of=${AS_OF}></op-eligibility>
      </div>`);
      const [first] = wrapper.querySelectorAll('op-eligibility');
      await first!.updateComplete;
      const second = document.createElement('op-eligibility');
      second.lang = 'ar';
      wrapper.append(second);
      await second.updateComplete;
      await first!.updateComplete;
      expect(base(first!)).to.include({ lang: 'ar', dir: 'rtl' });
      expect(base(second)).to.include({ lang: 'ar', dir: 'rtl' });
    });
    expect(warned.join('\n')).to.match(/one language at a time/);
  });

  it('when the element that asked for another language leaves, the others show theirs again', async () => {
    await quietly(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><op-eligibility as-of=${AS_OF}></op-eligibility></div>`);
      const first = wrapper.querySelector('op-eligibility')!;
      await first.updateComplete;
      const second = document.createElement('op-eligibility');
      second.lang = 'es';
      wrapper.append(second);
      await settleLanguage(first);
      expect(base(first)).to.include({ lang: 'es' });
      second.remove();
      await settleLanguage(first);
      expect(base(first)).to.include({ lang: 'en', dir: 'ltr' });
      expect(headingText(first)).to.equal('Which country is your complaint about?');
    });
  });

  it('an element removed before it showed (a router passing through) leaves no language behind', async () => {
    const warned = await warnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const passing = document.createElement('op-eligibility');
      passing.lang = 'ar';
      wrapper.append(passing);
      passing.remove();
      await passing.updateComplete;
      const [first, second] = [document.createElement('op-eligibility'), document.createElement('op-eligibility')];
      wrapper.append(first, second);
      await settleLanguage(first);
      second.remove();
      await settleLanguage(first);
      expect(base(first)).to.include({ lang: 'en', dir: 'ltr' });
      expect(headingText(first)).to.equal('Which country is your complaint about?');
    });
    expect(warned.join('\n')).to.not.match(/one language at a time/);
  });

  it('an element moved in the page takes the language of its new place, and follows its changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <main lang="en"><op-eligibility as-of=${AS_OF}></op-eligibility></main>
      <aside lang="fr"></aside>
    </div>`);
    const el = wrapper.querySelector('op-eligibility')!;
    await el.updateComplete;
    wrapper.querySelector('aside')!.append(el);
    await settleLanguage(el);
    expect(base(el)).to.include({ lang: 'fr' });
    wrapper.querySelector('aside')!.lang = 'ar';
    await settleLanguage(el);
    expect(base(el)).to.include({ lang: 'ar', dir: 'rtl' });
  });

  it('two elements following the page’s lang switch together, with no warning', async () => {
    const before = document.documentElement.lang;
    let warned: string[];
    try {
      warned = await warnings(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div><op-eligibility as-of=${AS_OF}></op-eligibility><op-eligibility as-of=${AS_OF}></op-eligibility></div>`);
        const elements = [...wrapper.querySelectorAll('op-eligibility')];
        await Promise.all(elements.map((e) => e.updateComplete));
        document.documentElement.lang = 'fr';
        for (const e of elements) await settleLanguage(e);
        expect(elements.map((e) => base(e).lang)).to.deep.equal(['fr', 'fr']);
      });
    } finally {
      document.documentElement.lang = before;
    }
    expect(warned.join('\n')).to.not.match(/one language at a time/);
  });

  it('training mode opens in the page’s language: panel, scenario, map and Explain, with no English first', async () => {
    const el = await makeTraining({ scenario: 'late-portugal', lang: 'ar' });
    expect($(el, '[part~="training"]')).to.exist;
    expect($(el, '.route-map-svg')).to.exist;
    expect(leaks(el, 'ar').join(' | ')).to.equal('');
    await playToTheEnd(el);
    expect($(el, '[part~="handoff"]')).to.exist;
    expect(leaks(el, 'ar').join(' | ')).to.equal('');
  });

  it('switching language translates the lazily loaded parts already shown: training, route map, hand-off', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain', lang: 'en' });
    await playToTheEnd(el);
    const heading = $(el, '#handoff-heading')!.textContent;
    for (const locale of ['es', 'fr', 'ar'] as const) {
      el.lang = locale;
      await el.updateComplete;
      expect(base(el).lang).to.equal(locale);
      expect($(el, '#handoff-heading')!.textContent).to.not.equal(heading);
      expect(leaks(el, locale).join(' | '), `English left in ${locale}`).to.equal('');
    }
  });

  it('writes dates in full in each language; the first of the month in French as “1er”', () => {
    expect(formatting('fr').date('2026-06-01')).to.equal('1er juin 2026');
    expect(formatting('fr-CA').date('2026-06-01')).to.equal('1er juin 2026');
    expect(formatting('fr').date('2026-06-02')).to.equal('2 juin 2026');
    expect(formatting('fr').date('2026-06-11')).to.equal('11 juin 2026');
    expect(formatting('es').date('2026-06-01')).to.equal('1 de junio de 2026');
    expect(formatting('en-GB').date('2026-06-01')).to.equal('1 June 2026');
  });

  it('writes dates in the Gregorian calendar the date fields and the Committee use, whatever calendar the language tag asks for', () => {
    expect(formatting('en-u-ca-islamic').date('2026-06-01')).to.equal(formatting('en').date('2026-06-01'));
    expect(formatting('ar-SA-u-ca-islamic-umalqura').date('2026-06-01')).to.equal(formatting('ar').date('2026-06-01'));
    expect(formatting('fr-u-ca-buddhist').date('2026-06-01')).to.equal('1er juin 2026');
  });

  it('keeps the formatting of the few language tags a page uses, not of every tag it ever saw', () => {
    const fr = formatting('fr');
    expect(formatting('fr'), 'made once per tag').to.equal(fr);
    // A language picker listing every regional variant of Spanish.
    for (const region of ['AR', 'BO', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'GQ', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PY', 'SV', 'UY', 'VE']) formatting(`es-${region}`);
    const again = formatting('fr');
    expect(again, 'made afresh once the page has used many other tags').to.not.equal(fr);
    expect(again.date('2026-06-01')).to.equal('1er juin 2026');
  });

  it('keeps the country list sorted for the few language tags a page uses, not for every tag it ever saw', () => {
    const codes = new Set(['ES', 'DE', 'FR']);
    const french = statesByName(codes, formatting('fr'));
    expect(statesByName(codes, formatting('fr')), 'sorted once per tag').to.equal(french);
    for (const region of ['AR', 'BO', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'GQ', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PY', 'SV']) statesByName(codes, formatting(`es-${region}`));
    const again = statesByName(codes, formatting('fr'));
    expect(again, 'sorted afresh once the page has used many other tags').to.not.equal(french);
    expect(again.map((s) => s.name)).to.deep.equal(['Allemagne', 'Espagne', 'France']);
  });

  it('Arabic dates and durations use the digits its messages and articles use, whatever the region (ar-EG, ar-SA)', async () => {
    expect(formatting('ar-EG').date('2026-06-01')).to.equal(formatting('ar').date('2026-06-01'));
    expect(formatting('ar-SA').hours(24)).to.match(/^24 /);
    const el = await make({ lang: 'ar-EG' });
    const given: Record<string, unknown> = { state: 'ES', rights: ['eviction'], factsDate: '2024-01-10', remedies: 'exhausted', finalDecisionDate: '2026-01-01', otherProcedure: 'none', identity: 'named', evidence: 'documents' };
    await answerEach(el, (q) => given[q] ?? (q === 'author' ? 'self' : 'yes'));
    await confirm(el);
    const result = $(el, '[part="result"]')!.textContent!;
    expect(result).to.contain('المادة');
    expect(result.match(/[\u0660-\u0669\u06f0-\u06f9]+/g), 'Arabic-Indic digits beside "المادة 3(2)(أ)"').to.equal(null);
    expect(result).to.contain('1 يناير 2027');
  });

  it('the result says when a complaint to a UN committee cannot be written in the language shown', async () => {
    // Morocco has not joined the Protocol, but people there can complain to other UN committees.
    const el = await arabicResultIn('MA', 'food');
    expect($(el, '[data-group="treaty-bodies"] [part~="route"]'), 'UN committees among the other routes').to.exist;
    const note = $(el, '[part~="language-note"]')!.textContent!;
    const name = (language: string) => new Intl.DisplayNames('ar', { type: 'language' }).of(language)!;
    for (const language of ['ar', 'en', 'fr', 'ru', 'es']) expect(note).to.contain(name(language));
    // In one of them ("or", OHCHR's guidance: "in one of the Secretariat's working languages"), not in all four ("and").
    expect(note).to.contain(new Intl.ListFormat('ar', { type: 'disjunction' }).format(['en', 'fr', 'ru', 'es'].map(name)));
    expect(note).to.contain('لجان الأمم المتحدة');
  });

  it('says nothing of the UN’s languages where the result names no UN committee: beside the African Commission alone they would read as its own', async () => {
    const el = await arabicResultIn('EG', 'eviction');
    expect($(el, '[data-procedure="achpr-communications"]'), 'the African Commission').to.exist;
    expect($(el, '[data-group="treaty-bodies"] [part~="route"]'), 'no UN committee').to.equal(null);
    expect($(el, '[part~="language-note"]')).to.equal(null);
    expect($(el, '.handoff-section[data-section="next-steps"] .handoff-note')).to.equal(null);
  });
});

describe('article citations', () => {
  // As the UN's documents in each language cite the Protocol: E/C.12/65/D/9/2015 (French),
  // E/C.12/59/D/4/2014 (Spanish), E/C.12/5 and CCPR/C/135/D/3050/2017 (Arabic).
  it('cite a paragraph and subparagraph in each language’s UN form', () => {
    expect(['3(2)(c)', '1(2)', '4'].map((a) => citeArticle(a, 'en'))).to.deep.equal(['3(2)(c)', '1(2)', '4']);
    expect(['3(2)(c)', '1(2)', '4'].map((a) => citeArticle(a, 'fr-CA'))).to.deep.equal(['3 (par. 2 c))', '1 (par. 2)', '4']);
    expect(['3(2)(c)', '1(2)', '4'].map((a) => citeArticle(a, 'es'))).to.deep.equal(['3, párrafo 2, apartado c)', '1, párrafo 2', '4']);
    expect(['3(2)(a)', '3(2)(b)', '3(2)(c)', '3(2)(d)', '3(2)(e)', '3(2)(g)', '1(2)'].map((a) => citeArticle(a, 'ar'))).to.deep.equal(
      ['3(2)(أ)', '3(2)(ب)', '3(2)(ج)', '3(2)(د)', '3(2)(هـ)', '3(2)(ز)', '1(2)'].map((a) => `\u2067${a}\u2069`),
    );
  });

  // Regional instruments, as their bodies' documents cite them: "31§2" (Council of Europe,
  // coe.int/t/democracy/migration/bodies/ecsr_collective_complains_fr.asp), "article 1 du Protocole
  // no 1" (the Court's "Guide sur l'article 1 du Protocole no 1"), "artículo 1 del Protocolo nº 1"
  // (Ministerio de Justicia, mjusticia.gob.es). No source found: the two African Charters in French and
  // Spanish, the Charter in Spanish, all of them in Arabic; those keep the data's form.
  it('cite a regional instrument’s articles as its body does, by route', () => {
    const cite = (locale: string) => [
      citeRegionalArticle('8', 'echr-applications', locale),
      citeRegionalArticle('P1-1', 'echr-applications', locale),
      citeRegionalArticle('31(2)', 'esc-collective-complaints', locale),
      citeRegionalArticle('18(1)', 'achpr-communications', locale),
      citeRegionalArticle('XI', 'iachr-petitions', locale),
      citeRegionalArticle('20(2)(a)', 'acerwc-communications', locale),
      citeRegionalArticle('5-10', 'acerwc-communications', locale),
    ];
    expect(cite('en')).to.deep.equal(['8', 'P1-1', '31(2)', '18(1)', 'XI', '20(2)(a)', '5-10']);
    expect(cite('fr-CA')).to.deep.equal(['8 de la Convention', '1 du Protocole n°\u00a01', '31§2', '18(1)', 'XI', '20(2)(a)', '5-10']);
    expect(cite('es')).to.deep.equal(['8 del Convenio', '1 del Protocolo nº\u00a01', '31(2)', '18(1)', 'XI', '20(2)(a)', '5-10']);
    expect(cite('ar')).to.deep.equal([
      '\u20678\u2069', '\u2066P1-1\u2069', '\u206731(2)\u2069', '\u206718(1)\u2069', '\u2066XI\u2069', '\u206720(2)(أ)\u2069', '\u20665-10\u2069',
    ]);
  });

  it('ar: a regional article reads, right to left, before its paragraph, as the UN’s do (“18(1)”, not “(1)18”)', async () => {
    const el = await arabicResultIn('EG', 'eviction');
    const item = $$(el, '[data-procedure="achpr-communications"] li').find((li) => li.textContent!.includes('18(1)'));
    const text = [...item!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('18(1)'))!;
    const at = text.textContent!.indexOf('18(1)');
    // The glyphs' boxes: WebKit adds an empty one where the run ends, which a bounding box would take in.
    const boxes = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, to);
      return [...range.getClientRects()].filter((r) => r.width > 0);
    };
    const articleLeft = Math.min(...boxes(at, at + 2).map((r) => r.left));
    const paragraphRight = Math.max(...boxes(at + 2, at + 5).map((r) => r.right));
    expect(articleLeft, 'the article, on the right of its paragraph').to.be.at.least(paragraphRight - 1);
  });

  it('the Arabic copied summary letters its steps as the articles letter their subparagraphs (هـ, not ه)', async () => {
    const letters = (await readXliff('ar')).get('handoff.text.step-letters')?.target?.split(' ') ?? [];
    const cited = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((l) => /\(([^)]+)\)\u2069$/.exec(citeArticle(`3(2)(${l})`, 'ar'))?.[1]);
    expect(letters.slice(0, 7)).to.deep.equal(cited);
  });

  for (const [lang, cited] of [
    ['fr', 'articles 12 et 16 (par. 1 e))'],
    ['es', 'artículos 12 y 16, párrafo 1, apartado e)'],
    ['ar', 'المادتان \u206712\u2069 و\u206716(1)(هـ)\u2069'],
  ] as const) {
    it(`${lang}: another UN treaty’s article is cited the same way (CEDAW, “${cited}”)`, async () => {
      const el = await make({ lang });
      await answer(el, 'GB');
      await answer(el, ['reproductive-health']);
      await answerEach(el, (q) => (q === 'grounds' ? ['none'] : 'no'));
      await confirm(el);
      const why = $$(el, '[data-procedure="cedaw_op"] li').map((li) => li.textContent!);
      expect(why.some((t) => t.includes(cited)), why.join(' | ')).to.equal(true);
    });
  }

  for (const [lang, label] of [
    ['fr', 'Article 3 (par. 2 a))'],
    ['es', 'Artículo 3, párrafo 2, apartado a)'],
  ] as const) {
    it(`${lang}: the result’s reasons read “${label}”`, async () => {
      const el = await make({ lang, answers: answersOf('likely-admissible') });
      await confirm(el);
      expect($$(el, '.article').map((a) => a.textContent!.trim())).to.include(label);
    });
  }
});

describe('country names in sentences', () => {
  // Intl gives "Reino Unido", "Royaume-Uni": names that take an article in a sentence
  // ("El Reino Unido no…", "Le Royaume-Uni n’a pas…") read wrong on their own, so the
  // French and Spanish sentences name the country in brackets: "Este país (Reino Unido)".
  for (const [lang, said] of [
    ['es', 'Este país (Reino Unido) no se ha unido al Protocolo Facultativo.'],
    ['fr', 'Ce pays (Royaume-Uni) n’a pas rejoint le Protocole facultatif.'],
    ['en', 'The United Kingdom has not joined the Optional Protocol.'],
    // A page's usual tag for English: its name takes "the" as much.
    ['en-US', 'The United Kingdom has not joined the Optional Protocol.'],
  ] as const) {
    it(`${lang}: ${said}`, async () => {
      const el = await make({ lang });
      await answer(el, 'GB');
      await answer(el, ['food']);
      await answerEach(el, (q) => (q === 'grounds' ? ['none'] : 'no'));
      await confirm(el);
      const reason = $(el, '.reason[data-code="state-not-party"] .reason-text')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(reason.startsWith(said), reason).to.equal(true);
    });
  }
});

describe('right to left', () => {
  it('the styles use only logical directions', () => {
    const physical = styles.cssText.match(/[\w-]*\b(left|right)\b[\w-]*\s*:|:\s*(left|right)\b|\b(?:translateX|scaleX)\(/g);
    expect(physical).to.equal(null);
  });

  it('article references read right to left in Arabic, the subparagraph lettered as the Arabic text letters it; untouched in English', async () => {
    const articles = async (lang: string) => {
      const el = await make({ lang, answers: answersOf('likely-admissible') });
      await confirm(el);
      return $$(el, '.article').map((a) => a.textContent!.trim());
    };
    expect(await articles('ar')).to.include('المادة \u20673(2)(أ)\u2069');
    expect(await articles('en')).to.include('Article 3(2)(a)');
  });

  it('so do those of the hand-off summary and of the other UN treaties', async () => {
    // An eviction: housing alone is not the Human Rights Committee's (art. 17 protects the home a person has).
    const el = await make({ lang: 'ar', answers: { ...answersOf('not-admissible'), rights: ['eviction', 'food'] } });
    await confirm(el);
    const rows = $$(el, '.handoff-row dt').map((dt) => dt.textContent!.trim());
    expect(rows.some((r) => r.startsWith('المادة \u20673(1)\u2069'))).to.equal(true);
    // The Human Rights Committee fits an eviction through art. 17 of the ICCPR.
    const why = $$(el, '[data-procedure="iccpr_op1"] li').map((li) => li.textContent!);
    expect(why.some((t) => t.includes('\u206717\u2069'))).to.equal(true);
  });

  it('the Back chevron points back, to the right, in Arabic', async () => {
    const point = async (lang: string) => {
      const el = await make({ lang });
      await answer(el, 'ES');
      const chevron = getComputedStyle($(el, '[part~="back"]')!, '::before');
      const [a = 0, b = 0] = (chevron.transform.match(/-?[\d.]+/g) ?? []).map(Number);
      return { turn: Math.round((Math.atan2(b, a) * 180) / Math.PI), side: chevron.borderLeftStyle === 'solid' ? 'left' : 'right' };
    };
    // The top and inline-start borders, turned a quarter towards the start: "<" in English, ">" in Arabic.
    expect(await point('en')).to.deep.equal({ turn: -45, side: 'left' });
    expect(await point('ar')).to.deep.equal({ turn: 45, side: 'right' });
  });
});
