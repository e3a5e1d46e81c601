import { expect } from '@open-wc/testing';
import type { Answers, Route, RouteCaveat } from '../../src/core/index.js';
import type { OpEligibility } from '../../src/index.js';
import { laterCaveats, leadCaveats } from '../../src/element/caveat-order.js';
import { $, $$, confirm, headingText, make, nextStepCodes, openRouteMap, outcome } from './helpers.js';

/*
 * Harm about to happen, on a route that waits for the courts (a group in Ecuador, their water and land, the courts
 * not tried): what can act now comes first, under its own heading, and the next step points to it; a committee's card
 * says that it waits for the courts before "say so when you complain here"; the page says "not yet" throughout; and
 * each card's caveats come in the one order the hand-off uses too (caveat-order.ts).
 */

const ECUADOR: Answers = {
  state: 'EC', jurisdiction: 'yes', author: 'group', rights: ['water', 'land'], urgency: 'yes', factsDate: '2025-01-10', factsContinuing: 'yes',
  remedies: 'not-tried', child: 'no', disability: 'no', grounds: ['none'],
};

/** Examined by another international body: each committee says its own rule (a caution) beside its notes. */
const EXAMINED: Answers = {
  state: 'EC', jurisdiction: 'yes', author: 'self', rights: ['water'], urgency: 'yes', factsDate: '2025-01-10', factsContinuing: 'yes',
  remedies: 'exhausted', finalDecisionDate: '2025-06-01', otherProcedure: 'regional-commission', child: 'no', disability: 'no', grounds: ['sex', 'race'],
};

/** A disappearance in Ecuador, urgent: the CED's urgent action can act now. */
const DISAPPEARANCE: Answers = { state: 'EC', jurisdiction: 'yes', author: 'self', rights: ['disappearance'], urgency: 'yes', child: 'no', disability: 'no', grounds: ['none'] };

async function resultFor(answers: Answers, lang = 'en'): Promise<OpEligibility> {
  const el = await make({ answers, lang });
  await confirm(el);
  expect($(el, '[part="other-routes"]'), 'the other routes are shown').to.exist;
  return el;
}

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const groups = (el: OpEligibility) => $$(el, '[data-group]').map((g) => g.dataset['group']);
const inGroup = (el: OpEligibility, group: string) => $$(el, `[data-group="${group}"] [data-procedure]`).map((r) => r.dataset['procedure']);
/** A route's own caveats as its card says them, top to bottom (reservations, said beside the date, left out). */
const cardCaveats = (el: OpEligibility, procedure: string) =>
  [...$(el, `[data-procedure="${procedure}"]`)!.querySelectorAll<HTMLElement>('[data-caveat]')].map((n) => n.dataset['caveat'] as RouteCaveat).filter((c) => c !== 'reservations-may-limit');

