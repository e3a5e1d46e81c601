import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { COMPLAINT_PROCEDURES_SOURCE } from '../../src/data/complaint-procedures.js';
import { OTHER_ROUTES } from '../../src/data/other-routes.js';
import { STATES_PARTIES } from '../../src/data/states-parties.js';
import { parseProceduresCsv, type ComplaintProceduresData } from '../../src/core/procedures.js';
import type { Answers, Assessment } from '../../src/core/index.js';
import type { OpEligibility } from '../../src/index.js';
import { $, $$, AS_OF, answer, confirm, currentQuestion, fill, headingText, make, nextStepCodes, outcome, reasonCodes, record } from './helpers.js';
import { SPAIN_EVICTION } from '../support/samples.js';
import { routeTimeLimit } from '../../src/element/route-messages.js';
import { copyWith } from './training-helpers.js';

const PROCEDURES = parseProceduresCsv(COMPLAINT_PROCEDURES_SOURCE) as ComplaintProceduresData;
const en = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
const long = (date: string) => en.format(new Date(`${date}T12:00:00Z`));

/**
 * A route closed at the State asks the problem and urgency: "something not in this list"
 * recommends nothing on its own, so what these tests see comes from the State and the fit answers.
 */
const UNLISTED: Answers = { rights: ['other'], urgency: 'no' };

/** Every fit question answered with something that recommends nothing: the replay asks none of them. */
const NO_FIT: Answers = { child: 'no', disability: 'no', grounds: ['none'] };

/** A closed route against Spain: remedies not tried (art. 3(1)). */
const SPAIN_BARRED: Answers = {
  state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['food'], urgency: 'no', factsDate: '2024-01-10', remedies: 'not-tried',
};

/** Restores the answers, confirms the summary, and returns the element on its result page. */
async function resultFor(answers: Answers, options: { lang?: string; headingLevel?: string } = {}): Promise<OpEligibility> {
  const el = await make({ answers, ...options });
  expect($(el, '[part~="confirm"]'), `the answers lead to the summary, not to ${currentQuestion(el)}`).to.exist;
  await confirm(el);
  expect(outcome(el)).to.be.oneOf(['not-available', 'not-admissible']);
  return el;
}

const group = (el: OpEligibility, name: string) => $(el, `[data-group="${name}"]`);
const procedures = (el: OpEligibility, name: string) =>
  [...(group(el, name)?.querySelectorAll<HTMLElement>('[data-procedure]') ?? [])].map((li) => li.dataset['procedure']!);
const recommended = (el: OpEligibility) => $$(el, '[data-procedure][data-fit="recommended"]').map((li) => li.dataset['procedure']!);
const routeItem = (el: OpEligibility, procedure: string) => $(el, `[data-procedure="${procedure}"]`)!;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** What the shipped datasets say a State accepted, in the order the element lists them (table order). */
function expectedTreatyBodies(state: string): [string, string][] {
  const accepted = PROCEDURES.states.find((s) => s.code === state)!.accepted as Record<string, string | undefined>;
  return OTHER_ROUTES.treatyBodies.routes.flatMap((r): [string, string][] => {
    const date = accepted[r.procedure];
    return date !== undefined && date <= AS_OF ? [[r.procedure, date]] : [];
  });
}
const expectedRegional = (state: string) => OTHER_ROUTES.regional.routes.filter((r) => r.states.includes(state)).map((r) => r.procedure);
const isParty = (state: string) => STATES_PARTIES.states.some((s) => s.code === state && s.consentedOn !== null && s.consentedOn <= AS_OF);

