import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, answer, chooseToSave, confirm, currentQuestion, exitingTheFrameAlone, outcome, AS_OF } from '../element/helpers.js';
import { ROUTES } from '../element/paths.js';
import { addElement, EXITED, frameWindow, loadFrame, nextLoad, PAGE } from './frame.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const route = ROUTES['likely-admissible'];

async function walkToResult(el: Parameters<typeof answer>[0]): Promise<void> {
  for (const [question, value] of route.steps) {
    expect(currentQuestion(el)).to.equal(question);
    await answer(el, value);
  }
  await confirm(el);
  expect(outcome(el)).to.equal('likely-admissible');
}

let frames: HTMLIFrameElement[] = [];
async function frame(): Promise<HTMLIFrameElement> {
  const f = await loadFrame();
  frames.push(f);
  return f;
}

afterEach(() => {
  frames.forEach((f) => f.remove());
  frames = [];
  sessionStorage.clear();
  localStorage.clear();
});

describe('strict Content Security Policy', () => {
  it('the test page is really served with the strict policy as an HTTP header', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  it('a full path to a result records no securitypolicyviolation, and the policy is enforced', async () => {
    const f = await frame();
    const el = await addElement(f, { 'as-of': AS_OF, lang: 'en' });
    await walkToResult(el);
    expect(frameWindow(f).__probe.violations).to.deep.equal([]);

    // The probe would see it: compiling code from a string (what a JIT such as zod's
    // does) is refused and reported as a violation.
    const win = frameWindow(f);
    const reported = new Promise((resolve) => win.document.addEventListener('securitypolicyviolation', resolve, { once: true }));
    expect(() => new win.Function('return 1')).to.throw();
    await reported;
    expect(win.__probe.violations).to.have.length.greaterThan(0);
  });
});

describe('in a sandboxed frame', () => {
  it('without allow-forms, Continue and Enter still answer, and nothing is submitted', async () => {
    const f = await loadFrame(['allow-scripts', 'allow-same-origin', 'allow-modals']);
    frames.push(f);
    const el = await addElement(f, { 'as-of': AS_OF, lang: 'en' });
    await answer(el, 'ES');
    expect(currentQuestion(el)).to.equal('jurisdiction');
    $<HTMLInputElement>(el, 'input[value="yes"]')!.focus();
    $<HTMLInputElement>(el, 'input[value="yes"]')!.checked = true;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('author');
    expect(frameWindow(f).location.search).to.equal('');
  });
});

describe('no traces by default', () => {
  it('a whole path at the defaults makes no request but the result’s own modules, writes no cookie and no storage', async () => {
    const f = await frame();
    const win = frameWindow(f);
    const el = await addElement(f, { 'as-of': AS_OF, lang: 'en' });
    await walkToResult(el);
    $<HTMLButtonElement>(el, '[part~="restart"]')!.click();
    await el.updateComplete;

    const probe = win.__probe;
    expect(probe.loadedAt).to.be.a('number');
    // The answers fetch the result's module (a lazily loaded part of the element,
    // lazy-feature.ts; unbundled here, so with the modules it imports) from where the
    // element came from; nothing else is fetched.
    const later = probe.resources.filter((r) => r.start >= probe.loadedAt!).map((r) => new URL(r.name));
    expect(later.map((url) => url.pathname)).to.include('/src/element/result-feature.ts');
    expect(later.filter((url) => url.origin !== location.origin || !/^\/src\/element\/[\w-]+\.ts$/.test(url.pathname))).to.deep.equal([]);
    // Before load, only the page's own modules.
    expect(probe.resources.every((r) => new URL(r.name).origin === location.origin)).to.equal(true);
    expect(probe.networkCalls).to.deep.equal([]);
    expect(probe.cookieWrites).to.deep.equal([]);
    expect(win.document.cookie).to.equal('');
    expect(probe.storageCalls).to.deep.equal([]);
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
  });
});

describe('quick exit leaves by location.replace', () => {
  for (const how of ['button', 'Shift×3'] as const) {
    exitingTheFrameAlone(`by ${how}: stored answers deleted, the page covered, Back cannot return`, async () => {
      const f = await frame();
      const win = frameWindow(f);
      const el = await addElement(f, {
        'as-of': AS_OF,
        lang: 'en',
        id: 'exit-test',
        persist: 'local',
        'exit-url': new URL(EXITED, location.href).href,
      });
      await chooseToSave(el);
      await answer(el, 'ES');
      expect(win.localStorage.getItem('op-eligibility:exit-test')).to.contain('"ES"');
      const length = win.history.length;
      const cover = $<HTMLDialogElement>(el, 'dialog.exit-cover')!;
      const left = nextLoad(f);
      if (how === 'button') {
        $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
      } else {
        $<HTMLElement>(el, 'input')!.focus();
        for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
      }
      // Covered and wiped at once, before the next page arrives.
      expect(cover.open).to.equal(true);
      expect(win.localStorage.getItem('op-eligibility:exit-test')).to.equal(null);
      await left;
      const after = frameWindow(f);
      expect(after.location.pathname).to.equal(EXITED);
      expect(after.history.length).to.equal(length);
      expect(after.localStorage.getItem('op-eligibility:exit-test')).to.equal(null);
    });
  }

  exitingTheFrameAlone('the page it goes to is not told where the person was: no referrer, not even the origin', async () => {
    const f = await frame();
    const el = await addElement(f, { 'as-of': AS_OF, lang: 'en', 'exit-url': new URL(EXITED, location.href).href });
    const left = nextLoad(f);
    $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
    await left;
    const after = frameWindow(f);
    expect(after.location.pathname).to.equal(EXITED);
    expect(after.document.referrer).to.equal('');
  });
});

describe('quick exit past the page’s own leave warning', () => {
  exitingTheFrameAlone('the page’s onbeforeunload ("Leave site? Changes you made may not be saved") is not asked, so it cannot hold the person back', async () => {
    const f = await frame();
    const win = frameWindow(f);
    let asked = 0;
    // As an unsaved-form guard on the host's page asks the browser to confirm leaving.
    win.onbeforeunload = () => {
      asked += 1;
      return 'Changes you made may not be saved.';
    };
    const el = await addElement(f, { 'as-of': AS_OF, lang: 'en', 'exit-url': new URL(EXITED, location.href).href });
    const left = nextLoad(f);
    $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
    await left;
    expect(frameWindow(f).location.pathname).to.equal(EXITED);
    expect(asked).to.equal(0);
  });
});

describe('quick exit where the browser refuses a channel to other tabs', () => {
  exitingTheFrameAlone('still leaves, with no error thrown (Firefox with all cookies blocked)', async () => {
    const f = await frame();
    const win = frameWindow(f);
    // As Firefox does when the person blocks all cookies.
    win.BroadcastChannel = class {
      constructor() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }
    } as unknown as typeof BroadcastChannel;
    const errors: string[] = [];
    win.addEventListener('error', (e) => void errors.push(e.message));
    const el = await addElement(f, { 'as-of': AS_OF, lang: 'en', 'exit-url': new URL(EXITED, location.href).href });
    // Past the idle moment when the element opens its end of the channel (asked for from a task after its start, idle.ts).
    await new Promise((resolve) => win.setTimeout(resolve));
    await new Promise((resolve) => win.requestIdleCallback(resolve, { timeout: 2000 }));
    const left = nextLoad(f);
    $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
    expect(errors).to.deep.equal([]);
    await left;
    expect(frameWindow(f).location.pathname).to.equal(EXITED);
  });
});

describe('persist survives a reload', () => {
  for (const mode of ['session', 'local'] as const) {
    it(`persist="${mode}": the answers come back after the page reloads, and only them`, async () => {
      const f = await frame();
      const attributes = { 'as-of': AS_OF, lang: 'en', id: 'reload', persist: mode };
      let el = await addElement(f, attributes);
      await chooseToSave(el);
      await answer(el, 'ES');
      await answer(el, 'yes');
      const reloaded = nextLoad(f);
      frameWindow(f).location.reload();
      await reloaded;
      await frameWindow(f).customElements.whenDefined('op-eligibility');
      el = await addElement(f, attributes);
      expect(currentQuestion(el)).to.equal('author');
      const storage = mode === 'session' ? frameWindow(f).sessionStorage : frameWindow(f).localStorage;
      expect(Object.keys(JSON.parse(storage.getItem('op-eligibility:reload')!)).sort()).to.deep.equal(['answers', 'expires', 'version']);
      expect(JSON.parse(storage.getItem('op-eligibility:reload')!).answers).to.deep.equal({ state: 'ES', jurisdiction: 'yes' });
    });
  }
});
