import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import * as z from 'zod/mini';
import { assess, assessmentSchema, isFitQuestion, QUESTION_IDS, type Answers, type Assessment, type OpEligibility, type QuestionId } from '../../src/index.js';
import { PROTOCOL_QUOTES, QUESTION_QUOTES } from '../../src/data/protocol-text.js';
import { scenarioById, SCENARIOS } from '../../src/data/scenarios.js';
import { explainWhy, scenarioText } from '../../src/element/training-messages.js';
import { readXliff } from './xliff.js';
import { $, $$, accessibleNames, active, answer, AS_OF, confirm, currentQuestion, headingText, liveText, make, nextStepCodes, outcome, overCdp, reachResult, reasonCodes, record, settle, onPaperOnly, SPACE, tabUntil, warnings, LANGUAGES } from './helpers.js';
import { canPlay, chooseScenario, click, copyWith, downloaded, jumpByKeyboard, makeTraining, playToTheEnd, playUntil, nextStep } from './training-helpers.js';
import { targetLocales } from '../../src/generated/locale-codes.js';

/** The questions an article of the Protocol governs: all but the fit questions, a question added later among them. */
const GOVERNED: readonly QuestionId[] = QUESTION_IDS.filter((q) => !isFitQuestion(q));

/** Runs `check` as the page prints (beforeprint, print media), then back to the screen. */
async function onPaper(check: () => void): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  await emulateMedia({ media: 'print' });
  try {
    check();
  } finally {
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  }
}

