import { expect } from '@open-wc/testing';
import type { OpEligibility } from '../../src/index.js';
import { $, $$, answer, backdrop, contrast, continueOn, describeOverCdp, emulateMediaFeatures, fill, make, onScreen, openRouteMap, reachResult, spaceText, LANGUAGES } from './helpers.js';
import { makeTraining } from './training-helpers.js';

/** A result in screening mode with its route map open. */
async function screeningMap(): Promise<OpEligibility> {
  const el = await make();
  await reachResult(el, 'not-admissible');
  await openRouteMap(el);
  return el;
}

/** The lowest contrast of the map's routes not taken against the surface they are drawn on. */
function weakestEdge(el: OpEligibility): number {
  const edges = $$(el, '.route-map-svg path.edge:not(.taken)');
  expect(edges).to.not.be.empty;
  const behind = backdrop($(el, '.route-map-svg')!);
  return Math.min(...edges.map((edge) => contrast(getComputedStyle(edge).stroke, behind)));
}

/** Chooses `value` in the State picker, and says whether the closed field shows it whole. */
function showsWhole(el: OpEligibility, value: string): boolean {
  const select = $<HTMLSelectElement>(el, 'select[name="answer"]')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  // The chosen answer, laid out as the field lays out its text, beside the field's room for it.
  const chosen = document.createElement('span');
  chosen.className = 'select';
  Object.assign(chosen.style, { position: 'absolute', inlineSize: 'auto', minInlineSize: '0', maxInlineSize: 'none', whiteSpace: 'nowrap', border: '0' });
  chosen.textContent = select.selectedOptions[0]!.text;
  select.after(chosen);
  const style = getComputedStyle(select);
  const room = select.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
  // The arrow takes about 0.9em of that room.
  const whole = room - 0.9 * parseFloat(style.fontSize) >= chosen.getBoundingClientRect().width - parseFloat(getComputedStyle(chosen).paddingInlineStart) * 2;
  chosen.remove();
  return whole;
}

describe('the State picker, for a low-vision reader', () => {
  it('shows the chosen answer whole with the text spaced out (WCAG 1.4.12), where the element is wide enough', async () => {
    const el = await make();
    spaceText(el);
    expect(showsWhole(el, 'unlisted')).to.equal(true);
  });

  for (const lang of LANGUAGES) {
    it(`shows its last option, for a place not in the list, whole on a 320px phone (${lang})`, async () => {
      await onScreen({ screen: { width: 320, height: 640 } }, async () => {
        const el = await make({ lang });
        expect(showsWhole(el, 'unlisted'), $<HTMLSelectElement>(el, 'select[name="answer"]')!.selectedOptions[0]!.text).to.equal(true);
      });
    });
  }
});

describe('the date field, for a low-vision reader', () => {
  const BEFORE_FACTS_DATE = { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['eviction'], urgency: 'no' } as const;

  /** The date field with a date in it: its width as laid out, the width it would take unbounded, and its text beside the question's. */
  function dateField(el: OpEligibility) {
    const input = $<HTMLInputElement>(el, 'input[type="date"]')!;
    input.value = '2024-12-28';
    const shown = input.getBoundingClientRect().width;
    input.style.maxInlineSize = 'none';
    const needed = input.getBoundingClientRect().width;
    input.style.maxInlineSize = '';
    return { shown, needed, textRatio: parseFloat(getComputedStyle(input).fontSize) / parseFloat(getComputedStyle($(el, '.root')!).fontSize) };
  }

  for (const lang of LANGUAGES) {
    it(`shows the date whole, the year too, with 200% text on a 320px screen (${lang})`, async () => {
      await onScreen({ screen: { width: 320, height: 568 }, text: '200%' }, async () => {
        const el = await make({ lang, answers: BEFORE_FACTS_DATE });
        // Chromium's field on a computer needed 335px and was cut at 256.
        const { shown, needed } = dateField(el);
        expect(needed).to.be.at.most(shown + 0.5);
        // And marked in error, inset by the error's bar, focused by the error link.
        await fill(el, '2999-03-02');
        await continueOn(el);
        const refused = dateField(el);
        expect(refused.shown).to.be.greaterThan(0);
        expect(refused.needed).to.be.at.most(refused.shown + 0.5);
        $<HTMLAnchorElement>(el, '.error-summary a')!.click();
        expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[type="date"]'));
        expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      });
    });
  }

  it('keeps the element’s text size where the date fits: 200% text on a wide screen, and the usual size on a phone', async () => {
    await onScreen({ screen: { width: 1280, height: 720 }, text: '200%' }, async () => {
      expect(dateField(await make({ answers: BEFORE_FACTS_DATE })).textRatio).to.equal(1);
    });
    await onScreen({ screen: { width: 320, height: 568 } }, async () => {
      expect(dateField(await make({ answers: BEFORE_FACTS_DATE })).textRatio).to.equal(1);
    });
  });
});

