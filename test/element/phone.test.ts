import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { OpEligibility } from '../../src/index.js';
import { SPAIN_EVICTION } from '../support/samples.js';
import { $, $$, active, answer, confirm, continueOn, fill, frames, make, microtasksUntil, onScreen } from './helpers.js';
import { click, makeTraining, nextStep } from './training-helpers.js';

/** A shared phone: a partner page in dark mode, and fingers, not a mouse. */

describe('on a dark page', () => {
  // The browser draws a native control dark when its color-scheme is dark: an unchecked
  // radio becomes a filled grey disc that reads as selected on the element's white surface.
  it('keeps its native controls light on its own light surface', async () => {
    document.documentElement.style.colorScheme = 'dark';
    try {
      const el = await make();
      await answer(el, 'ES');
      for (const radio of $$(el, 'input[type="radio"]')) expect(getComputedStyle(radio).colorScheme).to.equal('light');
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('lets a page that themes the element dark turn its controls dark too', async () => {
    const el = await make();
    el.style.colorScheme = 'dark';
    await answer(el, 'ES');
    expect(getComputedStyle($(el, 'input[type="radio"]')!).colorScheme).to.equal('dark');
  });
});

/** WCAG 2.5.5's 44 CSS px, at the default text size (larger text only makes targets larger). */
const FINGER = 44;

/** What a tap at the point lands on, inside the shadow root. */
const hit = (el: HTMLElement, x: number, y: number): Element | null => el.shadowRoot!.elementFromPoint(x, y);

describe('the country question on a phone', () => {
  it('asks for a choice from the list, not for typing, which a phone’s picker does not take', async () => {
    const el = await make();
    const hint = $(el, '[part~="hint"]')!.textContent!;
    expect(hint).to.contain('If it is not in the list, choose the last option.');
    expect(hint).to.not.match(/type/i);
  });
});

describe('touch targets', () => {
  it('each answer is a row at least a finger high, chosen by a tap anywhere on it, even beside a short label', async () => {
    const el = await make();
    await answer(el, 'ES');
    const rows = $$(el, '.item');
    expect(rows.length).to.equal(3);
    for (const row of rows) {
      const box = row.getBoundingClientRect();
      const radio = row.querySelector('input')!;
      expect(box.height, radio.value).to.be.at.least(FINGER);
      // Near the row's end (far past "Yes") and near its top edge, above the radio.
      const points: [number, number][] = [
        [box.right - 4, box.top + box.height / 2],
        [box.left + 4, box.top + 2],
      ];
      for (const [x, y] of points) {
        const target = hit(el, x, y)!;
        (target as HTMLElement).click();
        expect(radio.checked, `${radio.value} at ${Math.round(x - box.left)},${Math.round(y - box.top)}`).to.be.true;
      }
    }
  });

  it('Back, each Change, the result’s Change your answers and its Show disclosures are a finger high', async () => {
    const el = await make();
    await answer(el, 'ES');
    expect($(el, '[part~="back"]')!.getBoundingClientRect().height, 'Back').to.be.at.least(FINGER);
    for (const [, value] of [
      ['jurisdiction', 'yes'],
      ['author', 'self'],
      ['rights', ['eviction']],
      ['urgency', 'no'],
      ['factsDate', '2024-01-10'],
      ['remedies', 'exhausted'],
      ['finalDecisionDate', '2026-01-10'],
      ['otherProcedure', 'none'],
      ['identity', 'named'],
      ['evidence', 'documents'],
    ] as const) {
      await answer(el, value);
    }
    const changes = $$(el, '[part~="change"]');
    expect(changes.length).to.be.above(5);
    for (const change of changes) expect(change.getBoundingClientRect().height, change.textContent!).to.be.at.least(FINGER);
    await confirm(el);
    expect($(el, '.back-link[part~="change-answers"]')!.getBoundingClientRect().height, 'Change your answers').to.be.at.least(FINGER);
    const disclosures = $$(el, 'details > summary');
    expect(disclosures.length, 'the summary’s and the route map’s disclosures').to.equal(2);
    for (const summary of disclosures) expect(summary.getBoundingClientRect().height, summary.textContent!).to.be.at.least(FINGER);
  });
});

describe('the result on a small screen', () => {
  it('says what to do next, urgent help first, before the reasons', async () => {
    const el = await make();
    for (const value of ['ES', 'yes', 'self', ['eviction'], 'yes', '2024-01-10', 'exhausted', '2026-01-10', 'none', 'named', 'documents']) {
      await answer(el, value);
    }
    await confirm(el);
    const urgent = $(el, '.next-steps li')!;
    expect(urgent.dataset['code']).to.equal('request-interim-measures');
    // Now, and from a person: asking the Committee is for when the complaint is sent.
    expect(urgent.textContent!.trim()).to.match(/^It is urgent\. Get help now from a lawyer or a human rights organisation\. When you complain, ask the Committee for “interim measures” \(Article 5\)/);
    expect(urgent.compareDocumentPosition($(el, '.reasons')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'the reasons follow').to.not.equal(0);
  });
});

describe('what takes focus, with 200% text on a small phone', () => {
  // Taller than the screen there: the browser centred it, its first line under the exit bar.
  it('the error summary and each question show their first line below the exit bar', async () => {
    await onScreen({ screen: { width: 320, height: 568 }, text: '200%', above: '1000px' }, async () => {
      const el = await make();
      await frames(2);
      const below = (what: string) => {
        const focused = active(el) as HTMLElement;
        const bar = $(el, '.quick-exit-bar')!.getBoundingClientRect();
        expect(focused.getBoundingClientRect().top, `${what}: ${focused.textContent!.trim().slice(0, 30)}`).to.be.at.least(bar.bottom - 1);
      };
      for (const value of ['ES', 'yes', 'self', ['eviction'], 'yes', '2024-01-10', 'exhausted', '2025-01-10', 'unknown', 'none']) {
        // The person scrolled down to Continue and pressed it without an answer, then with one.
        const submit = () => $(el, 'button[type="submit"]')!.scrollIntoView({ block: 'end' });
        submit();
        await continueOn(el);
        below('the error summary');
        await fill(el, value);
        submit();
        await continueOn(el);
        below('the next question');
      }
    });
  });
});

describe('the error summary’s link on a short screen', () => {
  // The browser's own scroll to the focused field centred it: the field's error message, what
  // to fix, was left under "Exit this page" (a phone on its side with its keyboard up, or
  // with 200% text).
  const cases: [string, { width: number; height: number }, string, string, unknown[]][] = [
    ['a date, the keyboard up on a phone on its side', { width: 740, height: 200 }, '', 'en', ['ES', 'yes', 'self', ['food'], 'no']],
    // Its two-line message left field and message 5px short of fitting with room to spare: the field was centred, the message under the bar.
    ['a date in French, the keyboard up on a phone on its side', { width: 740, height: 200 }, '', 'fr', ['ES', 'yes', 'self', ['food'], 'no']],
    ['radios in French, 200% text on a phone on its side', { width: 844, height: 390 }, '200%', 'fr', ['ES']],
  ];
  for (const [what, screen, text, lang, before] of cases) {
    it(`lands on the field with its error message in view below the exit bar: ${what}`, async () => {
      await onScreen({ screen, text }, async () => {
        const el = await make({ lang });
        for (const value of before) await answer(el, value);
        // The bar has turned compact on the short screen, as before any person's first tap (Firefox and Safari take a few frames more).
        await waitUntil(() => $(el, '[data-compact-exit]'), 'the bar turns compact');
        await continueOn(el);
        $(el, '.error-summary a')!.click();
        const field = active(el) as HTMLElement;
        expect(field.matches('input'), 'the field has focus').to.be.true;
        const bar = $(el, '.quick-exit-bar')!.getBoundingClientRect();
        const message = $(el, '.error-message')!.getBoundingClientRect();
        expect(message.top, 'the error message, below the bar').to.be.at.least(bar.bottom - 1);
        // A fraction of a pixel past the foot at most: the page scrolls by whole pixels.
        expect(field.getBoundingClientRect().bottom, 'the field, on the screen').to.be.at.most(innerHeight + 1);
      });
    });
  }

  it('lands on the field alone, on the screen below the exit bar, when it and its error message do not both fit: 200% text, the keyboard up on a phone on its side', async () => {
    await onScreen({ screen: { width: 740, height: 200 }, text: '200%' }, async () => {
      const el = await make();
      for (const value of ['ES', 'yes', 'self', ['food'], 'no']) await answer(el, value);
      // The bar has turned compact, as before any person's tap (Firefox and Safari take a few frames more).
      await waitUntil(() => $(el, '[data-compact-exit]'), 'the bar turns compact');
      await continueOn(el);
      $(el, '.error-summary a')!.click();
      const field = active(el) as HTMLElement;
      expect(field.matches('input'), 'the field has focus').to.be.true;
      const box = field.getBoundingClientRect();
      expect(box.bottom - $(el, '.error-message')!.getBoundingClientRect().top, 'the two do not fit').to.be.above(innerHeight);
      expect(box.top, 'the field, below the bar').to.be.at.least($(el, '.quick-exit-bar')!.getBoundingClientRect().bottom - 1);
      expect(box.bottom, 'the field, on the screen').to.be.at.most(innerHeight + 1);
    });
  });
});

describe('a phone turned while a field has focus', () => {
  // The page kept its scroll: the focused radio or date ended above the screen, under
  // "Exit this page" or below the screen, where a keyboard user no longer saw where they were.
  const DATE = ['ES', 'yes', 'self', ['food'], 'no'];
  // Scrolled away: before each turn the person scrolled up to the page above, the date
  // below the screen (back to the width the page opened at too, which the element must
  // not take for no turn at all).
  const cases: { what: string; text: string; lang: string; before: unknown[]; scrolledAway: boolean }[] = [
    { what: 'the first checkbox in Arabic, 200% text', text: '200%', lang: 'ar', before: ['ES', 'yes', 'self'], scrolledAway: false },
    { what: 'a date', text: '', lang: 'en', before: DATE, scrolledAway: false },
    { what: 'a date, the page scrolled up before each turn', text: '', lang: 'en', before: DATE, scrolledAway: true },
  ];
  for (const { what, text, lang, before, scrolledAway } of cases) {
    it(`shows it again below the exit bar, on its side and upright again: ${what}`, async () => {
      await onScreen({ screen: { width: 360, height: 740 }, text, above: '1000px' }, async () => {
        const el = await make({ lang });
        for (const value of before) await answer(el, value);
        const field = $(el, 'form input')!;
        field.focus();
        for (const screen of [
          { width: 740, height: 360 },
          { width: 360, height: 740 },
        ]) {
          if (scrolledAway) scrollTo(0, 0);
          await setViewport(screen);
          await frames();
          expect(active(el), 'focus stays').to.equal(field);
          const bar = $(el, '.quick-exit-bar')!.getBoundingClientRect();
          const box = field.getBoundingClientRect();
          expect(box.top, `${screen.width}x${screen.height}: below the bar`).to.be.at.least(bar.bottom - 1);
          expect(box.bottom, `${screen.width}x${screen.height}: on the screen`).to.be.at.most(innerHeight);
        }
      });
    });
  }

  it('a change of height alone (the address bar hiding as the person scrolls) leaves the page where they scrolled to', async () => {
    await onScreen({ screen: { width: 360, height: 740 }, above: '1000px' }, async () => {
      const el = await make();
      for (const value of DATE) await answer(el, value);
      const field = $(el, 'form input')!;
      field.focus();
      // Scrolled back up to read the page above, the date still focused, below the screen.
      scrollTo(0, 0);
      await setViewport({ width: 360, height: 680 });
      await frames();
      expect(active(el), 'focus stays').to.equal(field);
      expect(scrollY, 'not pulled back to the field').to.equal(0);
    });
  });
});

describe('a phone turned while reading the result', () => {
  it('leaves the page where the person scrolled to: the heading focus went to is not brought back', async () => {
    await onScreen({ screen: { width: 360, height: 740 } }, async () => {
      const el = await make({ answers: SPAIN_EVICTION });
      await confirm(el);
      const heading = $(el, '[part~="heading"]')!;
      expect(active(el), 'focus on the result').to.equal(heading);
      scrollTo(0, document.documentElement.scrollHeight);
      await setViewport({ width: 740, height: 360 });
      await frames();
      expect(heading.getBoundingClientRect().bottom, 'the heading stays above the screen').to.be.below(0);
    });
  });
});

describe('radios and checkboxes with larger text', () => {
  // A native input keeps the browser's 13.33px font: its top margin in em did not follow
  // the label's text, and with 200% text it sat half a line above the label's first line.
  // In WebKit, a margin in rem did the same when run after the other tests here: a shadow
  // root's style cache kept the offset computed before the root font size changed.
  it('sit level with the first line of their label', async () => {
    for (const size of ['', '200%']) {
      await onScreen({ text: size }, async () => {
        const el = await make();
        const level = (input: HTMLInputElement) => {
          const label = input.closest('.item')!.querySelector('label')!;
          const box = input.getBoundingClientRect();
          const line = document.createRange();
          line.selectNodeContents(label);
          const first = line.getClientRects()[0]!;
          expect(box.top + box.height / 2, `${size || '100%'}: level with the first line`).to.be.closeTo(first.top + first.height / 2, 2);
        };
        await answer(el, 'ES');
        level($<HTMLInputElement>(el, 'input[type="radio"]')!);
        await answer(el, 'yes');
        await answer(el, 'self');
        level($<HTMLInputElement>(el, 'input[type="checkbox"]')!);
      });
    }
  });
});

describe('spacing when the page’s text size changes', () => {
  // A partner that sets the element's text in px, then a site's "larger text" switch: the
  // spacing (1rem by default) grows with the root. WebKit kept the old margins inside the
  // shadow root, whose elements' own font size had not changed, until a reload.
  it('is the same as in an element made at the new size', async () => {
    const made = async () => {
      const el = await make();
      el.style.setProperty('--op-eligibility-font-size', '16px');
      await answer(el, 'ES');
      return el;
    };
    const spacing = (el: HTMLElement) =>
      [...el.shadowRoot!.querySelectorAll('*')].map((e) => {
        const s = getComputedStyle(e);
        return `${e.className}: ${s.marginBlockStart} ${s.marginBlockEnd} ${s.paddingBlockStart} ${s.paddingInlineStart} ${s.rowGap} ${s.borderStartStartRadius}`;
      });
    const el = await made();
    await onScreen({ text: '200%' }, async () => {
      await frames(1);
      expect(getComputedStyle($(el, '.root')!).paddingBlockStart, 'half of 2rem').to.equal('16px');
      expect(spacing(el)).to.deep.equal(spacing(await made()));
    });
  });
});

describe('while its language loads on a slow connection', () => {
  // French, which no other test in this file loads: its file is fetched, which takes a task.
  it('keeps showing the page’s own fallback, not a blank, until the first question can show', async () => {
    const el = document.createElement('op-eligibility') as OpEligibility;
    el.setAttribute('lang', 'fr');
    el.innerHTML = '<p id="fallback">Chargement des questions…</p>';
    document.body.append(el);
    try {
      const fallback = el.querySelector('#fallback')!;
      await microtasksUntil(() => el.hasUpdated);
      expect($(el, 'form'), 'not the question yet').to.equal(null);
      expect(fallback.getBoundingClientRect().height, 'the fallback').to.be.above(0);
      expect(getComputedStyle(fallback).color, 'in the element’s text colour, on its light surface').to.equal('rgb(29, 35, 39)');
      await el.updateComplete;
      expect($(el, 'form')).to.not.equal(null);
      expect(fallback.getBoundingClientRect().height, 'gone once the question shows').to.equal(0);
    } finally {
      el.remove();
    }
  });
});

describe('the safety note on a phone', () => {
  it('says what the Exit button does first, and gives the Shift shortcut as a keyboard’s, which a phone has not', async () => {
    const el = await make();
    const note = $(el, '[part~="safety-note"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(note).to.match(/^Pressing “Exit this page” clears your answers and opens another website\. On a keyboard, pressing Shift three times does the same, but not in Tor Browser\./);
  });
});

describe('training on a phone on its side, with 200% text', () => {
  // "Exit this page" alone takes over a third of the 360px height: with the trainer's bar stuck below it, the question had 84px between them.
  it('after each "Next step" the room sees the question’s heading from its top, as much as the screen holds below "Exit this page", none of it under the trainer’s bar', async () => {
    await onScreen({ screen: { width: 740, height: 360 }, text: '200%' }, async () => {
      const el = await makeTraining({ scenario: 'eviction-spain' });
      // Drawn, as before any trainer's first tap: the bar's height is known then (a resize observer's, after the frame's layout).
      await frames(2);
      for (let step = 1; step <= 3; step++) {
        await nextStep(el);
        const heading = $(el, '#step-heading')!.getBoundingClientRect();
        const bar = $(el, '.quick-exit-bar')!.getBoundingClientRect();
        const trainer = $(el, '.training-actions')!.getBoundingClientRect();
        expect(heading.top, `step ${step}: below "Exit this page"`).to.be.at.least(bar.bottom - 1);
        expect(trainer.top, `step ${step}: "Next step" and "Reset" below what the screen shows of it`).to.be.at.least(Math.min(heading.bottom, innerHeight) - 1);
      }
    });
  });
});