describe('other routes on the result page: the dataset, exactly', () => {
  const cases: [string, Answers][] = [
    ['CL', { state: 'CL', ...UNLISTED, ...NO_FIT }],
    ['IN', { state: 'IN', ...UNLISTED, ...NO_FIT }],
    ['US', { state: 'US', ...UNLISTED, ...NO_FIT }],
    ['JP', { state: 'JP', ...UNLISTED, ...NO_FIT }],
    ['BR', { state: 'BR', ...UNLISTED, ...NO_FIT }],
    ['KE', { state: 'KE', ...UNLISTED, ...NO_FIT }],
    ['SS', { ...SPAIN_BARRED, state: 'SS', factsDate: '2025-01-10', ...NO_FIT }],
    ['ES', { ...SPAIN_BARRED, ...NO_FIT }],
  ];
  for (const [state, answers] of cases) {
    it(`${state}: each UN committee it accepted, with its date; its regional bodies; the campaign only if not a party`, async () => {
      const el = await resultFor(answers);
      const expected = expectedTreatyBodies(state);
      expect(procedures(el, 'treaty-bodies')).to.have.members(expected.map(([p]) => p));
      expect(procedures(el, 'treaty-bodies')).to.have.length(expected.length);
      for (const [procedure, date] of expected) {
        const item = routeItem(el, procedure);
        const body = OTHER_ROUTES.treatyBodies.routes.find((r) => r.procedure === procedure)!.body;
        expect(item.querySelector('.route-name')!.textContent, body).to.not.equal(body); // worded, not the code
        expect(text(item.querySelector('.route-accepted')!)).to.contain(long(date));
        expect($$(el, `[data-procedure="${procedure}"] [data-caveat="reservations-may-limit"]`)).to.have.length(1);
      }
      if (expected.length === 0) expect(text(group(el, 'treaty-bodies')!)).to.contain('has not accepted complaints to any UN committee');
      expect(procedures(el, 'regional')).to.deep.equal(expectedRegional(state));
      expect(group(el, 'special-procedures')).to.exist;
      expect(group(el, 'campaign') !== null, 'campaign').to.equal(!isParty(state));
      if (!isParty(state)) {
        expect($$(el, '[data-action]').map((li) => li.dataset['action'])).to.deep.equal(OTHER_ROUTES.ratificationCampaign.actions);
      }
      // The forum warning (art. 3(2)(c)) shows once, when a route could bar a later complaint
      // here: only for a State that joined the Protocol.
      const barring = expected.length + expectedRegional(state).length > 0 && isParty(state);
      expect($$(el, '[part="forum-warning"]')).to.have.length(barring ? 1 : 0);
      if (barring) expect(text($(el, '[part="forum-warning"]')!)).to.contain('Article 3(2)(c)').and.contain('Decide where to complain with a lawyer.');
      // Its own part: a host styling ::part(caution) (the facts not confirmed) does not restyle it.
      if (barring) expect($(el, '[part="forum-warning"] [part]'), 'no part inside the forum warning').to.equal(null);
    });
  }

  it('names the committees with their official UN names and the source date of the table', async () => {
    const el = await resultFor({ state: 'CL', ...UNLISTED, ...NO_FIT });
    const names = $$(el, '[data-group="treaty-bodies"] .route-name').map(text);
    expect(names).to.include.members([
      'Human Rights Committee',
      'Committee on the Elimination of Discrimination against Women',
      'Committee on the Rights of Persons with Disabilities',
      'Committee on the Rights of the Child',
      'Committee on the Elimination of Racial Discrimination',
    ]);
    expect(text(group(el, 'treaty-bodies')!)).to.contain(`as of ${long(PROCEDURES.asOf)}`);
  });

  it('shows a caution for a membership the data could not confirm (South Sudan, African Commission)', async () => {
    const el = await resultFor({ ...SPAIN_BARRED, state: 'SS', factsDate: '2025-01-10', ...NO_FIT });
    const achpr = routeItem(el, 'achpr-communications');
    expect(achpr.querySelector('[data-caveat="membership-unconfirmed"] [part="caution"]')).to.exist;
    expect(routeItem(el, 'crpd_op').querySelector('[part="caution"]')).to.equal(null);
  });

  it('says organisations only for the European Social Charter: international NGOs on its list (ETS No. 158, art. 1(b)), not “international organisations”, which reads as the UN', async () => {
    const el = await resultFor({ ...SPAIN_BARRED, ...NO_FIT });
    const said = text(routeItem(el, 'esc-collective-complaints'));
    expect(said).to.contain('Only some groups can complain here, such as international NGOs on a Council of Europe list');
    expect(said).not.to.contain('international organisations');
  });

  // A person who misses a body's own time limit loses that route: each is said where the body
  // fixes one (the provisions are in other-routes.ts's sources), and none is made up where it does not.
  it('says each body’s own time limit after the final decision, and none where the body fixes none', async () => {
    const limit = (el: OpEligibility, procedure: string) => {
      const p = routeItem(el, procedure).querySelector('.route-time-limit');
      return p ? text(p) : null;
    };
    const chile = await resultFor({ state: 'CL', ...UNLISTED, ...NO_FIT });
    expect(limit(chile, 'iachr-petitions')).to.equal('Send the petition within six months of the day you were told of the final decision in the country.');
    expect(limit(chile, 'cerd_art14')).to.match(/^Send it within six months of the final decision in the country, except/);
    expect(limit(chile, 'crc_op3')).to.match(/^Send it within one year of the final decision in the country, unless/);
    // Rule 99(c): five years after the final decision, or three after another international procedure ended.
    expect(limit(chile, 'iccpr_op1')).to.match(
      /^Send it within five years of the final decision in the country, or within three years after another international body finished with it\. Later, the Committee may refuse it/,
    );
    for (const procedure of ['cedaw_op', 'crpd_op', 'cat_art22', 'ced_art31', 'special-procedures']) expect(limit(chile, procedure), procedure).to.equal(null);
    // While the element speaks English: the words say the data's months (timeLimitMonths, which decides "time-limit-passed"), and only where it has some.
    const said: Record<number, string> = { 4: 'four months', 6: 'six months', 12: 'one year', 60: 'five years' };
    for (const r of [...OTHER_ROUTES.treatyBodies.routes, ...OTHER_ROUTES.regional.routes]) {
      const words = routeTimeLimit(r.procedure);
      // The African bodies fix no months, but a reasonable time (African Charter, art. 56(6); the ACERWC's Guidelines, Section IX).
      if (r.procedure === 'achpr-communications' || r.procedure === 'acerwc-communications') expect(words, r.procedure).to.contain('send it within a reasonable time of the final decision');
      else if (r.timeLimitMonths === null) expect(words, r.procedure).to.equal('');
      else expect(words, r.procedure).to.contain(`within ${said[r.timeLimitMonths]} of`);
    }
    const spain = await resultFor({ ...SPAIN_BARRED, ...NO_FIT }, { lang: 'ar' });
    expect(limit(spain, 'echr-applications')).to.equal(
      'أرسل الطلب في غضون أربعة أشهر من القرار النهائي في البلد. تُحسب المدة من يوم صدوره علنًا. وإن لم يصدر علنًا، فمن يوم تسلّمك أنت أو محاميك له.',
    );
    expect(text(routeItem(spain, 'echr-applications')).split('أربعة أشهر').length, 'said once, not also with what it covers').to.equal(2);
    expect(limit(spain, 'esc-collective-complaints')).to.equal(null);
    const kenya = await resultFor({ state: 'KE', ...UNLISTED, ...NO_FIT }, { lang: 'es' });
    expect(limit(kenya, 'achpr-communications')).to.equal(
      'No hay un plazo fijo, pero envíe la denuncia en un plazo razonable desde la decisión final en el país (artículo 56, párrafo 6, de la Carta Africana). La Comisión ha rechazado denuncias enviadas mucho después sin una buena razón para el retraso.',
    );
  });

  it('says of the UN experts that they are not courts, not that they decide no case: the Working Group on Arbitrary Detention gives an opinion on one', async () => {
    const el = await resultFor({ state: 'unlisted', rights: ['civil-political'], urgency: 'no', ...NO_FIT });
    const experts = routeItem(el, 'special-procedures');
    expect([...experts.querySelectorAll<HTMLElement>('[data-mandate]')].map((li) => li.dataset['mandate'])[0]).to.equal('wg-arbitrary-detention');
    expect(text(experts.querySelector('[data-caveat="no-decision-on-the-case"]')!)).to.equal(
      'They ask the government to explain and to act, and can make it public. They are not courts: what they say does not bind the country.',
    );
  });

  it('beside an open route whose problem may not be the Covenant’s (“something else”), lists the other bodies, for if the Committee cannot take it', async () => {
    const el = await make({ answers: { ...SPAIN_EVICTION, rights: ['other'] } });
    await confirm(el);
    expect(outcome(el)).to.equal('needs-review');
    expect($(el, '[part="other-routes"]'), 'the other routes').to.exist;
    expect(procedures(el, 'treaty-bodies')).to.include('cedaw_op');
    // Sending it to one of them first may bar it here later: the caution comes first.
    expect(text($(el, '[part="forum-warning"]')!)).to.contain('3(2)(c)');
    expect(text($(el, '.next-steps [data-code="consider-other-routes"]')!)).to.equal(
      'If the Committee cannot take it, look at the other places that may help, listed below.',
    );
    // Each body's limit counted from the final decision (1 December 2025), beside this route's year: the European Court's four months.
    expect(text(routeItem(el, 'echr-applications').querySelector('.route-time-limit')!)).to.contain(
      `Counted from the date you gave for the final decision, that is by ${long('2026-04-01')}.`,
    );
    // Housing beside it: a Covenant right, so nothing else is listed.
    const housing = await make({ answers: { ...SPAIN_EVICTION, rights: ['housing', 'other'] } });
    await confirm(housing);
    expect($(housing, '[part="other-routes"]')).to.equal(null);
  });

  it('for what was over before a committee’s procedure applied to the State, cautions with the day it applies from and no longer says it may fit', async () => {
    // Armenia, facts over in 2019 (art. 3(2)(b) closes this route): the CRPD's procedure applies there from 25 January 2023.
    const answers: Answers = {
      state: 'AM', jurisdiction: 'yes', author: 'self', rights: ['health-care'], urgency: 'no', factsDate: '2019-05-01', factsContinuing: 'no',
      child: 'no', disability: 'yes', grounds: ['none'],
    };
    const el = await resultFor(answers);
    expect(recommended(el)).to.not.include('crpd_op');
    const crpd = routeItem(el, 'crpd_op');
    expect(text(crpd.querySelector('.route-accepted')!)).to.contain(`Armenia accepted it on ${long('2022-12-26')}. It applies there from ${long('2023-01-25')}.`);
    const caution = crpd.querySelector('[data-caveat="facts-before-procedure"] [part="caution"]');
    expect(caution, 'a caution, not a plain note').to.exist;
    expect(text(caution!)).to.contain('By the dates you gave, what happened was over before this applied to the country.');
    // A committee long in force there says only the day it was accepted.
    expect(text(routeItem(el, 'iccpr_op1').querySelector('.route-accepted')!)).to.not.contain('It applies there from');
  });

  it('past a body’s own time limit after the final decision, cautions under it and no longer says it may fit', async () => {
    // Spain, eviction, final decision 15 January 2025: this route's year, and the European Court's four months, are over.
    const answers: Answers = {
      ...SPAIN_BARRED, rights: ['eviction'], remedies: 'exhausted', finalDecisionDate: '2025-01-15', lateSubmission: 'no', otherProcedure: 'none', ...NO_FIT,
    };
    const el = await resultFor(answers);
    expect(recommended(el)).to.not.include('echr-applications');
    expect(recommended(el)).to.include.members(['iccpr_op1', 'esc-collective-complaints']);
    // The Court counts from the day the decision was given in public or served, which may be
    // later than the date given: the person is told so, never that the time has passed.
    expect(routeItem(el, 'echr-applications').querySelector('[data-caveat="time-limit-passed"]')).to.equal(null);
    const caution = routeItem(el, 'echr-applications').querySelector('[data-caveat="time-limit-may-have-passed"] [part="caution"]');
    expect(caution, 'a caution, not a plain note').to.exist;
    expect(text(caution!)).to.contain('But it may run from a later day, such as the day you or your lawyer were told of the decision. You are still in time only if that day is within the time limit above.');
    // Not "it runs from the day you were told": the card says just above to count from the day a decision was given in public.
    expect(text(routeItem(el, 'echr-applications'))).not.to.contain('it runs from the day you or your lawyer were told');
    expect(text(routeItem(el, 'echr-applications'))).to.contain(
      'four months of the final decision in the country. Count from the day it was given in public. If it was not, count from the day you or your lawyer received it.',
    );
    expect(routeItem(el, 'iccpr_op1').querySelector('[data-caveat^="time-limit"]')).to.equal(null);
    const fr = await resultFor(answers, { lang: 'fr' });
    expect(text(routeItem(fr, 'echr-applications').querySelector('[data-caveat="time-limit-may-have-passed"]')!)).to.contain(
      'Vous n’êtes encore dans les temps que si ce jour se situe dans le délai indiqué plus haut.',
    );
  });

  it('in English, names a State that takes "the" with it, at the start of a sentence and within one', async () => {
    const el = await resultFor({ state: 'US', ...UNLISTED, ...NO_FIT });
    expect(text($(el, '.reason-text')!)).to.match(/^The United States has not joined the Optional Protocol\./);
    expect(text($(el, '[data-action="ask-foreign-ministry-and-parliament"]')!)).to.contain('the parliament of the United States to join');
    const spain = await resultFor({ state: 'ES', ...NO_FIT, ...SPAIN_BARRED });
    expect(text($(spain, '[data-group="treaty-bodies"] p')!)).to.equal('These UN committees can take up a case about Spain.');
  });

  // How each body's documents cite its instrument in the language: the European Social Charter's
  // "31§2" (Council of Europe, coe.int/t/democracy/migration/bodies/ecsr_collective_complains_fr.asp),
  // the Convention's "article 1 du Protocole no 1" (the Court's "Guide sur l'article 1 du Protocole
  // no 1"), in Spanish "artículo 1 del Protocolo nº 1" (Ministerio de Justicia, mjusticia.gob.es,
  // the Court's case-law). Without a source (Arabic; the Charter in Spanish) the data's form stays.
  for (const [lang, echr, esc] of [
    ['en', 'Articles 8 and P1-1', 'Articles 16 and 31(2)'],
    ['fr', 'articles 8 de la Convention et 1 du Protocole n°\u00a01', 'articles 16 et 31§2'],
    ['es', 'artículos 8 del Convenio y 1 del Protocolo nº\u00a01', 'artículos 16 y 31(2)'],
  ] as const) {
    it(`${lang}: cites a regional instrument's articles as its body does (“${echr}”, “${esc}”)`, async () => {
      const el = await resultFor({ ...SPAIN_BARRED, rights: ['eviction'], ...NO_FIT }, { lang });
      const why = (procedure: string) => [...routeItem(el, procedure).querySelectorAll('.route-why li')].map((li) => li.textContent!.trim());
      expect(why('echr-applications').some((t) => t.endsWith(echr)), why('echr-applications').join(' | ')).to.equal(true);
      expect(why('esc-collective-complaints').some((t) => t.endsWith(esc)), why('esc-collective-complaints').join(' | ')).to.equal(true);
    });
  }

  it('courts not yet asked: says under each body that waits for them too, not under the collective complaints', async () => {
    const el = await resultFor({ ...SPAIN_BARRED, ...NO_FIT }, { lang: 'fr' });
    const note = '[data-caveat="remedies-first"]';
    expect(text(routeItem(el, 'iccpr_op1').querySelector(note)!)).to.equal('Ici aussi, les tribunaux ou les autorités du pays doivent d’abord se prononcer sur le problème.');
    expect(routeItem(el, 'esc-collective-complaints').querySelector(note)).to.equal(null);
  });

  // Under "Not yet: … After that, you may be able to complain", "This route is closed" told a
  // woman whose eviction case is still in court that she never could.
  it('a case not yet taken to the last court is not called closed: under “Not yet”, the other routes say only that they may help', async () => {
    const cases = [
      ['es', 'Todavía no:', 'Otros órganos pueden ayudarle. Los que pueden corresponder a su situación aparecen primero. Cada uno tiene sus propias reglas, por ejemplo sobre quién puede presentar una denuncia y hasta cuándo: revíselas antes de elegir.'],
      ['fr', 'Pas encore :', 'D’autres instances peuvent vous aider. Celles qui peuvent correspondre à votre situation sont indiquées en premier. Chacune a ses propres règles, par exemple sur qui peut porter plainte et jusqu’à quand : vérifiez-les avant de choisir.'],
      ['en', 'Not yet:', 'Other bodies may help. Those that may fit your situation come first. Each has its own rules, for example on who may complain and by when: check them before you choose.'],
    ] as const;
    for (const [lang, notYet, intro] of cases) {
      for (const remedies of ['not-tried', 'pending'] as const) {
        const el = await resultFor({ ...SPAIN_BARRED, remedies, ...NO_FIT }, { lang });
        expect(text($(el, '[part="outcome"] .panel-body')!), `${lang}, ${remedies}`).to.match(new RegExp(`^${notYet}`));
        expect(text($(el, '[part="other-routes"] > p')!), `${lang}, ${remedies}`).to.equal(intro);
        el.remove();
      }
    }
  });

  it('says “some”, not “most”, where half or fewer of the bodies listed need it too (Cabo Verde: the African Commission takes a complaint without the agreement, art. 55)', async () => {
    const el = await resultFor({
      ...SPAIN_BARRED, state: 'CV', author: 'representative-no-consent', consentJustification: 'none', rights: ['eviction'], remedies: 'exhausted', finalDecisionDate: '2025-12-01',
      otherProcedure: 'none', identity: 'named', evidence: 'documents', ...NO_FIT,
    });
    const said = 'You said the people harmed could agree, but have not. Some of the bodies below also need their agreement, normally in writing, when someone acts for them.';
    expect($$(el, '[part="forum-warning"] .warning').map(text)[0]).to.contain(said);
    expect(text($(el, '.handoff-section[data-section="other-routes"] .handoff-note')!)).to.contain(said);
  });

  it('counts only the complaint bodies for “most” or “some”, not the special rapporteurs, and says “some” at exactly half', async () => {
    const cautions = async (state: string, answers: Answers) => {
      const el = await resultFor({
        ...SPAIN_BARRED, state, rights: ['eviction'], remedies: 'exhausted', finalDecisionDate: '2025-12-01', otherProcedure: 'none', evidence: 'documents', ...answers, ...NO_FIT,
      });
      const said = $$(el, '[part="forum-warning"] .warning').map(text);
      el.remove();
      return said;
    };
    // Cabo Verde: 3 of its 5 complaint bodies need the name (not the African bodies, art. 56(1)); with the special rapporteurs it would be 3 of 6.
    const capeVerde = await cautions('CV', { identity: 'anonymous' });
    expect(capeVerde).to.have.length(2);
    expect(capeVerde[0]).to.contain('You said nobody can know who it is. Most of the bodies below also need the name of the person harmed.');
    expect(capeVerde[1]).to.contain('Article 3(2)(c)');
    // Gabon: 3 of its 6 complaint bodies need the agreement (not the African Commission, art. 55; the ACERWC unconfirmed): half is not most.
    const gabon = await cautions('GA', { author: 'representative-no-consent', consentJustification: 'none', identity: 'named' });
    expect(gabon[0]).to.contain('You said the people harmed could agree, but have not. Some of the bodies below also need their agreement');
  });

  it('after “another body has looked at it”, says once that each other body has its own rule, and under each which, with its article', async () => {
    const el = await resultFor({
      ...SPAIN_BARRED, rights: ['eviction'], remedies: 'exhausted', finalDecisionDate: '2025-12-01', otherProcedure: 'other-international', ...NO_FIT,
    });
    expect(outcome(el)).to.equal('not-admissible');
    expect($$(el, '[part="forum-warning"]')).to.have.length(1);
    expect(text($(el, '[part="forum-warning"]')!)).to.contain(
      'You said another international body has looked at your problem, or is looking at it. If it is one of the bodies below, follow your case there: do not send it again. Each of the others has its own rule on this, said under it.',
    );
    expect(text($(el, '[part="forum-warning"]')!)).to.not.contain('Article 3(2)(c)');
    expect($$(el, '[data-caveat="examined-elsewhere"]').length, 'not repeated under each route').to.equal(0);
    const said = (procedure: string, caveat: string) => text(routeItem(el, procedure).querySelector(`[data-caveat="${caveat}"]`)!);
    // The Human Rights Committee waits only while the other body looks at it (ICCPR-OP1 art. 5(2)(a)), but many States'
    // reservations, Spain's among them, bar a finished matter too: not a fit, with what that depends on.
    expect(recommended(el)).to.deep.equal(['esc-collective-complaints', 'special-procedures']);
    // Said as a caution ("Warning:" for a screen reader).
    expect(said('iccpr_op1', 'same-matter-while-pending')).to.contain(
      'It does not take a problem while another international body is still looking at it (Article 5(2)(a) of its Optional Protocol). Once that body has finished, it can.',
    );
    expect(said('iccpr_op1', 'same-matter-extended-by-reservations')).to.contain(
      'But many countries, most of them in Europe, said when they accepted it that it must also refuse a problem another body has already looked at. Check this country’s reservations.',
    );
    // Those that refuse it either way, each with its own article.
    expect(said('cedaw_op', 'same-matter-refused')).to.contain(
      'It does not take a problem that another international body has looked at or is looking at (Article 4(2)(a) of its Optional Protocol).',
    );
    expect(said('cat_art22', 'same-matter-refused')).to.contain('(Article 22(5)(a) of its Convention)');
    expect(said('echr-applications', 'same-matter-refused')).to.contain('(Article 35(2)(b) of its Convention)');
    // No rule of its own: CERD, whose country may have added one; the collective complaints.
    expect(said('cerd_art14', 'same-matter-no-rule')).to.equal(
      'Its own treaty does not stop it from taking a problem that another international body has looked at or is looking at. But the country may have excluded such problems when it accepted it: check its reservations.',
    );
    expect(said('esc-collective-complaints', 'same-matter-no-rule')).to.equal(
      'Its own rules do not stop it from taking a problem that another international body has looked at or is looking at.',
    );
    // The summary says the same, under each route.
    const row = (procedure: string) => text($(el, `.handoff-section[data-section="other-routes"] .handoff-row[data-procedure="${procedure}"]`)!);
    expect(row('iccpr_op1')).to.contain('(Article 5(2)(a) of its Optional Protocol). Once that body has finished, it can.');
    expect(row('cedaw_op')).to.contain('(Article 4(2)(a) of its Optional Protocol)');
    expect(row('cerd_art14')).to.contain('check its reservations');
  });

  it('cites each body’s same-matter article as the UN’s documents in the language do', async () => {
    const el = await resultFor(
      { ...SPAIN_BARRED, rights: ['eviction'], remedies: 'exhausted', finalDecisionDate: '2025-12-01', otherProcedure: 'echr', ...NO_FIT },
      { lang: 'fr' },
    );
    const said = (procedure: string, caveat: string) => text(routeItem(el, procedure).querySelector(`[data-caveat="${caveat}"]`)!);
    expect(said('iccpr_op1', 'same-matter-while-pending')).to.contain('(article 5 (par. 2 a)) de son Protocole facultatif)');
    // The body she named: followed there, not refused as another, and not folded away.
    expect(said('echr-applications', 'same-matter-here')).to.contain(
      'Vous avez indiqué que votre affaire est déjà devant cette instance : suivez-la là-bas. Consultez un avocat avant d’envoyer le même problème ailleurs.',
    );
    expect(routeItem(el, 'echr-applications').closest('details')).to.equal(null);
    el.remove();
    // Spanish closes a cited paragraph with a comma before "de" ("artículo 11, párrafo 1, del Pacto"), and sets two
    // such citations apart with a semicolon: "46, párrafo 1, apartado c) y 47" read as one article's subparagraphs.
    const es = await resultFor(
      { ...SPAIN_BARRED, state: 'AR', rights: ['eviction'], remedies: 'exhausted', finalDecisionDate: '2025-12-01', otherProcedure: 'other-international', ...NO_FIT },
      { lang: 'es' },
    );
    const dijo = (procedure: string, caveat: string) => text(routeItem(es, procedure).querySelector(`[data-caveat="${caveat}"]`)!);
    expect(dijo('iccpr_op1', 'same-matter-while-pending')).to.contain('(artículo 5, párrafo 2, apartado a), de su Protocolo Facultativo)');
    expect(dijo('iachr-petitions', 'same-matter-refused')).to.contain('(artículos 46, párrafo 1, apartado c); y 47, apartado d), de su tratado)');
  });

  it('words an article that protects only minorities and indigenous peoples, and CEDAW’s women and girls, on the cards and in the summary', async () => {
    const el = await resultFor({ state: 'CL', rights: ['land'], urgency: 'no', child: 'no', disability: 'no', grounds: ['sex'] });
    const why = text(routeItem(el, 'iccpr_op1').querySelector('.route-why')!);
    expect(why).to.contain('Land you live on or live from: Article 27, only for members of ethnic, religious or language minorities and of indigenous peoples');
    // Its equality article protects everyone: said as before.
    expect(why).to.contain('Someone affected was treated unfairly because of sex or gender.');
    expect(text(routeItem(el, 'cedaw_op').querySelector('[data-caveat="women-and-girls-only"]')!)).to.equal('It takes complaints only by or for women and girls.');
    const row = (procedure: string) => text($(el, `.handoff-section[data-section="other-routes"] .handoff-row[data-procedure="${procedure}"]`)!);
    expect(row('iccpr_op1')).to.contain('Article 27, only for members of ethnic, religious or language minorities and of indigenous peoples');
    expect(row('cedaw_op')).to.contain('It takes complaints only by or for women and girls.');
  });

  // What most bodies below need too, when the answers leave it out: said once, above the routes and in the summary.
  // `hereLater`: the same-matter caution (art. 3(2)(c)) follows; not where the Committee could never take the case.
  const neededToo: { what: string; answers: Answers; reason: string; caveat: string; said: string; hereLater?: false }[] = [
    {
      what: 'not under the country’s control, that the bodies below take a complaint against it only about what was',
      answers: { jurisdiction: 'no' },
      reason: 'outside-jurisdiction',
      caveat: 'jurisdiction-needed',
      said: 'You said it did not happen in that country or under its control. The UN committees and regional bodies below also take a complaint against a country only about what happened on its land or under its control.',
      hereLater: false,
    },
    {
      what: 'an organisation about a general problem, that most bodies below take a complaint only about named people harmed',
      answers: { author: 'organisation' },
      reason: 'no-identified-victim',
      caveat: 'victim-needed',
      said: 'You said an organisation complains about a general problem. Most of the bodies below take a complaint only about named people who were harmed.',
    },
    {
      what: 'with no name given, that the bodies below need a name too',
      answers: { identity: 'anonymous' },
      reason: 'anonymous',
      caveat: 'name-needed',
      said: 'You said nobody can know who it is. Most of the bodies below also need the name of the person harmed. Many can keep it from the public if you ask.',
    },
    {
      what: 'acting for people who could agree but have not, that most bodies below need their agreement too',
      answers: { identity: 'named', author: 'representative-no-consent', consentJustification: 'none' },
      reason: 'consent-missing',
      caveat: 'consent-needed',
      said: 'You said the people harmed could agree, but have not. Most of the bodies below also need their agreement, normally in writing, when someone acts for them.',
    },
  ];
  for (const { what, answers, reason, caveat, said, hereLater } of neededToo) {
    it(`${what}: says it once, above the routes and in the summary`, async () => {
      const el = await resultFor({ ...SPAIN_BARRED, rights: ['eviction'], remedies: 'exhausted', finalDecisionDate: '2025-12-01', otherProcedure: 'none', evidence: 'documents', ...answers, ...NO_FIT });
      expect(reasonCodes(el)).to.include(reason);
      const cautions = $$(el, '[part="forum-warning"] .warning').map(text);
      expect(cautions).to.have.length(hereLater === false ? 1 : 2);
      expect(cautions[0]).to.contain(said);
      if (hereLater !== false) expect(cautions[1]).to.contain('Article 3(2)(c)');
      expect($$(el, `.route-caveats [data-caveat="${caveat}"]`).length, 'not repeated under each route').to.equal(0);
      expect(text($(el, '.handoff-section[data-section="other-routes"] .handoff-note')!)).to.contain(said);
    });
  }

  it('after “another body has looked at it”, the warning sends the person to each body’s own rule, in every language (european-court-italy)', async () => {
    // Some bodies below may still be marked as a fit (the collective complaints have no such rule), so the warning no longer says none is.
    const cases = [
      ['en', 'Each of the others has its own rule on this, said under it.'],
      ['fr', 'Chacune des autres a sa propre règle à ce sujet, indiquée sous son nom.'],
      ['es', 'Cada uno de los demás tiene su propia regla sobre esto, indicada debajo de su nombre.'],
      ['ar', 'ولكل هيئة من الهيئات الأخرى قاعدتها الخاصة في ذلك، وهي مذكورة تحت اسمها.'],
    ] as const;
    const italy: Answers = {
      state: 'IT', jurisdiction: 'yes', author: 'self', rights: ['housing'], urgency: 'no', factsDate: '2021-09-15',
      remedies: 'exhausted', finalDecisionDate: '2025-10-20', otherProcedure: 'echr', ...NO_FIT,
    };
    for (const [lang, sentence] of cases) {
      const el = await resultFor(italy, { lang });
      expect(recommended(el), lang).to.deep.equal(['esc-collective-complaints', 'special-procedures']);
      expect(text($(el, '[part="forum-warning"]')!), lang).to.contain(sentence);
      el.remove();
    }
  });

  it('writes acceptance dates in the element’s language, and nests its headings under “Other places that may help”', async () => {
    const el = await resultFor({ state: 'CL', ...UNLISTED, ...NO_FIT }, { lang: 'fr', headingLevel: '3' });
    const fr = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('1992-05-27T12:00:00Z'));
    expect(text(routeItem(el, 'iccpr_op1'))).to.contain(fr);
    expect($(el, '[part="other-routes"] .subheading')!.tagName).to.equal('H4');
    // Its groups are inside it, so a screen reader's list of headings shows where it ends ("About this result" is H4 again).
    expect(new Set($$(el, '.route-group > .subheading').map((h) => h.tagName))).to.deep.equal(new Set(['H5']));
    expect(new Set($$(el, '.route-name').map((h) => h.tagName))).to.deep.equal(new Set(['H6']));
  });

  it('at heading-level 6, keeps every heading of the result, its routes and its hand-off at h6, none climbing back up the outline', async () => {
    const el = await resultFor({ state: 'CL', ...UNLISTED, ...NO_FIT }, { headingLevel: '6' });
    // The outcome, the result's sections, the groups, each route's name, the hand-off and its sections.
    expect($$(el, '[part="other-routes"] .route-name').length).to.be.greaterThan(1);
    expect($$(el, '.handoff-section-title').length).to.be.greaterThan(1);
    expect(new Set($$(el, 'h1, h2, h3, h4, h5, h6').map((h) => h.tagName))).to.deep.equal(new Set(['H6']));
  });
});

