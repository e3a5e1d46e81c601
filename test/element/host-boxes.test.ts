import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OpEligibility } from '../../src/index.js';
import { $, active, answer, AS_OF, continueOn, currentQuestion, onScreen, settle, typeDate } from './helpers.js';

/** The part of `box` that shows what it holds: inside its borders, less a horizontal scrollbar. */
function inside(box: Element): { top: number; bottom: number } {
  const top = box.getBoundingClientRect().top + box.clientTop;
  return { top, bottom: top + box.clientHeight };
}

/**
 * In the boxes host pages put it in: one that scrolls and is shorter than the screen (a
 * modal <dialog> with a max height, as partners open "Can I complain?"), where what the
 * element moves focus to shows; a theme's <form> around the content (WordPress).
 */
describe('in a host’s boxes', () => {
  it('in a modal <dialog> shorter than the screen, the error summary’s link shows the field it focuses, not below the dialog’s end (WCAG 2.4.11)', async () => {
    await onScreen({ screen: { width: 1280, height: 700 } }, async () => {
      // The README's recipe for a dialog (its width, and the scroll stopping below its padding, where the bar sticks), and the host's own height.
      const dialog = await fixture<HTMLDialogElement>(html`<dialog style="inline-size: min(40rem, 100%); scroll-padding-block-start: 1em; max-block-size: 70vh">
        <op-eligibility lang="en" as-of=${AS_OF}></op-eligibility>
      </dialog>`);
      dialog.showModal();
      const el = dialog.querySelector<OpEligibility>('op-eligibility')!;
      await settle(el);
      for (const value of ['ES', 'yes']) await answer(el, value);
      await continueOn(el);
      $<HTMLAnchorElement>(el, '.error-summary a')!.click();
      await settle(el);
      const field = active(el)!;
      expect(field.getAttribute('name')).to.equal('answer');
      const shown = field.getBoundingClientRect();
      const bar = $(el, '.quick-exit-bar')!.getBoundingClientRect();
      expect(shown.top, 'below the exit bar').to.be.at.least(bar.bottom - 1);
      expect(shown.bottom, 'above the dialog’s end').to.be.at.most(inside(dialog).bottom + 1);
      // Its error message, above it, shows too.
      expect($(el, '#author-error')!.getBoundingClientRect().top).to.be.at.least(bar.bottom - 1);
      dialog.close();
    });
  });

  it('in a theme’s <form>, Enter in the date field and on its buttons moves the screening on, and never submits or resets the theme’s form, whose fields hold none of the answers', async () => {
    const form = await fixture<HTMLFormElement>(html`<form action="#submitted"><input name="s" value="search" />
      <op-eligibility lang="en" as-of=${AS_OF}></op-eligibility><button>Search</button></form>`);
    const heard: string[] = [];
    form.addEventListener('submit', (event) => {
      heard.push('submit');
      event.preventDefault();
    });
    form.addEventListener('reset', () => heard.push('reset'));
    const el = form.querySelector<OpEligibility>('op-eligibility')!;
    await settle(el);
    for (const value of ['ES', 'yes', 'self', ['food'], 'no']) await answer(el, value);
    $<HTMLInputElement>(el, 'input[type="date"]')!.focus();
    await typeDate('2024-01-10');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentQuestion(el)).to.equal('remedies');
    $<HTMLButtonElement>(el, '[part~="back"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentQuestion(el)).to.equal('factsDate');
    expect(heard).to.deep.equal([]);
    expect([...new FormData(form).keys()]).to.deep.equal(['s']);
  });
});
