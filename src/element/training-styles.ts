import { css } from 'lit';

/**
 * Training mode. The trainer's panel and the route map stand beside the wizard when the
 * element is wide enough, below it otherwise. Adopted when training mode's chunk arrives.
 * Side by side from 40em (760px at the default size): a 1280px projector zoomed to 150%
 * still shows the question beside the route map, the trainer's panel below it (a short
 * screen, below); stacked, the room would see the panel, not the question.
 * The panel is wide enough for "Étape suivante" and "Réinitialiser" on one line.
 */
export const trainingStyles = css`
  :host([mode='training']) {
    max-inline-size: calc(var(--_measure) * 1.93);
  }
  .training-layout {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    /* The map's column in the three-column layout: its width, its panel's padding and a scroll bar: the drawing keeps its full size. */
    --_map-column: calc(var(--_font-size) * 19.47 + var(--_space) * 2 + 1em);
  }
  @container (min-width: 40em) {
    .training-layout {
      grid-template-columns: minmax(0, 1fr) calc(var(--_font-size) * 18.5);
      align-items: start;
    }
  }
  .training-side {
    display: grid;
    gap: var(--_space);
  }
  /* Boxes of their own beside the question at 40em-64em only (below). */
  .training-controls,
  .training-notes {
    display: contents;
  }
  .training,
  .training-controls,
  .training-notes,
  .route-map-panel {
    padding: var(--_space);
    background: var(--_panel);
    border-radius: var(--_radius);
  }
  .training,
  .route-map-panel {
    font-size: 0.85em;
  }
  .training .subheading,
  .route-map-panel .subheading {
    margin-block: 0 calc(var(--_space) * 0.5);
    font-size: 1.2em;
  }
  /* At the panel's size: .caption's own size is the page text's, larger than the panel's. */
  .training-controls > .caption {
    font-size: inherit;
  }
  .training-pick {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin-block-end: var(--_space);
  }
  .training-pick .select {
    inline-size: 100%;
  }
  /* A grid stretches its items: the button keeps its own width, as elsewhere. */
  .training-pick .button {
    justify-self: start;
  }
  .training-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin-block-end: var(--_space);
  }
  /* Not when focused: the focus style's yellow must show, as on every other button. */
  .training .button.secondary:not(:focus-visible) {
    background: var(--_bg);
  }
  .training [aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* Why the route left the story: beside "Next step", which it may have disabled. */
  .training-off-script {
    padding-inline-start: calc(var(--_space) * 0.5);
    border-inline-start: 4px solid var(--_accent);
  }
  .training-lesson {
    margin-block-end: var(--_space);
  }
  .training-lesson p {
    margin-block: 0 calc(var(--_space) * 0.25);
  }
  .training-jump ol {
    margin: 0;
    padding-inline-start: 2.2em;
  }
  /* Where the room is: bold text, not a link (nothing to jump to), nor dimmed as a disabled control. */
  .training-jump [aria-current='step'] {
    font-weight: 700;
    text-decoration: none;
    opacity: 1;
    cursor: default;
  }

  /* Its summary is a .link (summary.link, styles.ts), for its look and its focus style (yellow behind black text, not a yellow line alone on the panel). */
  .explain {
    margin-block: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_panel);
  }
  .explain-why {
    margin-block: calc(var(--_space) * 0.5) 0;
  }
  .explain .quote {
    margin: calc(var(--_space) * 0.5) 0 0;
  }
  .explain blockquote {
    margin: 0;
    font-style: italic;
  }
  .explain blockquote p {
    margin: 0;
  }
  /* The "English text" caption at the citation's size: a note on the quote, not a line above it in rank. */
  .explain figcaption,
  .explain > .caption {
    color: var(--_muted);
    font-size: 0.85em;
  }

  /*
   * "Next step" and Reset stick to the bottom of the screen while "Next step" is the button
   * to press (a scenario playing, the one the list shows), so the trainer never scrolls to
   * it: beside the question at 125% zoom, where the panel's top is low, and below it on a
   * short screen (a projector at 150%), at 200% or on a phone. Not at the result, which it
   * would cover (Reset stays in the panel). A
   * sticky bar stays inside its containing block, so it falls back in place at the panel's
   * end. Never over the control a keyboard is on (WCAG 2.4.11): it lets go while focus shows
   * on a control above its place (the scenario list, Start; stacked, the question too); the
   * ones below it (Jump) it cannot reach. Below the quick exit, which comes first, and not
   * when the quick exit at full size takes a quarter of the screen's height (data-short-screen,
   * exit-bar-layout.ts: 150% text or more on a phone on its side, where the exit turns compact),
   * where the two left the question a strip. On screen only: paper keeps the handout's order (below).
   */
  @media screen {
    .training-actions {
      gap: calc(var(--_space) * 0.25);
      padding-block: calc(var(--_space) * 0.5);
      background: var(--_panel);
      /* A border, not a shadow: forced colours (Windows High Contrast) keep it. */
      border-block-start: 1px solid var(--_border);
    }
    .training-actions[data-playing] {
      position: sticky;
      inset-block-end: 0;
      z-index: 0;
    }
    /*
     * Compact: both buttons on one line in the side panel at 150% zoom and on a phone, in
     * French and Arabic too. They share the line; should a longer label wrap, each fills its row.
     */
    .training-actions .button {
      flex: 1 1 auto;
      padding-inline: 0.75em;
    }
    .training-layout[data-focus-shown='pick'] .training-actions,
    .training-layout[data-short-view][data-focus-shown='main'] .training-actions,
    [data-short-screen] .training-actions[data-playing] {
      position: static;
    }
    /*
     * A projector or a laptop at 100% (1280×720, 1366×768): below the trainer's panel, the
     * map's current step fell 700px under the screen, out of the room's sight with the
     * question. The map takes a third column instead, kept below the quick exit while the
     * page scrolls, no taller than the screen, with its own scroll, which keeps the current
     * step in the part on screen (followCurrent, route-map.ts); the page never scrolls to
     * it. A smaller drawing would not do: its labels, the text's size, must stay readable across a room.
     * From 64em, where the question keeps the 380px it has beside the panel alone at 40em
     * (the element grows to 1.93 measures for it: a 1280px screen at 100% still has three columns).
     * Not on paper, where the map takes a page of its own (below).
     */
    @container (min-width: 64em) {
      .training-layout {
        grid-template-columns: minmax(0, 1fr) calc(var(--_font-size) * 18.5) var(--_map-column);
        /*
         * A screen tall at least: a sticky panel stays inside the layout, and where the map was
         * its tallest column it had no room below the layout's top, which the page puts above the
         * screen (the question's heading below the quick exit, the back link over it): the map
         * hopped 60px up at such steps, its title under the quick exit.
         */
        min-block-size: 100vh;
        min-block-size: 100dvh;
      }
      .training-side {
        display: contents;
      }
    }
    @container (min-width: 40em) {
      .route-map-panel {
        position: sticky;
        inset-block-start: var(--_below-exit);
        max-block-size: calc(100vh - var(--_below-exit) - var(--_space));
        max-block-size: calc(100dvh - var(--_below-exit) - var(--_space));
        overflow-y: auto;
      }
    }
    /*
     * Between 40em and 64em, the layout follows the screen's height: short (a projector at
     * 150%, a phone on its side) or not, as markShortView (training-screen.ts) marks it.
     */
    @container (min-width: 40em) and (width < 64em) {
      .training-side,
      .training {
        display: contents;
      }
      /*
       * A laptop at 125% (1093×614, 1024×640): below the trainer's panel, the map's current
       * step was off screen from the sixth step on, and a third column would squeeze the
       * question under 300px. The panel splits: beside the question its controls, then the
       * map, kept below the quick exit as in the third column; below the question the story
       * and Jump, read once. The main column's second row is flexible, so that the question
       * alone does not size the controls' row (the map starts right under them), nor the map
       * alone the question's. Reading order stays the DOM's: question, controls, story, Jump, map.
       */
      .training-layout:not([data-short-view]) {
        grid-template-areas: 'main controls' 'main map' 'notes map';
        grid-template-rows: auto 1fr auto;
      }
      .training-layout:not([data-short-view]) .training-main {
        grid-area: main;
      }
      .training-layout:not([data-short-view]) .training-controls,
      .training-layout:not([data-short-view]) .training-notes {
        display: block;
      }
      .training-layout:not([data-short-view]) .training-controls {
        grid-area: controls;
      }
      .training-layout:not([data-short-view]) .training-notes {
        grid-area: notes;
      }
      /*
       * Here the map's panel stands under the controls, its lower part below the screen until
       * the page scrolls, and its own scroll stopped with its last steps there: at the result of
       * a short scenario, the outcome was 18-90px below the screen. Blank space after the map,
       * all but the panel's height, lets followCurrent scroll any step into the part on screen.
       */
      .training-layout:not([data-short-view]) .route-map-panel {
        grid-area: map;
        padding-block-end: calc(100vh - var(--_below-exit) - var(--_space) * 3);
        padding-block-end: calc(100dvh - var(--_below-exit) - var(--_space) * 3);
      }
      /*
       * A short screen (853×480, 911×512): the trainer's controls alone filled the side column,
       * and the map's current step stood below the screen at the first question and at the
       * result. The map takes the side column alone, from the question's top, kept below the
       * quick exit as in the third column. Below the question, the controls, each a grid item
       * (a box would hold the bar of "Next step" there: it sticks over the question's foot),
       * then the story and Jump in their panel. The map's panel spans more rows than the
       * question and those parts ever take (a dozen at most; the rows left over are empty, and
       * no gap parts them). Reading order stays the DOM's, the map last. No box wraps the map:
       * a sticky grid item sticks within the whole layout.
       */
      /*
       * The map's column as wide as before its labels grew to the text's size (15.26em): the
       * question keeps its 400px, the drawing shrinks to 0.78 (labels of 14.8px, 22px on the
       * screen at 150%, more than at 100%).
       */
      .training-layout[data-short-view] {
        grid-template-columns: minmax(0, 1fr) calc(var(--_font-size) * 15.26 + var(--_space) * 2 + 1em);
        row-gap: 0;
      }
      .training-layout[data-short-view] .training-main,
      .training-layout[data-short-view] .training-controls > *,
      .training-layout[data-short-view] .training-notes {
        grid-column: 1;
      }
      .training-layout[data-short-view] .training-controls > :first-child {
        margin-block-start: calc(var(--_space) * 1.5);
      }
      .training-layout[data-short-view] .training-notes {
        display: block;
        margin-block-start: var(--_space);
      }
      .training-layout[data-short-view] .route-map-panel {
        grid-column: 2;
        grid-row: 1 / span 30;
      }
    }
    @container (width < 40em) {
      .training-layout {
        display: flex;
        flex-direction: column;
        gap: 0;
      }
      .training-side,
      .training {
        display: contents;
      }
      .route-map-panel {
        margin-block-start: calc(var(--_space) * 1.5);
      }
      /* Each part of the panel draws its share of it (the heading's own margin too). */
      .training-layout :is(.training-controls, .training-notes) > * {
        margin-block: 0;
        padding: calc(var(--_space) * 0.5) var(--_space);
        background: var(--_panel);
      }
      .training-controls > :first-child {
        margin-block-start: calc(var(--_space) * 1.5);
        padding-block-start: var(--_space);
        border-start-start-radius: var(--_radius);
        border-start-end-radius: var(--_radius);
      }
      .training > :last-child > :last-child {
        padding-block-end: var(--_space);
        border-end-start-radius: var(--_radius);
        border-end-end-radius: var(--_radius);
      }
      .training-layout[data-focus-shown='main'] .training-actions {
        position: static;
      }
    }
  }

  /*
   * A trainer's handout: the scenario (marked fictional) first, as the story the step comes
   * from, then the step, then the route map on a page of its own; not the controls.
   */
  @media print {
    /* Unfolded by beforeprint (print-unfold.ts); this, where a print fires none (a PDF made headless). Alone: a browser that does not know the pseudo-element drops its whole rule. */
    .explain::details-content {
      content-visibility: visible;
      display: block;
    }
  }
  @media print {
    .training-layout {
      display: flex !important;
      flex-direction: column;
    }
    .training-side {
      display: contents;
    }
    .training {
      order: -1;
      display: flex;
      flex-direction: column;
    }
    /* Where the room's answers left the story: without it, the paper's story and answers contradict each other. */
    .training-controls > :not(.subheading, .caption, .answered-otherwise),
    .training-notes > :not(.training-lesson, .training-story, .answered-otherwise) {
      display: none !important;
    }
    /* After the story (and the lesson) it qualifies, from the controls too. */
    .answered-otherwise {
      order: 1;
    }
    /* In line with the step: on paper the panels are parts of one page, not boxes. */
    .training,
    .route-map-panel {
      padding: 0;
      background: none;
    }
    .route-map-panel {
      break-before: page;
    }
  }
`;
