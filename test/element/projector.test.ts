import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { OpEligibility } from '../../src/index.js';
import { $, $$, active, answer, emulateMediaFeatures, frames, onPaperOnly, onScreen, outcome, overCdp, RUNNER_SCREEN, settle, LANGUAGES } from './helpers.js';
import { canPlay, chooseScenario, click, jumpByKeyboard, makeTraining, playToTheEnd, playUntil, nextStep } from './training-helpers.js';

/*
 * A trainer's laptop, 1280×720, mirrored on a projector with the browser zoomed to 150% and
 * 200%: CSS viewports of 853×480 and 640×360. The demo's header stands above the element.
 * The trainer's panel stands below the question on both (at 150%, the route map beside it).
 */
const ZOOMS = [
  { zoom: '150%', width: 853, height: 480 },
  { zoom: '200%', width: 640, height: 360 },
] as const;

/** Asserts that `selector` is within the viewport, below the sticky "Exit this page" bar. */
function expectInView(el: OpEligibility, selector: string, what: string): void {
  const box = $(el, selector)!.getBoundingClientRect();
  const bar = $(el, '.quick-exit-bar')!.getBoundingClientRect();
  const shown = box.top >= Math.min(bar.bottom, innerHeight) - 1 && box.bottom <= innerHeight + 1;
  // Where it was: a failure on a busy machine may not come back when run again.
  expect(shown, `${what}: at ${Math.round(box.top)}-${Math.round(box.bottom)}px; the bar ends at ${Math.round(bar.bottom)}px, the screen at ${innerHeight}px (scrolled ${Math.round(scrollY)}px)`).to.equal(true);
}

/** The two boxes share some of the screen. */
function overlap(a: DOMRect, b: DOMRect): boolean {
  return a.top < b.bottom && a.bottom > b.top && a.left < b.right && a.right > b.left;
}

/** The demo's training page above the element on a short screen: its compact header, language list and margins. */
const DEMO_HEADER = 160;

async function onProjector<T>(
  width: number,
  height: number,
  run: (el: OpEligibility) => Promise<T>,
  lang = 'en',
  headerHeight = 400,
  scenario = 'eviction-spain',
): Promise<T> {
  return onScreen({ screen: { width, height } }, async () => {
    // The page opened at the test before's end, as a page opened by a link never is: at its top.
    scrollTo(0, 0);
    const header = document.body.insertBefore(Object.assign(document.createElement('div'), { style: `block-size: ${headerHeight}px` }), document.body.firstChild);
    try {
      const el = await makeTraining({ scenario, lang });
      // The demo's margins.
      el.parentElement!.style.marginInline = '16px';
      return await run(el);
    } finally {
      header.remove();
      scrollTo(0, 0);
    }
  });
}

/** A projector and a laptop at 100%, and what the demo's training page shows above the element there. */
const WIDE_SCREENS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const WIDE_DEMO_HEADER = 290;

/**
 * Laptops at 125% (1366×768 and 1280×800 scaled), and a 960px window: the trainer's panel
 * beside the question, between 40em and 64em, with the demo's header as wide screens have it.
 */
const LAPTOPS_AT_125 = [
  { width: 1093, height: 614 },
  { width: 1024, height: 640 },
  { width: 960, height: 600 },
] as const;

/** Where the route map must show its current step with the question: each screen, in the languages checked there. */
const MAP_SCREENS = [
  ...WIDE_SCREENS.map((screen) => ({ ...screen, langs: ['en', 'ar'] })),
  // French too: its longer words make the trainer's controls taller, and the map starts lower.
  ...LAPTOPS_AT_125.map((screen) => ({ ...screen, langs: ['en', 'fr', 'ar'] })),
];

/** The route map's current step is on screen, and its panel's top (the map's title) not under the quick exit. */
function mapCurrentInView(el: OpEligibility, at: string): void {
  expectInView(el, '.route-map-svg .node.current', `the map's current step, ${at}`);
  // Where the map was the tallest column, it hopped 60px up under the quick exit.
  const top = $(el, '.route-map-panel')!.getBoundingClientRect().top;
  expect(top, `the map's panel, at ${at}`).to.be.at.least($(el, '.quick-exit-bar')!.getBoundingClientRect().bottom - 1);
}

/** The projector, and a phone mirrored to a screen. */
const SCREENS = [...ZOOMS, { zoom: 'a phone', width: 390, height: 844 }] as const;

