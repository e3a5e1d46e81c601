import { css } from 'lit';

/**
 * Paper, on every step: black on white whatever the theme, and none of what only works on
 * screen (the quick exit, its skip link and the safety note, buttons, the live region, the notices
 * of a new day and of a missing language, which the sheet's dates and language make plain).
 * In the element's own styles, not a feature's: a trainer prints the first question as a
 * handout before the result's module (with the summary's own print rules) has arrived.
 */
export const printStyles = css`
  @media print {
    :host {
      max-inline-size: none;
      background: #fff;
    }
    /* On .root, below the theme's colours: a dark theme's light text would not print. */
    .root {
      --_text: #000;
      --_muted: #333;
      --_bg: #fff;
      --_border: #666;
      /* The size itself, not font-size alone: what is measured from it (a radio level with its label, a caption) follows. */
      --_font-size: 11pt;
      color: #000;
      background: #fff;
    }
    .back-link,
    .skip-link,
    .quick-exit-bar,
    .safety-note,
    .day-notice,
    button,
    [role='status'] {
      display: none !important;
    }
    /* The answers to check, as the summary sheet sets its rows: the column of Change buttons goes with them, its room to the answers. */
    .summary-actions {
      display: none;
    }
    .summary-row {
      grid-template-columns: 2fr 3fr;
    }
  }
`;
