import { expect } from '@open-wc/testing';
import { routeGraph } from '../../src/index.js';
import { layoutRoute } from '../../src/element/route-map.js';
import { flowStates, flowWith, routeFromDefinition, type StateConfig } from '../support/machine-definition.js';
import { $, $$, answer, confirm, emulateMediaFeatures, make, openRouteMap, overCdp, reachResult, shadow, LANGUAGES } from './helpers.js';
import { mapText } from '../../src/element/route-map-messages.js';
import { makeTraining, playToTheEnd } from './training-helpers.js';
import { readXliff } from './xliff.js';

/** The corners of a path drawn with M, H and V only. */
function points(d: string): { x: number; y: number }[] {
  const at = { x: 0, y: 0 };
  return [...d.matchAll(/([MHV])([\d.]+)(?: ([\d.]+))?/g)].map(([, op, a, b]) => {
    if (op === 'M') Object.assign(at, { x: Number(a), y: Number(b) });
    else if (op === 'H') at.x = Number(a);
    else at.y = Number(a);
    return { ...at };
  });
}

const pairs = (edges: { from: string; to: string }[]) => [...new Set(edges.map((e) => `${e.from}>${e.to}`))].sort();

describe('route map', () => {
  it('draws exactly the machine’s states and forward transitions, read from its definition', async () => {
    const el = await makeTraining();
    const definition = routeFromDefinition();
    const drawnNodes = $$(el, '.route-map-svg [data-node]').map((g) => g.dataset['node']);
    expect(drawnNodes).to.deep.equal(definition.nodes.map((n) => n.id));
    const drawnEdges = $$(el, '.route-map-svg path.edge').map((p) => ({ from: p.dataset['from']!, to: p.dataset['to']! }));
    expect(pairs(drawnEdges)).to.deep.equal(pairs(definition.edges));
    expect(drawnNodes).to.not.include('routing');
  });

  it('a question added to the machine gets a place and its edges with no other edit', () => {
    const states = flowStates();
    const fit = JSON.parse(JSON.stringify(states['urgency']).replaceAll('"urgency"', '"fit"')) as StateConfig;
    fit.states!.answered!.always = [{ target: '#review' }];
    // Asked only when the route closes: the closing exits of `jurisdiction` now go to `fit`.
    states['jurisdiction']!.states!.answered!.always![0]!.target = '#fit';
    const withFit = Object.fromEntries(Object.entries(states).flatMap(([k, v]) => (k === 'evidence' ? [[k, v], ['fit', fit]] : [[k, v]])));
    const { config, chart } = flowWith(withFit);
    const layout = layoutRoute(routeGraph(chart));
    const fitNode = layout.nodes.find((n) => n.id === 'fit')!;
    expect(fitNode).to.include({ kind: 'question', setIn: true });
    expect(layout.nodes.find((n) => n.id === 'evidence')!.y).to.be.lessThan(fitNode.y);
    expect(pairs(layout.edges)).to.deep.equal(pairs(routeFromDefinition(config).edges));
  });

  it('highlights the route taken and lists it as text', async () => {
    const el = await makeTraining({ scenario: 'late-portugal' });
    await playToTheEnd(el);
    const trail = ['state', 'jurisdiction', 'author', 'rights', 'urgency', 'factsDate', 'remedies', 'finalDecisionDate', 'lateSubmission'];
    // The late answer closes the route: the map passes the junction, which the trail and the list leave out. No child
    // question: the children's Committee's year from that decision is over too, so the answer could change nothing.
    const path = [...trail, 'closed', 'disability', 'grounds', 'review', 'notAdmissible'];
    expect($$(el, '.route-map-svg .node.taken').map((g) => g.dataset['node'])).to.have.members(path);
    expect($(el, '.route-map-svg .node.current')!.dataset['node']).to.equal('notAdmissible');
    const taken = $$(el, '.route-map-svg path.edge.taken').map((p) => `${p.dataset['from']}>${p.dataset['to']}`);
    expect(taken).to.have.members(path.slice(1).map((to, i) => `${path[i]}>${to}`));
    const items = $$(el, '.route-path > ol > li');
    const steps = items.map((li) => li.textContent!.trim());
    // Each node of the path, the junction said in words where the route closed.
    expect(steps).to.have.length(path.length);
    expect(steps[0]).to.equal('Country: Portugal');
    expect(steps[path.indexOf('closed')]).to.equal('This route closed here: the next questions are about other places that may help.');
    expect(steps.at(-1)).to.equal('Probably not accepted');
    expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal([...steps.slice(1).map(() => null), 'step']);
  });

  it('takes a closed route through the junction to the fit questions, and lists the questions, where the route closed, and the outcome', async () => {
    const el = await makeTraining({ scenario: 'not-party-japan' });
    await playToTheEnd(el);
    // Closed at the State, so the junction asks the problem, then urgency, then disability and unfair treatment (each
    // names a UN expert), and passes on to the check.
    const path = ['state', 'closed', 'rights', 'urgency', 'closed', 'disability', 'grounds', 'review', 'notAvailable'];
    expect($$(el, '.route-map-svg .node.taken').map((g) => g.dataset['node'])).to.have.members([...new Set(path)]);
    const taken = $$(el, '.route-map-svg path.edge.taken').map((p) => `${p.dataset['from']}>${p.dataset['to']}`);
    expect(taken).to.have.members(path.slice(1).map((to, i) => `${path[i]}>${to}`));
    const junction = $(el, '.route-map-svg .node.junction')!;
    expect(junction.dataset['node']).to.equal('closed');
    expect(junction.querySelector('title')!.textContent).to.equal('The OP-ICESCR route is closed: questions about other routes');
    expect(junction.querySelector('text')).to.equal(null);
    expect($$(el, '.route-path > ol > li').map((li) => li.textContent!.trim())).to.deep.equal([
      'Country: Japan',
      'This route closed here: the next questions are about other places that may help.',
      'Rights: Health care',
      'Urgency: Yes',
      'Disability: No',
      'Discrimination: None of these',
      'Check answers',
      'Route closed',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows which way the route went: an arrowhead on each edge taken, none on the others', async () => {
    const el = await makeTraining({ scenario: 'not-party-japan' });
    await playToTheEnd(el);
    const edges = $$(el, '.route-map-svg path.edge');
    const arrow = $(el, '.route-map-svg marker#route-map-arrow')!;
    expect(arrow.getAttribute('orient')).to.equal('auto');
    for (const edge of edges) {
      expect(edge.getAttribute('marker-end'), `${edge.dataset['from']}>${edge.dataset['to']}`).to.equal(
        edge.classList.contains('taken') ? 'url(#route-map-arrow)' : null,
      );
    }
    expect(edges.filter((e) => e.classList.contains('taken'))).to.have.length(8);
    expect(getComputedStyle(arrow.querySelector('path')!).fill).to.equal(getComputedStyle(edges.find((e) => e.classList.contains('taken'))!).stroke);
  });

  /*
   * Forced colours (Windows High Contrast; Firefox overriding colours on Linux): only
   * CanvasText on Canvas is sure to contrast. Highlight on Canvas is not (about 1.9:1 on
   * some dark Linux themes), so the route taken is drawn in CanvasText too, told apart by
   * its width, its arrowheads, its bold labels and the list under the map.
   */
  for (const scheme of ['light', 'dark']) {
    overCdp('forced-colours emulation')(`in forced colours, ${scheme}: every line and box border in the text colour, the route taken told apart by a line at least twice as wide, its arrowheads and the list in words`, async () => {
      await emulateMediaFeatures([
        { name: 'forced-colors', value: 'active' },
        { name: 'prefers-color-scheme', value: scheme },
      ]);
      try {
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.cssText = 'color: CanvasText; forced-color-adjust: none';
        const canvasText = getComputedStyle(probe).color;
        probe.remove();
        const training = await makeTraining({ scenario: 'late-portugal' });
        await playToTheEnd(training);
        for (const el of [training, await (async () => {
          const page = await make();
          await reachResult(page, 'not-admissible');
          await openRouteMap(page);
          return page;
        })()]) {
          const style = (selector: string) => getComputedStyle($(el, `.route-map-svg ${selector}`)!);
          const width = (selector: string) => parseFloat(style(selector).strokeWidth);
          for (const selector of ['.edge.taken', '.edge:not(.taken, .ahead)', '.node.taken rect', '.node:not(.taken, .ahead) rect']) {
            expect(style(selector).stroke, `${selector}: CanvasText`).to.equal(canvasText);
          }
          expect(getComputedStyle($(el, '.route-map-svg marker .arrow')!).fill, 'the arrowheads').to.equal(canvasText);
          expect(width('.edge.taken'), 'a line taken, beside one not').to.be.at.least(2 * width('.edge:not(.taken, .ahead)'));
          expect(width('.node.taken:not(.current) rect'), 'a box on the route, beside one off it').to.be.at.least(2 * width('.node:not(.taken, .ahead) rect'));
          expect(style('.node.taken:not(.current) text').fontWeight).to.equal('700');
          expect(style('.node:not(.taken, .ahead) text').fontWeight).to.equal('400');
          // And in words, under the map: the list of the route taken, under its title.
          expect($(el, '.route-path-title')!.textContent!.trim()).to.equal(mapText.path());
          expect($(el, '.route-path')!.getBoundingClientRect().height).to.be.greaterThan(0);
        }
      } finally {
        await emulateMediaFeatures([]);
      }
    });
  }

  it('names the closed route’s diamond in each language as in English, never as the generic “the route continues from here”', async () => {
    for (const lang of LANGUAGES) {
      const el = await makeTraining({ scenario: 'not-party-japan', lang });
      const title = $(el, '.route-map-svg .node.junction title')!.textContent!;
      if (lang === 'en') {
        expect(title).to.equal('The OP-ICESCR route is closed: questions about other routes');
        continue;
      }
      const units = await readXliff(lang);
      expect(title, lang).to.equal(units.get('map.junction.closed')!.target);
      // The opposite meaning: what a pass-through the map has no name for is called.
      expect(title, lang).to.not.equal(units.get('map.junction')!.target);
    }
  });

  it('an open route does not pass the junction', async () => {
    const el = await makeTraining({ scenario: 'pension-ecuador' });
    await playToTheEnd(el);
    expect($(el, '.route-map-svg .node.junction.taken')).to.equal(null);
    expect($$(el, '.route-map-svg path.edge.taken').map((p) => p.dataset['to'])).to.not.include('closed');
    expect($(el, '.route-map-svg .node.current')!.dataset['node']).to.equal('needsReview');
  });

  it('in Arabic, each label starts at the right of its box; in English, at the left', async () => {
    for (const [lang, anchor] of [['ar', 'end'], ['en', 'start']] as const) {
      const el = await makeTraining({ scenario: 'late-portugal', lang });
      const box = $(el, '.route-map-svg [data-node="state"] rect')!.getBoundingClientRect();
      const text = $(el, '.route-map-svg [data-node="state"] text')!;
      expect(text.getAttribute('text-anchor')).to.equal(anchor);
      const label = text.getBoundingClientRect();
      if (anchor === 'end') expect(box.right - label.right, lang).to.be.within(0, 12);
      else expect(label.left - box.left, lang).to.be.within(0, 12);
    }
  });

  it('fits each label in its box in every language, in bold as on the route taken, with 10px to spare at each end', async () => {
    const overflowing: string[] = [];
    for (const lang of LANGUAGES) {
      const el = await makeTraining({ lang });
      for (const node of $$(el, '.route-map-svg [data-node]')) {
        const [rect, text] = [node.querySelector('rect'), node.querySelector<SVGTextElement>('text')];
        if (!rect || !text) continue;
        node.classList.add('taken');
        const room = rect.width.baseVal.value - 20;
        if (text.getComputedTextLength() > room) overflowing.push(`${lang}: ${text.textContent}`);
      }
    }
    // The outcomes' pills are the tightest: "Probablemente rechazada" in bold ran into the Spanish pill's rounded end.
    expect(overflowing).to.deep.equal([]);
  });

  it('in Arabic, is drawn as in a mirror: set-in questions set in from the right, the lane to the check on the left', async () => {
    const sides = async (lang: 'ar' | 'en') => {
      const el = await makeTraining({ scenario: 'not-party-japan', lang });
      const svg = $(el, '.route-map-svg')!.getBoundingClientRect();
      const rect = (node: string) => $(el, `.route-map-svg [data-node="${node}"] rect`)!.getBoundingClientRect();
      const setIn = $(el, '.route-map-svg .node.question.set-in')!.dataset['node']!;
      const lane = $$(el, '.route-map-svg path.edge.exit').map((p) => p.getBoundingClientRect());
      const junction = $(el, '.route-map-svg .node.junction rect')!.getBoundingClientRect();
      const desc = $(el, '#route-map-desc')!.textContent!;
      return {
        desc,
        // From the side the reader starts on: the left in English, the right in Arabic.
        fromStart: (r: DOMRect) => Math.round(lang === 'ar' ? svg.right - r.right : r.left - svg.left),
        state: rect('state'),
        setIn: rect(setIn),
        lane,
        junction,
        svg,
      };
    };
    const [ar, en] = [await sides('ar'), await sides('en')];
    // The same distances from the reader's side: the set-in question further in, in both.
    expect(ar.fromStart(ar.state)).to.equal(en.fromStart(en.state));
    expect(ar.fromStart(ar.setIn)).to.equal(en.fromStart(en.setIn));
    expect(ar.fromStart(ar.setIn)).to.be.greaterThan(ar.fromStart(ar.state));
    // The lane and its junction lie past the boxes' far end: left of them in Arabic, right in English.
    expect(ar.lane.length).to.be.greaterThan(0);
    for (const r of ar.lane) expect(r.left).to.be.below(ar.state.left);
    for (const r of en.lane) expect(r.right).to.be.above(en.state.right);
    expect(ar.junction.right).to.be.below(ar.state.left);
    expect(en.junction.left).to.be.above(en.state.right);
    // The description a screen reader hears says so: "the line on the left" in Arabic, "on the right" in English.
    expect(ar.desc).to.include('الخط على اليسار');
    expect(en.desc).to.include('The line on the right');
  });

  it('gives the questions the theme’s corners (--op-eligibility-radius); outcomes stay pills', async () => {
    const el = await makeTraining({ scenario: 'late-portugal' });
    const rx = (node: string) => getComputedStyle($(el, `.route-map-svg [data-node="${node}"] rect`)!).getPropertyValue('rx');
    const outcome = $(el, '.route-map-svg .node.outcome')!.dataset['node']!;
    expect([rx('state'), rx(outcome)]).to.deep.equal(['6px', '19px']);
    el.style.setProperty('--op-eligibility-radius', '0px');
    expect([rx('state'), rx(outcome)]).to.deep.equal(['0px', '19px']);
  });

  it('is an image named by its title and described by its description, each read once', async () => {
    const el = await makeTraining();
    const svg = $(el, '.route-map-svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(shadow(el).getElementById(svg.getAttribute('aria-labelledby')!)?.textContent).to.equal('Map of the complaints route');
    expect(svg.getAttribute('aria-describedby')).to.equal('route-map-desc');
    expect($(el, '#route-map-desc')!.textContent).to.match(/^The questions from top to bottom/);
    // Last: that the route is in words just below, so a screen reader need not picture the drawing.
    expect($(el, '#route-map-desc')!.textContent).to.match(/ Below the map, the same route is written out step by step\.$/);
    expect($(el, '#route-map-title')!.tagName.toLowerCase()).to.equal('title');
  });

  it('in screening mode, is shown on the result page on request only', async () => {
    const el = await make();
    expect($(el, '.route-map')).to.equal(null);
    await reachResult(el, 'needs-review');
    const disclosure = $<HTMLDetailsElement>(el, '.route-map-disclosure')!;
    expect(disclosure.open).to.equal(false);
    expect(disclosure.querySelector('summary')!.textContent!.trim()).to.equal('Show the route map');
    await openRouteMap(el);
    expect(disclosure.open).to.equal(true);
    expect($(el, '.route-map-svg .node.current')!.dataset['node']).to.equal('needsReview');
  });

  it('marks where the route closed right after the answer that closed it, whatever the next question', async () => {
    // An organisation in its own name: closed at the author, though the problem comes next on every route.
    const el = await make();
    for (const value of ['ES', 'yes', 'organisation', ['eviction'], 'no']) await answer(el, value);
    while ($(el, '[part~="confirm"]') === null) await answer(el, 'unknown');
    await confirm(el);
    await openRouteMap(el);
    const steps = $$(el, '.route-path > ol > li').map((li) => li.textContent!.trim());
    expect(steps.slice(0, 5)).to.deep.equal([
      'Country: Spain',
      'Under its control: Yes',
      'Who complains: An organisation, about a general problem, with no named person who was harmed',
      'This route closed here: the next questions are about other places that may help.',
      'Rights: Being forced out of your home (eviction)',
    ]);
    expect(steps.filter((s) => s.startsWith('This route closed here'))).to.have.length(1);
    // The map draws it too: through the junction to the problem, not the open route's way.
    const taken = $$(el, '.route-map-svg path.edge.taken').map((p) => `${p.dataset['from']}>${p.dataset['to']}`);
    expect(taken).to.include.members(['author>closed', 'closed>rights']);
    expect(taken).to.not.include('author>rights');
  });

  it('a problem outside the Covenant closes the route at the problem, urgency asked after it (free-speech-mongolia, art. 3(2)(d))', async () => {
    const el = await makeTraining({ scenario: 'free-speech-mongolia' });
    await playToTheEnd(el);
    const taken = $$(el, '.route-map-svg path.edge.taken').map((p) => `${p.dataset['from']}>${p.dataset['to']}`);
    // The bold line leaves from the problem, to the diamond, which asks urgency.
    expect(taken).to.include.members(['rights>closed', 'closed>urgency']);
    expect(taken).to.not.include('rights>urgency');
    const steps = $$(el, '.route-path > ol > li').map((li) => li.textContent!.trim());
    expect(steps.slice(3, 6)).to.deep.equal([
      'Rights: Torture, arrest, a fair trial, free speech or voting',
      'This route closed here: the next questions are about other places that may help.',
      'Urgency: No',
    ]);
  });

  it('says where the route closed when the closing answer is the last legal question (before another body, in Gabon), and the questions that follow', async () => {
    // Each of Gabon's other complaint bodies refuses a problem another body has looked at, or may (OP-CEDAW art. 4(2)(a),
    // OP-CRPD art. 2(c), OP3-CRC art. 7(d); the African bodies): no child question can change what is recommended.
    // Disability and unfair treatment follow: each names a UN expert.
    const el = await make({
      answers: {
        state: 'GA', jurisdiction: 'yes', author: 'self', rights: ['housing'], urgency: 'no', factsDate: '2024-01-10',
        remedies: 'exhausted', finalDecisionDate: '2025-12-01', otherProcedure: 'regional-commission', disability: 'no', grounds: ['none'],
      },
    });
    await confirm(el);
    await openRouteMap(el);
    const taken = $$(el, '.route-map-svg path.edge.taken').map((p) => `${p.dataset['from']}>${p.dataset['to']}`);
    expect(taken).to.include.members(['otherProcedure>closed', 'closed>disability', 'grounds>review']);
    const steps = $$(el, '.route-path > ol > li').map((li) => li.textContent!.trim());
    // The diamond the map passes, said in words right after the answer, then the questions it leads to.
    expect(steps.slice(-6)).to.deep.equal([
      'Other bodies: Yes, a regional commission or court, for example in Africa or the Americas',
      'This route closed here: the next questions are about other places that may help.',
      'Disability: No',
      'Discrimination: None of these',
      'Check answers',
      'Probably not accepted',
    ]);
  });

  it('before the European Court, in Italy: no child question follows the closing answer, disability and unfair treatment do', async () => {
    const el = await makeTraining({ scenario: 'european-court-italy' });
    await playToTheEnd(el);
    const steps = $$(el, '.route-path > ol > li').map((li) => li.textContent!.trim());
    // No child question in Italy (CERD's six months are over; the Human Rights Committee bars it): the junction, the two
    // questions that name a UN expert, then the check.
    expect(steps.slice(-6)).to.deep.equal([
      'Other bodies: Yes, the European Court of Human Rights',
      'This route closed here: the next questions are about other places that may help.',
      'Disability: No',
      'Discrimination: None of these',
      'Check answers',
      'Probably not accepted',
    ]);
  });

  it('lists several answers to one question apart in the text alternative, never joined with "and"', async () => {
    const el = await make();
    await reachResult(el, 'not-admissible');
    await openRouteMap(el);
    const rights = $$(el, '.route-path > ol > li').filter((li) => li.querySelector('ul'));
    const ownText = (li: Element) => [...li.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    expect(rights.map(ownText)).to.deep.equal(['Rights']);
    expect([...rights[0]!.querySelectorAll('ul > li')].map((li) => li.textContent)).to.deep.equal(['Housing: a safe, decent place to live', 'Food: having enough to eat']);
    expect($$(el, '.route-path > ol > li').map((li) => li.textContent!.trim())).to.include('Discrimination: Sex or gender');
    await expect(el).to.be.accessible();
  });

  describe('after a complaint is sent', () => {
    const articles = ['5', '6', '7', '8', '9', '11'];
    const cited = {
      en: { title: 'After a complaint is sent', article: (a: string) => `Article ${a}` },
      fr: { title: 'Après l’envoi d’une plainte', article: (a: string) => `Article ${a}` },
      ar: { title: 'بعد إرسال الشكوى', article: (a: string) => `المادة \u2067${a}\u2069` },
    } as const;

    for (const [lang, want] of Object.entries(cited)) {
      it(`${lang}: lists under the outcomes, in the Protocol's order, what happens next, each step citing its article`, async () => {
        const el = await makeTraining({ lang });
        const panel = $(el, '.route-map-panel')!;
        const after = panel.querySelector('.route-after')!;
        expect(after, 'the part after a complaint').to.not.equal(null);
        // Under the map, whose last row is the outcomes: after its drawing and the route taken, in reading order and on screen.
        const figure = panel.querySelector('.route-map')!;
        expect(figure.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        const outcomes = $$(el, '.route-map-svg .node.outcome rect').map((r) => r.getBoundingClientRect().bottom);
        expect(after.getBoundingClientRect().top).to.be.greaterThan(Math.max(...outcomes));
        // A heading a level below the map's own.
        const mapHeading = panel.querySelector('h2, h3, h4, h5, h6')!;
        const heading = after.querySelector('h2, h3, h4, h5, h6')!;
        expect(heading.tagName).to.equal(`H${Number(mapHeading.tagName[1]) + 1}`);
        expect(heading.textContent!.trim()).to.equal(want.title);
        expect(after.getAttribute('aria-labelledby')).to.equal(heading.querySelector('[id]')!.id);
        const items = [...after.querySelectorAll('ol > li')];
        expect(items.map((li) => (li as HTMLElement).dataset['article'])).to.deep.equal(articles);
        expect(items.map((li) => li.querySelector('.route-after-article')!.textContent)).to.deep.equal(articles.map(want.article));
        for (const li of items) expect(li.querySelector('.route-after-text')!.textContent!.trim(), `${lang}, ${(li as HTMLElement).dataset['article']}`).to.match(/\S.{20,}/);
        // Nothing to press: it is not a step of the wizard.
        expect(after.querySelector('a, button, input, [tabindex]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('in Arabic, reads right to left: each article starts at the right of its line', async () => {
      const el = await makeTraining({ lang: 'ar' });
      const li = $(el, '.route-after li')!;
      expect(getComputedStyle(li).direction).to.equal('rtl');
      const article = li.querySelector('.route-after-article')!.getBoundingClientRect();
      const text = li.querySelector('.route-after-text')!.getBoundingClientRect();
      expect(article.top).to.be.lessThan(text.top);
      expect(Math.abs(article.right - text.right)).to.be.below(2);
    });

    it('names the country chosen under art. 11 where it accepted inquiries (El Salvador), and none where it did not (Spain)', async () => {
      const inquiryLine = async (state: string, lang = 'en') => {
        const el = await make({ lang, answers: { state, jurisdiction: 'yes', author: 'organisation', rights: ['education'], urgency: 'no', disability: 'no', grounds: ['none'] } });
        await confirm(el);
        await openRouteMap(el);
        return $(el, '.route-after li[data-article="11"] .route-after-text')!.textContent!.replace(/\s+/g, ' ').trim();
      };
      expect(await inquiryLine('SV')).to.equal('Only in countries that have accepted it: the Committee can inquire into serious or systematic violations. El Salvador has accepted it.');
      expect(await inquiryLine('SV', 'fr')).to.match(/\(Salvador\) l’a accepté\.$/);
      expect(await inquiryLine('ES')).to.equal('Only in countries that have accepted it: the Committee can inquire into serious or systematic violations.');
    });

    it('in screening mode, is there once the route map is shown, its heading at the level of the result’s', async () => {
      const el = await make({ lang: 'en' });
      await reachResult(el, 'needs-review');
      // Within the closed disclosure, if anywhere, until it opens.
      expect($(el, '.route-after')?.closest('details:not([open])') ?? null).to.equal($(el, '.route-after') ? $(el, '.route-map-disclosure') : null);
      await openRouteMap(el);
      const after = $(el, '.route-map-disclosure .route-after')!;
      const resultHeading = $(el, '.result .subheading')!;
      expect(after.querySelector('h2, h3, h4, h5, h6')!.tagName).to.equal(resultHeading.tagName);
      expect($$(el, '.route-after li').map((li) => li.dataset['article'])).to.deep.equal(articles);
      await expect(el).to.be.accessible();
    });
  });
});

describe('route map layout', () => {
  it('every edge points down the page, but the closed route’s way back up to the problem, for the machine and for one with a question after the summary', () => {
    const states = flowStates();
    // A question asked after the summary when the route is closed: CONFIRM to `notAvailable` goes through it.
    const fit = JSON.parse(JSON.stringify(states['urgency']).replaceAll('"urgency"', '"fit"')) as StateConfig;
    fit.states!.answered!.always = [{ target: '#eligibility.notAvailable' }];
    const confirms = states['review']!.on!['CONFIRM'] as { target: string }[];
    confirms.at(-1)!.target = 'fit';
    const { chart } = flowWith({ ...states, fit });
    const graph = routeGraph(chart);
    expect(graph.edges).to.deep.include({ from: 'review', to: 'fit', event: 'CONFIRM', guard: { type: 'outcomeIs', params: { outcome: 'not-available' } } });
    expect(graph.edges).to.deep.include({ from: 'fit', to: 'notAvailable', event: 'ANSWER', guard: null });
    for (const layout of [layoutRoute(routeGraph()), layoutRoute(graph)]) {
      const y = new Map(layout.nodes.map((n) => [n.id, n.y]));
      const up = layout.edges.filter((e) => y.get(e.to)! <= y.get(e.from)!).map((e) => `${e.from} → ${e.to}`);
      expect(up).to.deep.equal(['closed → rights', 'closed → urgency']);
      // It rises beside the lane, not on it, and comes into the problem's right side, above
      // the way down from urgency, the question after it.
      const up1 = points(layout.edges.find((e) => e.from === 'closed' && e.to === 'rights')!.d);
      const down = points(layout.edges.find((e) => e.from === 'urgency' && e.to === 'closed')!.d);
      const lane = layout.nodes.find((n) => n.id === 'closed')!.x;
      expect(down[1]!.x).to.equal(lane);
      expect(up1[1]!.x).to.be.greaterThan(lane + 7);
      expect(up1.at(-1)!.x).to.equal(down[0]!.x);
      expect(up1.at(-1)!.y).to.be.lessThan(down[0]!.y);
      expect(layout.width).to.be.greaterThan(up1[1]!.x);
    }
  });
});
