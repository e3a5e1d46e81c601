import { expect, waitUntil } from '@open-wc/testing';
import { QUESTION_IDS, stepOf } from '../../src/core/index.js';
import { $, $$, accessibleNames, accessibleNodes, answer, confirm, continueOn, currentQuestion, fill, headingText, make, onScreen, outcome, overCdp, reachResult, tabUntil } from './helpers.js';
import { makeTraining } from './training-helpers.js';
import { nameOf, paths } from './machine-paths.js';
import { ROUTES } from './paths.js';
import type { OpEligibility } from '../../src/index.js';

describe('every reachable step passes axe', () => {
  it('the paths visit every question, the summary and all four outcomes', () => {
    const nodes = new Set(paths.map(({ end }) => nameOf(end)));
    for (const q of QUESTION_IDS) expect(nodes, q).to.include(q);
    for (const o of ['likely-admissible', 'not-admissible', 'needs-review', 'not-available']) {
      expect(nodes).to.include(`review:${o}`);
      expect(nodes).to.include(`result:${o}`);
    }
  });

  for (const { path, end } of paths) {
    const target = stepOf(end);
    const name = nameOf(end);
    it(`${name} (${path.steps.length - 1} steps)`, async () => {
      const el = await make();
      for (const { event } of path.steps) {
        if (event.type === 'ANSWER') await answer(el, event.value);
        else if (event.type === 'CONFIRM') await confirm(el);
      }
      if (target.kind === 'question') {
        expect(currentQuestion(el)).to.equal(target.question);
        expect($(el, '[part="progress"]')!.textContent).to.equal(`Question ${target.number}`);
      } else if (target.kind === 'review') {
        expect(headingText(el)).to.equal('Check your answers');
      } else {
        expect(outcome(el)).to.equal(target.outcome);
      }
      await expect(el).to.be.accessible();
    });
  }
});