describe('the fit questions', () => {
  it('are asked only when the route is closed', async () => {
    // Open: Spain, the whole screening, and no fit question on the way or in the summary.
    const open = await make();
    const steps: [string, unknown][] = [
      ['state', 'ES'], ['jurisdiction', 'yes'], ['author', 'self'], ['rights', ['housing']], ['urgency', 'no'],
      ['factsDate', '2024-01-10'], ['remedies', 'exhausted'], ['finalDecisionDate', '2025-12-01'], ['otherProcedure', 'none'],
      ['identity', 'named'], ['evidence', 'documents'],
    ];
    for (const [question, value] of steps) {
      expect(currentQuestion(open)).to.equal(question);
      await answer(open, value);
    }
    expect(headingText(open)).to.equal('Check your answers');
    expect($$(open, '.summary-row').map((r) => r.dataset['question'])).to.not.include.members(['child', 'disability', 'grounds']);
    // Closed at the State: the problem and urgency first. Then, for a problem the Inter-American
    // Commission does not hear, the United States asks about a child; disability and the grounds always (each names a UN expert).
    const closed = await make();
    await answer(closed, 'US');
    expect(currentQuestion(closed)).to.equal('rights');
    await answer(closed, ['other']);
    expect(currentQuestion(closed)).to.equal('urgency');
    await answer(closed, 'no');
    expect(currentQuestion(closed)).to.equal('child');
    expect($(closed, '[part="progress"]')!.textContent).to.equal('Question 4');
    await answer(closed, 'yes');
    expect(currentQuestion(closed)).to.equal('disability');
    await answer(closed, 'no');
    expect(currentQuestion(closed)).to.equal('grounds');
    // A Roma family evicted in the United States: the Inter-American Commission is recommended on the eviction already, so
    // no child question; unfair treatment for their origin names the rapporteur on racism.
    const roma = await make();
    for (const value of ['US', ['eviction'], 'no']) await answer(roma, value);
    expect(currentQuestion(roma)).to.equal('disability');
    await answer(roma, 'no');
    await answer(roma, ['ethnicity']);
    await confirm(roma);
    expect($$(roma, '[data-procedure="special-procedures"] [data-mandate]').map((li) => li.dataset['mandate'])).to.deep.equal(['sr-adequate-housing', 'sr-racism']);
    // India accepted no complaint route: the special rapporteurs are all there is, chosen by the problem, and by
    // disability and unfair treatment, which name one more each (not a child: no expert on children alone).
    const india = await make();
    await answer(india, 'IN');
    expect(currentQuestion(india)).to.equal('rights');
    await answer(india, ['water']);
    await answer(india, 'no');
    expect(currentQuestion(india)).to.equal('disability');
    await answer(india, 'yes');
    expect(currentQuestion(india)).to.equal('grounds');
    await answer(india, ['ethnicity']);
    expect(headingText(india)).to.equal('Check your answers');
    await confirm(india);
    expect($$(india, '[data-procedure="special-procedures"] [data-mandate]').map((li) => li.dataset['mandate'])).to.deep.equal([
      'sr-water-sanitation', 'sr-racism', 'sr-disability',
    ]);
    // The one route open to India: the person is told how to reach it, and in which languages.
    expect($(india, '[data-procedure="special-procedures"]')!.textContent).to.contain('in English, French or Spanish, with a form on ohchr.org');
  });

  it('accept “I do not know” and “Prefer not to say”, which appear in the summary and can be changed', async () => {
    const el = await make();
    await answer(el, 'CL');
    await answer(el, ['other']);
    await answer(el, 'unknown');
    expect($$(el, 'input[name="answer"]').map((i) => (i as HTMLInputElement).value)).to.deep.equal(['yes', 'no', 'unknown', 'prefer-not']);
    await answer(el, 'unknown');
    expect(currentQuestion(el)).to.equal('disability');
    await answer(el, 'prefer-not');
    expect(currentQuestion(el)).to.equal('grounds');
    await answer(el, ['prefer-not']);
    expect(headingText(el)).to.equal('Check your answers');
    const summary = $$(el, '.summary-row').map((r) => [r.dataset['question'], text(r.querySelector('.summary-value')!)]);
    expect(summary).to.deep.equal([
      ['state', 'Chile'],
      ['rights', 'Something not in this list'],
      ['urgency', 'I do not know'],
      ['child', 'I do not know'],
      ['disability', 'Prefer not to say'],
      ['grounds', 'Prefer not to say'],
    ]);
    $<HTMLButtonElement>(el, '[data-question="disability"] [part="change"]')!.click();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('disability');
    await answer(el, 'yes');
    expect(headingText(el)).to.equal('Check your answers');
    await confirm(el);
    expect(recommended(el)).to.deep.equal(['crpd_op', 'special-procedures']);
  });

  it('on a route closed at the State, ask urgency after the problem, and send an urgent case to urgent help first', async () => {
    const el = await make();
    await answer(el, 'US');
    await answer(el, ['housing']);
    expect(currentQuestion(el)).to.equal('urgency');
    expect($(el, '[part="progress"]')!.textContent).to.equal('Question 3');
    await answer(el, 'yes');
    // No child question (the Inter-American Commission hears housing already); disability and unfair treatment.
    await answer(el, 'no');
    await answer(el, ['none']);
    expect(headingText(el)).to.equal('Check your answers');
    expect($$(el, '.summary-row').map((r) => r.dataset['question'])).to.deep.equal(['state', 'rights', 'urgency', 'disability', 'grounds']);
    await confirm(el);
    expect(outcome(el)).to.equal('not-available');
    // Art. 13 is not said, since the United States is not bound by the Protocol; art. 5 only
    // in the urgent help: as a reason ("the Committee can… urgently ask") it would promise
    // what the next step says will not come.
    expect(reasonCodes(el)).to.not.include('interim-measures').and.not.include('reprisals-protection');
    expect(nextStepCodes(el)[0]).to.equal('get-urgent-help');
    expect(text($(el, '[part="next-steps"] li')!)).to.contain('(“interim measures”, Article 5)');
    const summary = $$(el, '.handoff-section[data-section="reasons"] .handoff-row').map((row) => text(row));
    expect(summary).to.have.length(1);
    expect(summary.some((row) => row.includes('Article 5')), 'nor in the summary for a lawyer').to.equal(false);
    // Certain, not "unlikely": nobody can complain about the United States to the Committee.
    expect(text($(el, '[part="next-steps"] li')!)).to.contain('only for a complaint it can take. It cannot take this one.');
    // The Inter-American Commission's courts-first rule does not take back the precautionary measures just offered (its Rules, art. 25).
    expect(text(routeItem(el, 'iachr-petitions').querySelector('[data-caveat="remedies-unknown"]')!)).to.equal(
      'A case is normally taken here only after the courts or authorities in the country have decided it, up to the final decision. If they have not, go to them first. Its urgent measures do not wait for them.',
    );
  });

  it('an urgent case against a State bound, on a route closed by another bar: urgent help and the bodies that can act at once, art. 13 kept, and no art. 5 note on the page, in the summary or in the event', async () => {
    const el = await make({ answers: { ...SPAIN_BARRED, ...NO_FIT, urgency: 'yes' } });
    const events = record(el);
    await confirm(el);
    expect(outcome(el)).to.equal('not-admissible');
    const assessment = events.complete[0]!.detail.assessment as Assessment;
    // The Committee will receive no complaint to ask art. 5 measures in: the headless result says so too, not the element alone.
    expect(assessment.reasons.map((r) => r.code)).to.include('reprisals-protection').and.not.include('interim-measures');
    expect(reasonCodes(el)).to.include('reprisals-protection').and.not.include('interim-measures');
    const summary = $$(el, '.handoff-section[data-section="reasons"] .handoff-row').map((row) => text(row));
    expect(summary.some((row) => row.includes('Article 5'))).to.equal(false);
    // What it means for this case: help now, and the bodies that can ask the country to act at once.
    expect(nextStepCodes(el)[0]).to.equal('get-urgent-help');
    expect(text(routeItem(el, 'echr-applications').querySelector('.route-urgent')!)).to.contain('it can urgently ask the country to prevent it');
  });

  it('harm about to happen: each body that can ask the country to act at once says so under what it covers, the Inter-American Commission even without a petition', async () => {
    const urgentLine = (el: OpEligibility, procedure: string) => {
      const line = routeItem(el, procedure).querySelector('.route-urgent');
      return line ? text(line) : null;
    };
    const usHousing: Answers = { state: 'US', rights: ['housing'], urgency: 'yes', child: 'no', disability: 'no', grounds: ['none'] };
    const us = await resultFor(usHousing);
    expect(urgentLine(us, 'iachr-petitions')).to.equal(
      'If serious harm is about to happen, you can ask it now, even without a petition, to urgently ask the country to prevent it (“precautionary measures”).',
    );
    // Right under what the body covers: read before the conditions.
    expect(routeItem(us, 'iachr-petitions').querySelector('.route-covers')!.nextElementSibling!.classList.contains('route-urgent')).to.equal(true);
    // The UN experts' urgent appeals, which wait for no court (Manual of Operations of the Special Procedures, para. 43).
    expect(urgentLine(us, 'special-procedures')).to.equal(
      'If serious harm is about to happen, say so: they can send the government an urgent appeal, without waiting for the courts.',
    );
    expect(urgentLine(await resultFor({ ...usHousing, urgency: 'no' }), 'special-procedures'), 'not urgent').to.equal(null);
    const fit: Answers = { child: 'no', disability: 'no', grounds: ['none'] };
    const spain = await resultFor({ ...SPAIN_BARRED, ...fit, urgency: 'yes' });
    expect(urgentLine(spain, 'echr-applications')).to.equal('If serious harm is about to happen, say so when you complain here: it can urgently ask the country to prevent it.');
    expect(text(routeItem(spain, 'echr-applications'))).to.contain('Here too, the courts or authorities in the country must decide the problem first.');
    expect(urgentLine(await resultFor({ ...SPAIN_BARRED, ...fit }), 'echr-applications'), 'not urgent').to.equal(null);
    const arabic = await resultFor(usHousing, { lang: 'ar' });
    expect(urgentLine(arabic, 'iachr-petitions')).to.contain('«تدابير احترازية»');
  });

  it('harm about to happen, at a body only some groups can complain to (European Committee of Social Rights): the group that complains says so, not "when you complain here", on the card and in the summary', async () => {
    const el = await resultFor({ ...SPAIN_BARRED, ...NO_FIT, urgency: 'yes' });
    const esc = routeItem(el, 'esc-collective-complaints');
    const said = 'If serious harm is about to happen, the group that complains should say so: this body can urgently ask the country to prevent it.';
    expect(text(esc.querySelector('.route-urgent')!)).to.equal(said);
    expect(text(esc)).to.contain('A person cannot complain on their own').and.not.contain('when you complain here');
    const row = $(el, '.handoff-section[data-section="other-routes"] .handoff-row[data-procedure="esc-collective-complaints"]')!;
    expect(text(row)).to.contain(said).and.not.contain('when you complain here');
    // A body a person can complain to keeps the direct words.
    expect(text(routeItem(el, 'echr-applications').querySelector('.route-urgent')!)).to.contain('say so when you complain here');
    const french = await resultFor({ ...SPAIN_BARRED, ...NO_FIT, urgency: 'yes' }, { lang: 'fr' });
    expect(text(routeItem(french, 'esc-collective-complaints').querySelector('.route-urgent')!)).to.contain('le groupe qui présente la réclamation');
  });

  it('does not say every country accepted only some articles of the European Social Charter: Portugal accepted them all', async () => {
    const el = await resultFor({ ...SPAIN_BARRED, state: 'PT', ...NO_FIT });
    const said = text(routeItem(el, 'esc-collective-complaints'));
    expect(said).to.contain('The country may have accepted only some articles of the Charter: the complaint must be about one it accepted.');
    expect(said).not.to.contain('The country accepted only some articles');
  });

  it('tells a person unsure whether it is urgent what to do if it is, first, on a closed route and an open one', async () => {
    const closed = await resultFor({ ...SPAIN_BARRED, ...NO_FIT, urgency: 'unknown' });
    expect(nextStepCodes(closed)[0]).to.equal('if-urgent');
    expect(text($(closed, '[part="next-steps"] li')!)).to.match(/^Could someone be about to suffer serious harm that cannot be undone\? Then get help now .*\. A court in the country, or a place listed below, may act faster\.$/);
    const open = await make({ answers: { ...SPAIN_EVICTION, urgency: 'unknown' } });
    await confirm(open);
    expect(outcome(open)).to.equal('likely-admissible');
    expect(nextStepCodes(open)[0]).to.equal('if-urgent');
    expect(text($(open, '[part="next-steps"] li')!)).to.contain('When you complain, say so, and ask the Committee for “interim measures” (Article 5). It can then urgently ask the country to prevent the harm.');
  });

  it('says "unlikely" in the urgent help where the route is probably, not certainly, closed', async () => {
    const el = await resultFor({ ...SPAIN_BARRED, ...NO_FIT, urgency: 'yes' });
    expect(outcome(el)).to.equal('not-admissible');
    expect(nextStepCodes(el)[0]).to.equal('get-urgent-help');
    expect(text($(el, '[part="next-steps"] li')!)).to.contain('only for a complaint it can take. It is unlikely to take this one.');
  });

  it('make the grounds answers after “or” stand alone', async () => {
    const el = await make({ answers: { state: 'CL', ...UNLISTED, child: 'no', disability: 'no' } });
    expect(currentQuestion(el)).to.equal('grounds');
    const box = (v: string) => $<HTMLInputElement>(el, `input[value="${v}"]`)!;
    await fill(el, ['sex', 'race']);
    $<HTMLLabelElement>(el, `label[for="${box('none').id}"]`)!.click();
    expect(['sex', 'race', 'none'].map((v) => box(v).checked)).to.deep.equal([false, false, true]);
    $<HTMLLabelElement>(el, `label[for="${box('ethnicity').id}"]`)!.click();
    expect(['ethnicity', 'none'].map((v) => box(v).checked)).to.deep.equal([true, false]);
  });
});

