import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { OpEligibility } from '../../src/index.js';
import { ShiftPresses, SHIFT_WINDOW_MS } from '../../src/element/shift-presses.js';
import { $, $$, accessibleNames, active, answer, backFromCache, CDP, chooseToSave, currentQuestion, exitInAnotherTab, fill, frames, idle, liveText, make, messageFromAnotherTab, onScreen, press, reachResult, record, settle, shadow, spaceText, tabbingToLinks, tabUntil } from './helpers.js';
import { ROUTES } from './paths.js';
import { click, makeTraining, nextStep } from './training-helpers.js';

/** An element showing a result ("You may be able to complain"), with its "Copy as text". */
async function atResult(): Promise<OpEligibility> {
  const el = await make();
  await reachResult(el, 'likely-admissible');
  return el;
}

/** Records quick exits and cancels them, so the test page stays. */
function exits(el: OpEligibility): CustomEvent<{ url: string }>[] {
  const seen: CustomEvent<{ url: string }>[] = [];
  el.addEventListener('op-eligibility-exit', (event) => {
    event.preventDefault();
    seen.push(event);
  });
  return seen;
}

afterEach(() => sessionStorage.clear());

/** A screening whose person chose to save it (under `op-eligibility:<id>`), on its second question. */
async function savedScreening(id: string): Promise<OpEligibility> {
  const el = await make({ answers: { state: 'ES' } });
  el.id = id;
  el.setAttribute('persist', 'session');
  await settle(el);
  await chooseToSave(el);
  await answer(el, 'yes');
  expect(sessionStorage.getItem(`op-eligibility:${id}`)).to.contain('"jurisdiction":"yes"');
  return el;
}

/** Shift×3 from the page: `check` gets what then covers the middle of the viewport; the page's own covers go after. */
async function coverAfterShift(check: (covering: Element) => void): Promise<void> {
  document.body.focus();
  await press('Shift', 3);
  try {
    check(document.elementFromPoint(innerWidth / 2, innerHeight / 2)!);
  } finally {
    for (const cover of document.querySelectorAll('body > dialog')) cover.remove();
  }
}

/** The button's label as seen: the text of what is drawn larger than the 1px of a visually hidden label. */
const shownLabel = (button: HTMLElement): string =>
  [...button.querySelectorAll('span')]
    .filter((span) => span.getBoundingClientRect().width > 1)
    .map((span) => span.textContent!.trim())
    .join(' ');

/** "Exit this page" in each language, and the one word it shows when the room is short. */
const EXIT_LABELS = [
  ['en', 'Exit this page', 'Exit'],
  ['ar', 'الخروج من هذه الصفحة', 'الخروج'],
  ['fr', 'Quitter cette page', 'Quitter'],
  ['es', 'Salir de esta página', 'Salir'],
] as const;

