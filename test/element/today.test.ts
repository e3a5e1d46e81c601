import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { OpEligibility } from '../../src/index.js';
import { $, $$, answer, backFromCache, CDP, chooseToSave, confirm, currentQuestion, exitInAnotherTab, idle, liveText, nextStepCodes, outcome, record, settle } from './helpers.js';
import { SPAIN_EVICTION } from '../support/samples.js';
import { chooseScenario } from './training-helpers.js';

/*
 * Without `as-of`, the screening's date is the person's today. A screening left open
 * across midnight, or a tab found again later, must not count the one-year limit from a
 * day that is over: on 1 December, "Today, 30 November, is the last day" is wrong.
 */

const RealDate = Date;
let shift = 0;
/** Moves the page's clock: `new Date()` and `Date.now()` read it, as `today()` does. */
class ShiftedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + shift);
    else super(...(args as [number]));
  }
  static override now(): number {
    return RealDate.now() + shift;
  }
}
const setClock = (local: InstanceType<typeof RealDate>) => {
  shift = local.getTime() - RealDate.now();
};

// Spain, an eviction, remedies exhausted on 30 November 2025: the year ends on 30 November 2026.
const ANSWERS = { ...SPAIN_EVICTION, finalDecisionDate: '2025-11-30' };

describe('the screening’s day without as-of', () => {
  beforeEach(() => {
    globalThis.Date = ShiftedDate as DateConstructor;
    setClock(new RealDate(2026, 10, 30, 23, 58)); // 30 November 2026, 23:58 on the person's clock
  });
  afterEach(() => {
    globalThis.Date = RealDate;
    shift = 0;
  });

  const make = async () => {
    const el = await fixture<OpEligibility>(html`<op-eligibility lang="en" .answers=${ANSWERS}></op-eligibility>`);
    await settle(el);
    expect($(el, '[part~="confirm"]'), 'the restored answers lead to the summary').to.exist;
    return el;
  };

  it('confirmed after midnight: the new day is the screening’s, and the year that ended yesterday asks whether it was possible to send in time', async () => {
    const el = await make();
    const seen = record(el);
    setClock(new RealDate(2026, 11, 1, 0, 5));
    await confirm(el);
    expect(currentQuestion(el)).to.equal('lateSubmission');
    expect(liveText(el)).to.equal('It is now December 1, 2026: your answers were checked again for this day.');
    expect(seen.complete).to.have.length(0);
  });

  it('the day it was screened, the result says today is the last day; back on the tab the next day, it is checked again', async () => {
    const el = await make();
    const seen = record(el);
    await confirm(el);
    expect(outcome(el)).to.equal('likely-admissible');
    expect(nextStepCodes(el)).to.include('mind-deadline');
    expect(seen.complete[0]!.detail.assessment.dates.asOf).to.equal('2026-11-30');

    setClock(new RealDate(2026, 11, 1, 9, 0));
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(el);
    expect(outcome(el), 'the result of a day that is over is not left on screen').to.equal(null);
    expect(currentQuestion(el)).to.equal('lateSubmission');
    // Seen as well as heard: the result a sighted person left is gone, and this says why, until they go on.
    const said = 'It is now December 1, 2026: your answers were checked again for this day.';
    expect($(el, '[part="day-notice"]')?.textContent?.trim()).to.equal(said);
    await expect(el).to.be.accessible();
    if (CDP) {
      // Screen only: on paper it would read as part of the record; the sheet gives the screening's date.
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle($(el, '[part="day-notice"]')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    }
    await answer(el, 'no');
    expect($(el, '[part="day-notice"]')).to.equal(null);
  });

  /** The element on a page with a search field, where the person is when the tab is shown again the next day. */
  const backNextDayReadingElsewhere = async (answers?: object) => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><input aria-label="Search this site" /><op-eligibility lang="en" .answers=${answers}></op-eligibility></div>`);
    const el = wrapper.querySelector('op-eligibility')!;
    await settle(el);
    if (answers) await confirm(el);
    const search = wrapper.querySelector('input')!;
    search.focus();
    setClock(new RealDate(2026, 11, 1, 9, 0));
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(el);
    return { el, search };
  };

  it('back on the tab the next day, an element nobody has answered yet stays as it was: focus stays on the page, nothing is said', async () => {
    const { el, search } = await backNextDayReadingElsewhere();
    expect(document.activeElement, 'the page keeps its focus').to.equal(search);
    expect(liveText(el)).to.equal('');
    expect(currentQuestion(el)).to.equal('state');
  });

  it('back on the tab the next day, while the person reads elsewhere on the page: focus stays there, and the new day and the step are said', async () => {
    const { el, search } = await backNextDayReadingElsewhere(ANSWERS);
    expect(currentQuestion(el)).to.equal('lateSubmission');
    expect(document.activeElement, 'the page keeps its focus').to.equal(search);
    expect(liveText(el)).to.match(/^It is now December 1, 2026: your answers were checked again for this day\. Question \d+: /);
  });

  it('the date input takes the new day as today: a decision given today is not "in the future"', async () => {
    const el = await fixture<OpEligibility>(
      html`<op-eligibility lang="en" .answers=${{ ...ANSWERS, finalDecisionDate: undefined, otherProcedure: undefined, identity: undefined, evidence: undefined }}></op-eligibility>`,
    );
    await settle(el);
    expect(currentQuestion(el)).to.equal('finalDecisionDate');
    setClock(new RealDate(2026, 11, 1, 0, 5));
    await answer(el, '2026-12-01');
    expect($(el, '.error-summary')?.textContent?.replace(/\s+/g, ' ').trim() ?? '', 'no error: 1 December is today').to.equal('');
    expect(currentQuestion(el)).to.equal('otherProcedure');
  });

  it('an answer being changed at midnight is kept: Change on the summary before, Continue after', async () => {
    const el = await fixture<OpEligibility>(html`<op-eligibility lang="en" .answers=${{ ...ANSWERS, finalDecisionDate: '2026-06-01' }}></op-eligibility>`);
    await settle(el);
    $<HTMLButtonElement>(el, '.summary-row[data-question="rights"] [part="change"]')!.click();
    await settle(el);
    expect(currentQuestion(el)).to.equal('rights');
    setClock(new RealDate(2026, 11, 1, 0, 5));
    await answer(el, ['eviction', 'food']);
    expect(liveText(el)).to.include('It is now December 1, 2026: your answers were checked again for this day.');
    expect($(el, '.summary-row[data-question="rights"]')?.textContent, 'back on the summary with the new answer').to.match(/food/i);
  });

  it('an answer given after going Back is kept on the new day', async () => {
    const el = await fixture<OpEligibility>(
      html`<op-eligibility lang="en" .answers=${{ ...ANSWERS, urgency: undefined, factsDate: undefined, remedies: undefined, finalDecisionDate: undefined, otherProcedure: undefined, identity: undefined, evidence: undefined }}></op-eligibility>`,
    );
    await settle(el);
    expect(currentQuestion(el)).to.equal('urgency');
    $<HTMLButtonElement>(el, '[part="back"]')!.click();
    await settle(el);
    expect(currentQuestion(el)).to.equal('rights');
    setClock(new RealDate(2026, 11, 1, 0, 5));
    await answer(el, ['eviction', 'food']);
    expect(currentQuestion(el), 'on from the question answered, not thrown past it').to.equal('urgency');
    $<HTMLButtonElement>(el, '[part="back"]')!.click();
    await settle(el);
    const checked = $$<HTMLInputElement>(el, 'input[name="answer"]:checked').map((i) => i.value);
    expect(checked).to.deep.equal(['eviction', 'food']);
  });

  it('no answer yet on the new day: nothing was checked again, and nothing says it was', async () => {
    const el = await fixture<OpEligibility>(html`<op-eligibility lang="en"></op-eligibility>`);
    await settle(el);
    setClock(new RealDate(2026, 11, 1, 9, 0));
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(el);
    expect(currentQuestion(el)).to.equal('state');
    expect(liveText(el)).to.not.include('checked again');
  });

  it('training mode: a scenario started, or a reset, after the new day’s check is a new screening, not one "checked again"', async () => {
    for (const control of ['training-start', 'training-reset']) {
      setClock(new RealDate(2026, 10, 30, 23, 58));
      const el = await fixture<OpEligibility>(html`<op-eligibility lang="en" mode="training" .answers=${ANSWERS}></op-eligibility>`);
      await settle(el);
      setClock(new RealDate(2026, 11, 1, 9, 0));
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(el);
      const notice = () => $(el, '[part="day-notice"]')?.textContent?.trim() ?? null;
      expect(notice(), 'the trainer’s own answers were checked again').to.equal('It is now December 1, 2026: your answers were checked again for this day.');
      await chooseScenario(el, 'eviction-spain');
      $<HTMLButtonElement>(el, `[part~="${control}"]`)!.click();
      await settle(el);
      expect(currentQuestion(el), control).to.equal('state');
      expect(notice(), control).to.equal(null);
    }
  });

  for (const [how, wipe] of [
    [
      'a quick exit in another tab of the site',
      async () => {
        // The page's channel opens when idle.
        await idle();
        const otherTab = new BroadcastChannel('op-eligibility:quick-exit');
        otherTab.postMessage('exit');
        otherTab.close();
      },
    ],
    [
      '"Exit this page" on a page that leaves its own way',
      async (el: OpEligibility) => {
        el.addEventListener('op-eligibility-exit', (event) => event.preventDefault(), { once: true });
        $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
      },
    ],
    ['Back to the page from the back-forward cache', async () => backFromCache()],
  ] as const) {
    it(`the new day’s notice goes with the answers it speaks of: after ${how}, nothing tells the next person that someone had answered`, async () => {
      const el = await make();
      setClock(new RealDate(2026, 11, 1, 9, 0));
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(el);
      expect($(el, '[part="day-notice"]'), 'the answers were checked again for the new day').to.exist;
      await wipe(el);
      await waitUntil(() => currentQuestion(el) === 'state', 'wiped');
      await settle(el);
      expect($(el, '[part="day-notice"]')).to.equal(null);
      expect(liveText(el)).to.equal('');
    });
  }

  it('a page with as-of keeps its date, whatever the clock says', async () => {
    const el = await fixture<OpEligibility>(html`<op-eligibility lang="en" as-of="2026-11-30" .answers=${ANSWERS}></op-eligibility>`);
    await settle(el);
    setClock(new RealDate(2026, 11, 1, 0, 5));
    await confirm(el);
    expect(outcome(el)).to.equal('likely-admissible');
  });

  describe('saved answers past their time, in a tab left open', () => {
    afterEach(() => localStorage.clear());

    const saved = async () => {
      const el = await fixture<OpEligibility>(
        html`<op-eligibility lang="en" id="shared" persist="local" persist-ttl="1" .answers=${ANSWERS}></op-eligibility>`,
      );
      await settle(el);
      await chooseToSave(el);
      await confirm(el);
      expect(outcome(el)).to.equal('likely-admissible');
      expect(localStorage.getItem('op-eligibility:shared'), 'saved for 1 hour').to.not.equal(null);
      return el;
    };

    it('back on the tab days later, the next person on the phone finds a fresh start, nothing saved, and is told the answers were deleted', async () => {
      const el = await saved();
      setClock(new RealDate(2026, 11, 3, 9, 0));
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(el);
      expect(localStorage.getItem('op-eligibility:shared'), 'nothing kept past the hour the person chose').to.equal(null);
      expect(currentQuestion(el)).to.equal('state');
      expect($<HTMLSelectElement>(el, 'select')!.value, 'none of the earlier answers is on screen').to.equal('');
      expect($(el, '[part~="forget"]'), 'no longer says the answers are saved').to.equal(null);
      expect($(el, '[part~="save"]'), 'saving is offered afresh').to.exist;
      expect(liveText(el)).to.include('Your saved answers were deleted.');
    });

    it('back on the page from the back-forward cache days later: the same, and said (answers a quick exit deleted are cleared without a word)', async () => {
      const el = await saved();
      setClock(new RealDate(2026, 11, 3, 9, 0));
      await backFromCache(el);
      expect(localStorage.getItem('op-eligibility:shared')).to.equal(null);
      expect(currentQuestion(el)).to.equal('state');
      expect(liveText(el)).to.include('Your saved answers were deleted.');
    });

    it('the same day, two hours later, the next action starts afresh rather than saving them again for another hour', async () => {
      const el = await saved();
      setClock(new RealDate(2026, 10, 30, 23, 59, 30));
      shift += 2 * 3_600_000;
      $<HTMLButtonElement>(el, '[part~="change-answers"]')!.click();
      await settle(el);
      expect(localStorage.getItem('op-eligibility:shared')).to.equal(null);
      expect(currentQuestion(el)).to.equal('state');
      expect(liveText(el)).to.include('Your saved answers were deleted.');
    });

    it('kept off the page while another tab exits, then back days later: a fresh start that says nothing of answers having been saved', async () => {
      const el = await saved();
      await idle();
      const place = el.parentElement!;
      el.remove();
      // The other tab's exit deletes what the site saved.
      localStorage.removeItem('op-eligibility:shared');
      await exitInAnotherTab();
      setClock(new RealDate(2026, 11, 3, 9, 0));
      place.append(el);
      await settle(el);
      await answer(el, 'ES');
      expect(currentQuestion(el)).to.equal('jurisdiction');
      expect(liveText(el)).to.not.include('deleted');
      expect(localStorage.getItem('op-eligibility:shared'), 'nothing saved without a new choice').to.equal(null);
      expect($(el, '[part~="save"]'), 'saving is offered afresh').to.exist;
    });

    it('saved again since in another tab of the site, with a later expiry, they are kept: this tab’s own expiry is out of date', async () => {
      const el = await saved();
      // Another tab resumed them 50 minutes later and saved them again, for an hour from then.
      setClock(new RealDate(2026, 10, 30, 23, 59, 30));
      shift += 50 * 60_000;
      const stored = JSON.parse(localStorage.getItem('op-eligibility:shared')!);
      localStorage.setItem('op-eligibility:shared', JSON.stringify({ ...stored, expires: Date.now() + 3_600_000 }));
      shift += 20 * 60_000;
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(el);
      expect(localStorage.getItem('op-eligibility:shared'), 'the other tab’s answers, saved 20 minutes ago').to.not.equal(null);
      expect(currentQuestion(el), 'the answers stay on screen (checked again for the new day)').to.not.equal('state');
      expect($(el, '[part~="forget"]'), 'still says they are saved').to.exist;
      expect(liveText(el)).to.not.include('Your saved answers were deleted.');
    });
  });
});