describe('the fit answers change which routes are recommended', () => {
  const cases: [string, Answers, string[], string][] = [
    ['Chile, a child', { state: 'CL', ...UNLISTED, ...NO_FIT, child: 'yes' }, ['crc_op3', 'iachr-petitions'], 'Someone affected is a child.'],
    ['Chile, a disability', { state: 'CL', ...UNLISTED, ...NO_FIT, disability: 'yes' }, ['crpd_op', 'special-procedures'], 'A disability is part of what happened.'],
    ['Chile, sex', { state: 'CL', ...UNLISTED, ...NO_FIT, grounds: ['sex'] }, ['iccpr_op1', 'cedaw_op', 'iachr-petitions', 'special-procedures'], 'Someone affected was treated unfairly because of sex or gender.'],
    ['Chile, race', { state: 'CL', ...UNLISTED, ...NO_FIT, grounds: ['race'] }, ['iccpr_op1', 'cerd_art14', 'iachr-petitions', 'special-procedures'], 'Someone affected was treated unfairly because of race or colour.'],
    ['Kenya, a child', { state: 'KE', ...UNLISTED, ...NO_FIT, child: 'yes' }, ['achpr-communications', 'acerwc-communications'], 'Someone affected is a child.'],
    ['Kenya, nothing said', { state: 'KE', ...UNLISTED, child: 'prefer-not', disability: 'unknown', grounds: ['prefer-not'] }, [], ''],
  ];
  for (const [name, answers, expected, why] of cases) {
    it(name, async () => {
      const el = await resultFor(answers);
      expect(recommended(el)).to.have.members(expected);
      // Within each group, what may fit comes first.
      for (const g of ['treaty-bodies', 'regional']) {
        const fits = [...(group(el, g)?.querySelectorAll<HTMLElement>('[data-fit]') ?? [])].map((li) => li.dataset['fit']);
        expect(fits).to.deep.equal([...fits].sort((a, b) => (a === b ? 0 : a === 'recommended' ? -1 : 1)));
      }
      for (const procedure of expected) {
        expect(text(routeItem(el, procedure).querySelector('.fit-tag')!)).to.equal('May fit your situation');
        if (why && procedure !== 'special-procedures') expect(text(routeItem(el, procedure).querySelector('.route-why')!)).to.contain(why);
      }
    });
  }

  it('says why of whom the fit questions asked about, on the cards and in the summary: a group, those acted for, or anyone affected', async () => {
    const row = (el: OpEligibility, procedure: string) => text($(el, `.handoff-section[data-section="other-routes"] .handoff-row[data-procedure="${procedure}"]`)!);
    // The words of each ground, and its committee, checked on two of them.
    const SEX = { grounds: ['sex'], body: 'cedaw_op' } as const;
    const RACE = { grounds: ['race'], body: 'cerd_art14' } as const;
    const cases: [Answers, typeof SEX | typeof RACE, string, string][] = [
      [{ author: 'group' }, SEX, 'One or more of the people affected are children.', 'One or more of the people affected were treated unfairly because of sex or gender.'],
      [{ author: 'representative-consent' }, RACE, 'Someone you act for is a child.', 'Someone you act for was treated unfairly because of race or colour.'],
      // A child who cannot be asked: the reason to fit comes from why there is no consent, and is said of them too.
      [{ author: 'representative-no-consent', consentJustification: 'child' }, RACE, 'Someone you act for is a child.', 'Someone you act for was treated unfairly because of race or colour.'],
      [{ author: 'self' }, SEX, 'Someone affected is a child.', 'Someone affected was treated unfairly because of sex or gender.'],
    ];
    for (const [who, { grounds, body }, child, ground] of cases) {
      const el = await resultFor({ ...SPAIN_BARRED, ...who, ...NO_FIT, child: 'yes', grounds: [...grounds] });
      expect(text(routeItem(el, 'crc_op3').querySelector('.route-why')!), who.author).to.contain(child);
      expect(text(routeItem(el, body).querySelector('.route-why')!), who.author).to.contain(ground);
      expect(row(el, 'crc_op3'), who.author).to.contain(child);
      expect(row(el, body), who.author).to.contain(ground);
      el.remove();
    }
    // "La personne concernée est un enfant." said one person to a group in French too.
    const fr = await resultFor({ ...SPAIN_BARRED, author: 'group', ...NO_FIT, child: 'yes' }, { lang: 'fr' });
    expect(text(routeItem(fr, 'crc_op3').querySelector('.route-why')!)).to.contain('Une ou plusieurs des personnes concernées sont des enfants.');
    fr.remove();
  });

  it('says why with the situation and the article of the body’s own instrument', async () => {
    const el = await resultFor({ ...SPAIN_BARRED, rights: ['eviction'], ...NO_FIT });
    expect(text(routeItem(el, 'iccpr_op1').querySelector('.route-why')!)).to.equal('Being forced out of your home (eviction): Article 17');
    expect($$(el, '[data-procedure="special-procedures"] [data-mandate]').map((li) => li.dataset['mandate'])).to.deep.equal(['sr-adequate-housing']);
  });

  /** Why `procedure` may fit `answers`, as the result ends it in each language: `[lang, its articles]`. */
  async function expectWhy(answers: Answers, procedure: string, cases: readonly (readonly [string, string])[]): Promise<void> {
    for (const [lang, why] of cases) {
      const el = await resultFor(answers, { lang });
      expect(text(routeItem(el, procedure).querySelector('.route-why')!), lang).to.match(new RegExp(`: ${why}$`));
      el.remove();
    }
  }

  it('cites a range of articles in the plural, not as one article: the Human Rights Committee’s 6-27 for a civil and political problem', async () => {
    await expectWhy({ state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['civil-political'], urgency: 'no', ...NO_FIT }, 'iccpr_op1', [
      ['en', 'Articles 6-27'],
      // Many articles: the plural, neither the singular المادة nor the dual.
      ['ar', 'المواد \u20666-27\u2069'],
    ]);
  });

  it('names the American Declaration beside its articles, for a State party to the American Convention too, whose 1 and 25 are other rights', async () => {
    await expectWhy({ state: 'MX', jurisdiction: 'yes', author: 'self', rights: ['disappearance'], urgency: 'no', ...NO_FIT }, 'iachr-petitions', [
      ['en', 'Articles I and XXV of the American Declaration'],
      ['fr', 'articles I et XXV de la Déclaration américaine'],
      ['es', 'artículos I y XXV de la Declaración Americana'],
      // Two articles in the dual, not the plural المواد.
      ['ar', 'المادتان \u2066I\u2069 و\u2066XXV\u2069 من الإعلان الأمريكي'],
    ]);
  });
});