describe('links drawn as links, for a low-vision reader', () => {
  it('draw their underline below the letters’ descenders, Arabic (ج ع) and Latin, at 200% text, even where the host page turns skip-ink off', async () => {
    document.body.style.textDecorationSkipInk = 'none';
    try {
      await onScreen({ screen: { width: 390, height: 844 }, text: '200%' }, async () => {
        for (const [lang, words] of [['ar', 'رجوع تغيير إجاباتك'], ['en', 'Back gjpqy']] as const) {
          const el = await make({ lang });
          await answer(el, 'ES');
          await answer(el, 'yes');
          const link = $(el, '[part="back"]')!;
          const style = getComputedStyle(link);
          // The underline's top is its offset below the baseline; the ink of the words' descenders must end above it.
          const ink = document.createElement('canvas').getContext('2d')!;
          ink.font = style.font;
          expect(ink.measureText(words).actualBoundingBoxDescent, lang).to.be.below(parseFloat(style.textUnderlineOffset));
          expect(style.textDecorationSkipInk, lang).to.equal('auto');
          el.remove();
        }
      });
    } finally {
      document.body.style.textDecorationSkipInk = '';
    }
  });
});

describe('the result, for a low-vision reader', () => {
  it('keeps the numbers of what to do next inside the element with 200% text spaced out (WCAG 1.4.12): no sideways scrolling at 320px in Arabic', async () => {
    // Spaced out, "1. " grew past the list's 1.4em of room: in Arabic the page scrolled sideways.
    await onScreen({ screen: { width: 320, height: 568 }, text: '200%' }, async () => {
      const el = await make({ lang: 'ar' });
      await reachResult(el, 'not-admissible');
      spaceText(el);
      expect($$(el, '.next-steps li')).to.not.be.empty;
      // Right to left, the numbers stand at the right: what spills past it scrolls the page sideways.
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
    });
  });
});

describe('route map, for a low-vision reader', () => {
  it('draws the routes not taken at 3:1 or more against the map’s surface (WCAG 1.4.11), on the result page and in the trainer’s panel', async () => {
    expect(weakestEdge(await screeningMap())).to.be.at.least(3);
    expect(weakestEdge(await makeTraining({ scenario: 'late-portugal' }))).to.be.at.least(3);
  });

  it('grows its labels with the reader’s text size, as the questions do, while it fits', async () => {
    // The labels' size beside the element's text: the map's scale times their font size in its units.
    const labelsToText = (el: OpEligibility) => {
      const svg = $<SVGSVGElement>(el, '.route-map-svg')!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return (parseFloat(getComputedStyle($(el, '.route-map-svg .node text')!).fontSize) * scale) / parseFloat(getComputedStyle($(el, '.root')!).fontSize);
    };
    const atDefault = labelsToText(await screeningMap());
    // A reader's browser set to 24px text, not 16px: rem, and the element's text, follow it.
    await onScreen({ text: '24px' }, async () => {
      expect(labelsToText(await screeningMap())).to.be.closeTo(atDefault, 0.01);
    });
  });

  describeOverCdp('forced-colours emulation')('in forced colours (Windows High Contrast), dark', () => {
    before(() => emulateMediaFeatures([
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-color-scheme', value: 'dark' },
    ]));
    after(() => emulateMediaFeatures([]));

    it('takes the reader’s colours: boxes in the page’s background, labels and lines in its text colour, the route taken too', async () => {
      const el = await screeningMap();
      const root = getComputedStyle($(el, '.root')!);
      const boxes = $$(el, '.route-map-svg .node:not(.current) rect').map((rect) => getComputedStyle(rect).fill);
      expect([...new Set(boxes)]).to.deep.equal([root.backgroundColor]);
      const labels = $$(el, '.route-map-svg .node:not(.current) text').map((text) => getComputedStyle(text).fill);
      expect([...new Set(labels)]).to.deep.equal([root.color]);
      expect(weakestEdge(el)).to.be.at.least(3);
      const current = $(el, '.route-map-svg .node.current')!;
      expect(contrast(getComputedStyle(current.querySelector('text')!).fill, getComputedStyle(current.querySelector('rect')!).fill)).to.be.at.least(4.5);
    });
  });
});
