import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, active, answer, continueOn, emulateMediaFeatures, fill, frames, make, overCdp, RUNNER_SCREEN } from './helpers.js';
import { ROUTES } from './paths.js';

/** Only where the driver emulates `prefers-reduced-motion` (Chromium's, over CDP). */
const reducedMotionIt = overCdp('reduced-motion emulation');

describe('for a person who asks for reduced motion, on a page that scrolls smoothly', () => {
  beforeEach(async () => {
    await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await setViewport({ width: 320, height: 480 });
    // Common on sites (a theme's html { scroll-behavior: smooth }), for their own anchors.
    document.documentElement.style.scrollBehavior = 'smooth';
  });
  afterEach(async () => {
    document.documentElement.style.scrollBehavior = '';
    await setViewport(RUNNER_SCREEN);
    await emulateMediaFeatures([]);
  });

  reducedMotionIt('each next question is in place below the exit bar at once, the page not gliding to it', async () => {
    const el = await make();
    for (const [question, value] of ROUTES['likely-admissible'].steps.slice(0, 4)) {
      await fill(el, value);
      // The person scrolled down to Continue, and pressed it.
      $(el, 'button[type="submit"]')!.scrollIntoView({ behavior: 'instant', block: 'end' });
      await continueOn(el);
      const top = (active(el) as HTMLElement).getBoundingClientRect().top;
      const bar = $(el, '.quick-exit-bar')!.getBoundingClientRect();
      expect(top, `after ${question}`).to.be.at.least(bar.bottom - 1);
      await frames();
      expect((active(el) as HTMLElement).getBoundingClientRect().top, `after ${question}: still`).to.equal(top);
    }
  });

  reducedMotionIt('a date input that Shift+Tab finds under the exit bar comes out from under it at once', async () => {
    await setViewport({ width: 320, height: 256 });
    const el = await make();
    for (const value of ['ES', 'yes', 'self', ['food'], 'no']) await answer(el, value);
    const unknown = $<HTMLInputElement>(el, 'input[name="unknown"]')!;
    unknown.focus();
    // Scrolled so that "I do not know" sits just below the bar, the date input above it under the bar.
    const bar = () => $(el, '.quick-exit-bar')!.getBoundingClientRect();
    window.scrollBy({ top: unknown.getBoundingClientRect().top - bar().bottom - 4, behavior: 'instant' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    const input = $<HTMLInputElement>(el, 'input[type="date"]')!;
    expect(active(el)).to.equal(input);
    const top = input.getBoundingClientRect().top;
    expect(top).to.be.at.least(bar().bottom - 1);
    await frames();
    expect(input.getBoundingClientRect().top, 'still').to.equal(top);
  });
});
