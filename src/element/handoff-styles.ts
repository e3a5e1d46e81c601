import { css } from 'lit';

/**
 * The hand-off summary, on screen and on paper. Printing keeps only the summary sheet:
 * the rest of the result and the route map are hidden (the buttons too, by print-styles.ts),
 * and the sheet sets its own sober typography so it fits on one or two pages. Adopted when
 * the hand-off's chunk arrives (before it, there is nothing to print).
 */
export const handoffStyles = css`
  .handoff {
    margin-block: calc(var(--_space) * 2) var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .handoff-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin-block-end: var(--_space);
  }
  .handoff-status {
    margin-block: 0 calc(var(--_space) * 0.5);
    font-weight: 600;
  }
  .handoff-disclosure > summary {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .handoff-sheet {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.9em;
  }
  .handoff-title {
    font-weight: 700;
    font-size: 1.1em;
  }
  /* Dashed, not coloured: it must still stand out on a black-and-white printout. */
  .handoff-training {
    padding: calc(var(--_space) * 0.5);
    border: 2px dashed currentColor;
    font-weight: 700;
  }
  .handoff-section-title {
    margin-block: var(--_space) calc(var(--_space) * 0.25);
    font-size: 1em;
  }
  .handoff-rows {
    margin: 0;
  }
  .handoff-note {
    font-weight: 600;
    margin-block: calc(var(--_space) * 0.25);
  }
  .handoff-steps {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .handoff-steps li {
    margin-block: calc(var(--_space) * 0.25);
  }
  .handoff-row {
    display: grid;
    grid-template-columns: 1fr;
    padding-block: calc(var(--_space) * 0.25);
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 35%, transparent);
  }
  .handoff-row dt {
    font-weight: 600;
  }
  .handoff-row dd {
    margin: 0;
  }
  @container (min-width: 36em) {
    .handoff-row {
      grid-template-columns: 2fr 3fr;
      gap: var(--_space);
    }
  }
  .handoff-empty,
  .handoff-disclaimer {
    color: var(--_muted);
    margin-block: calc(var(--_space) * 0.25);
  }

  /* The element's own print rules (print-styles.ts) make it black on white and hide the controls. */
  @media print {
    /* Unfolded by beforeprint (print-unfold.ts); this, where a print fires none (a PDF made headless). Alone: a browser that does not know the pseudo-element drops its whole rule. */
    .handoff-disclosure::details-content {
      content-visibility: visible;
      display: block;
    }
  }
  @media print {
    .result > :not(.handoff),
    .handoff > :not(.handoff-disclosure),
    .handoff-disclosure > summary {
      display: none !important;
    }
    .handoff {
      margin: 0;
      padding: 0;
      border: 0;
    }
    .handoff-sheet {
      border: 0;
      padding: 0;
      font-size: 1em;
    }
    .handoff-section {
      break-inside: avoid;
    }
    /* Kept whole, a long section that does not fit below the one before goes whole to the next page, and leaves half a page blank: these break between their rows. */
    .handoff-section:is([data-section='reasons'], [data-section='next-steps'], [data-section='other-routes']) {
      break-inside: auto;
    }
    /* A title, and the caution under it, stay with what follows: never alone at a page's foot (the sheet's own title below a host page's text too). */
    .handoff-title,
    .handoff-training,
    .handoff-section-title,
    .handoff-note {
      break-after: avoid;
    }
    .handoff-section-title {
      margin-block-start: 0.8em;
    }
    .handoff-note {
      break-inside: avoid;
    }
    .handoff-row {
      grid-template-columns: 2fr 3fr;
      gap: 1em;
      padding-block: 0.15em;
    }
    /* A long section (the other routes) breaks across pages, but never inside a row or a step: a body's name at one page's foot, what it covers on the next. */
    .handoff-row,
    .handoff-steps li {
      break-inside: avoid;
    }
  }
`;