describe('the routes of a group that do not fit are folded under those that may', () => {
  const SWEDEN_EVICTION: Answers = { state: 'SE', jurisdiction: 'yes', author: 'self', rights: ['eviction'], urgency: 'no', ...NO_FIT };
  const folded = (el: OpEligibility, name: string) => group(el, name)?.querySelector<HTMLDetailsElement>('details[part~="routes-folded"]') ?? null;
  const shown = (el: OpEligibility, name: string) =>
    [...(group(el, name)?.querySelectorAll<HTMLElement>('[data-procedure]') ?? [])].filter((li) => li.checkVisibility()).map((li) => li.dataset['procedure']!);

  it('Sweden, an eviction: the Human Rights Committee shown, the four committees for other problems behind "Show the other committees (4)", opened by keyboard', async () => {
    const el = await resultFor(SWEDEN_EVICTION);
    expect(shown(el, 'treaty-bodies')).to.deep.equal(['iccpr_op1']);
    const details = folded(el, 'treaty-bodies')!;
    expect(details.open).to.equal(false);
    const summary = details.querySelector('summary')!;
    expect(text(summary)).to.equal('Show the other committees (4)');
    expect([...details.querySelectorAll<HTMLElement>('[data-procedure]')].map((li) => li.dataset['procedure'])).to.have.members(['cedaw_op', 'crpd_op', 'cerd_art14', 'cat_art22']);
    // Both regional bodies may fit: nothing of theirs is folded.
    expect(folded(el, 'regional')).to.equal(null);
    expect(shown(el, 'regional')).to.deep.equal(['echr-applications', 'esc-collective-complaints']);

    summary.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(details.open).to.equal(true);
    expect(shown(el, 'treaty-bodies')).to.have.members(['iccpr_op1', 'cedaw_op', 'crpd_op', 'cerd_art14', 'cat_art22']);
    await expect(el).to.be.accessible();
  });

  it('Kenya, an adult: the African Commission shown, the African Children’s Committee behind "Show the other regional bodies (1)"', async () => {
    const el = await resultFor({ state: 'KE', ...UNLISTED, ...NO_FIT, rights: ['eviction'] });
    expect(shown(el, 'regional')).to.deep.equal(['achpr-communications']);
    expect(text(folded(el, 'regional')!.querySelector('summary')!)).to.equal('Show the other regional bodies (1)');
  });

  it('a group where none may fit shows them all, unfolded: Chile, a problem not in the list', async () => {
    const el = await resultFor({ state: 'CL', ...UNLISTED, ...NO_FIT });
    const committees = procedures(el, 'treaty-bodies');
    expect(committees.filter((p) => recommended(el).includes(p)), 'none may fit').to.deep.equal([]);
    expect(folded(el, 'treaty-bodies')).to.equal(null);
    expect(committees).to.have.length.greaterThan(3);
    expect(shown(el, 'treaty-bodies')).to.deep.equal(committees);
  });

  it('in Arabic, says it in Arabic', async () => {
    const el = await resultFor(SWEDEN_EVICTION, { lang: 'ar' });
    expect(text(folded(el, 'treaty-bodies')!.querySelector('summary')!)).to.equal('عرض اللجان الأخرى (4)');
  });
});

