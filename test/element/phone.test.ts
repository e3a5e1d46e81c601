import { expect } from '@open-wc/testing';
import { $, $$, answer, confirm, make } from './helpers.js';

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
