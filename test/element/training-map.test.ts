import { expect } from '@open-wc/testing';
import type { OpEligibility } from '../../src/index.js';
import { SCENARIOS } from '../../src/data/scenarios.js';
import { mapLabel, mapText } from '../../src/element/route-map-messages.js';
import { $, $$, answer, currentQuestion, emulateMediaFeatures, overCdp } from './helpers.js';
import { chooseScenario, click, makeTraining, playToTheEnd, playUntil, nextStep } from './training-helpers.js';

/*
 * Training's route map and its list to jump to show one route: after a jump back, the
 * questions ahead that the room had reached are on the map too, drawn and said apart
 * from the route taken.
 */

const jumps = (el: OpEligibility) => $$(el, '[part~="training-jump"]').map((b) => b.dataset['question']!);
/** The map's nodes of one kind drawn with `state` (taken, ahead), in the map's order. */
const nodes = (el: OpEligibility, state: 'taken' | 'ahead', kind = 'question') => $$(el, `.route-map-svg .node.${kind}.${state}`).map((n) => n.dataset['node']!);
const lines = (el: OpEligibility, selector: string) => $$(el, selector).map((li) => li.textContent!.trim().replace(/\s+/g, ' '));
const behindLines = (el: OpEligibility) => lines(el, '.route-path > ol:not(.route-ahead) > li');
const aheadLines = (el: OpEligibility) => lines(el, '.route-path > ol.route-ahead > li');
/** The map's list of the route in words: each line but the closure notes. */
const questionLines = (list: string[]) => list.filter((line) => line !== mapText.closedHere());

/** The map shows the route the list to jump to offers: the questions up to the one shown as taken, the rest as ahead, in its drawing and in words. */
function expectMapAsList(el: OpEligibility, at: string): void {
  const route = jumps(el);
  const current = $(el, '[part~="training-jump"][aria-current="step"]')?.dataset['question'];
  const here = current === undefined ? route.length - 1 : route.indexOf(current);
  const sorted = (ids: string[]) => [...ids].sort();
  expect(sorted(nodes(el, 'taken')), `${at}: the route taken, on the map`).to.deep.equal(sorted(route.slice(0, here + 1)));
  expect(sorted(nodes(el, 'ahead')), `${at}: the route ahead, on the map`).to.deep.equal(sorted(route.slice(here + 1)));
  if (current === undefined) return;
  expect($(el, '.route-map-svg .node.current')!.dataset['node'], `${at}: the current step`).to.equal(current);
  const behind = questionLines(behindLines(el));
  expect(behind.length, `${at}: the list of the route taken ends where the room stands`).to.equal(here + 1);
  expect(behind.at(-1)).to.equal(mapLabel(current));
  expect($$(el, '.route-path [aria-current="step"]').map((li) => li.textContent!.trim()), `${at}: one current step`).to.deep.equal([mapLabel(current)]);
  const ahead = questionLines(aheadLines(el));
  expect(ahead.map((line, i) => line.startsWith(mapLabel(route[here + 1 + i]!))), `${at}: the route ahead, in words`).to.deep.equal(route.slice(here + 1).map(() => true));
  // Said apart, under its own title, and in the map's description: not by its look alone.
  const aheadTitle = $(el, '.route-ahead')?.previousElementSibling?.textContent?.trim();
  const desc = $(el, '#route-map-desc')!.textContent!;
  if (ahead.length) {
    expect(aheadTitle, `${at}: the title of the route ahead`).to.equal('Ahead, where the room had gone');
    expect(desc).to.include('The route ahead, where the room had gone before going back, is drawn dashed.');
  } else {
    expect($(el, '.route-ahead'), `${at}: nothing ahead`).to.equal(null);
    expect(desc).not.to.include('dashed');
  }
}

/** The route ahead is drawn in the route taken's colour, not in the other lines'. */
function expectAheadColoured(el: OpEligibility): void {
  const stroke = (selector: string) => getComputedStyle($(el, `.route-map-svg ${selector}`)!).stroke;
  expect(stroke('.edge.ahead'), 'the route ahead in the route taken’s colour').to.equal(stroke('.edge.taken'));
  expect(stroke('.edge.ahead'), 'not in the other lines’').not.to.equal(stroke('.edge:not(.taken, .ahead)'));
}