describe('other routes when harm is about to happen', () => {
  it('puts the bodies that can act now first, under "Can act now", and the urgent next step points to them', async () => {
    const el = await resultFor(ECUADOR);
    expect(groups(el)).to.deep.equal(['act-now', 'treaty-bodies']);
    expect(inGroup(el, 'act-now')).to.deep.equal(['iachr-petitions', 'special-procedures']);
    const group = $(el, '[data-group="act-now"]')!;
    expect(text(group.querySelector('h4')!)).to.equal('Can act now');
    // Each under its own name, as the committees are.
    expect($$(el, '[data-group="act-now"] .route-name').map(text)).to.deep.equal([
      'Inter-American Commission on Human Rights',
      'UN special rapporteurs and working groups (Special Procedures)',
    ]);
    // The regional body's source stays with it: the regional group is gone from below.
    expect(text(group.querySelector('.route-source')!)).to.match(/^From each body’s own treaties and official sources/);
    expect(nextStepCodes(el)[0]).to.equal('get-urgent-help');
    const step = text($(el, '.next-steps li')!);
    expect(step).to.contain('A court in the country may act faster, and so may the places listed first below.');
    expect(step).to.not.contain('a place listed below');
  });

  it('says it in Spanish too', async () => {
    const el = await resultFor(ECUADOR, 'es');
    expect(text($(el, '[data-group="act-now"] h4')!)).to.equal('Pueden actuar ya');
    expect(text($(el, '.next-steps li')!)).to.contain('Un tribunal del país puede actuar más rápido, y también los lugares que aparecen primero abajo.');
  });

  it('puts the CED’s urgent action first for a disappearance, and keeps the committees below', async () => {
    const el = await resultFor(DISAPPEARANCE);
    expect(groups(el)[0]).to.equal('act-now');
    expect(inGroup(el, 'act-now')[0]).to.equal('ced_art30');
    expect(inGroup(el, 'treaty-bodies')).to.include('ced_art31').and.not.include('ced_art30');
  });

  it('without urgency, has no such group and keeps the generic line', async () => {
    const el = await resultFor({ ...ECUADOR, urgency: 'no' });
    expect(groups(el)).to.not.include('act-now');
    expect(groups(el)[0]).to.equal('treaty-bodies');
  });

  it('on a committee’s card that waits for the courts, says so before "say so when you complain here"', async () => {
    for (const lang of ['en', 'es']) {
      const el = await resultFor(ECUADOR, lang);
      for (const procedure of ['iccpr_op1', 'cedaw_op', 'crc_op3', 'cerd_art14']) {
        const order = cardCaveats(el, procedure);
        expect(order.slice(0, 2), `${lang} ${procedure}`).to.deep.equal(['remedies-first', 'urgent-measures']);
      }
      // The precautionary measures wait for no court: they stay first on their card.
      expect(cardCaveats(el, 'iachr-petitions')[0], lang).to.equal('urgent-measures-without-complaint');
    }
  });

  it('says "not yet" in the title and on the route map for a route that only waits for the courts', async () => {
    const el = await resultFor(ECUADOR);
    expect(outcome(el)).to.equal('not-admissible');
    expect(headingText(el)).to.equal('You cannot complain to the Committee yet');
    expect(text($(el, '[part="outcome"] .panel-body')!)).to.match(/^Not yet: the courts/);
    await openRouteMap(el);
    expect(text($$(el, '.route-path > ol > li').at(-1)!)).to.equal('Not yet');
    expect(text($(el, '.route-map-svg .node.current')!)).to.equal('Not yet');
    expect(text($(el, '.result')!)).to.not.contain('Probably not accepted');
    const es = await resultFor(ECUADOR, 'es');
    expect(headingText(es)).to.equal('Todavía no puede presentar la denuncia al Comité');
  });

  it('tags what closes the route only for now "Not yet", on the result and in the summary, not "Stops the complaint"', async () => {
    const el = await resultFor(ECUADOR);
    const tag = (root: ParentNode) => text(root.querySelector('.reason[data-code="remedies-not-tried"] .tag')!);
    expect(tag(el.shadowRoot!)).to.equal('Not yet');
    const row = $$(el, '.handoff-section[data-section="reasons"] .handoff-row').map(text).find((r) => r.includes('3(1)'))!;
    expect(row).to.contain('Not yet').and.not.contain('Stops the complaint');
    const fr = await resultFor(ECUADOR, 'fr');
    expect(tag(fr.shadowRoot!)).to.equal('Pas encore');
    // A bar time does not lift keeps its tag.
    expect($$(await resultFor(EXAMINED), '.reason[data-severity="bar"] .tag').map(text)).to.include('Stops the complaint');
  });

  it('keeps "probably not" where the bar is not one time lifts', async () => {
    const el = await resultFor(EXAMINED);
    expect(headingText(el)).to.equal('The Committee would probably not accept this complaint');
  });

  it('orders each card’s caveats as one shared order: cautions before notes, the wait for the courts before a complaint’s urgent measures', async () => {
    const el = await resultFor(EXAMINED);
    expect(cardCaveats(el, 'cedaw_op')).to.deep.equal(['urgent-measures', 'same-matter-refused', 'women-and-girls-only']);
    expect(cardCaveats(el, 'cerd_art14')).to.deep.equal(['urgent-measures', 'time-limit-passed', 'same-matter-no-rule']);
    // No disappearance here: the CED's urgent action says no same-matter rule (engine: only where it is relevant).
    expect(cardCaveats(el, 'ced_art30')).to.deep.equal(['report-to-authorities-first', 'disappearance-after-entry-into-force']);
  });
  it('says "those that may fit come first" only when the first group holds one: not above experts not marked so', async () => {
    const el = await resultFor({
      state: 'FR', jurisdiction: 'yes', author: 'self', rights: ['family'], urgency: 'yes', factsDate: '2025-01-01', factsContinuing: 'no', remedies: 'not-tried',
      child: 'no', disability: 'no', grounds: ['none'],
    });
    expect(groups(el)[0]).to.equal('act-now');
    expect($$(el, '[data-group="act-now"] [data-procedure]').map((r) => r.dataset['fit'])).to.not.include('recommended');
    expect($$(el, '[data-procedure]').map((r) => r.dataset['fit']), 'a body below may fit').to.include('recommended');
    expect(text($(el, '.other-routes > p')!)).to.not.contain('come first');
    // Ecuador: the experts and the Inter-American Commission, which can act now, may fit too.
    expect(text($(await resultFor(ECUADOR), '.other-routes > p')!)).to.contain('Those that may fit your situation come first.');
  });

  it('says what can act now before the caution on choosing where to complain, which is about complaints', async () => {
    const el = await resultFor({
      state: 'PT', jurisdiction: 'yes', author: 'self', rights: ['water'], urgency: 'yes', factsDate: '2025-11-20', remedies: 'not-tried', child: 'yes', disability: 'no', grounds: ['none'],
    });
    const warning = $(el, '[part="forum-warning"]')!;
    expect(warning, 'a caution on choosing where to complain').to.exist;
    const actNow = $(el, '[data-group="act-now"]')!;
    expect(actNow.compareDocumentPosition(warning) & Node.DOCUMENT_POSITION_FOLLOWING, 'the caution after "Can act now"').to.not.equal(0);
    for (const group of $$(el, '[data-group]').filter((g) => g !== actNow)) {
      expect(warning.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING, `before ${group.dataset['group']}`).to.not.equal(0);
    }
  });

  it('marks the bodies that can act now so in the summary too, whose rows follow one another on paper', async () => {
    const el = await resultFor(ECUADOR);
    const label = (procedure: string) => text($(el, `.handoff-section[data-section="other-routes"] .handoff-row[data-procedure="${procedure}"] dt`)!);
    expect(label('special-procedures')).to.equal('UN special rapporteurs and working groups (Special Procedures) · Can act now · May fit your situation');
    expect(label('iachr-petitions')).to.contain(' · Can act now');
    expect(label('iccpr_op1')).to.not.contain('Can act now');
  });

  it('says a card’s caveats in the hand-off summary in the card’s own order (the wait for the courts first)', async () => {
    const el = await resultFor(ECUADOR);
    for (const procedure of ['iccpr_op1', 'cedaw_op', 'crc_op3']) {
      const said = [...$(el, `.route-card[data-procedure="${procedure}"], [data-group] [data-procedure="${procedure}"]`)!.querySelectorAll<HTMLElement>('[data-caveat]')]
        .filter((n) => n.dataset['caveat'] !== 'reservations-may-limit')
        .map(text);
      expect(said.length, procedure).to.be.greaterThan(1);
      const row = text($(el, `.handoff-section[data-section="other-routes"] .handoff-row[data-procedure="${procedure}"] dd`)!);
      const at = said.map((line) => row.indexOf(line));
      expect(at, `${procedure}: ${JSON.stringify(said)} in ${row}`).to.not.include(-1);
      expect(at, procedure).to.deep.equal([...at].sort((a, b) => a - b));
    }
  });
});

