import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { OpEligibility } from '../../src/index.js';
import { $, active, answer, backFromCache, chooseToSave, confirm, currentQuestion, frames, headingText, idle, liveText, microtasksUntil, quietly, record, settle, warnings } from './helpers.js';
import { SavedAnswers, forgetExpiredSaved } from '../../src/element/persistence.js';
import { ROUTES } from './paths.js';

const DAY = 24 * 3_600_000;
const RESTORED = 'Answers saved earlier on this device were restored. “Forget my answers” deletes them.';
const KEY = 'op-eligibility:resume';

/**
 * A persisted element; listeners are on before it first renders, so load errors are seen.
 * `persist: null` leaves the attribute out, for a host that sets it later.
 */
async function persisted(attributes: { id?: string; persist?: string | null; ttl?: string; asOf?: string } = {}) {
  const el = document.createElement('op-eligibility') as OpEligibility;
  el.lang = 'en';
  el.asOf = attributes.asOf ?? '2026-03-01';
  el.id = attributes.id ?? 'resume';
  if (attributes.persist !== null) el.setAttribute('persist', attributes.persist ?? 'session');
  if (attributes.ttl) el.setAttribute('persist-ttl', attributes.ttl);
  const events = record(el);
  await quietly(async () => {
    await fixture(html`<div>${el}</div>`);
    await settle(el);
  });
  return { el, events };
}

/** An element of `persisted(attributes)` whose person chose to save, then answered the first question (Spain): that answer is saved. */
async function savedFirstAnswer(attributes: Parameters<typeof persisted>[0] = {}) {
  const saved = await persisted(attributes);
  await chooseToSave(saved.el);
  await answer(saved.el, 'ES');
  return saved;
}

const stored = (key = KEY) => {
  const raw = sessionStorage.getItem(key);
  return raw === null ? null : JSON.parse(raw);
};

const envelope = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, expires: Date.now() + DAY, answers: { state: 'ES', jurisdiction: 'yes' }, ...over });

afterEach(() => sessionStorage.clear());

/** How many storage writes `change` and the element's update after it make. */
async function writesOf(el: OpEligibility, change: () => void): Promise<number> {
  const setItem = Storage.prototype.setItem;
  let writes = 0;
  Storage.prototype.setItem = function (this: Storage, ...args: Parameters<Storage['setItem']>) {
    writes += 1;
    return setItem.apply(this, args);
  };
  try {
    change();
    await settle(el);
  } finally {
    Storage.prototype.setItem = setItem;
  }
  return writes;
}

