import { css } from 'lit';

/**
 * A calm, readable default theme after the GOV.UK Design System. Only logical
 * properties (inline/block), so right-to-left needs no second stylesheet.
 */
export const styles = css`
  :host {
    --_text: var(--op-eligibility-color-text, #1d2327);
    --_muted: var(--op-eligibility-color-muted, #4a5560);
    --_bg: var(--op-eligibility-color-background, #ffffff);
    --_accent: var(--op-eligibility-color-accent, #1d5f8a);
    --_accent-text: var(--op-eligibility-color-accent-text, #ffffff);
    --_error: var(--op-eligibility-color-error, #b3261e);
    --_focus: var(--op-eligibility-color-focus, #ffbf47);
    --_focus-text: var(--op-eligibility-color-focus-text, #0b0c0c);
    --_border: var(--op-eligibility-color-border, #5c6670);
    --_panel: var(--op-eligibility-color-panel, #eef4f8);
    --_font-size: var(--op-eligibility-font-size, 1.1875rem);
    /* Computed here as px where registered (spacing.ts), for WebKit. */
    --_op-eligibility-space: var(--op-eligibility-space, 1rem);
    --_space: var(--_op-eligibility-space);
    --_radius: var(--op-eligibility-radius, calc(var(--_space) * 0.375));
    /*
     * Widths in the element's own font size, not the page's root one: a page that sets
     * html { font-size: 62.5% } and the element's font size back keeps the same layout.
     * 35.4 of 19px is the 42rem of a 16px root.
     */
    --_measure: calc(var(--_font-size) * 35.4);

    display: block;
    box-sizing: border-box;
    /*
     * As wide as the space it is given, up to the measure, in any layout: a flex or grid item
     * centred or aligned to the start is otherwise sized to its content, which the
     * container below (size containment) reports as none. Not 100% alone: the page's
     * margins (and its padding, under a content-box reset) would go past the space given;
     * Firefox knows only -moz-available.
     */
    inline-size: 100%;
    inline-size: -moz-available;
    inline-size: -webkit-fill-available;
    inline-size: stretch;
    max-inline-size: var(--_measure);
    background: var(--_bg);
    /*
     * Native controls drawn for the element's own light surface, not for a dark page's
     * (where an unchecked radio is a grey disc that looks chosen). A dark theme sets
     * color-scheme: dark on the element itself.
     */
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* A <details>' content inherits from the browser's own slot inside it (content-box), not from it: a "Try again" there grew by its padding. */
  details > * {
    box-sizing: border-box;
  }

  /*
   * The text settings live here, inside the shadow root, not on :host: page rules that
   * match the host element itself ("* { all: unset }", "main * { line-height: 4 }")
   * beat :host, and every inherited property they set would leak in. Nothing outside
   * matches .root, so these hold; theme them with the custom properties or ::part(base).
   * direction is left to inherit, for right-to-left pages.
   */
  .root {
    box-sizing: border-box;
    container-type: inline-size;
    /* Where the page sizes to content (a <dialog>, a float, a table cell): a usable width. */
    contain-intrinsic-inline-size: calc(var(--_font-size) * 16.8);
    padding-block: calc(var(--_space) * 0.5);
    color: var(--_text);
    background: var(--_bg);
    font: normal 400 var(--_font-size) / 1.5
      var(--op-eligibility-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    -webkit-text-stroke: 0;
    white-space: normal;
    hyphens: manual;
    /* anywhere, not break-word: a long word in a flex row (a checkbox's label at 400% zoom) may break too. Safari before 15.4 has only break-word. */
    overflow-wrap: break-word;
    overflow-wrap: anywhere;
    visibility: visible;
    cursor: auto;
  }

  /* Unseen but inline: a .visually-hidden one is a block to the browser, which then puts a space before it in a name. */
  .unseen-separator {
    font-size: 0;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  p,
  ul,
  ol,
  dl {
    margin-block: 0 var(--_space);
  }

  /* A brand's heading font: every heading, the step's, the result's and the summary's. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--op-eligibility-font-family-heading, inherit);
  }
  .heading {
    margin-block: 0 calc(var(--_space) * 0.75);
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  @container (max-width: 24em) {
    .heading {
      font-size: 1.3em;
    }
  }
  /*
   * Text so large for the width (200% on a phone) that a word fills a line: the heading comes
   * down to the body text's size as the element narrows, never below it, so that the words
   * the body fits whole ("complaint?", "presentar", "respuestas") fit whole in it too. In
   * French and Spanish, whose longest words ("probablemente", "n'accepterait") fill more
   * than a line even then, they hyphenate where the browser has the language's dictionary
   * (Firefox, Android, Safari), not break with no hyphen; English keeps whole words.
   */
  @container (max-width: 10em) {
    .heading {
      font-size: clamp(1em, 11cqi, 1.1em);
    }
    .heading:is(:lang(fr), :lang(es)) {
      hyphens: auto;
      hyphenate-limit-chars: 9 4 4;
    }
  }
  /* The heading takes focus only so that reading starts there; it is not a control. */
  .heading:focus,
  .heading:focus-visible {
    outline: none;
  }
  .subheading {
    margin-block: calc(var(--_space) * 1.5) calc(var(--_space) * 0.5);
    font-size: 1.25em;
    line-height: 1.3;
  }
  /* With the heading's smaller size there: under it, not above it ("What you can do next"). */
  @container (max-width: 10em) {
    .subheading {
      font-size: 1em;
    }
  }

  /* Above the step: the language or training mode that could not come (language-notice.ts, training-unavailable.ts), the new day. */
  .day-notice,
  .language-notice,
  .training-notice {
    margin-block: 0 var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 5px solid var(--_accent);
    background: var(--_panel);
  }

  .language-notice > p,
  .training-notice > p {
    margin: 0;
  }

  .language-notice > p + p,
  .training-notice > p + p {
    margin-block-start: calc(var(--_space) * 0.5);
  }

  /* The result's buttons, and those of its stand-in while its details load (result-pending.ts). */
  .result-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  /* Inside the heading, at the size and weight of the text. */
  .caption {
    display: block;
    margin-block-end: calc(var(--_space) * 0.25);
    font-size: var(--_font-size);
    font-weight: 400;
    line-height: 1.5;
    color: var(--_muted);
  }

  .hint {
    color: var(--_muted);
    margin-block-end: var(--_space);
  }

  .field {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .field,
  .fieldset {
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .fieldset {
    margin: 0;
  }

  .items {
    display: flex;
    flex-direction: column;
  }
  /*
   * A row a finger high (44px at the default size), and the whole of it the label's: a tap
   * beside a short "Yes", or just above the radio, still chooses it.
   */
  .item {
    position: relative;
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
    padding-block: 0.42em;
  }
  .item-label::before {
    content: '';
    position: absolute;
    inset: 0;
  }
  /* No finger on paper: a trainer's handout keeps a long list of answers on one page. */
  @media print {
    .item {
      padding-block: 0.05em;
    }
  }
  .radio,
  .checkbox {
    flex: none;
    /*
     * In the label's font size, not the browser's 13.33px for controls: it grows with the
     * text, and WebKit, which reuses a shadow root's cached styles for an element whose own
     * font size did not change (a margin in rem kept its old size after the page's root font
     * size changed), draws it again. About 20px at the default size, as before. Level with
     * the middle of the label's first line: its 0.05em padding and half its 1.5 line height,
     * less half the input.
     */
    font-size: inherit;
    inline-size: 1.05em;
    block-size: 1.05em;
    margin: 0;
    margin-block-start: 0.275em;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .item-label {
    cursor: pointer;
    padding-block: 0.05em;
  }
  .divider {
    margin: 0;
    color: var(--_muted);
  }

  .label {
    display: block;
    margin-block-end: calc(var(--_space) * 0.25);
    font-weight: 700;
  }
  .date {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .date-in-words {
    display: block;
    margin-block-start: calc(var(--_space) * 0.25);
    color: var(--_muted);
  }
  /* A note, not an error: the text's own colour, and no room taken while it is empty (it stays, a live region). */
  .date-check {
    margin: 0;
  }
  .date-check:not(:empty) {
    margin-block-start: calc(var(--_space) * 0.25);
  }
  .input,
  .select {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: 0.3em;
    padding-inline: 0.5em;
    min-block-size: 2.5em;
    max-inline-size: 100%;
  }
  .select {
    inline-size: 100%;
    max-inline-size: 24em;
  }
  /*
   * Chromium's date field on a computer never wraps and needs about 8.8em: with 200% text on
   * a phone-width window it was cut at the width it had, the year hidden. Its text shrinks
   * just enough to show the date whole; at any usual size it keeps the element's. Its units
   * are .root's, the element's width, with room left for the error's bar: a container of
   * its own around the field was sized to its content in the error's layout, and shrank the
   * field to nothing.
   */
  .input.date-input {
    font-size: min(1em, 9.5cqi);
  }
  /*
   * A closed <select> never wraps: with the text spaced out (WCAG 1.4.12) the longest
   * answers (long country names, in French most of all) were cut at 24em. The field grows
   * to show the chosen answer whole, up to the width it has.
   */
  @supports (field-sizing: content) {
    .select {
      field-sizing: content;
      inline-size: auto;
      min-inline-size: min(24em, 100%);
      max-inline-size: 100%;
    }
  }
  .field:has(.error-message) .input,
  .field:has(.error-message) .select,
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .field:has(.error-message) {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: calc(var(--_space) * 0.75);
  }

  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin-block-end: calc(var(--_space) * 0.75);
  }

  /* A caution (caution() in steps/view.ts): above the questions of an urgent case, and on the result. */
  .warning {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    margin-block-end: var(--_space);
  }
  .warning-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.75em;
    block-size: 1.75em;
    border-radius: 50%;
    color: var(--_bg);
    background: var(--_text);
    font-weight: 700;
  }
  .warning-text {
    margin: 0;
    font-weight: 600;
  }
  /*
   * 200% text on a phone: a caution's words under its icon, not in the 60% of the line beside
   * it. After .warning: a container rule weighs no more than the rule it overrides.
   */
  @container (max-width: 10em) {
    .warning {
      flex-direction: column;
      gap: calc(var(--_space) * 0.25);
    }
  }

  .urgent-note {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .error-summary {
    margin-block-end: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 5px solid var(--_error);
    border-radius: var(--_radius);
  }
  .error-summary-title {
    margin-block: 0 calc(var(--_space) * 0.5);
    font-size: 1.25em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  /* Text so large for the width (200% on a phone) that "problem" no longer fits: as the heading. */
  @container (max-width: 10em) {
    .error-summary {
      padding: calc(var(--_space) * 0.5);
    }
    .error-summary-title {
      font-size: 1.1em;
    }
  }

  .button {
    display: inline-block;
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    color: var(--_accent-text);
    background: var(--_accent);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    padding-block: 0.6em;
    padding-inline: 1.1em;
    min-block-size: 2.75em;
    cursor: pointer;
    box-shadow: 0 2px 0 color-mix(in srgb, var(--_accent) 60%, #000);
  }
  /* So does "Continue", with less padding. */
  @container (max-width: 10em) {
    .button {
      padding-inline: 0.5em;
    }
  }
  .button:hover {
    background: color-mix(in srgb, var(--_accent) 85%, #000);
  }
  .button.secondary {
    color: var(--_text);
    background: var(--_panel);
    box-shadow: 0 2px 0 var(--_border);
  }

  /*
   * The underline clears the descenders of Arabic letters (ج ع), not only Latin ones: at
   * 0.15em it ran through them. Skip-ink set, as a host page's own value would be inherited.
   */
  .link,
  a {
    font: inherit;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.3em;
    text-decoration-skip-ink: auto;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
  }
  /* A disclosure's summary as a .link, for its look and its focus style (yellow behind black text, not a yellow line alone): a finger high (44px at the default size), only as wide as its words. */
  summary.link {
    inline-size: fit-content;
    padding-block: 0.45em;
  }
  /* Links that act as buttons: a finger high (44px at the default size), like the buttons. */
  .back-link,
  .summary-actions .link {
    display: inline-flex;
    align-items: center;
    min-block-size: calc(var(--_font-size) * 2.4);
  }
  .back-link {
    gap: 0.35em;
    margin-block-end: var(--_space);
    font-size: 0.9em;
    color: var(--_text);
  }
  .back-link::before {
    content: '';
    /* Room for the corners of the turned square, which would otherwise stick out. */
    margin-inline-start: 0.15em;
    inline-size: 0.45em;
    block-size: 0.45em;
    border-block-start: 2px solid currentColor;
    border-inline-start: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  /*
   * The chevron is drawn with its inline-start borders, which swap sides in RTL: turn it the
   * other way so it points back. The root's dir, not :dir(rtl), which the build must spell out
   * for Safari 15 as a :lang() of every right-to-left language (0.17 KB).
   */
  [dir='rtl'] .back-link::before {
    transform: rotate(45deg);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  .button:focus-visible,
  .link:focus-visible,
  a:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .radio:focus-visible,
  .checkbox:focus-visible,
  .input:focus-visible,
  .select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_focus-text);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }

  .summary-list {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .summary-row {
    display: grid;
    grid-template-columns: 1fr;
    gap: calc(var(--_space) * 0.25);
    padding-block: calc(var(--_space) * 0.75);
    border-block-end: 1px solid var(--_border);
  }
  .summary-key {
    font-weight: 700;
  }
  .summary-value,
  .summary-actions {
    margin: 0;
  }
  .list {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  @container (min-width: 36em) {
    .summary-row {
      grid-template-columns: 1.2fr 1fr auto;
      gap: var(--_space);
    }
    .summary-actions {
      text-align: end;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .button,
    .link {
      transition: background-color 120ms ease-out;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    :focus-visible,
    .button:focus-visible,
    .link:focus-visible,
    a:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
    .error-summary {
      border-color: CanvasText;
    }
    .warning-icon {
      forced-color-adjust: none;
      color: Canvas;
      background: CanvasText;
    }
    .back-link::before {
      border-color: ButtonText;
    }
  }
`;