describe("the African Children's Committee, for a child in an African State", () => {
  // A child in Senegal, where the Talibé children's case was decided (Decision 003/Com/001/2012), facing hunger.
  const SENEGAL_CHILD: Answers = { state: 'SN', rights: ['food'], urgency: 'no', child: 'yes', disability: 'no', grounds: ['none'] };
  const words: [string, string, string, string][] = [
    [
      'en',
      'African Committee of Experts on the Rights and Welfare of the Child',
      'The rights of children under 18 in the African Charter on the Rights and Welfare of the Child. They include health, education, protection from harmful work and abuse, and help for families with food, clothing and housing. A person, a group or an organisation can complain for a child.',
      'Articles 14(2)(c) and 20(2)(a)',
    ],
    [
      'fr',
      'Comité africain d’experts sur les droits et le bien-être de l’enfant',
      'Les droits des enfants de moins de 18 ans dans la Charte africaine des droits et du bien-être de l’enfant. Ils comprennent la santé, l’éducation, la protection contre le travail dangereux et les mauvais traitements, et l’aide aux familles pour la nourriture, les vêtements et le logement. Une personne, un groupe ou une organisation peut porter plainte pour un enfant.',
      'articles 14(2)(c) et 20(2)(a)',
    ],
    [
      'es',
      'Comité Africano de Expertos sobre los Derechos y el Bienestar del Niño',
      'Los derechos de los niños y las niñas menores de 18 años en la Carta Africana sobre los Derechos y el Bienestar del Niño. Incluyen la salud, la educación, la protección contra el trabajo peligroso y el maltrato, y la ayuda a las familias con la comida, la ropa y la vivienda. Una persona, un grupo o una organización puede presentar una denuncia en nombre de un niño o una niña.',
      'artículos 14(2)(c) y 20(2)(a)',
    ],
    [
      'ar',
      'لجنة الخبراء الأفريقية المعنية بحقوق الطفل ورفاهه',
      'حقوق الأطفال دون 18 عامًا في الميثاق الأفريقي لحقوق الطفل ورفاهه، ومنها الصحة والتعليم والحماية من العمل الضار ومن سوء المعاملة، ومساعدة الأسر في الغذاء والملبس والسكن. ويمكن لفرد أو جماعة أو منظمة تقديم شكوى نيابةً عن طفل.',
      // Two articles in the dual, each a right-to-left run, the subparagraphs lettered أ ب ج as the UN's Arabic texts letter them.
      'المادتان \u206714(2)(ج)\u2069 و\u206720(2)(أ)\u2069',
    ],
  ];
  for (const [lang, name, covers, articles] of words) {
    it(`${lang}: names it, says what it covers and for whom, and why it may fit with its Charter's articles; a reasonable time, no months made up`, async () => {
      const el = await resultFor(SENEGAL_CHILD, { lang });
      const item = routeItem(el, 'acerwc-communications');
      expect(item.closest('[data-group]')!.getAttribute('data-group')).to.equal('regional');
      expect(item.dataset['fit']).to.equal('recommended');
      expect(text(item.querySelector('.route-name')!)).to.equal(name);
      expect(text(item.querySelector('.route-covers')!)).to.equal(covers);
      const why = $$(el, '[data-procedure="acerwc-communications"] .route-why li').map(text);
      expect(why).to.have.length(2);
      expect(why[0]!.slice(-articles.length - 2)).to.equal(`: ${articles}`);
      expect(item.querySelector('.route-why li[data-kind="child"]')).to.exist;
      // "A reasonable period" after the final decision (its Guidelines, Section IX): the Committee fixes no months.
      expect(item.querySelector('.route-time-limit')!.textContent).to.not.match(/\d/);
      el.remove();
    });
  }

  it('is listed, but not said to fit, when the person affected is not a child', async () => {
    const el = await resultFor({ ...SENEGAL_CHILD, child: 'no' });
    expect(routeItem(el, 'acerwc-communications').dataset['fit']).to.equal('possible');
    expect(routeItem(el, 'achpr-communications').dataset['fit']).to.equal('recommended');
  });
});

