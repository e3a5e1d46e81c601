import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OpEligibility } from '../../src/index.js';
import { $, AS_OF, currentQuestion, frames, settle } from './helpers.js';

/** An element in training mode, optionally opening a scenario by its attribute. */
export async function makeTraining(options: { scenario?: string; lang?: string } = {}): Promise<OpEligibility> {
  const el = await fixture<OpEligibility>(html`<op-eligibility
    mode="training"
    as-of=${AS_OF}
    lang=${options.lang ?? 'en'}
    scenario=${options.scenario ?? ''}
  ></op-eligibility>`);
  await settle(el);
  return el;
}

export async function click(el: OpEligibility, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`Nothing matches ${selector}`);
  target.click();
  await settle(el);
}

/** Chooses a scenario in the trainer's list, as a person does (the list's change event); does not start it. */
export async function chooseScenario(el: OpEligibility, id: string): Promise<void> {
  const list = $<HTMLSelectElement>(el, '#training-scenario');
  if (!list) throw new Error('No scenario list');
  list.value = id;
  list.dispatchEvent(new Event('change'));
  await settle(el);
}

/** "Jump to a question" by the keyboard: focus the question's button and press Enter. Returns the button. */
export async function jumpByKeyboard(el: OpEligibility, question: string): Promise<HTMLElement> {
  const jump = $(el, `[part~="training-jump"][data-question="${question}"]`);
  if (!jump) throw new Error(`No jump to ${question}`);
  jump.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
  return jump;
}

export const canPlay = (el: OpEligibility): boolean => $(el, '[part~="training-next"]')?.getAttribute('aria-disabled') === 'false';

/**
 * "Next step" as far as the wizard's next step: on a question, the first press shows the
 * scenario's answer chosen there, the second sends it; on the summary, one press confirms.
 */
export async function nextStep(el: OpEligibility): Promise<void> {
  const before = currentQuestion(el);
  await click(el, '[part~="training-next"]');
  if (before !== null && currentQuestion(el) === before && canPlay(el)) await click(el, '[part~="training-next"]');
}

/**
 * Presses "Next step" until the scenario reaches `question`. A scenario that ends first (one
 * that does not answer a question added since) fails naming where it stopped, instead of
 * pressing a disabled button until the file's time runs out.
 */
export async function playUntil(el: OpEligibility, question: string): Promise<void> {
  while (currentQuestion(el) !== question) {
    if (!canPlay(el)) throw new Error(`The scenario stopped at ${currentQuestion(el) ?? 'its result'} before reaching ${question}`);
    await nextStep(el);
  }
}

/** Presses "Next step" until the scenario has nothing more to play; returns how many steps it played. */
export async function playToTheEnd(el: OpEligibility, onStep?: () => Promise<void>): Promise<number> {
  let steps = 0;
  while (canPlay(el) && steps < 40) {
    await nextStep(el);
    steps += 1;
    await onStep?.();
  }
  return steps;
}

/** The JSON the "Download JSON" button hands to the browser, and whether its URL was revoked. */
export async function downloaded(el: OpEligibility): Promise<{ json: unknown; name: string; revoked: boolean }> {
  const { createObjectURL, revokeObjectURL } = URL;
  const anchorClick = HTMLAnchorElement.prototype.click;
  let blob: Blob | null = null;
  let name = '';
  const revokedUrls: string[] = [];
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return 'blob:test-handoff';
  };
  URL.revokeObjectURL = (url: string) => void revokedUrls.push(url);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    $(el, '[part~="handoff-download"]')!.click();
    await new Promise((resolve) => setTimeout(resolve));
  } finally {
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
    HTMLAnchorElement.prototype.click = anchorClick;
  }
  if (!blob) throw new Error('No file was offered');
  return { json: JSON.parse(await (blob as Blob).text()), name, revoked: revokedUrls.includes('blob:test-handoff') };
}

/** Presses "Copy as text" with the clipboard's writeText replaced by `writeText`. */
export async function copyWith(el: OpEligibility, writeText: (text: string) => Promise<void>): Promise<void> {
  const clipboard = navigator.clipboard;
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  try {
    await click(el, '[part~="handoff-copy"]');
    await new Promise((resolve) => setTimeout(resolve));
    // The live region is emptied for a frame before it speaks.
    await frames(1);
    await el.updateComplete;
  } finally {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
  }
}
