import { css } from 'lit';

/** The quick exit, its skip link, the cover and the safety note. Logical properties only, for RTL. */
export const safetyStyles = css`
  :host {
    --_exit: var(--op-eligibility-color-exit, #b3261e);
    --_exit-text: var(--op-eligibility-color-exit-text, #fff);
    /* The page's own sticky header, when the host says how tall it is. */
    --_sticky: var(--op-eligibility-sticky-offset, 0px);
  }

  /*
   * GOV.UK skip link: out of sight until it takes focus. The long exit label, too, when
   * the bar has compacted and it still wraps (data-short-exit, below).
   */
  .skip-link:not(:focus):not(:active),
  [data-short-exit] .exit-long {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-link:focus {
    display: inline-block;
    margin-block-end: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
  }
  /*
   * Focused by a click or a script, not from the keyboard (a modal <dialog> opened with a
   * click focuses it first): out of sight still, or it pushes the question down, then hides
   * as the first tap presses, and the tap lands on what moved under it. A rule apart: a
   * browser without :focus-visible drops a selector list that names it.
   */
  .skip-link:not(:focus-visible) {
    position: absolute;
    clip-path: inset(50%);
  }

  /*
   * In view while the element is: the bar sticks to the top of the viewport, the button
   * at its end. Its background keeps the text scrolling under it from showing around it.
   */
  .quick-exit-bar {
    position: sticky;
    inset-block-start: var(--_sticky);
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    padding-block: calc(var(--_space) * 0.5);
    margin-block-end: calc(var(--_space) * 0.25);
    background: var(--_bg);
  }
  /*
   * What the element scrolls to when it moves focus (the next step's heading, the error
   * summary, a field) stops below the bar, not under it (WCAG 2.4.11): the bar's height,
   * measured (exit-bar-layout.ts), with room to spare; until it is, an estimate of one line.
   * What sticks below the bar (the trainer's route map, training-styles.ts) stops there too.
   */
  .root {
    --_below-exit: calc(var(--_sticky) + var(--_exit-bar, calc(var(--_space) + 3em)) + var(--_space) * 0.5);
  }
  * {
    scroll-margin-block-start: var(--_below-exit);
  }
  /* A .button in the exit colour (its size, shape and focus style come from .button). */
  .quick-exit {
    font-weight: 700;
    color: var(--_exit-text);
    background: var(--_exit);
    box-shadow: 0 2px 0 color-mix(in srgb, var(--_exit) 55%, #000);
  }
  .quick-exit:not(:focus-visible):hover {
    background: color-mix(in srgb, var(--_exit) 85%, #000);
  }
  @container (max-width: 30em) {
    .quick-exit {
      inline-size: 100%;
    }
  }
  .exit-short {
    display: none;
  }
  /*
   * Text so large for the width (200% text on a phone) that "Exit this page" would wrap
   * word by word: the sticky bar would hide a third of the screen. It shows one short
   * word, with less padding; its accessible name stays "Exit this page" (the long label,
   * hidden from sight only). em here is the element's own text size, so this follows it:
   * at the usual text size, in a box under 190px wide (a sidebar), where the padding
   * alone would leave it 38px high, it stays a 44px target (WCAG 2.5.5).
   */
  @container (max-width: 10em) {
    .quick-exit-bar {
      padding-block: calc(var(--_space) * 0.25);
    }
    .quick-exit {
      padding: 0.3em 0.5em;
      min-block-size: 44px;
    }
    .exit-long {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .exit-short {
      display: inline;
    }
  }
  /*
   * A screen so short for the text that the bar at full size takes over a quarter of its
   * height (a phone on its side with 150% text or more; data-compact-exit, exit-bar-layout.ts):
   * the question and the focused control would be left a strip (WCAG 2.4.11). The bar
   * keeps the label the width allows, with little padding, still a 44px target (WCAG 2.5.5).
   * A label on two lines gets the same (125% text on a small phone, in French, Spanish, Arabic).
   */
  [data-compact-exit] .quick-exit-bar {
    padding-block: calc(var(--_space) * 0.125);
  }
  [data-compact-exit] .quick-exit {
    padding: 0.1em 0.5em;
    min-block-size: 44px;
  }
  /*
   * Compact and still over a quarter: the long label wraps (200% text with the text spaced
   * out, WCAG 1.4.12, on a phone on its side: "Salir de esta página" took 42%). The short
   * one, as above; the long one, out of sight with the skip link.
   */
  [data-short-exit] .exit-short {
    display: inline;
  }

  .safety-note {
    margin-block-start: calc(var(--_space) * 2);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .safety-note .button {
    font-size: 1em;
  }

  /* Nothing readable may remain while the browser leaves; in the theme's background, so a dark page does not flash white at night. */
  .exit-cover {
    position: fixed;
    inset: 0;
    inline-size: 100vw;
    block-size: 100vh;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: var(--op-eligibility-color-background, var(--_page-bg, #fff));
  }
  /* Browsers hide a closed <dialog>; Safari before 15.4, which has none, would show the cover over the whole wizard. */
  .exit-cover:not([open]) {
    display: none;
  }
  /* The theme's background; unthemed, the page's own (set on exit), so a dark page does not flash white. */
  .exit-cover::backdrop {
    background: var(--op-eligibility-color-background, var(--_page-bg, #fff));
  }

  @media (forced-colors: active) {
    .quick-exit {
      border-color: ButtonText;
    }
    .exit-cover,
    .exit-cover::backdrop {
      background: Canvas;
    }
  }
`;