describe('training on a projector', () => {
  for (const { zoom, width, height } of SCREENS) {
    for (const lang of ['en', 'fr', 'ar']) {
      it(`at ${zoom} (${lang}), each "Next step" leaves the question it shows in view for the room, above the button, which stays in reach clear of "Exit this page"`, async () => {
        await onProjector(
          width,
          height,
          async (el) => {
            const next = '[part~="training-next"]';
            // Question 4 (the problem) is a long list: the page used to keep its end in place, and the question went above the screen.
            // Each question twice: the story's answer shown on it, then the next question.
            for (let step = 1; step <= 8; step++) {
              await click(el, next);
              if (step % 2) {
                // The answer chosen, clear of the trainer's bar (with the question above it, where both fit).
                const answer = '.step input:checked, .step select';
                expectInView(el, answer, `the answer shown at step ${step}`);
                expect(overlap($(el, answer)!.getBoundingClientRect(), $(el, '.training-actions')!.getBoundingClientRect()), `the answer at step ${step}, clear of "Next step"`).to.equal(false);
              } else expectInView(el, '#step-heading', `the question after step ${step}`);
              expectInView(el, next, `"Next step" after step ${step}, without the trainer scrolling`);
              expect(overlap($(el, next)!.getBoundingClientRect(), $(el, '#quick-exit')!.getBoundingClientRect()), 'clear of the quick exit').to.equal(false);
            }
            // Stuck under the question, compact: "Next step" and "Reset" on one line, over as little of it as can be.
            expect($(el, '[part~="training-reset"]')!.getBoundingClientRect().top, 'Reset beside "Next step"').to.equal($(el, next)!.getBoundingClientRect().top);
            expect(document.documentElement.scrollWidth, 'no scrolling sideways').to.be.at.most(innerWidth);
          },
          lang,
        );
      });
    }
  }

  // Side by side, the panel starts low on a short screen: "Next step" used to sit 10 to 55px below it.
  for (const { zoom, width, height } of [
    { zoom: '150%', width: 853, height: 480 },
    { zoom: 'a phone on its side', width: 844, height: 390 },
  ]) {
    for (const lang of LANGUAGES) {
      it(`at ${zoom} (${lang}), a scenario opened from a link shows "Next step" and "Reset" on the first screen, on one line, clear of "Exit this page"`, async () => {
        await onProjector(
          width,
          height,
          async (el) => {
            const next = $(el, '[part~="training-next"]')!.getBoundingClientRect();
            const reset = $(el, '[part~="training-reset"]')!.getBoundingClientRect();
            expectInView(el, '[part~="training-next"]', '"Next step", before any scrolling');
            expectInView(el, '[part~="training-reset"]', '"Reset"');
            expect(reset.top, 'one line, not two rows').to.equal(next.top);
            const exit = $(el, '#quick-exit')!.getBoundingClientRect();
            expect(overlap(next, exit) || overlap(reset, exit), 'clear of the quick exit').to.equal(false);
            expect(document.documentElement.scrollWidth, 'no scrolling sideways').to.be.at.most(innerWidth);
          },
          lang,
          DEMO_HEADER,
        );
      });
    }
  }

  // The question used to stay where it fell, low on the first screen below the page's header: the room saw its heading, not its answers.
  for (const { zoom, width, height } of [...SCREENS, { zoom: 'a phone on its side', width: 844, height: 390 }]) {
    it(`at ${zoom}, below a page's header, each "Next step" shows the room the question's first answer, or the question from the top of the screen`, async () => {
      await onProjector(
        width,
        height,
        async (el) => {
          for (let step = 1; step <= 4; step++) {
            await nextStep(el);
            const answer = $(el, '.training-main :is(input, select)')!.getBoundingClientRect();
            const bar = $(el, '.training-actions')!.getBoundingClientRect();
            const answerShown = answer.bottom <= (overlap(answer, bar) ? bar.top : innerHeight);
            // At the top: where the element scrolls a heading to, below the quick exit by its scroll margin.
            const heading = $(el, '#step-heading')!;
            const top = heading.getBoundingClientRect().top - parseFloat(getComputedStyle(heading).scrollMarginBlockStart);
            expectInView(el, '#step-heading', `the heading of step ${step + 1}`);
            expect(answerShown || Math.abs(top) < 2, `its first answer in view (its bottom at ${answer.bottom}), or its heading at the top (${top}px below)`).to.equal(true);
          }
        },
        'fr',
        DEMO_HEADER,
      );
    });
  }

  for (const lang of ['en', 'ar']) {
    it(`at 150% (${lang}), the trainer's bar lets go of the scenario list and "Start this scenario" for the keyboard, and for another scenario chosen`, async () => {
      await onProjector(
        853,
        480,
        async (el) => {
          const start = $(el, '[part~="training-start"]')!;
          const bar = () => $(el, '.training-actions')!.getBoundingClientRect();
          // Below the question, as on a phone: Start at the screen's foot, where the bar sticks.
          scrollBy(0, start.getBoundingClientRect().bottom - innerHeight + 4);
          expect(overlap(bar(), start.getBoundingClientRect()), 'held over Start while the scenario plays').to.equal(true);
          $<HTMLSelectElement>(el, '#training-scenario')!.focus();
          await sendKeys({ press: 'Tab' });
          expect(active(el)).to.equal(start);
          expect(overlap(bar(), start.getBoundingClientRect()), 'Start, focused').to.equal(false);
          start.blur();
          await chooseScenario(el, 'pension-ecuador');
          expect(overlap(bar(), start.getBoundingClientRect()), 'Start, the button to press for the scenario chosen').to.equal(false);
        },
        lang,
        DEMO_HEADER,
      );
    });
  }

  // "Next step" has nothing left to play: held over the result it hid about 60px of it, greyed out.
  for (const { zoom, width, height } of SCREENS) {
    it(`at ${zoom}, at the result the trainer's bar lets go of the screen and stays in the panel, "Reset" in reach`, async () => {
      await onProjector(width, height, async (el) => {
        await playToTheEnd(el);
        const result = $(el, '[part~="result"]')!;
        expect(result, 'the result').to.exist;
        const bar = $(el, '.training-actions')!;
        expect(getComputedStyle(bar).position).to.equal('static');
        for (const y of [result.getBoundingClientRect().top + scrollY, result.getBoundingClientRect().bottom + scrollY - innerHeight]) {
          scrollTo(0, y);
          expect(overlap(bar.getBoundingClientRect(), new DOMRect(0, 0, innerWidth, innerHeight)), `off the result, scrolled to ${Math.round(y)}`).to.equal(false);
        }
        expect(bar.getBoundingClientRect().top, 'below the result').to.be.at.least(result.getBoundingClientRect().bottom);
        await click(el, '[part~="training-reset"]');
        expect($(el, '[part~="result"]'), 'Reset still works').to.equal(null);
      });
    });
  }

  for (const { zoom, width, height } of SCREENS) {
    it(`at ${zoom}, the trainer's controls never cover the control the keyboard is on (WCAG 2.4.11)`, async () => {
      await onProjector(width, height, async (el) => {
        const next = $<HTMLButtonElement>(el, '[part~="training-next"]')!;
        next.focus();
        // To question 3: each question's answer shown, then sent.
        for (let step = 1; step <= 4; step++) {
          await sendKeys({ press: 'Enter' });
          await settle(el);
        }
        expect(active(el)).to.equal(next);
        expectInView(el, '#step-heading', 'the question');
        expectInView(el, '[part~="training-next"]', '"Next step"');
        // From the question's heading on through its Explain panel and its answers, back to "Next step".
        $(el, '#step-heading')!.focus();
        const covered: string[] = [];
        for (let i = 0; i < 40 && active(el) !== next; i++) {
          await sendKeys({ press: 'Tab' });
          const focused = active(el) as HTMLElement;
          if (!focused.closest('.training-actions') && overlap(focused.getBoundingClientRect(), $(el, '.training-actions')!.getBoundingClientRect())) {
            covered.push(focused.outerHTML.slice(0, 60));
          }
        }
        expect(active(el)).to.equal(next);
        expect(covered).to.deep.equal([]);
      });
    });
  }

  for (const { zoom, width, height } of SCREENS) {
    it(`at ${zoom}, after "Jump to a question" with the keyboard the room sees the question, and the trainer "Next step"`, async () => {
      await onProjector(width, height, async (el) => {
        for (let step = 1; step <= 5; step++) await nextStep(el);
        const jump = await jumpByKeyboard(el, 'author');
        expect(active(el), 'focus kept on the panel').to.equal(jump);
        expectInView(el, '#step-heading', 'the question jumped to');
        expectInView(el, '[part~="training-next"]', '"Next step"');
      });
    });
  }

  overCdp('forced-colours emulation')('at 200% in forced colours (Windows High Contrast), a line still parts the trainer’s bar from the question it stands over', async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      await onProjector(640, 360, async (el) => {
        for (let step = 1; step <= 3; step++) await nextStep(el);
        const bar = $(el, '.training-actions')!;
        expect(bar.getBoundingClientRect().top, 'over the question').to.be.lessThan($(el, '.training-main')!.getBoundingClientRect().bottom);
        const edge = getComputedStyle(bar);
        expect([edge.borderTopStyle, edge.borderTopWidth]).to.deep.equal(['solid', '1px']);
        expect(edge.borderTopColor).not.to.equal(getComputedStyle($(el, '.root')!).backgroundColor);
      });
    } finally {
      await emulateMediaFeatures([]);
    }
  });

  // At 100% the map stood below the trainer's panel, its current step 700px below the screen from the sixth step on; at 125% too.
  for (const { width, height, langs } of MAP_SCREENS) {
    for (const lang of langs) {
      it(`at ${width}×${height} (${lang}), at every step of a scenario the room sees the question and the route map's current step together, the page not scrolled to the map`, async () => {
        await onProjector(
          width,
          height,
          async (el) => {
            const next = $<HTMLButtonElement>(el, '[part~="training-next"]')!;
            next.focus();
            const steps = await playToTheEnd(el, async () => {
              const shown = $(el, '.route-map-svg .node.current')!.dataset['node'];
              expectInView(el, '.training-main .heading', `the question or result, at ${shown}`);
              mapCurrentInView(el, shown!);
              if (canPlay(el)) expectInView(el, '[part~="training-next"]', `"Next step", at ${shown}`);
              expect(active(el), 'focus stays on "Next step"').to.equal(next);
            });
            expect(steps, 'to the result').to.be.at.least(12);
            expect(document.documentElement.scrollWidth, 'no scrolling sideways').to.be.at.most(innerWidth);
          },
          lang,
          WIDE_DEMO_HEADER,
        );
      });
    }
  }

  // "Next step" sets the question at the top, where layout left it a fraction of a pixel above the quick exit's margin
  // (76.8px for 77): the room's own answer, a "what if", then centred the next question, and the map left a 125% screen.
  for (const { width, height } of LAPTOPS_AT_125) {
    it(`at ${width}×${height}, a question answered by hand after "Next step" showed it does not scroll the page: the map's current step stays in view`, async () => {
      await onProjector(
        width,
        height,
        async (el) => {
          await playUntil(el, 'urgency');
          const heading = () => $(el, '#step-heading')!.getBoundingClientRect().top;
          const before = heading();
          // The room says it is not urgent: the next question, off script.
          await answer(el, 'no');
          expect($(el, '#step-heading')!.textContent, 'the next question').to.include('When did it start?');
          expect(heading(), 'where "Next step" showed the question before').to.be.closeTo(before, 1);
          mapCurrentInView(el, 'the question after the answer');
        },
        'en',
        // A page's header of fractional height, as the demo's is (its lines 1.5 times the text's size).
        WIDE_DEMO_HEADER + 0.2,
      );
    });
  }

  // At 150% the trainer's panel alone filled the side column: the map's panel began at 607px on a 480px screen at the first question, 513px at the result.
  for (const { width, height } of [
    { width: 853, height: 480 },
    { width: 911, height: 512 },
  ]) {
    for (const lang of ['en', 'fr', 'ar']) {
      it(`at 150% (${width}×${height}, ${lang}), from the first question opened by a link to the result, the room sees the map's current step beside the question, the trainer "Next step"; axe passes`, async () => {
        await onProjector(
          width,
          height,
          async (el) => {
            expectInView(el, '#step-heading', 'the first question');
            expectInView(el, '[part~="training-next"]', '"Next step", at the first question');
            mapCurrentInView(el, 'the first question');
            // The trainer's bar across the question's column, as on a phone, not shrunk to its buttons.
            const bar = $(el, '.training-actions')!.getBoundingClientRect();
            expect(bar.width, 'the bar as wide as the question').to.be.closeTo($(el, '.training-main')!.getBoundingClientRect().width, 1);
            const steps = await playToTheEnd(el, async () => {
              const shown = $(el, '.route-map-svg .node.current')!.dataset['node'];
              expectInView(el, '.training-main .heading', `the question or result, at ${shown}`);
              mapCurrentInView(el, shown!);
              if (canPlay(el)) expectInView(el, '[part~="training-next"]', `"Next step", at ${shown}`);
            });
            expect(steps, 'to the result').to.be.at.least(12);
            expect($(el, '.route-map-svg .node.current')!.classList.contains('outcome'), 'the map at its outcome').to.equal(true);
            const main = $(el, '.training-main')!.getBoundingClientRect();
            const map = $(el, '.route-map-panel')!.getBoundingClientRect();
            expect(main.width, 'the question, not squeezed').to.be.at.least(400);
            expect(lang === 'ar' ? map.right <= main.left : map.left >= main.right, 'the map beside the question').to.equal(true);
            expect(document.documentElement.scrollWidth, 'no scrolling sideways').to.be.at.most(innerWidth);
            await expect(el).to.be.accessible();
          },
          lang,
          DEMO_HEADER,
        );
      });
    }
  }

  // WebKit gave an element made after the window changed size the media query results of the one before it (the 125% layout at 150%), and a live one must follow the screen.
  it('made at 150% after another at 125%, the element puts the map beside the question; zoomed to 125% and back, it follows', async () => {
    const mapBeside = (el: OpEligibility) => $(el, '.route-map-panel')!.getBoundingClientRect().left >= $(el, '.training-main')!.getBoundingClientRect().right;
    const controlsBeside = (el: OpEligibility) => $(el, '[part~="training-start"]')!.getBoundingClientRect().left >= $(el, '.training-main')!.getBoundingClientRect().right;
    await onProjector(1093, 614, async (el) => {
      expect([mapBeside(el), controlsBeside(el)], 'at 125%: the controls beside the question, the map under them').to.deep.equal([true, true]);
      // Gone before the next is made, as when a page makes its element anew.
      el.remove();
    });
    await onProjector(853, 480, async (el) => {
      expect([mapBeside(el), controlsBeside(el)], 'at 150%: the map alone beside the question').to.deep.equal([true, false]);
      await setViewport({ width: 1093, height: 614 });
      await frames();
      expect(controlsBeside(el), 'zoomed to 125%').to.equal(true);
      await setViewport({ width: 853, height: 480 });
      await frames();
      expect(controlsBeside(el), 'back to 150%').to.equal(false);
      mapCurrentInView(el, 'the first question, back to 150%');
    }, 'en', DEMO_HEADER);
  });

  // Between 40em and 64em the panel splits: the story and Jump went below the question, the map beside it under the controls.
  for (const { width, height } of LAPTOPS_AT_125) {
    for (const lang of ['en', 'ar']) {
      it(`at ${width}×${height} (${lang}), after "Jump to a question" backwards the room sees the question, "Next step" and the map's current step; the question keeps 400px; axe passes`, async () => {
        await onProjector(
          width,
          height,
          async (el) => {
            for (let step = 1; step <= 8; step++) await nextStep(el);
            const jump = await jumpByKeyboard(el, 'author');
            expect(active(el), 'focus kept on the Jump list').to.equal(jump);
            expectInView(el, '#step-heading', 'the question jumped to');
            expectInView(el, '.training-main :is(input, select)', 'its first answer');
            expectInView(el, '[part~="training-next"]', '"Next step"');
            mapCurrentInView(el, 'author');
            const main = $(el, '.training-main')!.getBoundingClientRect();
            expect(main.width, 'the question, not squeezed').to.be.at.least(400);
            // The story and Jump stand below the question, in its column.
            const story = $(el, '.training-story')!.getBoundingClientRect();
            expect(story.top, 'the story below the question').to.be.at.least(main.bottom);
            expect(story.left >= main.left - 1 && story.right <= main.right + 1, 'in its column').to.equal(true);
            expect(document.documentElement.scrollWidth, 'no scrolling sideways').to.be.at.most(innerWidth);
            await expect(el).to.be.accessible();
          },
          lang,
          WIDE_DEMO_HEADER,
        );
      });
    }
  }

  // At the result of a short scenario the controls grew by "Scenario complete", and the map, its own scroll at its end, kept its outcome 18-90px below the screen.
  for (const { width, height } of LAPTOPS_AT_125) {
    for (const lang of ['en', 'fr', 'ar']) {
      it(`at ${width}×${height} (${lang}), at the result of a short scenario the room sees the result, "Next step" and "Reset", and the map's outcome`, async () => {
        await onProjector(
          width,
          height,
          async (el) => {
            await playToTheEnd(el);
            expect($(el, '[part~="result"]'), 'the result').to.exist;
            await frames(1);
            expectInView(el, '.training-main .heading', 'the result’s heading');
            expectInView(el, '[part~="training-next"]', '"Next step"');
            expectInView(el, '[part~="training-reset"]', '"Reset"');
            expectInView(el, '.training-done', '"Scenario complete"');
            expect($(el, '.route-map-svg .node.current')!.classList.contains('outcome')).to.equal(true);
            mapCurrentInView(el, 'the result');
          },
          lang,
          WIDE_DEMO_HEADER,
          'disappearance-mexico',
        );
      });
    }
  }

  // Urgency answered "no" by hand: the note on it, beside "Next step" at the result, pushed the map's outcome below the screen (French at 960×600: all of it).
  for (const { width, height } of LAPTOPS_AT_125) {
    for (const lang of ['en', 'fr', 'ar']) {
      it(`at ${width}×${height} (${lang}), at the result of a scenario answered off script the room sees the map's outcome, and the note on the route played follows the lesson`, async () => {
        await onProjector(
          width,
          height,
          async (el) => {
            await playUntil(el, 'urgency');
            await answer(el, 'no');
            await playToTheEnd(el);
            expect($(el, '[part~="result"]'), 'the result').to.exist;
            await frames(1);
            expectInView(el, '.training-main .heading', 'the result’s heading');
            expectInView(el, '[part~="training-reset"]', '"Reset"');
            expectInView(el, '.training-done', '"Scenario complete"');
            mapCurrentInView(el, 'the result');
            const note = $$(el, '.training-off-script');
            expect(note.length, 'one note').to.equal(1);
            expect(note[0]!.previousElementSibling, 'after the lesson').to.equal($(el, '.training-lesson'));
          },
          lang,
          WIDE_DEMO_HEADER,
          'disappearance-mexico',
        );
      });
    }
  }

  // The room's answers led to another outcome: "Scenario complete" named both, on six lines in French at 960×600, and the map's outcome was cut off (27 of its 38px on screen).
  for (const { width, height } of LAPTOPS_AT_125) {
    for (const lang of ['en', 'fr', 'ar']) {
      it(`at ${width}×${height} (${lang}), at the result of a scenario whose answers led to another outcome, the room sees the map's outcome whole, "Scenario complete" and "Reset"`, async () => {
        await onProjector(
          width,
          height,
          async (el) => {
            await playUntil(el, 'identity');
            await answer(el, 'anonymous');
            await playToTheEnd(el);
            // Where else to turn: questions the story does not answer, the room's.
            for (const value of ['no', 'no', ['none']]) await answer(el, value);
            await playToTheEnd(el);
            expect($(el, '[part~="result"]'), 'the result').to.exist;
            expect(outcome(el), 'another outcome than the story’s').to.equal('not-admissible');
            await frames(1);
            expectInView(el, '.training-main .heading', 'the result’s heading');
            expectInView(el, '[part~="training-reset"]', '"Reset"');
            expectInView(el, '.training-done', '"Scenario complete"');
            expect($(el, '.route-map-svg .node.current')!.classList.contains('outcome'), 'the map at its outcome').to.equal(true);
            mapCurrentInView(el, 'the result');
          },
          lang,
          WIDE_DEMO_HEADER,
        );
      });
    }
  }

  // A laptop at 125% (1093×614) zoomed to 100% mid-scenario: the map took its column scrolled to its top, its current step out of sight until the next step, and for good at the result.
  it('zoomed out from 125% to 100% during a scenario, the route map in its own column shows its current step at once', async () => {
    await onProjector(
      1093,
      614,
      async (el) => {
        await playToTheEnd(el);
        await setViewport({ width: 1366, height: 768 });
        await frames();
        const panel = $(el, '.route-map-panel')!;
        expect(panel.scrollHeight, 'a scroll of its own').to.be.greaterThan(panel.clientHeight);
        expectInView(el, '.route-map-svg .node.current', "the map's current step, the result");
      },
      'en',
      WIDE_DEMO_HEADER,
    );
  });

  for (const { width, height } of [...WIDE_SCREENS, ...LAPTOPS_AT_125]) {
    it(`at ${width}×${height}, the page scrolled down, the route map stays whole on screen, just below "Exit this page"`, async () => {
      await onProjector(
        width,
        height,
        async (el) => {
          for (let step = 1; step <= 6; step++) await nextStep(el);
          const layout = $(el, '.training-layout')!;
          // Down to the layout's end: the map, stuck, still in its column beside the question.
          scrollTo(0, layout.getBoundingClientRect().bottom + scrollY - innerHeight);
          const panel = $(el, '.route-map-panel')!.getBoundingClientRect();
          const bar = $(el, '.quick-exit-bar')!.getBoundingClientRect();
          expect(layout.getBoundingClientRect().top, 'the page scrolled past the layout’s top').to.be.below(bar.bottom);
          expect(panel.top, 'below the bar, not under it').to.be.at.least(bar.bottom - 1);
          expect(panel.top, 'kept there, not gone up with the page').to.be.below(bar.bottom + 24);
          expect(panel.bottom, 'no taller than the screen').to.be.at.most(innerHeight + 1);
        },
        'en',
        WIDE_DEMO_HEADER,
      );
    });
  }

  for (const lang of ['en', 'ar']) {
    it(`at 1280×720 (${lang}), the route map's own scroll is the keyboard's too: Tab reaches it after the trainer's panel, the keyboard scrolls it, Shift+Tab leaves it; axe passes`, async () => {
      await onProjector(
        1280,
        720,
        async (el) => {
          for (let step = 1; step <= 6; step++) await nextStep(el);
          const panel = $(el, '.route-map-panel')!;
          expect(panel.scrollHeight, 'a scroll of its own').to.be.greaterThan(panel.clientHeight);
          const lastJump = $$(el, '[part~="training-jump"]').at(-1)!;
          lastJump.focus();
          await sendKeys({ press: 'Tab' });
          expect(active(el), 'the map, after "Jump to a question"').to.equal(panel);
          expect(getComputedStyle(panel).outlineStyle, 'its focus shows').to.equal('solid');
          panel.scrollTop = 0;
          const page = scrollY;
          await sendKeys({ press: 'PageDown' });
          // The browser may glide as it scrolls by the keyboard.
          for (let i = 0; i < 60 && panel.scrollTop === 0; i++) await frames(1);
          expect(panel.scrollTop, 'scrolled by the keyboard').to.be.greaterThan(0);
          // Firefox may round the page's scroll by a pixel; a page down would be hundreds.
          expect(scrollY, 'the map, not the page').to.be.closeTo(page, 1);
          // Back, not on: here the map is the page's last stop, and Firefox would Tab on to its own toolbar.
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ up: 'Shift' });
          expect(active(el), 'no trap: Shift+Tab goes back').to.equal(lastJump);
          await expect(el).to.be.accessible();
        },
        lang,
        WIDE_DEMO_HEADER,
      );
    });
  }

  it('on a phone, where the page scrolls the route map, the map is no Tab stop; widened to a projector it becomes one, and narrowed again it keeps the focus it has', async () => {
    await onProjector(
      390,
      844,
      async (el) => {
        for (let step = 1; step <= 6; step++) await nextStep(el);
        const panel = $(el, '.route-map-panel')!;
        await frames();
        expect(panel.scrollHeight, 'no scroll of its own').to.be.at.most(panel.clientHeight);
        // The host page's next control: Tab past the element stays in the page (Firefox would Tab
        // on to its own toolbar, and keep the focus there for the test files after this one).
        const hostNext = el.parentElement!.appendChild(Object.assign(document.createElement('button'), { textContent: 'next' }));
        try {
          $$(el, '[part~="training-jump"]').at(-1)!.focus();
          await sendKeys({ press: 'Tab' });
          expect(document.activeElement, 'Tab goes past the map, to the page').to.equal(hostNext);
        } finally {
          hostNext.remove();
        }
        await setViewport({ width: 1280, height: 720 });
        await frames();
        expect(panel.getAttribute('tabindex'), 'in its own column, with a scroll').to.equal('0');
        panel.focus();
        await setViewport({ width: 390, height: 844 });
        await frames();
        expect(active(el), 'focus not dropped').to.equal(panel);
        await el.updateComplete;
        await expect(el).to.be.accessible();
      },
      'en',
      DEMO_HEADER,
    );
  });

  onPaperOnly('printed from a 1280px screen, the route map is whole on its own page, not the window on screen scrolled to its current step', async () => {
    await onProjector(1280, 720, async (el) => {
      await playToTheEnd(el);
      const panel = $(el, '.route-map-panel')!;
      expect(panel.scrollTop, 'scrolled on screen').to.be.greaterThan(0);
      await emulateMedia({ media: 'print' });
      try {
        const style = getComputedStyle(panel);
        expect([style.position, style.overflowY, style.breakBefore]).to.deep.equal(['static', 'visible', 'page']);
        expect(panel.getBoundingClientRect().top, 'the map from its first step').to.be.at.most($(el, '.route-map-svg')!.getBoundingClientRect().top);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  it('at 200%, the route map fits its panel and marks the step the trainer is on by a ring and in bold, not by its fill alone', async () => {
    await onProjector(640, 360, async (el) => {
      for (let step = 1; step <= 4; step++) await nextStep(el);
      const panel = $(el, '.route-map-panel')!.getBoundingClientRect();
      const map = $(el, '.route-map-svg')!.getBoundingClientRect();
      expect(map.left).to.be.at.least(panel.left);
      expect(map.right).to.be.at.most(panel.right);
      const rings = $$(el, '.route-map-svg .here');
      expect(rings.map((ring) => ring.closest<SVGGElement>('.node')!.dataset['node'])).to.deep.equal(['urgency']);
      const ring = getComputedStyle(rings[0]!);
      expect([ring.fill, ring.strokeWidth]).to.deep.equal(['none', '2px']);
      expect(ring.stroke, 'in the text colour, not the accent the box is filled with').to.equal(getComputedStyle($(el, '.route-map-svg .node text:not(.current text)')!).fill);
      const box = rings[0]!.parentElement!.querySelector('rect:not(.here)')!.getBoundingClientRect();
      const around = rings[0]!.getBoundingClientRect();
      expect(around.top < box.top && around.bottom > box.bottom && around.left < box.left && around.right > box.right, 'around the box').to.equal(true);
      const weights = $$(el, '.route-path li').map((li) => getComputedStyle(li).fontWeight);
      expect(weights).to.deep.equal(['400', '400', '400', '400', '700']);
    });
  });
});

describe('route map labels, read across a room', () => {
  /** A label's size on screen: its font size at the drawing's scale. */
  const labelPx = (el: OpEligibility) => {
    const svg = $<SVGSVGElement>(el, '.route-map-svg')!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return parseFloat(getComputedStyle($(el, '.route-map-svg .node text')!).fontSize) * scale;
  };
  const bodyPx = (el: OpEligibility) => parseFloat(getComputedStyle($(el, '.root')!).fontSize);

  for (const lang of ['en', 'fr', 'ar']) {
    // 13px labels beside 19px questions: the room at the back of a classroom could not read the route.
    it(`at 1280×720 (${lang}), the route map beside the question labels its boxes at the element's text size at least`, async () => {
      await onProjector(
        1280,
        720,
        async (el) => {
          for (let step = 1; step <= 4; step++) await nextStep(el);
          const columns = getComputedStyle($(el, '.training-layout')!).gridTemplateColumns.split(' ');
          expect(columns, 'the map in a column of its own').to.have.length(3);
          expect(labelPx(el)).to.be.at.least(bodyPx(el) - 0.01);
          // The question keeps room beside the panel and the map.
          expect($(el, '#step-heading')!.getBoundingClientRect().width).to.be.at.least(380);
        },
        lang,
        WIDE_DEMO_HEADER,
      );
    });

    it(`at 320px (${lang}), the map shrinks to its panel, labels 12px at least (10.8px when they were 13 units), the page not scrolling sideways`, async () => {
      await onProjector(
        320,
        568,
        async (el) => {
          for (let step = 1; step <= 4; step++) await nextStep(el);
          const panel = $(el, '.route-map-panel')!.getBoundingClientRect();
          const map = $(el, '.route-map-svg')!.getBoundingClientRect();
          expect(map.left).to.be.at.least(panel.left);
          expect(map.right).to.be.at.most(panel.right);
          expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
          expect(labelPx(el)).to.be.at.least(12);
        },
        lang,
        DEMO_HEADER,
      );
    });
  }
});