describe('training: the route map after a jump', () => {
  it('eviction-spain played to question 8, back to question 2: the map draws the questions ahead as the list offers them, dashed and with no arrowheads, and says them apart; a forward jump, "Next step", Reset and another scenario keep the two in step', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    for (let i = 0; i < 7; i++) await nextStep(el);
    expectMapAsList(el, 'question 8');
    await click(el, '[part~="training-jump"][data-question="jurisdiction"]');
    expect(jumps(el)).to.have.length(8);
    expectMapAsList(el, 'back to question 2');
    expect(nodes(el, 'ahead')).to.have.length(6);
    // Told apart by more than colour: the route taken has arrowheads and bold steps, the route ahead dashes and plain steps.
    const aheadEdges = $$(el, '.route-map-svg .edge.ahead');
    expect(aheadEdges.length).to.be.at.least(6);
    expect(aheadEdges.every((e) => !e.hasAttribute('marker-end') && getComputedStyle(e).strokeDasharray !== 'none'), 'dashed, no arrowheads').to.equal(true);
    expect($$(el, '.route-map-svg .edge.taken').every((e) => e.getAttribute('marker-end') && getComputedStyle(e).strokeDasharray === 'none')).to.equal(true);
    // Painted in that order: the route ahead over the other lines it shares, the route taken over all.
    const drawn = $$(el, '.route-map-svg path.edge').map((e) => (e.classList.contains('taken') ? 2 : e.classList.contains('ahead') ? 1 : 0));
    expect(drawn, 'drawing order').to.deep.equal([...drawn].sort());
    expectAheadColoured(el);
    // A section beside the trainer's panel: its heading one level under the element's, as the panel's.
    expect([$(el, '#training-heading')!.parentElement!.tagName, $(el, '#route-map-heading')!.parentElement!.tagName]).to.deep.equal(['H3', 'H3']);
    expect(getComputedStyle($(el, '.route-map-svg .node.ahead text')!).fontWeight).to.equal('400');
    expect(getComputedStyle($(el, '.route-map-svg .node.taken:not(.current) text')!).fontWeight).to.equal('700');
    expect(aheadLines(el)[0], 'with the room’s answer').to.equal('Who complains: I am, about what happened to me');
    expect($(el, '.route-ahead')!.getAttribute('start'), 'numbered on from the route taken').to.equal('3');
    // Forward, part of the way, then the rest; "Next step" from further back.
    await click(el, '[part~="training-jump"][data-question="urgency"]');
    expectMapAsList(el, 'forward to urgency');
    await click(el, '[part~="training-jump"][data-question="author"]');
    await nextStep(el);
    expectMapAsList(el, '"Next step" after a jump back');
    await click(el, '[part~="training-jump"][data-question="finalDecisionDate"]');
    expectMapAsList(el, 'forward to where the room was');
    expect(nodes(el, 'ahead')).to.deep.equal([]);
    await click(el, '[part~="training-jump"][data-question="rights"]');
    await click(el, '[part~="training-reset"]');
    expectMapAsList(el, 'Reset');
    expect(nodes(el, 'taken')).to.deep.equal(['state']);
    await click(el, '[part~="training-jump"][data-question="state"]');
    await chooseScenario(el, 'late-portugal');
    await click(el, '[part~="training-start"]');
    await nextStep(el);
    await nextStep(el);
    await click(el, '[part~="training-jump"][data-question="state"]');
    expectMapAsList(el, 'another scenario, back to its first question');
    expect(nodes(el, 'ahead')).to.deep.equal(['jurisdiction', 'author']);
  });

  it('stopped at the question after the answer that closed the route (a disappearance, then urgency unanswered), back at the first question: the route ahead passes where the problem closed it and ends at that question, not on past it', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    await playUntil(el, 'rights');
    await answer(el, ['disappearance']);
    expect(currentQuestion(el)).to.equal('urgency');
    await click(el, '[part~="training-jump"][data-question="state"]');
    expectMapAsList(el, 'back to the first question');
    expect(nodes(el, 'ahead').at(-1)).to.equal('urgency');
    expect(nodes(el, 'ahead', 'junction'), 'the junction the problem led to').to.deep.equal(['closed']);
    const ahead = $$(el, '.route-map-svg .edge.ahead').map((e) => `${e.dataset['from']}>${e.dataset['to']}`);
    expect(ahead).to.include.members(['rights>closed', 'closed>urgency']);
    expect(ahead, 'not on from urgency').to.not.include('urgency>closed');
    expect(aheadLines(el).slice(-2)).to.deep.equal([mapText.closedHere(), mapLabel('urgency')]);
  });

  overCdp('forced-colours emulation')('in forced colours (Windows High Contrast), the route ahead is drawn in the text colour as every line is, told apart by its dashes and its list, not by a system colour', async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await makeTraining({ scenario: 'eviction-spain' });
      for (let i = 0; i < 3; i++) await nextStep(el);
      await click(el, '[part~="training-jump"][data-question="jurisdiction"]');
      const style = (selector: string) => getComputedStyle($(el, `.route-map-svg ${selector}`)!);
      expect(style('.edge.ahead').stroke).to.equal(style('.edge:not(.taken, .ahead)').stroke);
      expect(style('.edge.ahead').stroke).to.equal(style('.edge.taken').stroke);
      expect(style('.edge.ahead').strokeDasharray, 'the route ahead, dashed').not.to.equal('none');
      expect([style('.edge.taken').strokeDasharray, style('.edge:not(.taken, .ahead)').strokeDasharray], 'the others, not').to.deep.equal(['none', 'none']);
      expectMapAsList(el, 'back to question 2, in forced colours');
    } finally {
      await emulateMediaFeatures([]);
    }
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.id}: back from the result to the first question, the map shows ahead the route the result showed, where it closed too`, async () => {
      const el = await makeTraining({ scenario: scenario.id });
      await playToTheEnd(el);
      // The result's route, but the check of answers and the outcome, which the list to jump to does not offer.
      const drawn = [...nodes(el, 'taken'), ...nodes(el, 'taken', 'junction')];
      const said = behindLines(el).slice(0, -2);
      await click(el, '[part~="training-jump"][data-question="state"]');
      expectMapAsList(el, 'back to the first question');
      const onMap = [...nodes(el, 'taken'), ...nodes(el, 'ahead'), ...nodes(el, 'taken', 'junction'), ...nodes(el, 'ahead', 'junction')];
      expect(onMap.sort()).to.deep.equal(drawn.sort());
      expect([...behindLines(el), ...aheadLines(el)], 'the same lines, the question shown without its answer').to.deep.equal([mapLabel('state'), ...said.slice(1)]);
    });
  }
});