describe('training mode', () => {
  it('is off by default; an unknown mode fires op-eligibility-error and screening is used', async () => {
    const plain = await make();
    expect($(plain, '[part="training"]')).to.equal(null);
    expect($(plain, '[part="explain"]')).to.equal(null);
    const el = await makeTraining();
    const events = record(el);
    (el as { mode: string }).mode = 'classroom'; // as plain JavaScript could
    await el.updateComplete;
    expect(events.error).to.have.length(1);
    expect(events.error[0]!.detail.error.issues[0].path).to.equal('mode');
    expect($(el, '[part="training"]')).to.equal(null);
    el.mode = 'training';
    await el.updateComplete;
    expect($(el, '[part="training"]')).to.exist;
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.id}: "Next step" plays it to ${scenario.expected}, showing each question, as assess() does`, async () => {
      const el = await makeTraining({ scenario: scenario.id });
      const events = record(el);
      const steps = await playToTheEnd(el);
      expect(outcome(el)).to.equal(scenario.expected);
      const expected = assess(scenario.answers, { asOf: scenario.asOf });
      expect(events.complete[0]!.detail.assessment).to.deep.equal({ ...expected, training: { scenario: scenario.id } });
      // One step per question of the route, then the check of answers, then the result.
      expect(events.step.map((e) => e.detail.step.kind)).to.deep.equal([...expected.questions.map(() => 'question').slice(1), 'review', 'result']);
      expect(steps).to.equal(expected.questions.length + 1);
      expect($(el, '.training-done')!.textContent).to.include('Scenario complete.');
      expect($(el, '[part="change-answers"]'), 'a scenario’s answers are the trainer’s to jump through').to.equal(null);
    });
  }

  /** The part of the panel that says what the scenario teaches, or null. */
  const lesson = (el: OpEligibility) => $(el, '.training-lesson');

  for (const scenario of SCENARIOS) {
    it(`${scenario.id}: says what it teaches, citing ${scenario.teaches.join(' and ')}, once the result shows, not while the room guesses`, async () => {
      const el = await makeTraining({ scenario: scenario.id });
      expect(lesson(el), 'on the first question').to.equal(null);
      await playToTheEnd(el, async () => {
        if (outcome(el) === null) expect(lesson(el), `before the result (${currentQuestion(el) ?? 'the summary'})`).to.equal(null);
      });
      expect(outcome(el)).to.equal(scenario.expected);
      const shown = lesson(el)!;
      expect(shown.querySelector('#training-lesson-title')!.textContent).to.equal('What this scenario teaches');
      expect(shown.querySelector('.article')!.textContent).to.equal(new Intl.ListFormat('en').format(scenario.teaches.map((a) => `Article ${a}`)));
      const { lesson: words } = scenarioText(scenario.id);
      expect(words).to.match(/^[A-Z].{40,250}\.$/);
      expect(shown.textContent).to.include(words);
      expect(shown.textContent, 'played as written').to.not.include('a different result');
    });
  }

  // Cited as the rest of the panel cites articles: French "1 (par. 2)", Arabic letters and numbers isolated right to left.
  for (const [lang, title, articles, opening] of [
    ['en', 'What this scenario teaches', 'Article 1(2) and Article 3(2)(d)', 'A family cannot bring a disappearance to this Committee'],
    ['fr', 'Ce que ce scénario enseigne', 'Article 1 (par. 2) et Article 3 (par. 2 d))', 'Une famille ne peut pas porter une disparition devant ce Comité'],
    [
      'ar',
      'ما يعلّمه هذا السيناريو',
      new Intl.ListFormat('ar').format(['المادة \u20671(2)\u2069', 'المادة \u20673(2)(د)\u2069']),
      'لا يمكن لأسرة أن تعرض حالة اختفاء على هذه اللجنة',
    ],
  ] as const) {
    overCdp('accessibility tree')(`${lang}: disappearance-mexico’s lesson, in the page’s language, is a labelled region a screen reader finds, and passes axe`, async () => {
      const el = await makeTraining({ scenario: 'disappearance-mexico', lang });
      await playToTheEnd(el);
      const shown = lesson(el)!;
      expect(shown.querySelector('.article')!.textContent).to.equal(articles);
      expect(shown.textContent).to.include(opening);
      expect(await accessibleNames('region')).to.include(title);
      await expect(el).to.be.accessible();
    });
  }

  it('off script, says the lesson is still the story’s: an anonymous complaint made confidential reaches another outcome, art. 3(2)(g) still taught', async () => {
    const el = await makeTraining({ scenario: 'anonymous-costa-rica' });
    await playToTheEnd(el);
    await click(el, '[part~="training-jump"][data-question="identity"]');
    await answer(el, 'confidential');
    expect(lesson(el), 'gone with the result').to.equal(null);
    while (currentQuestion(el) === 'evidence' || canPlay(el)) {
      if (currentQuestion(el) === 'evidence') await answer(el, 'documents');
      else await nextStep(el);
    }
    expect(outcome(el)).to.not.equal('not-admissible');
    expect(lesson(el)!.querySelector('.article')!.textContent).to.equal('Article 3(2)(g)');
    expect(lesson(el)!.textContent).to.include('This is the story’s lesson, though the answers given here led to a different result.');
  });

  it('off script to the same outcome, but not on the article taught: Spain with no urgency is still likely admissible, without interim measures (art. 5), and the lesson says the result differs', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    await playToTheEnd(el);
    expect(lesson(el)!.textContent, 'played as written').to.not.include('a different result');
    await click(el, '[part~="training-jump"][data-question="urgency"]');
    await answer(el, 'no');
    while (canPlay(el)) await nextStep(el);
    expect(outcome(el)).to.equal('likely-admissible');
    expect(reasonCodes(el)).to.not.include('interim-measures');
    expect(lesson(el)!.querySelector('.article')!.textContent).to.equal('Article 5');
    expect(lesson(el)!.textContent).to.include('This is the story’s lesson, though the answers given here led to a different result.');
  });

  it('at the result, says under the outcome that the answers are fictional, in the page’s language; a screening does not', async () => {
    for (const [lang, words] of [['en', 'Training: fictional answers, not a real case.'], ['ar', 'تدريب']] as const) {
      const el = await makeTraining({ scenario: 'eviction-spain', lang });
      await playToTheEnd(el);
      const panel = $(el, '[part="outcome"]')!;
      expect(panel.querySelector('.training-mark')?.textContent, lang).to.include(words);
      // Read with the outcome's heading, before what the result says.
      expect(panel.querySelector('.training-mark')!.previousElementSibling!.matches('h1, h2, h3, h4, h5, h6, [role="heading"]'), lang).to.equal(true);
      el.remove();
    }
    const screening = await make();
    await reachResult(screening, 'likely-admissible');
    expect(outcome(screening)).to.equal('likely-admissible');
    expect($(screening, '.training-mark')).to.equal(null);
  });

  it('anonymous-costa-rica: its one bar, art. 3(2)(g), says what someone afraid can ask for instead', async () => {
    const el = await makeTraining({ scenario: 'anonymous-costa-rica' });
    await playToTheEnd(el);
    const bars = $$(el, '.reason[data-severity="bar"]');
    expect(bars.map((li) => li.dataset['code'])).to.deep.equal(['anonymous']);
    expect(bars[0]!.textContent).to.include('3(2)(g)');
    expect(bars[0]!.textContent).to.include('If you fear what could happen, you can ask it to keep the name from the public; the country will still know it.');
  });

  // A family of a disappeared person: the search before all, in the UN's own names, in English and in Arabic
  // (the Working Group's without its article: "to the Working Group" writes الفريق as للفريق).
  for (const [lang, urgentAction, workingGroup] of [
    ['en', 'Committee on Enforced Disappearances: urgent action', 'Working Group on Enforced or Involuntary Disappearances'],
    ['ar', 'اللجنة المعنية بحالات الاختفاء القسري: إجراء عاجل', 'فريق العامل المعني بحالات الاختفاء القسري أو غير الطوعي'],
  ] as const) {
    it(`${lang}: disappearance-mexico ends on urgent help, then the search, with the urgent action the first route recommended`, async () => {
      const el = await makeTraining({ scenario: 'disappearance-mexico', lang });
      await playToTheEnd(el);
      expect(outcome(el)).to.equal('not-available');
      expect(reasonCodes(el)).to.deep.equal(['state-not-party', 'outside-covenant']);
      expect(nextStepCodes(el).slice(0, 3)).to.deep.equal(['get-urgent-help', 'search-for-disappeared', 'consider-other-routes']);
      const search = $(el, '.next-steps [data-code="search-for-disappeared"]')!.textContent!;
      expect(search).to.include(urgentAction.split(':')[0]!);
      expect(search).to.include(workingGroup);
      const recommended = $$(el, '[data-procedure][data-fit="recommended"]');
      // Under "Can act now", first: the urgent action, then the Inter-American Commission's precautionary measures.
      expect(recommended.map((li) => li.dataset['procedure']).slice(0, 2)).to.deep.equal(['ced_art30', 'iachr-petitions']);
      expect($(el, '[data-group="act-now"] [data-procedure]')!.dataset['procedure']).to.equal('ced_art30');
      expect(recommended[0]!.querySelector('.route-name')!.textContent!.trim()).to.equal(urgentAction);
      expect($(el, '[data-procedure="special-procedures"]')!.textContent).to.include(workingGroup);
    });
  }

  // El Salvador declared under art. 11: the result says the Committee may inquire, and its first step is to send it information.
  for (const [lang, articles, accepts] of [
    ['en', ['Article 2', 'Article 11'], 'El Salvador accepts inquiries.'],
    ['fr', ['Article 2', 'Article 11'], 'Ce pays (Salvador) accepte les enquêtes.'],
    ['es', ['Artículo 2', 'Artículo 11'], 'Este país (El Salvador) acepta investigaciones.'],
    ['ar', ['المادة \u20672\u2069', 'المادة \u206711\u2069'], 'إجراء التحقيق مقبول لدى السلفادور.'],
  ] as const) {
    it(`${lang}: inquiry-el-salvador closes on art. 2, cites art. 11 for a State that accepted inquiries, sends the information there first, and its lesson says so`, async () => {
      const el = await makeTraining({ scenario: 'inquiry-el-salvador', lang });
      await playToTheEnd(el);
      expect(outcome(el)).to.equal('not-available');
      const inquiry = $(el, '.reason[data-code="inquiry-procedure"]')!;
      expect(inquiry.querySelector('.article')!.textContent).to.equal(articles[1]);
      expect(inquiry.querySelector('.reason-text')!.textContent).to.include(accepts);
      expect(nextStepCodes(el)[0]).to.equal('send-information-for-inquiry');
      const shown = lesson(el)!;
      expect(shown.querySelector('.article')!.textContent).to.equal(new Intl.ListFormat(lang).format(articles));
    });
  }

  // Free speech in a State bound by the Protocol: the one bar is art. 3(2)(d), and the UN body that does take it comes
  // first, named in the page's language (Spanish citing the paragraph in words, Arabic its letters right to left).
  // The next step is given only where the State accepts that Committee's complaints, and says so rather than "if".
  // The UN experts come after that Committee: first the Working Group on Arbitrary Detention, which takes a jailing as an
  // individual complaint (OHCHR, Individual Complaints and Urgent Appeals), named as OHCHR names it in each language.
  for (const [lang, articles, committee, accepts, detention] of [
    ['en', 'Article 3(2)(d)', 'Human Rights Committee', 'This country accepts complaints to the UN Human Rights Committee. It may take your complaint', 'Working Group on Arbitrary Detention'],
    ['fr', 'Article 3 (par. 2 d))', 'Comité des droits de l’homme', 'Ce pays accepte les plaintes adressées au Comité des droits de l’homme de l’ONU. Ce Comité peut recevoir votre plainte', 'Groupe de travail sur la détention arbitraire'],
    ['es', 'Artículo 3, párrafo 2, apartado d)', 'Comité de Derechos Humanos', 'Este país acepta denuncias ante el Comité de Derechos Humanos de la ONU. Ese Comité puede examinar su denuncia', 'Grupo de Trabajo sobre la Detención Arbitraria'],
    ['ar', 'المادة \u20673(2)(د)\u2069', 'اللجنة المعنية بحقوق الإنسان', 'يقبل هذا البلد الشكاوى المقدمة إلى اللجنة المعنية بحقوق الإنسان التابعة للأمم المتحدة. وقد تقبل هذه اللجنة النظر في شكواك', 'الفريق العامل المعني بالاحتجاز التعسفي'],
  ] as const) {
    it(`${lang}: free-speech-mongolia closes on art. 3(2)(d) alone, sends the journalist to the Human Rights Committee, then to the Working Group on Arbitrary Detention, and its lesson says so`, async () => {
      const el = await makeTraining({ scenario: 'free-speech-mongolia', lang });
      await playToTheEnd(el);
      expect(outcome(el)).to.equal('not-admissible');
      const bars = $$(el, '.reason[data-severity="bar"]');
      expect(bars.map((li) => li.dataset['code'])).to.deep.equal(['outside-covenant']);
      expect(nextStepCodes(el)[0]).to.equal('human-rights-committee');
      expect($(el, '.next-steps [data-code="human-rights-committee"]')!.textContent).to.include(committee).and.include(accepts);
      const recommended = $$(el, '[data-procedure][data-fit="recommended"]');
      expect(recommended.map((li) => li.dataset['procedure'])).to.deep.equal(['iccpr_op1', 'special-procedures']);
      expect(recommended[0]!.querySelector('.route-name')!.textContent!.trim()).to.equal(committee);
      const experts = [...recommended[1]!.querySelectorAll<HTMLElement>('[data-mandate]')];
      expect(experts.map((li) => li.dataset['mandate'])).to.deep.equal(['wg-arbitrary-detention', 'sr-freedom-of-expression', 'sr-torture']);
      expect(experts[0]!.textContent!.trim()).to.equal(detention);
      const shown = lesson(el)!;
      expect(shown.querySelector('.article')!.textContent).to.equal(articles);
      expect(shown.textContent).to.include(committee);
    });
  }

  it('quotes the two sentences of art. 2 the “who complains” question applies as one paragraph, under one caption, as the Protocol has them', async () => {
    const el = await makeTraining({ scenario: 'continuing-belgium' });
    while (currentQuestion(el) !== 'author') await nextStep(el);
    const explain = $<HTMLDetailsElement>(el, '[part="explain"]')!;
    const figures = [...explain.querySelectorAll('figure.quote')];
    expect(figures.map((f) => f.querySelector('blockquote')!.textContent!.trim())).to.deep.equal([`${PROTOCOL_QUOTES.victims.text.en} ${PROTOCOL_QUOTES.consent.text.en}`]);
    expect(figures[0]!.querySelector('figcaption')!.textContent).to.include('Article 2');
    expect(explain.querySelector('summary')!.textContent).to.match(/Article 2\b/);
    expect(explain.querySelector('summary')!.textContent).not.to.match(/Article 2.*Article 2/);
  });

  it('every question has an Explain panel citing its article and quoting the Protocol’s words', async () => {
    const el = await makeTraining({ scenario: 'continuing-belgium' });
    const seen: string[] = [];
    while (currentQuestion(el)) {
      const q = currentQuestion(el)!;
      seen.push(q);
      const explain = $<HTMLDetailsElement>(el, '[part="explain"]')!;
      expect(explain.tagName.toLowerCase()).to.equal('details');
      const quotes = QUESTION_QUOTES[q]!.map((id) => PROTOCOL_QUOTES[id]);
      expect(explain.querySelector('summary')!.textContent).to.include(`Article ${quotes[0]!.article}`);
      // Every sentence quoted, in order; those of one article in one quote (art. 2).
      const byArticle = new Map<string, string[]>();
      for (const { article, text } of quotes) byArticle.set(article, [...(byArticle.get(article) ?? []), text.en]);
      expect([...explain.querySelectorAll('blockquote')].map((b) => b.textContent!.trim())).to.deep.equal([...byArticle.values()].map((sentences) => sentences.join(' ')));
      expect(explain.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
      expect(canPlay(el), `the scenario stops at ${q}`).to.equal(true);
      await nextStep(el);
    }
    expect(seen).to.include.members(['factsContinuing', 'finalDecisionDate']);
    // Every question an article of the Protocol governs has its panel, asked here or not.
    for (const q of GOVERNED) expect(QUESTION_QUOTES[q], q).to.have.length.greaterThan(0);
  });

  it('the country question’s panel says a country that has joined the Protocol is bound only three months later (art. 18(2)), those that joined first from its entry into force (art. 18(1)), in the page’s language', async () => {
    // Naming the Protocol: after "Joining the Covenant alone is not enough", a bare "joins it" reads as the Covenant.
    // The first ten (Spain, Ecuador, Portugal… of the scenarios) were bound from 5 May 2013, not three months after joining.
    const later: Record<string, string[]> = {
      en: ['joins the Protocol is bound by it three months later', 'those that joined first, from 5 May 2013, when the Protocol itself came into force'],
      fr: ['rejoint le Protocole n’est lié par lui que trois mois plus tard', 'les premiers, depuis le 5 mai 2013, date de l’entrée en vigueur du Protocole'],
      es: ['se une al Protocolo queda obligado por él tres meses después', 'los primeros en unirse, desde el 5 de mayo de 2013, cuando el propio Protocolo entró en vigor'],
      ar: ['ينضم إلى البروتوكول لا يلتزم به إلا بعد ثلاثة أشهر', 'منذ 5 مايو 2013، تاريخ بدء نفاذ البروتوكول'],
    };
    for (const [lang, words] of Object.entries(later)) {
      const el = await makeTraining({ lang });
      expect(currentQuestion(el)).to.equal('state');
      for (const said of words) expect($(el, '[part="explain"] .explain-why')!.textContent, lang).to.include(said);
      el.remove();
    }
  });

  it('the Explain panel of the other-procedure question names both answers that need not bar: a Special Rapporteur, and a complaint withdrawn or turned away unexamined', async () => {
    const english = (await readXliff('fr')).get('training.why.otherProcedure')!.source;
    expect(english).to.contain('A UN Special Rapporteur does not usually count').and.contain('withdrawn or turned away without the problem being looked at');
  });

  it('every Explain panel first says in plain words, in the page’s language, why its question matters, then quotes the Protocol', async () => {
    const texts = GOVERNED.map((q) => explainWhy(q));
    for (const [i, q] of GOVERNED.entries()) expect(texts[i], q).to.be.a('string').and.not.equal('');
    expect(new Set(texts).size, 'one text per question').to.equal(GOVERNED.length);
    const said = new Map<string, string>();
    for (const lang of LANGUAGES) {
      const el = await makeTraining({ scenario: 'continuing-belgium', lang });
      // One text per question in each language: a message id copied from another question's would show that one's words.
      const shown = new Set<string>();
      while (currentQuestion(el)) {
        const q = currentQuestion(el) as QuestionId;
        const why = $(el, '[part="explain"] > summary + .explain-why')!;
        expect(why.nextElementSibling!.matches('figure.quote'), `${lang} ${q}: before the quote`).to.equal(true);
        expect(why.closest('[lang]')!.getAttribute('lang'), `${lang} ${q}: in the page’s language`).to.equal(lang);
        if (lang === 'en') {
          expect(why.textContent, q).to.equal(explainWhy(q));
          said.set(q, why.textContent!);
        } else expect(why.textContent, `${lang} ${q}: translated`).to.not.equal(said.get(q));
        expect(why.textContent, `${lang} ${q}`).to.not.equal('');
        expect(shown.has(why.textContent!), `${lang} ${q}: its own text`).to.equal(false);
        shown.add(why.textContent!);
        expect(canPlay(el), `the scenario stops at ${q}`).to.equal(true);
        await nextStep(el);
      }
      el.remove();
    }
    expect([...said.keys()]).to.include.members(['state', 'factsDate', 'factsContinuing', 'remedies', 'finalDecisionDate']);
  });

  it('cites the paragraph it quotes: urgency’s panel quotes art. 5(1), not the whole of art. 5', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    await playUntil(el, 'urgency');
    const explain = $<HTMLDetailsElement>(el, '[part="explain"]')!;
    expect(explain.querySelector('summary')!.textContent).to.include('Article 5(1)');
    expect(explain.querySelector('figcaption')!.textContent).to.include('5(1)');
  });

  it('otherProcedure’s panel does not tell the room every international body bars: a UN Special Rapporteur usually does not, as its option’s result says', async () => {
    // Art. 3(2)(c) bars a matter examined under "another procedure of international investigation or
    // settlement"; the result for the Special Rapporteur option (reason special-procedure) says it does
    // not usually stop a complaint, so the panel must not say that any international body does.
    const rapporteur: Record<string, string> = { en: 'Special Rapporteur', fr: 'Rapporteur spécial', es: 'Relator Especial', ar: 'مقرر خاص' };
    for (const [lang, term] of Object.entries(rapporteur)) {
      const el = await makeTraining({ scenario: 'european-court-italy', lang });
      await playUntil(el, 'otherProcedure');
      expect($(el, '[part="explain"] .explain-why')!.textContent, lang).to.include(term);
      el.remove();
    }
  });

  it('prints a question with its Explain panel unfolded, the Protocol’s words on the handout, and folds it again after', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    const explain = $<HTMLDetailsElement>(el, '[part="explain"]')!;
    expect(explain.open).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    try {
      expect(explain.open).to.equal(true);
      expect(explain.querySelector('blockquote')!.checkVisibility()).to.equal(true);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(explain.open).to.equal(false);
  });

  onPaperOnly('prints the Explain panel’s quote even where printing fires no beforeprint (a PDF made headless), still folded on screen', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    const quote = () => $(el, '[part="explain"] blockquote')!.checkVisibility();
    await emulateMedia({ media: 'print' });
    try {
      expect($<HTMLDetailsElement>(el, '[part="explain"]')!.open, 'no beforeprint came').to.equal(false);
      expect(quote(), 'on paper').to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(quote(), 'folded on screen').to.equal(false);
  });

  onPaperOnly('prints the scenario, marked fictional, and the route map on a page of its own for a handout, but not the trainer’s controls', async () => {
    const el = await makeTraining({ scenario: 'not-party-japan' });
    await playToTheEnd(el);
    const shown = (selector: string) => $(el, selector)!.checkVisibility();
    expect(shown('[part~="training-next"]')).to.equal(true);
    await onPaper(() => {
      expect(shown('.route-map-panel .route-map-svg')).to.equal(true);
      expect(getComputedStyle($(el, '.route-map-panel')!).breakBefore).to.equal('page');
      expect(shown('.training .caption')).to.equal(true);
      expect($(el, '.training .caption')!.textContent).to.equal('Training mode: fictional scenarios only. Nothing is saved.');
      expect(shown('.training-story')).to.equal(true);
      expect(shown('.training-lesson'), 'what the scenario teaches, with the result on the handout').to.equal(true);
      expect($(el, '.training-lesson')!.getBoundingClientRect().top, 'under its story').to.be.greaterThan($(el, '.training-story')!.getBoundingClientRect().top);
      for (const control of ['#training-scenario', '[part~="training-next"]', '[part~="training-reset"]', '[part~="training-jump"]']) expect(shown(control), control).to.equal(false);
      expect(shown('.handoff-sheet'), 'the summary, marked fictional, comes first').to.equal(true);
    });
  });

  onPaperOnly('prints, under the story, which questions the room answered otherwise: a “what if” handout does not contradict its story unsaid', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    await playToTheEnd(el);
    // The eviction is about to happen in the story; the room tries "not urgent": the same outcome, without art. 5.
    await click(el, '[part~="training-jump"][data-question="urgency"]');
    await answer(el, 'no');
    const note = () => $$(el, '.training-off-script').find((p) => p.textContent!.includes('Answered differently'));
    const top = (selector: string) => $(el, selector)!.getBoundingClientRect().top;
    const noteTop = () => note()!.getBoundingClientRect().top;
    await onPaper(() => {
      expect(note()?.checkVisibility(), 'at a question').to.equal(true);
      expect(note()!.textContent).to.include('Answered differently from the scenario: Urgency.');
      expect(noteTop(), 'under the story').to.be.greaterThan(top('.training-story'));
      expect(noteTop(), 'above the question').to.be.lessThan(top('#step-heading'));
      expect($(el, '[part~="training-next"]')!.checkVisibility(), 'not the controls').to.equal(false);
    });
    await playToTheEnd(el);
    expect(outcome(el)).to.equal('likely-admissible');
    await onPaper(() => {
      expect(note()?.checkVisibility(), 'at the result').to.equal(true);
      expect(note()!.textContent).to.include('Urgency');
      expect(noteTop(), 'under the lesson').to.be.greaterThan(top('.training-lesson'));
    });
  });

  onPaperOnly('prints the first question’s handout, before any step, as the later ones: black on white, without “Exit this page”, its buttons or the safety note', async () => {
    for (const el of [await makeTraining({ scenario: 'eviction-spain' }), await make()]) {
      el.style.setProperty('--op-eligibility-color-text', 'rgb(238, 238, 238)');
      const shown = (selector: string) => $(el, selector)!.checkVisibility();
      expect([shown('[part~="quick-exit"]'), shown('[part~="continue"]'), shown('[part="safety-note"]')]).to.deep.equal([true, true, true]);
      await onPaper(() => {
        expect(shown('#step-heading')).to.equal(true);
        for (const hidden of ['[part~="quick-exit"]', '[part="skip-link"]', '[part~="continue"]', '[part="safety-note"]']) expect(shown(hidden), `${el.mode}: ${hidden}`).to.equal(false);
        expect(getComputedStyle($(el, '#step-heading')!).color, el.mode).to.equal('rgb(0, 0, 0)');
      });
    }
  });

  for (const width of ['auto', '25rem']) {
    onPaperOnly(`prints a handout that reads top to bottom: the scenario’s story, then the step with its article, then the route taken (element ${width} wide)`, async () => {
      const el = await makeTraining({ scenario: 'eviction-spain' });
      // Narrow, as in a host's column: on screen the trainer's controls stick below the question there.
      el.style.inlineSize = width;
      for (let i = 0; i < 4; i++) await nextStep(el);
      const top = (selector: string) => $(el, selector)!.getBoundingClientRect().top;
      await onPaper(() => {
        expect(top('.training-story'), 'the story above the question').to.be.lessThan(top('#step-heading'));
        expect(top('#step-heading'), 'the question above its Explain panel').to.be.lessThan(top('.explain'));
        expect(top('.explain'), 'the step above the route map').to.be.lessThan(top('.route-map-panel'));
        expect($(el, '.route-path li:last-child')!.textContent!.trim()).to.equal('Urgency');
        expect($(el, '.training-story')!.getBoundingClientRect().left, 'in line with the question').to.equal($(el, '#step-heading')!.getBoundingClientRect().left);
      });
    });
  }

  onPaperOnly('prints a question’s answers one line each: the rows a finger high on screen close up on paper', async () => {
    const el = await makeTraining({ scenario: 'not-party-japan' });
    await nextStep(el);
    expect(currentQuestion(el)).to.not.equal('state');
    const gap = () => {
      const item = $(el, '.item')!;
      const label = item.querySelector('.item-label')!;
      return (item.getBoundingClientRect().height - label.getBoundingClientRect().height) / parseFloat(getComputedStyle(item).fontSize);
    };
    expect(gap(), 'on screen, padding makes the row a finger high').to.be.greaterThan(0.5);
    await onPaper(() => {
      expect(gap(), 'on paper, in em').to.be.at.most(0.25);
    });
  });

  onPaperOnly('prints each radio level with its own answer, not halfway to the next one', async () => {
    const el = await makeTraining({ scenario: 'not-party-japan' });
    await nextStep(el);
    // Vertical distance, in the label's em, between the radio's middle and the middle of its label's first line.
    const offset = () => {
      const item = $(el, '.item')!;
      const radio = item.querySelector('input')!.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(item.querySelector('.item-label')!);
      const line = range.getClientRects()[0]!;
      const fontSize = parseFloat(getComputedStyle(item.querySelector('.item-label')!).fontSize);
      return Math.abs((radio.top + radio.bottom) / 2 - (line.top + line.bottom) / 2) / fontSize;
    };
    expect(offset(), 'on screen').to.be.at.most(0.1);
    await onPaper(() => {
      expect(offset(), 'on paper').to.be.at.most(0.1);
    });
  });

  it('keeps the Explain panel as the trainer left it, question to question and back from the result', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    const explain = () => $<HTMLDetailsElement>(el, '[part="explain"]')!;
    const toggled = async (open: boolean) => {
      const details = explain();
      details.open = open;
      await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
      await settle(el);
    };
    await toggled(true);
    await nextStep(el);
    expect(currentQuestion(el)).to.equal('jurisdiction');
    expect(explain().open, 'open on the next question').to.equal(true);
    await playToTheEnd(el);
    await click(el, '[part~="training-jump"][data-question="author"]');
    expect(currentQuestion(el)).to.equal('author');
    expect(explain().open, 'open after a jump back from the result').to.equal(true);
    await toggled(false);
    await nextStep(el);
    expect(explain().open, 'closed once closed').to.equal(false);
  });

  it('writes the panel’s fictional-only notice at the panel’s size, not larger than the story under it', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    const size = (selector: string) => getComputedStyle($(el, selector)!).fontSize;
    expect(size('.training-controls > .caption')).to.equal(size('.training-story'));
  });

  it('says, in the page’s language, that the quote is the English text', async () => {
    const el = await makeTraining({ lang: 'fr' });
    expect($(el, '[part="explain"] .caption')!.textContent).to.equal('Citation du texte officiel anglais.');
  });

  onPaperOnly('sets the Explain panel’s “English text” caption no larger than the citation above it, on screen and on the handout, in every language', async () => {
    for (const lang of targetLocales) {
      const el = await makeTraining({ scenario: 'eviction-spain', lang });
      const sizes = () => {
        const size = (selector: string) => parseFloat(getComputedStyle($(el, `[part="explain"] ${selector}`)!).fontSize);
        return { caption: size('.caption'), citation: size('figcaption') };
      };
      const onScreen = sizes();
      expect(onScreen.caption, `${lang}, on screen`).to.be.at.most(onScreen.citation);
      await onPaper(() => {
        const printed = sizes();
        expect(printed.caption, `${lang}, printed`).to.be.at.most(printed.citation);
      });
      el.remove();
    }
  });

  it('cites the Protocol under the quote with the article as the UN’s documents in the language cite it: “article 3 (par. 1)” in French', async () => {
    const captions = async (lang: string) => {
      const el = await makeTraining({ scenario: 'pension-ecuador', lang });
      for (let i = 0; i < 6; i++) await nextStep(el);
      expect(currentQuestion(el)).to.equal('remedies');
      return $(el, '[part="explain"] figcaption')!.textContent;
    };
    expect(await captions('en')).to.equal('Optional Protocol to the ICESCR, Article 3(1) (General Assembly resolution A/RES/63/117)');
    expect(await captions('fr')).to.equal('Protocole facultatif se rapportant au PIDESC (résolution A/RES/63/117 de l’Assemblée générale), article 3 (par. 1)');
    expect(await captions('es')).to.equal('Protocolo Facultativo del PIDESC (resolución A/RES/63/117 de la Asamblea General), artículo 3, párrafo 1');
    expect(await captions('ar')).to.include('المادة \u20673(1)\u2069 (قرار الجمعية العامة A/RES/63/117)');
  });

  it('in French, the scenario of a country that has not joined says “n’a pas rejoint”, as its result does, not the legal “partie”', async () => {
    const el = await makeTraining({ scenario: 'not-party-japan', lang: 'fr' });
    await playToTheEnd(el);
    expect(outcome(el)).to.equal('not-available');
    const shown = [$(el, '[part="training"]')!, $(el, '.result')!].map((part) => part.textContent!.replace(/\s+/g, ' ')).join(' '); // (no-break spaces too)
    expect(shown).to.include('qui a rejoint le Pacte mais pas son Protocole facultatif');
    expect(shown.match(/\b(?:n’est|ne sont|pays) pas parties?\b|\bparties? (?:au|à la|aux)\b/g)).to.equal(null);
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: each scenario in the list begins with its country, so a list too narrow for its title still tells them apart`, async () => {
      const el = await makeTraining({ lang });
      const country = new Intl.DisplayNames([lang], { type: 'region' });
      const listed = $$<HTMLOptionElement>(el, '#training-scenario option').filter((option) => option.value);
      expect(listed.map((option) => option.value)).to.deep.equal(SCENARIOS.map((s) => s.id));
      for (const option of listed) {
        const title = option.textContent!.trim();
        expect(title.startsWith(`${country.of(scenarioById(option.value)!.answers.state!)} — `), title).to.equal(true);
      }
    });
  }

  it('no scenario’s title gives its lesson away while the room is still guessing: it names the situation, not what decides it', async () => {
    // The words of each lesson's article, which a title naming the outcome would use.
    const giveaway: Record<string, RegExp> = {
      '1(2)': /join|part(y|ies)|Protocol/i,
      '2': /victim|consent|organisation|on behalf/i,
      '3(1)': /court|delay|long|first/i,
      '3(2)(a)': /late|year|time/i,
      '3(2)(b)': /Protocol|before|started|over/i,
      '3(2)(c)': /European|Court|elsewhere|already/i,
      '3(2)(d)': /Covenant|outside/i,
      '3(2)(e)': /news|proof|evidence|only/i,
      '3(2)(g)': /name|anonymous/i,
      '5': /urgent|interim/i,
      '11': /inquiry/i,
    };
    const el = await makeTraining();
    const titles = new Map($$<HTMLOptionElement>(el, '#training-scenario option').filter((o) => o.value).map((o) => [o.value, o.textContent!.trim()]));
    const telling = SCENARIOS.flatMap((s) => s.teaches.filter((article) => giveaway[article]!.test(titles.get(s.id)!)).map((article) => `${titles.get(s.id)} (${article})`));
    expect(telling).to.deep.equal([]);
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: each story gives the day of every date its answers use, so a room answering from the story stays on the scenario's route`, async () => {
      const el = await makeTraining({ lang });
      const missing: string[] = [];
      for (const scenario of SCENARIOS) {
        await chooseScenario(el, scenario.id);
        await click(el, '[part~="training-start"]');
        const story = $(el, '.training-story')!.textContent!.replace(/\s+/g, ' ');
        const { factsDate, finalDecisionDate }: Answers = scenario.answers;
        for (const day of [factsDate, finalDecisionDate]) {
          if (day === undefined) continue;
          const [y, m, d] = day.split('-').map(Number) as [number, number, number];
          const month = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
          // "January 10, 2024", "10 janvier 2024", "1er mars", "10 de enero de 2024", "10 يناير 2024".
          const said = new RegExp(`(${month} ${d}, ${y})|(^|\\D)${d}(er)? (de )?${month},? (de )?${y}`, 'i');
          if (!said.test(story)) missing.push(`${scenario.id}: ${day}`);
        }
      }
      expect(missing).to.deep.equal([]);
    });
  }

  it('each English story says what its scripted answers say of a name, another international body and the papers, where the scenario answers them', async () => {
    await makeTraining({ lang: 'en' }); // the page's language, which scenarioText speaks
    const said: Record<string, RegExp> = {
      identity: /name/,
      otherProcedure: /international body|European Court/,
      evidence: /letters|papers|records|decisions|rulings|newspaper/,
    };
    const missing = SCENARIOS.flatMap((s) =>
      Object.keys(said).filter((q) => q in s.answers && !said[q]!.test(scenarioText(s.id).story)).map((q) => `${s.id}: ${q}`),
    );
    expect(missing).to.deep.equal([]);
    // Not merely "a name": the one kept from the public.
    expect(scenarioText('pension-ecuador').story).to.match(/kept from the public/);
  });

  it('sets the English quote left to right on a right-to-left page', async () => {
    const el = await makeTraining({ lang: 'ar' });
    const quote = $(el, '[part="explain"] blockquote')!;
    expect(getComputedStyle(quote.closest('.root')!).direction).to.equal('rtl');
    expect(getComputedStyle(quote).direction).to.equal('ltr');
    expect(quote.getAttribute('lang')).to.equal('en');
  });

  it('jumps to any question of the route, from a question, the summary or the result, and "Next step" walks on from there', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    const route = assess(scenarioById('eviction-spain')!.answers, { asOf: '2026-06-01' }).questions;
    const after = (question: string) => route.length - route.indexOf(question as (typeof route)[number]);
    for (let i = 0; i < 5; i++) await nextStep(el);
    expect(currentQuestion(el)).to.equal('factsDate');
    await click(el, '[part~="training-jump"][data-question="author"]');
    expect(currentQuestion(el)).to.equal('author');
    expect($<HTMLInputElement>(el, 'input[value="self"]')!.checked).to.equal(true);
    await playToTheEnd(el);
    expect(outcome(el)).to.equal('likely-admissible');
    // From the result: the question, its answer kept, then each question after it again, the summary and the result.
    await click(el, '[part~="training-jump"][data-question="rights"]');
    expect(currentQuestion(el)).to.equal('rights');
    expect($<HTMLInputElement>(el, 'input[value="eviction"]')!.checked).to.equal(true);
    await nextStep(el);
    expect(currentQuestion(el)).to.equal(route[route.indexOf('rights') + 1]);
    expect(await playToTheEnd(el)).to.equal(after('rights'));
    expect(outcome(el)).to.equal('likely-admissible');
    // From the summary, the same.
    await click(el, '[part~="training-jump"][data-question="remedies"]');
    for (let i = route.indexOf('remedies'); i < route.length; i++) await nextStep(el);
    expect(headingText(el)).to.equal('Check your answers');
    expect($(el, '[part~="training-jump"][aria-current="step"]')).to.equal(null);
    await click(el, '[part~="training-jump"][data-question="state"]');
    expect(currentQuestion(el)).to.equal('state');
    expect(await playToTheEnd(el)).to.equal(after('state') + 1);
    expect(outcome(el)).to.equal('likely-admissible');
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`${lang}: after a jump back, jumps forward to where the room was, in one press: answers kept, focus on the panel, said once, the map following`, async () => {
      const el = await makeTraining({ scenario: 'eviction-spain', lang });
      const route = assess(scenarioById('eviction-spain')!.answers, { asOf: '2026-06-01' }).questions;
      const jumps = () => $$(el, '[part~="training-jump"]').map((b) => b.dataset['question']);
      for (let i = 0; i < 7; i++) await nextStep(el);
      const furthest = route[7]!;
      expect(currentQuestion(el)).to.equal(furthest);
      const events = record(el);
      await click(el, '[part~="training-jump"][data-question="author"]');
      const given = events.step.at(-1)!.detail.answers;
      // As far as the room went, the question it had not answered yet included; no further.
      expect(jumps()).to.deep.equal(route.slice(0, 8));
      const region = $(el, '[role="status"]')!;
      const said: string[] = [];
      new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, subtree: true, characterData: true });
      const steps = events.step.length;
      $(el, `[part~="training-jump"][data-question="${furthest}"]`)!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await new Promise((resolve) => setTimeout(resolve));
      expect(currentQuestion(el)).to.equal(furthest);
      expect(events.step.at(-1)!.detail.answers, 'the answers given, no more, no fewer').to.deep.equal(given);
      expect(events.step.length - steps, 'one step for the page, not one per question passed').to.equal(1);
      expect((active(el) as HTMLElement | null)?.dataset['question'], 'focus stays on the list').to.equal(furthest);
      expect($(el, '[part~="training-jump"][aria-current="step"]')!.dataset['question']).to.equal(furthest);
      expect(said.filter((text) => text !== ''), 'the question reached, said once').to.deep.equal([liveText(el)]);
      expect(liveText(el)).to.include(headingText(el));
      // The question alone: the jump answered several questions, and no one answer is the room's news ("Answer: …" is "Next step"'s).
      expect(liveText(el)).to.match(lang === 'en' ? /^Question \S+: / : /^السؤال \S+: /);
      expect($(el, '.route-map-svg .node.current')!.dataset['node']).to.equal(furthest);
      expect(jumps()).to.deep.equal(route.slice(0, 8));
      // "Next step" goes on from there, as if the room had never gone back.
      expect(await playToTheEnd(el)).to.equal(route.length - 7 + 1);
      expect(outcome(el)).to.equal('likely-admissible');
    });
  }

  it('from the result, a jump back offers the whole route ahead; forward again, then the summary and the result; Reset and a new scenario start the list anew', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    const route = assess(scenarioById('eviction-spain')!.answers, { asOf: '2026-06-01' }).questions;
    const jumps = () => $$(el, '[part~="training-jump"]').map((b) => b.dataset['question']);
    await playToTheEnd(el);
    await click(el, '[part~="training-jump"][data-question="jurisdiction"]');
    expect(currentQuestion(el)).to.equal('jurisdiction');
    expect(jumps()).to.deep.equal(route);
    // The question shown is marked, and says it does nothing rather than being a button that does nothing.
    const here = $(el, '[part~="training-jump"][aria-current="step"]')!;
    expect(here.dataset['question']).to.equal('jurisdiction');
    expect(here.getAttribute('aria-disabled')).to.equal('true');
    expect(getComputedStyle(here).opacity, 'not dimmed as a control that is off').to.equal('1');
    const look = getComputedStyle(here);
    expect([look.fontWeight, look.textDecorationLine, look.cursor], 'bold, and not a link: no underline, no hand').to.deep.equal(['700', 'none', 'default']);
    const other = getComputedStyle($(el, '[part~="training-jump"][data-question="state"]')!);
    expect([other.fontWeight, other.textDecorationLine, other.cursor], 'the others links').to.deep.equal(['400', 'underline', 'pointer']);
    await click(el, '[part~="training-jump"][data-question="evidence"]');
    expect(currentQuestion(el)).to.equal('evidence');
    expect($<HTMLInputElement>(el, 'input[value="documents"]')!.checked, 'its answer kept').to.equal(true);
    expect(await playToTheEnd(el)).to.equal(2);
    expect(outcome(el)).to.equal('likely-admissible');
    // Back, then forward to a question in between, then back again: the list stays the route.
    await click(el, '[part~="training-jump"][data-question="state"]');
    await click(el, '[part~="training-jump"][data-question="remedies"]');
    expect(currentQuestion(el)).to.equal('remedies');
    await click(el, '[part~="training-jump"][data-question="rights"]');
    expect(currentQuestion(el)).to.equal('rights');
    expect(jumps()).to.deep.equal(route);
    // Another scenario, started mid-way: nothing ahead of its first question.
    await chooseScenario(el, 'late-portugal');
    await click(el, '[part~="training-start"]');
    expect(jumps()).to.deep.equal(['state']);
    await nextStep(el);
    await click(el, '[part~="training-jump"][data-question="state"]');
    expect(jumps()).to.deep.equal(['state', 'jurisdiction']);
    await click(el, '[part~="training-reset"]');
    expect(jumps()).to.deep.equal(['state']);
  });

  it('every scenario: from its first question, each question of its route is one jump forward away, its answers kept', async () => {
    for (const scenario of SCENARIOS) {
      const el = await makeTraining({ scenario: scenario.id });
      const route = assess(scenario.answers, { asOf: scenario.asOf }).questions;
      await playToTheEnd(el);
      const events = record(el);
      for (const question of route) {
        await click(el, '[part~="training-jump"][data-question="state"]');
        await click(el, `[part~="training-jump"][data-question="${question}"]`);
        expect(currentQuestion(el), `${scenario.id}: ${question}`).to.equal(question);
        expect(events.step.at(-1)!.detail.answers, `${scenario.id}: ${question}`).to.deep.equal(scenario.answers);
      }
      el.remove();
    }
  });

  it('the longest route there is (16 questions) is one jump forward from its first question to its last', async () => {
    // Someone acting without consent, facts before the Protocol applied, a late complaint, anonymous: every question but one.
    const answers = {
      state: 'CR',
      jurisdiction: 'yes',
      author: 'representative-no-consent',
      consentJustification: 'detention',
      rights: ['working-conditions'],
      urgency: 'no',
      factsDate: '2010-02-01',
      factsContinuing: 'yes',
      remedies: 'exhausted',
      finalDecisionDate: '2024-11-20',
      lateSubmission: 'yes',
      otherProcedure: 'none',
      identity: 'anonymous',
      child: 'no',
      disability: 'no',
      grounds: ['sex'],
    } as const;
    const route = assess(answers, { asOf: AS_OF }).questions;
    expect(route).to.deep.equal(Object.keys(answers));
    const el = await makeTraining();
    for (const question of route) {
      expect(currentQuestion(el)).to.equal(question);
      await answer(el, answers[question as keyof typeof answers]);
    }
    const events = record(el);
    await click(el, '[part~="training-jump"][data-question="state"]');
    await click(el, '[part~="training-jump"][data-question="grounds"]');
    expect(currentQuestion(el)).to.equal('grounds');
    expect(events.step.at(-1)!.detail.answers).to.deep.equal(answers);
  });

  it('ahead of a jump back, the route follows the room’s answers where they left the script, and a jump forward keeps them', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    const jumps = () => $$(el, '[part~="training-jump"]').map((b) => b.dataset['question']);
    const events = record(el);
    for (let i = 0; i < 2; i++) await nextStep(el);
    await answer(el, 'representative-no-consent');
    await answer(el, 'none');
    expect(currentQuestion(el)).to.equal('rights');
    await click(el, '[part~="training-jump"][data-question="state"]');
    expect(jumps()).to.deep.equal(['state', 'jurisdiction', 'author', 'consentJustification', 'rights']);
    expect($$(el, '.training-off-script').map((p) => p.textContent!.trim()), 'the answer ahead that left the story').to.deep.equal([
      'Answered differently from the scenario: Who complains. The route can differ from the story’s.',
    ]);
    await click(el, '[part~="training-jump"][data-question="rights"]');
    expect(currentQuestion(el)).to.equal('rights');
    expect(events.step.at(-1)!.detail.answers).to.include({ author: 'representative-no-consent', consentJustification: 'none' });
  });

  it('says where the room answered otherwise than the scenario, why "Next step" stops, and which outcome the answers led to', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    const offScript = () => $$(el, '.training-off-script').map((p) => p.textContent!.trim());
    for (let i = 0; i < 2; i++) await nextStep(el);
    expect(offScript()).to.deep.equal([]);
    // The room says a group complains: the story goes on, marked as changed.
    await answer(el, 'group');
    expect(offScript()).to.deep.equal(['Answered differently from the scenario: Who complains. The route can differ from the story’s.']);
    expect(canPlay(el)).to.equal(true);
    // Back, and the room says nobody agreed: a question the scenario does not answer.
    await click(el, '[part~="training-jump"][data-question="author"]');
    await answer(el, 'representative-no-consent');
    expect(currentQuestion(el)).to.equal('consentJustification');
    expect(canPlay(el)).to.equal(false);
    expect(offScript()).to.include('The scenario does not answer this question: answer it with the room, or jump back to follow the story.');
    await answer(el, 'none');
    // Closed for want of consent: the problem is played, then the questions about other routes are the room's.
    await playToTheEnd(el);
    expect(currentQuestion(el)).to.equal('child');
    for (const value of ['no', 'no', ['none']]) await answer(el, value);
    await playToTheEnd(el);
    expect(outcome(el)).to.equal('not-admissible');
    // The story's outcome, on one line: both on it ran to six in French at 125% zoom (projector.test.ts).
    expect($(el, '.training-done')!.textContent!.trim()).to.equal('Scenario complete. The story’s expected outcome: You may be able to complain to the Committee.');
    // The room's: the result's heading, what a screen reader heard as it showed (focus kept on "Next step"), and the lesson's note.
    expect(headingText(el)).to.equal('The Committee would probably not accept this complaint');
    expect(liveText(el)).to.equal('Result: The Committee would probably not accept this complaint');
    expect($(el, '.training-lesson')!.textContent).to.include('This is the story’s lesson, though the answers given here led to a different result.');
    // Played as written, only the expected outcome is said.
    await click(el, '[part~="training-start"]');
    await playToTheEnd(el);
    expect(offScript()).to.deep.equal([]);
    expect($(el, '.training-done')!.textContent!.trim()).to.equal('Scenario complete. Expected outcome: You may be able to complain to the Committee.');
  });

  it('says the story’s expected outcome as its result’s heading does: “not yet” for the courts first, not “would probably not accept”', async () => {
    const el = await makeTraining({ scenario: 'courts-first-france' });
    await playToTheEnd(el);
    expect(outcome(el)).to.equal('not-admissible');
    expect(headingText(el)).to.equal('You cannot complain to the Committee yet');
    expect($(el, '.training-done')!.textContent!.trim()).to.equal('Scenario complete. Expected outcome: You cannot complain to the Committee yet.');
    // The room picks a State that has not joined: the story's heading still, not the room's.
    await click(el, '[part~="training-jump"][data-question="state"]');
    await answer(el, 'US');
    await playToTheEnd(el);
    expect(outcome(el)).to.equal('not-available');
    expect($(el, '.training-done')!.textContent!.trim()).to.equal('Scenario complete. The story’s expected outcome: You cannot complain to the Committee yet.');
  });

  it('says the date a scenario is set on, which its errors and deadlines take as today, not the room’s', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    expect($(el, '.training-story')!.textContent).to.include('The story is set on June 1, 2026: for its questions and deadlines, “today” is that day.');
    // A date after the story's day is "in the future" there, whatever the room's calendar says.
    await playUntil(el, 'finalDecisionDate');
    await answer(el, '2026-09-15');
    expect($(el, '.error-summary')!.textContent).to.include('must be on or before June 1, 2026, the date of this screening');
    el.lang = 'fr';
    await settle(el);
    expect($(el, '.training-story')!.textContent).to.include('L’histoire se déroule le 1er juin 2026\u00a0:');
  });

  it('says when the scenario chosen in the list is not the one playing, since "Next step" plays the one started', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    const hint = () => $$(el, '.training-off-script').map((p) => p.textContent!.trim());
    await nextStep(el);
    expect(hint()).to.deep.equal([]);
    await chooseScenario(el, 'late-portugal');
    expect(hint()).to.deep.equal(['The scenario chosen in the list has not started: press “Start this scenario” to play it.']);
    // A screen reader hears it on "Next step", the button that would play the old story.
    const next = $<HTMLButtonElement>(el, '[part~="training-next"]')!;
    expect($(el, `#${next.getAttribute('aria-describedby')}`)!.textContent!.trim()).to.equal(hint()[0]);
    expect($(el, '.training-story')!.textContent).to.include('Spain — an eviction');
    await click(el, '[part~="training-start"]');
    expect(hint()).to.deep.equal([]);
    expect(next.hasAttribute('aria-describedby')).to.equal(false);
    expect($(el, '.training-story')!.textContent).to.include('Portugal — dismissed when pregnant');
  });

  it('resets in one click: first question, no answers, no scenario', async () => {
    const el = await makeTraining({ scenario: 'pension-ecuador' });
    await playToTheEnd(el);
    await click(el, '[part~="training-reset"]');
    expect(currentQuestion(el)).to.equal('state');
    expect($(el, '.training-story')).to.equal(null);
    expect(canPlay(el)).to.equal(false);
    expect($<HTMLSelectElement>(el, '#training-scenario')!.value).to.equal('');
    expect($$(el, '[part~="training-jump"]').map((b) => b.dataset['question'])).to.deep.equal(['state']);
    // Nothing chosen, "Start this scenario" has nothing to start, and says so as "Next step" does.
    const start = () => $(el, '[part~="training-start"]')!.getAttribute('aria-disabled');
    expect(start()).to.equal('true');
    await chooseScenario(el, 'late-portugal');
    expect(start()).to.equal('false');
  });

  it('tells the page on each step which scenario plays, for its address: the one opened, the one started from the list, none after Reset', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    const events = record(el);
    const playing = () => events.step.map((e) => (e.detail as { training?: { scenario: string | null } }).training?.scenario);
    await nextStep(el);
    await chooseScenario(el, 'late-portugal');
    await click(el, '[part~="training-start"]');
    await click(el, '[part~="training-reset"]');
    expect(playing()).to.deep.equal(['eviction-spain', 'late-portugal', null]);
    el.mode = 'screening';
    await settle(el);
    await answer(el, 'ES');
    expect(events.step.at(-1)!.detail).to.not.have.property('training');
  });

  it('leaving training mode after a scenario starts a fresh screening on the element’s own date, not the scenario’s', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    await playToTheEnd(el);
    expect(outcome(el)).to.equal('likely-admissible');
    el.mode = 'screening';
    await settle(el);
    expect($(el, '[part="training"]')).to.equal(null);
    expect(currentQuestion(el)).to.equal('state');
    const events = record(el);
    await answer(el, 'CN');
    await answer(el, ['food']);
    for (let i = 0; currentQuestion(el) && i < 5; i++) await answer(el, 'unknown');
    await confirm(el);
    const { assessment } = events.complete[0]!.detail;
    expect(assessment.dates.asOf, 'the as-of attribute, not the scenario’s 2026-06-01').to.equal(AS_OF);
    expect(Object.keys(assessment.answers)).to.include('state');
    expect(assessment.answers.rights, 'nothing of the scenario is carried over').to.deep.equal(['food']);
    expect(assessment.answers.urgency, 'the scenario’s urgency is not carried over').to.equal('unknown');
  });

  it('an unknown scenario id fires op-eligibility-error and nothing is played', async () => {
    const el = await makeTraining();
    const events = record(el);
    el.scenario = 'someone-real';
    await el.updateComplete;
    expect(events.error[0]!.detail.error.issues[0].path).to.equal('scenario');
    expect(canPlay(el)).to.equal(false);
  });

  it('an unknown scenario id: the error names the ids it takes, so a host can correct a typo', async () => {
    const el = await makeTraining();
    const events = record(el);
    el.scenario = 'eviction-spian';
    await el.updateComplete;
    const { message } = events.error[0]!.detail.error.issues[0];
    expect(message).to.contain('(got "eviction-spian")');
    expect(message).to.contain('one of "eviction-spain", "pension-ecuador", ');
    expect(message).to.contain('"free-speech-mongolia"');
  });

  it('a scenario given without mode="training": a plain screening, and the host is told why, once; switching to screening while one plays says nothing', async () => {
    const errors: CustomEvent[] = [];
    const listen = (e: Event) => void errors.push(e as CustomEvent);
    document.addEventListener('op-eligibility-error', listen);
    let el!: OpEligibility;
    const warned = await warnings(async () => {
      el = await fixture<OpEligibility>(html`<op-eligibility lang="en" as-of=${AS_OF} scenario="eviction-spain"></op-eligibility>`);
      await settle(el);
    });
    document.removeEventListener('op-eligibility-error', listen);
    expect(currentQuestion(el)).to.equal('state');
    expect($(el, '.training-story')).to.equal(null);
    expect(errors.map((e) => [e.detail.error.issues[0].path, e.detail.error.issues[0].message])).to.deep.equal([
      ['scenario', 'is played only in training mode (mode="training")'],
    ]);
    expect(warned.join(' ')).to.contain('scenario is played only in training mode');
    const playing = await makeTraining({ scenario: 'eviction-spain' });
    const seen = record(playing);
    playing.mode = 'screening';
    await settle(playing);
    expect(seen.error).to.have.length(0);
  });

  it('says in the panel, beside the list, when the page asked for a scenario that does not exist (a mistyped link), until one starts or Reset', async () => {
    const unknown = 'This page asked for a scenario that does not exist: choose one from the list.';
    const said = (el: OpEligibility) => $(el, '#training-unknown')?.textContent?.trim() ?? null;
    const el = await makeTraining({ scenario: 'eviction-spian' });
    expect(said(el), 'opened with a mistyped id').to.equal(unknown);
    expect($(el, '#training-scenario')!.getAttribute('aria-describedby'), 'the list, where the trainer goes next, is described by it').to.equal('training-unknown');
    await chooseScenario(el, 'eviction-spain');
    await click(el, '[part~="training-start"]');
    expect(said(el), 'gone once a scenario starts').to.equal(null);
    expect($(el, '#training-scenario')!.hasAttribute('aria-describedby')).to.equal(false);
    el.scenario = 'no-such-story';
    await settle(el);
    expect(said(el), 'asked for while another plays').to.equal(unknown);
    expect(canPlay(el), 'the scenario playing goes on').to.equal(true);
    await click(el, '[part~="training-reset"]');
    expect(said(el), 'gone after Reset').to.equal(null);
    el.scenario = 'no-such-story-either';
    await settle(el);
    el.scenario = 'pension-ecuador';
    await settle(el);
    expect(said(el), 'gone when the page asks for one that exists').to.equal(null);
  });

  it('a link shared before a scenario was renamed opens the one that took its place, chosen in the list, with no error', async () => {
    const el = await makeTraining();
    const events = record(el);
    el.scenario = 'not-party-united-states';
    await settle(el);
    expect(events.error).to.have.length(0);
    expect($(el, '#training-unknown')).to.equal(null);
    expect($<HTMLSelectElement>(el, '#training-scenario')!.value).to.equal('not-party-japan');
    expect(canPlay(el)).to.equal(true);
  });

  it('never touches storage', async () => {
    const calls: string[] = [];
    const proto = Storage.prototype;
    const saved = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem, clear: proto.clear };
    for (const name of Object.keys(saved) as (keyof typeof saved)[])
      (proto as unknown as Record<string, unknown>)[name] = function () {
        calls.push(name);
      };
    const open = indexedDB.open;
    indexedDB.open = ((...args: Parameters<typeof open>) => {
      calls.push('indexedDB.open');
      return open.apply(indexedDB, args);
    }) as typeof open;
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => void calls.push('cookie') });
    try {
      const el = await makeTraining({ scenario: 'european-court-italy' });
      await playToTheEnd(el);
      await click(el, '[part~="training-jump"][data-question="state"]');
      await click(el, '[part~="training-reset"]');
    } finally {
      Object.assign(proto, saved);
      indexedDB.open = open;
      delete (document as unknown as Record<string, unknown>)['cookie'];
      Object.defineProperty(Document.prototype, 'cookie', cookie);
    }
    expect(calls).to.deep.equal([]);
  });

  it('marks all a scenario gives out as fictional: the summary first of all, its copied text, the JSON and the complete event', async () => {
    const el = await makeTraining({ scenario: 'organisation-argentina' });
    const events = record(el);
    await playToTheEnd(el);
    const assessment = events.complete[0]!.detail.assessment as Assessment;
    expect(assessment.training).to.deep.equal({ scenario: 'organisation-argentina' });
    expect(z.safeParse(assessmentSchema, assessment).success).to.equal(true);
    const sheet = $(el, '[part="handoff-sheet"]')!;
    expect(sheet.children[1]!.textContent).to.equal('Training: fictional answers, not a real case.');
    let written = '';
    await copyWith(el, async (text) => void (written = text));
    expect(written).to.match(/^Screening for a complaint under the Optional Protocol to the ICESCR\n\nTraining: fictional answers, not a real case\.\n\n1\. /);
    const { json, name } = await downloaded(el);
    expect(json).to.deep.equal(assessment);
    expect(name, 'named after its scenario: two scenarios set on one day are two files').to.equal('op-eligibility-training-organisation-argentina-2026-06-01.json');
  });

  it('marks a result the trainer answered by hand as training too, with no scenario; a screening has no mark', async () => {
    const el = await makeTraining();
    const events = record(el);
    await reachResult(el, 'not-available');
    expect(events.complete[0]!.detail.assessment.training).to.deep.equal({ scenario: null });
    expect($(el, '.handoff-training')!.textContent).to.equal('Training: fictional answers, not a real case.');
    expect((await downloaded(el)).name).to.equal(`op-eligibility-training-${AS_OF}.json`);
    el.mode = 'screening';
    await settle(el);
    await click(el, '[part~="restart"]');
    await reachResult(el, 'not-available');
    expect(events.complete).to.have.length(2);
    expect(events.complete[1]!.detail.assessment).to.not.have.property('training');
    expect($(el, '.handoff-training')).to.equal(null);
  });

  // One test per scenario: axe on every step is slow, and each gets its own timeout.
  for (const [id, expected] of [
    ['continuing-belgium', 'likely-admissible'],
    ['not-party-japan', 'not-available'],
    ['late-portugal', 'not-admissible'],
    ['disappearance-mexico', 'not-available'],
  ] as const) {
    it(`passes axe on every step of the ${id} scenario, with the Explain panel open`, async () => {
      const el = await makeTraining({ scenario: id });
      await expect(el).to.be.accessible();
      await playToTheEnd(el, async () => {
        const explain = $<HTMLDetailsElement>(el, '[part="explain"]');
        if (explain) explain.open = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
      expect(outcome(el)).to.equal(expected);
    });
  }

  it('works with the keyboard alone: choose, start, play step by step with focus kept, reset', async () => {
    const el = await makeTraining();
    const select = await tabUntil(el, (f) => f.id === 'training-scenario');
    // Arrow keys change a closed <select> in Chromium: down to the first scenario.
    await sendKeys({ press: 'ArrowDown' });
    expect((select as HTMLSelectElement).value).to.equal(SCENARIOS[0].id);
    await tabUntil(el, (f) => f.matches('[part~="training-start"]'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '.training-story')!.textContent).to.include('Spain — an eviction');
    const next = await tabUntil(el, (f) => f.matches('[part~="training-next"]'));
    // First the story's answer, chosen on the question; then, pressed again, the next question.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('state');
    expect($<HTMLSelectElement>(el, 'select[name="answer"]')!.value).to.equal('ES');
    expect(liveText(el)).to.equal('Answer: Spain.');
    expect(active(el)).to.equal(next);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('jurisdiction');
    expect(liveText(el)).to.equal('Question 2: Did it happen in that country, or under its control?');
    expect(active(el)).to.equal(next);
    await sendKeys({ press: SPACE });
    await el.updateComplete;
    await sendKeys({ press: SPACE });
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('author');
    expect(active(el)).to.equal(next);
    await tabUntil(el, (f) => f.matches('[part~="training-reset"]'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('state');
    expect(active(el)).to.equal($(el, '#step-heading'));
  });

  it('"Next step" first shows the scenario’s answer chosen on the question and says it, in the element’s language; pressed again, moves on and says the next question; focus stays on the button', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain', lang: 'fr' });
    await playUntil(el, 'factsDate');
    const next = $<HTMLButtonElement>(el, '[part~="training-next"]')!;
    next.focus();
    await click(el, '[part~="training-next"]');
    expect(currentQuestion(el), 'still on the question').to.equal('factsDate');
    expect($<HTMLInputElement>(el, 'input[name="date"]')!.value, 'the room sees the answer').to.equal('2024-01-10');
    expect(liveText(el)).to.equal('Réponse\u00a0: 10 janvier 2024.');
    expect(active(el)).to.equal(next);
    await click(el, '[part~="training-next"]');
    expect(currentQuestion(el)).not.to.equal('factsDate');
    expect(liveText(el)).to.match(/^Question \d+\u00a0: /).and.include(headingText(el));
    expect(active(el)).to.equal(next);
    // The next one says its own answer, not the last one's again.
    await click(el, '[part~="training-next"]');
    expect(liveText(el)).to.match(/^Réponse\u00a0: /).and.not.include('10 janvier 2024');
  });

  it('"Next step" shows the story’s answer on every kind of question (a country, a choice, several choices, a date), over what the room had picked by hand, and sends that answer', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    const checked = () => $$<HTMLInputElement>(el, 'input[name="answer"]:checked').map((i) => i.value);
    const shows = async (question: string, read: () => unknown, value: unknown, sent = value) => {
      await playUntil(el, question);
      await click(el, '[part~="training-next"]');
      expect(currentQuestion(el), question).to.equal(question);
      expect(read(), question).to.deep.equal(value);
      await click(el, '[part~="training-next"]');
      expect(events.step.at(-1)!.detail.answers[question], `${question}: sent`).to.deep.equal(sent);
    };
    const events = record(el);
    await shows('state', () => $<HTMLSelectElement>(el, 'select[name="answer"]')!.value, 'ES');
    // A choice the room made by hand, not sent: the story's answer replaces it.
    $<HTMLInputElement>(el, 'input[name="answer"][value="no"]')!.click();
    await shows('jurisdiction', checked, ['yes'], 'yes');
    await shows('rights', checked, ['eviction']);
    await shows('factsDate', () => $<HTMLInputElement>(el, 'input[name="date"]')!.value, '2024-01-10');
    // The summary shows the answers already: one press confirms it.
    await playUntil(el, 'evidence');
    await nextStep(el);
    expect(currentQuestion(el)).to.equal(null);
    expect($(el, '[part~="confirm"]')).not.to.equal(null);
    await click(el, '[part~="training-next"]');
    expect(outcome(el)).to.equal('likely-admissible');
  });

  it('"Jump to a question" keeps focus on the trainer’s panel, as "Next step" does, and says the question', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    await playToTheEnd(el);
    await jumpByKeyboard(el, 'rights');
    expect(currentQuestion(el)).to.equal('rights');
    expect(liveText(el)).to.equal('Question 4: What is the problem about?');
    // Not on the question's heading, twenty answers away from "Next step".
    expect((active(el) as HTMLElement | null)?.dataset['question']).to.equal('rights');
    await sendKeys({ down: 'Shift' });
    await tabUntil(el, (f) => f.matches('[part~="training-next"]'));
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentQuestion(el), 'the story’s answer shown first').to.equal('rights');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentQuestion(el)).to.equal('urgency');
  });

  it('a scenario the host opens mid-session: the trainer’s next step is said, even in the words said last (the same question of the other story)', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    await nextStep(el);
    expect(liveText(el)).to.equal('Question 2: Did it happen in that country, or under its control?');
    el.scenario = 'pension-ecuador';
    await settle(el);
    expect(currentQuestion(el)).to.equal('state');
    const region = $(el, '[role="status"]')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, subtree: true, characterData: true });
    await nextStep(el);
    await new Promise((resolve) => setTimeout(resolve));
    expect(currentQuestion(el)).to.equal('jurisdiction');
    expect(said).to.include('Answer: Ecuador.');
    expect(said.at(-1)).to.equal('Question 2: Did it happen in that country, or under its control?');
  });

  for (const clear of ['removing the attribute', 'an empty string'] as const) {
    it(`the host ends a scenario by ${clear}: an empty screening on the element’s date, focus kept and nothing said, as when it switches`, async () => {
      const el = await makeTraining({ scenario: 'eviction-spain' });
      const next = $(el, '[part~="training-next"]')!;
      next.focus();
      await nextStep(el);
      expect(liveText(el)).to.equal('Question 2: Did it happen in that country, or under its control?');
      const events = record(el);
      if (clear === 'an empty string') el.scenario = '';
      else el.removeAttribute('scenario');
      await settle(el);
      expect(currentQuestion(el)).to.equal('state');
      expect($(el, '.training-story'), 'no story plays').to.equal(null);
      expect(canPlay(el)).to.equal(false);
      expect($<HTMLSelectElement>(el, '#training-scenario')!.value).to.equal('');
      expect(events.step.at(-1)!.detail.answers, 'nothing of the scenario is carried over').to.deep.equal({});
      expect(events.error).to.have.length(0);
      expect(active(el), 'the trainer’s focus stays on "Next step"').to.equal(next);
      expect(liveText(el), 'what was said was about the scenario').to.equal('');
      // Answered by hand, it is a training screening with no scenario, on the element's own date.
      await answer(el, 'CN');
      await answer(el, ['food']);
      for (let i = 0; currentQuestion(el) && i < 5; i++) await answer(el, 'unknown');
      await confirm(el);
      const { assessment } = events.complete[0]!.detail;
      expect(assessment.training).to.deep.equal({ scenario: null });
      expect(assessment.dates.asOf, 'the as-of attribute, not the scenario’s 2026-06-01').to.equal(AS_OF);
    });
  }

  it('stands the trainer’s panel beside the question on a 1280px projector zoomed to 150%, so the room sees the question "Next step" plays', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    // 1280px at 150% leaves the page about 853px; the demo's margins leave the element 821px.
    el.style.inlineSize = '821px';
    await nextStep(el);
    const question = $(el, '#step-heading')!.getBoundingClientRect();
    const next = $(el, '[part~="training-next"]')!.getBoundingClientRect();
    expect(next.left, 'the panel is beside the question').to.be.greaterThan(question.right);
    expect(next.top, 'not below it').to.be.lessThan(question.bottom + 400);
    // Narrower, it goes below the question.
    el.style.inlineSize = '600px';
    expect($(el, '[part~="training-next"]')!.getBoundingClientRect().top).to.be.greaterThan($(el, '#step-heading')!.getBoundingClientRect().bottom);
  });

  it('"Start this scenario" keeps its own width, beside the wizard or below it', async () => {
    const el = await makeTraining();
    for (const width of ['60rem', '22rem']) {
      el.style.inlineSize = width;
      const pick = $(el, '.training-pick')!.getBoundingClientRect().width;
      const start = $(el, '[part~="training-start"]')!.getBoundingClientRect().width;
      expect(start, width).to.be.lessThan(pick * 0.8);
    }
  });
});