describe('error states pass axe', () => {
  const reach: Record<string, [unknown[], unknown]> = {
    'State picker, nothing chosen': [[], ''],
    'radios, nothing chosen': [['ES', 'yes'], undefined],
    'checkboxes, nothing chosen': [['ES', 'yes', 'self'], []],
    'date in the future': [['ES', 'yes', 'self', ['housing'], 'no'], '2027-01-01'],
  };
  for (const [name, [before, bad]] of Object.entries(reach)) {
    it(name, async () => {
      const el = await make();
      for (const value of before) await answer(el, value);
      if (bad !== undefined) await fill(el, bad);
      await continueOn(el);
      expect($(el, '[part="error-summary"]')).to.exist;
      expect($$(el, '.error-message')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }
});

/**
 * The words of `element` that a line break cuts in two, though they would fit on one line;
 * at the font size `atSize`, where given, in their own font and weight (a heading's words
 * that would fit were it no larger than the body text: a bold word may not, even so).
 */
function brokenWords(element: Element, atSize?: string): string[] {
  const broken: string[] = [];
  const line = element.getBoundingClientRect().width;
  const texts: Text[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    for (const match of text.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      // Firefox gives an invisible character (an Arabic citation's isolates) an empty box at its baseline: not a line.
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      // The word unbroken, in the same font, where it stands.
      const probe = text.parentElement!.appendChild(document.createElement('span'));
      probe.style.cssText = 'position: absolute; visibility: hidden; white-space: nowrap';
      if (atSize) probe.style.fontSize = atSize;
      probe.textContent = match[0];
      if (lines > 1 && probe.getBoundingClientRect().width <= line) broken.push(match[0]);
      probe.remove();
    }
  }
  return broken;
}

/** The words of `element`, with the punctuation that ends them, too wide for its line: a line break cuts them wherever it must. */
function wordsTooWide(element: Element): string[] {
  const line = element.getBoundingClientRect().width;
  const probe = element.appendChild(document.createElement('span'));
  probe.style.cssText = 'position: absolute; white-space: nowrap';
  const wide = element.textContent!.trim().split(/\s+/).filter((word) => {
    probe.textContent = word;
    return probe.getBoundingClientRect().width > line;
  });
  probe.remove();
  return wide;
}

describe('reflow (WCAG 1.4.10)', () => {
  it('on a 320 CSS px phone with text at 200%, the result’s outcome keeps each word whole and its section headings are no larger than it', async () => {
    await onScreen({ screen: { width: 320, height: 640 }, text: '200%' }, async () => {
      const el = await make();
      // A partner page's column with 12px margins: the element is 296px wide.
      el.parentElement!.style.inlineSize = '296px';
      await reachResult(el, 'needs-review');
      const heading = $(el, '#step-heading')!;
      expect(wordsTooWide(heading), 'the outcome').to.deep.equal([]);
      const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
      for (const subheading of $$(el, '.result .subheading')) {
        expect(size(subheading), subheading.textContent!.trim()).to.be.at.most(size(heading));
      }
    });
  });

  for (const lang of ['fr', 'es']) {
    it(`on a 320 CSS px phone with text at 200%, the outcome in ${lang} cuts no word that the body text fits on its line`, async () => {
      await onScreen({ screen: { width: 320, height: 640 }, text: '200%' }, async () => {
        for (const route of ['likely-admissible', 'not-admissible', 'needs-review', 'not-available'] as const) {
          const el = await make({ lang });
          // The demo's column: 16px of page padding each side, doubled with the text.
          el.parentElement!.style.inlineSize = '256px';
          await reachResult(el, route);
          const heading = $(el, '#step-heading')!;
          // "presentar", "aceptaría", "denuncia," were cut at the heading's 1.1em with a line of body text's room.
          expect(brokenWords(heading, getComputedStyle($(el, '.panel-body')!).fontSize), route).to.deep.equal([]);
          el.remove();
        }
      });
    });
  }

  for (const lang of ['en', 'ar']) {
    it(`on a 320 CSS px phone with text at 200%, an article in ${lang} ("3(2)(a)") stays on one line where it fits, beside a reason or in a sentence`, async () => {
      await onScreen({ screen: { width: 320, height: 640 }, text: '200%' }, async () => {
        for (const route of ['likely-admissible', 'not-admissible', 'needs-review', 'not-available'] as const) {
          const el = await make({ lang });
          el.parentElement!.style.inlineSize = '256px';
          await reachResult(el, route);
          // Browsers may break between ")(" rather than at the space before the citation: "3(2)" on one line, "(ب)" on the next.
          expect($$(el, '.reason .article').flatMap((article) => brokenWords(article)), route).to.deep.equal([]);
          // And on the hand-off summary a clinic prints or reads on the same phone: "Article 3(2)(a) · Information".
          $<HTMLDetailsElement>(el, '[part="handoff-disclosure"]')!.open = true;
          expect($$(el, '[data-section="reasons"] dt').flatMap((label) => brokenWords(label)), `${route}, hand-off`).to.deep.equal([]);
          // Where a sentence cites one: the other routes' caution "(Article 3(2)(c) of the Optional Protocol)", on the page and the summary.
          const citations = brokenWords($(el, '.result')!).filter((word) => /\d\(/.test(word));
          expect(citations, `${route}, in sentences`).to.deep.equal([]);
          // The summary's copy of that caution: one box too, though its wider line did not break it here.
          if ($(el, '[part="forum-warning"]')) expect($(el, '[data-section="other-routes"] .handoff-note .citation')?.textContent, route).to.match(/3\(2\)\(/);
          el.remove();
        }
      });
    });
  }

  it('on a 320 CSS px phone with text at 200%, a caution’s words take the line’s whole width, under its icon; beside it on a wider screen', async () => {
    const layout = (el: OpEligibility) =>
      $$(el, '.warning').map((warning) => {
        const [box, icon, words] = [warning, warning.querySelector('.warning-icon')!, warning.querySelector('.warning-text')!].map((e) => e.getBoundingClientRect());
        // Just under it: the narrow rule's small gap, not the full space kept beside the icon (a line of blank at 200%).
        return { share: Math.round((words!.width / box!.width) * 100) / 100, under: words!.top >= icon!.bottom, close: words!.top - icon!.bottom < icon!.height / 4 };
      });
    let seen = 0;
    await onScreen({ screen: { width: 320, height: 640 }, text: '200%' }, async () => {
      for (const route of ['not-admissible', 'not-available'] as const) {
        const el = await make();
        el.parentElement!.style.inlineSize = '256px';
        await reachResult(el, route);
        // Beside a 1.75em icon, the words had 158 of 256 px: about eight letters a line.
        const cautions = layout(el);
        for (const { share, under, close } of cautions) expect({ route, share: share >= 0.95, under, close }).to.deep.equal({ route, share: true, under: true, close: true });
        seen += cautions.length;
        el.remove();
      }
    });
    expect(seen, 'the routes show cautions').to.be.greaterThan(0);
    const el = await make();
    el.parentElement!.style.inlineSize = '600px';
    await reachResult(el, 'not-admissible');
    const wide = layout(el);
    expect(wide, 'a caution on the wider screen').to.not.be.empty;
    for (const { under } of wide) expect(under, 'on a wider screen, beside the icon').to.equal(false);
  });

  it('at 320 CSS px with text at 200%, each word of the error summary’s title fits on a line, not cut in two', async () => {
    await onScreen({ screen: { width: 320, height: 640 }, text: '200%' }, async () => {
      const el = await make();
      // In a partner page's column, with its own padding, as above.
      el.parentElement!.style.paddingInline = '24px';
      await continueOn(el);
      expect(wordsTooWide($(el, '.error-summary-title')!), 'There is a problem').to.deep.equal([]);
    });
  });

  it('at 320 CSS px with text at 200%, no step and no result scrolls sideways', async () => {
    const wide = () => document.documentElement.scrollWidth;
    await onScreen({ screen: { width: 320, height: 640 }, text: '200%' }, async () => {
      const el = await make();
      // In a partner page's column, with its own padding (the demo's card has 32px).
      el.parentElement!.style.paddingInline = '24px';
      const headingSize = getComputedStyle($(el, '#step-heading')!).fontSize;
      for (const [question, value] of ROUTES['likely-admissible'].steps) {
        expect(wide(), question).to.be.at.most(320);
        // Large text breaks between words, not inside a word that fits on a line.
        expect(brokenWords($(el, '[part~="continue"]')!), `${question}: Continue`).to.deep.equal([]);
        expect(brokenWords($(el, '#step-heading')!), `${question}: heading`).to.deep.equal([]);
        await answer(el, value);
      }
      await confirm(el);
      expect(wide(), 'result').to.be.at.most(320);
      expect(brokenWords($(el, '#step-heading')!), 'the result heading').to.deep.equal([]);
      // The result's heading takes the small screen's size, as every step's does.
      expect(getComputedStyle($(el, '#step-heading')!).fontSize, 'the result heading').to.equal(headingSize);
    });
  });
});

describe('focus indicators (WCAG 1.4.11)', () => {
  /** What a focused control shows: the yellow is paired with black, as on links, never a yellow line alone (1.6:1 on white). */
  const shown = (focused: Element) => {
    const style = getComputedStyle(focused);
    return { background: style.backgroundColor, color: style.color };
  };
  const LINK_FOCUS = { background: 'rgb(255, 191, 71)', color: 'rgb(11, 12, 12)' };
  // The links' background fades in (when motion is not reduced): wait for it to end, however
  // slow a busy machine makes it (reading the animations starts a transition not yet begun).
  const faded = (focused: Element) => Promise.all(focused.getAnimations().map((animation) => animation.finished));

  it('a focused disclosure ("Show the summary", "Show the route map", "Explain") looks like a focused link', async () => {
    const el = await make();
    await reachResult(el, 'likely-admissible');
    for (const name of ['Show the summary', 'Show the route map']) {
      const summary = await tabUntil(el, (e) => e.tagName === 'SUMMARY' && e.textContent!.trim() === name);
      await faded(summary);
      expect(shown(summary), name).to.deep.equal(LINK_FOCUS);
    }
    el.remove();
    const training = await makeTraining();
    const explain = await tabUntil(training, (e) => e.matches('.explain > summary'));
    await faded(explain);
    expect(shown(explain), 'Explain').to.deep.equal(LINK_FOCUS);
  });

  it('the training panel’s white buttons turn yellow when focused, as every other button does', async () => {
    const el = await makeTraining();
    for (const part of ['training-start', 'training-reset']) {
      const button = await tabUntil(el, (e) => e.matches(`[part~="${part}"]`));
      await faded(button);
      expect(shown(button), part).to.deep.equal(LINK_FOCUS);
    }
  });
});

describe('accessible names', () => {
  overCdp('accessibility tree')('a question’s heading reads "Question N: …" with no space before the colon (French: one no-break space)', async () => {
    const el = await make();
    const names = await accessibleNames('heading');
    expect(names, JSON.stringify(names)).to.include('Question 1: Which country is your complaint about?');
    el.lang = 'fr';
    await waitUntil(() => !headingText(el).includes('Which country'), 'the question in French');
    const french = (await accessibleNames('heading')).find((n) => n.startsWith('Question 1'));
    expect(french).to.match(/^Question 1\u00a0: \S/);
  });

  // Ticking "None of these", "I do not know" or "Prefer not to say" clears the grounds
  // ticked: "or" is what says so, and a screen reader swiping through must hear it too.
  for (const [lang, last, or, alone] of [
    ['en', 'Ethnicity, caste or other descent, or national origin', 'or', 'None of these'],
    ['ar', 'الأصل الإثني أو الطبقة الموروثة أو غيرها من أشكال النسب أو الأصل القومي', 'أو', 'لا شيء مما سبق'],
  ] as const) {
    overCdp('accessibility tree')(`"or" is read between the grounds and the answers that stand alone (${lang})`, async () => {
      const answers = { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['eviction'], urgency: 'no', factsDate: '2024-01-10', remedies: 'pending', child: 'no', disability: 'no' };
      const el = await make({ lang, answers });
      await waitUntil(() => currentQuestion(el) === 'grounds' && $$(el, 'input[data-exclusive]').length === 3, 'the grounds question');
      const read = (await accessibleNodes()).map((node) => node.name);
      const at = (name: string) => read.indexOf(name);
      expect(at(last), JSON.stringify(read)).to.be.above(-1);
      expect(read.slice(at(last) + 1, at(alone)), 'read between the last ground and the first answer that stands alone').to.deep.equal([or]);
    });
  }
});