describe('persist', () => {
  it('off by default: nothing is written to storage, of either kind, and saving is not offered', async () => {
    const el = await fixture<OpEligibility>(html`<op-eligibility lang="en" as-of="2026-03-01"></op-eligibility>`);
    const before = localStorage.length;
    await answer(el, 'ES');
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(before);
    expect($(el, '[part~="save"]')).to.equal(null);
    expect($(el, '[part~="forget"]')).to.equal(null);
  });

  it('with persist, stores nothing until the person chooses "Save my answers"', async () => {
    const { el } = await persisted();
    await answer(el, 'ES');
    expect(sessionStorage.length).to.equal(0);
    expect($(el, '[part="safety-note"]')!.textContent).to.contain('Your answers are not saved. You can save them in this browser tab for up to 24 hours');
    // A closed tab comes back, storage and all: the person is not left to think closing it erases.
    expect($(el, '[part="safety-note"]')!.textContent).to.contain('Anyone using this device could then see them, even after the tab is closed.');
    expect($(el, '[part~="forget"]')).to.equal(null);
    const save = $<HTMLButtonElement>(el, '[part~="save"]')!;
    expect(save.textContent!.trim()).to.equal('Save my answers');
    save.focus();
    await chooseToSave(el);
    expect(stored().answers).to.deep.equal({ state: 'ES' });
    expect($(el, '[part~="save"]')).to.equal(null);
    // The button that took its place has the focus, and the change is said.
    expect(active(el)).to.equal($(el, '[part~="forget"]'));
    expect(liveText(el)).to.equal('Your answers are saved.');
    await answer(el, 'yes');
    expect(stored().answers).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
    await expect(el).to.be.accessible();
  });

  it('stores only the answers, with a version and an expiry 24 hours after the last change', async () => {
    const { el } = await savedFirstAnswer();
    await answer(el, 'yes');
    const saved = stored();
    expect(Object.keys(saved).sort()).to.deep.equal(['answers', 'expires', 'version']);
    expect(saved.version).to.equal(1);
    expect(saved.answers).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
    expect(Math.abs(saved.expires - (Date.now() + DAY))).to.be.below(60_000);
    expect(sessionStorage.length).to.equal(1);
    expect($(el, '[part="safety-note"]')!.textContent).to.contain('saved in this browser tab for up to 24 hours');
    expect($(el, '[part="safety-note"]')!.textContent).to.contain('Closing the tab does not delete them: “Forget my answers” does.');
  });

  it('where the browser gives no storage (Firefox with dom.storage.enabled off: sessionStorage is null), "Save my answers" is not offered, as where storage is blocked', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'sessionStorage');
    Object.defineProperty(window, 'sessionStorage', { configurable: true, get: () => null });
    try {
      const { el, events } = await persisted();
      expect(events.error.map((e) => e.detail.error.issues[0])).to.deep.equal([{ path: 'persist', code: 'unavailable', message: 'cannot be used: this browser blocks session storage' }]);
      await answer(el, 'ES');
      expect($(el, '[part~="save"]')).to.equal(null);
      expect($(el, '[part="safety-note"]')!.textContent).not.to.contain('saved');
    } finally {
      if (own) Object.defineProperty(window, 'sessionStorage', own);
      else delete (window as { sessionStorage?: Storage }).sessionStorage;
    }
  });

  describe('a browser that refuses to write (its storage full)', () => {
    const setItem = Storage.prototype.setItem;
    /** Writes refused: a save tried again at every update would loop for ever, and the run end in a timeout that names no test. */
    let refused = 0;
    const RUNAWAY = 100;
    const full = () => {
      Storage.prototype.setItem = () => {
        // Past that many, the write goes through: the loop ends, and afterEach names it.
        if (++refused > RUNAWAY) return;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    };
    afterEach(() => {
      Storage.prototype.setItem = setItem;
      const tried = refused;
      refused = 0;
      expect(tried, 'writes refused: a refused save must not be tried again at every update').to.be.at.most(RUNAWAY);
    });
    const refusals = [{ path: 'persist', code: 'unavailable', message: 'could not save: the browser refused to write to session storage' }];
    const NOT_SAVED = 'This browser could not save your answers, so they are not kept on this device.';

    it('"Save my answers" says they could not be saved, and stays offered with the note that nothing is saved', async () => {
      const { el, events } = await persisted();
      await answer(el, 'ES');
      full();
      const save = $<HTMLButtonElement>(el, '[part~="save"]')!;
      save.focus();
      await quietly(() => chooseToSave(el));
      expect(liveText(el)).to.equal(NOT_SAVED);
      expect(events.error.map((e) => e.detail.error.issues[0])).to.deep.equal(refusals);
      expect(active(el)).to.equal($(el, '[part~="save"]'));
      expect($(el, '[part~="forget"]')).to.equal(null);
      expect($(el, '[part="safety-note"]')!.textContent).to.contain('Your answers are not saved.');
      expect(sessionStorage.length).to.equal(0);
    });

    it('at a later answer: says so, deletes the copy saved before (it no longer matches), and offers saving again', async () => {
      const { el, events } = await savedFirstAnswer();
      expect(stored().answers).to.deep.equal({ state: 'ES' });
      full();
      await quietly(() => answer(el, 'yes'));
      expect(currentQuestion(el)).not.to.equal('jurisdiction');
      expect(liveText(el)).to.equal(NOT_SAVED);
      expect(events.error.map((e) => e.detail.error.issues[0])).to.deep.equal(refusals);
      expect(stored()).to.equal(null);
      expect($(el, '[part~="save"]')).not.to.equal(null);
      expect($(el, '[part="safety-note"]')!.textContent).to.contain('Your answers are not saved.');
      // Writable again, the person may save them: all of them are.
      Storage.prototype.setItem = setItem;
      await chooseToSave(el);
      expect(stored().answers).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
    });
  });

  it('writes only when the answers change: an update that changes none (a new heading level) leaves the expiry counted from the last change', async () => {
    const { el } = await savedFirstAnswer();
    expect(await writesOf(el, () => (el.headingLevel = 3))).to.equal(0);
  });

  it('persist-ttl sets the expiry in hours', async () => {
    const { el } = await savedFirstAnswer({ ttl: '2' });
    expect(Math.abs(stored().expires - (Date.now() + 2 * 3_600_000))).to.be.below(60_000);
    expect($(el, '[part="safety-note"]')!.textContent).to.contain('up to 2 hours');
  });

  it('a rejected persist-ttl keeps the answers the default 24 hours', async () => {
    const { el, events } = await persisted({ ttl: 'soon' });
    expect(events.error.map((e) => e.detail.error.issues[0].path)).to.deep.equal(['persist-ttl']);
    await chooseToSave(el);
    await answer(el, 'ES');
    expect(Math.abs(stored().expires - (Date.now() + DAY))).to.be.below(60_000);
  });

  it('persist-ttl may be 720 hours (30 days), the longest: saved for that long, and resumed', async () => {
    const first = await persisted({ ttl: '720' });
    expect(first.events.error).to.have.length(0);
    await chooseToSave(first.el);
    await answer(first.el, 'ES');
    expect(Math.abs(stored().expires - (Date.now() + 720 * 3_600_000))).to.be.below(60_000);
    first.el.remove();
    const { el, events } = await persisted({ ttl: '720' });
    expect(events.error).to.have.length(0);
    expect(currentQuestion(el)).to.equal('jurisdiction');
  });

  it('a new persist-ttl or storage keeps the answers the person chose to save, with the new expiry and where asked', async () => {
    const { el } = await persisted({ persist: 'local', ttl: '2' });
    try {
      await chooseToSave(el);
      await answer(el, 'ES');
      const local = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');
      el.setAttribute('persist-ttl', '5');
      await settle(el);
      expect(local().answers).to.deep.equal({ state: 'ES' });
      expect(Math.abs(local().expires - (Date.now() + 5 * 3_600_000))).to.be.below(60_000);
      expect($(el, '[part~="forget"]'), 'still saved').to.not.equal(null);
      expect($(el, '[part="safety-note"]')!.textContent).to.contain('5 hours');
      // Moved to the tab's storage: nothing is left behind in the browser's.
      el.setAttribute('persist', 'session');
      await settle(el);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(stored().answers).to.deep.equal({ state: 'ES' });
      await answer(el, 'yes');
      expect(stored().answers).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
    } finally {
      localStorage.removeItem(KEY);
    }
  });

  it('persist set after the screening began: what an earlier visit saved resumes a screening with no answer yet, and says so; never left behind a "not saved" note', async () => {
    for (const focused of [false, true]) {
      sessionStorage.setItem(KEY, envelope());
      const { el } = await persisted({ persist: null });
      if (focused) $<HTMLSelectElement>(el, 'select')!.focus();
      el.setAttribute('persist', 'session');
      await settle(el);
      expect(currentQuestion(el), 'resumed after the saved answers').to.equal('author');
      expect($(el, '[part~="forget"]'), 'the note says the answers are saved').to.not.equal(null);
      expect(stored().answers).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
      if (focused) {
        // From within the element, focus follows to the question it went on to.
        expect(active(el)).to.equal($(el, '#step-heading'));
        expect(liveText(el)).to.equal(RESTORED);
      } else {
        expect(active(el), 'focus is not taken from the page').to.equal(null);
        expect(liveText(el)).to.equal(`${RESTORED} Question 3: Who is sending the complaint?`);
      }
      // Said once: the next step does not say it again, as if more answers had been restored.
      await answer(el, 'self');
      expect(currentQuestion(el)).to.equal('rights');
      expect(liveText(el)).to.not.contain('restored');
      el.parentElement!.remove();
      sessionStorage.clear();
    }
  });

  for (const [change, to] of [
    ['turns saving off', null],
    ['moves it to the other storage', 'local'],
  ] as const) {
    it(`switched to training mode as the host ${change} in the same update, the answers saved stay saved: training mode touches no storage`, async () => {
      const { el } = await savedFirstAnswer();
      const saved = sessionStorage.getItem(KEY);
      el.mode = 'training';
      if (to === null) el.removeAttribute('persist');
      else el.setAttribute('persist', to);
      await settle(el);
      expect(sessionStorage.getItem(KEY)).to.equal(saved);
    });
  }

  it('a training element with persist touches no storage: answers saved on the device are neither resumed, nor written over, nor deleted', async () => {
    sessionStorage.setItem(KEY, envelope());
    const saved = sessionStorage.getItem(KEY);
    const el = document.createElement('op-eligibility') as OpEligibility;
    Object.assign(el, { lang: 'en', asOf: '2026-03-01', id: 'resume', mode: 'training' });
    el.setAttribute('persist', 'session');
    await fixture(html`<div>${el}</div>`);
    await settle(el);
    expect(currentQuestion(el), 'not resumed').to.equal('state');
    await answer(el, 'JP');
    expect(sessionStorage.getItem(KEY)).to.equal(saved);
  });

  it('persist set after this visit began answering: the earlier visit’s saved answers are deleted, and saving is offered afresh', async () => {
    sessionStorage.setItem(KEY, envelope());
    const { el } = await persisted({ persist: null });
    await answer(el, 'JP');
    el.setAttribute('persist', 'session');
    await settle(el);
    // Whoever answers now did not choose to save: nothing of theirs is stored, nothing earlier stays.
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect($(el, '[part~="save"]'), 'saving is offered').to.not.equal(null);
    expect($(el, '[part="safety-note"]')!.textContent).to.contain('Your answers are not saved.');
    expect(currentQuestion(el), 'the person goes on where they were').to.equal('rights');
    await answer(el, ['food']);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('persist set after this visit began answering, over broken saved answers: the host is told the answers given are kept, not that the screening starts afresh', async () => {
    sessionStorage.setItem(KEY, '{"version":1,');
    const { el, events } = await persisted({ persist: null });
    await answer(el, 'JP');
    let warned: string[] = [];
    warned = await warnings(async () => {
      el.setAttribute('persist', 'session');
      await settle(el);
    });
    expect(currentQuestion(el), 'the person goes on where they were').to.equal('rights');
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect(events.error).to.have.length(1);
    const error = events.error[0]!.detail.error;
    expect(error.input).to.equal('saved-state');
    expect(error.message).to.contain('is not valid JSON; it was deleted, and the screening goes on with the answers given on this page');
    expect(error.message).to.not.contain('starts afresh');
    expect(warned).to.deep.equal(['<op-eligibility>: Invalid saved-state at op-eligibility:resume (the op-eligibility-error event has the details); they were deleted, and the screening goes on with the answers given on this page.']);
  });

  it('answers the host passes, over broken saved answers: the host is told the screening goes on with them, not that it starts afresh', async () => {
    sessionStorage.setItem(KEY, '{"version":1,');
    const el = document.createElement('op-eligibility') as OpEligibility;
    Object.assign(el, { lang: 'en', asOf: '2026-03-01', id: 'resume', answers: { state: 'ES', jurisdiction: 'yes' } });
    el.setAttribute('persist', 'session');
    const events = record(el);
    const warned = await warnings(async () => {
      await fixture(html`<div>${el}</div>`);
      await settle(el);
    });
    expect(currentQuestion(el)).to.equal('author');
    expect(events.error).to.have.length(1);
    expect(events.error[0]!.detail.error.message).to.contain('it was deleted, and the screening goes on with the answers given on this page');
    expect(warned.join('\n')).to.not.contain('starts afresh');
  });

  it('a new element with the same id resumes where the person was', async () => {
    const first = await persisted();
    await chooseToSave(first.el);
    await answer(first.el, 'ES');
    await answer(first.el, 'yes');
    first.el.remove();
    const { el, events } = await persisted();
    expect(events.error).to.have.length(0);
    expect(currentQuestion(el)).to.equal('author');
    // Saved answers coming back mean the person chose to save: it goes on saving.
    expect($(el, '[part~="forget"]')).to.not.equal(null);
    await answer(el, 'self');
    expect(stored().answers).to.deep.equal({ state: 'ES', jurisdiction: 'yes', author: 'self' });
  });

  /** An element that will resume the answers saved under KEY once in the page. */
  const resuming = (lang: string): OpEligibility => {
    sessionStorage.setItem(KEY, envelope());
    const el = document.createElement('op-eligibility') as OpEligibility;
    el.lang = lang;
    el.asOf = '2026-03-01';
    el.id = 'resume';
    el.setAttribute('persist', 'session');
    return el;
  };

  it('hidden when the page opens (a tab panel not shown, a closed <details>), it says the answers were restored once it shows: said unseen, they would never be heard', async () => {
    for (const [hidden, show] of [
      ['<div hidden></div>', (box: HTMLElement) => (box.hidden = false)],
      ['<details><summary>Check</summary></details>', (box: HTMLElement) => ((box as HTMLDetailsElement).open = true)],
    ] as const) {
      const el = resuming('en');
      const box = (await fixture<HTMLElement>(hidden)) as HTMLElement;
      box.append(el);
      await settle(el);
      await frames(2);
      expect(currentQuestion(el), hidden).to.equal('author');
      expect(liveText(el), `${hidden}: not said while hidden`).to.equal('');
      show(box);
      await waitUntil(() => liveText(el) === RESTORED, `${hidden}: said once shown`);
      expect(active(el), 'focus is not taken from the page').to.equal(null);
      el.remove();
    }
    // Left before it showed: the next person to open the panel is not told that someone had saved answers.
    const el = resuming('en');
    const box = await fixture<HTMLElement>('<div hidden></div>');
    box.append(el);
    await settle(el);
    await el.eraseForExit();
    box.hidden = false;
    await frames(3);
    await settle(el);
    expect(currentQuestion(el)).to.equal('state');
    expect(liveText(el), 'said nothing after the exit').to.equal('');
  });

  it('opening the page again with saved answers says so, once drawn (a live region’s first words go unheard), and how to delete them; without taking focus', async () => {
    const el = resuming('en');
    // What the live region held when it first came into the page: read then, it is not announced.
    let first: string | null = null;
    const observer = new MutationObserver(() => {
      const region = el.shadowRoot?.querySelector('[role="status"]');
      if (region && first === null) first = region.textContent!.trim();
    });
    document.body.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await settle(el);
      expect(currentQuestion(el)).to.equal('author');
      expect(first, 'the region is in the page, silent, before it speaks').to.equal('');
      expect(liveText(el)).to.equal(RESTORED);
      expect(active(el), 'focus is not taken from the page').to.equal(null);
      await answer(el, 'self');
      expect(liveText(el), 'said once').to.not.contain('restored');
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('saved answers resumed at load, then replaced before the step is drawn (the host’s answers, while its language loads): nothing is said of them', async () => {
    // No other test here loads Arabic: the element waits for its file before it draws.
    const el = resuming('ar');
    const page = await fixture(html`<div></div>`);
    // Microtasks only, no task: its language file cannot arrive meanwhile (WebKit's came
    // within the frame fixture() waits for an element it is given).
    page.append(el);
    await microtasksUntil(() => el.hasUpdated);
    expect($(el, '#step-heading'), 'not drawn yet').to.equal(null);
    el.answers = { state: 'FR' };
    await settle(el);
    expect(currentQuestion(el)).to.equal('jurisdiction');
    expect(liveText(el)).to.equal('');
  });

  it('opening the page with nothing saved, or with answers the host passes, says nothing of saved answers', async () => {
    const fresh = await persisted();
    expect(liveText(fresh.el)).to.equal('');
    fresh.el.remove();
    const el = resuming('en');
    el.answers = { state: 'FR' };
    await fixture(html`<div>${el}</div>`);
    await settle(el);
    expect(currentQuestion(el)).to.equal('jurisdiction');
    expect(liveText(el)).to.equal('');
  });

  it('opening the page again resumes the saved answers without keeping them longer: their time still runs from the last change (the note said "up to 24 hours")', async () => {
    // Saved 23 hours ago, in another order than the screening keeps them: an hour to go.
    const expires = Date.now() + 3_600_000;
    sessionStorage.setItem(KEY, JSON.stringify({ version: 1, expires, answers: { jurisdiction: 'yes', state: 'ES' } }));
    const { el } = await persisted();
    expect(currentQuestion(el)).to.equal('author');
    expect(stored().expires, 'whoever opens the page does not keep them another day').to.equal(expires);
    await backFromCache(el);
    expect(currentQuestion(el)).to.equal('author');
    expect(stored().expires, 'nor does Back to the page').to.equal(expires);
    el.headingLevel = 3;
    el.setAttribute('as-of', '2026-03-02');
    await settle(el);
    expect(stored().expires, 'nor a new date that changes no answer').to.equal(expires);
    await answer(el, 'self');
    expect(Math.abs(stored().expires - (Date.now() + DAY)), 'a change counts from now').to.be.below(60_000);
  });

  it('a site that shortened persist-ttl since the answers were saved: opening the page again keeps them no longer than its note now says', async () => {
    // Saved under 720 hours (30 days) yesterday; the site now keeps answers 2 hours at most.
    sessionStorage.setItem(KEY, envelope({ expires: Date.now() + 719 * 3_600_000 }));
    const { el, events } = await persisted({ ttl: '2' });
    expect(events.error).to.have.length(0);
    expect(currentQuestion(el)).to.equal('author');
    expect($(el, '[part="safety-note"]')!.textContent).to.contain('up to 2 hours');
    expect(Math.abs(stored().expires - (Date.now() + 2 * 3_600_000))).to.be.below(60_000);
  });

  it('a host that moves the date back before a date the person gave: that answer, asked again, is not saved, and the reload resumes every other answer', async () => {
    const first = await persisted();
    await chooseToSave(first.el);
    for (const value of ['ES', 'yes', 'self', ['eviction'], 'no', '2026-02-01']) await answer(first.el, value);
    expect(currentQuestion(first.el)).to.equal('remedies');
    first.el.asOf = '2026-01-15';
    await settle(first.el);
    // 1 February is after the new date: the question is asked again, saying why.
    expect(currentQuestion(first.el)).to.equal('factsDate');
    expect($(first.el, '[part~="error-summary"]')).to.not.equal(null);
    const before = { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['eviction'], urgency: 'no' };
    expect(stored().answers).to.deep.equal(before);
    first.el.remove();
    const { el, events } = await persisted({ asOf: '2026-01-15' });
    expect(events.error).to.have.length(0);
    expect(currentQuestion(el)).to.equal('factsDate');
    expect(events.step.at(-1)!.detail.answers).to.deep.equal(before);
  });

  it('"Forget my answers" deletes them, starts again and says so', async () => {
    sessionStorage.setItem(KEY, envelope());
    const { el } = await persisted();
    expect(currentQuestion(el)).to.equal('author');
    const forget = $<HTMLButtonElement>(el, '[part~="forget"]')!;
    expect(forget.textContent!.trim()).to.equal('Forget my answers');
    forget.click();
    await settle(el);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect(currentQuestion(el)).to.equal('state');
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('');
    // What focus does not say: the focused heading reads the first question.
    expect(liveText(el)).to.equal('Your saved answers were deleted.');
    expect(active(el)).to.equal($(el, '#step-heading'));
    // Forgetting withdraws the choice: nothing more is saved unless asked again.
    await answer(el, 'ES');
    expect(sessionStorage.length).to.equal(0);
    expect($(el, '[part~="save"]')).to.not.equal(null);
  });

  it('"Forget my answers" also empties the clipboard of the summary "Copy as text" put there, and writes nothing to it when nothing was copied', async () => {
    const writes: string[] = [];
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void writes.push(text) } });
    /** A saved screening at its result; `copy` presses "Copy as text" there; then "Forget my answers". */
    const forgetAtResult = async (copy: boolean) => {
      const { el } = await persisted({ id: copy ? 'copied' : 'uncopied' });
      await answer(el, 'ES');
      await chooseToSave(el);
      for (const [, value] of ROUTES['likely-admissible'].steps.slice(1)) await answer(el, value);
      await confirm(el);
      if (copy) {
        $<HTMLButtonElement>(el, '[part~="handoff-copy"]')!.click();
        await waitUntil(() => writes.length === 1, 'the summary is copied');
        expect(writes[0]).to.include('Which country is your complaint about? Spain');
      }
      $<HTMLButtonElement>(el, '[part~="forget"]')!.click();
      await settle(el);
      expect(sessionStorage.length, 'the saved answers are deleted').to.equal(0);
    };
    try {
      await forgetAtResult(false);
      expect(writes, 'nothing copied: the clipboard is not the element’s').to.deep.equal([]);
      await forgetAtResult(true);
      // The next person on the phone would paste the summary otherwise.
      expect(writes.slice(1), 'emptied').to.deep.equal(['']);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('an earlier answer changed with Back is saved as changed, though the same questions are answered', async () => {
    const { el } = await persisted();
    await answer(el, 'ES');
    await chooseToSave(el);
    await answer(el, 'yes');
    expect(stored().answers).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
    $<HTMLButtonElement>(el, '[part~="back"]')!.click();
    await settle(el);
    expect(currentQuestion(el)).to.equal('jurisdiction');
    await answer(el, 'unknown');
    // A reload would otherwise resume the answer the person took back.
    expect(stored().answers).to.deep.equal({ state: 'ES', jurisdiction: 'unknown' });
  });

  it('"Save my answers" after "Forget my answers" saves them again, even the very answers forgotten (the note then says they are saved)', async () => {
    const { el } = await persisted();
    await answer(el, 'ES');
    await chooseToSave(el);
    expect(stored().answers).to.deep.equal({ state: 'ES' });
    $<HTMLButtonElement>(el, '[part~="forget"]')!.click();
    await settle(el);
    expect(stored()).to.equal(null);
    await answer(el, 'ES');
    await chooseToSave(el);
    expect(liveText(el)).to.equal('Your answers are saved.');
    expect(stored()?.answers, 'what the note says is saved is in storage').to.deep.equal({ state: 'ES' });
  });

  describe('back on the page from the back-forward cache (after a quick exit on another page of the site, say)', () => {
    it('answers the person did not save are cleared, as a page loaded afresh would have none', async () => {
      const { el } = await persisted({ persist: null });
      await answer(el, 'ES');
      expect(currentQuestion(el)).to.equal('jurisdiction');
      await backFromCache(el);
      expect(currentQuestion(el)).to.equal('state');
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('');
    });

    it('an element off the page then, kept by a framework to show again (Vue’s KeepAlive), clears the answers not saved on its return', async () => {
      const { el } = await persisted({ persist: null });
      await answer(el, 'ES');
      const place = el.parentElement!;
      el.remove();
      await backFromCache();
      place.append(el);
      await settle(el);
      expect(currentQuestion(el)).to.equal('state');
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('');
      // Taken off and put back with no such show between, it keeps them.
      await answer(el, 'ES');
      el.remove();
      place.append(el);
      await settle(el);
      expect(currentQuestion(el)).to.equal('jurisdiction');
    });

    it('saved answers deleted elsewhere (the quick exit on another page) are cleared from the screen too, not saved again, and nothing is said', async () => {
      const { el } = await savedFirstAnswer();
      expect(stored()).to.not.equal(null);
      sessionStorage.clear();
      await backFromCache(el);
      expect(currentQuestion(el)).to.equal('state');
      expect(sessionStorage.length).to.equal(0);
      expect($(el, '[part~="save"]'), 'saving is offered afresh').to.exist;
      // As the quick exit's wipe: "deleted" would tell whoever pressed Back on a shared phone that someone had saved answers.
      expect(liveText(el)).to.equal('');
      await answer(el, 'ES');
      expect(sessionStorage.length, 'not saved again').to.equal(0);
    });

    it('answers still saved stay, where the person was', async () => {
      const { el } = await savedFirstAnswer();
      await backFromCache(el);
      expect(currentQuestion(el)).to.equal('jurisdiction');
      expect(stored().answers).to.deep.equal({ state: 'ES' });
    });
  });

  describe('deleted in another tab of the site ("Forget my answers" or the quick exit there)', () => {
    const LOCAL = 'op-eligibility:resume';
    afterEach(() => localStorage.clear());
    const deletedElsewhere = async (el: OpEligibility, key: string | null) => {
      localStorage.removeItem(LOCAL);
      window.dispatchEvent(new StorageEvent('storage', { key, oldValue: null, newValue: null, storageArea: localStorage }));
      await settle(el);
    };

    it('this tab forgets them too: starts again, says so, and does not save them again at the next answer', async () => {
      const { el } = await savedFirstAnswer({ persist: 'local' });
      expect(localStorage.getItem(LOCAL)).to.not.equal(null);
      await deletedElsewhere(el, LOCAL);
      expect(currentQuestion(el)).to.equal('state');
      expect(liveText(el)).to.equal('Your saved answers were deleted.');
      expect($(el, '[part~="save"]'), 'saving is offered afresh').to.exist;
      await answer(el, 'ES');
      expect(localStorage.getItem(LOCAL)).to.equal(null);
    });

    it('another key deleted there leaves this screening as it was', async () => {
      const { el } = await savedFirstAnswer({ persist: 'local' });
      window.dispatchEvent(new StorageEvent('storage', { key: 'op-eligibility:other', newValue: null, storageArea: localStorage }));
      await settle(el);
      expect(currentQuestion(el)).to.equal('jurisdiction');
      expect(localStorage.getItem(LOCAL)).to.not.equal(null);
    });

    it('the whole storage cleared there (the site’s own “clear my data”) is heard too', async () => {
      const { el } = await savedFirstAnswer({ persist: 'local' });
      await deletedElsewhere(el, null);
      expect(currentQuestion(el)).to.equal('state');
      expect(liveText(el)).to.equal('Your saved answers were deleted.');
    });

    it('the same screening saved again there (open in two tabs) leaves this one as it was', async () => {
      const { el } = await savedFirstAnswer({ persist: 'local' });
      window.dispatchEvent(new StorageEvent('storage', { key: LOCAL, newValue: envelope(), storageArea: localStorage }));
      await settle(el);
      expect(currentQuestion(el)).to.equal('jurisdiction');
    });

    it('the same key deleted in the other storage (the tab’s, by a frame of the site) leaves this screening as it was', async () => {
      const { el } = await savedFirstAnswer({ persist: 'local' });
      window.dispatchEvent(new StorageEvent('storage', { key: LOCAL, newValue: null, storageArea: sessionStorage }));
      await settle(el);
      expect(currentQuestion(el)).to.equal('jurisdiction');
      expect(localStorage.getItem(LOCAL)).to.not.equal(null);
    });

    it('before the person chose to save, a deletion there does not wipe the answers given here, nor say that saved answers were deleted', async () => {
      const { el } = await persisted({ persist: 'local' });
      await answer(el, 'ES');
      await deletedElsewhere(el, LOCAL);
      expect(currentQuestion(el)).to.equal('jurisdiction');
      expect(liveText(el)).to.not.contain('deleted');
    });

    it('is heard when `persist` is set after the element is on the page, and after it is moved', async () => {
      const { el } = await persisted({ persist: null });
      el.setAttribute('persist', 'local');
      await settle(el);
      await chooseToSave(el);
      await answer(el, 'ES');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await settle(el);
      await deletedElsewhere(el, LOCAL);
      expect(currentQuestion(el)).to.equal('state');
    });

    it('deleted there while this element was off the page (kept by a framework to show again): on its return it starts again, says so, and does not save them again', async () => {
      const { el } = await savedFirstAnswer({ persist: 'local' });
      const place = el.parentElement!;
      el.remove();
      await deletedElsewhere(el, LOCAL);
      place.append(el);
      await settle(el);
      expect(currentQuestion(el)).to.equal('state');
      // Focus is not in the element: the question it starts again on is said too.
      expect(liveText(el)).to.equal('Your saved answers were deleted. Question 1: Which country is your complaint about?');
      expect($(el, '[part~="save"]'), 'saving is offered afresh').to.exist;
      await answer(el, 'ES');
      expect(localStorage.getItem(LOCAL)).to.equal(null);
    });

    it('still saved when this element comes back to the page, they stay, where the person was', async () => {
      const { el } = await savedFirstAnswer({ persist: 'local' });
      const place = el.parentElement!;
      el.remove();
      place.append(el);
      await settle(el);
      expect(currentQuestion(el)).to.equal('jurisdiction');
      expect($(el, '[part~="forget"]')).to.exist;
    });

    it('is not listened for on a page without `persist` (a storage listener costs Chromium milliseconds at start)', async () => {
      const add = window.addEventListener;
      const types: string[] = [];
      window.addEventListener = function (this: Window, ...args: Parameters<typeof add>) {
        types.push(args[0]);
        return add.apply(this, args);
      } as typeof add;
      try {
        await persisted({ persist: null });
      } finally {
        window.addEventListener = add;
      }
      expect(types).to.include('pageshow');
      expect(types).to.not.include('storage');
    });

    it('is no longer listened for once the element leaves the page, or `persist` is removed: a listener on the window would keep a removed element alive', async () => {
      const remove = window.removeEventListener;
      const types: string[] = [];
      window.removeEventListener = function (this: Window, ...args: Parameters<typeof remove>) {
        types.push(args[0]);
        return remove.apply(this, args);
      } as typeof remove;
      try {
        const left = await persisted({ id: 'leaves', persist: 'local' });
        const off = await persisted({ id: 'turned-off', persist: 'local' });
        types.length = 0;
        left.el.remove();
        expect(types, 'off the page').to.include('storage');
        types.length = 0;
        off.el.removeAttribute('persist');
        await settle(off.el);
        expect(types, 'persist removed').to.include('storage');
      } finally {
        window.removeEventListener = remove;
      }
    });
  });

  it('"Start again" deletes them too, and saves the new screening as the person chose', async () => {
    const { el } = await persisted();
    await chooseToSave(el);
    await answer(el, 'JP');
    await answer(el, ['food']);
    await answer(el, 'no');
    // Disability and unfair treatment: each names a UN expert.
    await answer(el, 'no');
    await answer(el, ['none']);
    await confirm(el);
    expect(stored().answers).to.deep.equal({ state: 'JP', rights: ['food'], urgency: 'no', disability: 'no', grounds: ['none'] });
    $<HTMLButtonElement>(el, '[part~="restart"]')!.click();
    await settle(el);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    await answer(el, 'ES');
    expect(stored().answers).to.deep.equal({ state: 'ES' });
  });

  for (const [name, raw, says] of [
    ['corrupt JSON', '{"version":1,"answers":', 'not valid JSON'],
    ['expired', envelope({ expires: Date.now() - 1000 }), 'expired'],
    ['from an older version', envelope({ version: 0 }), 'another format'],
    ['tampered answers', envelope({ answers: { state: 'ES', author: 'the landlord' } }), 'answers.author'],
    ['an extra field', envelope({ name: 'Amina' }), 'expected shape'],
    // Named, as the answers property's unknown fields are: "Invalid input" alone told a host nothing.
    ['an extra field, named', envelope({ name: 'Amina' }), '(name is not a known field)'],
    ['an answer to a question that is gone', envelope({ answers: { state: 'ES', oldQuestion: 'yes' } }), '(answers.oldQuestion is not a known field)'],
    // What was expected, as the answers property's errors say: zod's "Invalid input" told a host nothing.
    ['without its version', JSON.stringify({ expires: Date.now() + DAY, answers: { state: 'ES' } }), '(version is missing: it must be 1)'],
    ['tampered answers, what was expected', envelope({ answers: { state: 'ES', author: 'the landlord' } }), '(answers.author must be one of "self", '],
    ['a situation the list does not know', envelope({ answers: { state: 'ES', rights: ['housing-x'] } }), '(answers.rights.0 must be one of "eviction", "housing", '],
    ['an expiry too far ahead', envelope({ expires: Date.now() + 1000 * DAY }), 'later than'],
    // persist-ttl allows 30 days at most: a day more was written by hand.
    ['an expiry past the longest a host may keep answers', envelope({ expires: Date.now() + 31 * DAY }), 'later than'],
    ['an expiry that is not a whole millisecond', envelope({ expires: Date.now() + DAY + 0.5 }), 'expected shape'],
    // Well formed, but the screening refuses it: named by field, never by value.
    ['a State the UN list does not know', envelope({ answers: { state: 'ZZ' } }), 'the screening refuses (state)'],
  ] as const) {
    it(`saved state ${name}: deleted, one error event, a fresh start`, async () => {
      sessionStorage.setItem(KEY, raw);
      const { el, events } = await persisted();
      expect(events.error).to.have.length(1);
      const error = events.error[0]!.detail.error;
      expect(error.input).to.equal('saved-state');
      expect(error.message).to.contain(says);
      // What follows, for the host too: nothing was answered on this page.
      expect(error.message).to.match(/deleted, and the screening starts afresh$/);
      expect(sessionStorage.getItem(KEY)).to.equal(null);
      expect(currentQuestion(el)).to.equal('state');
      await answer(el, 'JP');
      await answer(el, ['food']);
      await answer(el, 'no');
      // Disability and unfair treatment: each names a UN expert.
      await answer(el, 'no');
      await answer(el, ['none']);
      expect(headingText(el)).to.equal('Check your answers');
    });
  }

  it('the console names where saved answers were refused, never what they were: some sites send the console to a logging service', async () => {
    sessionStorage.setItem(KEY, envelope({ answers: { state: 'hidden-from-my-husband' } }));
    const warned = await warnings(async () => {
      const el = await fixture<OpEligibility>(html`<op-eligibility id="resume" persist="session" lang="en" as-of="2026-03-01"></op-eligibility>`);
      await settle(el);
    });
    // Where: the storage key; what they were, and why each was refused, only in the error event.
    expect(warned).to.deep.equal(['<op-eligibility>: Invalid saved-state at op-eligibility:resume (the op-eligibility-error event has the details); they were deleted, and the screening starts afresh.']);
  });

  it('answers other pages of the site saved that have expired are deleted when an element starts, even one that does not persist', async () => {
    localStorage.setItem('op-eligibility', envelope({ expires: Date.now() - 1000 }));
    localStorage.setItem('op-eligibility:other-page', envelope({ expires: Date.now() - 1000 }));
    sessionStorage.setItem('op-eligibility:still-valid', envelope());
    try {
      const { el } = await persisted({ persist: null });
      expect(currentQuestion(el)).to.equal('state');
      // Swept once the page is idle, off the path to the first question.
      await idle();
      expect(Object.keys(localStorage)).to.deep.equal([]);
      expect(Object.keys(sessionStorage)).to.deep.equal(['op-eligibility:still-valid']);
    } finally {
      localStorage.clear();
    }
  });

  describe('a page that saves nothing, with answers saved elsewhere on the site still on the device', () => {
    const note = (el: OpEligibility) => $(el, '[part="safety-note"]')!.textContent!.replace(/\s+/g, ' ').trim();
    const ELSEWHERE = 'This page does not save your answers. But answers saved earlier on this website are still on this device. Anyone using it could see them.';
    afterEach(() => localStorage.clear());

    it('says so, not "does not save your answers" alone, and "Delete saved answers" deletes them, keeps this page’s answers, says so and hands focus to the step’s heading', async () => {
      localStorage.setItem('op-eligibility:other-page', envelope());
      sessionStorage.setItem('op-eligibility', envelope());
      const { el } = await persisted({ persist: null });
      await answer(el, 'ES');
      // Read when idle, off the path to the first question.
      await idle();
      await settle(el);
      expect(note(el)).to.contain(ELSEWHERE);
      expect(note(el)).to.not.contain('This tool does not save your answers');
      const button = $<HTMLButtonElement>(el, '[part~="delete-saved"]')!;
      expect(button.textContent!.trim()).to.equal('Delete saved answers');
      await expect(el).to.be.accessible();
      button.focus();
      button.click();
      await settle(el);
      expect([...Object.keys(localStorage), ...Object.keys(sessionStorage)]).to.deep.equal([]);
      expect(liveText(el)).to.equal('Your saved answers were deleted.');
      expect(active(el), 'the button went: focus is not lost to the page').to.equal($(el, '#step-heading'));
      expect(currentQuestion(el), 'this page’s answers stay').to.equal('jurisdiction');
      expect(note(el)).to.contain('This tool does not save your answers or send them anywhere.');
      // Nothing kept: the browser's own back button would lose them without a word.
      expect(note(el)).to.contain('To change an answer, use “Back” above the question. Your browser’s back button leaves the page and loses your answers.');
      expect($(el, '[part~="delete-saved"]')).to.equal(null);
    });

    it('answers an element on this page saves are its own, with its "Forget my answers": not "saved elsewhere", and not deleted by the other’s button', async () => {
      const saving = Object.assign(document.createElement('op-eligibility') as OpEligibility, { id: 'saving', lang: 'en', asOf: '2026-03-01' });
      saving.setAttribute('persist', 'session');
      const plain = Object.assign(document.createElement('op-eligibility') as OpEligibility, { lang: 'en', asOf: '2026-03-01' });
      await fixture(html`<div>${saving}${plain}</div>`);
      await settle(saving);
      await chooseToSave(saving);
      await answer(saving, 'ES');
      await idle();
      await settle(plain);
      expect(note(plain)).to.contain('This tool does not save your answers');
      localStorage.setItem('op-eligibility:other-page', envelope());
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(plain);
      expect(note(plain), 'told when the page shows again: another tab saved them meanwhile').to.contain(ELSEWHERE);
      $<HTMLButtonElement>(plain, '[part~="delete-saved"]')!.click();
      await settle(plain);
      expect(localStorage.length).to.equal(0);
      expect(stored('op-eligibility:saving').answers).to.deep.equal({ state: 'ES' });
    });

    it('after a quick exit a host cancels (its page stays), the note no longer speaks of them: the exit deleted them', async () => {
      localStorage.setItem('op-eligibility:other-page', envelope());
      const { el } = await persisted({ persist: null });
      await idle();
      await settle(el);
      expect(note(el)).to.contain(ELSEWHERE);
      await el.eraseForExit();
      await settle(el);
      expect(localStorage.length).to.equal(0);
      expect(note(el)).to.contain('This tool does not save your answers or send them anywhere.');
    });

    it('not said where the answers are saved here (persist), nor in training mode, which touches no storage', async () => {
      localStorage.setItem('op-eligibility:other-page', envelope());
      const { el } = await persisted();
      const training = Object.assign(document.createElement('op-eligibility') as OpEligibility, { lang: 'en', asOf: '2026-03-01', mode: 'training' });
      await fixture(html`<div>${training}</div>`);
      await idle();
      // Read again when the page shows (another tab may have saved meanwhile).
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(el);
      await settle(training);
      expect(note(el)).to.contain('You can save them');
      expect(note(training)).to.contain('This tool does not save your answers');
      expect($(training, '[part~="delete-saved"]')).to.equal(null);
      expect(localStorage.getItem('op-eligibility:other-page')).to.not.equal(null);
    });
  });

  it('two elements starting on one page: the second still finds, deletes and reports its own expired answers', async () => {
    sessionStorage.setItem('op-eligibility:second', envelope({ expires: Date.now() - 1000 }));
    const make = (id: string) => Object.assign(document.createElement('op-eligibility') as OpEligibility, { id, lang: 'en', asOf: '2026-03-01' });
    const [first, second] = [make('first'), make('second')];
    for (const el of [first, second]) el.setAttribute('persist', 'session');
    const events = record(second);
    await quietly(async () => {
      await fixture(html`<div>${first}${second}</div>`);
      await settle(first);
      await settle(second);
    });
    expect(events.error.map((e) => e.detail.error.message)).to.have.length(1);
    expect(events.error[0]!.detail.error.message).to.contain('expired');
    expect(sessionStorage.length).to.equal(0);
  });

  it('answers the host empties (its own reset) leave nothing saved either', async () => {
    const { el } = await savedFirstAnswer();
    expect(stored().answers).to.deep.equal({ state: 'ES' });
    el.answers = {};
    await settle(el);
    expect(currentQuestion(el)).to.equal('state');
    expect(stored()).to.equal(null);
  });

  it('answers the host passes win over saved ones', async () => {
    sessionStorage.setItem(KEY, envelope());
    const el = document.createElement('op-eligibility') as OpEligibility;
    el.id = 'resume';
    el.setAttribute('persist', 'session');
    el.answers = { state: 'JP', rights: ['food'], urgency: 'no', disability: 'no', grounds: ['none'] };
    await fixture(html`<div>${el}</div>`);
    await settle(el);
    expect(headingText(el)).to.equal('Check your answers');
    expect(stored().answers).to.deep.equal({ state: 'JP', rights: ['food'], urgency: 'no', disability: 'no', grounds: ['none'] });
  });

  it('turning persist off deletes what was saved, and withdraws the person’s choice: turned on again, nothing is saved until they choose it again', async () => {
    const { el } = await savedFirstAnswer();
    el.persist = undefined;
    await settle(el);
    expect(sessionStorage.length).to.equal(0);
    await answer(el, 'yes');
    expect(sessionStorage.length).to.equal(0);
    // Turned on again, saving waits for the person to choose it again.
    el.persist = 'session';
    await settle(el);
    expect($(el, '[part~="save"]'), 'saving is offered afresh').to.exist;
    await answer(el, 'self');
    expect(sessionStorage.length).to.equal(0);
  });
});

describe('several elements on one page never share state', () => {
  it('each persisted element keeps its own answers under its own id', async () => {
    const a = await persisted({ id: 'a' });
    const b = await persisted({ id: 'b' });
    await chooseToSave(a.el);
    await chooseToSave(b.el);
    await answer(a.el, 'ES');
    await answer(b.el, 'JP');
    expect(stored('op-eligibility:a').answers).to.deep.equal({ state: 'ES' });
    expect(stored('op-eligibility:b').answers).to.deep.equal({ state: 'JP' });
    expect(currentQuestion(a.el)).to.equal('jurisdiction');
    expect(currentQuestion(b.el)).to.equal('rights');
    $<HTMLButtonElement>(a.el, '[part~="forget"]')!.click();
    await settle(a.el);
    expect(stored('op-eligibility:a')).to.equal(null);
    expect(stored('op-eligibility:b').answers).to.deep.equal({ state: 'JP' });
  });

  it('a second persisted element under the same key is refused with an error, and saves nothing', async () => {
    const a = await persisted({ id: 'same' });
    const b = await persisted({ id: 'same' });
    expect(a.events.error).to.have.length(0);
    expect(b.events.error).to.have.length(1);
    expect(b.events.error[0]!.detail.error.message).to.contain('already saves under "op-eligibility:same"');
    expect($(b.el, '[part~="save"]')).to.equal(null);
    await chooseToSave(a.el);
    await answer(a.el, 'ES');
    await answer(b.el, 'JP');
    expect(stored('op-eligibility:same').answers).to.deep.equal({ state: 'ES' });
    expect($(b.el, '[part~="forget"]')).to.equal(null);
  });

  it('a framework’s transition shows the new element beside the old one a moment (Vue’s <Transition>): refused the key meanwhile, the new one takes it once the old leaves, and resumes what the person saved', async () => {
    const old = await persisted({ id: 'swap' });
    await chooseToSave(old.el);
    await answer(old.el, 'ES');
    const fresh = document.createElement('op-eligibility') as OpEligibility;
    fresh.lang = 'en';
    fresh.asOf = '2026-03-01';
    fresh.id = 'swap';
    fresh.setAttribute('persist', 'session');
    const events = record(fresh);
    await quietly(async () => {
      old.el.after(fresh);
      await settle(fresh);
    });
    expect(events.error).to.have.length(1);
    expect(currentQuestion(fresh)).to.equal('state');
    old.el.remove();
    await settle(fresh);
    expect(currentQuestion(fresh)).to.equal('jurisdiction');
    expect(liveText(fresh).startsWith(`${RESTORED} Question 2: `)).to.equal(true);
    expect($(fresh, '[part~="forget"]'), 'the note says they are saved, as they are').to.exist;
    await answer(fresh, 'yes');
    expect(stored('op-eligibility:swap').answers).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
    expect(events.error).to.have.length(1);
    fresh.remove();
  });

  it('refused the key, then taken off the page while the element holding it leaves: put back, it takes the key and resumes what the person saved', async () => {
    const old = await persisted({ id: 'away' });
    await chooseToSave(old.el);
    await answer(old.el, 'ES');
    const { el, events } = await persisted({ id: 'away' });
    expect(events.error).to.have.length(1);
    const place = el.parentElement!;
    el.remove();
    old.el.remove();
    // The key is free before it comes back: nothing is left to wait for.
    await new Promise((resolve) => setTimeout(resolve));
    place.append(el);
    await settle(el);
    expect(currentQuestion(el)).to.equal('jurisdiction');
    expect($(el, '[part~="forget"]'), 'the note says they are saved, as they are').to.exist;
    await answer(el, 'yes');
    expect(stored('op-eligibility:away').answers).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
    expect(events.error).to.have.length(1);
    // Having taken the key, it writes at each change only: an update that changes none writes nothing.
    expect(await writesOf(el, () => (el.headingLevel = 3))).to.equal(0);
  });

  it('taken off the page while another element takes its key, then put back: refused, it no longer offers to save, and writes nothing', async () => {
    const first = await persisted({ id: 'moved' });
    expect($(first.el, '[part~="save"]')).to.exist;
    const place = first.el.parentElement!;
    first.el.remove();
    const second = await persisted({ id: 'moved' });
    await chooseToSave(second.el);
    await answer(second.el, 'ES');
    await quietly(async () => {
      place.append(first.el);
      await settle(first.el);
    });
    expect(first.events.error).to.have.length(1);
    expect(first.events.error[0]!.detail.error.message).to.contain('already saves under "op-eligibility:moved"');
    expect($(first.el, '[part~="save"]'), 'saving is no longer offered').to.equal(null);
    await answer(first.el, 'JP');
    expect(stored('op-eligibility:moved').answers).to.deep.equal({ state: 'ES' });
    second.el.remove();
  });

  it('an element removed before its first render (a router passing through) leaves its key free for the next', async () => {
    const passing = document.createElement('op-eligibility');
    passing.id = 'passing';
    passing.setAttribute('persist', 'session');
    document.body.append(passing);
    passing.remove();
    await passing.updateComplete;
    const next = await persisted({ id: 'passing' });
    expect(next.events.error).to.have.length(0);
    await chooseToSave(next.el);
    await answer(next.el, 'ES');
    expect(stored('op-eligibility:passing').answers).to.deep.equal({ state: 'ES' });
    // Put back on the page, it claims the key again, and is the one refused.
    await quietly(async () => {
      const errors = record(passing).error;
      document.body.append(passing);
      await settle(passing);
      expect(errors).to.have.length(1);
      passing.remove();
    });
  });

  it('the same answers object given to two elements is copied, never shared or changed', async () => {
    const answers = Object.freeze({ state: 'ES' });
    const a = await fixture<OpEligibility>(html`<op-eligibility lang="en" as-of="2026-03-01" .answers=${answers}></op-eligibility>`);
    const b = await fixture<OpEligibility>(html`<op-eligibility lang="en" as-of="2026-03-01" .answers=${answers}></op-eligibility>`);
    await answer(a, 'yes');
    await answer(a, 'self');
    expect(currentQuestion(a)).to.equal('rights');
    expect(currentQuestion(b)).to.equal('jurisdiction');
    expect(answers).to.deep.equal({ state: 'ES' });
  });

  it('quick exit in one element deletes what each element saved, and the other’s answers on screen at once (the person is leaving)', async () => {
    const a = await persisted({ id: 'x1' });
    const b = await persisted({ id: 'x2' });
    await chooseToSave(a.el);
    await chooseToSave(b.el);
    await answer(a.el, 'ES');
    await answer(b.el, 'ES');
    await answer(b.el, 'yes');
    a.el.addEventListener('op-eligibility-exit', (e) => e.preventDefault());
    $<HTMLButtonElement>(a.el, '[part="quick-exit"]')!.click();
    await settle(a.el);
    expect(stored('op-eligibility:x1')).to.equal(null);
    expect(stored('op-eligibility:x2')).to.equal(null);
    await settle(b.el);
    expect(currentQuestion(b.el)).to.equal('state');
  });

  it('the quick exit of a training element deletes what the site saved too: it saves, reads and restores nothing, but the person leaving may share the computer', async () => {
    sessionStorage.setItem(KEY, envelope());
    localStorage.setItem('op-eligibility:elsewhere', envelope());
    try {
      const el = document.createElement('op-eligibility') as OpEligibility;
      Object.assign(el, { lang: 'en', asOf: '2026-03-01', mode: 'training' });
      await fixture(html`<div>${el}</div>`);
      await settle(el);
      expect(sessionStorage.getItem(KEY), 'kept while training').to.not.equal(null);
      el.addEventListener('op-eligibility-exit', (e) => e.preventDefault());
      $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
      await settle(el);
      expect([stored(KEY), localStorage.getItem('op-eligibility:elsewhere')]).to.deep.equal([null, null]);
    } finally {
      localStorage.removeItem('op-eligibility:elsewhere');
    }
  });
});

describe('saved answers keep to their time, to the millisecond', () => {
  const T = Date.UTC(2026, 2, 1, 12);
  const HOUR = 3_600_000;
  afterEach(() => sessionStorage.clear());

  it('the sweep at start deletes answers whose time is up now, and leaves those with a millisecond to go and any copy it cannot date (its element reports it)', () => {
    sessionStorage.setItem('op-eligibility:now', envelope({ expires: T }));
    sessionStorage.setItem('op-eligibility:later', envelope({ expires: T + 1 }));
    sessionStorage.setItem('op-eligibility:undated', envelope({ expires: null }));
    forgetExpiredSaved(T);
    expect(Object.keys(sessionStorage).sort()).to.deep.equal(['op-eligibility:later', 'op-eligibility:undated']);
  });

  it('a save keeps them exactly persist-ttl hours, then they are past their time; a copy that expires now, or later than 30 days ahead, does not load', () => {
    const store = SavedAnswers.open({}, 'session', 'resume', 24);
    try {
      store.save({ state: 'ES' }, T);
      expect(stored().expires).to.equal(T + 24 * HOUR);
      expect(store.expired(T + 24 * HOUR - 1)).to.equal(false);
      expect(store.expired(T + 24 * HOUR)).to.equal(true);
      expect(stored(), 'found past its time, deleted').to.equal(null);
      store.save({ state: 'ES' }, T);
      store.forget();
      expect(store.expired(T + 24 * HOUR), 'forgotten: nothing of theirs is left to expire').to.equal(false);
      sessionStorage.setItem(KEY, envelope({ expires: T }));
      expect(() => store.load(T)).to.throw('has expired');
      sessionStorage.setItem(KEY, envelope({ expires: T + 720 * HOUR }));
      expect(store.load(T)).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
      sessionStorage.setItem(KEY, envelope({ expires: T + 720 * HOUR + 1 }));
      expect(() => store.load(T)).to.throw('later than any allowed time');
      expect(stored()).to.equal(null);
    } finally {
      store.release();
    }
  });

  it('answers resumed from storage are past their time at the millisecond their expiry names, as those this element saved', () => {
    const store = SavedAnswers.open({}, 'session', 'loaded', 24);
    try {
      sessionStorage.setItem('op-eligibility:loaded', envelope({ expires: T + HOUR }));
      expect(store.load(T)).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
      expect(store.expired(T + HOUR - 1)).to.equal(false);
      expect(store.expired(T + HOUR)).to.equal(true);
    } finally {
      store.release();
    }
  });

  it('answers saved to outlive this page’s persist-ttl by a millisecond are kept exactly persist-ttl hours from the visit: the note’s "up to 2 hours" holds to its bound', () => {
    const store = SavedAnswers.open({}, 'session', 'shortened', 2);
    try {
      sessionStorage.setItem('op-eligibility:shortened', envelope({ expires: T + 2 * HOUR + 1 }));
      expect(store.load(T)).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
      expect(stored('op-eligibility:shortened').expires).to.equal(T + 2 * HOUR);
      expect(store.expired(T + 2 * HOUR)).to.equal(true);
    } finally {
      store.release();
    }
  });
});