describe('quick exit', () => {
  it('shows "Exit this page" and a safety note saying what it erases and what it cannot', async () => {
    const el = await make();
    const button = $<HTMLButtonElement>(el, '[part="quick-exit"]')!;
    expect(shownLabel(button)).to.equal('Exit this page');
    // WebDriver (Firefox, WebKit) gives no accessibility tree: there the name's words are checked by shownLabel alone.
    if (CDP) expect(await accessibleNames('button')).to.include('Exit this page');
    expect(button.type).to.equal('button');
    const note = $(el, '[part="safety-note"]')!.textContent!.replace(/\s+/g, ' ');
    expect(note).to.contain('clears your answers');
    expect(note).to.contain('cannot clear your browser history');
    expect(note).to.contain('does not save your answers');
    expect(getComputedStyle($(el, '.quick-exit-bar')!).position).to.equal('sticky');
    await expect(el).to.be.accessible();
  });

  tabbingToLinks('the skip link is the first focusable, hidden until focused, and moves focus to the button', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    const el = await make();
    el.before(before);
    before.focus();
    const link = $<HTMLAnchorElement>(el, '[part="skip-link"]')!;
    expect(link.getBoundingClientRect().width).to.be.at.most(1);
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(link);
    expect(link.textContent!.trim()).to.equal('Skip to Exit this page');
    expect(link.getBoundingClientRect().width).to.be.greaterThan(50);
    const url = location.href;
    await sendKeys({ press: 'Enter' });
    expect(active(el)).to.equal($(el, '[part="quick-exit"]'));
    expect(location.href).to.equal(url);
    before.remove();
  });

  it('on a phone, the step that takes focus is not hidden under the sticky exit bar (WCAG 2.4.11)', async () => {
    await onScreen({ screen: { width: 360, height: 640 } }, async () => {
      for (const lang of ['en', 'ar']) {
        const el = await make({ lang });
        for (const [, value] of ROUTES['likely-admissible'].steps) {
          await fill(el, value);
          // The person has scrolled down to Continue, and presses it.
          const submit = $<HTMLButtonElement>(el, 'button[type="submit"]')!;
          submit.scrollIntoView({ block: 'end' });
          submit.focus();
          await sendKeys({ press: 'Enter' });
          await settle(el);
          const focused = active(el) as HTMLElement;
          const bar = $(el, '.quick-exit-bar')!.getBoundingClientRect();
          expect(focused.getBoundingClientRect().top, `${lang} ${focused.textContent}`).to.be.at.least(bar.bottom - 1);
        }
      }
    });
  });

  it('Shift+Tab back into a date input brings it out from under the sticky exit bar (WCAG 2.4.11)', async () => {
    await onScreen({ screen: { width: 320, height: 256 } }, async () => {
      for (const lang of ['en', 'ar']) {
        const el = await make({ lang });
        for (const value of ['ES', 'yes', 'self', ['food'], 'no']) await answer(el, value);
        const unknown = $<HTMLInputElement>(el, 'input[name="unknown"]')!;
        unknown.focus();
        // Scrolled so that "I do not know" sits just below the bar, the date input above it under the bar.
        const bar = () => $(el, '.quick-exit-bar')!.getBoundingClientRect();
        window.scrollBy(0, unknown.getBoundingClientRect().top - bar().bottom - 4);
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        const input = $<HTMLInputElement>(el, 'input[type="date"]')!;
        expect(active(el), lang).to.equal(input);
        expect(input.getBoundingClientRect().top, lang).to.be.at.least(bar().bottom - 1);
        el.remove();
      }
    });
  });

  it('with 200% text on a small phone, the bar shows one short word and takes a sixth of the screen, not a third; its name stays "Exit this page", the word shown among its words', async () => {
    await onScreen({ screen: { width: 320, height: 568 }, text: '200%' }, async () => {
      for (const [lang, long, short] of EXIT_LABELS) {
        const el = await make({ lang });
        await settle(el);
        const button = $<HTMLButtonElement>(el, '[part="quick-exit"]')!;
        expect(shownLabel(button), lang).to.equal(short);
        expect($(el, '.quick-exit-bar')!.getBoundingClientRect().height, lang).to.be.below(568 / 6);
        if (CDP) expect(await accessibleNames('button'), lang).to.include(long).and.not.include(short);
        // WCAG 2.5.3: a voice control user says the word they see ("click Exit"), which must be
        // one of the name's words, not part of one (Arabic "خروج" inside "الخروج").
        expect(long!.split(' '), lang).to.include(short);
        el.remove();
      }
      // At the usual text size on the same phone, and at 125%, where it fits on a line, the whole label shows.
      for (const size of ['', '125%']) {
        document.documentElement.style.fontSize = size;
        const el = await make();
        await settle(el);
        expect(shownLabel($(el, '[part="quick-exit"]')!), size).to.equal('Exit this page');
        el.remove();
      }
    });
  });

  it('on a phone held upright with 125% to 150% text, a label that wraps onto two lines makes the bar compact: a sixth of the screen at most, as at 200%, the whole label shown', async () => {
    // "Salir de esta página" on two lines took 19% of a small phone at 125% (110px), 18% of a 360x740 one at 150%.
    await onScreen({}, async () => {
      for (const [width, height, size] of [[320, 568, '125%'], [360, 740, '150%']] as const) {
        await setViewport({ width, height });
        document.documentElement.style.fontSize = size;
        for (const [lang, long] of EXIT_LABELS) {
          const what = `${lang} ${width}x${height} ${size}`;
          const el = await make({ lang });
          await frames();
          expect($(el, '.quick-exit-bar')!.getBoundingClientRect().height / height, what).to.be.below(1 / 6);
          const button = $<HTMLButtonElement>(el, '[part="quick-exit"]')!;
          expect(shownLabel(button), what).to.equal(long);
          const { width: across, height: high } = button.getBoundingClientRect();
          expect(Math.min(across, high), what).to.be.at.least(44);
          el.remove();
        }
      }
    });
  });

  it('on a phone on its side with 150% or 200% text, the bar is compact, so the question’s heading and the focused answer keep the screen (WCAG 2.4.11); still a 44px target showing and named "Exit this page"', async () => {
    // The bar took 38% of the screen's height: "Exit this page" switched to its short label by width only.
    await onScreen({}, async () => {
      // At 150% the whole bar would take over a quarter (about 29%): compact too.
      for (const [width, height, size] of [[740, 360, '200%'], [640, 360, '200%'], [740, 360, '150%']] as const) {
        await setViewport({ width, height });
        for (const [lang, long] of [['en', 'Exit this page'], ['fr', 'Quitter cette page']] as const) {
          const what = `${lang} ${width}x${height} ${size}`;
          // At the usual text size the bar takes a fifth at most: it stays whole.
          document.documentElement.style.fontSize = '';
          const usual = await make({ lang });
          await frames();
          expect(shownLabel($(usual, '[part="quick-exit"]')!), what).to.equal(long);
          usual.remove();
          document.documentElement.style.fontSize = size;
          const el = await make({ lang });
          await frames();
          const bar = () => $(el, '.quick-exit-bar')!.getBoundingClientRect();
          expect(bar().height / height, what).to.be.below(0.25);
          // The whole label still, which the width allows: only the padding gives way.
          expect(shownLabel($(el, '[part="quick-exit"]')!), what).to.equal(long);
          const button = $<HTMLButtonElement>(el, '[part="quick-exit"]')!.getBoundingClientRect();
          expect(Math.min(button.width, button.height), what).to.be.at.least(44);
          if (CDP) expect(await accessibleNames('button'), what).to.include(long);
          await answer(el, 'ES');
          await frames();
          const heading = $(el, '#step-heading')!;
          expect(active(el), what).to.equal(heading);
          expect(heading.getBoundingClientRect().top, what).to.be.at.least(bar().bottom - 1);
          const radio = (await tabUntil(el, (focused) => focused.matches('input[type="radio"]'))).getBoundingClientRect();
          expect(radio.top, what).to.be.at.least(bar().bottom - 1);
          expect(radio.bottom, what).to.be.at.most(innerHeight);
          el.remove();
        }
      }
    });
  });

  it('on a phone on its side with 200% text spaced out (WCAG 1.4.12), the compact bar still takes a quarter of the screen at most: a label that wraps gives way to its short word, the name kept', async () => {
    // In Spanish "Salir de esta página" wrapped to two lines even compact: the bar took 42%.
    await onScreen({ screen: { width: 568, height: 320 }, text: '200%' }, async () => {
      for (const [lang, long, short] of EXIT_LABELS) {
        const el = await make({ lang });
        spaceText(el);
        await frames();
        expect($(el, '.quick-exit-bar')!.getBoundingClientRect().height / 320, lang).to.be.at.most(0.25);
        const button = $<HTMLButtonElement>(el, '[part="quick-exit"]')!;
        const { width, height } = button.getBoundingClientRect();
        expect(Math.min(width, height), lang).to.be.at.least(44);
        expect([long, short], lang).to.include(shownLabel(button));
        if (CDP) expect(await accessibleNames('button'), lang).to.include(long);
        el.remove();
      }
    });
  });

  it('in a box under 190px wide (a sidebar) at the usual text size, the short "Exit" is still a 44px target named "Exit this page"', async () => {
    // Its padding made smaller for 200% text left it 38px high at 100%.
    const box = document.createElement('div');
    box.style.inlineSize = '180px';
    document.body.append(box);
    try {
      for (const [lang, long, short] of EXIT_LABELS) {
        const el = await make({ lang });
        box.append(el);
        await frames();
        const button = $<HTMLButtonElement>(el, '[part="quick-exit"]')!;
        expect(shownLabel(button), lang).to.equal(short);
        const { width, height } = button.getBoundingClientRect();
        expect(Math.min(width, height), lang).to.be.at.least(44);
        if (CDP) expect(await accessibleNames('button'), lang).to.include(long);
        el.remove();
      }
    } finally {
      box.remove();
    }
  });

  it('with large text on a narrow phone, what takes focus is still below the bar, measured', async () => {
    // The host page has content above the element, as most do.
    await onScreen({ screen: { width: 320, height: 640 }, text: '200%', above: '2000px' }, async () => {
      const el = await make({ lang: 'ar' });
      // A person takes more than a frame to answer: the bar's height is measured by then.
      await frames(2);
      await reachResult(el, 'not-admissible');
      // The bar's height as measured, whatever it is (the short label keeps it to one line here).
      const bar = $(el, '.quick-exit-bar')!;
      expect(getComputedStyle(bar.parentElement!).getPropertyValue('--_exit-bar')).to.equal(`${Math.ceil(bar.getBoundingClientRect().height)}px`);
      for (const target of ['[part="change-answers"]', '#step-heading']) {
        window.scrollTo(0, document.body.scrollHeight);
        $<HTMLElement>(el, target)!.focus();
        // WebKit scrolls what takes focus into view at its next rendering, not within focus().
        await frames(1);
        expect($(el, target)!.getBoundingClientRect().top, target).to.be.at.least($(el, '.quick-exit-bar')!.getBoundingClientRect().bottom - 1);
      }
    });
  });

  it('the button wipes the answers, the saved state and the host’s answers, covers the page and leaves for the default URL', async () => {
    const el = await savedScreening('wipe');
    const seen = exits(el);
    $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail.url).to.equal('https://www.google.com/');
    expect(seen[0]!.cancelable && seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
    expect($<HTMLDialogElement>(el, 'dialog.exit-cover')!.open).to.equal(true);
    expect(sessionStorage.getItem('op-eligibility:wipe')).to.equal(null);
    expect(el.answers).to.equal(undefined);
    await settle(el);
    expect(currentQuestion(el)).to.equal('state');
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('');
    expect(sessionStorage.getItem('op-eligibility:wipe')).to.equal(null);
    // The exit also withdraws the person's choice to save: a host that cancels the exit gets nothing stored.
    await answer(el, 'ES');
    expect(sessionStorage.getItem('op-eligibility:wipe')).to.equal(null);
  });

  it('after "Copy as text", the exit empties the clipboard, so that the next person on the phone cannot paste the summary; a clipboard that refuses does not keep the person; no copy, no write', async () => {
    const writes: string[] = [];
    const clipboard = navigator.clipboard;
    const writeText = async (text: string) => {
      writes.push(text);
      if (!text) throw new Error('denied');
    };
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    try {
      const uncopied = await atResult();
      const seen = exits(uncopied);
      $<HTMLButtonElement>(uncopied, '[part="quick-exit"]')!.click();
      expect(seen, 'left').to.have.length(1);
      expect(writes, 'nothing copied: the clipboard is not the element’s').to.deep.equal([]);

      const copied = await atResult();
      await click(copied, '[part~="handoff-copy"]');
      await waitUntil(() => writes.length === 1, 'the summary is copied');
      expect(writes[0]).to.include('Which country is your complaint about? Spain');
      const leaving = exits(copied);
      $<HTMLButtonElement>(copied, '[part="quick-exit"]')!.click();
      expect(writes.slice(1), 'emptied at once, before the page leaves').to.deep.equal(['']);
      await frames(1);
      expect(leaving, 'the refusal does not stop the exit').to.have.length(1);

      const again = await atResult();
      const left = exits(again);
      $<HTMLButtonElement>(again, '[part="quick-exit"]')!.click();
      expect(left).to.have.length(1);
      expect(writes.slice(2), 'emptied once: a later exit, with nothing copied since, writes nothing').to.deep.equal([]);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('the clipboard is the device’s: a summary copied in another tab of the site is emptied by an exit here, and a copy here is told to the others', async () => {
    const writes: string[] = [];
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void writes.push(text) } });
    const heard: unknown[] = [];
    const otherTab = new BroadcastChannel('op-eligibility:quick-exit');
    otherTab.onmessage = (event) => heard.push(event.data);
    try {
      const el = await atResult();
      // The page hears the other tabs once idle.
      await idle();
      await messageFromAnotherTab('copied');
      heard.length = 0;
      const seen = exits(el);
      $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
      expect(seen, 'left').to.have.length(1);
      expect(writes, 'emptied: the summary copied in the other tab would be pasted here').to.deep.equal(['']);

      const copying = await atResult();
      await click(copying, '[part~="handoff-copy"]');
      await waitUntil(() => heard.includes('copied'), 'the other tabs are told of the copy');
      expect(writes.at(-1)).to.include('Which country is your complaint about? Spain');
      // A tab opened after the copy asks when it starts hearing, and is told.
      heard.length = 0;
      otherTab.postMessage('copied?');
      await waitUntil(() => heard.includes('copied'), 'a tab opened later is told of the copy');
    } finally {
      otherTab.close();
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('a host’s eraseForExit() settles once a copied summary is emptied from the clipboard (0.2 s at most, a refusal too, never rejecting); with nothing copied, at once', async () => {
    const clipboard = navigator.clipboard;
    /** Copies the summary with `writeText` as the clipboard, then starts eraseForExit(). */
    const erasing = async (writeText: (text: string) => Promise<void>) => {
      const el = await atResult();
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
      try {
        await click(el, '[part~="handoff-copy"]');
        await el.updateComplete;
        const started = performance.now();
        let settled = false;
        const erased = el.eraseForExit().then(() => (settled = true));
        return { erased, settled: () => settled, started };
      } finally {
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
      }
    };
    const aTask = () => new Promise((resolve) => setTimeout(resolve));

    let emptied = () => {};
    const slow = await erasing((text) => (text ? Promise.resolve() : new Promise<void>((resolve) => (emptied = resolve))));
    await aTask();
    expect(slow.settled(), 'still emptying the clipboard').to.equal(false);
    emptied();
    await slow.erased;

    const refused = await erasing((text) => (text ? Promise.resolve() : Promise.reject(new Error('denied'))));
    await refused.erased;

    const stuck = await erasing((text) => (text ? Promise.resolve() : new Promise<void>(() => undefined)));
    await stuck.erased;
    const waited = performance.now() - stuck.started;
    expect(waited, 'a write that never ends is waited for 0.2 s').to.be.at.least(195);
    // A person fleeing is not held: not a second, however the clipboard hangs.
    expect(waited, 'and no longer').to.be.below(1000);

    const el = await make();
    let settled = false;
    void el.eraseForExit().then(() => (settled = true));
    await aTask();
    expect(settled, 'nothing copied: nothing to wait for').to.equal(true);
  });

  it('deletes the answers any screening on this site saved, even on a page that does not persist, and nothing else', async () => {
    const saved = JSON.stringify({ version: 1, expires: Date.now() + 3_600_000, answers: { state: 'ES', rights: ['eviction'] } });
    localStorage.setItem('op-eligibility', saved);
    localStorage.setItem('op-eligibility:other-page', saved);
    sessionStorage.setItem('op-eligibility:second', saved);
    localStorage.setItem('host-setting', 'kept');
    // A host's own key that only begins with the element's name is the host's.
    localStorage.setItem('op-eligibility-consent', 'kept');
    try {
      const el = await make();
      exits(el);
      $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
      expect(Object.keys(localStorage).sort()).to.deep.equal(['host-setting', 'op-eligibility-consent']);
      expect(Object.keys(sessionStorage)).to.deep.equal([]);
    } finally {
      localStorage.clear();
    }
  });

  it('the cover hides the whole viewport', async () => {
    const el = await make();
    exits(el);
    $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
    const cover = $<HTMLDialogElement>(el, 'dialog.exit-cover')!;
    const box = cover.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, innerWidth, innerHeight]);
    expect(getComputedStyle(cover).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(document.elementFromPoint(innerWidth / 2, innerHeight / 2)).to.equal(el);
    expect(shadow(el).elementFromPoint(innerWidth / 2, innerHeight / 2)).to.equal(cover);
  });

  it('the cover makes the page under it inert: nothing of the host’s page can take focus while the browser leaves', async () => {
    const el = await make();
    const hostButton = document.createElement('button');
    hostButton.textContent = 'Contact the shelter';
    el.before(hostButton);
    try {
      exits(el);
      $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
      hostButton.focus();
      expect(document.activeElement).to.not.equal(hostButton);
    } finally {
      hostButton.remove();
    }
  });

  it('Back to the page from the back-forward cache, after a host cancelled the exit and left its own way: no blank cover, the first question, the page usable, the exit ready again', async () => {
    const el = await make({ answers: { state: 'ES' } });
    const hostButton = document.createElement('button');
    el.before(hostButton);
    try {
      const seen = exits(el);
      $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
      const cover = $<HTMLDialogElement>(el, 'dialog.exit-cover')!;
      expect(cover.open, 'covered while leaving').to.equal(true);
      await backFromCache(el);
      expect(cover.open, 'the cover gone').to.equal(false);
      expect(currentQuestion(el), 'wiped by the exit').to.equal('state');
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('');
      hostButton.focus();
      expect(document.activeElement, 'the page no longer inert').to.equal(hostButton);
      $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
      expect([seen.length, cover.open], 'a second exit covers again').to.deep.equal([2, true]);
    } finally {
      hostButton.remove();
    }
  });

  it('Back from the back-forward cache after Shift×3 with the element hidden: the cover it put on the page goes too', async () => {
    const page = await fixture<HTMLDivElement>(html`<div hidden><op-eligibility as-of="2026-03-01"></op-eligibility></div>`);
    const el = page.querySelector<OpEligibility>('op-eligibility')!;
    await settle(el);
    exits(el);
    document.body.focus();
    await press('Shift', 3);
    expect(document.querySelectorAll('body > dialog[open]'), 'the page covered').to.have.length(1);
    await backFromCache();
    expect(document.querySelectorAll('body > dialog'), 'and uncovered').to.have.length(0);
  });

  it('Back from the back-forward cache in training mode, after the exit: the cover goes there too (the room is not left on a blank screen)', async () => {
    const el = await makeTraining({ scenario: 'eviction-spain' });
    await nextStep(el);
    exits(el);
    $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
    const cover = $<HTMLDialogElement>(el, 'dialog.exit-cover')!;
    expect(cover.open, 'covered while leaving').to.equal(true);
    await backFromCache(el);
    expect(cover.open, 'the cover gone').to.equal(false);
    expect(currentQuestion(el)).to.be.a('string');
  });

  it('Back from the back-forward cache in a browser without <dialog> (Safari before 15.4): the cover shown by its `open` is taken away', async () => {
    const el = await make({ answers: { state: 'ES' } });
    exits(el);
    const cover = $<HTMLDialogElement>(el, 'dialog.exit-cover')!;
    // An ordinary element there: no showModal() or close() (exit-cover.ts).
    Object.defineProperties(cover, { showModal: { value: undefined }, close: { value: undefined } });
    $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
    expect(cover.hasAttribute('open'), 'covered while leaving').to.equal(true);
    await backFromCache(el);
    expect(cover.hasAttribute('open'), 'the cover gone').to.equal(false);
    expect(currentQuestion(el)).to.equal('state');
  });

  it('the cover takes the theme’s background: a dark page does not flash white', async () => {
    const el = await make();
    el.style.setProperty('--op-eligibility-color-background', '#121212');
    exits(el);
    $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
    const cover = $<HTMLDialogElement>(el, 'dialog.exit-cover')!;
    expect(getComputedStyle(cover).backgroundColor).to.equal('rgb(18, 18, 18)');
    expect(getComputedStyle(cover, '::backdrop').backgroundColor).to.equal('rgb(18, 18, 18)');
  });

  it('unthemed on a dark page, the cover takes the page’s background rather than flash white', async () => {
    document.body.style.background = 'rgb(0, 0, 0)';
    try {
      const el = await make();
      exits(el);
      $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
      const cover = $<HTMLDialogElement>(el, 'dialog.exit-cover')!;
      expect(getComputedStyle(cover).backgroundColor).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(cover, '::backdrop').backgroundColor).to.equal('rgb(0, 0, 0)');
    } finally {
      document.body.style.background = '';
    }
  });

  it('exit-url sets where it goes', async () => {
    const el = await fixture<OpEligibility>(html`<op-eligibility exit-url="https://weather.example.org/today"></op-eligibility>`);
    const seen = exits(el);
    $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
    expect(seen[0]!.detail.url).to.equal('https://weather.example.org/today');
  });

  it('exit-url takes any real host name: digits, hyphens, a name in Arabic script, an IPv4 or IPv6 address', async () => {
    // Where google.com is blocked, a partner's own neutral page is the only exit that loads:
    // refusing it would send a fleeing person to an error page.
    // The Arabic name is checked in its ASCII form (xn--, digits and hyphens), as every browser's URL gives it.
    const urls = ['https://www.20minutes.fr/', 'https://news.t-online.de/', 'https://مثال.مصر/', 'http://192.0.2.1/', 'http://[2001:db8::1]/'];
    const errors: Event[] = [];
    const listen = (event: Event) => void errors.push(event);
    document.addEventListener('op-eligibility-error', listen);
    try {
      for (const url of urls) {
        const el = await fixture<OpEligibility>(html`<op-eligibility exit-url=${url}></op-eligibility>`);
        const seen = exits(el);
        $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
        expect(seen[0]!.detail.url).to.equal(url);
      }
    } finally {
      document.removeEventListener('op-eligibility-error', listen);
    }
    expect(errors).to.have.length(0);
  });

  it('Shift pressed three times leaves too, wherever focus is', async () => {
    const el = await make();
    const seen = exits(el);
    $<HTMLElement>(el, 'select')!.focus();
    await press('Shift', 2);
    expect(seen).to.have.length(0);
    await press('Shift');
    expect(seen).to.have.length(1);
    document.body.focus();
    await press('Shift', 3);
    expect(seen).to.have.length(2);
  });

  it('Shift×3 leaves even where the host’s page stops the key presses on their way (a widget’s shortcuts, a dialog’s focus trap)', async () => {
    const el = await make();
    const seen = exits(el);
    const page = el.parentElement!;
    const stop = (event: Event) => event.stopPropagation();
    page.addEventListener('keydown', stop);
    try {
      $<HTMLElement>(el, 'select')!.focus();
      await press('Shift', 3);
      expect(seen).to.have.length(1);
    } finally {
      page.removeEventListener('keydown', stop);
    }
  });

  it('with several elements on the page, Shift×3 wipes every one and leaves once', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <op-eligibility as-of="2026-03-01" exit-url="https://weather.example.org/"></op-eligibility>
      <op-eligibility as-of="2026-03-01" exit-url="https://news.example.org/"></op-eligibility>
    </div>`);
    const [a, b] = [...page.querySelectorAll<OpEligibility>('op-eligibility')] as [OpEligibility, OpEligibility];
    await Promise.all([settle(a), settle(b)]);
    const left: string[] = [];
    const onExit = (event: Event) => {
      event.preventDefault();
      left.push((event as CustomEvent<{ url: string }>).detail.url);
    };
    document.addEventListener('op-eligibility-exit', onExit);
    try {
      await answer(a, 'ES');
      await answer(b, 'PT');
      await press('Shift', 3);
      expect(left).to.deep.equal(['https://weather.example.org/']);
      for (const el of [a, b]) {
        await settle(el);
        expect(currentQuestion(el)).to.equal('state');
        expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('');
      }
      // Its button still leaves from any of them.
      $<HTMLButtonElement>(b, '[part="quick-exit"]')!.click();
      expect(left).to.deep.equal(['https://weather.example.org/', 'https://news.example.org/']);
    } finally {
      document.removeEventListener('op-eligibility-exit', onExit);
    }
  });

  it('a quick exit in another tab of the site wipes this one too, without a word: the first question, nothing saved, nothing said, no cover', async () => {
    const el = await savedScreening('behind');
    await idle();
    const seen = exits(el);
    // What the other tab's element sends (a channel of its own, as another tab has).
    const otherTab = new BroadcastChannel('op-eligibility:quick-exit');
    otherTab.postMessage('exit');
    otherTab.close();
    await waitUntil(() => currentQuestion(el) === 'state', 'wiped');
    await settle(el);
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('');
    expect(sessionStorage.getItem('op-eligibility:behind'), 'this tab’s own storage, which the other tab cannot reach').to.equal(null);
    expect(liveText(el)).to.equal('');
    expect($<HTMLDialogElement>(el, 'dialog.exit-cover')!.open).to.equal(false);
    expect(seen, 'this tab does not leave').to.have.length(0);
  });

  it('the button tells the site’s other tabs, so that one left open behind does not go on showing the answers', async () => {
    const el = await make();
    exits(el);
    // Another tab's end of the channel (a channel does not hear its own messages, but hears this page's others).
    const otherTab = new BroadcastChannel('op-eligibility:quick-exit');
    const heard = new Promise((resolve) => {
      otherTab.onmessage = (event) => resolve(event.data);
      setTimeout(() => resolve('nothing heard'), 1000);
    });
    try {
      $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
      expect(await heard).to.equal('exit');
    } finally {
      otherTab.close();
    }
  });

  it('a host with its own quick exit calls eraseForExit(): every element back to its first question without a word, every saved screening deleted, the other tabs told, and the page stays', async () => {
    const el = await savedScreening('host-exit');
    el.noQuickExit = true;
    const other = await make({ answers: { state: 'FR' } });
    localStorage.setItem('op-eligibility:other-page', sessionStorage.getItem('op-eligibility:host-exit')!);
    await idle();
    const otherTab = new BroadcastChannel('op-eligibility:quick-exit');
    const heard = new Promise((resolve) => {
      otherTab.onmessage = (event) => resolve(event.data);
      setTimeout(() => resolve('nothing heard'), 1000);
    });
    const seen = [...exits(el), ...exits(other)];
    try {
      el.eraseForExit();
      expect(await heard).to.equal('exit');
      expect(localStorage.getItem('op-eligibility:other-page'), 'saved by another page of the site').to.equal(null);
    } finally {
      otherTab.close();
      localStorage.clear();
    }
    expect(sessionStorage.getItem('op-eligibility:host-exit')).to.equal(null);
    await Promise.all([settle(el), settle(other)]);
    for (const wiped of [el, other]) {
      expect(currentQuestion(wiped)).to.equal('state');
      expect($<HTMLSelectElement>(wiped, 'select')!.value).to.equal('');
      expect(liveText(wiped)).to.equal('');
      expect($<HTMLDialogElement>(wiped, 'dialog.exit-cover')?.open ?? false, 'the host covers and leaves its own way').to.equal(false);
    }
    expect(seen, 'no exit event: the host leaves').to.have.length(0);
    expect($(el, '[part~="forget"]'), 'the choice to save is withdrawn').to.equal(null);
  });

  it('after a host’s own exit (eraseForExit()), "Save my answers" saves the very answers given again: the note that says they are saved is true', async () => {
    const el = await savedScreening('again');
    el.eraseForExit();
    await settle(el);
    await answer(el, 'ES');
    await answer(el, 'yes');
    expect(sessionStorage.getItem('op-eligibility:again'), 'not chosen since the exit').to.equal(null);
    await chooseToSave(el);
    expect($(el, '[part~="forget"]'), 'the note says they are saved').to.not.equal(null);
    expect(JSON.parse(sessionStorage.getItem('op-eligibility:again') ?? 'null')?.answers).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
  });

  it('answers given after a quick exit the page stayed for (the host’s own exit) survive the element being moved in the page', async () => {
    const el = await make();
    el.eraseForExit();
    await settle(el);
    await answer(el, 'ES');
    // A framework re-rendering a list, a host moving the element into a dialog: off the page and back.
    el.parentElement!.append(el);
    await settle(el);
    expect(currentQuestion(el)).to.equal('jurisdiction');
  });

  it('the button of one element wipes the others on the page too', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><op-eligibility as-of="2026-03-01"></op-eligibility><op-eligibility as-of="2026-03-01"></op-eligibility></div>`);
    const [a, b] = [...page.querySelectorAll<OpEligibility>('op-eligibility')] as [OpEligibility, OpEligibility];
    await Promise.all([settle(a), settle(b)]);
    exits(b);
    await answer(a, 'ES');
    await idle();
    $<HTMLButtonElement>(b, '[part="quick-exit"]')!.click();
    await waitUntil(() => currentQuestion(a) === 'state', 'the other element wiped');
  });

  it('an element a framework took off the page and keeps to show again (Vue’s KeepAlive) comes back wiped after a quick exit in another element', async () => {
    const kept = await make();
    await answer(kept, 'ES');
    await answer(kept, 'yes');
    const place = kept.parentElement!;
    kept.remove();
    const other = await make();
    exits(other);
    $<HTMLButtonElement>(other, '[part="quick-exit"]')!.click();
    $<HTMLDialogElement>(other, 'dialog.exit-cover')!.close();
    const seen = record(kept);
    place.append(kept);
    await settle(kept);
    expect(currentQuestion(kept)).to.equal('state');
    expect($<HTMLSelectElement>(kept, 'select')!.value).to.equal('');
    expect(seen.step.map((e) => e.detail.answers)).to.deep.equal([{}]);
    expect(liveText(kept)).to.equal('');
  });

  it('coming back after a quick exit, a kept element deletes nothing saved since (the exit deleted what there was), and saves nothing more', async () => {
    const kept = await savedScreening('kept');
    const place = kept.parentElement!;
    kept.remove();
    const other = await savedScreening('other');
    exits(other);
    $<HTMLButtonElement>(other, '[part="quick-exit"]')!.click();
    $<HTMLDialogElement>(other, 'dialog.exit-cover')!.close();
    expect(sessionStorage.length).to.equal(0);
    // The page goes on (its host left its own way, and someone came back): answers saved anew.
    await settle(other);
    await chooseToSave(other);
    await answer(other, 'ES');
    place.append(kept);
    await settle(kept);
    expect(currentQuestion(kept)).to.equal('state');
    expect(JSON.parse(sessionStorage.getItem('op-eligibility:other') ?? 'null')?.answers, 'saved since the exit').to.deep.equal({ state: 'ES' });
    await answer(kept, 'ES');
    expect(sessionStorage.getItem('op-eligibility:kept'), 'the choice to save left with the person').to.equal(null);
  });

  it('an element off the page while another tab of the site exits, with no element left on this page, comes back wiped', async () => {
    const kept = await make();
    await answer(kept, 'ES');
    await idle();
    const place = kept.parentElement!;
    kept.remove();
    await exitInAnotherTab();
    place.append(kept);
    await settle(kept);
    expect(currentQuestion(kept)).to.equal('state');
  });

  it('answers this tab saved, its element off the page while another tab of the site exits: deleted then, not kept in this tab for its return or a reload', async () => {
    const kept = await savedScreening('kept');
    await idle();
    const place = kept.parentElement!;
    kept.remove();
    await exitInAnotherTab();
    expect(sessionStorage.getItem('op-eligibility:kept'), 'another tab cannot reach this tab’s sessionStorage: this page deletes it').to.equal(null);
    place.append(kept);
    await settle(kept);
    expect(currentQuestion(kept)).to.equal('state');
    expect(sessionStorage.length).to.equal(0);
  });

  it('hidden by the host (no-quick-exit) while it has focus: the step’s heading takes focus, not the page', async () => {
    const el = await make();
    await answer(el, 'ES');
    $<HTMLButtonElement>(el, '[part="quick-exit"]')!.focus();
    el.noQuickExit = true;
    await settle(el);
    expect(active(el)?.id).to.equal('step-heading');
    expect(currentQuestion(el)).to.equal('jurisdiction');
  });

  // A theme that blends into the host's panel, or a page tinted with some transparency: the cover must still hide the page.
  for (const { what, theme, page, shown } of [
    { what: 'a transparent theme', theme: 'transparent', page: '', shown: 'rgb(255, 255, 255)' },
    { what: 'a translucent theme on a dark page', theme: 'rgba(18, 18, 18, 0.5)', page: 'rgb(0, 0, 0)', shown: 'rgb(0, 0, 0)' },
    { what: 'no theme, on a page tinted with some transparency', theme: '', page: 'rgba(0, 0, 0, 0.05)', shown: 'rgb(255, 255, 255)' },
  ]) {
    it(`with ${what}, the cover is opaque: the page does not show through while the browser leaves`, async () => {
      document.body.style.background = page;
      try {
        const el = await make();
        if (theme) el.style.setProperty('--op-eligibility-color-background', theme);
        exits(el);
        $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
        const cover = getComputedStyle($<HTMLDialogElement>(el, 'dialog.exit-cover')!);
        // The colour asked for, laid over an opaque one.
        expect(cover.backgroundColor).to.equal(shown);
        expect(cover.backgroundImage).to.contain(theme === 'transparent' ? 'rgba(0, 0, 0, 0)' : theme || page);
      } finally {
        document.body.style.background = '';
      }
    });
  }

  it('Shift×3 with the element hidden and a translucent theme covers the page with an opaque cover', async () => {
    const page = await fixture<HTMLDivElement>(html`<div hidden style="--op-eligibility-color-background: rgba(20, 20, 30, 0.6)">
      <op-eligibility as-of="2026-03-01"></op-eligibility>
    </div>`);
    const el = page.querySelector<OpEligibility>('op-eligibility')!;
    await settle(el);
    exits(el);
    await coverAfterShift((covering) => {
      expect(covering.parentElement).to.equal(document.body);
      expect(getComputedStyle(covering).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(covering).backgroundImage).to.contain('rgba(20, 20, 30, 0.6)');
    });
  });

  it('Shift×3 with every element hidden (a closed <details>, a tab panel not shown) still covers the page, in the theme’s background', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="--op-eligibility-color-background: rgb(20, 20, 30)">
      <details><summary>Check your situation</summary><op-eligibility as-of="2026-03-01"></op-eligibility></details>
      <div hidden><op-eligibility as-of="2026-03-01"></op-eligibility></div>
    </div>`);
    const elements = [...page.querySelectorAll<OpEligibility>('op-eligibility')];
    for (const el of elements) {
      await settle(el);
      exits(el);
    }
    await coverAfterShift((covering) => {
      expect(covering.localName).to.equal('dialog');
      expect(covering.parentElement).to.equal(document.body);
      expect(getComputedStyle(covering).backgroundColor).to.equal('rgb(20, 20, 30)');
      const box = covering.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([innerWidth, innerHeight]);
      // Escape, pressed in a panic, must not take the cover away and show the page again: the
      // cover refuses the cancel event that Escape sends it.
      expect(covering.dispatchEvent(new Event('cancel', { cancelable: true }))).to.equal(false);
    });
  });

  it('another key between the presses, or a held Shift, does not leave', async () => {
    const el = await make();
    const seen = exits(el);
    await press('Shift', 2);
    await press('a');
    await press('Shift', 2);
    expect(seen).to.have.length(0);
    for (let i = 0; i < 3; i += 1) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', repeat: true }));
    expect(seen).to.have.length(0);
  });

  it('counts three presses only within the time window', () => {
    const presses = new ShiftPresses();
    expect(presses.press('Shift', false, 0)).to.equal(false);
    expect(presses.press('Shift', false, 1000)).to.equal(false);
    expect(presses.press('Shift', false, SHIFT_WINDOW_MS + 1)).to.equal(false);
    expect(presses.press('Shift', false, SHIFT_WINDOW_MS + 500)).to.equal(true);
    expect(presses.press('Shift', false, SHIFT_WINDOW_MS + 600)).to.equal(false);
  });

  it('Shift pressed now and then for capital letters, three times in ten seconds, does not leave: the window is three seconds, its end not included', () => {
    const typing = new ShiftPresses();
    expect([0, 4000, 8000].map((t) => typing.press('Shift', false, t))).to.deep.equal([false, false, false]);
    const atTheEdge = new ShiftPresses();
    expect([0, 1, 3000].map((t) => atTheEdge.press('Shift', false, t))).to.deep.equal([false, false, false]);
  });

  it('no-quick-exit hides the button, the skip link and the cover, and turns off Shift×3', async () => {
    const el = await fixture<OpEligibility>(html`<op-eligibility no-quick-exit lang="en"></op-eligibility>`);
    const seen = exits(el);
    const events = record(el);
    expect($$(el, '[part="quick-exit"], [part="skip-link"], dialog')).to.have.length(0);
    expect($(el, '[part="safety-note"]')!.textContent).not.to.contain('Exit this page');
    await press('Shift', 3);
    expect(seen).to.have.length(0);
    expect(events.error).to.have.length(0);
    el.noQuickExit = false;
    await settle(el);
    expect($(el, '[part="quick-exit"]')).to.not.equal(null);
  });

  it('a host that removes no-quick-exit (the person turned it back on in the site’s settings) gets the quick exit back', async () => {
    const el = await fixture<OpEligibility>(html`<op-eligibility no-quick-exit lang="en"></op-eligibility>`);
    const seen = exits(el);
    el.removeAttribute('no-quick-exit');
    await settle(el);
    expect($(el, '[part="quick-exit"]')).to.not.equal(null);
    await press('Shift', 3);
    expect(seen).to.have.length(1);
  });

  it('no-quick-exit="false" keeps the quick exit (it is a safety feature) and says why, once', async () => {
    const el = await fixture<OpEligibility>(html`<op-eligibility no-quick-exit="false" lang="en"></op-eligibility>`);
    const seen = exits(el);
    const events = record(el);
    await settle(el);
    expect($(el, '[part="quick-exit"]')).to.not.equal(null);
    await press('Shift', 3);
    expect(seen).to.have.length(1);
    // Recorded from the first update on: one error, naming the attribute and what to do.
    const fresh = await fixture<OpEligibility>(html`<div></div>`);
    const late = document.createElement('op-eligibility') as OpEligibility;
    late.setAttribute('no-quick-exit', 'FALSE');
    const heard = record(late);
    fresh.append(late);
    await settle(late);
    expect($(late, '[part="quick-exit"]')).to.not.equal(null);
    expect(heard.error).to.have.length(1);
    expect(heard.error[0]!.detail.error.issues).to.deep.equal([
      { path: 'no-quick-exit', code: 'invalid', message: 'is a boolean attribute: leave it out to show the quick exit, which stays shown (got "false")' },
    ]);
    // Present with any other value, or none, it hides the quick exit as HTML reads it.
    late.setAttribute('no-quick-exit', '');
    await settle(late);
    expect($(late, '[part="quick-exit"]')).to.equal(null);
    expect(heard.error).to.have.length(1);
    expect(events.error).to.have.length(0);
  });

  it('removed from the page, it stops listening to the keyboard', async () => {
    const el = await make();
    const seen = exits(el);
    el.remove();
    await press('Shift', 3);
    expect(seen).to.have.length(0);
  });
});