describe('other routes and fit questions pass axe', () => {
  const pages: [string, Answers][] = [
    ['not-available, United States', { state: 'US', ...UNLISTED, ...NO_FIT }],
    ['not-available, Chile, routes recommended', { state: 'CL', ...UNLISTED, child: 'yes', disability: 'yes', grounds: ['sex', 'race'] }],
    ['not-admissible, Spain', { ...SPAIN_BARRED, ...NO_FIT }],
    ['not-admissible, South Sudan (unconfirmed membership)', { ...SPAIN_BARRED, state: 'SS', factsDate: '2025-01-10', ...NO_FIT }],
    ['not-available, Senegal, a child (the African Children’s Committee)', { state: 'SN', rights: ['food'], urgency: 'no', child: 'yes', disability: 'no', grounds: ['none'] }],
  ];
  for (const [name, answers] of pages) {
    it(`result: ${name}`, async () => {
      const el = await resultFor(answers);
      expect($(el, '[part="other-routes"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  for (const [question, answers] of [
    ['child', { state: 'CL', ...UNLISTED }],
    ['disability', { state: 'CL', ...UNLISTED, child: 'no' }],
    ['grounds', { state: 'CL', ...UNLISTED, child: 'no', disability: 'no' }],
  ] as const) {
    it(`the ${question} question, and its error state`, async () => {
      const el = await make({ answers });
      expect(currentQuestion(el)).to.equal(question);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '[part="error-summary"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  }
});

describe("other routes on the result page: the CED's urgent action", () => {
  /** Italy joined the Convention on Enforced Disappearance (8 Oct 2015) without the art. 31 declaration; the courts not yet asked. */
  const ITALY_DISAPPEARED: Answers = {
    ...SPAIN_BARRED, state: 'IT', author: 'representative-no-consent', consentJustification: 'disappearance', ...NO_FIT,
  };

  it('a family in a State the Protocol does not bind (Mexico) says so by the problem, and sees urgent action first, with why', async () => {
    const el = await make();
    await answer(el, 'MX');
    expect(currentQuestion(el)).to.equal('rights');
    const option = $<HTMLInputElement>(el, 'input[value="disappearance"]')!;
    expect(option.labels![0]!.textContent!.trim()).to.equal('Someone taken by the authorities, or with their support, whose fate is hidden (enforced disappearance)');
    await answer(el, ['disappearance']);
    await answer(el, 'yes');
    while ($(el, '[part~="confirm"]') === null) await answer(el, 'unknown');
    await confirm(el);
    expect(outcome(el)).to.equal('not-available');
    expect(recommended(el)[0]).to.equal('ced_art30');
    expect(text(routeItem(el, 'ced_art30').querySelector('.route-why li[data-kind="situation"]')!)).to.include('enforced disappearance');
    expect(text(routeItem(el, 'special-procedures'))).to.include('Working Group on Enforced or Involuntary Disappearances');
    // What to do next: the search, right after urgent help, not a word on "torture, a fair trial or free speech".
    expect(nextStepCodes(el).slice(0, 2)).to.deep.equal(['get-urgent-help', 'search-for-disappeared']);
    expect(nextStepCodes(el)).to.not.include('human-rights-committee');
    expect(text($(el, '.next-steps [data-code="search-for-disappeared"]')!)).to.equal(
      'To have the disappeared person searched for now, ask the UN Committee on Enforced Disappearances for urgent action. The UN Working Group on Enforced or Involuntary Disappearances can also press the government to search.',
    );
  });

  it('a family in a State outside the Convention (India) is sent to the Working Group, which needs no treaty', async () => {
    const el = await resultFor({ state: 'IN', jurisdiction: 'yes', author: 'self', rights: ['disappearance'], urgency: 'no', ...NO_FIT });
    expect(procedures(el, 'treaty-bodies')).to.not.include('ced_art30');
    expect(text($(el, '.next-steps [data-code="search-for-disappeared"]')!)).to.equal(
      'To have the disappeared person searched for, write to the UN Working Group on Enforced or Involuntary Disappearances. It can press any government to search, whatever treaties the country has joined.',
    );
    expect(text(routeItem(el, 'special-procedures'))).to.include('Working Group on Enforced or Involuntary Disappearances');
  });

  it('a disappearance beside a Covenant right is not said to be for the Human Rights Committee: the reason points to the steps that name the bodies that are', async () => {
    const el = await make({ answers: { ...SPAIN_EVICTION, rights: ['water', 'civil-political', 'disappearance'] } });
    await confirm(el);
    expect(outcome(el)).to.equal('likely-admissible');
    expect(reasonCodes(el)).to.include.members(['civil-political-part', 'disappearance-part']);
    const reason = text($(el, '.reason[data-code="disappearance-part"]')!);
    expect(reason).to.include('Article 3(2)(d)');
    expect(reason).to.include('Other UN bodies deal with disappearances: see “What you can do next”.');
    expect(reason).to.not.include('Human Rights Committee');
    // The steps it points to, on this open route as on a closed one: the bodies by name.
    expect(text($(el, '.next-steps [data-code="search-for-disappeared"]')!)).to.include('Working Group on Enforced or Involuntary Disappearances');
    const handoff = $$(el, '.handoff-section[data-section="reasons"] .handoff-row').map(text);
    expect(handoff.some((row) => row.includes('Other UN bodies deal with disappearances'))).to.equal(true);
    expect($(el, '.handoff-section[data-section="next-steps"]')!.textContent).to.include('Working Group on Enforced or Involuntary Disappearances');
  });

  it('a family acting for a disappeared person sees urgent action first, named apart from complaints, what it needs, and the same in the hand-off', async () => {
    const el = await resultFor(ITALY_DISAPPEARED);
    expect(procedures(el, 'treaty-bodies')[0]).to.equal('ced_art30');
    expect(procedures(el, 'treaty-bodies')).to.not.include('ced_art31');
    expect(recommended(el)[0]).to.equal('ced_art30');
    const item = routeItem(el, 'ced_art30');
    expect(text(item.querySelector('.route-name')!)).to.equal('Committee on Enforced Disappearances: urgent action');
    expect(text(item.querySelector('.route-accepted')!)).to.include(`accepted it on ${long('2015-10-08')}`);
    expect(text(item.querySelector('.route-covers')!)).to.include('CED/C/4/Rev.1');
    const notes = [...item.querySelectorAll<HTMLElement>('.route-caveats li')].map((li) => li.dataset['caveat']);
    // A report to the authorities, not a court's decision (ICPPED art. 30(2)(c)).
    expect(notes).to.deep.equal(['report-to-authorities-first', 'disappearance-after-entry-into-force']);
    const row = $(el, '.handoff-section[data-section="other-routes"] .handoff-row[data-procedure="ced_art30"]')!;
    expect(row.querySelector('dt')!.textContent).to.equal('Committee on Enforced Disappearances: urgent action · May fit your situation');
    expect(text(row)).to.include('First report the disappearance to the authorities that can investigate');
  });

  it('a family whose case another international body has looked at is told, in the search step too, that the CED may not act on it (ICPPED art. 30(2)(e))', async () => {
    const el = await resultFor({ ...ITALY_DISAPPEARED, remedies: 'exhausted', finalDecisionDate: '2025-12-01', otherProcedure: 'un-treaty-body' });
    expect(text($(el, '[part="forum-warning"]')!)).to.contain('Each of the others has its own rule on this, said under it.');
    // Its urgent action waits only while a procedure of the same nature examines the disappearance (ICPPED art. 30(2)(e)): still first.
    expect(recommended(el)[0]).to.equal('ced_art30');
    expect(text(routeItem(el, 'ced_art30').querySelector('[data-caveat="same-matter-while-pending"]')!)).to.contain(
      'It does not take a problem while another international body is still looking at it (Article 30(2)(e) of its Convention). Once that body has finished, it can.',
    );
    expect(text($(el, '.next-steps [data-code="search-for-disappeared"]')!)).to.equal(
      'To have the disappeared person searched for now, ask the UN Committee on Enforced Disappearances for urgent action. Tell it which other international body has your case: the Committee may not act if that body is already dealing with the same disappearance. The UN Working Group on Enforced or Involuntary Disappearances can also press the government to search.',
    );
    expect($(el, '.handoff-section[data-section="next-steps"]')!.textContent).to.include('Tell it which other international body has your case');
  });
});

describe('other routes: what the list promises, and how to act on it', () => {
  /** The copied hand-off of a result page. */
  const copied = async (el: OpEligibility): Promise<string> => {
    let written = '';
    await copyWith(el, async (t) => void (written = t));
    return written;
  };

  it('says that those that may fit come first only when one is marked so: not for a State not party and a problem not in the list', async () => {
    for (const [lang, intro, first] of [
      ['en', 'Other bodies may help. Each has its own rules, for example on who may complain and by when: check them before you choose.', 'come first'],
      ['fr', 'D’autres instances peuvent vous aider. Chacune a ses propres règles, par exemple sur qui peut porter plainte et jusqu’à quand : vérifiez-les avant de choisir.', 'en premier'],
    ] as const) {
      const el = await resultFor({ state: 'US', ...UNLISTED, ...NO_FIT }, { lang });
      expect(recommended(el), lang).to.deep.equal([]);
      expect(text($(el, '[part="other-routes"] > p')!), lang).to.equal(intro);
      // Nor on paper (the page printed, its summary) or in the copy.
      expect(text($(el, '.result')!), lang).to.not.contain(first);
      expect(await copied(el), lang).to.not.contain(first);
      el.remove();
    }
    // One marked as a fit (the special rapporteurs on food): the order is promised, and kept.
    const fits = await resultFor({ state: 'US', ...UNLISTED, rights: ['food'], ...NO_FIT });
    expect(recommended(fits)).to.include('special-procedures');
    expect(text($(fits, '[part="other-routes"] > p')!)).to.contain('Those that may fit your situation come first.');
  });

  it('gives the UN experts’ online form as a link that carries nothing of the answers, and its address in the summary and the copy', async () => {
    // Arrested for speaking out, in a State that has not joined: the Working Group on Arbitrary Detention is named.
    const el = await resultFor({ state: 'US', rights: ['civil-political'], urgency: 'yes', ...NO_FIT });
    const card = routeItem(el, 'special-procedures');
    expect(text(card)).to.contain('Working Group on Arbitrary Detention');
    const link = card.querySelector<HTMLAnchorElement>('.route-form a')!;
    expect(text(card.querySelector('.route-form')!)).to.equal('Their online form: spsubmission.ohchr.org');
    expect(link.getAttribute('href')).to.equal('https://spsubmission.ohchr.org/');
    // Nothing after the address (no query, no fragment), no opener, no referrer: the site learns nothing of the page or the case.
    expect([link.search, link.hash]).to.deep.equal(['', '']);
    expect(link.target).to.equal('_blank');
    expect(link.relList.contains('noopener') && link.relList.contains('noreferrer')).to.equal(true);
    const row = $(el, '.handoff-section[data-section="other-routes"] .handoff-row[data-procedure="special-procedures"]')!;
    expect([...row.querySelectorAll('dd li')].map(text)).to.include('Their online form: spsubmission.ohchr.org');
    expect(await copied(el)).to.contain('\n  - Their online form: spsubmission.ohchr.org\n');
    el.remove();
    // In French too, the address as it is typed.
    const fr = await resultFor({ state: 'US', rights: ['civil-political'], urgency: 'yes', ...NO_FIT }, { lang: 'fr' });
    expect(text(routeItem(fr, 'special-procedures').querySelector('.route-form')!)).to.equal('Leur formulaire en ligne : spsubmission.ohchr.org');
    fr.remove();
    // In Spanish, "Su formulario" would read as the person's own ("your form"): whose it is, said.
    const es = await resultFor({ state: 'US', rights: ['civil-political'], urgency: 'yes', ...NO_FIT }, { lang: 'es' });
    expect(text(routeItem(es, 'special-procedures').querySelector('.route-form')!)).to.equal('Formulario en línea de estos expertos: spsubmission.ohchr.org');
  });

  it('Armenia, facts over before the Protocol applied (art. 3(2)(b)): the European Court “may fit”, with its four months from the final decision and the courts at home first', async () => {
    const el = await resultFor({
      state: 'AM', jurisdiction: 'yes', author: 'self', rights: ['eviction'], urgency: 'no', factsDate: '2015-01-01', factsContinuing: 'no', ...NO_FIT,
    });
    expect(reasonCodes(el)).to.include('facts-before-entry-into-force');
    const echr = routeItem(el, 'echr-applications');
    expect(echr.dataset['fit']).to.equal('recommended');
    expect(text(echr.querySelector('.route-time-limit')!)).to.match(/^Send the application within four months of the final decision in the country\./);
    const courtsFirst = 'A case is normally taken here only after the courts or authorities in the country have decided it, up to the final decision. If they have not, go to them first.';
    expect(text(echr.querySelector('[data-caveat="remedies-unknown"]')!)).to.equal(courtsFirst);
    expect(routeItem(el, 'special-procedures').querySelector('[data-caveat="remedies-unknown"]')).to.equal(null);
    const row = $(el, '.handoff-section[data-section="other-routes"] .handoff-row[data-procedure="echr-applications"]')!;
    expect([...row.querySelectorAll('dd li')].map(text)).to.include(courtsFirst);
  });
});

describe('a body’s own same-matter rule, as the card and the summary cite it', () => {
  const BEFORE_ANOTHER: Answers = {
    jurisdiction: 'yes', author: 'self', rights: ['eviction'], urgency: 'no', factsDate: '2025-06-01', remedies: 'exhausted', finalDecisionDate: '2026-03-01',
    lateSubmission: 'no', identity: 'named', evidence: 'documents', ...NO_FIT,
  };
  const sameMatterLine = (el: OpEligibility, procedure: string) => routeItem(el, procedure).querySelector('[data-caveat="same-matter-refused"]')!.textContent!.replace(/\s+/g, ' ').trim();

  it('cites the Inter-American Commission’s Rules of Procedure, art. 33(1), for Venezuela, which the American Convention no longer binds: not “its Convention”', async () => {
    const el = await resultFor({ state: 'VE', otherProcedure: 'un-treaty-body', ...BEFORE_ANOTHER });
    expect(sameMatterLine(el, 'iachr-petitions')).to.contain('Article 33(1) of its Rules of Procedure').and.not.contain('Convention');
    const fr = await resultFor({ state: 'VE', otherProcedure: 'un-treaty-body', ...BEFORE_ANOTHER }, { lang: 'fr' });
    expect(sameMatterLine(fr, 'iachr-petitions')).to.contain('de son Règlement intérieur');
  });

  it('does not tell a person whose case is already before the European Court to send it there within four months', async () => {
    const el = await resultFor({ state: 'ES', otherProcedure: 'echr', ...BEFORE_ANOTHER });
    const card = routeItem(el, 'echr-applications');
    expect(card.querySelector('[data-caveat="same-matter-here"]'), 'follow it there').to.exist;
    expect(card.textContent).to.not.match(/four months/);
    const row = $(el, '.handoff-section[data-section="other-routes"] .handoff-row[data-procedure="echr-applications"]')!;
    expect(row.textContent).to.not.match(/four months/);
  });
});
