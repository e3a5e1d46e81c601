import { css } from 'lit';

/** The route map (SVG and the list of the route taken). Adopted when the map's chunk arrives. */
export const routeMapStyles = css`
  .route-map {
    margin: 0;
  }
  /*
   * The map reads top to bottom; right to left, route-map.ts mirrors its shapes, not its
   * labels, each of which starts at the right of its box. Its 370 units (WIDTH in route-map.ts) are
   * 19.47 times the text (370px at the default 19px), so its 19-unit labels are the element's
   * text size, read across a room from a projector (13px ones were not), and keep that size
   * when the reader's text grows (24px browser text left 13px labels beside 28.5px questions);
   * never wider than the space it has, where they shrink with the drawing (13px at 320px).
   */
  .route-map-svg {
    direction: ltr;
    display: block;
    inline-size: calc(var(--_font-size) * 19.47);
    max-inline-size: 100%;
    block-size: auto;
    margin-block-end: var(--_space);
  }
  /* In the border's colour, at 3:1 like the fields' (WCAG 1.4.11): the routes not taken are the map's content too; the route taken stands out by its colour, width and arrows. */
  .route-map-svg .edge {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1.5;
  }
  .route-map-svg .edge.taken {
    stroke: var(--_accent);
    stroke-width: 3.5;
  }
  .route-map-svg .arrow {
    fill: var(--_accent);
  }
  .route-map-svg .node rect {
    fill: var(--_bg);
    stroke: var(--_border);
    stroke-width: 1;
  }
  /* Questions take the theme's corners; outcomes stay pills, the flowchart's sign of an end. */
  .route-map-svg .node:not(.junction) rect {
    rx: var(--_radius);
  }
  .route-map-svg .node.set-in rect {
    stroke-dasharray: 4 3;
  }
  .route-map-svg .node.outcome rect {
    rx: 19px;
  }
  .route-map-svg .node text {
    fill: var(--_text);
    font-size: 19px;
    dominant-baseline: central;
  }
  .route-map-svg .node.taken rect {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .route-map-svg .node.taken text {
    font-weight: 700;
  }
  /*
   * The route ahead, where the room had gone before a jump back: dashed, with no arrowheads,
   * its steps not bold, so that it does not pass for the route taken in greyscale either.
   */
  .route-map-svg .edge.ahead {
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .route-map-svg .node.ahead rect {
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .route-map-svg .node.current rect {
    fill: var(--_accent);
  }
  .route-map-svg .node.current text {
    fill: var(--_accent-text);
  }
  /* Drawn over the node's own rules (.node.current rect): a ring, not a box. */
  .route-map-svg .node.current .here {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
    rx: calc(var(--_radius) + 4px);
  }
  .route-map-svg .node.outcome.current .here {
    rx: 23px;
  }
  .route-path-title {
    font-weight: 700;
  }
  /* The route ahead's title, a line apart from the route taken. */
  .route-path ol + .route-path-title {
    display: block;
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .route-path ol {
    margin-block: calc(var(--_space) * 0.25) 0;
    padding-inline-start: 2.2em;
  }
  /* Where the person is, as in the list of questions to jump to: in bold, not by its place alone. */
  .route-path [aria-current='step'] {
    font-weight: 700;
  }
  /*
   * After a complaint is sent (route-map.ts): not a step of the wizard, so quieter than the
   * map's boxes: a dashed rule at the start side, where the route's line would go on, its
   * title no larger than the text, each article in the muted colour above its sentence.
   */
  .route-after {
    margin-block-start: var(--_space);
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 2px dashed var(--_border);
    max-inline-size: var(--_measure);
  }
  .route-after-title {
    margin-block: 0 calc(var(--_space) * 0.25);
    font-size: 1em;
    line-height: 1.3;
  }
  .route-after-steps {
    margin: 0;
    padding-inline-start: 2.2em;
  }
  .route-after-steps > li + li {
    margin-block-start: calc(var(--_space) * 0.375);
  }
  .route-after-article {
    display: block;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_muted);
  }
  /* Text so large for the width (200% on a phone) that the indents would leave a word a line: the rule goes above instead. */
  @container (max-width: 12em) {
    .route-after {
      padding-inline-start: 0;
      padding-block-start: calc(var(--_space) * 0.5);
      border-inline-start: none;
      border-block-start: 2px dashed var(--_border);
    }
    .route-after-steps {
      padding-inline-start: 1.4em;
    }
  }
  /*
   * The browser does not force an SVG's fill and stroke: without these, white boxes and faint lines stood on a black High Contrast page.
   * Every line, border and arrowhead in CanvasText, the one colour sure to stand out on Canvas (Highlight on Canvas came to 1.9:1 on a
   * dark Linux theme): the route taken stands out by what the rules above give it besides its colour, lines and borders over twice as
   * wide, arrowheads and bold labels; the route ahead by its dashes. The current step's fill stays Highlight, its ring says it too.
   * The taken and ahead ones are named as well: the rules above that colour them are more specific than .edge alone.
   */
  @media (forced-colors: active) {
    .route-map-svg .edge,
    .route-map-svg .edge:is(.taken, .ahead),
    .route-map-svg .node rect,
    .route-map-svg .node:is(.taken, .ahead) rect {
      stroke: CanvasText;
    }
    .route-map-svg .node rect {
      fill: Canvas;
    }
    .route-map-svg .node text {
      fill: CanvasText;
    }
    .route-map-svg .arrow {
      fill: CanvasText;
    }
    .route-map-svg .node.current rect {
      fill: Highlight;
    }
    .route-map-svg .node.current text {
      fill: HighlightText;
    }
    .route-map-svg .node.current .here {
      stroke: CanvasText;
    }
  }
`;