describe('caveat-order', () => {
  const route = (caveats: RouteCaveat[]): Pick<Route, 'caveats'> => ({ caveats });

  it('says the wait for the courts first where the urgent measures come with a complaint, and not otherwise', () => {
    const committee = route(['urgent-measures', 'reservations-may-limit', 'women-and-girls-only', 'same-matter-bar', 'remedies-first']);
    expect(leadCaveats(committee)).to.deep.equal(['remedies-first', 'urgent-measures']);
    expect(laterCaveats(committee)).to.deep.equal([[], ['women-and-girls-only']]);
    const iachr = route(['urgent-measures-without-complaint', 'san-salvador-petitions-limited', 'remedies-first']);
    expect(leadCaveats(iachr)).to.deep.equal(['urgent-measures-without-complaint']);
    expect(laterCaveats(iachr)).to.deep.equal([[], ['san-salvador-petitions-limited', 'remedies-first']]);
    expect(leadCaveats(route(['remedies-unknown', 'urgent-measures']))).to.deep.equal(['remedies-unknown', 'urgent-measures']);
  });

  it('puts cautions before notes, each in the engine’s order, and leaves out what is said once', () => {
    const ced = route(['reservations-may-limit', 'report-to-authorities-first', 'disappearance-after-entry-into-force', 'examined-elsewhere', 'same-matter-while-pending']);
    expect(leadCaveats(ced)).to.deep.equal([]);
    expect(laterCaveats(ced)).to.deep.equal([['same-matter-while-pending'], ['report-to-authorities-first', 'disappearance-after-entry-into-force']]);
    expect(laterCaveats(route(['same-matter-no-rule', 'time-limit-passed', 'membership-unconfirmed']))).to.deep.equal([
      ['time-limit-passed', 'membership-unconfirmed'],
      ['same-matter-no-rule'],
    ]);
  });
});
